"""Media library use cases: catalogue, copies, loan rules, circulation by scan, holds, stocktake."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session

from cmc_desktop.clock import CITY_TZ
from cmc_desktop.db.models import AcademicYear, CalendarDay, Setting, Trainee
from cmc_desktop.db.models.library import (
    ITEM_TYPES,
    PATRON_CATEGORIES,
    Hold,
    LibraryCopy,
    LibraryStaffPatron,
    LibraryTitle,
    Loan,
    LoanRule,
)
from cmc_desktop.errors import ConflictError, NotFound, ValidationError
from cmc_desktop.library import rules
from cmc_desktop.library.dto import (
    CatalogueImportResult,
    CirculationResult,
    Clearance,
    CopyInfo,
    HoldInfo,
    LoanInfo,
    LoanRuleInfo,
    PatronInfo,
    StocktakeResult,
    TitleInfo,
)
from cmc_desktop.progress import NEVER, NULL_PROGRESS, CancelToken, ProgressReporter
from cmc_desktop.security.permissions import Perm
from cmc_desktop.services import Service
from cmc_desktop.text import fold, search_key


class _Patron:
    """A resolved borrower: a trainee (by matricule) or a staff patron (by card code)."""

    __slots__ = ("active", "category", "code", "id", "name")

    def __init__(self, category: str, pid: int, code: str, name: str, active: bool) -> None:
        self.category, self.id, self.code, self.name, self.active = category, pid, code, name, active

    def loan_filter(self) -> Any:
        return Loan.trainee_id == self.id if self.category == "trainee" else Loan.staff_id == self.id

    def hold_filter(self) -> Any:
        return Hold.trainee_id == self.id if self.category == "trainee" else Hold.staff_id == self.id


def _item_type(value: Any) -> str:
    text = fold(str(value or "book"))
    aliases = {"livre": "book", "revue": "magazine", "periodique": "magazine", "magazine": "magazine",
               "dvd": "dvd", "cd": "dvd", "reference": "reference", "ouvrage de reference": "reference",
               "book": "book"}
    if text not in aliases:
        raise ValueError(f"'{value}' is not an item type ({', '.join(ITEM_TYPES)})")
    return aliases[text]


class LibraryService(Service):
    # --- catalogue -----------------------------------------------------------------------------
    def search_titles(self, text: str = "", *, limit: int = 100_000) -> list[int]:
        self.require(Perm.LIBRARY_READ)
        q = select(LibraryTitle.id).order_by(LibraryTitle.title, LibraryTitle.id).limit(limit)
        for term in fold(text).split():
            q = q.where(LibraryTitle.search_key.like(f"%{term}%"))
        with self.read() as s:
            return list(s.scalars(q))

    def title_rows(self, ids: Sequence[int]) -> dict[int, TitleInfo]:
        self.require(Perm.LIBRARY_READ)
        if not ids:
            return {}
        with self.read() as s:
            counts = dict(s.execute(
                select(LibraryCopy.title_id, func.count()).where(LibraryCopy.title_id.in_(ids),
                                                                  LibraryCopy.status != "withdrawn")
                .group_by(LibraryCopy.title_id)).all())
            avail = dict(s.execute(
                select(LibraryCopy.title_id, func.count()).where(LibraryCopy.title_id.in_(ids),
                                                                  LibraryCopy.status == "available")
                .group_by(LibraryCopy.title_id)).all())
            return {t.id: TitleInfo(t.id, t.title, t.authors, t.isbn or "", t.language, t.subject, t.item_type,
                                    counts.get(t.id, 0), avail.get(t.id, 0))
                    for t in s.scalars(select(LibraryTitle).where(LibraryTitle.id.in_(ids)))}

    def add_title(self, title: str, *, authors: str = "", isbn: str = "", language: str = "", subject: str = "",
                  item_type: str = "book", copies: int = 0, shelf_location: str = "") -> TitleInfo:
        self.require(Perm.LIBRARY_CATALOGUE)
        title = (title or "").strip()
        if not title:
            raise ValidationError("The title is required", errors=[("title", "required")])
        norm = rules.normalize_isbn(isbn)
        if norm:
            problem = rules.isbn_problem(isbn)
            if problem:
                raise ValidationError(f"ISBN: {problem}", errors=[("isbn", problem)])
        try:
            kind = _item_type(item_type)
        except ValueError as exc:
            raise ValidationError(str(exc), errors=[("item_type", str(exc))]) from exc
        if not 0 <= copies <= 500:
            raise ValidationError("Copies must be between 0 and 500", errors=[("copies", "0-500")])
        with self.write() as s:
            t = LibraryTitle(title=title, authors=authors.strip(), isbn=norm or None, language=language.strip(),
                             subject=subject.strip(), item_type=kind,
                             search_key=search_key(title, authors, norm, subject))
            s.add(t)
            s.flush()
            self._make_copies(s, t.id, copies, shelf_location)
            return TitleInfo(t.id, t.title, t.authors, norm, t.language, t.subject, kind, copies, copies)

    def add_copies(self, title_id: int, count: int, shelf_location: str = "") -> list[str]:
        self.require(Perm.LIBRARY_CATALOGUE)
        if not 1 <= count <= 500:
            raise ValidationError("Copies must be between 1 and 500", errors=[("copies", "1-500")])
        with self.write() as s:
            if s.get(LibraryTitle, title_id) is None:
                raise NotFound(f"No catalogue title with id {title_id}")
            return self._make_copies(s, title_id, count, shelf_location)

    def _prefix(self, s: Session) -> str:
        region = s.scalar(select(Setting.value).where(Setting.key == "city.region_code"))
        try:
            return rules.barcode_prefix(region)
        except ValueError as exc:
            raise ValidationError("The city's region code (setting city.region_code, e.g. MA-09) must be set "
                                  "before copies get barcodes", code="no_region") from exc

    def _make_copies(self, s: Session, title_id: int, count: int, shelf: str) -> list[str]:
        if count <= 0:
            return []
        prefix = self._prefix(s)
        last = s.scalar(select(func.max(LibraryCopy.barcode)).where(LibraryCopy.barcode.like(f"{prefix}L%")))
        seq = (rules.barcode_sequence(prefix, last) or 0) if last else 0
        codes = [rules.make_barcode(prefix, seq + i + 1) for i in range(count)]
        s.add_all([LibraryCopy(barcode=c, title_id=title_id, shelf_location=shelf, status="available")
                   for c in codes])
        s.flush()
        return codes

    def copies(self, title_id: int | None = None, barcodes: Sequence[str] | None = None) -> list[CopyInfo]:
        self.require(Perm.LIBRARY_READ)
        q = (select(LibraryCopy.id, LibraryCopy.barcode, LibraryTitle.title, LibraryCopy.shelf_location,
                    LibraryCopy.status).join(LibraryTitle).order_by(LibraryCopy.barcode))
        if title_id is not None:
            q = q.where(LibraryCopy.title_id == title_id)
        if barcodes is not None:
            q = q.where(LibraryCopy.barcode.in_([b.strip().upper() for b in barcodes]))
        with self.read() as s:
            return [CopyInfo(*r) for r in s.execute(q).all()]

    # --- loan rules ----------------------------------------------------------------------------
    def loan_rules(self) -> list[LoanRuleInfo]:
        self.require(Perm.LIBRARY_READ)
        with self.read() as s:
            stored = {(r.patron_category, r.item_type): r for r in s.scalars(select(LoanRule))}
        out = []
        for cat in PATRON_CATEGORIES:
            for kind in ITEM_TYPES:
                r = stored.get((cat, kind))
                if r is not None:
                    out.append(LoanRuleInfo(cat, kind, r.max_loans, r.loan_days, r.renewals, True))
                else:
                    m, d, n = rules.DEFAULT_RULES[(cat, kind)]
                    out.append(LoanRuleInfo(cat, kind, m, d, n, False))
        return out

    def set_loan_rule(self, patron_category: str, item_type: str, *, max_loans: int, loan_days: int,
                      renewals: int) -> LoanRuleInfo:
        self.require(Perm.LIBRARY_CATALOGUE)
        if patron_category not in PATRON_CATEGORIES:
            raise ValidationError(f"Unknown patron category '{patron_category}'", errors=[("patron_category", "")])
        if item_type not in ITEM_TYPES:
            raise ValidationError(f"Unknown item type '{item_type}'", errors=[("item_type", "")])
        for name, value, hi in (("max_loans", max_loans, 50), ("loan_days", loan_days, 365), ("renewals", renewals, 20)):
            if not 0 <= value <= hi:
                raise ValidationError(f"{name} must be between 0 and {hi}", errors=[(name, f"0-{hi}")])
        with self.write() as s:
            r = s.scalar(select(LoanRule).where(LoanRule.patron_category == patron_category,
                                                LoanRule.item_type == item_type))
            if r is None:
                r = LoanRule(patron_category=patron_category, item_type=item_type)
                s.add(r)
            r.max_loans, r.loan_days, r.renewals = max_loans, loan_days, renewals
        return LoanRuleInfo(patron_category, item_type, max_loans, loan_days, renewals, True)

    def _rule(self, s: Session, category: str, item_type: str) -> tuple[int, int, int]:
        r = s.execute(select(LoanRule.max_loans, LoanRule.loan_days, LoanRule.renewals)
                      .where(LoanRule.patron_category == category, LoanRule.item_type == item_type)).first()
        return tuple(r) if r else rules.DEFAULT_RULES[(category, item_type)]  # type: ignore[return-value]

    def _hard_due(self, s: Session) -> dt.date | None:
        return s.scalar(select(AcademicYear.ends_on).where(AcademicYear.current.is_(True)))

    def _due(self, s: Session, today: dt.date, loan_days: int) -> dt.date:
        hard = self._hard_due(s)
        if hard is not None and today > hard:
            raise ValidationError(f"The academic year ended on {hard:%d/%m/%Y}: make the next academic year "
                                  "current before lending", code="year_over")
        horizon = today + dt.timedelta(days=loan_days + 60)
        closed = set(s.scalars(select(CalendarDay.day).where(CalendarDay.day >= today - dt.timedelta(days=60),
                                                             CalendarDay.day <= horizon)))
        return rules.due_date(today, loan_days, hard, closed)

    def due_date_for(self, patron_category: str, item_type: str, today: dt.date | None = None) -> dt.date:
        """The due date a check-out would get today (shown at the desk, and tested)."""
        self.require(Perm.LIBRARY_READ)
        with self.read() as s:
            _, days, _ = self._rule(s, patron_category, item_type)
            return self._due(s, today or self.ctx.clock.today(), days)

    # --- patrons -------------------------------------------------------------------------------
    def add_staff_patron(self, code: str, full_name: str, department: str = "") -> str:
        self.require(Perm.LIBRARY_CIRCULATE)
        code = code.strip().upper()
        if not code or not full_name.strip():
            raise ValidationError("A staff patron needs a card code and a name", errors=[("code", "required")])
        with self.write() as s:
            if s.scalar(select(Trainee.id).where(Trainee.matricule == code)) is not None or \
                    s.scalar(select(LibraryStaffPatron.id).where(LibraryStaffPatron.code == code)) is not None:
                raise ConflictError(f"The card code {code} is already used")
            s.add(LibraryStaffPatron(code=code, full_name=full_name.strip(), department=department.strip()))
        return code

    def _patron(self, s: Session, code: str) -> _Patron:
        code = (code or "").strip().upper()
        if not code:
            raise ValidationError("Scan the borrower's card first", code="no_patron")
        row = s.execute(select(Trainee.id, Trainee.matricule, Trainee.last_name, Trainee.first_name,
                               Trainee.current_status).where(Trainee.matricule == code)).first()
        if row is not None:
            return _Patron("trainee", row[0], row[1], f"{row[2]} {row[3]}", row[4] == "active")
        st = s.execute(select(LibraryStaffPatron.id, LibraryStaffPatron.code, LibraryStaffPatron.full_name,
                              LibraryStaffPatron.active).where(LibraryStaffPatron.code == code)).first()
        if st is not None:
            return _Patron("staff", st[0], st[1], st[2], bool(st[3]))
        raise NotFound(f"No trainee or staff patron has the card {code}", code="unknown_patron")

    def _copy(self, s: Session, barcode: str) -> tuple[LibraryCopy, LibraryTitle]:
        code = (barcode or "").strip().upper()
        row = s.execute(select(LibraryCopy, LibraryTitle).join(LibraryTitle)
                        .where(LibraryCopy.barcode == code)).first()
        if row is None:
            raise NotFound(f"No copy has the barcode {code}", code="unknown_copy")
        return row[0], row[1]

    def patron(self, code: str) -> PatronInfo:
        self.require(Perm.LIBRARY_READ)
        today = self.ctx.clock.today()
        with self.read() as s:
            p = self._patron(s, code)
            loans = self._loans(s, [p.loan_filter(), Loan.open.is_(True)], today)
        overdue = [ln for ln in loans if ln.overdue_days > 0]
        reason = ("" if p.active else "not active") if not overdue else f"{len(overdue)} overdue item(s)"
        return PatronInfo(p.code, p.name, p.category, "active" if p.active else "inactive", tuple(loans),
                          bool(reason), reason)

    # --- circulation ---------------------------------------------------------------------------
    def checkout(self, patron_code: str, barcode: str) -> CirculationResult:
        """One scan at the desk: every rule is checked in the same transaction as the loan."""
        self.require(Perm.LIBRARY_CIRCULATE)
        today = self.ctx.clock.today()
        now = self.ctx.clock.now()
        with self.write() as s:
            p = self._patron(s, patron_code)
            if not p.active:
                raise ConflictError(f"{p.name} ({p.code}) is not an active borrower", code="patron_inactive")
            copy, title = self._copy(s, barcode)
            if copy.status in ("lost", "withdrawn"):
                raise ConflictError(f"Copy {copy.barcode} is marked {copy.status}; it cannot be lent")
            if copy.status == "on_loan":
                raise ConflictError(f"Copy {copy.barcode} is already on loan; return it first", code="already_out")
            # One read for both counts the rules need (the scan path must stay under 20 ms).
            late, out = s.execute(select(
                func.coalesce(func.sum(case((Loan.due_on < today, 1), else_=0)), 0),
                func.coalesce(func.sum(case((Loan.item_type == title.item_type, 1), else_=0)), 0))
                .where(p.loan_filter(), Loan.open.is_(True))).one()
            if late:
                raise ConflictError(f"{p.name} has {late} overdue item(s): borrowing is blocked until they are "
                                    "returned", code="patron_blocked")
            max_loans, loan_days, _ = self._rule(s, p.category, title.item_type)
            if max_loans == 0:
                raise ConflictError(f"A {p.category} may not borrow items of type {title.item_type} "
                                    "(consultation on site only)", code="not_for_loan")
            if out >= max_loans:
                raise ConflictError(f"{p.name} already has {out} item(s) of type {title.item_type} out "
                                    f"(the limit is {max_loans})", code="loan_limit")
            hold = None
            if copy.status == "on_hold":
                hold = s.scalar(select(Hold).where(Hold.copy_id == copy.id, Hold.status == "ready"))
                if hold is not None and not self._hold_is_for(hold, p):
                    raise ConflictError(f"Copy {copy.barcode} is put aside for another borrower's hold",
                                        code="held_for_other")
            if hold is None:
                hold = s.scalar(select(Hold).where(Hold.title_id == title.id, Hold.status.in_(("waiting", "ready")),
                                                   p.hold_filter()).order_by(Hold.placed_at).limit(1))
            if hold is not None:
                if hold.status == "ready" and hold.copy_id and hold.copy_id != copy.id:
                    other = s.get(LibraryCopy, hold.copy_id)
                    if other is not None and other.status == "on_hold":
                        other.status = "available"
                hold.status, hold.copy_id = "fulfilled", copy.id
            due = self._due(s, today, loan_days)
            s.add(Loan(copy_id=copy.id, trainee_id=p.id if p.category == "trainee" else None,
                       staff_id=p.id if p.category == "staff" else None, patron_category=p.category,
                       item_type=title.item_type, checked_out_at=now, due_on=due, renewals=0, open=True))
            copy.status = "on_loan"
            return CirculationResult("checkout", copy.barcode, title.title, p.code, p.name, due,
                                     f"Due on {due:%d/%m/%Y}")

    @staticmethod
    def _hold_is_for(hold: Hold, p: _Patron) -> bool:
        return (hold.trainee_id == p.id) if p.category == "trainee" else (hold.staff_id == p.id)

    def checkin(self, barcode: str) -> CirculationResult:
        self.require(Perm.LIBRARY_CIRCULATE)
        today = self.ctx.clock.today()
        with self.write() as s:
            copy, title = self._copy(s, barcode)
            loan = s.scalar(select(Loan).where(Loan.copy_id == copy.id, Loan.open.is_(True)))
            if loan is None:
                raise ConflictError(f"Copy {copy.barcode} is not on loan", code="not_out")
            loan.open, loan.returned_at = False, self.ctx.clock.now()
            p = self._loan_patron(s, loan)
            late = rules.overdue_days(loan.due_on, today)
            copy.status, copy.last_seen_on = "available", today
            hold = s.scalar(select(Hold).where(Hold.title_id == title.id, Hold.status == "waiting")
                            .order_by(Hold.placed_at, Hold.id).limit(1))
            hold_for = ""
            if hold is not None:
                hold.status, hold.copy_id = "ready", copy.id
                copy.status = "on_hold"
                hp = self._hold_patron(s, hold)
                hold_for = f"{hp[1]} ({hp[0]})"
            msg = f"Returned {late} day(s) late" if late else "Returned"
            if hold_for:
                msg += f"; put it aside for {hold_for}"
            return CirculationResult("return", copy.barcode, title.title, p[0], p[1], None, msg, hold_for, late)

    def renew(self, barcode: str) -> CirculationResult:
        self.require(Perm.LIBRARY_CIRCULATE)
        today = self.ctx.clock.today()
        with self.write() as s:
            copy, title = self._copy(s, barcode)
            loan = s.scalar(select(Loan).where(Loan.copy_id == copy.id, Loan.open.is_(True)))
            if loan is None:
                raise ConflictError(f"Copy {copy.barcode} is not on loan", code="not_out")
            _, days, max_renewals = self._rule(s, loan.patron_category, loan.item_type)
            if loan.renewals >= max_renewals:
                raise ConflictError(f"Copy {copy.barcode} has been renewed {loan.renewals} time(s); "
                                    f"the limit is {max_renewals}", code="renewal_limit")
            waiting = s.scalar(select(func.count()).where(Hold.title_id == title.id, Hold.status == "waiting"))
            if waiting:
                raise ConflictError(f"'{title.title}' is on hold for {waiting} borrower(s); it cannot be renewed",
                                    code="held")
            due = self._due(s, today, days)
            if due <= loan.due_on:
                raise ConflictError(f"Copy {copy.barcode} is already due on {loan.due_on:%d/%m/%Y}, the latest "
                                    "date allowed (end of the academic year)", code="hard_due")
            loan.due_on, loan.renewals = due, loan.renewals + 1
            p = self._loan_patron(s, loan)
            return CirculationResult("renew", copy.barcode, title.title, p[0], p[1], due,
                                     f"Renewed until {due:%d/%m/%Y}")

    def _loan_patron(self, s: Session, loan: Loan) -> tuple[str, str]:
        if loan.trainee_id is not None:
            r = s.execute(select(Trainee.matricule, Trainee.last_name, Trainee.first_name)
                          .where(Trainee.id == loan.trainee_id)).one()
            return r[0], f"{r[1]} {r[2]}"
        r = s.execute(select(LibraryStaffPatron.code, LibraryStaffPatron.full_name)
                      .where(LibraryStaffPatron.id == loan.staff_id)).one()
        return r[0], r[1]

    def _hold_patron(self, s: Session, hold: Hold) -> tuple[str, str]:
        if hold.trainee_id is not None:
            r = s.execute(select(Trainee.matricule, Trainee.last_name, Trainee.first_name)
                          .where(Trainee.id == hold.trainee_id)).one()
            return r[0], f"{r[1]} {r[2]}"
        r = s.execute(select(LibraryStaffPatron.code, LibraryStaffPatron.full_name)
                      .where(LibraryStaffPatron.id == hold.staff_id)).one()
        return r[0], r[1]

    # --- holds ---------------------------------------------------------------------------------
    def place_hold(self, patron_code: str, title_id: int) -> HoldInfo:
        self.require(Perm.LIBRARY_CIRCULATE)
        with self.write() as s:
            p = self._patron(s, patron_code)
            if not p.active:
                raise ConflictError(f"{p.name} ({p.code}) is not an active borrower", code="patron_inactive")
            title = s.get(LibraryTitle, title_id)
            if title is None:
                raise NotFound(f"No catalogue title with id {title_id}")
            if s.scalar(select(Hold.id).where(Hold.title_id == title_id, Hold.status.in_(("waiting", "ready")),
                                              p.hold_filter())):
                raise ConflictError(f"{p.name} already holds '{title.title}'", code="hold_exists")
            if s.scalar(select(Loan.id).join(LibraryCopy).where(LibraryCopy.title_id == title_id,
                                                                 Loan.open.is_(True), p.loan_filter())):
                raise ConflictError(f"{p.name} already has '{title.title}' on loan", code="hold_own_loan")
            h = Hold(title_id=title_id, trainee_id=p.id if p.category == "trainee" else None,
                     staff_id=p.id if p.category == "staff" else None, placed_at=self.ctx.clock.now(),
                     status="waiting")
            s.add(h)
            s.flush()
            position = s.scalar(select(func.count()).where(Hold.title_id == title_id, Hold.status == "waiting",
                                                           Hold.id <= h.id)) or 1
            return HoldInfo(h.id, title.title, p.code, p.name, h.status, position, h.placed_at)

    def holds(self, title_id: int | None = None) -> list[HoldInfo]:
        self.require(Perm.LIBRARY_READ)
        q = select(Hold, LibraryTitle.title).join(LibraryTitle).where(Hold.status.in_(("waiting", "ready")))
        if title_id is not None:
            q = q.where(Hold.title_id == title_id)
        out = []
        with self.read() as s:
            pos: dict[int, int] = {}
            for h, t in s.execute(q.order_by(Hold.title_id, Hold.placed_at, Hold.id)).all():
                pos[h.title_id] = pos.get(h.title_id, 0) + 1
                code, name = self._hold_patron(s, h)
                out.append(HoldInfo(h.id, t, code, name, h.status, pos[h.title_id], h.placed_at))
        return out

    def cancel_hold(self, hold_id: int) -> None:
        self.require(Perm.LIBRARY_CIRCULATE)
        with self.write() as s:
            h = s.get(Hold, hold_id)
            if h is None or h.status not in ("waiting", "ready"):
                raise NotFound(f"No open hold with id {hold_id}")
            if h.status == "ready" and h.copy_id:
                c = s.get(LibraryCopy, h.copy_id)
                if c is not None and c.status == "on_hold":
                    c.status = "available"
            h.status = "cancelled"

    # --- lists ---------------------------------------------------------------------------------
    def _loans(self, s: Session, where: list[Any], today: dt.date, limit: int | None = None) -> list[LoanInfo]:
        q = (select(Loan.id, LibraryCopy.barcode, LibraryTitle.title, Trainee.matricule, Trainee.last_name,
                    Trainee.first_name, LibraryStaffPatron.code, LibraryStaffPatron.full_name, Loan.patron_category,
                    Loan.checked_out_at, Loan.due_on, Loan.returned_at, Loan.renewals)
             .join(LibraryCopy, LibraryCopy.id == Loan.copy_id).join(LibraryTitle, LibraryTitle.id == LibraryCopy.title_id)
             .outerjoin(Trainee, Trainee.id == Loan.trainee_id)
             .outerjoin(LibraryStaffPatron, LibraryStaffPatron.id == Loan.staff_id)
             .where(*where).order_by(Loan.due_on, Loan.id))
        if limit:
            q = q.limit(limit)
        out = []
        for r in s.execute(q):
            code = r[3] or r[6] or ""
            name = f"{r[4]} {r[5]}" if r[3] else (r[7] or "")
            late = rules.overdue_days(r[10], today) if r[11] is None else 0
            out.append(LoanInfo(r[0], r[1], r[2], code, name, r[8], r[9], r[10], r[11], r[12], late))
        return out

    def overdue(self) -> list[LoanInfo]:
        self.require(Perm.LIBRARY_READ)
        today = self.ctx.clock.today()
        with self.read() as s:
            return self._loans(s, [Loan.open.is_(True), Loan.due_on < today], today)

    def open_loans(self) -> list[LoanInfo]:
        self.require(Perm.LIBRARY_READ)
        today = self.ctx.clock.today()
        with self.read() as s:
            return self._loans(s, [Loan.open.is_(True)], today)

    def counts(self) -> dict[str, int]:
        self.require(Perm.LIBRARY_READ)
        today = self.ctx.clock.today()
        with self.read() as s:
            out = s.scalar(select(func.count()).select_from(Loan).where(Loan.open.is_(True))) or 0
            late = s.scalar(select(func.count()).select_from(Loan).where(Loan.open.is_(True),
                                                                         Loan.due_on < today)) or 0
            copies = s.scalar(select(func.count()).select_from(LibraryCopy)) or 0
            holds = s.scalar(select(func.count()).select_from(Hold).where(Hold.status.in_(("waiting", "ready")))) or 0
        return {"loans_out": out, "overdue": late, "copies": copies, "holds": holds}

    # --- clearance -----------------------------------------------------------------------------
    def clearance(self, trainee_id: int, *, cancel_holds: bool = False) -> Clearance:
        """'No dues': cleared when nothing is out. Residence and registry call it at leaving/graduation."""
        self.require(Perm.LIBRARY_READ)
        if cancel_holds:
            self.require(Perm.LIBRARY_CIRCULATE)
        today = self.ctx.clock.today()
        with (self.write() if cancel_holds else self.read()) as s:
            t = s.execute(select(Trainee.matricule, Trainee.last_name, Trainee.first_name)
                          .where(Trainee.id == trainee_id)).first()
            if t is None:
                raise NotFound(f"No trainee with id {trainee_id}")
            loans = self._loans(s, [Loan.trainee_id == trainee_id, Loan.open.is_(True)], today)
            cancelled = 0
            if cancel_holds:
                for h in s.scalars(select(Hold).where(Hold.trainee_id == trainee_id,
                                                      Hold.status.in_(("waiting", "ready")))):
                    if h.status == "ready" and h.copy_id:
                        c = s.get(LibraryCopy, h.copy_id)
                        if c is not None and c.status == "on_hold":
                            c.status = "available"
                    h.status = "cancelled"
                    cancelled += 1
        return Clearance(trainee_id, t[0], f"{t[1]} {t[2]}", not loans, tuple(loans), cancelled)

    # --- stocktake -----------------------------------------------------------------------------
    def stocktake(self, barcodes: Iterable[str], location: str | None = None) -> StocktakeResult:
        """Compare scanned codes with the catalogue; mark scanned copies as seen today."""
        self.require(Perm.LIBRARY_CATALOGUE)
        scanned = [b for b in barcodes if b and b.strip()]
        location = location.strip() if location else None
        today = self.ctx.clock.today()
        with self.write() as s:
            rows = s.execute(select(LibraryCopy.id, LibraryCopy.barcode, LibraryTitle.title,
                                    LibraryCopy.shelf_location, LibraryCopy.status).join(LibraryTitle)
                             .where(LibraryCopy.status.not_in(("withdrawn", "lost")))).all()
            info = {r[1]: CopyInfo(*r) for r in rows}
            all_copies = {r[1]: (r[3], r[4]) for r in rows}
            expected = {r[1]: r[4] for r in rows if location is None or r[3] == location}
            res = rules.stocktake(scanned, expected, all_copies, location)
            seen_ids = [info[c].id for c in res.seen]
            for chunk in range(0, len(seen_ids), 500):
                s.execute(update(LibraryCopy).where(LibraryCopy.id.in_(seen_ids[chunk:chunk + 500]))
                          .values(last_seen_on=today).execution_options(synchronize_session=False))
        return StocktakeResult(location, len(scanned), len(res.seen), tuple(info[c] for c in res.missing),
                               tuple(info[c] for c in res.out_of_place),
                               tuple(info[c] for c in res.on_loan_but_scanned), tuple(res.unknown))

    # --- import / export / reports -------------------------------------------------------------
    def import_catalogue(self, path: str | os.PathLike[str], *, progress: ProgressReporter = NULL_PROGRESS,
                         cancel: CancelToken = NEVER) -> CatalogueImportResult:
        """Titre, Auteurs, ISBN, Langue, Sujet, Exemplaires (+ Type, Cote). All-or-nothing."""
        from cmc_desktop.excel.reader import is_formula, read_sheet

        self.require(Perm.LIBRARY_CATALOGUE)
        spec = {"title": ("Titre", "Title"), "authors": ("Auteurs", "Auteur", "Authors"), "isbn": ("ISBN",),
                "language": ("Langue", "Language"), "subject": ("Sujet", "Subject"),
                "copies": ("Exemplaires", "Copies", "Nombre d'exemplaires"), "item_type": ("Type",),
                "shelf": ("Cote", "Emplacement", "Shelf")}
        sheet = read_sheet(path, spec, required=("title", "authors", "isbn", "language", "subject", "copies"))
        errors: list[str] = []
        parsed: list[dict[str, Any]] = []
        for row_no, v in sheet.rows:
            col = sheet.headers
            for key, value in v.items():
                if is_formula(value):
                    errors.append(f"row {row_no}, column {col[key]}: formulas are not accepted")
            title = str(v.get("title") or "").strip()
            if not title:
                errors.append(f"row {row_no}, column {col['title']}: the title is empty")
            isbn_raw = v.get("isbn")
            isbn = rules.normalize_isbn(isbn_raw)
            if isbn_raw not in (None, "") and (problem := rules.isbn_problem(isbn_raw)):
                errors.append(f"row {row_no}, column {col['isbn']}: invalid ISBN {problem}")
            try:
                n = int(float(v.get("copies") if v.get("copies") not in (None, "") else 1))
                if not 0 <= n <= 500:
                    raise ValueError
            except (TypeError, ValueError):
                errors.append(f"row {row_no}, column {col['copies']}: '{v.get('copies')}' is not a number of "
                              "copies (0 to 500)")
                n = 0
            kind = "book"
            if v.get("item_type") not in (None, ""):
                try:
                    kind = _item_type(v.get("item_type"))
                except ValueError as exc:
                    errors.append(f"row {row_no}, column {col['item_type']}: {exc}")
            parsed.append({"title": title, "authors": str(v.get("authors") or "").strip(), "isbn": isbn,
                           "language": str(v.get("language") or "").strip(),
                           "subject": str(v.get("subject") or "").strip(), "copies": n, "item_type": kind,
                           "shelf": str(v.get("shelf") or "").strip()})
        if errors:
            raise ValidationError(f"{Path(path).name}: nothing was imported; {len(errors)} problem(s): "
                                  + "; ".join(errors[:20]) + (" …" if len(errors) > 20 else ""),
                                  code="import_rows", errors=[("", e) for e in errors])
        created = extended = n_copies = 0
        codes: list[str] = []
        with self.write() as s:
            by_isbn: dict[str, int] = {}
            isbns = [p["isbn"] for p in parsed if p["isbn"]]
            for chunk in range(0, len(isbns), 500):
                for tid, isbn in s.execute(select(LibraryTitle.id, LibraryTitle.isbn)
                                           .where(LibraryTitle.isbn.in_(isbns[chunk:chunk + 500]))):
                    by_isbn[isbn] = tid
            for i, p in enumerate(parsed):
                tid = by_isbn.get(p["isbn"]) if p["isbn"] else None
                if tid is None:
                    t = LibraryTitle(title=p["title"], authors=p["authors"], isbn=p["isbn"] or None,
                                     language=p["language"], subject=p["subject"], item_type=p["item_type"],
                                     search_key=search_key(p["title"], p["authors"], p["isbn"], p["subject"]))
                    s.add(t)
                    s.flush()
                    tid = t.id
                    created += 1
                    if p["isbn"]:
                        by_isbn[p["isbn"]] = tid
                else:
                    extended += 1
                codes.extend(self._make_copies(s, tid, p["copies"], p["shelf"]))
                n_copies += p["copies"]
                if i % 200 == 0:
                    cancel.check()
                    progress(i, len(parsed), "")
        return CatalogueImportResult(created, extended, n_copies, tuple(codes))

    def labels_pdf(self, out: str | os.PathLike[str], *, barcodes: Sequence[str] | None = None,
                   title_id: int | None = None) -> Path:
        """A4 sheet of 3 × 8 labels: Code 128 barcode, the code in clear, title and shelf."""
        from cmc_desktop.library.reports import label_sheet

        self.require(Perm.LIBRARY_READ)
        copies = self.copies(title_id=title_id, barcodes=barcodes)
        if not copies:
            raise ValidationError("There are no copies to label", code="nothing")
        return label_sheet(out, copies, city_line=self._city_line())

    def reminders_pdf(self, out: str | os.PathLike[str]) -> Path:
        """One reminder letter per borrower with overdue items."""
        from cmc_desktop.library.reports import reminder_letters

        self.require(Perm.LIBRARY_READ)
        late = self.overdue()
        if not late:
            raise ValidationError("No item is overdue: there is no reminder to print", code="nothing")
        return reminder_letters(out, late, today=self.ctx.clock.today(), city_line=self._city_line())

    def _city_line(self) -> str:
        return f"CMC {self.ctx.setting('city.region_code', '') or ''}".strip()

    def export_loans(self, out: str | os.PathLike[str], *, open_only: bool = False,
                     progress: ProgressReporter = NULL_PROGRESS, cancel: CancelToken = NEVER) -> Path:
        from cmc_desktop.excel.writer import write_table

        self.require(Perm.LIBRARY_READ)
        today = self.ctx.clock.today()
        with self.read() as s:
            loans = self._loans(s, [Loan.open.is_(True)] if open_only else [], today)
        rows = ([ln.barcode, ln.title, ln.patron_code, ln.patron_name, ln.patron_category,
                 ln.checked_out_at.astimezone(CITY_TZ).replace(tzinfo=None), ln.due_on,
                 ln.returned_at.astimezone(CITY_TZ).replace(tzinfo=None) if ln.returned_at else None,
                 ln.renewals, ln.overdue_days] for ln in loans)
        return write_table(out, ["Barcode", "Title", "Card", "Borrower", "Category", "Checked out", "Due",
                                 "Returned", "Renewals", "Days overdue"], rows, sheet_title="Loans",
                           total=len(loans), progress=progress, cancel=cancel,
                           widths=[16, 40, 16, 28, 10, 18, 12, 18, 10, 12])


def trainee_has_dues(ctx: Any, trainee_id: int) -> bool:
    """For other areas (residence check-out, graduation): True while library items are out."""
    with ctx.read_sf() as s:
        return bool(s.scalar(select(func.count()).select_from(Loan)
                             .where(Loan.trainee_id == trainee_id, Loan.open.is_(True))))


def trainee_items_out(ctx: Any, trainee_id: int) -> int:
    """How many library items the trainee still has on loan (0: cleared)."""
    with ctx.read_sf() as s:
        return int(s.scalar(select(func.count()).select_from(Loan)
                            .where(Loan.trainee_id == trainee_id, Loan.open.is_(True))) or 0)


__all__ = ["LibraryService", "trainee_has_dues", "trainee_items_out"]
