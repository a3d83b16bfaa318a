"""Malformed CLEVR and GQA records (questions, scenes, scene graphs, objects): each is an error of the questions
it touches, in one line naming the record; the run goes on and every question gets its record."""

from __future__ import annotations

import copy
import json
import random
import re
from pathlib import Path
from typing import Any

import pytest

from nsvr.tasks.clevr import run_clevr
from nsvr.tasks.gqa import run_gqa
from nsvr.tasks.results import ResultStore

GQA_DATA = Path(__file__).resolve().parents[1] / "tasks" / "gqa" / "data"
BUG = re.compile(
    r"^(TypeError|KeyError|AttributeError|IndexError|ZeroDivisionError|RecursionError|AssertionError|"
    r"UnboundLocalError|NameError|OverflowError|StopIteration)\b"
)
JUNK: list[Any] = [
    None,
    True,
    False,
    -1,
    0,
    7,
    2**70,
    1.5,
    float("inf"),
    "",
    "red",
    "[/x]",
    [],
    {},
    [1, "a"],
    {"a": 1},
    [[]],
    "0",
    "null",
]


def mutate(rng: random.Random, value: Any, depth: int = 0) -> Any:
    """``value`` with one random change somewhere inside: a key dropped or added, a value replaced by junk or by a
    value of another type, a list emptied, cut or grown."""
    if depth > 6 or rng.random() < 0.25 or not isinstance(value, dict | list) or not value:
        choice = rng.random()
        if choice < 0.5:
            return copy.deepcopy(rng.choice(JUNK))
        if isinstance(value, str):
            return [value] if choice < 0.7 else value[::-1] + rng.choice(["", " ", "[/x]", "\x00"])
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value) if choice < 0.7 else -value * 1000
        return copy.deepcopy(rng.choice(JUNK))
    if isinstance(value, dict):
        changed = dict(value)
        key = rng.choice(list(changed))
        roll = rng.random()
        if roll < 0.2:
            del changed[key]
        elif roll < 0.25:
            changed[rng.choice(["extra", "x", ""])] = copy.deepcopy(rng.choice(JUNK))
        else:
            changed[key] = mutate(rng, changed[key], depth + 1)
        return changed
    items = list(value)
    roll = rng.random()
    if roll < 0.1:
        return []
    if roll < 0.2:
        return items[: rng.randrange(len(items))]
    if roll < 0.25:
        return items + [copy.deepcopy(rng.choice(JUNK))]
    at = rng.randrange(len(items))
    items[at] = mutate(rng, items[at], depth + 1)
    return items


def _check(out: Path, count: int, err: str) -> list[dict]:
    store = ResultStore(out / "results.jsonl")
    records = [r for r in store.records() if r.get("kind", "question") == "question"]
    assert not store.skipped and len(records) == count == len({r["id"] for r in records})
    for record in records:
        reason = str(record.get("reason") or "")
        assert record["status"] in {"ok", "unknown", "error"} and "\n" not in reason, record
        assert not BUG.match(reason), record  # a Python error is nsvr's bug, not the data's
    for line in err.splitlines():
        assert re.match(r"(error \S+ question \S+( \(.*?\))?: .+|resuming: .*|warning: .+)$", line), line
    return records


@pytest.mark.parametrize("count", [200, pytest.param(2000, marks=pytest.mark.slow)])
def test_malformed_clevr_records(count, rng, shared_dir, tmp_path, capsys):
    root = shared_dir / "clevr-val0"
    questions = json.loads((root / "questions.json").read_text())["questions"]
    scene = json.loads((root / "scenes.json").read_text())["scenes"][0]
    made, scenes = [], []
    for k in range(count):
        if k % 2:  # a malformed question about the one good scene
            record = mutate(rng, questions[k % len(questions)])
        else:  # a good question about a malformed scene of its own
            name = f"CLEVR_fuzz_{k:06d}.png"
            scenes.append(mutate(rng, {**scene, "image_filename": name}))
            record = {**questions[k % len(questions)], "image_filename": name}
        if isinstance(record, dict):
            record["question_index"] = k  # ids stay unique: duplicate ids are refused as a whole file (below)
        made.append(record)
    (tmp_path / "q.json").write_text(json.dumps({"questions": made}))
    (tmp_path / "s.json").write_text(json.dumps({"scenes": [scene, *scenes]}))
    summary = run_clevr(tmp_path / "q.json", tmp_path / "s.json", tmp_path / "out", progress=False)
    records = _check(tmp_path / "out", count, capsys.readouterr().err)
    assert summary.n == count and summary.errors == sum(r["status"] == "error" for r in records)
    assert 0 < summary.errors < count


@pytest.mark.parametrize("count", [200, pytest.param(2000, marks=pytest.mark.slow)])
def test_malformed_gqa_records(count, rng, tmp_path, capsys):
    table = json.loads((GQA_DATA / "questions.json").read_text())
    graphs = json.loads((GQA_DATA / "scene_graphs.json").read_text())
    good = [q for q in table.values() if isinstance(q, dict) and q.get("isBalanced") is not False]
    made, scene_graphs = {}, dict(graphs)
    for k in range(count):
        base = good[k % len(good)]
        if k % 2:  # a malformed question
            record = mutate(rng, base)
            if isinstance(record, dict) and record.get("isBalanced") is False:
                record["isBalanced"] = True
        else:  # a good question about a malformed scene graph of its own
            image = f"fuzz{k}"
            scene_graphs[image] = mutate(rng, graphs.get(str(base["imageId"]), graphs["img1"]))
            record = {**base, "imageId": image}
        made[f"f{k}"] = record
    (tmp_path / "q.json").write_text(json.dumps(made))
    (tmp_path / "g.json").write_text(json.dumps(scene_graphs))
    summary = run_gqa(tmp_path / "q.json", tmp_path / "g.json", tmp_path / "out", progress=False)
    records = _check(tmp_path / "out", count, capsys.readouterr().err)
    assert summary.n == count and summary.errors == sum(r["status"] == "error" for r in records)
    assert 0 < summary.errors < count


def test_duplicate_question_ids_refuse_the_file_in_one_line(shared_dir, tmp_path):
    from nsvr.tasks.bench_common import BenchInputError

    questions = json.loads((shared_dir / "clevr-val0" / "questions.json").read_text())["questions"][:3]
    questions[2]["question_index"] = 0
    (tmp_path / "q.json").write_text(json.dumps({"questions": questions}))
    with pytest.raises(BenchInputError) as refused:
        run_clevr(tmp_path / "q.json", shared_dir / "clevr-val0" / "scenes.json", tmp_path / "out", progress=False)
    assert str(refused.value) == f"CLEVR questions file {tmp_path / 'q.json'}: questions 0 and 2 share question_index 0"
