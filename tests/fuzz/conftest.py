"""Shared by the fuzz tests: the CLI run in-process, reproducible randomness, and the rules every outcome obeys.

Each test draws its inputs from ``random.Random(seed)``; the seed is 0 unless ``NSVR_FUZZ_SEED`` says otherwise, and
a failure message names it, so any failure can be replayed.
"""

from __future__ import annotations

import os
import random
import sys
from dataclasses import dataclass

import pytest

SEED = int(os.environ.get("NSVR_FUZZ_SEED", "0"))


@dataclass
class Outcome:
    code: int
    out: str
    err: str


def _assert_one_line_error(err: str, *names: str) -> None:
    """``err`` is exactly one ``error: ...`` line that names each of ``names`` (never a traceback)."""
    assert "Traceback" not in err, err
    assert err.startswith("error: ") and err.endswith("\n") and err.count("\n") == 1, repr(err)
    for name in names:
        assert name in err, f"{name!r} not named in {err!r}"


@pytest.fixture(scope="session")
def one_line_error():
    """``one_line_error(stderr, *names)`` asserts one ``error: ...`` line naming each of ``names``."""
    return _assert_one_line_error


@pytest.fixture(scope="session")
def fuzz_seed() -> int:
    return SEED


@pytest.fixture
def rng() -> random.Random:
    return random.Random(SEED)


@pytest.fixture
def nsvr(monkeypatch, capsys):
    """``nsvr(*args) -> Outcome``: the real entry point (``main``), in this process."""
    from nsvr.tasks.cli import main

    monkeypatch.delenv("NSVR_DEBUG", raising=False)

    def run(*args: str) -> Outcome:
        monkeypatch.setattr(sys, "argv", ["nsvr", *args])
        try:
            main()
            code = 0
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
        captured = capsys.readouterr()
        assert code != 3, f"internal error (seed {SEED}) for {args!r}: {captured.err}"
        return Outcome(code, captured.out, captured.err)

    return run
