"""ORM models of the residence area (owned by that area's issue)."""

from __future__ import annotations
