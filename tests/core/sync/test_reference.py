"""Reference packages from headquarters: verified before anything is written."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.db.models import Programme, Sector
from cmc_desktop.errors import ConflictError, ValidationError
from cmc_desktop.sync.package import PackageError
from cmc_desktop.sync.reference import ReferenceService


def _hq_catalogue(hq: AppContext) -> None:
    with hq.sf.begin() as s:
        sector = s.scalar(select(Sector).where(Sector.code == "SAN"))
        sector.name_ar = "الصحة والعلاج"
        s.add(Programme(code="INFPOL", label_fr="Infirmier polyvalent", label_ar="ممرض متعدد التخصصات", level="TS",
                        duration_months=24, diploma=True, sector=sector, soft_skills_hours=120))


def test_reference_package_updates_the_catalogue(city: AppContext, hq: AppContext, tmp_path: Path) -> None:
    _hq_catalogue(hq)
    hq_ref = hq.service(ReferenceService)
    pkg = hq_ref.export_reference(tmp_path / "ref.cmcpkg")
    ref = city.service(ReferenceService)
    with pytest.raises(ValidationError):
        ref.import_reference(pkg.path)  # no trusted key yet
    ref.trust_hq(hq_ref.hq_public_key())
    res = ref.import_reference(pkg.path)
    assert res.created.get("programmes") == 1 and res.updated.get("sectors") == 1
    with city.sf() as s:
        p = s.scalar(select(Programme).where(Programme.code == "INFPOL"))
        assert p.sector.code == "SAN" and p.sector.name_ar == "الصحة والعلاج"
    with pytest.raises(ConflictError):
        ref.import_reference(pkg.path)  # the same reference twice is refused, not re-applied


def test_tampered_reference_writes_nothing(city: AppContext, hq: AppContext, tmp_path: Path) -> None:
    _hq_catalogue(hq)
    hq_ref = hq.service(ReferenceService)
    good = Path(hq_ref.export_reference(tmp_path / "ref.cmcpkg").path)
    bad = tmp_path / "bad.cmcpkg"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "reference/programmes.jsonl":
                data = data.replace(b"Infirmier polyvalent", b"Infirmier pirate")
            zout.writestr(info, data)
    ref = city.service(ReferenceService)
    ref.trust_hq(hq_ref.hq_public_key())
    with city.sf() as s:
        before = s.scalar(select(func.count()).select_from(Programme))
    with pytest.raises(PackageError) as err:
        ref.import_reference(bad)
    assert "SHA-256" in err.value.message
    with city.sf() as s:
        assert s.scalar(select(func.count()).select_from(Programme)) == before
