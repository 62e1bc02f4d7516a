"""ORM models of the sync area (owned by that area's issue)."""

from __future__ import annotations
