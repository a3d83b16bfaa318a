"""Real GQA questions: the parsed program answers like the question's own (converted) program on the scene graph
synthesized from that program."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from nsvr.agent.parser import ParseError, parse
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.gqa import program_from_gqa
from nsvr.tasks.gqa.synthesis import synthesize_scene_graph

FAMILIES = [
    "relS", "relO", "categoryThat", "categoryRelS", "categoryRelO", "directOf", "directWhich", "verifyAttrs",
    "verifyAttrsC", "chooseAttr", "relChooser", "existRelS", "activityWho", "positionQuery", "positionChoose",
    "material", "materialChoose", "weather", "place", "exist", "existOr", "existAttrOr", "relVerify",
    "relVerifyCo", "relVerifyCr", "how", "category", "categoryThis", "locationChoose", "twoSameC", "activity",
]  # fmt: skip


def _load(shared: Path) -> dict[str, Any]:
    questions: dict[str, Any] = {}
    for name in ("ood_testdev_head.json", "val_bal_tail_-0.7.json"):
        questions.update(json.loads((shared / "gqa-questions" / name).read_text()))
    return questions


def _agrees(record: dict[str, Any]) -> bool:
    graph = synthesize_scene_graph(record)
    reference = execute(program_from_gqa(record["semantic"]), graph).text
    return execute(parse(record["question"]), graph).text == reference


def test_common_gqa_frames_agree_with_the_gqa_program(shared_dir: Path) -> None:
    sample: list[dict[str, Any]] = []
    questions = _load(shared_dir)
    for family in FAMILIES:
        records = [r for r in questions.values() if r["types"]["detailed"] == family]
        assert records, family
        sample.extend(records[:3])
    unparsed = []
    for record in sample:
        try:
            parse(record["question"])
        except ParseError as error:
            unparsed.append(str(error))
    assert unparsed == []
    agreeing = sum(_agrees(record) for record in sample)
    assert agreeing >= 0.9 * len(sample), f"{agreeing}/{len(sample)}"


@pytest.mark.parametrize(
    ("question", "gqa_program"),
    [
        ("Who is wearing a shirt?", "select shirt | relate wearing subject person | query name"),
        ("What is the man holding?", "select man | relate holding object - | query name"),
        ("What color is the elephant on the platform?", "select platform | relate on subject elephant | query color"),
        # "the man" is the one meant (each tried where several): not GQA's "some man"
        (
            "Is the man to the left of the woman?",
            "select woman | relate left subject man | select man | intersect | exist",
        ),
        ("Is the pitcher wearing a glove?", "select pitcher | verify_relation wearing object glove"),
    ],
)
def test_program_shape_mirrors_gqa(question: str, gqa_program: str, reading) -> None:
    described = []
    for step in reading(parse(question)):
        fields = [f for f in ("predicate", "role", "name", "attribute") if f in type(step).model_fields]
        values = ["-" if getattr(step, f) is None else str(getattr(step, f)) for f in fields]
        described.append(" ".join([step.op, *values]))
    assert described == [" ".join(part.split()) for part in gqa_program.split("|")]


@pytest.mark.slow
def test_gqa_agreement_over_both_files(shared_dir: Path) -> None:
    records = list(_load(shared_dir).values())
    agreeing = 0
    for record in records:
        try:
            agreeing += _agrees(record)
        except ParseError:
            pass
    assert agreeing >= 0.95 * len(records), f"{agreeing}/{len(records)}"
