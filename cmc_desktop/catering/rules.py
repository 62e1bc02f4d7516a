"""Pure catering rules: meals and their windows, Ramadan, calendar effects, the scan decision.

Nothing here touches the database, so every rule is tested exhaustively (tests/core/catering).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field

MEALS: tuple[str, ...] = ("breakfast", "lunch", "dinner")
CATEGORIES: tuple[str, ...] = ("resident", "day", "staff", "guest")
MATRICULE_RE = re.compile(r"^\d{13}$")
TICKET_RE = re.compile(r"^[A-Z]{2}\d{2}-T-\d{6}$")
# Day trainees come Monday to Saturday (training weeks in the cities run six days).
DAY_TRAINEE_WEEKDAYS = frozenset(range(6))

# The 14 allergens that must be declared (EU regulation 1169/2011, annex II): code, fr, ar.
ALLERGENS: dict[str, tuple[str, str, str]] = {
    "gluten": ("Cereals containing gluten", "Céréales contenant du gluten", "الحبوب المحتوية على الغلوتين"),
    "crustaceans": ("Crustaceans", "Crustacés", "القشريات"),
    "eggs": ("Eggs", "Œufs", "البيض"),
    "fish": ("Fish", "Poissons", "الأسماك"),
    "peanuts": ("Peanuts", "Arachides", "الفول السوداني"),
    "soybeans": ("Soybeans", "Soja", "الصويا"),
    "milk": ("Milk", "Lait", "الحليب"),
    "nuts": ("Tree nuts", "Fruits à coque", "المكسرات"),
    "celery": ("Celery", "Céleri", "الكرفس"),
    "mustard": ("Mustard", "Moutarde", "الخردل"),
    "sesame": ("Sesame seeds", "Graines de sésame", "بذور السمسم"),
    "sulphites": ("Sulphur dioxide and sulphites", "Anhydride sulfureux et sulfites", "ثاني أكسيد الكبريت والكبريتيت"),
    "lupin": ("Lupin", "Lupin", "الترمس"),
    "molluscs": ("Molluscs", "Mollusques", "الرخويات"),
}
DIET_FLAGS: dict[str, tuple[str, str, str]] = {
    "diabetic": ("Diabetic", "Diabétique", "مريض بالسكري"),
    "vegetarian": ("Vegetarian", "Végétarien", "نباتي"),
    "gluten_free": ("Gluten-free", "Sans gluten", "بدون غلوتين"),
    "lactose_free": ("Lactose-free", "Sans lactose", "بدون لاكتوز"),
    "low_salt": ("Low salt", "Pauvre en sel", "قليل الملح"),
    "soft_food": ("Soft food", "Alimentation molle", "طعام لين"),
}
MEAL_LABELS: dict[str, tuple[str, str]] = {  # fr, ar (for printed documents)
    "breakfast": ("Petit-déjeuner", "الفطور"),
    "lunch": ("Déjeuner", "الغداء"),
    "dinner": ("Dîner", "العشاء"),
    "suhoor": ("Shour", "السحور"),
    "iftar": ("Ftour", "الإفطار"),
}
COURSES: tuple[str, ...] = ("starter", "main", "dessert", "drink")
COURSE_LABELS: dict[str, tuple[str, str]] = {
    "starter": ("Entrée", "مقبلات"), "main": ("Plat", "الطبق الرئيسي"),
    "dessert": ("Dessert", "تحلية"), "drink": ("Boisson", "مشروب"),
}

# Refusal reasons: code → English message for the CLI and logs (the UI translates the code).
REASONS: dict[str, str] = {
    "not_a_matricule": "This code is not a matricule (13 digits) nor a meal ticket",
    "unknown_card": "No trainee or ticket has this code",
    "closed": "The canteen is closed on this day",
    "no_service": "This meal is not served on this day",
    "outside_window": "Outside the service window of this meal",
    "on_leave": "The resident is on leave on this day",
    "not_entitled": "No entitlement to this meal (not a resident present, no subscription)",
    "already_served": "Already served this meal today",
    "ticket_other_day": "This ticket is for another day or another meal",
}


@dataclass(frozen=True)
class Window:
    opens: dt.time
    closes: dt.time

    def contains(self, t: dt.time) -> bool:
        return self.opens <= t <= self.closes

    def label(self) -> str:
        return f"{self.opens:%H:%M}–{self.closes:%H:%M}"


def _w(a: str, b: str) -> Window:
    return Window(dt.time.fromisoformat(a), dt.time.fromisoformat(b))


@dataclass(frozen=True)
class Schedule:
    """Service windows of a normal day, and of a Ramadan day (suhoor, iftar; no lunch)."""

    normal: dict[str, Window] = field(default_factory=lambda: {
        "breakfast": _w("06:30", "09:00"), "lunch": _w("12:00", "14:30"), "dinner": _w("19:00", "21:30")})
    ramadan: dict[str, Window] = field(default_factory=lambda: {
        "breakfast": _w("03:30", "05:15"), "dinner": _w("18:00", "21:00")})

    def windows(self, ramadan: bool) -> dict[str, Window]:
        return self.ramadan if ramadan else self.normal

    def to_json(self) -> str:
        return json.dumps({k: {m: [f"{w.opens:%H:%M}", f"{w.closes:%H:%M}"] for m, w in v.items()}
                           for k, v in (("normal", self.normal), ("ramadan", self.ramadan))})

    @classmethod
    def from_json(cls, text: str | None) -> Schedule:
        if not text:
            return cls()
        raw = json.loads(text)
        return cls(**{k: {m: _w(*v) for m, v in raw[k].items()} for k in ("normal", "ramadan") if k in raw})


def parse_window(meal: str, text: str) -> Window:
    """``"06:30-09:00"`` → Window; a clear message naming the meal otherwise."""
    m = re.fullmatch(r"\s*(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})\s*", text or "")
    if not m:
        raise ValueError(f"The window of {meal} must look like 06:30-09:00, not '{text}'")
    a, b = (dt.time.fromisoformat(x.zfill(5)) for x in m.groups())
    if a >= b:
        raise ValueError(f"The window of {meal} must close after it opens ({text})")
    return Window(a, b)


@dataclass(frozen=True)
class DayInfo:
    """What the calendar says about a day for the kitchen."""

    day: dt.date
    closure: bool = False  # the residence kitchen is shut: nobody eats
    holiday: bool = False  # public holiday: residents eat, day trainees do not come
    ramadan: bool = False
    label: str = ""

    def meals(self) -> tuple[str, ...]:
        if self.closure:
            return ()
        return ("breakfast", "dinner") if self.ramadan else MEALS

    def day_trainees_come(self) -> bool:
        return not (self.closure or self.holiday or self.ramadan) and self.day.weekday() in DAY_TRAINEE_WEEKDAYS


def meal_name(meal: str, ramadan: bool) -> str:
    """Display name: in Ramadan breakfast is suhoor and dinner is iftar."""
    if ramadan:
        return {"breakfast": "suhoor", "dinner": "iftar"}.get(meal, meal)
    return meal


def current_meal(t: dt.time, info: DayInfo, schedule: Schedule) -> str | None:
    """The meal whose window contains t on that day, if any."""
    windows = schedule.windows(info.ramadan)
    for meal in info.meals():
        w = windows.get(meal)
        if w and w.contains(t):
            return meal
    return None


def classify_code(code: str) -> str:
    """'matricule', 'ticket' or 'invalid' (keyboard-wedge scanners add spaces or lower case)."""
    c = code.strip().upper()
    if MATRICULE_RE.match(c):
        return "matricule"
    if TICKET_RE.match(c):
        return "ticket"
    return "invalid"


@dataclass(frozen=True)
class Decision:
    accepted: bool
    reason: str = ""  # a REASONS code when refused
    category: str = ""  # resident | day | staff | guest when accepted


def decide_trainee(info: DayInfo, meal: str, t: dt.time, schedule: Schedule, *, resident: bool,
                   on_leave: bool, subscribed: bool) -> Decision:
    """Entitlement of a known trainee to ``meal`` at local time ``t`` (before the double-serve check).

    Order matters for the message: the calendar first (nobody eats on a closure), then the
    window, then who the person is. A resident on leave is told so rather than "not entitled".
    """
    if info.closure:
        return Decision(False, "closed")
    if meal not in info.meals():
        return Decision(False, "no_service")
    w = schedule.windows(info.ramadan).get(meal)
    if w is None or not w.contains(t):
        return Decision(False, "outside_window")
    if resident and not on_leave:
        return Decision(True, category="resident")
    if subscribed and meal == "lunch" and info.day_trainees_come():
        return Decision(True, category="day")
    if on_leave:
        return Decision(False, "on_leave")
    return Decision(False, "not_entitled")


def decide_ticket(info: DayInfo, meal: str, t: dt.time, schedule: Schedule, *, valid_on: dt.date,
                  ticket_meal: str, category: str) -> Decision:
    if info.closure:
        return Decision(False, "closed")
    if valid_on != info.day or ticket_meal != meal:
        return Decision(False, "ticket_other_day")
    if meal not in info.meals():
        return Decision(False, "no_service")
    w = schedule.windows(info.ramadan).get(meal)
    if w is None or not w.contains(t):
        return Decision(False, "outside_window")
    return Decision(True, category=category)


def forecast_meal(info: DayInfo, meal: str, *, residents: int, subscribers: int, tickets: int) -> int:
    """Headcount the kitchen prepares for one meal of one day."""
    if meal not in info.meals():
        return 0
    n = residents + tickets
    if meal == "lunch" and info.day_trainees_come():
        n += subscribers
    return n


def accuracy(forecast: int, served: int) -> float | None:
    """1 − |served − forecast| / forecast, floored at 0; None when nothing was forecast."""
    if forecast <= 0:
        return None if served == 0 else 0.0
    return max(0.0, 1.0 - abs(served - forecast) / forecast)


def split_codes(text: str, allowed: dict[str, tuple[str, str, str]], what: str) -> tuple[str, ...]:
    """``"milk, eggs"`` → ("eggs", "milk"); unknown codes are refused by name."""
    codes = sorted({c.strip().lower() for c in (text or "").replace(";", ",").split(",") if c.strip()})
    bad = [c for c in codes if c not in allowed]
    if bad:
        raise ValueError(f"Unknown {what}: {', '.join(bad)}; expected one of {', '.join(allowed)}")
    return tuple(codes)
