"""Base class for use-case services: one public method is one transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from cmc_desktop.errors import ConflictError, NotFound
from cmc_desktop.security.permissions import Actor, Perm

if TYPE_CHECKING:
    from cmc_desktop.bootstrap import AppContext

T = TypeVar("T")


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

    @staticmethod
    def for_update(s: Session, model: type[T], row_id: int, version: int | None, what: str) -> T:
        """The record a form was opened on, refused if another desk saved it since (optimistic
        lock): "changed by X at T — reload". ``version`` None skips the check (CLI edits)."""
        obj = s.get(model, row_id)
        if obj is None:
            raise NotFound(f"{what} #{row_id} does not exist")
        if version is not None and obj.version != version:
            by = getattr(obj, "updated_by", None) or "another desk"
            at = getattr(obj, "updated_at", None)
            when = f" at {at:%Y-%m-%d %H:%M} UTC" if at else ""
            raise ConflictError(f"Changed by {by}{when} — reload before saving.", code="stale",
                                by=by, at=at.isoformat() if at else None)
        return obj

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only transaction that never takes SQLite's write lock."""
        with self.ctx.read_sf() as s:
            yield s
