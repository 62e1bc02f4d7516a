"""Alembic environment: always driven programmatically by cmc_desktop.db.migrate."""

from __future__ import annotations

from alembic import context

from cmc_desktop.db import models  # noqa: F401  (registers every table)
from cmc_desktop.db.base import Base, UTCDateTime


def _render_item(type_, obj, autogen_context):  # noqa: ANN001
    # Revisions must not import application types: they outlive them.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    render_item=_render_item,
)
with context.begin_transaction():
    context.run_migrations()
