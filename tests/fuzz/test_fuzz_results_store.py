"""Corrupted results stores: whatever happened to ``results.jsonl`` (torn writes, flipped bytes, garbage lines,
lines joined or lost, zero-filled blocks, invalid UTF-8), a resumed run keeps every line that was there, redoes
only what is missing and reports exactly the summary of an undisturbed run (timings aside)."""

from __future__ import annotations

import json
import random
import shutil

import pytest

from nsvr.tasks.bench_common import StoredRun, record_problem
from nsvr.tasks.clevr import run_clevr
from nsvr.tasks.results import ResultStore

TIMINGS = {"seconds", "questions_per_second", "perception_seconds_per_image"}
GARBAGE = [
    b"42",
    b"{}",
    b"[1, 2]",
    b"\xff\xfe\xfd",
    b"null",
    b'"text"',
    b'{"id": 5}',
    b'{"id": "3", "status": "ok"}',
    b"\x00" * 64,
    b"{" * 200,
    b'{"id": "1", "kind": "image", "image": "x.png", "status": "ok"}',
    b"\r",
    b" ",
]


def corrupt(rng: random.Random, data: bytes) -> bytes:
    """One to three random damages of a JSONL file."""
    for _ in range(rng.randint(1, 3)):
        lines = data.split(b"\n")
        edit = rng.randrange(10)
        if edit == 0 and data:  # killed mid-write
            data = data[: rng.randrange(len(data))]
        elif edit == 1 and data:  # bit rot
            mutable = bytearray(data)
            for _ in range(rng.randint(1, 5)):
                mutable[rng.randrange(len(mutable))] = rng.randrange(256)
            data = bytes(mutable)
        elif edit == 2:
            lines.insert(rng.randrange(len(lines)), rng.choice(GARBAGE + [rng.randbytes(rng.randint(1, 80))]))
            data = b"\n".join(lines)
        elif edit == 3 and len(lines) > 2:
            del lines[rng.randrange(len(lines) - 1)]
            data = b"\n".join(lines)
        elif edit == 4 and len(lines) > 2:
            at = rng.randrange(len(lines) - 1)
            lines.insert(at, lines[at])
            data = b"\n".join(lines)
        elif edit == 5 and len(lines) > 2:  # two lines joined
            at = rng.randrange(len(lines) - 1)
            lines[at : at + 2] = [lines[at] + lines[at + 1]]
            data = b"\n".join(lines)
        elif edit == 6 and data:  # a zero-filled block, as a crash can leave
            start = rng.randrange(len(data))
            data = data[:start] + b"\x00" * rng.randint(1, 300) + data[start + 300 :]
        elif edit == 7:
            data = b"" if rng.random() < 0.3 else data + lines[rng.randrange(len(lines))][: rng.randint(1, 40)]
        elif edit == 8 and len(lines) > 2:
            a, b = rng.randrange(len(lines) - 1), rng.randrange(len(lines) - 1)
            lines[a], lines[b] = lines[b], lines[a]
            data = b"\n".join(lines)
        else:
            data = data.replace(b"\n", b"\r\n", rng.randint(0, 5))
    return data


def _untimed(records: dict[str, dict]) -> dict[str, dict]:
    return {k: {f: v for f, v in r.items() if f != "seconds"} for k, r in records.items() if r.get("kind") != "run"}


@pytest.mark.parametrize("count", [200, pytest.param(2000, marks=pytest.mark.slow)])
def test_corrupted_results_stores(count, rng, fuzz_seed, shared_dir, tmp_path, capsys):
    root = shared_dir / "clevr-val0"
    args = (root / "questions.json", root / "scenes.json")
    clean = run_clevr(*args, tmp_path / "clean", limit=30, progress=False)
    expected_records = _untimed(
        StoredRun(ResultStore(tmp_path / "clean" / "results.jsonl", check=record_problem)).questions
    )
    original = (tmp_path / "clean" / "results.jsonl").read_bytes()
    capsys.readouterr()
    for k in range(count):
        out = tmp_path / f"run{k}"
        out.mkdir()
        damaged = corrupt(rng, original)
        (out / "results.jsonl").write_bytes(damaged)
        summary = run_clevr(*args, out, limit=30, progress=False)
        after = (out / "results.jsonl").read_bytes()
        kept = damaged[: damaged.rfind(b"\n") + 1]
        assert after.startswith(kept), (fuzz_seed, k)  # nothing that was there is lost or rewritten
        assert summary.model_dump(exclude=TIMINGS) == clean.model_dump(exclude=TIMINGS), (fuzz_seed, k)
        final = StoredRun(ResultStore(out / "results.jsonl", check=record_problem))
        assert _untimed(final.questions) == expected_records, (fuzz_seed, k)
        assert json.loads((out / "summary.json").read_text()) == summary.model_dump()
        for line in capsys.readouterr().err.splitlines():
            assert line.startswith((f"warning: {out / 'results.jsonl'}: skipped ", "resuming: ")), (fuzz_seed, line)
        shutil.rmtree(out)
