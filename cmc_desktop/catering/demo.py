"""Demo catering: Ramadan dates, lunch subscriptions, diets, menus, tickets, costs, 2 weeks served."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select

from cmc_desktop.catering import rules
from cmc_desktop.clock import CITY_TZ
from cmc_desktop.db.base import utcnow
from cmc_desktop.db.models import CalendarDay, Trainee
from cmc_desktop.db.models.catering import (
    DietProfile,
    FoodCost,
    MealService,
    MealSubscription,
    MealTicket,
    MenuItem,
    RamadanPeriod,
)
from cmc_desktop.demo.builder import DemoContext

# Approximate (the city enters the announced dates): first and last day of Ramadan.
RAMADAN = ((dt.date(2026, 2, 18), dt.date(2026, 3, 19)), (dt.date(2027, 2, 8), dt.date(2027, 3, 9)),
           (dt.date(2028, 1, 28), dt.date(2028, 2, 26)))
# (course, fr, ar, allergens) — a rotation of ordinary Moroccan canteen dishes.
DISHES: dict[str, list[tuple[str, str, str, str]]] = {
    "breakfast": [
        ("main", "Msemen, miel et beurre", "مسمن بالعسل والزبدة", "gluten,milk"),
        ("main", "Baghrir et amlou", "بغرير وأملو", "gluten,nuts"),
        ("main", "Pain, fromage frais et olives", "خبز وجبن طري وزيتون", "gluten,milk"),
        ("main", "Harcha et confiture", "حرشة ومربى", "gluten,milk"),
        ("drink", "Thé à la menthe et lait", "شاي بالنعناع وحليب", "milk"),
    ],
    "lunch": [
        ("main", "Tajine de poulet aux olives", "طاجين الدجاج بالزيتون", ""),
        ("main", "Couscous aux sept légumes", "كسكس بالخضر السبع", "gluten,celery"),
        ("main", "Poisson chermoula et riz", "سمك بالشرمولة وأرز", "fish"),
        ("main", "Loubia (haricots blancs) et pain", "لوبيا وخبز", "gluten"),
        ("main", "Kefta aux œufs", "كفتة بالبيض", "eggs"),
        ("main", "Lentilles et pain complet", "عدس وخبز كامل", "gluten"),
        ("starter", "Salade marocaine", "سلطة مغربية", ""),
        ("starter", "Zaalouk", "زعلوك", ""),
        ("dessert", "Orange à la cannelle", "برتقال بالقرفة", ""),
        ("dessert", "Yaourt", "ياغورت", "milk"),
    ],
    "dinner": [
        ("main", "Harira et dattes", "حريرة وتمر", "gluten,celery"),
        ("main", "Pâtes à la sauce tomate", "معكرونة بصلصة الطماطم", "gluten"),
        ("main", "Omelette, pommes de terre", "عجة بالبطاطس", "eggs"),
        ("main", "Bissara et pain", "بيصارة وخبز", "gluten"),
        ("dessert", "Fruit de saison", "فاكهة الموسم", ""),
    ],
}
COST_PER_MEAL = {"breakfast": Decimal("6.50"), "lunch": Decimal("15.00"), "dinner": Decimal("12.00")}
SUPPLIERS = ("Marché de gros d'Inezgane — légumes", "Boucherie Al Amal", "Épicerie Souss — sec",
             "Laiterie Copag", "Boulangerie du campus")


def _rec(demo: DemoContext, now: dt.datetime) -> dict[str, Any]:
    return {"uuid": demo.uuid(), "created_at": now, "updated_at": now, "version": 1, "updated_by": "demo"}


def _at(day: dt.date, window: rules.Window, rng) -> dt.datetime:  # noqa: ANN001
    start = dt.datetime.combine(day, window.opens, CITY_TZ)
    span = (dt.datetime.combine(day, window.closes) - dt.datetime.combine(day, window.opens)).seconds
    return (start + dt.timedelta(seconds=rng.randint(0, max(1, span - 600)))).astimezone(dt.UTC)


def populate(demo: DemoContext) -> dict[str, int]:
    s, rng, today, now = demo.session, demo.rng, demo.today, utcnow()
    year = demo.year
    try:
        from cmc_desktop.residence import queries
    except ImportError:  # residence not installed: the city has no residents
        queries = None

    # Ramadan periods of the previous, current and next academic year.
    periods = [(a, b) for a, b in RAMADAN if year.starts_on - dt.timedelta(days=400) <= a <= year.ends_on]
    if periods:
        s.execute(insert(RamadanPeriod), [{**_rec(demo, now), "starts_on": a, "ends_on": b, "label": "Ramadan"}
                                          for a, b in periods])
    ramadan_days = {a + dt.timedelta(days=i) for a, b in periods for i in range((b - a).days + 1)}

    # Who lives in the residence today decides who may subscribe to lunch (residents have full board).
    residents_now = queries.residents(s) if queries else set()
    active = [t for t in demo.trainees if t.status == "active"]
    sub_start = year.starts_on + dt.timedelta(days=14)
    subscribers = [t.id for t in active if t.id not in residents_now and rng.random() < 0.35]
    if subscribers:
        s.execute(insert(MealSubscription), [
            {**_rec(demo, now), "trainee_id": tid, "meal": "lunch", "starts_on": sub_start, "ends_on": year.ends_on}
            for tid in subscribers])

    # Dietary profiles from the registry's special needs (health data), plus a few vegetarians.
    diets = []
    for tid, needs in s.execute(select(Trainee.id, Trainee.special_needs)):
        flags, allergens = [], []
        if needs and "Diab" in needs:
            flags.append("diabetic")
        if needs and "arachide" in needs.lower():
            allergens.append("peanuts")
        if rng.random() < 0.03:
            flags.append("vegetarian")
        if rng.random() < 0.01:
            allergens.append(rng.choice(("milk", "gluten", "eggs", "fish")))
        if flags or allergens:
            diets.append({**_rec(demo, now), "trainee_id": tid, "flags": ",".join(sorted(flags)),
                          "allergens": ",".join(sorted(allergens)), "note": ""})
    if diets:
        s.execute(insert(DietProfile), diets)

    # Menus: the last two weeks, this week and next week.
    monday = today - dt.timedelta(days=today.weekday())
    menu_rows = []
    for i in range(-14, 14):
        day = monday + dt.timedelta(days=i)
        for meal, dishes in DISHES.items():
            by_course: dict[str, list] = {}
            for d in dishes:
                by_course.setdefault(d[0], []).append(d)
            for course, options in by_course.items():
                _c, fr, ar, allergens = options[(i + 14) % len(options)]
                menu_rows.append({**_rec(demo, now), "day": day, "meal": meal, "course": course,
                                  "dish_fr": fr, "dish_ar": ar, "allergens": allergens})
    s.execute(insert(MenuItem), menu_rows)

    # Staff tickets for the last two weeks and today; two served meals (and one no-show) a day.
    closures = {d: k for d, k in s.execute(select(CalendarDay.day, CalendarDay.kind)
                                          .where(CalendarDay.day >= today - dt.timedelta(days=14)))}
    sched = rules.Schedule()
    ticket_rows, service_rows, cost_rows = [], [], []
    staff = ("Mme Bennani (formatrice)", "M. Ouchen (agent)", "M. Aït Lahcen (formateur)")
    n_ticket = 0
    for back in range(14, -1, -1):
        day = today - dt.timedelta(days=back)
        info = rules.DayInfo(day, closure=closures.get(day) == "closure", holiday=closures.get(day) == "holiday",
                             ramadan=day in ramadan_days)
        if info.closure:
            continue
        for holder in staff:
            n_ticket += 1
            ticket_rows.append({**_rec(demo, now), "code": f"MA09-T-{n_ticket:06d}", "category": "staff",
                                "holder": holder, "meal": "lunch", "valid_on": day})
    if ticket_rows:
        s.execute(insert(MealTicket), ticket_rows)
    tickets_by_day: dict[dt.date, list[int]] = {}
    for tid, day in s.execute(select(MealTicket.id, MealTicket.valid_on)):
        tickets_by_day.setdefault(day, []).append(tid)

    sub_set = set(subscribers)
    for back in range(14, -1, -1):
        day = today - dt.timedelta(days=back)
        info = rules.DayInfo(day, closure=closures.get(day) == "closure", holiday=closures.get(day) == "holiday",
                             ramadan=day in ramadan_days)
        if info.closure:
            continue
        present = queries.residents_present(s, day) if queries else set()
        # Today (the demo clock stands mid-morning) only breakfast has been served.
        meals = ("breakfast",) if back == 0 else info.meals()
        served_today = 0
        for meal in meals:
            window = sched.windows(info.ramadan)[meal]
            rate = {"breakfast": 0.82, "lunch": 0.7, "dinner": 0.9}[meal]
            eaters = [(tid, "resident") for tid in present if rng.random() < rate]
            if meal == "lunch" and info.day_trainees_come():
                eaters += [(tid, "day") for tid in sub_set if sub_set and tid not in present and rng.random() < 0.8]
            for tid, category in eaters:
                at = _at(day, window, rng)
                service_rows.append({**_rec(demo, now), "trainee_id": tid, "ticket_id": None, "meal_date": day,
                                     "meal": meal, "category": category, "served_at": at, "desk": "desk-1"})
            if meal == "lunch":
                for tk in tickets_by_day.get(day, [])[:2]:  # the third holder did not come
                    service_rows.append({**_rec(demo, now), "trainee_id": None, "ticket_id": tk, "meal_date": day,
                                         "meal": meal, "category": "staff", "served_at": _at(day, window, rng),
                                         "desk": "desk-1"})
                    served_today += 1
            served_today += len(eaters)
            cost = (COST_PER_MEAL[meal] * len(eaters) * Decimal(str(round(rng.uniform(0.9, 1.15), 2))))
            if cost:
                cost_rows.append({**_rec(demo, now), "day": day, "meal": meal,
                                  "label": rng.choice(SUPPLIERS), "amount_mad": cost.quantize(Decimal("0.01"))})
    for i in range(0, len(service_rows), 5000):
        s.execute(insert(MealService), service_rows[i:i + 5000])
    if cost_rows:
        s.execute(insert(FoodCost), cost_rows)
    return {"meal_subscriptions": len(subscribers), "meal_services": len(service_rows),
            "menu_items": len(menu_rows), "diet_profiles": len(diets), "meal_tickets": len(ticket_rows)}
