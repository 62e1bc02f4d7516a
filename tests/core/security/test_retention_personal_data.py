"""Retention (anonymise trainees who left long ago) and the right-of-access report."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.dashboard import collect
from cmc_desktop.db.models import Enrolment, Trainee
from cmc_desktop.errors import NotFound, ValidationError
from cmc_desktop.security.dto import AuditFilter
from cmc_desktop.security.permissions import Role
from cmc_desktop.security.personal_data import PersonalDataService
from cmc_desktop.security.retention import RetentionService
from cmc_desktop.security.service import AuditService

from .conftest import actor_for


def _leave(ctx: AppContext, n: int, ended_on: dt.date) -> list[int]:
    """Mark the first n trainees as graduated on ``ended_on``, through the ORM (so audited)."""
    with ctx.sf.begin() as s:
        s.info["actor"] = actor_for(Role.REGISTRAR)
        trainees = list(s.scalars(select(Trainee).where(Trainee.anonymised.is_(False)).order_by(Trainee.id)
                                  .limit(n)))
        for t in trainees:
            t.current_status = "graduated"
            t.phone = "0600000000"
            t.last_name = t.last_name + "-corrected"
            for e in t.enrolments:
                e.status, e.ended_on = "graduated", ended_on
        return [t.id for t in trainees]


def test_retention_anonymises_old_leavers_keeps_indicators_and_chain(demo_ctx: AppContext) -> None:
    old = _leave(demo_ctx, 5, dt.date(2020, 6, 30))
    with demo_ctx.sf.begin() as s:  # one recent leaver, who must be kept
        t = s.scalar(select(Trainee).where(Trainee.id.not_in(old)).order_by(Trainee.id).limit(1))
        for e in t.enrolments:
            e.status, e.ended_on = "dropped", dt.date(2025, 6, 30)
        recent = [t.id]
    # Statistics must not move. The sync outbox is a queue, not a statistic: the anonymisation is
    # itself a change headquarters must receive, so its "changes waiting" count rightly grows.
    def statistics() -> dict[str, tuple[str, str]]:
        return {i.key: (i.value, i.detail) for i in collect(demo_ctx) if not i.key.startswith("sync.")}

    before = statistics()
    svc = demo_ctx.service(RetentionService)
    preview = svc.apply(5, dry_run=True)
    assert sorted(c.trainee_id for c in preview.candidates) == sorted(old)
    with demo_ctx.read_sf() as s:
        assert not any(s.get(Trainee, i).anonymised for i in old)  # dry run wrote nothing
    result = svc.apply(5)
    assert result.applied and len(result.candidates) == 5 and result.redacted_entries >= 5
    with demo_ctx.read_sf() as s:
        for tid in old:
            t = s.get(Trainee, tid)
            assert t.anonymised and t.matricule.startswith("ANON") and t.last_name == "ANONYMISED"
            assert t.phone is None and t.cin is None and t.email is None and t.special_needs is None
            assert t.birth_date.month == 7 and t.birth_date.day == 1  # the year is kept
            assert t.sex in ("H", "F") and t.current_group_id is not None
            assert s.scalar(select(Enrolment.status).where(Enrolment.trainee_id == tid)) == "graduated"
        assert not s.get(Trainee, recent[0]).anonymised
    assert statistics() == before
    audit = demo_ctx.service(AuditService)
    assert audit.verify().ok
    # the old entries about them no longer hold their names; the anonymisation did not copy them
    rows = audit.rows(audit.search(AuditFilter(entity="trainees")))
    about = [r for r in rows.values() if r.subject_id in old]
    text = repr([r.changes for r in about])
    assert "-corrected" not in text
    assert any(r.redacted for r in about)
    assert svc.apply(5).candidates == []  # idempotent


def test_retention_refuses_a_silly_period(demo_ctx: AppContext) -> None:
    with pytest.raises(ValidationError, match="at least 1 year"):
        demo_ctx.service(RetentionService).apply(0)


@pytest.fixture
def matricule(demo_ctx: AppContext) -> str:
    with demo_ctx.sf.begin() as s:
        t = s.scalar(select(Trainee).where(Trainee.special_needs.is_not(None)).limit(1))
        t.address = "7 Derb Sidi Bouloukat"  # one audited correction
        return t.matricule


def test_personal_data_report_pdf(demo_ctx: AppContext, matricule: str, tmp_path: Path) -> None:
    out = demo_ctx.service(PersonalDataService).report_to(matricule, tmp_path / "access.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Personal data held about a trainee" in text and matricule in text
    assert "Enrolments" in text and "audit trail" in text
    assert "7 Derb Sidi Bouloukat" in text  # the person sees their own data
    assert "address" in text  # …and that it was changed, by whom


def test_personal_data_report_xlsx_and_health_restriction(demo_ctx: AppContext, matricule: str,
                                                          tmp_path: Path) -> None:
    registrar = demo_ctx.as_actor(actor_for(Role.REGISTRAR)).service(PersonalDataService)
    out = registrar.report_to(matricule, tmp_path / "access.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:2] == ["Identity and contact", "Enrolments"]
    ident = dict(list(wb["Identity and contact"].iter_rows(values_only=True))[1:])
    assert ident["Matricule"] == matricule
    assert ident["Special needs (health)"].startswith("held; health data")  # registrar: no HEALTH_READ
    trail = list(wb["Who changed this data (audit tr"].iter_rows(values_only=True))
    assert any(r[5] == "address" for r in trail[1:])
    with pytest.raises(NotFound, match="No trainee with matricule 0000"):
        registrar.collect("0000")
    with pytest.raises(ValidationError, match=r"\.pdf or \.xlsx"):
        registrar.report_to(matricule, tmp_path / "access.docx")


def test_cli_retention_and_report(demo_ctx: AppContext, matricule: str, tmp_path: Path, cli_run) -> None:  # noqa: ANN001
    db = tmp_path / "copy.sqlite3"
    demo_ctx.close()
    shutil.copy(demo_ctx.sqlite_file, db)

    def run(*args: str):  # noqa: ANN202
        return cli_run(*args, "--db", str(db))

    res = run("retention", "apply", "--dry-run", "--years", "3")
    assert res.returncode == 0 and "would be anonymised" in res.stdout, res.stderr
    res = run("report", "personal-data", matricule, "--out", str(tmp_path / "p.xlsx"))
    assert res.returncode == 0 and (tmp_path / "p.xlsx").exists(), res.stderr
