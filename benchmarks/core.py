"""Timing helpers shared by every benchmark module."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass
class Row:
    name: str
    seconds: float
    floor_seconds: float
    target: str  # e.g. "ratio<=4", "<=0.3s and ratio<=3"
    size: str
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.seconds / self.floor_seconds if self.floor_seconds > 0 else float("inf")

    def as_dict(self) -> dict:
        d = asdict(self)
        d["ratio"] = round(self.ratio, 3)
        return d


def best_of(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def median_of(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)
