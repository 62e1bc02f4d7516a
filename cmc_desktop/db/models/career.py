"""ORM models of the career area (owned by that area's issue)."""

from __future__ import annotations
