"""Change tracking: every insert, update and delete of an exported record writes an outbox row
in the same transaction (so a change can never be committed without its outbox entry).

``install(ctx)`` hooks the context's sessionmaker (not the global Session class, so other
databases opened in the same process are unaffected). Bulk Core inserts bypass ORM events:
code that writes exported tables with ``session.execute(insert(...))`` calls
``record_changes(session, table, uuids, op)`` in the same transaction.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

from cmc_desktop.db.base import utcnow
from cmc_desktop.db.models.sync import OutboxEntry
from cmc_desktop.sync.profile import PROFILE

if TYPE_CHECKING:
    from cmc_desktop.bootstrap import AppContext

UPSERT = "upsert"
DELETE = "delete"
_OUTBOX = OutboxEntry.__table__


def install(ctx: AppContext) -> None:
    if not event.contains(ctx.sf, "after_flush", _after_flush):
        event.listen(ctx.sf, "after_flush", _after_flush)


def _after_flush(session: Session, flush_context: Any) -> None:
    # after_flush still sees the pre-flush new/dirty/deleted sets and attribute history.
    rows: list[dict[str, Any]] = []
    now = utcnow()
    new = session.new
    for state, (isdelete, listonly) in list(flush_context.states.items()):
        if listonly:
            continue
        table = getattr(state.mapper.local_table, "name", None)
        if table not in PROFILE:
            continue
        obj = state.obj()
        if obj is None:
            continue
        if isdelete:
            op = DELETE
        elif obj in new or _changed(state):
            op = UPSERT
        else:
            continue
        rows.append({"table_name": table, "row_uuid": obj.uuid, "op": op, "changed_at": now})
    if rows:
        session.connection().execute(insert(_OUTBOX), rows)


def _changed(state: Any) -> bool:
    """Only a change to an exported field is worth sending (a new phone number is not)."""
    fields = PROFILE[state.mapper.local_table.name]
    attrs = inspect(state.obj()).attrs
    for name in fields:
        attr = attrs.get(name) if hasattr(attrs, "get") else None
        if attr is not None and attr.history.has_changes():
            return True
    return False


def record_changes(session: Session, table: str, uuids: Iterable[uuid_mod.UUID], op: str = UPSERT) -> int:
    """For bulk Core writes that bypass ORM events: record them, in the caller's transaction."""
    if op not in (UPSERT, DELETE):
        raise ValueError(f"op must be {UPSERT!r} or {DELETE!r}")
    if table not in PROFILE:
        return 0
    now = utcnow()
    rows = [{"table_name": table, "row_uuid": u, "op": op, "changed_at": now} for u in uuids]
    for start in range(0, len(rows), 5000):
        session.execute(insert(_OUTBOX), rows[start:start + 5000])
    return len(rows)
