"""The blind paraphrase sets' format (tests/data/paraphrases/blind*.jsonl): what the paraphrase benchmark reads.
Every line names a scene that exists, a kind, a question, a gold (a program in nsvr's notation, ``answer-only``
or ``refuse``) and an answer that is None exactly when the gold is ``refuse``; every gold program, run by nsvr's
executor, gives the answer its builder computed by plain Python. No planner runs here: the sets measure the
parser, so no accuracy is asserted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nsvr.agent.llm.notation import compile_gold
from nsvr.scene_graph.executor import execute
from nsvr.tasks.paraphrase_bench import Scenes, load_items

DATA = Path(__file__).resolve().parents[1] / "data" / "paraphrases"
CLEVR_SCENES = Path(__file__).resolve().parents[2] / ".." / "shared" / "clevr-mini" / "val" / "scenes.json"
SETS = sorted(path.name for path in DATA.glob("blind*.jsonl"))
FIELDS = {"kind", "scene", "question", "gold", "answer"}


def test_the_blind_sets_are_all_found():
    assert {"blind.jsonl", "blind7.jsonl", "blind8.jsonl", "blind9.jsonl"} <= set(SETS)


@pytest.mark.parametrize("name", SETS)
def test_every_item_has_the_fields_the_benchmark_reads(name):
    items = load_items(DATA / name)
    assert items
    photos = json.loads((DATA / "photo_scenes.json").read_text())
    for item in items:
        assert FIELDS <= set(item), item
        assert item["question"].strip() and item["kind"].strip()
        assert isinstance(item["gold"], str) and item["gold"].strip(), item
        assert (item["answer"] is None) == (item["gold"] == "refuse"), item
        assert item["answer"] is None or (isinstance(item["answer"], str) and item["answer"]), item
        source, _, key = item["scene"].partition(":")
        assert source in {"clevr", "photo"}, item
        if source == "photo":
            assert key in photos, item
    questions = [i["question"].strip().lower() for i in items]
    assert len(questions) == len(set(questions)), "a question appears twice"


@pytest.mark.skipif(not CLEVR_SCENES.exists(), reason="needs ../shared/clevr-mini")
@pytest.mark.parametrize("name", SETS)
def test_every_clevr_scene_named_exists_and_every_gold_program_gives_its_answer(name):
    known = {s["image_filename"] for s in json.loads(CLEVR_SCENES.read_text())["scenes"]}
    items = load_items(DATA / name)
    named = {i["scene"].partition(":")[2] for i in items if i["scene"].startswith("clevr:")}
    assert named <= known, named - known
    scenes = Scenes(CLEVR_SCENES, DATA / "photo_scenes.json")
    for item in items:
        if item["gold"] in {"refuse", "answer-only"}:
            continue
        result = execute(compile_gold(item["gold"]), scenes.graph(item["scene"]))
        assert (result.status, result.text) == ("ok", item["answer"]), (item["question"], item["gold"])


def test_the_eighth_set_has_every_voice_and_enough_refusals():
    items = load_items(DATA / "blind8.jsonl")
    assert len(items) >= 240
    voices = {"assistive", "inspector", "quiz", "hedged", "clauses", "comparative", "casual", "refuse"}
    assert voices <= {i["kind"] for i in items}
    assert sum(i["gold"] == "refuse" for i in items) >= 35


def test_the_ninth_set_refuses_enough():
    assert sum(i["gold"] == "refuse" for i in load_items(DATA / "blind9.jsonl")) >= 25
