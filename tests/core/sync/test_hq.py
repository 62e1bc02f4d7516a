"""Headquarters: verified, ordered, idempotent ingest; untrusted packages quarantined untouched."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cmc_desktop.bootstrap import AppContext, open_context
from cmc_desktop.clock import FixedClock
from cmc_desktop.config import AppPaths
from cmc_desktop.db.models import Trainee
from cmc_desktop.db.models.sync import HqCity, HqPackage, HqRow
from cmc_desktop.hq.service import HqService
from cmc_desktop.sync import keys
from cmc_desktop.sync.package import DataFile, encode, write_package
from cmc_desktop.sync.service import SyncService
from tests.core.sync.conftest import make_city


def _register(hq: AppContext, svc: SyncService, code: str = "MA-09") -> HqService:
    h = hq.service(HqService)
    h.register_city(code, svc.public_key())
    return h


def _rows(hq: AppContext, deleted: bool | None = None) -> int:
    with hq.sf() as s:
        q = select(func.count()).select_from(HqRow)
        if deleted is not None:
            q = q.where(HqRow.deleted.is_(deleted))
        return s.scalar(q)


def _inbox(tmp_path: Path, *packages: str) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir(exist_ok=True)
    for p in packages:
        shutil.copy(p, inbox)
    return inbox


def _change(city: AppContext, status: str) -> None:
    with city.sf.begin() as s:
        s.scalar(select(Trainee).order_by(Trainee.id).limit(1)).current_status = status


def test_ingest_applies_and_reingest_is_a_noop(svc: SyncService, city: AppContext, hq: AppContext, dest: Path,
                                               tmp_path: Path) -> None:
    h = _register(hq, svc)
    p1 = svc.export(dest)
    _change(city, "dropped")
    p2 = svc.export(dest)
    inbox = _inbox(tmp_path, p1.path, p2.path)
    rep = h.ingest(inbox)
    assert [(o.city, o.sequence) for o in rep.ingested] == [("MA-09", 1), ("MA-09", 2)]
    assert rep.rows == p1.rows + 1 and not rep.rejected and not rep.held
    n = _rows(hq)
    with hq.sf() as s:
        data = s.scalar(select(HqRow.data).where(HqRow.table_name == "trainees",
                                                 HqRow.data["matricule"].as_string() == "2005010100000"))
        assert data["current_status"] == "dropped"
    again = h.ingest(inbox)
    assert not again.ingested and [o.sequence for o in again.duplicates] == [1, 2] and again.rows == 0
    assert _rows(hq) == n
    with hq.sf() as s:
        assert s.scalar(select(func.count()).select_from(HqPackage)) == 2
        assert s.scalar(select(HqCity.last_sequence)) == 2


def test_tombstones_and_full_snapshot_deletions(svc: SyncService, city: AppContext, hq: AppContext, dest: Path,
                                                tmp_path: Path) -> None:
    h = _register(hq, svc)
    h.ingest(_inbox(tmp_path, svc.export(dest).path))
    with city.sf.begin() as s:
        s.delete(s.scalar(select(Trainee).order_by(Trainee.id).limit(1)))  # cascades to its enrolment
    rep = h.ingest(_inbox(tmp_path, svc.export(dest).path))
    assert rep.ingested[0].rows == 2 and _rows(hq, deleted=True) == 2
    # A recovery snapshot replaces the city's state: rows absent from it are retired.
    with hq.sf.begin() as s:
        s.execute(HqRow.__table__.update().where(HqRow.deleted.is_(True)).values(deleted=False))
    rep = h.ingest(_inbox(tmp_path, svc.export(dest, full=True).path))
    assert rep.ingested[-1].sequence == 3 and _rows(hq, deleted=True) == 2


def test_gap_holds_later_packages_until_it_fills(svc: SyncService, city: AppContext, hq: AppContext, dest: Path,
                                                 tmp_path: Path) -> None:
    h = _register(hq, svc)
    p1 = svc.export(dest)
    _change(city, "suspended")
    p2 = svc.export(dest)
    _change(city, "active")
    p3 = svc.export(dest)
    rep = h.ingest(_inbox(tmp_path, p1.path, p3.path))
    assert [o.sequence for o in rep.ingested] == [1]
    assert [(o.sequence, o.reason) for o in rep.held] == [(3, "waiting for MA-09 package 2")]
    # The held package is kept aside, so the next inbox only needs the missing one.
    other = tmp_path / "monday"
    other.mkdir()
    shutil.copy(p2.path, other)
    rep = h.ingest(other)
    assert [o.sequence for o in rep.ingested] == [2, 3] and not rep.held
    with hq.sf() as s:
        assert s.scalar(select(HqCity.last_sequence)) == 3
    assert not list((hq.paths.data / "hq" / "held").glob("*.cmcpkg"))


def _rewrite(src: Path, out: Path, edit) -> Path:  # noqa: ANN001
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, edit(info.filename, zin.read(info.filename)))
    return out


def test_tampered_truncated_and_foreign_packages_are_quarantined(svc: SyncService, city: AppContext,
                                                                 hq: AppContext, dest: Path, tmp_path: Path) -> None:
    h = _register(hq, svc)
    good = Path(svc.export(dest).path)
    bad = tmp_path / "bad"
    bad.mkdir()
    _rewrite(good, bad / "data-edited.cmcpkg",
             lambda n, b: b.replace(b'"active"', b'"graduated"', 1) if n == "data/trainees.jsonl" else b)
    _rewrite(good, bad / "manifest-edited.cmcpkg",
             lambda n, b: b.replace(b'"city_code":"MA-09"', b'"city_code":"MA-09" ', 1) if n == "manifest.json" else b)
    (bad / "truncated.cmcpkg").write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    (bad / "notes.cmcpkg").write_text("not a package")
    rep = h.ingest(bad)
    reasons = {o.file: o.reason for o in rep.rejected}
    assert "does not match its SHA-256" in reasons["data-edited.cmcpkg"]
    assert "signature does not verify" in reasons["manifest-edited.cmcpkg"]
    assert "truncated" in reasons["truncated.cmcpkg"] and "truncated" in reasons["notes.cmcpkg"]
    assert not rep.ingested and _rows(hq) == 0
    q = bad / "quarantine"
    assert sorted(p.name for p in q.glob("*.cmcpkg")) == sorted(reasons)
    assert "SHA-256" in (q / "data-edited.cmcpkg.reason.txt").read_text()
    assert not list(bad.glob("*.cmcpkg"))


def test_unregistered_key_and_unknown_city_are_rejected(svc: SyncService, city: AppContext, hq: AppContext,
                                                        tmp_path: Path, clock: FixedClock) -> None:
    h = hq.service(HqService)
    other_paths = AppPaths(*(tmp_path / "impostor" / n for n in ("data", "logs", "b", "o")))
    other_paths.ensure()
    impostor = open_context(f"sqlite:///{tmp_path / 'impostor.sqlite3'}", clock=clock, paths=other_paths)
    try:
        make_city(impostor, "MA-09", trainees=2)  # claims to be MA-09, with its own key
        h.register_city("MA-09", svc.public_key())
        inbox = tmp_path / "in"
        inbox.mkdir()
        impostor.service(SyncService).export(inbox)
        make_city_code = "MA-05"
        with city.sf.begin() as s:
            from cmc_desktop.db.models import Setting

            s.get(Setting, "city.region_code").value = make_city_code
        svc.export(inbox)
    finally:
        impostor.close()
    rep = h.ingest(inbox)
    reasons = sorted(o.reason for o in rep.rejected)
    assert "city MA-05 is not registered" in reasons[0]
    assert "signature does not verify against the key registered for MA-09" in reasons[1]
    assert _rows(hq) == 0


def _forge(svc: SyncService, city: AppContext, path: Path, **changes: object) -> Path:
    pem = svc.public_key()
    key = keys.load_private(city.paths.data, pem)
    manifest = {"format": "cmc-package", "format_version": 1, "program_version": "0.1.0", "schema_revision": "0008",
                "profile_version": 1, "city_code": "MA-09", "sequence": 1, "previous_sha256": "", "kind": "full",
                "changes": {"after": 0, "through": 0, "count": 0}, "created_utc": "2026-11-30T09:00:00Z",
                "tables": {"regions": {"upserts": 0, "deletes": 0}}, **changes}
    with open(path, "wb") as fh:
        write_package(fh, manifest, [DataFile("data/regions.jsonl", [encode({"columns": ["uuid"]})])], key.sign)
    return path


def test_newer_schema_is_refused_with_a_clear_message(svc: SyncService, city: AppContext, hq: AppContext,
                                                      tmp_path: Path) -> None:
    h = _register(hq, svc)
    inbox = tmp_path / "in"
    inbox.mkdir()
    _forge(svc, city, inbox / "future.cmcpkg", format_version=2)
    _forge(svc, city, inbox / "future-schema.cmcpkg", schema_revision="0042")
    rep = h.ingest(inbox)
    assert len(rep.rejected) == 2 and all("update CMC Desktop at headquarters" in o.reason for o in rep.rejected)
    assert (inbox / "future.cmcpkg").exists()  # not quarantined: valid, just too new
    assert _rows(hq) == 0


def test_same_sequence_with_other_content_is_refused(svc: SyncService, city: AppContext, hq: AppContext,
                                                     dest: Path, tmp_path: Path) -> None:
    h = _register(hq, svc)
    h.ingest(_inbox(tmp_path, svc.export(dest).path))
    inbox = tmp_path / "replay"
    inbox.mkdir()
    _forge(svc, city, inbox / "MA-09-000001-b.cmcpkg")
    rep = h.ingest(inbox)
    assert "already applied from a different package" in rep.rejected[0].reason


def test_json_report_of_the_cli(svc: SyncService, city: AppContext, hq: AppContext, dest: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    from cmc_desktop.cli import main

    key = tmp_path / "city.pem"
    key.write_text(svc.public_key())
    svc.export(dest)
    assert main(["hq", "register-city", "MA-09", "--key", str(key), "--db", hq.url]) == 0
    capsys.readouterr()
    assert main(["hq", "ingest", str(dest), "--db", hq.url, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"ingested", "duplicates", "held", "rejected", "rows"} and out["rows"] > 0


def test_ingest_into_postgresql(pg_url: str, svc: SyncService, city: AppContext, dest: Path, tmp_path: Path,
                                clock: FixedClock) -> None:
    paths = AppPaths(*(tmp_path / "pg" / n for n in ("data", "logs", "b", "o")))
    paths.ensure()
    hq = open_context(pg_url, clock=clock, paths=paths)
    try:
        h = _register(hq, svc)
        p1 = svc.export(dest)
        _change(city, "graduated")
        p2 = svc.export(dest)
        rep = h.ingest(_inbox(tmp_path, p1.path, p2.path))
        assert [o.sequence for o in rep.ingested] == [1, 2]
        assert h.ingest(tmp_path / "inbox").duplicates
        with hq.sf() as s:
            statuses = [d["current_status"] for d in s.scalars(select(HqRow.data).where(HqRow.table_name == "trainees"))]
        assert sorted(statuses).count("graduated") == 1 and len(statuses) == 6
    finally:
        hq.close()


def test_older_profile_versions_are_upgraded_on_the_way_in(svc: SyncService, city: AppContext, hq: AppContext,
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cmc_desktop.hq import service as hq_mod

    h = _register(hq, svc)
    inbox = tmp_path / "in"
    inbox.mkdir()
    key = keys.load_private(city.paths.data, svc.public_key())
    manifest = {"format": "cmc-package", "format_version": 1, "program_version": "0.0.9", "schema_revision": "0003",
                "profile_version": 0, "city_code": "MA-09", "sequence": 1, "previous_sha256": "", "kind": "full",
                "changes": {"after": 0, "through": 0, "count": 0}, "created_utc": "2026-11-30T09:00:00Z",
                "tables": {"trainees": {"upserts": 1, "deletes": 0}}}
    row = encode(["0" * 31 + "1", "2005010100009", "F", "actif"])
    with open(inbox / "old.cmcpkg", "wb") as fh:  # an older city program: French status, no name columns
        write_package(fh, manifest, [DataFile("data/trainees.jsonl", [
            encode({"columns": ["uuid", "matricule", "sex", "statut"]}), row])], key.sign)

    def v0_to_v1(table: str, data: dict) -> dict:
        if table == "trainees" and "statut" in data:
            data["current_status"] = {"actif": "active"}.get(data.pop("statut"), "unknown")
        return data

    monkeypatch.setitem(hq_mod.UPGRADES, 0, v0_to_v1)
    rep = h.ingest(inbox)
    assert [o.sequence for o in rep.ingested] == [1]
    with hq.sf() as s:
        data = s.scalar(select(HqRow.data).where(HqRow.table_name == "trainees"))
    assert data["current_status"] == "active" and "statut" not in data


def test_cli_errors_are_one_line(svc: SyncService, city: AppContext, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    from cmc_desktop.cli import main

    assert main(["sync", "export", "--to", str(tmp_path / "no-share"), "--db", city.url]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: The export folder") and err.count("\n") == 1
    assert main(["sync", "status", "--json", "--db", city.url]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["pending"] == 15 and "no-share" in status["last_error"]
    assert main(["hq", "ingest", str(tmp_path / "missing"), "--db", city.url]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_a_full_snapshot_bridges_a_gap(svc: SyncService, city: AppContext, hq: AppContext, dest: Path,
                                       tmp_path: Path) -> None:
    h = _register(hq, svc)
    p1 = svc.export(dest)
    _change(city, "suspended")
    lost = svc.export(dest)  # never reaches headquarters in time
    _change(city, "graduated")
    snap = svc.export(dest, full=True)
    rep = h.ingest(_inbox(tmp_path, p1.path, snap.path))
    assert [o.sequence for o in rep.ingested] == [1, 3] and not rep.held
    late = h.ingest(_inbox(tmp_path, lost.path))
    assert [(o.sequence, o.reason) for o in late.duplicates if o.sequence == 2] == [
        (2, "superseded by a later full snapshot")]
    assert not late.rejected
    with hq.sf() as s:
        statuses = [d["current_status"] for d in s.scalars(select(HqRow.data).where(HqRow.table_name == "trainees"))]
    assert statuses.count("graduated") == 1
