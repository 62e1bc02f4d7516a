"""City side: packages are signed, deterministic, and never lose or double-mark a change."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.db.models import Enrolment, Trainee
from cmc_desktop.db.models.sync import OutboxEntry, SyncPackage
from cmc_desktop.errors import ConfigError, PermissionDenied, ValidationError
from cmc_desktop.security.permissions import Actor, Role
from cmc_desktop.sync import keys
from cmc_desktop.sync import service as service_mod
from cmc_desktop.sync.package import open_package
from cmc_desktop.sync.service import DestinationError, SyncService


def _pending(ctx: AppContext) -> int:
    with ctx.sf() as s:
        return s.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.package_seq.is_(None)))


def _members(path: str | Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _jsonl(data: bytes) -> tuple[list[str], list[list]]:
    lines = data.decode().splitlines()
    return json.loads(lines[0])["columns"], [json.loads(x) for x in lines[1:]]


def test_first_export_is_a_signed_full_snapshot(svc: SyncService, city: AppContext, dest: Path) -> None:
    res = svc.export(dest)
    assert res.kind == "full" and res.sequence == 1 and Path(res.path).name == "MA-09-000001.cmcpkg"
    pkg = open_package(Path(res.path))
    try:
        m = pkg.manifest
        for key in ("format_version", "program_version", "schema_revision", "city_code", "sequence",
                    "previous_sha256", "changes", "created_utc", "files"):
            assert key in m, key
        assert m["city_code"] == "MA-09" and m["previous_sha256"] == ""
        assert m["created_utc"] == "2026-11-30T09:00:00Z"  # the injected clock, in UTC
        assert keys.verify(svc.public_key(), pkg.signature, pkg.manifest_bytes)
        pkg.verify_contents()
        assert m["files"]["data/trainees.jsonl"]["rows"] == 6
    finally:
        pkg.close()
    columns, rows = _jsonl(_members(res.path)["data/trainees.jsonl"])
    assert columns[0] == "uuid" and "current_group_uuid" in columns
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)  # ordered by UUID
    assert _pending(city) == 0


def test_incremental_carries_upserts_and_tombstones(svc: SyncService, city: AppContext, dest: Path) -> None:
    first = svc.export(dest)
    with city.sf.begin() as s:
        t = s.scalar(select(Trainee).order_by(Trainee.id).limit(1))
        t.current_status = "dropped"
        e = s.scalar(select(Enrolment).order_by(Enrolment.id.desc()).limit(1))
        gone = e.uuid.hex
        s.delete(e)
        changed = t.uuid.hex
    assert _pending(city) == 2
    res = svc.export(dest)
    assert (res.kind, res.sequence, res.changes, res.rows, res.tombstones) == ("incremental", 2, 2, 1, 1)
    members = _members(res.path)
    manifest = json.loads(members["manifest.json"])
    assert manifest["previous_sha256"] == first.sha256
    assert manifest["changes"] == {"after": first_through(city, 1), "through": first_through(city, 1) + 2, "count": 2}
    cols, rows = _jsonl(members["data/trainees.jsonl"])
    assert [r[0] for r in rows] == [changed] and rows[0][cols.index("current_status")] == "dropped"
    assert _jsonl(members["deleted/enrolments.jsonl"])[1] == [[gone]]
    assert _pending(city) == 0


def first_through(ctx: AppContext, seq: int) -> int:
    with ctx.sf() as s:
        return s.scalar(select(SyncPackage.last_change).where(SyncPackage.sequence == seq))


def test_reexport_of_the_same_range_is_byte_identical(svc: SyncService, city: AppContext, dest: Path,
                                                       tmp_path: Path) -> None:
    again = tmp_path / "again"
    again.mkdir()
    full = svc.export(dest)
    copy = svc.resend(full.sequence, again)
    assert Path(copy.path).read_bytes() == Path(full.path).read_bytes() and copy.sha256 == full.sha256
    with city.sf.begin() as s:
        s.scalar(select(Trainee).limit(1)).last_name = "Bennani"
    inc = svc.export(dest)
    city.clock.advance(hours=5)  # a later day: the manifest keeps the package's own creation time
    copy = svc.resend(inc.sequence, again)
    assert Path(copy.path).read_bytes() == Path(inc.path).read_bytes() and copy.sha256 == inc.sha256
    with city.sf() as s:  # resending records nothing new
        assert s.scalar(select(func.count()).select_from(SyncPackage)) == 2


def test_unreachable_destination_loses_nothing(svc: SyncService, city: AppContext, dest: Path, tmp_path: Path) -> None:
    svc.export(dest)
    with city.sf.begin() as s:
        for t in s.scalars(select(Trainee)):
            t.current_status = "graduated"
    with pytest.raises(DestinationError) as err:
        svc.export(tmp_path / "unplugged-share")
    assert "cannot be reached" in err.value.message
    st = svc.status()
    assert st.pending == 6 and "unplugged-share" in st.last_error
    assert st.last_package is not None and st.last_package.sequence == 1
    res = svc.export(dest)  # the next run sends everything still pending
    assert (res.sequence, res.rows) == (2, 6)
    assert svc.status().pending == 0 and svc.status().last_error == ""


def test_crash_between_writing_and_renaming(svc: SyncService, city: AppContext, dest: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(tmp: Path, final: Path) -> None:
        assert tmp.exists() and tmp.stat().st_size > 0  # fully written and fsynced before the rename
        raise KeyboardInterrupt("power cut")

    monkeypatch.setattr(service_mod, "_publish", crash)
    with pytest.raises(KeyboardInterrupt):
        svc.export(dest)
    assert list(dest.iterdir()) == []  # no half file, no package
    assert _pending(city) > 0
    with city.sf() as s:
        assert s.scalar(select(func.count()).select_from(SyncPackage)) == 0
    monkeypatch.undo()
    res = svc.export(dest)
    assert res.sequence == 1 and _pending(city) == 0
    assert [p.name for p in dest.iterdir()] == ["MA-09-000001.cmcpkg"]


def test_crash_after_rename_before_recording_is_adopted(svc: SyncService, city: AppContext, dest: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    real = SyncService._mark

    def crash(self, *a, **kw) -> None:  # noqa: ANN001, ANN002, ANN003
        raise KeyboardInterrupt("killed")

    monkeypatch.setattr(SyncService, "_mark", crash)
    with pytest.raises(KeyboardInterrupt):
        svc.export(dest)
    assert (dest / "MA-09-000001.cmcpkg").exists() and _pending(city) > 0
    monkeypatch.setattr(SyncService, "_mark", real)
    written = (dest / "MA-09-000001.cmcpkg").read_bytes()
    res = svc.export(dest)
    assert res.adopted and res.sequence == 1 and _pending(city) == 0
    assert (dest / "MA-09-000001.cmcpkg").read_bytes() == written  # never rewritten under the same number
    assert svc.export(dest).sequence == 2


def test_missing_private_key_is_a_clear_error(svc: SyncService, city: AppContext, dest: Path) -> None:
    pem = svc.public_key()
    keys.key_path(city.paths.data, keys.fingerprint(pem)).unlink()
    with pytest.raises(ConfigError) as err:
        svc.export(dest)
    assert err.value.code == "key_missing" and "sync key --new" in err.value.message
    assert _pending(city) > 0


def test_export_needs_permission_and_a_city(ctx: AppContext, city: AppContext, dest: Path) -> None:
    agent = city.as_actor(Actor("agent", Role.CANTEEN_AGENT))
    with pytest.raises(PermissionDenied):
        agent.service(SyncService).export(dest)
    with city.sf.begin() as s:
        from cmc_desktop.db.models import Setting

        s.delete(s.get(Setting, "city.region_code"))
    with pytest.raises(ValidationError) as err:
        city.service(SyncService).export(dest)
    assert err.value.code == "city_not_set"


def test_a_foreign_file_under_the_next_name_is_never_overwritten(svc: SyncService, city: AppContext,
                                                                 dest: Path) -> None:
    squatter = dest / "MA-09-000001.cmcpkg"
    squatter.write_bytes(b"written by another PC")
    with pytest.raises(DestinationError) as err:
        svc.export(dest)
    assert err.value.code == "package_exists" and "no other PC exports as the same city" in err.value.message
    assert squatter.read_bytes() == b"written by another PC"
    assert _pending(city) > 0 and "already exists" in svc.status().last_error


def test_outbox_is_pruned_after_the_resend_window(svc: SyncService, city: AppContext, dest: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from cmc_desktop.errors import NotFound

    monkeypatch.setattr(service_mod, "KEEP_PACKAGES", 2)
    for status in ("suspended", "active", "dropped"):
        svc.export(dest)
        with city.sf.begin() as s:
            s.scalar(select(Trainee).limit(1)).current_status = status
    svc.export(dest)  # packages 1..4
    with city.sf() as s:
        kept = set(s.scalars(select(OutboxEntry.package_seq).distinct()))
    assert kept == {3, 4}
    with pytest.raises(NotFound) as err:
        svc.resend(2)
    assert "--full" in err.value.message
    assert svc.resend(3, dest / "..").sequence == 3  # still within the window
    assert svc.resend(4, dest / "..").sha256 == svc.history()[0].sha256
