"""ORM models of the spaces area (owned by that area's issue)."""

from __future__ import annotations
