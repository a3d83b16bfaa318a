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


def _question_records(path: Path) -> list[dict]:
    """The question records of a benchmark's results store, in file order (it also holds the run's settings and,
    from pixels, one record per perceived image)."""
    from nsvr.tasks.results import ResultStore

    store = ResultStore(path)
    records = list(store.records())
    assert not store.skipped, store.skipped
    return [r for r in records if r.get("kind", "question") == "question"]


@pytest.fixture(scope="session")
def question_records():
    """``question_records(results.jsonl) -> [record, ...]``."""
    return _question_records
