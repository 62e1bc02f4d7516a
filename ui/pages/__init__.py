"""Pages register themselves: each module in PAGE_MODULES defines ``pages() -> list[PageSpec]``.

The main window shows a page only when the actor holds its permission, so the UI hides what a
role cannot use (the core still enforces it).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from cmc_desktop.security.permissions import Perm

if TYPE_CHECKING:
    from cmc_desktop.bootstrap import AppContext

log = logging.getLogger(__name__)

PAGE_MODULES = (
    "ui.pages.home",
    "ui.pages.registry",
    "ui.pages.catalogue",
    "ui.pages.residence",
    "ui.pages.catering",
    "ui.pages.spaces",
    "ui.pages.language",
    "ui.pages.library",
    "ui.pages.career",
    "ui.pages.sync",
    "ui.pages.security",
)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source text, translated in the "Navigation" context
    icon: str  # SVG file name under resources/icons
    order: int
    permission: Perm | None
    factory: Callable[[AppContext, QWidget | None], QWidget]
    shortcut: str = ""  # e.g. "Ctrl+2"


def lazy(module: str, attr: str) -> Callable[[AppContext, QWidget | None], QWidget]:
    """A page factory that imports its module only when the page is first shown, so the
    main window's start-up does not pay for every page's imports."""

    def factory(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
        return getattr(importlib.import_module(module), attr)(ctx, parent)

    factory.__qualname__ = f"lazy({module}.{attr})"
    return factory


def all_pages(modules: tuple[str, ...] = PAGE_MODULES) -> list[PageSpec]:
    specs: list[PageSpec] = []
    for name in modules:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                continue
            raise
        provider = getattr(module, "pages", None)
        if provider is None:  # a module being written: never let it take the window down
            log.warning("%s has no pages() function; skipped", name)
            continue
        specs.extend(provider())
    return sorted(specs, key=lambda p: p.order)


def window_hooks(modules: tuple[str, ...] = PAGE_MODULES) -> list[Callable[[QWidget], None]]:
    """``on_main_window(window)`` of every page module that defines one: background work that
    belongs to the window rather than to a page (the export scheduler). The main window calls
    them shortly after its first paint."""
    hooks = []
    for name in modules:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                continue
            raise
        hook = getattr(module, "on_main_window", None)
        if hook is not None:
            hooks.append(hook)
    return hooks


def visible_pages(ctx: AppContext) -> list[PageSpec]:
    return [p for p in all_pages() if p.permission is None or ctx.actor.can(p.permission)]
