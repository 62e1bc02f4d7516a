"""Language centre use cases: languages and CEFR bands, placement tests, level groups, attendance."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cmc_desktop.db.models import Group, Programme, Trainee
from cmc_desktop.db.models.language import (
    Attendance,
    CefrBand,
    GroupMember,
    LangSession,
    Language,
    LevelGroup,
    PlacementAttempt,
)
from cmc_desktop.errors import ConflictError, NotFound, ValidationError
from cmc_desktop.language import rules
from cmc_desktop.language.dto import (
    LanguageInfo,
    LevelGroupInfo,
    MemberAttendance,
    PlacementImportResult,
    PlacementInfo,
    SessionInfo,
)
from cmc_desktop.progress import NEVER, NULL_PROGRESS, CancelToken, ProgressReporter
from cmc_desktop.security.permissions import Perm
from cmc_desktop.services import Service
from cmc_desktop.text import fold


def _bands(s: Session, lang: Language) -> dict[str, float]:
    stored = dict(s.execute(select(CefrBand.level, CefrBand.min_score).where(CefrBand.language_id == lang.id)).all())
    if stored:
        return stored
    return {k: v * lang.max_score / 100 for k, v in rules.DEFAULT_BANDS.items()}


class LanguageService(Service):
    # --- languages and bands -------------------------------------------------------------------
    def add_language(self, code: str, name_fr: str, name_en: str, name_ar: str, *, max_score: float = 100,
                     min_attendance: float = 0.8, absence_streak_alert: int = 3) -> LanguageInfo:
        self.require(Perm.LANGUAGE_EDIT)
        code = code.strip().lower()
        if not (2 <= len(code) <= 3 and code.isalpha()):
            raise ValidationError(f"'{code}' is not an ISO 639 code (2 or 3 letters)", errors=[("code", "")])
        if not all(n.strip() for n in (name_fr, name_en, name_ar)):
            raise ValidationError("A language needs its French, English and Arabic names", errors=[("name", "")])
        if not 0 < min_attendance <= 1:
            raise ValidationError("The minimum attendance is a share between 0 and 1", errors=[("min_attendance", "")])
        with self.write() as s:
            if s.scalar(select(Language.id).where(Language.code == code)):
                raise ConflictError(f"The language {code} already exists")
            lang = Language(code=code, name_fr=name_fr.strip(), name_en=name_en.strip(), name_ar=name_ar.strip(),
                            max_score=max_score, min_attendance=min_attendance,
                            absence_streak_alert=absence_streak_alert)
            s.add(lang)
            s.flush()
            return self._info(s, lang)

    def _info(self, s: Session, lang: Language) -> LanguageInfo:
        b = _bands(s, lang)
        return LanguageInfo(lang.id, lang.code, lang.name_fr, lang.name_en, lang.name_ar, lang.max_score,
                            lang.min_attendance, lang.absence_streak_alert,
                            tuple((lvl, b[lvl]) for lvl in rules.CEFR_LEVELS))

    def languages(self) -> list[LanguageInfo]:
        self.require(Perm.LANGUAGE_READ)
        with self.read() as s:
            return [self._info(s, lang) for lang in s.scalars(select(Language).order_by(Language.name_fr))]

    def set_bands(self, language: str, bands: Mapping[str, float]) -> LanguageInfo:
        """Each language maps scores to CEFR levels its own way (adaptivequiz #35)."""
        self.require(Perm.LANGUAGE_EDIT)
        with self.write() as s:
            lang = self._language(s, language)
            problem = rules.band_problem(bands, lang.max_score)
            if problem:
                raise ValidationError(f"CEFR bands of {lang.name_en}: {problem}", errors=[("bands", problem)])
            existing = {b.level: b for b in s.scalars(select(CefrBand).where(CefrBand.language_id == lang.id))}
            for lvl in rules.CEFR_LEVELS:
                b = existing.get(lvl) or CefrBand(language_id=lang.id, level=lvl)
                b.min_score = float(bands[lvl])
                s.add(b)
            s.flush()
            return self._info(s, lang)

    def _language(self, s: Session, text: str | int) -> Language:
        """By id, ISO code, or name in French, English or Arabic (accents and case ignored)."""
        if isinstance(text, int):
            lang = s.get(Language, text)
            if lang is None:
                raise NotFound(f"No language with id {text}")
            return lang
        key = fold(str(text or ""))
        for lang in s.scalars(select(Language)):
            if key in (fold(lang.code), fold(lang.name_fr), fold(lang.name_en), fold(lang.name_ar)):
                return lang
        raise NotFound(f"'{text}' is not a language of the centre", code="unknown_language")

    # --- placement tests -----------------------------------------------------------------------
    def record_placement(self, matricule: str, language: str | int, score: float,
                         taken_on: dt.date | None = None) -> PlacementInfo:
        self.require(Perm.LANGUAGE_EDIT)
        taken_on = taken_on or self.ctx.clock.today()
        if taken_on > self.ctx.clock.today():
            raise ValidationError(f"The test date {taken_on:%d/%m/%Y} is in the future", errors=[("taken_on", "")])
        with self.write() as s:
            lang = self._language(s, language)
            t = s.execute(select(Trainee.id, Trainee.last_name, Trainee.first_name)
                          .where(Trainee.matricule == matricule.strip())).first()
            if t is None:
                raise NotFound(f"No trainee has the matricule {matricule}")
            try:
                level = rules.cefr_level(float(score), _bands(s, lang), lang.max_score)
            except ValueError as exc:
                raise ValidationError(f"{lang.name_en}: {exc}", errors=[("score", str(exc))]) from exc
            p = PlacementAttempt(trainee_id=t[0], language_id=lang.id, score=float(score), level=level,
                                 taken_on=taken_on, source="desk")
            s.add(p)
            s.flush()
            n = s.scalar(select(func.count()).where(PlacementAttempt.trainee_id == t[0],
                                                    PlacementAttempt.language_id == lang.id,
                                                    PlacementAttempt.id <= p.id))
            return PlacementInfo(p.id, matricule.strip(), f"{t[1]} {t[2]}", lang.name_fr, p.score, level, taken_on,
                                 n or 1)

    def placements(self, matricule: str | None = None, language: str | None = None) -> list[PlacementInfo]:
        """Every attempt, oldest first per trainee: the first is the entry test, the last the latest level."""
        self.require(Perm.LANGUAGE_READ)
        with self.read() as s:
            q = (select(PlacementAttempt, Trainee.matricule, Trainee.last_name, Trainee.first_name, Language.name_fr)
                 .join(Trainee, Trainee.id == PlacementAttempt.trainee_id)
                 .join(Language, Language.id == PlacementAttempt.language_id)
                 .order_by(Trainee.last_name, Trainee.id, Language.name_fr, PlacementAttempt.taken_on,
                           PlacementAttempt.id))
            if matricule:
                q = q.where(Trainee.matricule == matricule.strip())
            if language:
                q = q.where(Language.id == self._language(s, language).id)
            out, n = [], {}
            for p, mat, ln, fn, lname in s.execute(q):
                key = (p.trainee_id, p.language_id)
                n[key] = n.get(key, 0) + 1
                out.append(PlacementInfo(p.id, mat, f"{ln} {fn}", lname, p.score, p.level, p.taken_on, n[key]))
            return out

    def import_placement(self, path: str | os.PathLike[str], *, progress: ProgressReporter = NULL_PROGRESS,
                         cancel: CancelToken = NEVER) -> PlacementImportResult:
        """Matricule, Langue, Score, Date — all-or-nothing; Langue by French/English/Arabic name or ISO code."""
        from cmc_desktop.excel.reader import is_formula, parse_date, read_sheet

        self.require(Perm.LANGUAGE_EDIT)
        sheet = read_sheet(path, {"matricule": ("Matricule", "Trainee number"), "language": ("Langue", "Language", "اللغة"),
                                  "score": ("Score", "Note"), "date": ("Date", "Date du test")},
                           required=("matricule", "language", "score", "date"))
        today = self.ctx.clock.today()
        errors: list[str] = []
        rows: list[tuple[int, int, float, str, dt.date]] = []
        with self.read() as s:
            langs = list(s.scalars(select(Language)))
            by_name: dict[str, Language] = {}
            for lang in langs:
                for n in (lang.code, lang.name_fr, lang.name_en, lang.name_ar):
                    by_name[fold(n)] = lang
            bands = {lang.id: _bands(s, lang) for lang in langs}
            mats = [str(v.get("matricule") or "").strip() for _, v in sheet.rows]
            ids: dict[str, int] = {}
            for chunk in range(0, len(mats), 500):
                ids.update(s.execute(select(Trainee.matricule, Trainee.id)
                                     .where(Trainee.matricule.in_(mats[chunk:chunk + 500]))).all())
        h = sheet.headers
        for (row_no, v), mat in zip(sheet.rows, mats, strict=True):
            if any(is_formula(x) for x in v.values()):
                errors.append(f"row {row_no}: formulas are not accepted")
                continue
            tid = ids.get(mat)
            if tid is None:
                errors.append(f"row {row_no}, column {h['matricule']}: no trainee has the matricule '{mat}'")
            lang = by_name.get(fold(str(v.get("language") or "")))
            if lang is None:
                errors.append(f"row {row_no}, column {h['language']}: '{v.get('language')}' is not a language of "
                              f"the centre ({', '.join(sorted(x.name_fr for x in langs))})")
            try:
                score = float(str(v.get("score")).replace(",", "."))
            except (TypeError, ValueError):
                errors.append(f"row {row_no}, column {h['score']}: '{v.get('score')}' is not a score")
                score = None
            try:
                day = parse_date(v.get("date"))
                if day > today:
                    errors.append(f"row {row_no}, column {h['date']}: {day:%d/%m/%Y} is in the future")
            except ValueError as exc:
                errors.append(f"row {row_no}, column {h['date']}: {exc}")
                day = None
            if lang is not None and score is not None:
                try:
                    level = rules.cefr_level(score, bands[lang.id], lang.max_score)
                except ValueError as exc:
                    errors.append(f"row {row_no}, column {h['score']}: {exc}")
                    continue
                if tid is not None and day is not None:
                    rows.append((tid, lang.id, score, level, day))
        if errors:
            raise ValidationError(f"{Path(path).name}: nothing was imported; {len(errors)} problem(s): "
                                  + "; ".join(errors[:20]) + (" …" if len(errors) > 20 else ""),
                                  code="import_rows", errors=[("", e) for e in errors])
        by_level: dict[str, int] = {}
        with self.write() as s:
            for i, (tid, lid, score, level, day) in enumerate(rows):
                s.add(PlacementAttempt(trainee_id=tid, language_id=lid, score=score, level=level, taken_on=day,
                                       source="import"))
                by_level[level] = by_level.get(level, 0) + 1
                if i % 500 == 0:
                    cancel.check()
                    progress(i, len(rows), "")
        return PlacementImportResult(len(rows), tuple(sorted(by_level.items())))

    # --- level groups --------------------------------------------------------------------------
    def create_group(self, code: str, language: str | int, level: str, *, capacity: int = 20,
                     planned_sessions: int = 30, teacher: str = "") -> LevelGroupInfo:
        self.require(Perm.LANGUAGE_EDIT)
        if level not in rules.CEFR_LEVELS:
            raise ValidationError(f"'{level}' is not a CEFR level", errors=[("level", "")])
        if not 1 <= capacity <= 40 or not 1 <= planned_sessions <= 200:
            raise ValidationError("A group holds 1 to 40 trainees and plans 1 to 200 sessions")
        with self.write() as s:
            lang = self._language(s, language)
            if s.scalar(select(LevelGroup.id).where(LevelGroup.code == code.strip())):
                raise ConflictError(f"The group code {code} is already used")
            g = LevelGroup(code=code.strip(), language_id=lang.id, level=level, capacity=capacity,
                           planned_sessions=planned_sessions, teacher=teacher.strip())
            s.add(g)
            s.flush()
            return LevelGroupInfo(g.id, g.code, lang.name_fr, level, capacity, 0, planned_sessions, g.teacher)

    def groups(self) -> list[LevelGroupInfo]:
        self.require(Perm.LANGUAGE_READ)
        with self.read() as s:
            counts = dict(s.execute(select(GroupMember.group_id, func.count()).group_by(GroupMember.group_id)).all())
            return [LevelGroupInfo(g.id, g.code, name, g.level, g.capacity, counts.get(g.id, 0), g.planned_sessions,
                                   g.teacher)
                    for g, name in s.execute(select(LevelGroup, Language.name_fr).join(Language)
                                             .order_by(Language.name_fr, LevelGroup.level, LevelGroup.code))]

    def add_member(self, group_id: int, matricule: str) -> LevelGroupInfo:
        self.require(Perm.LANGUAGE_EDIT)
        with self.write() as s:
            g = s.get(LevelGroup, group_id)
            if g is None:
                raise NotFound(f"No language group with id {group_id}")
            t = s.execute(select(Trainee.id, Trainee.last_name, Trainee.first_name, Trainee.current_status)
                          .where(Trainee.matricule == matricule.strip())).first()
            if t is None:
                raise NotFound(f"No trainee has the matricule {matricule}")
            if t[3] != "active":
                raise ConflictError(f"{t[1]} {t[2]} is not an active trainee")
            n = s.scalar(select(func.count()).where(GroupMember.group_id == g.id)) or 0
            if s.scalar(select(GroupMember.id).where(GroupMember.group_id == g.id, GroupMember.trainee_id == t[0])):
                raise ConflictError(f"{t[1]} {t[2]} is already in {g.code}")
            if n >= g.capacity:
                raise ConflictError(f"{g.code} is full ({g.capacity} trainees)", code="group_full")
            other = s.scalar(select(LevelGroup.code).join(GroupMember, GroupMember.group_id == LevelGroup.id)
                             .where(GroupMember.trainee_id == t[0], LevelGroup.language_id == g.language_id))
            if other:
                raise ConflictError(f"{t[1]} {t[2]} already attends {other} for this language")
            s.add(GroupMember(group_id=g.id, trainee_id=t[0]))
            name = s.scalar(select(Language.name_fr).where(Language.id == g.language_id))
            return LevelGroupInfo(g.id, g.code, name or "", g.level, g.capacity, n + 1, g.planned_sessions, g.teacher)

    # --- sessions and attendance ---------------------------------------------------------------
    def schedule_session(self, group_id: int, day: dt.date, starts: dt.time, minutes: int = 120, room: str = "",
                         booking_uuid: str | None = None) -> SessionInfo:
        """A class meeting; the room itself is booked through the spaces area (``booking_uuid``)."""
        self.require(Perm.LANGUAGE_EDIT)
        if not 15 <= minutes <= 480:
            raise ValidationError("A session lasts 15 minutes to 8 hours", errors=[("minutes", "")])
        with self.write() as s:
            g = s.get(LevelGroup, group_id)
            if g is None:
                raise NotFound(f"No language group with id {group_id}")
            if s.scalar(select(LangSession.id).where(LangSession.group_id == group_id, LangSession.day == day,
                                                     LangSession.starts == starts)):
                raise ConflictError(f"{g.code} already meets on {day:%d/%m/%Y} at {starts:%H:%M}")
            n = s.scalar(select(func.count()).where(LangSession.group_id == group_id)) or 0
            if n >= g.planned_sessions:
                raise ConflictError(f"{g.code} already has its {g.planned_sessions} planned sessions")
            ses = LangSession(group_id=group_id, day=day, starts=starts, minutes=minutes, room=room.strip(),
                              booking_uuid=booking_uuid)
            s.add(ses)
            s.flush()
            return self._sessions(s, [LangSession.id == ses.id])[0]

    def schedule_term(self, group_id: int, room_code: str, first_day: dt.date, last_day: dt.date,
                      starts: dt.time, ends: dt.time) -> list[SessionInfo]:
        """Book the room weekly through the spaces area, then create one session per kept date.

        The spaces service checks room, trainer and capacity clashes and skips holidays; each
        session keeps the booking's uuid. If the sessions cannot be saved, the booking is cancelled
        again, so no orphan booking is left behind.
        """
        from cmc_desktop.db.models.spaces import Booking
        from cmc_desktop.spaces.dto import BookingDraft
        from cmc_desktop.spaces.service import SpacesService

        self.require(Perm.LANGUAGE_EDIT)
        if ends <= starts or last_day < first_day:
            raise ValidationError("A term needs an end after its start, for the dates and the times")
        with self.read() as s:
            g = s.get(LevelGroup, group_id)
            if g is None:
                raise NotFound(f"No language group with id {group_id}")
            code, teacher, capacity, planned = g.code, g.teacher, g.capacity, g.planned_sessions
            existing = s.scalar(select(func.count()).where(LangSession.group_id == group_id)) or 0
        spaces = self.ctx.service(SpacesService)
        room = spaces.room_by_code(room_code)
        draft = BookingDraft(room_id=room.id, starts_on=first_day, start=starts, end=ends, purpose="language",
                             weekly=True, ends_on=last_day, organiser="Language centre", trainer=teacher,
                             expected=capacity, title=code)
        plan = spaces.preview_booking(draft)
        if existing + len(plan.dates) > planned:
            raise ConflictError(f"{code} plans {planned} sessions; it has {existing} and this term would add "
                                f"{len(plan.dates)}")
        booking = spaces.create_booking(draft)
        try:
            occurrences = spaces.occurrences(booking_id=booking.id)
            with self.write() as s:
                uuid = s.scalar(select(Booking.uuid).where(Booking.id == booking.id))
                for o in occurrences:
                    s.add(LangSession(group_id=group_id, day=o.day, starts=dt.time(o.start_min // 60, o.start_min % 60),
                                      minutes=o.end_min - o.start_min, room=room.code, booking_uuid=str(uuid)))
        except Exception:
            spaces.cancel_booking(booking.id)
            raise
        return self.sessions(group_id=group_id)

    def _sessions(self, s: Session, where: list[Any]) -> list[SessionInfo]:
        taken = select(func.count()).where(Attendance.session_id == LangSession.id).scalar_subquery()
        q = (select(LangSession, LevelGroup.code, Language.name_fr, LevelGroup.level, taken)
             .join(LevelGroup, LevelGroup.id == LangSession.group_id).join(Language, Language.id == LevelGroup.language_id)
             .where(*where).order_by(LangSession.day, LangSession.starts, LevelGroup.code))
        return [SessionInfo(x.id, x.group_id, code, lname, lvl, x.day, x.starts, x.minutes, x.room, bool(n))
                for x, code, lname, lvl, n in s.execute(q)]

    def sessions(self, *, day: dt.date | None = None, group_id: int | None = None) -> list[SessionInfo]:
        self.require(Perm.LANGUAGE_READ)
        where: list[Any] = []
        if day is not None:
            where.append(LangSession.day == day)
        if group_id is not None:
            where.append(LangSession.group_id == group_id)
        with self.read() as s:
            return self._sessions(s, where)

    def session_roll(self, session_id: int) -> list[tuple[int, str, str, str | None]]:
        """(trainee id, matricule, name, status or None) for each member, by name."""
        self.require(Perm.LANGUAGE_READ)
        with self.read() as s:
            ses = s.get(LangSession, session_id)
            if ses is None:
                raise NotFound(f"No session with id {session_id}")
            marks = dict(s.execute(select(Attendance.trainee_id, Attendance.status)
                                   .where(Attendance.session_id == session_id)).all())
            rows = s.execute(select(Trainee.id, Trainee.matricule, Trainee.last_name, Trainee.first_name)
                             .join(GroupMember, GroupMember.trainee_id == Trainee.id)
                             .where(GroupMember.group_id == ses.group_id)
                             .order_by(Trainee.last_name, Trainee.first_name)).all()
            return [(r[0], r[1], f"{r[2]} {r[3]}", marks.get(r[0])) for r in rows]

    def record_attendance(self, session_id: int, marks: Mapping[int, str]) -> int:
        """Set the status of members (by trainee id) for a session that has started. Returns rows set."""
        self.require(Perm.LANGUAGE_EDIT)
        bad = {st for st in marks.values() if st not in rules.STATUSES}
        if bad:
            raise ValidationError(f"Unknown attendance status {', '.join(sorted(bad))} (present, late, absent, excused)")
        with self.write() as s:
            ses = s.get(LangSession, session_id)
            if ses is None:
                raise NotFound(f"No session with id {session_id}")
            if ses.day > self.ctx.clock.today():
                raise ValidationError(f"The session of {ses.day:%d/%m/%Y} has not taken place yet")
            members = set(s.scalars(select(GroupMember.trainee_id).where(GroupMember.group_id == ses.group_id)))
            strangers = [tid for tid in marks if tid not in members]
            if strangers:
                raise ValidationError(f"{len(strangers)} trainee(s) are not members of this group")
            existing = {a.trainee_id: a for a in s.scalars(select(Attendance).where(Attendance.session_id == session_id))}
            for tid, st in marks.items():
                a = existing.get(tid)
                if a is None:
                    s.add(Attendance(session_id=session_id, trainee_id=tid, status=st))
                elif a.status != st:
                    a.status = st
            return len(marks)

    def attendance(self, group_id: int) -> list[MemberAttendance]:
        """Per member: counts, rate, the two alerts, hours attended against the programme's soft-skills hours."""
        self.require(Perm.LANGUAGE_READ)
        with self.read() as s:
            if s.get(LevelGroup, group_id) is None:
                raise NotFound(f"No language group with id {group_id}")
            return self._attendance(s, group_id).get(group_id, [])

    def _attendance(self, s: Session, group_id: int | None = None) -> dict[int, list[MemberAttendance]]:
        """Members' attendance of one group, or of every group (None) in the same four queries:
        the dashboard's alerts cover ~900 groups in a 30,000-trainee city."""

        def only(column: Any) -> list[Any]:
            return [] if group_id is None else [column == group_id]

        run = s.connection().execute  # plain rows: the ORM's per-row work doubled the time here

        groups = {gid: (planned, minimum, streak) for gid, planned, minimum, streak in run(
            select(LevelGroup.id, LevelGroup.planned_sessions, Language.min_attendance, Language.absence_streak_alert)
            .join(Language, Language.id == LevelGroup.language_id).where(*only(LevelGroup.id)))}
        marks: dict[tuple[int, int], str] = {
            (a, t): st for a, t, st in run(
                select(Attendance.session_id, Attendance.trainee_id, Attendance.status)
                .join(LangSession, LangSession.id == Attendance.session_id).where(*only(LangSession.group_id)))}
        # Sessions held while nobody took the roll are not counted against anyone.
        taken = {sid for sid, _ in marks}
        held: dict[int, list[tuple[int, int]]] = {}
        for gid, sid, minutes in run(
                select(LangSession.group_id, LangSession.id, LangSession.minutes)
                .where(LangSession.day <= self.ctx.clock.today(), *only(LangSession.group_id))
                .order_by(LangSession.group_id, LangSession.day, LangSession.starts)):
            if sid in taken:
                held.setdefault(gid, []).append((sid, minutes))
        out: dict[int, list[MemberAttendance]] = {}
        for gid, tid, mat, ln, fn, req in run(
                select(GroupMember.group_id, Trainee.id, Trainee.matricule, Trainee.last_name, Trainee.first_name,
                       Programme.soft_skills_hours)
                .join(GroupMember, GroupMember.trainee_id == Trainee.id)
                .outerjoin(Group, Group.id == Trainee.current_group_id)
                .outerjoin(Programme, Programme.id == Group.programme_id)
                .where(*only(GroupMember.group_id))
                .order_by(GroupMember.group_id, Trainee.last_name, Trainee.first_name)):
            planned, minimum, streak = groups[gid]
            sessions = held.get(gid, [])
            statuses = [marks.get((sid, tid)) for sid, _ in sessions]
            st = rules.attendance_state(statuses, planned, minimum, streak)
            minutes = sum(m for (_sid, m), x in zip(sessions, statuses, strict=True) if x in rules.ATTENDED)
            out.setdefault(gid, []).append(MemberAttendance(
                tid, mat, f"{ln} {fn}", st.present, st.late, st.absent, st.excused, st.rate, st.best_possible,
                st.cannot_reach, st.absence_streak, st.streak_alert, round(minutes / 60, 1), int(req or 0)))
        return out

    def trainee_hours(self, matricule: str) -> tuple[float, int]:
        """(hours attended in every language group, soft-skills hours the programme requires)."""
        self.require(Perm.LANGUAGE_READ)
        with self.read() as s:
            row = s.execute(select(Trainee.id, Programme.soft_skills_hours)
                            .outerjoin(Group, Group.id == Trainee.current_group_id)
                            .outerjoin(Programme, Programme.id == Group.programme_id)
                            .where(Trainee.matricule == matricule.strip())).first()
            if row is None:
                raise NotFound(f"No trainee has the matricule {matricule}")
            minutes = s.scalar(select(func.coalesce(func.sum(LangSession.minutes), 0))
                               .join(Attendance, Attendance.session_id == LangSession.id)
                               .where(Attendance.trainee_id == row[0],
                                      Attendance.status.in_(tuple(rules.ATTENDED)))) or 0
        return round(minutes / 60, 1), int(row[1] or 0)

    def alerts(self) -> list[tuple[str, MemberAttendance]]:
        """(group code, member) for every member who can no longer reach the minimum or is on an absence run."""
        self.require(Perm.LANGUAGE_READ)
        groups = self.groups()
        with self.read() as s:
            members = self._attendance(s)
        return [(g.code, m) for g in groups for m in members.get(g.id, []) if m.cannot_reach or m.streak_alert]

    # --- documents -----------------------------------------------------------------------------
    def attendance_sheet_pdf(self, session_id: int, out: str | os.PathLike[str]) -> Path:
        from cmc_desktop.language.reports import attendance_sheet

        self.require(Perm.LANGUAGE_READ)
        with self.read() as s:
            info = self._sessions(s, [LangSession.id == session_id])
            if not info:
                raise NotFound(f"No session with id {session_id}")
            teacher = s.scalar(select(LevelGroup.teacher).where(LevelGroup.id == info[0].group_id)) or ""
        roll = self.session_roll(session_id)
        return attendance_sheet(out, info[0], teacher, roll, city_line=f"CMC {self.ctx.setting('city.region_code', '')}")

    def export_attendance(self, out: str | os.PathLike[str]) -> Path:
        from cmc_desktop.excel.writer import write_table

        self.require(Perm.LANGUAGE_READ)
        rows = []
        groups = self.groups()
        with self.read() as s:
            members = self._attendance(s)
        for g in groups:
            for m in members.get(g.id, []):
                rows.append([g.code, g.language, g.level, m.matricule, m.name, m.present, m.late, m.absent, m.excused,
                             None if m.rate is None else round(100 * m.rate, 1), m.hours_attended, m.hours_required,
                             "yes" if m.cannot_reach else "", m.absence_streak if m.streak_alert else None])
        return write_table(out, ["Group", "Language", "Level", "Matricule", "Trainee", "Present", "Late", "Absent",
                                 "Excused", "Rate %", "Hours attended", "Soft-skills hours required",
                                 "Cannot reach minimum", "Absences in a row"], rows, sheet_title="Attendance",
                           widths=[12, 12, 7, 16, 28, 9, 7, 8, 9, 9, 10, 12, 12, 12])

    def export_placements(self, out: str | os.PathLike[str]) -> Path:
        from cmc_desktop.excel.writer import write_table

        self.require(Perm.LANGUAGE_READ)
        rows = [[p.matricule, p.name, p.language, p.attempt, p.taken_on, p.score, p.level] for p in self.placements()]
        return write_table(out, ["Matricule", "Trainee", "Language", "Attempt", "Date", "Score", "CEFR level"], rows,
                           sheet_title="Placement tests", widths=[16, 28, 12, 9, 12, 8, 10])
