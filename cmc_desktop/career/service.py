"""Career centre use cases: graduate follow-up, insertion report, appointments, notes, offers."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from cmc_desktop.career import rules
from cmc_desktop.career.dto import (
    ApplicationInfo,
    AppointmentInfo,
    CounsellorInfo,
    GraduateInfo,
    InsertionReport,
    InsertionRow,
    NoteInfo,
    ProjectInfo,
    SurveyInfo,
    TraineeHistory,
)
from cmc_desktop.db.models import CalendarDay, Enrolment, Group, Programme, Sector, Trainee
from cmc_desktop.db.models.career import (
    APPLICATION_STATUSES,
    Application,
    Appointment,
    CounsellingNote,
    Counsellor,
    CounsellorBlock,
    CoworkingSession,
    Employer,
    GraduateSurvey,
    Milestone,
    Offer,
    Project,
)
from cmc_desktop.errors import ConflictError, NotFound, ValidationError
from cmc_desktop.progress import NEVER, NULL_PROGRESS, CancelToken, ProgressReporter
from cmc_desktop.security.permissions import Perm
from cmc_desktop.services import Service

LEVEL_LABELS = {"Q": "Qualification", "T": "Technicien", "TS": "Technicien Spécialisé", "SPEC": "Spécialisation",
                "CERT": "Certificat"}


def _trainee(s: Session, matricule: str) -> tuple[int, str, str]:
    row = s.execute(select(Trainee.id, Trainee.matricule, Trainee.last_name, Trainee.first_name)
                    .where(Trainee.matricule == (matricule or "").strip())).first()
    if row is None:
        raise NotFound(f"No trainee has the matricule {matricule}")
    return row[0], row[1], f"{row[2]} {row[3]}"


class CareerService(Service):
    # --- graduate follow-up --------------------------------------------------------------------
    def record_survey(self, matricule: str, wave: int, outcome: str, surveyed_on: dt.date | None = None,
                      employer_name: str = "") -> SurveyInfo:
        """Create or correct the answer of a graduate's survey wave (9 or 36 months)."""
        self.require(Perm.CAREER_EDIT)
        if wave not in rules.WAVES:
            raise ValidationError(f"The follow-up surveys are at 9 and 36 months, not {wave}", errors=[("wave", "")])
        if outcome not in rules.OUTCOMES:
            raise ValidationError(f"'{outcome}' is not an outcome ({', '.join(rules.OUTCOMES)})",
                                  errors=[("outcome", "")])
        surveyed_on = surveyed_on or self.ctx.clock.today()
        with self.write() as s:
            tid, mat, name = _trainee(s, matricule)
            enr = s.execute(select(Enrolment.id, Enrolment.ended_on).where(
                Enrolment.trainee_id == tid, Enrolment.status == "graduated").order_by(Enrolment.ended_on.desc())
            ).first()
            if enr is None or enr[1] is None:
                raise ValidationError(f"{name} ({mat}) has no graduation on record: only graduates are surveyed")
            due = rules.wave_due_on(enr[1], wave)
            if surveyed_on < due - dt.timedelta(days=31):
                raise ValidationError(f"The {wave}-month survey of {name} is due from {due:%d/%m/%Y} "
                                      f"(graduated {enr[1]:%d/%m/%Y})", errors=[("surveyed_on", "")])
            sv = s.scalar(select(GraduateSurvey).where(GraduateSurvey.enrolment_id == enr[0],
                                                       GraduateSurvey.wave == wave))
            if sv is None:
                sv = GraduateSurvey(enrolment_id=enr[0], trainee_id=tid, wave=wave)
                s.add(sv)
            sv.outcome, sv.surveyed_on = outcome, surveyed_on
            sv.employer_name = employer_name.strip() or None
            s.flush()
            return SurveyInfo(sv.id, enr[0], mat, name, wave, outcome, surveyed_on, employer_name.strip())

    def graduates(self, *, wave: int | None = None, unanswered_only: bool = False,
                  limit: int = 100_000) -> list[GraduateInfo]:
        """Graduates (newest first); with ``wave``, only those due for it, and optionally unanswered."""
        self.require(Perm.CAREER_READ)
        s9 = select(GraduateSurvey.outcome).where(GraduateSurvey.enrolment_id == Enrolment.id,
                                                  GraduateSurvey.wave == 9).scalar_subquery()
        s36 = select(GraduateSurvey.outcome).where(GraduateSurvey.enrolment_id == Enrolment.id,
                                                   GraduateSurvey.wave == 36).scalar_subquery()
        q = (select(Enrolment.id, Trainee.id, Trainee.matricule, Trainee.last_name, Trainee.first_name,
                    Programme.code, Enrolment.ended_on, s9, s36)
             .join(Trainee, Trainee.id == Enrolment.trainee_id).join(Group, Group.id == Enrolment.group_id)
             .join(Programme, Programme.id == Group.programme_id)
             .where(Enrolment.status == "graduated", Enrolment.ended_on.is_not(None))
             .order_by(Enrolment.ended_on.desc(), Trainee.last_name).limit(limit))
        if wave is not None:
            q = q.where(Enrolment.ended_on <= rules.graduation_cutoff(self.ctx.clock.today(), wave))
            if unanswered_only:
                q = q.where((s9 if wave == 9 else s36).is_(None))
        with self.read() as s:
            return [GraduateInfo(r[0], r[1], r[2], f"{r[3]} {r[4]}", r[5], r[6], r[7], r[8]) for r in s.execute(q)]

    def insertion_report(self, wave: int = 9, *, cohort_from: dt.date | None = None,
                         cohort_to: dt.date | None = None) -> InsertionReport:
        """Insertion and knowledge rates per programme, sector and level, aggregated in SQL."""
        self.require(Perm.CAREER_READ)
        if wave not in rules.WAVES:
            raise ValidationError(f"The follow-up surveys are at 9 and 36 months, not {wave}")
        cutoff = rules.graduation_cutoff(self.ctx.clock.today(), wave)
        if cohort_to is not None:
            cutoff = min(cutoff, cohort_to)
        o = GraduateSurvey.outcome
        known = case((and_(o.is_not(None), o != "unknown"), 1), else_=0)
        q = (select(Programme.code, Programme.label_fr, Programme.level, Sector.code, Sector.name_fr,
                    func.count(Enrolment.id), func.sum(known),
                    func.sum(case((o.in_(tuple(rules.INSERTED)), 1), else_=0)),
                    func.sum(case((o == "further_study", 1), else_=0)),
                    func.sum(case((o == "seeking", 1), else_=0)))
             .select_from(Enrolment).join(Group, Group.id == Enrolment.group_id)
             .join(Programme, Programme.id == Group.programme_id).join(Sector, Sector.id == Programme.sector_id)
             .outerjoin(GraduateSurvey, and_(GraduateSurvey.enrolment_id == Enrolment.id, GraduateSurvey.wave == wave))
             .where(Enrolment.status == "graduated", Enrolment.ended_on <= cutoff)
             .group_by(Programme.code, Programme.label_fr, Programme.level, Sector.code, Sector.name_fr)
             .order_by(Programme.code))
        if cohort_from is not None:
            q = q.where(Enrolment.ended_on >= cohort_from)
        with self.read() as s:
            raw = s.execute(q).all()
        by_prog: list[tuple[tuple[str, str], rules.RateCounts]] = []
        by_sector: dict[tuple[str, str], rules.RateCounts] = {}
        by_level: dict[tuple[str, str], rules.RateCounts] = {}
        total = rules.RateCounts()
        for code, label, level, sec_code, sec_name, g, k, i, f, sk in raw:
            c = rules.RateCounts(int(g or 0), int(k or 0), int(i or 0), int(f or 0), int(sk or 0))
            by_prog.append(((code, f"{label} ({level})"), c))
            by_sector[(sec_code, sec_name)] = by_sector.get((sec_code, sec_name), rules.RateCounts()) + c
            lvl = (level, LEVEL_LABELS.get(level, level))
            by_level[lvl] = by_level.get(lvl, rules.RateCounts()) + c
            total = total + c

        def row(dim: str, key: str, label: str, c: rules.RateCounts) -> InsertionRow:
            return InsertionRow(dim, key, label, c.graduates, c.known, c.inserted, c.further_study, c.seeking,
                                c.knowledge_rate, c.insertion_rate, c.knowledge_ok)

        rows = [row("programme", k, lbl, c) for (k, lbl), c in by_prog]
        rows += [row("sector", k, lbl, c) for (k, lbl), c in sorted(by_sector.items())]
        rows += [row("level", k, lbl, c) for (k, lbl), c in sorted(by_level.items())]
        rows.append(row("total", "", "All graduates", total))
        return InsertionReport(wave, cutoff, tuple(rows))

    def insertion_report_file(self, out: str | os.PathLike[str], *, progress: ProgressReporter = NULL_PROGRESS,
                              cancel: CancelToken = NEVER) -> Path:
        """``report insertion --out FILE.xlsx|.pdf``: both waves, per programme, sector and level."""
        from cmc_desktop.career.reports import insertion_pdf, insertion_xlsx

        self.require(Perm.CAREER_READ)
        path = Path(out)
        if path.suffix.lower() not in (".xlsx", ".pdf"):
            raise ValidationError(f"{path.name}: the insertion report is written as .xlsx or .pdf")
        reports = []
        for n, wave in enumerate(rules.WAVES):
            progress(n, len(rules.WAVES), f"{wave} months")
            cancel.check()
            reports.append(self.insertion_report(wave))
        city = self.ctx.setting("city.region_code", "") or ""
        if path.suffix.lower() == ".xlsx":
            return insertion_xlsx(path, reports)
        return insertion_pdf(path, reports, city_line=f"CMC {city}".strip(), today=self.ctx.clock.today())

    def insertion_rate(self, wave: int = 9) -> tuple[float | None, float | None]:
        """(insertion rate, knowledge rate) of all due graduates, for the dashboard."""
        t = self.insertion_report(wave).total()
        return t.insertion_rate, t.knowledge_rate

    # --- counsellors and appointments ----------------------------------------------------------
    def add_counsellor(self, username: str, full_name: str, slot_minutes: int = 30) -> CounsellorInfo:
        self.require(Perm.CAREER_EDIT)
        if slot_minutes not in (15, 20, 30, 45, 60):
            raise ValidationError("A slot lasts 15, 20, 30, 45 or 60 minutes", errors=[("slot_minutes", "")])
        with self.write() as s:
            if s.scalar(select(Counsellor.id).where(Counsellor.username == username)):
                raise ConflictError(f"{username} is already a counsellor")
            c = Counsellor(username=username.strip(), full_name=full_name.strip(), slot_minutes=slot_minutes)
            s.add(c)
            s.flush()
            return CounsellorInfo(c.id, c.username, c.full_name, c.slot_minutes)

    def add_block(self, counsellor_id: int, weekday: int, starts: dt.time, ends: dt.time) -> None:
        self.require(Perm.CAREER_EDIT)
        if not 0 <= weekday <= 6 or ends <= starts:
            raise ValidationError("An opening block needs a weekday (0 = Monday) and an end after its start")
        with self.write() as s:
            if s.get(Counsellor, counsellor_id) is None:
                raise NotFound(f"No counsellor with id {counsellor_id}")
            for b in s.scalars(select(CounsellorBlock).where(CounsellorBlock.counsellor_id == counsellor_id,
                                                             CounsellorBlock.weekday == weekday)):
                if starts < b.ends and b.starts < ends:
                    raise ConflictError(f"This block overlaps the block {b.starts:%H:%M}–{b.ends:%H:%M}")
            s.add(CounsellorBlock(counsellor_id=counsellor_id, weekday=weekday, starts=starts, ends=ends))

    def counsellors(self) -> list[CounsellorInfo]:
        self.require(Perm.CAREER_READ)
        with self.read() as s:
            return [CounsellorInfo(c.id, c.username, c.full_name, c.slot_minutes)
                    for c in s.scalars(select(Counsellor).where(Counsellor.active.is_(True)).order_by(Counsellor.full_name))]

    def _slot_context(self, s: Session, counsellor_id: int, day: dt.date, exclude: int | None = None):  # noqa: ANN202
        c = s.get(Counsellor, counsellor_id)
        if c is None:
            raise NotFound(f"No counsellor with id {counsellor_id}")
        blocks = [(b.weekday, b.starts, b.ends) for b in
                  s.scalars(select(CounsellorBlock).where(CounsellorBlock.counsellor_id == counsellor_id))]
        q = select(Appointment.starts, Appointment.ends).where(
            Appointment.counsellor_id == counsellor_id, Appointment.day == day, Appointment.status != "cancelled")
        if exclude is not None:
            q = q.where(Appointment.id != exclude)
        taken = [tuple(r) for r in s.execute(q)]
        closed = list(s.scalars(select(CalendarDay.day).where(CalendarDay.day == day)))
        return c, blocks, taken, closed

    def free_slots(self, counsellor_id: int, day: dt.date) -> list[dt.time]:
        self.require(Perm.CAREER_READ)
        with self.read() as s:
            c, blocks, taken, closed = self._slot_context(s, counsellor_id, day)
        if closed or day < self.ctx.clock.today():
            return []
        return rules.free_slots(day, blocks, taken, c.slot_minutes)

    def book(self, counsellor_id: int, matricule: str, day: dt.date, starts: dt.time, *, minutes: int | None = None,
             topic: str = "", channel: str = "staff") -> AppointmentInfo:
        """Every booking, by a trainee or entered by staff, goes through the same slot validation."""
        self.require(Perm.CAREER_EDIT)
        if channel not in ("staff", "trainee"):
            raise ValidationError(f"Unknown booking channel '{channel}'")
        with self.write() as s:
            c, blocks, taken, closed = self._slot_context(s, counsellor_id, day)
            minutes = minutes or c.slot_minutes
            problem = rules.slot_problem(day, starts, minutes, blocks, taken, c.slot_minutes,
                                         today=self.ctx.clock.today(), closed=closed)
            if problem:
                raise ConflictError(f"Cannot book {c.full_name}: {problem}", code="slot")
            tid, mat, name = _trainee(s, matricule)
            clash = s.scalar(select(Appointment.id).where(Appointment.trainee_id == tid, Appointment.day == day,
                                                          Appointment.status != "cancelled",
                                                          Appointment.starts < rules.end_time(starts, minutes),
                                                          Appointment.ends > starts))
            if clash:
                raise ConflictError(f"{name} already has an appointment at that time", code="slot")
            a = Appointment(counsellor_id=c.id, trainee_id=tid, day=day, starts=starts,
                            ends=rules.end_time(starts, minutes), topic=topic.strip(), status="booked",
                            booked_by=self.actor.label, channel=channel)
            s.add(a)
            s.flush()
            return AppointmentInfo(a.id, c.full_name, mat, name, day, a.starts, a.ends, a.topic, a.status,
                                   channel, a.booked_by)

    def set_appointment_status(self, appointment_id: int, status: str) -> None:
        self.require(Perm.CAREER_EDIT)
        if status not in ("booked", "done", "cancelled", "missed"):
            raise ValidationError(f"Unknown appointment status '{status}'")
        with self.write() as s:
            a = s.get(Appointment, appointment_id)
            if a is None:
                raise NotFound(f"No appointment with id {appointment_id}")
            if status == "booked" and a.status == "cancelled":
                c, blocks, taken, closed = self._slot_context(s, a.counsellor_id, a.day, exclude=a.id)
                minutes = (a.ends.hour * 60 + a.ends.minute) - (a.starts.hour * 60 + a.starts.minute)
                problem = rules.slot_problem(a.day, a.starts, minutes, blocks, taken, c.slot_minutes,
                                             today=self.ctx.clock.today(), closed=closed)
                if problem:
                    raise ConflictError(f"Cannot restore the appointment: {problem}", code="slot")
            a.status = status

    def appointments(self, day_from: dt.date, day_to: dt.date, counsellor_id: int | None = None,
                     trainee_id: int | None = None) -> list[AppointmentInfo]:
        self.require(Perm.CAREER_READ)
        with self.read() as s:
            return self._appointments(s, day_from, day_to, counsellor_id, trainee_id)

    def _appointments(self, s: Session, day_from: dt.date | None, day_to: dt.date | None,
                      counsellor_id: int | None, trainee_id: int | None) -> list[AppointmentInfo]:
        q = (select(Appointment, Counsellor.full_name, Trainee.matricule, Trainee.last_name, Trainee.first_name)
             .join(Counsellor, Counsellor.id == Appointment.counsellor_id)
             .join(Trainee, Trainee.id == Appointment.trainee_id).order_by(Appointment.day, Appointment.starts))
        if day_from is not None:
            q = q.where(Appointment.day >= day_from)
        if day_to is not None:
            q = q.where(Appointment.day <= day_to)
        if counsellor_id is not None:
            q = q.where(Appointment.counsellor_id == counsellor_id)
        if trainee_id is not None:
            q = q.where(Appointment.trainee_id == trainee_id)
        return [AppointmentInfo(a.id, cn, m, f"{ln} {fn}", a.day, a.starts, a.ends, a.topic, a.status, a.channel,
                                a.booked_by) for a, cn, m, ln, fn in s.execute(q)]

    # --- counselling notes (counsellors only) --------------------------------------------------
    def add_note(self, matricule: str, body: str) -> NoteInfo:
        self.require(Perm.COUNSELLING_NOTES)
        if not body.strip():
            raise ValidationError("The note is empty", errors=[("body", "required")])
        with self.write() as s:
            tid, _, _ = _trainee(s, matricule)
            n = CounsellingNote(trainee_id=tid, author=self.actor.label, written_at=self.ctx.clock.now(),
                                body=body.strip())
            s.add(n)
            s.flush()
            return NoteInfo(n.id, n.author, n.written_at, n.body)

    def notes(self, matricule: str) -> list[NoteInfo]:
        self.require(Perm.COUNSELLING_NOTES)
        with self.read() as s:
            tid, _, _ = _trainee(s, matricule)
            return [NoteInfo(n.id, n.author, n.written_at, n.body) for n in
                    s.scalars(select(CounsellingNote).where(CounsellingNote.trainee_id == tid)
                              .order_by(CounsellingNote.written_at.desc()))]

    def history(self, matricule: str) -> TraineeHistory:
        self.require(Perm.CAREER_READ)
        with self.read() as s:
            tid, mat, name = _trainee(s, matricule)
            appts = self._appointments(s, None, None, None, tid)
            apps = self._applications(s, [Application.trainee_id == tid])
            surveys = [SurveyInfo(v.id, v.enrolment_id, mat, name, v.wave, v.outcome, v.surveyed_on,
                                  v.employer_name or "")
                       for v in s.scalars(select(GraduateSurvey).where(GraduateSurvey.trainee_id == tid)
                                          .order_by(GraduateSurvey.wave))]
        notes = tuple(self.notes(mat)) if self.actor.can(Perm.COUNSELLING_NOTES) else None
        return TraineeHistory(mat, name, tuple(appts), tuple(apps), tuple(surveys), notes)

    # --- employers, offers, applications -------------------------------------------------------
    def add_employer(self, name: str, *, city: str = "", contact: str = "", sector_code: str | None = None,
                     vetted: bool = False) -> int:
        self.require(Perm.CAREER_EDIT)
        if not name.strip():
            raise ValidationError("The employer's name is required", errors=[("name", "required")])
        with self.write() as s:
            if s.scalar(select(Employer.id).where(func.lower(Employer.name) == name.strip().lower())):
                raise ConflictError(f"The employer {name} is already in the directory")
            sector_id = s.scalar(select(Sector.id).where(Sector.code == sector_code)) if sector_code else None
            e = Employer(name=name.strip(), city=city.strip(), contact=contact.strip(), sector_id=sector_id,
                         vetted=vetted)
            s.add(e)
            s.flush()
            return e.id

    def add_offer(self, employer_id: int, kind: str, title: str, *, programme_code: str | None = None,
                  closes_on: dt.date | None = None) -> int:
        self.require(Perm.CAREER_EDIT)
        if kind not in ("internship", "job"):
            raise ValidationError("An offer is an internship or a job", errors=[("kind", "")])
        today = self.ctx.clock.today()
        if closes_on is not None and closes_on < today:
            raise ValidationError(f"The closing date {closes_on:%d/%m/%Y} is in the past")
        with self.write() as s:
            e = s.get(Employer, employer_id)
            if e is None:
                raise NotFound(f"No employer with id {employer_id}")
            if not e.vetted:
                raise ConflictError(f"{e.name} has not been vetted yet: vet the employer before publishing offers")
            pid = s.scalar(select(Programme.id).where(Programme.code == programme_code)) if programme_code else None
            o = Offer(employer_id=employer_id, kind=kind, title=title.strip(), programme_id=pid, posted_on=today,
                      closes_on=closes_on)
            s.add(o)
            s.flush()
            return o.id

    def apply(self, offer_id: int, matricule: str) -> ApplicationInfo:
        self.require(Perm.CAREER_EDIT)
        today = self.ctx.clock.today()
        with self.write() as s:
            o = s.get(Offer, offer_id)
            if o is None:
                raise NotFound(f"No offer with id {offer_id}")
            if o.closes_on is not None and o.closes_on < today:
                raise ConflictError(f"The offer closed on {o.closes_on:%d/%m/%Y}")
            tid, _, name = _trainee(s, matricule)
            if s.scalar(select(Application.id).where(Application.offer_id == offer_id, Application.trainee_id == tid)):
                raise ConflictError(f"{name} has already applied to this offer")
            a = Application(offer_id=offer_id, trainee_id=tid, applied_on=today, status="submitted", status_on=today)
            s.add(a)
            s.flush()
            return self._applications(s, [Application.id == a.id])[0]

    def set_application_status(self, application_id: int, status: str) -> ApplicationInfo:
        self.require(Perm.CAREER_EDIT)
        if status not in APPLICATION_STATUSES:
            raise ValidationError(f"'{status}' is not an application status ({', '.join(APPLICATION_STATUSES)})")
        with self.write() as s:
            a = s.get(Application, application_id)
            if a is None:
                raise NotFound(f"No application with id {application_id}")
            a.status, a.status_on = status, self.ctx.clock.today()
            s.flush()
            return self._applications(s, [Application.id == a.id])[0]

    def _applications(self, s: Session, where: Sequence[Any]) -> list[ApplicationInfo]:
        q = (select(Application, Employer.name, Offer.title, Offer.kind, Trainee.matricule, Trainee.last_name,
                    Trainee.first_name)
             .join(Offer, Offer.id == Application.offer_id).join(Employer, Employer.id == Offer.employer_id)
             .join(Trainee, Trainee.id == Application.trainee_id).where(*where)
             .order_by(Application.status_on.desc(), Application.id))
        return [ApplicationInfo(a.id, en, ot, ok, m, f"{ln} {fn}", a.status, a.applied_on, a.status_on)
                for a, en, ot, ok, m, ln, fn in s.execute(q)]

    def applications(self, *, status: str | None = None) -> list[ApplicationInfo]:
        self.require(Perm.CAREER_READ)
        with self.read() as s:
            return self._applications(s, [Application.status == status] if status else [])

    def export_placements(self, out: str | os.PathLike[str]) -> Path:
        """Applications that ended in a placement, plus every application on a second sheet."""
        from cmc_desktop.excel.writer import write_table

        self.require(Perm.CAREER_READ)
        apps = self.applications()
        heads = ["Matricule", "Trainee", "Employer", "Offer", "Kind", "Status", "Applied on", "Status since"]

        def rows(items: list[ApplicationInfo]) -> list[list[Any]]:
            return [[a.matricule, a.trainee_name, a.employer, a.offer, a.kind, a.status, a.applied_on, a.status_on]
                    for a in items]

        return write_table(out, heads, rows([a for a in apps if a.status == "placed"]), sheet_title="Placements",
                           widths=[16, 28, 28, 32, 11, 11, 12, 12],
                           extra_sheets=[("Applications", heads, rows(apps))])


class EntrepreneurshipService(Service):
    """Project holders from idea to business plan to incubation to company, with milestones and
    the time they spend in the incubator's coworking space."""

    def start_project(self, matricule: str, name: str, *, mentor: str = "") -> ProjectInfo:
        self.require(Perm.CAREER_EDIT)
        if not name.strip():
            raise ValidationError("The project needs a name", errors=[("name", "required")])
        today = self.ctx.clock.today()
        with self.write() as s:
            tid, _, holder = _trainee(s, matricule)
            p = Project(trainee_id=tid, name=name.strip(), stage="idea", stage_since=today, mentor=mentor.strip())
            s.add(p)
            s.flush()
            s.add(Milestone(project_id=p.id, reached_on=today, stage="idea", note="Project registered"))
            s.flush()
            return self._info(s, p)

    def advance(self, project_id: int, stage: str, *, note: str = "", company_name: str = "") -> ProjectInfo:
        self.require(Perm.CAREER_EDIT)
        today = self.ctx.clock.today()
        with self.write() as s:
            p = s.get(Project, project_id)
            if p is None:
                raise NotFound(f"No project with id {project_id}")
            problem = rules.stage_problem(p.stage, stage)
            if problem:
                raise ConflictError(f"'{p.name}': {problem}", code="stage")
            if stage == "company_created" and not company_name.strip():
                raise ValidationError("Give the name of the company created", errors=[("company_name", "required")])
            p.stage, p.stage_since = stage, today
            if company_name.strip():
                p.company_name = company_name.strip()
            s.add(Milestone(project_id=p.id, reached_on=today, stage=stage, note=note.strip()))
            s.flush()
            return self._info(s, p)

    def add_coworking(self, project_id: int, day: dt.date, starts: dt.time, ends: dt.time,
                      booking_uuid: str | None = None) -> ProjectInfo:
        self.require(Perm.CAREER_EDIT)
        if ends <= starts:
            raise ValidationError("A coworking session ends after it starts")
        with self.write() as s:
            p = s.get(Project, project_id)
            if p is None:
                raise NotFound(f"No project with id {project_id}")
            if p.stage != "incubation":
                raise ConflictError(f"'{p.name}' is not in incubation: the coworking space serves incubated projects")
            clash = s.scalar(select(CoworkingSession.id).where(CoworkingSession.project_id == project_id,
                                                               CoworkingSession.day == day,
                                                               CoworkingSession.starts < ends,
                                                               CoworkingSession.ends > starts))
            if clash:
                raise ConflictError(f"'{p.name}' already has a coworking session then")
            s.add(CoworkingSession(project_id=project_id, day=day, starts=starts, ends=ends, booking_uuid=booking_uuid))
            s.flush()
            return self._info(s, p)

    def projects(self, *, stage: str | None = None) -> list[ProjectInfo]:
        self.require(Perm.CAREER_READ)
        with self.read() as s:
            q = select(Project).order_by(Project.stage_since.desc(), Project.id)
            if stage:
                q = q.where(Project.stage == stage)
            return [self._info(s, p) for p in s.scalars(q)]

    def pipeline(self) -> dict[str, int]:
        """How many projects sit at each stage (the funnel the incubator reports)."""
        self.require(Perm.CAREER_READ)
        with self.read() as s:
            counts = dict(s.execute(select(Project.stage, func.count()).group_by(Project.stage)).all())
        return {st: counts.get(st, 0) for st in (*rules.PROJECT_STAGES, "abandoned")}

    def _info(self, s: Session, p: Project) -> ProjectInfo:
        t = s.execute(select(Trainee.matricule, Trainee.last_name, Trainee.first_name)
                      .where(Trainee.id == p.trainee_id)).one()
        ms = tuple((m.reached_on, m.stage, m.note) for m in s.scalars(
            select(Milestone).where(Milestone.project_id == p.id).order_by(Milestone.reached_on, Milestone.id)))
        minutes = sum((e.hour * 60 + e.minute) - (b.hour * 60 + b.minute) for b, e in s.execute(
            select(CoworkingSession.starts, CoworkingSession.ends).where(CoworkingSession.project_id == p.id)))
        return ProjectInfo(p.id, t[0], f"{t[1]} {t[2]}", p.name, p.stage, p.stage_since, p.mentor,
                           p.company_name or "", ms, round(minutes / 60, 1))
