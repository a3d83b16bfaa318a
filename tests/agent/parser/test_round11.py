"""Round 11: qualifiers said after or inside a question. One that lifts a restriction ("any size", "regardless of
colour", "big or small, it doesn't matter", "including the small ones") changes nothing; one that adds a
restriction ("metal ones only", "but only the red ones") narrows the noun that "ones" stands for; "the small kind"
is "small". A choice question ("the small cube, metal or rubber?") stays a choice."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("how many spheres are there, any size?", "2"),
        ("how many cubes are there regardless of their colour", "2"),
        ("count the cubes, no matter what color they are", "2"),
        ("how many spheres of any material are there", "2"),
        ("how many spheres, big or small?", "2"),
        ("how many rubber things, whatever their shape?", "3"),
        ("how many things are red, any shape", "2"),
        ("how many spheres, including the small ones", "2"),
        ("how many spheres (big or small) - it doesn't matter", "2"),
        ("count spheres. metal ones only.", "1"),
        ("how many cubes, only the red ones", "1"),
        ("how many spheres but just the yellow ones?", "1"),
        ("count the things, but only the large metal ones", "2"),
        ("of all the cubes, how many are the small kind?", "2"),
        ("how many spheres are of the large variety", "1"),
        ("the small blue cube, metal or rubber?", "rubber"),
        ("how many large things are there, of all colors", "2"),
    ],
)
def test_qualifiers_after_the_question(blocks: SceneGraph, question: str, answer: str) -> None:
    assert execute(parse(question), blocks).text == answer
