from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the repo (test data only); tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"test data folder {SHARED} not found")
    return SHARED
