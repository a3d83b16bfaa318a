"""The paraphrase sets' format: every line names a scene that exists, a kind, a question, a gold (a program in
nsvr's notation, ``answer-only`` or ``refuse``) and an answer that is None exactly when the gold is ``refuse``;
in the ninth blind set every gold program, run by nsvr's executor, gives the answer computed by plain Python.
No planner runs here (the blind sets are held back)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nsvr.agent.llm.notation import compile_gold
from nsvr.scene_graph.executor import execute
from nsvr.tasks.paraphrase_bench import Scenes, load_items

DATA = Path(__file__).resolve().parents[1] / "data" / "paraphrases"
CLEVR_SCENES = Path(__file__).resolve().parents[2] / ".." / "shared" / "clevr-mini" / "val" / "scenes.json"
BLIND = ["blind.jsonl", "blind2.jsonl", "blind3.jsonl", "blind4.jsonl", "blind5.jsonl", "blind6.jsonl",
         "blind7.jsonl", "blind9.jsonl"]  # fmt: skip


@pytest.mark.parametrize("name", BLIND)
def test_every_line_of_a_blind_set_has_the_fields_and_a_known_scene(name):
    items = load_items(DATA / name)
    photos = json.loads((DATA / "photo_scenes.json").read_text())
    assert items
    for item in items:
        assert {"kind", "scene", "question", "gold", "answer"} <= set(item), item
        assert item["question"].strip() and item["kind"]
        source, _, key = item["scene"].partition(":")
        assert source in {"clevr", "photo"}, item["scene"]
        if source == "photo":
            assert key in photos, item["scene"]
        assert (item["gold"] == "refuse") == (item["answer"] is None), item
    texts = [i["question"].strip().lower() for i in items]
    assert len(texts) == len(set(texts)), "duplicate questions"


@pytest.mark.skipif(not CLEVR_SCENES.exists(), reason="needs ../shared/clevr-mini")
def test_the_ninth_blind_sets_gold_programs_give_its_plain_python_answers():
    items = load_items(DATA / "blind9.jsonl")
    scenes = Scenes(CLEVR_SCENES, DATA / "photo_scenes.json")
    assert sum(i["gold"] == "refuse" for i in items) >= 25
    for item in items:
        if item["gold"] == "refuse":
            continue
        result = execute(compile_gold(item["gold"]), scenes.graph(item["scene"]))
        assert (result.status, result.text) == ("ok", item["answer"]), item["gold"]
