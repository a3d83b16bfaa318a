"""``verify`` of one named object among several candidates (``of_one``): yes when all have the value, no when none
has it, unknown when some have it (which one was meant decides); without ``of_one``, all of them must."""

from __future__ import annotations

from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import Attribute, Object, SceneGraph
from nsvr.scene_graph.program import Program, Select, Verify


def _graph() -> SceneGraph:
    cups = [("c1", "red"), ("c2", "blue"), ("p1", "white")]
    return SceneGraph(
        width=100,
        height=100,
        objects=[
            Object(id=i, name="cup" if i.startswith("c") else "plate", attributes={"color": Attribute(value=c)})
            for i, c in cups
        ],
    )


def _ask(name: str, value: str, of_one: bool) -> str:
    program = Program(steps=[Select(name=name), Verify(inputs=[0], attribute="color", value=value, of_one=of_one)])
    return execute(program, _graph()).text


def test_mixed_candidates_are_unknown_only_for_one_object() -> None:
    assert _ask("cup", "red", of_one=True) == "unknown"
    assert _ask("cup", "red", of_one=False) == "no"


def test_agreeing_candidates_answer_either_way() -> None:
    assert _ask("cup", "green", of_one=True) == "no"
    assert _ask("plate", "white", of_one=True) == "yes"


def test_the_unknown_says_why() -> None:
    program = Program(steps=[Select(name="cup"), Verify(inputs=[0], attribute="color", value="red", of_one=True)])
    assert "which one is meant" in (execute(program, _graph()).reason or "")
