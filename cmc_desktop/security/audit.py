"""The audit trail: every ORM insert, update and delete of a RecordMixin object, hash-chained.

``install(ctx)`` (called by bootstrap for every context) attaches two listeners to the
context's own sessionmaker, never to the global Session class, so several contexts in one
process (tests, a restore) each journal their own database:

* ``before_flush`` stamps ``updated_by`` with the acting user, so a conflict can say
  "changed by X at T";
* ``after_flush`` still sees the pre-flush ``new``/``dirty``/``deleted`` sets and attribute
  history, and appends one journal entry per object in the same transaction (Core inserts, so
  the journal never journals itself). A rolled-back transaction leaves no entry behind.

The chain: ``hash = sha256(canonical JSON of id, at, actor, action, entity, entity_id, area,
subject_id, fields, changes_hash, prev_hash)`` where ``changes_hash = sha256(changes)``. Each
entry carries the previous entry's hash; ids are consecutive; the ``audit.head`` setting keeps
the last id and hash so removing the newest entries is noticed too. ``redacted_by`` is outside
the hash: the retention rule may erase personal values from old entries, and says which ones in
its own (chained) entry, so the chain stays verifiable after anonymisation.

Limits (documented in docs/SECURITY.md): bulk Core statements (``session.execute(insert(...))``,
used by the demo builder and some fast importers) bypass ORM events and are not journalled; the
chain proves the journal was not edited, not that someone with the file could not rebuild it.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import hashlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, insert, inspect, select, text, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from cmc_desktop.db.base import RecordMixin
from cmc_desktop.db.models.reference import Setting
from cmc_desktop.db.models.security import AuditEntry
from cmc_desktop.security.permissions import Actor

if TYPE_CHECKING:
    from cmc_desktop.bootstrap import AppContext

GENESIS = "0" * 64
HEAD_KEY = "audit.head"
MASK = "***"
PG_LOCK_KEY = 0x434D43A0D17  # one advisory lock: writers append to the chain one at a time
# Bookkeeping columns: their change is implied by the entry itself.
SKIP_FIELDS = frozenset({"id", "uuid", "created_at", "updated_at", "updated_by", "version", "search_key"})
SENSITIVE_FIELDS = frozenset({"special_needs", "phone", "guardian_phone", "address", "email", "cin", "photo",
                              "password_hash"})
SENSITIVE_PARTS = ("note", "diet", "allerg", "password", "health", "medical")
# Operational tables that are not business data.
NOT_AUDITED = frozenset({"backup_runs"})


def is_sensitive(field: str) -> bool:
    f = field.lower()
    return f in SENSITIVE_FIELDS or any(part in f for part in SENSITIVE_PARTS)


def jsonable(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if value == value and value not in (float("inf"), float("-inf")) else str(value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID | decimal.Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, bytes | bytearray | memoryview):
        return f"<{len(bytes(value))} bytes>"
    return str(value)


def masked(field: str, value: Any) -> Any:
    """Sensitive values never reach the journal: only whether they were set."""
    if value is None:
        return None
    return MASK if is_sensitive(field) else jsonable(value)


def canonical(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def sha256(text_: str) -> str:
    return hashlib.sha256(text_.encode("utf-8")).hexdigest()


def format_at(at: dt.datetime) -> str:
    if at.tzinfo is not None:
        at = at.astimezone(dt.UTC).replace(tzinfo=None)
    return at.strftime("%Y-%m-%dT%H:%M:%S.%f")


def entry_hash(row: dict[str, Any]) -> str:
    return sha256(canonical([
        row["id"], format_at(row["at"]), row["actor"], row["action"], row["entity"], row["entity_id"],
        row["area"], row["subject_id"], row["fields"], row["changes_hash"], row["prev_hash"],
    ]))


# --- writing ---------------------------------------------------------------------------------
@dataclass
class _Pending:
    action: str
    entity: str
    entity_id: int | None
    area: str
    subject_id: int | None
    changes: dict[str, Any]


def _area_of(obj: Any) -> str:
    module = type(obj).__module__
    prefix = "cmc_desktop.db.models."
    return module[len(prefix):] if module.startswith(prefix) else module.rsplit(".", 1)[-1]


def _subject_of(obj: Any, table: str) -> int | None:
    if table == "trainees":
        return getattr(obj, "id", None)
    value = getattr(obj, "trainee_id", None)
    return value if isinstance(value, int) else None


def _audited(obj: Any) -> bool:
    return (isinstance(obj, RecordMixin) and getattr(obj, "__audit__", True)
            and getattr(obj, "__tablename__", "") not in NOT_AUDITED)


def _changes(session: Session, obj: Any, action: str) -> dict[str, Any]:
    state = inspect(obj)
    out: dict[str, Any] = {}
    anonymising = session.info.get("audit_anonymise", False)
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in SKIP_FIELDS:
            continue
        if action == "insert":
            value = state.dict.get(key)
            if value is not None:
                out[key] = [None, masked(key, value)]
        elif action == "delete":
            if key in state.dict and state.dict[key] is not None:
                out[key] = [masked(key, state.dict[key]), None]
        else:
            hist = state.attrs[key].history
            if not hist.has_changes():
                continue
            before = hist.deleted[0] if hist.deleted else None
            after = hist.added[0] if hist.added else None
            if before == after:
                continue
            # The retention rule must not copy into the journal what it is erasing.
            out[key] = [MASK if anonymising and before is not None else masked(key, before), masked(key, after)]
    return out


def _actor_label(session: Session, fallback: Actor) -> str:
    actor = session.info.get("actor") or fallback
    return actor.label if isinstance(actor, Actor) else str(actor)


def _chain_head(session: Session) -> tuple[int, str]:
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_LOCK_KEY})
    row = conn.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    return (row[0], row[1]) if row else (0, GENESIS)


def _write(session: Session, pending: Iterable[_Pending], actor: str, at: dt.datetime) -> list[int]:
    pending = list(pending)
    if not pending:
        return []
    last_id, last_hash = _chain_head(session)
    at = at.astimezone(dt.UTC)
    rows = []
    for p in pending:
        changes = canonical(p.changes)
        last_id += 1
        row = {
            "id": last_id, "at": at, "actor": actor[:80], "action": p.action, "entity": p.entity,
            "entity_id": p.entity_id, "area": p.area, "subject_id": p.subject_id,
            "fields": ("," + ",".join(sorted(p.changes)) + ",")[:400] if p.changes else "",
            "changes": changes, "changes_hash": sha256(changes), "prev_hash": last_hash,
            "redacted_by": None,
        }
        row["hash"] = last_hash = entry_hash(row)
        rows.append(row)
    conn = session.connection()
    conn.execute(insert(AuditEntry.__table__), rows)
    head = f"{last_id}:{last_hash}"
    if conn.execute(update(Setting.__table__).where(Setting.key == HEAD_KEY).values(value=head)).rowcount == 0:
        conn.execute(insert(Setting.__table__).values(key=HEAD_KEY, value=head))
    return [r["id"] for r in rows]


def append(session: Session, action: str, entity: str, changes: dict[str, Any], *, at: dt.datetime,
           actor: str | None = None, entity_id: int | None = None, subject_id: int | None = None,
           area: str = "security") -> int:
    """A journal entry that is not a row change (login, backup, retention…), same chain."""
    label = actor or _actor_label(session, Actor.system())
    return _write(session, [_Pending(action, entity, entity_id, area, subject_id, changes)], label, at)[0]


def install(ctx: AppContext) -> None:
    fallback = ctx.actor
    clock = ctx.clock

    def before_flush(session: Session, _flush_context: Any, _instances: Any) -> None:
        label = _actor_label(session, fallback)
        now = clock.now()
        # session.new/dirty build a fresh set on every access: read each once (O(n), not O(n²)).
        for is_new, objs in ((True, list(session.new)), (False, list(session.dirty))):
            for obj in objs:
                if not isinstance(obj, RecordMixin) or not (is_new or session.is_modified(obj)):
                    continue
                attrs = inspect(obj).attrs
                # A service that names the editor itself (obj.updated_by = …) keeps its choice.
                if not attrs.updated_by.history.added:
                    obj.updated_by = label
                # Stamps follow the context's clock (the one the journal uses), not the machine's.
                if is_new:
                    # An importer that carries the record's own stamps (a sync package) keeps them.
                    if not attrs.updated_at.history.added:
                        obj.updated_at = now
                    if obj.created_at is None:
                        obj.created_at = now
                elif not attrs.updated_at.history.added:
                    obj.updated_at = now
                    flag_modified(obj, "updated_at")  # same value as before: keep it in the UPDATE

    def after_flush(session: Session, _flush_context: Any) -> None:
        pending: list[_Pending] = []
        for action, objs in (("insert", session.new), ("update", session.dirty), ("delete", session.deleted)):
            for obj in objs:
                if not _audited(obj):
                    continue
                if action == "update" and not session.is_modified(obj):
                    continue
                changes = _changes(session, obj, action)
                if action == "update" and not changes:
                    continue
                table = obj.__tablename__
                pending.append(_Pending(action, table, getattr(obj, "id", None), _area_of(obj),
                                        _subject_of(obj, table), changes))
        if pending:
            # Stable order inside one flush: by table then id, so the chain is reproducible.
            pending.sort(key=lambda p: ({"insert": 0, "update": 1, "delete": 2}[p.action], p.entity,
                                        p.entity_id or 0))
            _write(session, pending, _actor_label(session, fallback), clock.now())

    event.listen(ctx.sf, "before_flush", before_flush)
    event.listen(ctx.sf, "after_flush", after_flush)


# --- verifying ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    broken_id: int | None = None
    reason: str = ""

    @property
    def message(self) -> str:
        if self.ok:
            return f"audit trail intact: {self.checked} entries verified"
        return f"audit trail broken at entry {self.broken_id}: {self.reason}"


def verify_chain(session: Session) -> VerifyResult:
    """Walk the whole journal in id order; stop at the first entry that does not check out."""
    prev_id, prev_hash = 0, GENESIS
    redacted: dict[int, int] = {}
    retention_lists: dict[int, set[int]] = {}
    checked = 0
    cols = AuditEntry.__table__.c
    result = session.connection().execution_options(yield_per=2000).execute(
        select(AuditEntry.__table__).order_by(cols.id))
    for r in result.mappings():
        row = dict(r)
        eid = row["id"]
        if eid != prev_id + 1:
            return VerifyResult(False, checked, prev_id + 1, f"entry {prev_id + 1} is missing (next is {eid})")
        if row["prev_hash"] != prev_hash:
            return VerifyResult(False, checked, eid, "it does not point to the previous entry's hash")
        if entry_hash(row) != row["hash"]:
            return VerifyResult(False, checked, eid, "its content was changed after it was written")
        if row["redacted_by"] is None:
            if sha256(row["changes"]) != row["changes_hash"]:
                return VerifyResult(False, checked, eid, "its field values were changed after it was written")
        else:
            redacted[eid] = row["redacted_by"]
        if row["action"] == "retention":
            try:
                retention_lists[eid] = set(json.loads(row["changes"]).get("redacted_entries", []))
            except (ValueError, AttributeError):
                retention_lists[eid] = set()
        prev_id, prev_hash = eid, row["hash"]
        checked += 1
    for eid, by in sorted(redacted.items()):
        if eid not in retention_lists.get(by, set()):
            return VerifyResult(False, checked, eid, "it is marked as anonymised but no retention entry says so")
    head = session.scalar(select(Setting.value).where(Setting.key == HEAD_KEY))
    if head:
        head_id, _, head_hash = head.partition(":")
        if int(head_id) > prev_id:
            return VerifyResult(False, checked, prev_id + 1,
                                f"entries {prev_id + 1} to {head_id} were removed")
        if int(head_id) == prev_id and head_hash != prev_hash:
            return VerifyResult(False, checked, prev_id, "the last entry does not match the recorded head")
    return VerifyResult(True, checked)
