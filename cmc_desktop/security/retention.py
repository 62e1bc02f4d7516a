"""The retention rule (law 09-08: data is not kept forever).

Trainees whose every enrolment ended (dropped or graduated, with an ``ended_on``) more than N
years ago are anonymised: identity and contact fields are erased, the matricule is replaced, the
birth date keeps only its year. What statistics need stays: sex, birth year, group, programme,
enrolments and their statuses, locality and distance. Old audit entries about them have their
personal values erased too; the retention entry lists those entries, so ``audit verify`` still
proves the chain (see cmc_desktop/security/audit.py).
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import and_, case, func, select, update

from cmc_desktop.db.models import Enrolment, Trainee
from cmc_desktop.db.models.security import AuditEntry
from cmc_desktop.errors import ValidationError
from cmc_desktop.security import audit
from cmc_desktop.security.dto import RetentionCandidate, RetentionResult
from cmc_desktop.security.permissions import Perm
from cmc_desktop.services import Service

DEFAULT_YEARS = 5
YEARS_KEY = "retention.years"
ERASED = "[erased]"
# Trainee columns kept for statistics; every other column is erased or replaced.
KEPT = frozenset({"id", "uuid", "created_at", "updated_at", "updated_by", "version", "sex", "birth_date",
                  "home_locality", "distance_km", "remote_area", "bridging", "anonymised", "current_group_id",
                  "current_status", "matricule", "last_name", "first_name", "search_key"})
# Values in old audit entries that identify the person (others, such as a status, stay).
PERSONAL_AUDIT_FIELDS = frozenset({"matricule", "cin", "massar", "last_name", "first_name", "last_name_ar",
                                   "first_name_ar", "birth_date", "phone", "email", "address",
                                   "guardian_name", "guardian_phone", "special_needs", "name", "full_name"})


class RetentionService(Service):
    def years(self) -> int:
        self.require(Perm.RETENTION_APPLY)
        return self._years(None)

    def _years(self, years: int | None) -> int:
        if years is None:
            raw = self.ctx.setting(YEARS_KEY)
            years = int(raw) if raw and raw.isdigit() else DEFAULT_YEARS
        if years < 1:
            raise ValidationError("The retention period must be at least 1 year", errors=[("years", "min")])
        return years

    def _cutoff(self, years: int) -> dt.date:
        today = self.ctx.clock.today()
        try:
            return today.replace(year=today.year - years)
        except ValueError:  # 29 February
            return today.replace(year=today.year - years, day=28)

    def _candidates(self, s, cutoff: dt.date) -> list[RetentionCandidate]:  # noqa: ANN001
        still_running = func.sum(case((Enrolment.status.in_(("active", "suspended")), 1),
                                      (Enrolment.ended_on.is_(None), 1), else_=0))
        q = (select(Trainee.id, Trainee.matricule, func.max(Enrolment.ended_on))
             .join(Enrolment, Enrolment.trainee_id == Trainee.id)
             .where(Trainee.anonymised.is_(False))
             .group_by(Trainee.id, Trainee.matricule)
             .having(and_(still_running == 0, func.max(Enrolment.ended_on) < cutoff))
             .order_by(Trainee.id))
        return [RetentionCandidate(tid, mat, left) for tid, mat, left in s.execute(q)]

    def preview(self, years: int | None = None) -> RetentionResult:
        self.require(Perm.RETENTION_APPLY)
        years = self._years(years)
        cutoff = self._cutoff(years)
        with self.read() as s:
            return RetentionResult(years, cutoff, self._candidates(s, cutoff))

    def apply(self, years: int | None = None, *, dry_run: bool = False) -> RetentionResult:
        """Anonymise every candidate in one transaction (all or nothing)."""
        self.require(Perm.RETENTION_APPLY)
        if dry_run:
            return self.preview(years)
        years = self._years(years)
        cutoff = self._cutoff(years)
        with self.write() as s:
            cands = self._candidates(s, cutoff)
            if not cands:
                return RetentionResult(years, cutoff, [], applied=True)
            ids = [c.trainee_id for c in cands]
            old_entries: list[tuple[int, str]] = []
            for i in range(0, len(ids), 500):
                old_entries += list(s.execute(select(AuditEntry.id, AuditEntry.changes).where(
                    AuditEntry.subject_id.in_(ids[i:i + 500]), AuditEntry.redacted_by.is_(None))))
            s.info["audit_anonymise"] = True
            for i in range(0, len(ids), 500):
                for t in s.scalars(select(Trainee).where(Trainee.id.in_(ids[i:i + 500]))):
                    _anonymise(t)
            s.flush()
            s.info["audit_anonymise"] = False
            redacted_ids = sorted(e for e, _ in old_entries)
            rid = audit.append(s, "retention", "trainees",
                               {"trainees": [None, len(ids)], "years": [None, years],
                                "cutoff": [None, cutoff.isoformat()], "redacted_entries": redacted_ids},
                               at=self.ctx.clock.now(), area="registry")
            for eid, changes in old_entries:
                s.execute(update(AuditEntry).where(AuditEntry.id == eid)
                          .values(changes=_redact(changes), redacted_by=rid))
            return RetentionResult(years, cutoff, cands, applied=True, redacted_entries=len(redacted_ids))


def _anonymise(t: Trainee) -> None:
    for col in Trainee.__table__.columns:
        if col.key not in KEPT and col.nullable:
            setattr(t, col.key, None)
    t.matricule = f"ANON{t.id:09d}"[:13]
    t.last_name = "ANONYMISED"
    t.first_name = "-"
    t.search_key = ""
    t.birth_date = dt.date(t.birth_date.year, 7, 1)
    t.anonymised = True


def _redact(changes: str) -> str:
    try:
        data = json.loads(changes)
    except ValueError:
        return audit.canonical({"erased": [None, ERASED]})
    if not isinstance(data, dict):
        return audit.canonical({"erased": [None, ERASED]})
    out = {}
    for key, pair in data.items():
        if key in PERSONAL_AUDIT_FIELDS and isinstance(pair, list):
            out[key] = [None if v is None else ERASED for v in pair]
        else:
            out[key] = pair
    return audit.canonical(out)
