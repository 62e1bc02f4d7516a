"""ORM models of the catering area (owned by that area's issue)."""

from __future__ import annotations
