"""The registrar's desk: trainee list, detail form, import and export."""

from __future__ import annotations

from cmc_desktop.security.permissions import Perm
from ui.pages import PageSpec


def pages() -> list[PageSpec]:
    from ui.pages.registry.page import RegistryPage

    return [PageSpec("registry", "Trainees", "trainees", 10, Perm.REGISTRY_READ, RegistryPage, "Ctrl+2")]
