"""Pure rules of the language centre: CEFR banding and attendance (rate, reachability, streaks).

Attendance follows what Moodle users asked for: an excused absence does not count against the
rate (attendance #47); warn when a learner can no longer reach the minimum rate (#718); alert
after N absences in a row (#300).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

CEFR_LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
STATUSES = ("present", "late", "absent", "excused")
ATTENDED = frozenset({"present", "late"})
# Lowest score (out of 100) reaching each level; each language may set its own.
DEFAULT_BANDS: dict[str, float] = {"A1": 0, "A2": 20, "B1": 40, "B2": 60, "C1": 75, "C2": 90}


def band_problem(bands: Mapping[str, float], max_score: float) -> str | None:
    """None when the bands are usable: every level once, A1 from 0, strictly rising, within the scale."""
    if max_score <= 0:
        return "the maximum score must be positive"
    missing = [lvl for lvl in CEFR_LEVELS if lvl not in bands]
    if missing:
        return f"levels without a minimum score: {', '.join(missing)}"
    extra = [k for k in bands if k not in CEFR_LEVELS]
    if extra:
        return f"unknown levels: {', '.join(extra)}"
    if bands["A1"] != 0:
        return "A1 must start at score 0 (every score maps to a level)"
    prev = None
    for lvl in CEFR_LEVELS:
        v = bands[lvl]
        if v < 0 or v > max_score:
            return f"{lvl} starts at {v}, outside 0–{max_score:g}"
        if prev is not None and v <= bands[prev]:
            return f"{lvl} must start above {prev} ({v:g} ≤ {bands[prev]:g})"
        prev = lvl
    return None


def cefr_level(score: float, bands: Mapping[str, float], max_score: float = 100) -> str:
    if not 0 <= score <= max_score:
        raise ValueError(f"the score {score:g} is outside 0–{max_score:g}")
    level = "A1"
    for lvl in CEFR_LEVELS:
        if score >= bands[lvl]:
            level = lvl
    return level


@dataclass(frozen=True)
class AttendanceState:
    present: int
    late: int
    absent: int
    excused: int
    planned: int
    held: int
    rate: float | None  # attended / counted (excused excluded); None before any counted session
    best_possible: float | None  # the rate if every remaining session is attended
    cannot_reach: bool
    absence_streak: int
    streak_alert: bool

    @property
    def attended(self) -> int:
        return self.present + self.late


def attendance_state(statuses: Sequence[str | None], planned: int, min_rate: float, streak_alert: int) -> AttendanceState:
    """``statuses``: one per *held* session in date order (None = not taken, counted as absent)."""
    counts = dict.fromkeys(STATUSES, 0)
    for st in statuses:
        counts[st or "absent"] += 1
    held = len(statuses)
    planned = max(planned, held)
    attended = counts["present"] + counts["late"]
    counted = held - counts["excused"]
    rate = attended / counted if counted else None
    remaining = planned - held
    denominator = planned - counts["excused"]
    best = (attended + remaining) / denominator if denominator > 0 else None
    cannot = best is not None and best < min_rate
    streak = 0
    for st in reversed(statuses):
        st = st or "absent"
        if st == "excused":
            continue  # an excused absence neither counts nor breaks the run
        if st != "absent":
            break
        streak += 1
    return AttendanceState(counts["present"], counts["late"], counts["absent"], counts["excused"], planned, held,
                           rate, best, cannot, streak, streak_alert > 0 and streak >= streak_alert)
