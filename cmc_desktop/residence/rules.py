"""Pure residence rules: priority score, bed compatibility, the allocation and its audit.

No database here. The service turns rows into these plain values, and the tests drive them
with hypothesis over random inventories.

Why the allocation has zero priority inversions: applicants are processed once, in priority
order, and each one gets a compatible free bed whenever one exists at their turn. Beds are
never freed during a run and every hard constraint only gets *stricter* as a room fills (a room
of minors stays a room of minors), so a bed that a waitlisted applicant could not use at their
turn cannot become usable for them later. Soft preferences (roommates, same group) only choose
*which* compatible bed, never *whether* someone gets one.
"""

from __future__ import annotations

import datetime as dt
import heapq
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

# ---------------------------------------------------------------------------------------------
# Priority score
# ---------------------------------------------------------------------------------------------

# Setting key → default. Shown to the manager and editable in the settings page and CLI.
DEFAULT_WEIGHTS: dict[str, float] = {
    "distance_per_10km": 1.0,  # points per 10 km between home and the city …
    "distance_cap_km": 300.0,  # … counted up to this distance
    "remote": 20.0,  # rural or remote area
    "social_per_point": 3.0,  # per point of the 0–10 social-situation score
    "minor": 8.0,  # under 18
    "accessibility": 10.0,  # needs an accessible room
    "first_year": 5.0,  # first year of study (no network yet in the city)
}
WEIGHT_LABELS: dict[str, str] = {
    "distance_per_10km": "Points per 10 km from home",
    "distance_cap_km": "Distance counted up to (km)",
    "remote": "Remote or rural area",
    "social_per_point": "Points per social-situation point (0–10)",
    "minor": "Minor (under 18)",
    "accessibility": "Accessibility need",
    "first_year": "First year of study",
}
COMPONENT_LABELS: dict[str, str] = {
    "distance": "Distance from home",
    "remote": "Remote or rural area",
    "social": "Social situation",
    "minor": "Minor",
    "accessibility": "Accessibility need",
    "first_year": "First year of study",
}


def validate_weights(weights: Mapping[str, float]) -> dict[str, float]:
    """Complete and check a weight set; raises ValueError naming the bad key."""
    out = dict(DEFAULT_WEIGHTS)
    for key, value in weights.items():
        if key not in DEFAULT_WEIGHTS:
            raise ValueError(f"Unknown weight '{key}'; known weights: {', '.join(DEFAULT_WEIGHTS)}")
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ValueError(f"Weight '{key}' must be a number, got '{value}'") from None
        if number < 0 or number > 1000:
            raise ValueError(f"Weight '{key}' must be between 0 and 1000, got {number:g}")
        out[key] = number
    return out


@dataclass(frozen=True)
class Applicant:
    trainee_id: int
    sex: str  # H | F
    distance_km: float = 0.0
    remote: bool = False
    social_score: int = 0
    minor: bool = False
    accessibility_need: bool = False
    year_of_study: int = 1
    roommate_id: int | None = None
    group_id: int | None = None
    programme_id: int | None = None
    submitted_on: dt.date = dt.date(2000, 1, 1)
    current_bed_id: int | None = None  # already housed (earlier run or checked in): kept


def score_breakdown(a: Applicant, weights: Mapping[str, float]) -> dict[str, float]:
    """Points per component (only the non-zero ones), rounded to 0.01."""
    w = weights
    km = max(0.0, min(float(a.distance_km or 0.0), w["distance_cap_km"]))
    parts = {
        "distance": km / 10.0 * w["distance_per_10km"],
        "remote": w["remote"] if a.remote else 0.0,
        "social": max(0, min(10, a.social_score)) * w["social_per_point"],
        "minor": w["minor"] if a.minor else 0.0,
        "accessibility": w["accessibility"] if a.accessibility_need else 0.0,
        "first_year": w["first_year"] if a.year_of_study == 1 else 0.0,
    }
    return {k: round(v, 2) for k, v in parts.items() if v}


def score(a: Applicant, weights: Mapping[str, float]) -> float:
    return round(sum(score_breakdown(a, weights).values()), 2)


def priority_key(score_value: float, a: Applicant) -> tuple[float, int, int]:
    """Higher score first, then the earlier application, then the trainee id (determinism)."""
    return (-score_value, a.submitted_on.toordinal(), a.trainee_id)


# ---------------------------------------------------------------------------------------------
# Inventory and compatibility
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoomSlot:
    room_id: int
    sex: str  # the building's sex
    accessible: bool
    bed_ids: tuple[int, ...]  # every bed of the room, in label order
    usable_bed_ids: tuple[int, ...] | None = None  # beds open for allocation; None: all of them
    label: str = ""  # "A-1-104" for messages

    def usable(self) -> tuple[int, ...]:
        return self.bed_ids if self.usable_bed_ids is None else self.usable_bed_ids


@dataclass(frozen=True)
class Occupant:
    """Someone already in a bed who is not an applicant of this run (kept as is)."""

    trainee_id: int
    bed_id: int
    minor: bool = False
    group_id: int | None = None
    programme_id: int | None = None


@dataclass
class _Room:
    slot: RoomSlot
    order: int
    free: list[int]  # free usable bed ids, reversed so pop() gives the first label
    minors: int = 0
    adults: int = 0
    groups: Counter = field(default_factory=Counter)
    programmes: Counter = field(default_factory=Counter)
    members: list[int] = field(default_factory=list)
    held: int = 0  # beds awaited by the mutual roommate of someone placed here (soft hold)

    @property
    def kind(self) -> str:
        if self.minors and self.adults:
            return "mixed"
        if self.minors:
            return "minor"
        if self.adults:
            return "adult"
        return "empty"


def kind_accepts(kind: str, minor: bool, minors_with_minors: bool) -> bool:
    """The minors rule: with it on, minors share only with minors and adults with adults."""
    if not minors_with_minors or kind == "empty":
        return True
    return kind == ("minor" if minor else "adult")


def _kind_of(minors: int, adults: int) -> str:
    if minors and adults:
        return "mixed"
    return "minor" if minors else "adult" if adults else "empty"


@dataclass(frozen=True)
class Refusal:
    code: str
    message: str


def placement_refusals(*, sex: str, minor: bool, accessibility_need: bool, building_sex: str,
                       room_accessible: bool, room_available: bool, bed_available: bool,
                       bed_taken: bool, room_free_beds: int, room_label: str,
                       roommates_minors: int, roommates_adults: int,
                       minors_with_minors: bool) -> list[Refusal]:
    """Why a trainee may not go into a given bed (empty list: allowed). Used for manual
    check-in and moves, with the same hard constraints as the batch allocation."""
    out: list[Refusal] = []
    if building_sex != sex:
        who = "women" if building_sex == "F" else "men"
        out.append(Refusal("wrong_sex", f"Room {room_label} is in a building for {who}; "
                                        f"this trainee's sex is {sex}"))
    if not room_available:
        out.append(Refusal("room_maintenance", f"Room {room_label} is under maintenance"))
    elif not bed_available:
        out.append(Refusal("bed_maintenance", f"This bed of room {room_label} is under maintenance"))
    if room_free_beds <= 0:
        out.append(Refusal("room_full", f"Room {room_label} is full"))
    elif bed_taken:
        out.append(Refusal("bed_taken", f"This bed of room {room_label} is already occupied"))
    if accessibility_need and not room_accessible:
        out.append(Refusal("not_accessible", f"Room {room_label} is not accessible and this trainee "
                                             "needs an accessible room"))
    if not kind_accepts(_kind_of(roommates_minors, roommates_adults), minor, minors_with_minors):
        out.append(Refusal("minors_rule", f"Room {room_label} houses "
                                          f"{'adults' if minor else 'minors'}; minors are kept with minors"))
    return out


# ---------------------------------------------------------------------------------------------
# Allocation
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    trainee_id: int
    rank: int  # 1 = highest priority
    score: float
    breakdown: dict[str, float]
    status: str  # housed | waitlisted
    bed_id: int | None = None
    room_id: int | None = None
    kept: bool = False  # already housed before this run: never moved
    why: str = ""  # code: kept | roommate | group | programme | best_free | no_bed_sex | …
    message: str = ""  # English explanation
    waitlist_position: int | None = None


@dataclass(frozen=True)
class AllocationResult:
    decisions: tuple[Decision, ...]
    applications: int
    housed: int
    newly_housed: int
    kept: int
    waitlisted: int
    beds_total: int
    beds_free: int
    by_sex: dict[str, dict[str, int]]
    priority_inversions: int
    minors_with_minors: bool
    weights: dict[str, float]

    def summary(self) -> dict[str, object]:
        return {
            "applications": self.applications, "housed": self.housed, "newly_housed": self.newly_housed,
            "kept": self.kept, "waitlisted": self.waitlisted, "beds_total": self.beds_total,
            "beds_free": self.beds_free, "by_sex": self.by_sex,
            "priority_inversions": self.priority_inversions, "minors_with_minors": self.minors_with_minors,
        }


class _Board:
    """Mutable room state with indexes so each applicant costs O(log rooms), not O(beds)."""

    def __init__(self, rooms: Sequence[RoomSlot], minors_with_minors: bool) -> None:
        self.rule = minors_with_minors
        self.rooms: dict[int, _Room] = {}
        self.bed_room: dict[int, int] = {}
        for order, slot in enumerate(rooms):
            usable = slot.usable()
            self.rooms[slot.room_id] = _Room(slot, order, list(reversed(usable)))
            for b in slot.bed_ids:
                self.bed_room[b] = slot.room_id
        # (sex, accessible, kind, held, free) → heap of (order, room_id); stale entries are
        # skipped lazily when they reach the top.
        self.heaps: dict[tuple[str, bool, str, bool, int], list[tuple[int, int]]] = defaultdict(list)
        self.by_group: dict[int, set[int]] = defaultdict(set)
        self.by_programme: dict[int, set[int]] = defaultdict(set)
        self.free_by: Counter = Counter()  # (sex, accessible, kind) → free beds

    def index_all(self) -> None:
        """(Re)build the indexes once the fixed occupants are in (their moves were not counted)."""
        self.free_by = Counter()
        self.heaps.clear()
        for room in self.rooms.values():
            self._push(room)
            self.free_by[self._bucket(room)] += len(room.free)

    def _bucket(self, room: _Room) -> tuple[str, bool, str]:
        return (room.slot.sex, room.slot.accessible, room.kind if self.rule else "any")

    def _push(self, room: _Room) -> None:
        if room.free:
            sex, acc, kind = self._bucket(room)
            heapq.heappush(self.heaps[(sex, acc, kind, room.held > 0, len(room.free))],
                           (room.order, room.slot.room_id))

    def hold(self, room_id: int, delta: int) -> None:
        """A soft hold only steers *other* people's choice of room among equals: it never
        makes a bed unavailable, so it cannot cause a priority inversion."""
        room = self.rooms[room_id]
        room.held += delta
        self._push(room)

    def occupy(self, room_id: int, bed_id: int | None, trainee_id: int, minor: bool,
               group_id: int | None, programme_id: int | None) -> int:
        room = self.rooms[room_id]
        self.free_by[self._bucket(room)] -= len(room.free)
        if bed_id is None:
            bed_id = room.free.pop()
        elif bed_id in room.free:
            room.free.remove(bed_id)
        if minor:
            room.minors += 1
        else:
            room.adults += 1
        room.members.append(trainee_id)
        if group_id is not None:
            room.groups[group_id] += 1
            self.by_group[group_id].add(room_id)
        if programme_id is not None:
            room.programmes[programme_id] += 1
            self.by_programme[programme_id].add(room_id)
        self.free_by[self._bucket(room)] += len(room.free)
        self._push(room)
        if not room.free:  # a full room can no longer attract anyone: keep the indexes small
            for g in room.groups:
                self.by_group[g].discard(room_id)
            for p in room.programmes:
                self.by_programme[p].discard(room_id)
        return bed_id

    def fits(self, room: _Room, a: Applicant) -> bool:
        return (bool(room.free) and room.slot.sex == a.sex and (room.slot.accessible or not a.accessibility_need)
                and kind_accepts(room.kind, a.minor, self.rule))

    def _top(self, key: tuple[str, bool, str, bool, int]) -> tuple[int, int] | None:
        heap = self.heaps.get(key)
        while heap:
            order, rid = heap[0]
            room = self.rooms[rid]
            sex, acc, kind = self._bucket(room)
            if (sex, acc, kind, room.held > 0, len(room.free)) == key:
                return order, rid
            heapq.heappop(heap)
        return None

    def best_generic(self, a: Applicant, want_pair: bool) -> int | None:
        """Lowest-order fitting room: non-accessible first when not needed, then fuller rooms
        (keeps empty rooms for pairs) unless a pair wants two free beds."""
        accs = (True,) if a.accessibility_need else (False, True)
        kinds = ("any",) if not self.rule else (("minor" if a.minor else "adult"), "empty")
        frees = (2, 3, 4, 1) if want_pair else (1, 2, 3, 4)
        for acc in accs:
            for held in (False, True):
                for free in frees:
                    best: tuple[int, int] | None = None
                    for kind in kinds:
                        top = self._top((a.sex, acc, kind, held, free))
                        if top is not None and (best is None or top < best):
                            best = top
                    if best is not None:
                        return best[1]
        return None

    def best_among(self, room_ids: Iterable[int], a: Applicant, counter: str, key_id: int) -> int | None:
        best: tuple[int, int, int] | None = None
        for rid in room_ids:
            room = self.rooms[rid]
            if not self.fits(room, a):
                continue
            cand = (-getattr(room, counter)[key_id], room.order, rid)
            if best is None or cand < best:
                best = cand
        return best[2] if best else None

    def free_for(self, sex: str, accessible_only: bool, minor: bool | None) -> int:
        n = 0
        for (s, acc, kind), free in self.free_by.items():
            if s != sex or (accessible_only and not acc):
                continue
            if minor is not None and not kind_accepts(kind, minor, self.rule if kind != "any" else False):
                continue
            n += free
        return n


def _waitlist_reason(board: _Board, a: Applicant) -> tuple[str, str]:
    who = "women" if a.sex == "F" else "men"
    if board.free_for(a.sex, False, None) == 0:
        return "no_bed_sex", f"No free bed left in the buildings for {who}"
    if a.accessibility_need and board.free_for(a.sex, True, None) == 0:
        return "no_accessible_bed", f"No free accessible bed left in the buildings for {who}"
    if board.rule:
        if a.minor:
            return "minors_rule", "The free beds left are in rooms of adults; minors are kept with minors"
        return "minors_rule", "The free beds left are in rooms of minors; adults are not placed with minors"
    return "no_compatible_bed", "No compatible free bed left"


def _choose_room(board: _Board, a: Applicant, mate: Applicant | None,
                 placed: Mapping[int, int]) -> tuple[int, str] | None:
    """The preferred fitting room and why: mutual roommate, same group, same programme, first free."""
    if mate is not None and mate.trainee_id in placed:
        cand = board.rooms[placed[mate.trainee_id]]
        if board.fits(cand, a):
            return cand.slot.room_id, "roommate"
    if a.group_id is not None and a.group_id in board.by_group:
        rid = board.best_among(board.by_group[a.group_id], a, "groups", a.group_id)
        if rid is not None:
            return rid, "group"
    if a.programme_id is not None and a.programme_id in board.by_programme:
        rid = board.best_among(board.by_programme[a.programme_id], a, "programmes", a.programme_id)
        if rid is not None:
            return rid, "programme"
    rid = board.best_generic(a, want_pair=mate is not None and mate.trainee_id not in placed)
    return (rid, "best_free") if rid is not None else None


def allocate(applicants: Sequence[Applicant], rooms: Sequence[RoomSlot], *,
             occupants: Sequence[Occupant] = (), weights: Mapping[str, float] | None = None,
             minors_with_minors: bool = True) -> AllocationResult:
    """Rank applicants by score and give each, in order, the best compatible free bed.

    ``rooms`` order is the tie-break between equally good rooms (pass them by building, floor,
    code). Applicants with ``current_bed_id`` keep that bed (stability) and fill rooms first.
    """
    w = validate_weights(weights or {})
    board = _Board(rooms, minors_with_minors)
    beds_total = sum(len(r.usable()) for r in rooms)

    # Fixed people first: residents without an application, then applicants already housed.
    for o in occupants:
        rid = board.bed_room.get(o.bed_id)
        if rid is not None:
            board.occupy(rid, o.bed_id, o.trainee_id, o.minor, o.group_id, o.programme_id)

    scored = []
    for a in applicants:
        bd = score_breakdown(a, w)
        s = round(sum(bd.values()), 2)
        scored.append((priority_key(s, a), a, s, bd))
    scored.sort(key=lambda t: t[0])
    by_id = {a.trainee_id: a for _, a, _, _ in scored}

    placed: dict[int, int] = {}  # trainee → room
    kept_ids: set[int] = set()
    for _, a, _, _ in scored:
        if a.current_bed_id is not None and a.current_bed_id in board.bed_room:
            rid = board.bed_room[a.current_bed_id]
            board.occupy(rid, a.current_bed_id, a.trainee_id, a.minor, a.group_id, a.programme_id)
            placed[a.trainee_id] = rid
            kept_ids.add(a.trainee_id)
    board.index_all()

    decisions: list[Decision] = []
    holds: dict[int, int] = {}  # awaited mutual roommate → room where their mate was placed
    waitpos = 0
    for rank, (_, a, s, bd) in enumerate(scored, start=1):
        if a.trainee_id in kept_ids:
            room = board.rooms[placed[a.trainee_id]]
            decisions.append(Decision(a.trainee_id, rank, s, bd, "housed", a.current_bed_id, room.slot.room_id,
                                      True, "kept", f"Already housed in room {room.slot.label}: kept"))
            continue
        mate = by_id.get(a.roommate_id) if a.roommate_id is not None else None
        mutual = mate is not None and mate.roommate_id == a.trainee_id and mate.sex == a.sex
        held_room = holds.pop(a.trainee_id, None)
        if held_room is not None:  # our turn has come: the room no longer waits for us
            board.hold(held_room, -1)
        # When nothing compatible is free the applicant is waitlisted without scanning rooms.
        choice = (_choose_room(board, a, mate if mutual else None, placed)
                  if board.free_for(a.sex, a.accessibility_need, a.minor) else None)
        if choice is None:
            waitpos += 1
            code, msg = _waitlist_reason(board, a)
            decisions.append(Decision(a.trainee_id, rank, s, bd, "waitlisted", None, None, False, code,
                                      f"{msg} (rank {rank}, waitlist position {waitpos})", waitpos))
            continue
        rid, why = choice
        bed = board.occupy(rid, None, a.trainee_id, a.minor, a.group_id, a.programme_id)
        placed[a.trainee_id] = rid
        if mutual and mate.trainee_id not in placed and board.rooms[rid].free:
            holds[mate.trainee_id] = rid
            board.hold(rid, +1)
        label = board.rooms[rid].slot.label
        msg = {
            "roommate": f"Placed in room {label} with the requested roommate (mutual request)",
            "group": f"Placed in room {label} with trainees of the same group",
            "programme": f"Placed in room {label} with trainees of the same programme",
            "best_free": f"Placed in room {label}, the first compatible free bed in priority order",
        }[why]
        decisions.append(Decision(a.trainee_id, rank, s, bd, "housed", bed, rid, False, why, msg))

    by_sex: dict[str, dict[str, int]] = {}
    for sex in ("H", "F"):
        ds = [d for d in decisions if by_id[d.trainee_id].sex == sex]
        by_sex[sex] = {
            "applications": len(ds),
            "housed": sum(d.status == "housed" for d in ds),
            "waitlisted": sum(d.status == "waitlisted" for d in ds),
            "beds_free": sum(len(r.free) for r in board.rooms.values() if r.slot.sex == sex),
        }
    housed = sum(d.status == "housed" for d in decisions)
    inversions = count_priority_inversions(decisions, applicants, rooms, occupants,
                                           minors_with_minors=minors_with_minors)
    return AllocationResult(
        decisions=tuple(decisions), applications=len(decisions), housed=housed,
        newly_housed=housed - len(kept_ids), kept=len(kept_ids), waitlisted=len(decisions) - housed,
        beds_total=beds_total, beds_free=sum(len(r.free) for r in board.rooms.values()), by_sex=by_sex,
        priority_inversions=inversions, minors_with_minors=minors_with_minors, weights=w,
    )


def count_priority_inversions(decisions: Sequence[Decision], applicants: Sequence[Applicant],
                              rooms: Sequence[RoomSlot], occupants: Sequence[Occupant] = (), *,
                              minors_with_minors: bool = True) -> int:
    """Pairs (H waitlisted, L newly housed) where H ranks above L and H could have taken L's bed:
    same sex, accessible if H needs it, and the minors rule satisfied by L's final roommates.

    Computed from the final result alone (not from the algorithm's state) so it really audits
    the allocation. O(n log n): newly housed beds are grouped by the three facts that decide
    compatibility, and each waitlisted applicant counts lower ranks by bisection.
    """
    by_id = {a.trainee_id: a for a in applicants}
    slot_of = {b: r for r in rooms for b in r.bed_ids}
    members: dict[int, list[bool]] = defaultdict(list)  # room → minors flags of final occupants
    for o in occupants:
        if o.bed_id in slot_of:
            members[slot_of[o.bed_id].room_id].append(o.minor)
    for d in decisions:
        if d.status == "housed" and d.room_id is not None:
            members[d.room_id].append(by_id[d.trainee_id].minor)
    classes: dict[tuple[str, bool, str], list[int]] = defaultdict(list)
    for d in decisions:
        if d.status != "housed" or d.kept or d.bed_id is None:
            continue
        room = slot_of[d.bed_id]
        flags = list(members[room.room_id])
        flags.remove(by_id[d.trainee_id].minor)  # the roommates L leaves behind
        kind = _kind_of(sum(flags), len(flags) - sum(flags))
        classes[(room.sex, room.accessible, kind)].append(d.rank)
    for ranks in classes.values():
        ranks.sort()
    total = 0
    for d in decisions:
        if d.status != "waitlisted":
            continue
        a = by_id[d.trainee_id]
        for (sex, acc, kind), ranks in classes.items():
            if sex != a.sex or (a.accessibility_need and not acc):
                continue
            if not kind_accepts(kind, a.minor, minors_with_minors):
                continue
            total += len(ranks) - bisect_right(ranks, d.rank)
    return total


def with_current_beds(applicants: Sequence[Applicant], beds: Mapping[int, int]) -> list[Applicant]:
    """Applicants with ``current_bed_id`` set from a trainee → bed map (for a rerun)."""
    return [replace(a, current_bed_id=beds.get(a.trainee_id, a.current_bed_id)) for a in applicants]
