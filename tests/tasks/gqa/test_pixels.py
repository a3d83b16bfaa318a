"""GQA from pixels: graphs come from perceiving ``<imageId>.jpg`` instead of a scene-graphs file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from nsvr.scene_graph import Object, SceneGraph
from nsvr.tasks.bench_common import BenchInputError
from nsvr.tasks.gqa import run_gqa

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


def question(image: str, name: str, answer: str) -> dict:
    return {
        "question": f"Is there a {name}?",
        "answer": answer,
        "imageId": image,
        "isBalanced": True,
        "types": {"structural": "verify", "semantic": "obj", "detailed": "existC"},
        "semantic": [
            {"operation": "select", "argument": f"{name} (-)", "dependencies": []},
            {"operation": "exist", "argument": "?", "dependencies": [0]},
        ],
    }


def test_questions_are_answered_on_perceived_graphs(tmp_path, question_records):
    images = tmp_path / "images"
    images.mkdir()
    shutil.copy(EXAMPLES / "bus.jpg", images / "n1.jpg")
    questions = tmp_path / "q.json"
    questions.write_text(
        json.dumps(
            {"a": question("n1", "bus", "yes"), "b": question("n1", "cat", "no"), "c": question("n404", "bus", "yes")}
        )
    )
    perceived: list[Path] = []

    def perceive(path: Path) -> SceneGraph:
        perceived.append(path)
        return SceneGraph(width=810, height=1080, objects=[Object(id="0", name="bus", box=(0, 200, 800, 760))])

    summary = run_gqa(questions, None, tmp_path / "out", images=images, perceive=perceive, progress=False)
    assert perceived == [images / "n1.jpg"]  # each image perceived once
    assert (summary.n, summary.correct, summary.errors) == (3, 2, 1)
    records = {r["id"]: r for r in question_records(tmp_path / "out/results.jsonl")}
    assert "n404 not found" in records["c"]["reason"]


def test_neither_scene_graphs_nor_images_is_a_clear_error(tmp_path):
    questions = tmp_path / "q.json"
    questions.write_text(json.dumps({"a": question("n1", "bus", "yes")}))
    with pytest.raises(BenchInputError, match="--scene-graphs FILE or --images DIR"):
        run_gqa(questions, None, tmp_path / "out", progress=False)
