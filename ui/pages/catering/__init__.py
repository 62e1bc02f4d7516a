from __future__ import annotations

from cmc_desktop.security.permissions import Perm
from ui.pages import PageSpec


def _management(ctx, parent):  # noqa: ANN001, ANN202
    from ui.pages.catering.page import CateringPage

    return CateringPage(ctx, parent)


def _desk(ctx, parent):  # noqa: ANN001, ANN202
    from ui.pages.catering.desk import DeskPage

    return DeskPage(ctx, parent)


def pages() -> list[PageSpec]:
    return [
        PageSpec("catering", "Catering", "catering", 30, Perm.CATERING_READ, _management),
        PageSpec("catering-desk", "Service desk", "catering-desk", 31, Perm.CATERING_SERVE, _desk),
    ]
