"""Every new context records changes, however many contexts came and went before it."""

from __future__ import annotations

import gc
from pathlib import Path

from sqlalchemy import func, select

from cmc_desktop.bootstrap import open_context
from cmc_desktop.db.models.reference import Sector
from cmc_desktop.db.models.sync import OutboxEntry
from cmc_desktop.reference.service import CatalogueService


def test_each_new_context_feeds_the_outbox(tmp_path: Path) -> None:
    for i in range(25):  # sessionmaker ids get reused after collection
        ctx = open_context(str(tmp_path / f"c{i}.sqlite3"))
        try:
            ctx.service(CatalogueService).save("sector", {"code": f"X{i}", "name_fr": "Essai"})
            with ctx.read_sf() as s:
                sector_rows = s.scalar(select(func.count()).select_from(OutboxEntry)
                                       .where(OutboxEntry.table_name == Sector.__tablename__))
            assert sector_rows >= 1, f"context {i} recorded nothing"
        finally:
            ctx.close()
        del ctx
        gc.collect()
