"""Change tracking: every insert, update and delete of an exported record writes an outbox row
in the same transaction (so a change can never be committed without its outbox entry).

``install(ctx)`` hooks the context's sessionmaker (not the global Session class, so other
databases opened in the same process are unaffected) twice:

- ``after_flush`` sees every object the unit of work inserted, updated or deleted;
- ``do_orm_execute`` sees bulk statements run through the session (``s.execute(insert(Model),
  rows)``, ``s.execute(update(Model).where(...))``, the fast paths and the demo): inserts are
  recorded from their parameters (a UUID is filled in when the caller left it to the column
  default), updates and deletes by selecting the UUIDs their WHERE clause matches first.

Only statements executed on a bare Connection escape both; such code calls
``record_changes(session, table, uuids, op)`` in the same transaction.
"""

from __future__ import annotations

import logging
import uuid as uuid_mod
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session

from cmc_desktop.db.base import utcnow
from cmc_desktop.db.models.sync import OutboxEntry
from cmc_desktop.sync.profile import PROFILE

if TYPE_CHECKING:
    from cmc_desktop.bootstrap import AppContext

log = logging.getLogger(__name__)
UPSERT = "upsert"
DELETE = "delete"
_OUTBOX = OutboxEntry.__table__


def install(ctx: AppContext) -> None:
    # Sessions of this context carry its clock, so change times follow the injected clock.
    ctx.sf.kw["info"] = {**(ctx.sf.kw.get("info") or {}), "sync.clock": ctx.clock}
    # open_context installs once per new sessionmaker. No event.contains() guard: SQLAlchemy keys
    # its registry by id(), and a collected sessionmaker's id reused by a new one made the guard
    # skip the listeners now and then, so changes went unrecorded (seen as a flaky test).
    event.listen(ctx.sf, "after_flush", _after_flush)
    event.listen(ctx.sf, "do_orm_execute", _on_execute)


def _on_execute(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    stmt = state.statement
    table = getattr(stmt, "table", None)
    name = getattr(table, "name", None)
    if name not in PROFILE or table is None:
        return
    session = state.session
    if state.is_insert:
        uuids = _insert_uuids(stmt, state.parameters)
        op = UPSERT
    else:
        uuids = _matched_uuids(session, table, stmt, state.parameters)
        op = DELETE if state.is_delete else UPSERT
    if uuids is None:
        log.warning("outbox: cannot tell which %s rows a bulk statement changed; call record_changes()", name)
        return
    if uuids:
        record_changes(session, name, uuids, op)


def _insert_uuids(stmt: Any, params: Any) -> list[uuid_mod.UUID] | None:
    if getattr(stmt, "select", None) is not None:  # INSERT … FROM SELECT
        return None
    rows = params if isinstance(params, list) else [params] if isinstance(params, dict) and params else []
    values = getattr(stmt, "_values", None) or {}
    multi = getattr(stmt, "_multi_values", None)
    if multi:
        return None
    if values:
        for key, bind in values.items():
            if getattr(key, "key", key) == "uuid":
                return [getattr(bind, "value", bind)]
        return None
    out = []
    for row in rows:
        if row.get("uuid") is None:
            row["uuid"] = uuid_mod.uuid4()  # the column default, chosen here so it can be recorded
        out.append(row["uuid"])
    return out


def _matched_uuids(session: Session, table: Any, stmt: Any, params: Any) -> list[uuid_mod.UUID] | None:
    where = getattr(stmt, "whereclause", None)
    if isinstance(params, list):  # executemany: by primary key (ORM bulk) or a bound WHERE per row
        if where is None:
            ids = [p.get("id") for p in params]
            if any(i is None for i in ids):
                return None
            out = []
            for start in range(0, len(ids), 500):
                out.extend(session.execute(select(table.c.uuid).where(table.c.id.in_(ids[start:start + 500])))
                           .scalars())
            return out
        out = []
        for p in params:
            out.extend(session.execute(select(table.c.uuid).where(where), p).scalars())
        return out
    q = select(table.c.uuid)
    if where is not None:
        q = q.where(where)
    return list(session.execute(q, params or {}).scalars())


def _after_flush(session: Session, flush_context: Any) -> None:
    # after_flush still sees the pre-flush new/dirty/deleted sets and attribute history.
    rows: list[dict[str, Any]] = []
    now = _now(session)
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


def _now(session: Session) -> Any:
    clock = session.info.get("sync.clock")
    return clock.now() if clock is not None else utcnow()


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
    now = _now(session)
    rows = [{"table_name": table, "row_uuid": u, "op": op, "changed_at": now} for u in uuids]
    for start in range(0, len(rows), 5000):
        session.execute(insert(_OUTBOX), rows[start:start + 5000])
    return len(rows)
