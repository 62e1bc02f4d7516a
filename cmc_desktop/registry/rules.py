"""Validation rules for trainee records: pure functions, no database, no Qt.

Each ``normalise_*`` function returns the stored form of a value or raises :class:`RuleError`
with an English message that names the problem; ``*_warning`` functions return a message or
``None``. The importer, the service and the detail form all use the same functions, so a rule
reads the same on the command line, in the import preview and in the form.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

CIN_RE = re.compile(r"^[A-Z]{1,2}[0-9]{5,6}$")
MATRICULE_RE = re.compile(r"^[0-9]{13}$")
PHONE_RE = re.compile(r"^0[67][0-9]{8}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MASSAR_RE = re.compile(r"^[A-Z][0-9]{9}$")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")

MIN_AGE = 15
MAX_AGE = 30
MAX_AGE_BRIDGING = 33
ADULT_AGE = 18
# Levels that lead to a diploma and carry the 15–30 age rule; certificate courses do not.
DIPLOMA_LEVELS = ("Q", "T", "TS", "SPEC")

SEX_WORDS = {
    "h": "H", "m": "H", "homme": "H", "masculin": "H", "garcon": "H", "male": "H", "ذكر": "H",
    "f": "F", "femme": "F", "feminin": "F", "fille": "F", "female": "F", "انثى": "F", "أنثى": "F",
}
STATUS_WORDS = {
    "active": "active", "actif": "active", "inscrit": "active", "en cours": "active",
    "suspended": "suspended", "suspendu": "suspended",
    "dropped": "dropped", "abandon": "dropped", "abandonne": "dropped", "dropped out": "dropped",
    "graduated": "graduated", "diplome": "graduated", "laureat": "graduated",
}
# French labels written in exports, read back by the importer.
STATUS_LABELS_FR = {"active": "actif", "suspended": "suspendu", "dropped": "abandon", "graduated": "diplômé"}
TRUE_WORDS = {"1", "true", "yes", "oui", "o", "y", "x", "vrai", "نعم"}
FALSE_WORDS = {"", "0", "false", "no", "non", "n", "faux", "لا"}


class RuleError(ValueError):
    """A value that breaks a rule. The English message names the value (CLI, import report);
    ``code`` lets the desk show its own translated sentence for the same rule."""

    def __init__(self, message: str, code: str = "invalid") -> None:
        super().__init__(message)
        self.code = code


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def clean_text(value: Any) -> str:
    """A cell or field as stripped text; numbers written by Excel lose their trailing '.0'."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def has_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text or ""))


def normalise_matricule(value: Any) -> str:
    text = clean_text(value).replace(" ", "")
    if not text:
        raise RuleError("the matricule is required", "required")
    if not MATRICULE_RE.match(text):
        raise RuleError(f"matricule '{text}' must be exactly 13 digits", "matricule_format")
    return text


def normalise_cin(value: Any, *, required: bool = False) -> str | None:
    text = clean_text(value).replace(" ", "").upper()
    if not text:
        if required:
            raise RuleError("the CIN is required", "required")
        return None
    if not CIN_RE.match(text):
        raise RuleError(f"CIN '{text}' must be 1 or 2 letters followed by 5 or 6 digits (e.g. JA123456)", "cin_format")
    return text


def normalise_massar(value: Any) -> str | None:
    text = clean_text(value).replace(" ", "").upper()
    if not text:
        return None
    if not MASSAR_RE.match(text):
        raise RuleError(f"Massar code '{text}' must be one letter followed by 9 digits", "massar_format")
    return text


def normalise_phone(value: Any, *, what: str = "phone") -> str | None:
    """06/07 + 8 digits. Spaces, dots, dashes and +212 are accepted and removed; a number cell
    that lost its leading zero (6xxxxxxxx) gets it back."""
    text = clean_text(value)
    if not text:
        return None
    digits = re.sub(r"[\s.\-/()]", "", text)
    if digits.startswith("+212"):
        digits = "0" + digits[4:]
    elif digits.startswith("00212"):
        digits = "0" + digits[5:]
    if len(digits) == 9 and digits[0] in "67" and digits.isdigit():
        digits = "0" + digits
    if not PHONE_RE.match(digits):
        raise RuleError(f"{what} '{text}' must be 10 digits starting with 06 or 07", "phone_format")
    return digits


def normalise_email(value: Any) -> str | None:
    text = clean_text(value)
    if not text:
        return None
    if not EMAIL_RE.match(text) or len(text) > 120:
        raise RuleError(f"e-mail '{text}' is not a valid address", "email_format")
    return text.lower()


def normalise_latin_name(value: Any, *, what: str = "name", required: bool = True) -> str:
    """A name in Latin script: Arabic letters are refused (they belong in the Arabic columns)."""
    text = re.sub(r"\s+", " ", clean_text(value))
    if not text:
        if required:
            raise RuleError(f"the {what} is required", "required")
        return ""
    if has_arabic(text):
        raise RuleError(f"the {what} '{text}' contains Arabic letters; put Arabic names in the Arabic column",
                        "arabic_in_latin")
    if not _LATIN_LETTER.search(text):
        raise RuleError(f"the {what} '{text}' contains no letters", "no_letters")
    if len(text) > 80:
        raise RuleError(f"the {what} is longer than 80 characters", "too_long")
    return text


def normalise_arabic_name(value: Any, *, what: str = "Arabic name") -> str | None:
    text = re.sub(r"\s+", " ", clean_text(value))
    if not text:
        return None
    if _LATIN_LETTER.search(text) or not has_arabic(text):
        raise RuleError(f"the {what} '{text}' must be written in Arabic script", "not_arabic")
    if len(text) > 80:
        raise RuleError(f"the {what} is longer than 80 characters", "too_long")
    return text


def normalise_sex(value: Any) -> str:
    text = _plain(clean_text(value))
    sex = SEX_WORDS.get(text) or SEX_WORDS.get(clean_text(value))
    if sex is None:
        raise RuleError(f"sex '{clean_text(value)}' must be H (homme) or F (femme)", "sex")
    return sex


def normalise_status(value: Any) -> str:
    text = _plain(clean_text(value))
    if not text:
        return "active"
    status = STATUS_WORDS.get(text)
    if status is None:
        raise RuleError(f"status '{clean_text(value)}' must be one of: actif, suspendu, abandon, diplômé", "status")
    return status


def normalise_bool(value: Any, *, what: str = "flag") -> bool:
    if isinstance(value, bool):
        return value
    text = _plain(clean_text(value))
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise RuleError(f"{what} '{clean_text(value)}' must be oui or non", "yes_no")


def normalise_distance(value: Any) -> float | None:
    text = clean_text(value).replace(",", ".")
    if not text:
        return None
    try:
        km = float(text)
    except ValueError as exc:
        raise RuleError(f"distance '{text}' must be a number of kilometres", "distance") from exc
    if not 0 <= km <= 2000:
        raise RuleError(f"distance {km:g} km is outside 0–2000 km", "distance")
    return round(km, 1)


_DATE_FORMATS = ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%Y-%m-%d", "%Y-%m-%d %H:%M:%S")
_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")


def parse_date(value: Any, *, what: str = "date") -> dt.date:
    """``dd/mm/yyyy`` with or without a time, ISO ``yyyy-mm-dd``, or a real spreadsheet date.

    An impossible date (31/02/2005) gets its own message, distinct from an unreadable one.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = clean_text(value)
    if not text:
        raise RuleError(f"the {what} is required", "required")
    m = _DMY.match(text)
    if m:
        day, month, year = (int(g) for g in m.groups())
        try:
            return dt.date(year, month, day)
        except ValueError as exc:
            raise RuleError(f"{what} '{text}' does not exist ({exc})", "date_impossible") from exc
    for fmt in _DATE_FORMATS[3:]:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise RuleError(f"{what} '{text}' is not a date (expected dd/mm/yyyy)", "date_format")


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def reference_day(academic_year_start: dt.date) -> dt.date:
    """1 September of the year in which the academic year starts."""
    return dt.date(academic_year_start.year, 9, 1)


def check_birth_date(birth: dt.date, today: dt.date) -> None:
    if birth >= today:
        raise RuleError(f"birth date {birth:%d/%m/%Y} is not in the past", "birth_future")
    if age_on(birth, today) > 80:
        raise RuleError(f"birth date {birth:%d/%m/%Y} gives an age over 80", "birth_old")


def check_age(birth: dt.date, level: str, academic_year_start: dt.date, *, bridging: bool = False) -> None:
    """15–30 on 1 September for diploma levels (33 through a bridging route)."""
    if level not in DIPLOMA_LEVELS:
        return
    day = reference_day(academic_year_start)
    age = age_on(birth, day)
    top = MAX_AGE_BRIDGING if bridging else MAX_AGE
    if age < MIN_AGE:
        raise RuleError(f"age {age} on {day:%d/%m/%Y} is under {MIN_AGE} for a diploma programme", "age")
    if age > top:
        route = " even with the bridging route" if bridging else " (33 with the bridging route)"
        raise RuleError(f"age {age} on {day:%d/%m/%Y} is over {top} for a diploma programme{route}", "age")


def matricule_birth_warning(matricule: str, birth: dt.date) -> str | None:
    """The first 8 digits are usually the birth date YYYYMMDD: a mismatch is only a warning."""
    if matricule[:8] != f"{birth:%Y%m%d}":
        return f"matricule {matricule} does not start with the birth date {birth:%Y%m%d}"
    return None


def is_minor(birth: dt.date, today: dt.date) -> bool:
    return age_on(birth, today) < ADULT_AGE


def minor_guardian_warning(birth: dt.date, today: dt.date, guardian_name: str | None,
                           guardian_phone: str | None) -> str | None:
    if is_minor(birth, today) and not (guardian_phone or "").strip():
        return f"minor (age {age_on(birth, today)}) without a guardian contact"
    return None


def capacity_warning(group_code: str, count: int, capacity: int) -> str | None:
    if count > capacity:
        return f"group {group_code} would hold {count} trainees for {capacity} places"
    return None


def matricule_from_birth_ok(value: str) -> bool:
    """True when the first 8 digits read as a real date (used by generators and tests)."""
    try:
        dt.datetime.strptime(value[:8], "%Y%m%d")
    except ValueError:
        return False
    return True

