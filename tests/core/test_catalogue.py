from __future__ import annotations

import pytest

from cmc_desktop.errors import ConflictError, PermissionDenied, ValidationError
from cmc_desktop.reference.service import CatalogueService
from cmc_desktop.security.permissions import Actor, Role


def test_catalogue_crud_and_optimistic_lock(any_db_url: str, clock) -> None:  # noqa: ANN001
    from cmc_desktop.bootstrap import open_context

    ctx = open_context(any_db_url, clock=clock)
    try:
        svc = ctx.service(CatalogueService)
        sector = svc.list("sector")[0]
        prog = svc.save("programme", {"code": "DEV", "label_fr": "Développement Digital", "level": "TS",
                                      "duration_months": 24, "diploma": True, "sector_id": sector.id})
        first = svc.save("programme", {"label_fr": "Dév. Digital"}, row_id=prog.id, version=prog.version)
        assert first.version == prog.version + 1
        with pytest.raises(ConflictError) as err:
            svc.save("programme", {"label_fr": "stale"}, row_id=prog.id, version=prog.version)
        assert "reload" in err.value.message
        assert svc.get("programme", prog.id).values["label_fr"] == "Dév. Digital"
        with pytest.raises(ValidationError):
            svc.save("programme", {"code": "X", "label_fr": "X", "level": "ZZ", "duration_months": 1,
                                   "diploma": True, "sector_id": sector.id})
        with pytest.raises(ValidationError, match="clashes"):
            svc.save("programme", {"code": "DEV", "label_fr": "dup", "level": "T", "duration_months": 1,
                                   "diploma": True, "sector_id": sector.id})
        with pytest.raises(ConflictError, match="in use"):
            svc.delete("sector", sector.id)
    finally:
        ctx.close()


def test_catalogue_edit_needs_permission(ctx) -> None:  # noqa: ANN001
    agent = ctx.as_actor(Actor("agent", Role.CANTEEN_AGENT))
    with pytest.raises(PermissionDenied):
        agent.service(CatalogueService).list("sector")
    librarian = ctx.as_actor(Actor("lib", Role.LIBRARIAN))
    assert librarian.service(CatalogueService).list("sector")
    with pytest.raises(PermissionDenied):
        librarian.service(CatalogueService).save("sector", {"code": "X", "name_fr": "X"})


def test_set_city(ctx) -> None:  # noqa: ANN001
    svc = ctx.service(CatalogueService)
    assert svc.city() is None
    assert svc.set_city("MA-12").site == "Dakhla"
    with pytest.raises(ValidationError):
        svc.set_city("MA-99")
