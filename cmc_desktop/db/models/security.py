"""ORM models of the security area (owned by that area's issue)."""

from __future__ import annotations
