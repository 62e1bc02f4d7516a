"""System tools needed by some tests: skip elsewhere, fail in CI (CMC_REQUIRE_TOOLS=1)."""

from __future__ import annotations

import os
import shutil

import pytest


def require_tool(name: str) -> str:
    path = shutil.which(name)
    if path:
        return path
    if os.environ.get("CMC_REQUIRE_TOOLS") == "1":
        pytest.fail(f"{name} is required in CI but is not installed")
    pytest.skip(f"{name} is not installed")
    raise AssertionError  # unreachable
