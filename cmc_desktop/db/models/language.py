"""ORM models of the language area (owned by that area's issue)."""

from __future__ import annotations
