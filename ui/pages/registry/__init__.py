"""The registrar's desk: trainee list, detail form, import and export."""

from __future__ import annotations

from cmc_desktop.security.permissions import Perm
from ui.pages import PageSpec, lazy


def pages() -> list[PageSpec]:
    return [PageSpec("registry", "Trainees", "trainees", 10, Perm.REGISTRY_READ,
                     lazy("ui.pages.registry.page", "RegistryPage"), "Ctrl+2")]
