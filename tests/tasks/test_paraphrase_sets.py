"""The blind paraphrase sets' format (tests/data/paraphrases/blind*.jsonl): what the paraphrase benchmark reads.
Format only: the sets measure the parser, so no accuracy is asserted here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nsvr.tasks.paraphrase_bench import load_items

DATA = Path(__file__).resolve().parents[1] / "data" / "paraphrases"
CLEVR_SCENES = Path(__file__).resolve().parents[2] / ".." / "shared" / "clevr-mini" / "val" / "scenes.json"
SETS = sorted(path.name for path in DATA.glob("blind*.jsonl"))
FIELDS = {"kind", "scene", "question", "gold", "answer"}


@pytest.mark.parametrize("name", SETS)
def test_every_item_has_the_fields_the_benchmark_reads(name):
    items = load_items(DATA / name)
    assert items
    photos = json.loads((DATA / "photo_scenes.json").read_text())
    for item in items:
        assert set(item) == FIELDS, item
        assert item["question"].strip() and item["kind"].strip()
        assert item["gold"] in {"answer-only", "refuse"}, item
        assert (item["answer"] is None) == (item["gold"] == "refuse"), item
        assert item["answer"] is None or (isinstance(item["answer"], str) and item["answer"]), item
        source, _, key = item["scene"].partition(":")
        assert source in {"clevr", "photo"}, item
        if source == "photo":
            assert key in photos, item
    questions = [i["question"].lower() for i in items]
    assert len(questions) == len(set(questions)), "a question appears twice"


@pytest.mark.parametrize("name", SETS)
def test_every_clevr_scene_named_exists(name):
    assert SETS and "blind8.jsonl" in SETS
    if not CLEVR_SCENES.exists():
        pytest.skip("no shared CLEVR scenes")
    known = {s["image_filename"] for s in json.loads(CLEVR_SCENES.read_text())["scenes"]}
    named = {i["scene"].partition(":")[2] for i in load_items(DATA / name) if i["scene"].startswith("clevr:")}
    assert named and named <= known, named - known


def test_the_eighth_set_has_every_voice_and_enough_refusals():
    items = load_items(DATA / "blind8.jsonl")
    assert len(items) >= 240
    kinds = {i["kind"] for i in items}
    voices = {"assistive", "inspector", "quiz", "hedged", "clauses", "comparative", "casual", "refuse"}
    assert voices <= kinds
    assert sum(i["gold"] == "refuse" for i in items) >= 35
