"""Base class for use-case services: one public method is one transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from cmc_desktop.errors import ConflictError
from cmc_desktop.security.permissions import Actor, Perm

if TYPE_CHECKING:
    from cmc_desktop.bootstrap import AppContext


class Service:
    """Services are built once per context (``ctx.service(Cls)``) and hold no per-call state."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self._sf = ctx.sf

    @property
    def actor(self) -> Actor:
        return self.ctx.actor

    def require(self, perm: Perm) -> None:
        self.ctx.actor.require(perm)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction; a lost optimistic-lock race becomes a ConflictError."""
        try:
            with self._sf.begin() as s:
                s.info["actor"] = self.ctx.actor
                yield s
        except StaleDataError as exc:
            raise ConflictError(
                "This record was changed at another desk since you opened it; reload it and try again.",
                code="stale",
            ) from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only transaction that never takes SQLite's write lock."""
        with self.ctx.read_sf() as s:
            yield s
