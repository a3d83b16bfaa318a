"""A count compared with a number the question states ("more than two cubes", "exactly 3 spheres")."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.agent.parser.tokens import ParseError
from nsvr.scene_graph import Attribute, Object, SceneGraph, execute


def _scene() -> SceneGraph:
    colours = ["red", "red", "blue", "green"]
    objects = [Object(id=f"c{i}", name="cube", attributes={"color": Attribute(value=c)}) for i, c in enumerate(colours)]
    objects.append(Object(id="s", name="sphere", attributes={"color": Attribute(value="red")}))
    return SceneGraph(width=10, height=10, objects=objects)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Are there four cubes?", True),
        ("Are there 3 cubes?", False),
        ("Is there exactly one sphere?", True),
        ("Are there precisely two red cubes?", True),
        ("Are there more than three cubes?", True),
        ("Is there more than one sphere?", False),
        ("Are there over 4 things?", True),
        ("Are there fewer than 2 red things?", False),
        ("Are there less than two green cubes?", True),
        ("Are there under five objects?", False),
        ("Are there at least 4 cubes?", True),
        ("Are there at least five cubes?", False),
        ("Are there at most 1 blue cube?", True),
        ("Are there no more than two red things?", False),
        ("Do you see two red cubes?", True),
        ("are there exactly 0 yellow cubes", True),
    ],
)
def test_a_count_against_a_stated_number(question: str, answer: bool) -> None:
    program = parse(question)
    assert "number" in [step.op for step in program.steps]
    result = execute(program, _scene())
    assert (result.status, result.value) == ("ok", answer), program.pretty()


@pytest.mark.parametrize("question", ["Are there more than many cubes?", "Are there at least cubes?"])
def test_a_quantifier_without_a_number_is_refused(question: str) -> None:
    with pytest.raises(ParseError):
        parse(question)


def test_existence_and_count_comparisons_are_unchanged() -> None:
    assert [s.op for s in parse("Are there any cubes?").steps] == ["select", "exist"]
    assert [s.op for s in parse("Is there a cube?").steps] == ["select", "exist"]
    assert "number" not in [s.op for s in parse("Are there more cubes than spheres?").steps]
