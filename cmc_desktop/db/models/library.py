"""ORM models of the library area (owned by that area's issue)."""

from __future__ import annotations
