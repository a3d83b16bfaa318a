"""Round 42 (blind44's first run, CLEVR's compositional questions said the way people talk): an object introduced
by its place and then asked about ("the green cylinder has a sphere in front of it. what colour is that sphere?",
"the red cube stands to the right of a cube. that cube, what colour is it?", "behind X there is Y, and left of
that Y there are some Zs. how many?"), a topic asked about as "it" or "they" ("the blue cube, is it made of the same
material as ..."), "the same colour as it" said around the object, counts of "either ... or is a ...", and
telegraphic comparisons ("red sphere and green cylinder. same size?")."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph

# the blocks scene (conftest): 0 large red metal sphere, 1 small blue rubber cube, 2 small red rubber cube,
# 3 large green metal cylinder, 4 small yellow rubber sphere; left to right 1 0 4 2 3, front to back 4 1 3 0 2


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("The green cylinder has a sphere in front of it. What colour is that sphere?", "yellow"),
        ("The red cube stands to the right of a cube. That cube, what colour is it?", "blue"),
        (
            "Behind the blue cube there is a large cylinder, and left of that cylinder there are some spheres. "
            "How many?",
            "2",
        ),
        ("There's a red sphere. Behind it, can you see any cylinder?", "no"),
        ("Something is found on the left side of the red sphere. What is it made from?", "rubber"),
        ("Look at the green cylinder. On its left there is a sphere made of metal. What colour is that sphere?", "red"),
        ("One of the spheres has the same colour as the red cube. What is that sphere made of?", "metal"),
    ],
)
def test_an_object_introduced_then_asked_about(blocks: SceneGraph, question: str, answer: str) -> None:
    assert execute(parse(question), blocks).text == answer


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Red sphere and green cylinder. Same size?", "yes"),
        ("The blue cube, is it made of the same material as the yellow sphere, do you think?", "yes"),
        ("the two cubes are they the same size", "yes"),
        ("Not counting the red cube itself, how many other things have got the same colour as it?", "1"),
        ("The red sphere is made of some material. How many cubes are made of that same material?", "0"),
        ("Count up everything that is either made of metal or is a cube", "4"),
        ("Is the red sphere made of the same material that the green cylinder is made of?", "yes"),
    ],
)
def test_comparisons_said_plainly(blocks: SceneGraph, question: str, answer: str) -> None:
    assert execute(parse(question), blocks).text == answer


def test_a_topic_with_its_question_word_is_no_topic() -> None:
    # "the big sphere what is it made of": the question asks of the sphere; "what" is no part of the topic
    assert parse("the big sphere what is it made of") == parse("what is the big sphere made of")
    assert parse("How many objects are spheres, red, or both?") == parse("How many objects are spheres or red?")


def test_elliptic_count_keeps_the_place_it_was_said_at() -> None:
    # "left of that cylinder there are some spheres. how many?" counts the spheres there, not all of them
    program = parse(
        "Behind the blue cube there is a large cylinder, and left of that cylinder there are some spheres. How many?"
    )
    assert "left" in program.pretty()


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Behind the blue cube is there anything made of metal?", "yes"),
        ("behind the blue cube how many spheres do you count", "1"),
        ("left of the red cube spheres how many", "2"),
        ("To the right of the blue cube, the small thing — what is it made of?", "rubber"),
        ("is the red sphere coloured the same as the red cube", "yes"),
        ("Is it more rubber things than metal things here?", "yes"),
        ("Is the red sphere shiny like the green cylinder?", "yes"),
        ("are there as many cubes as there is spheres", "yes"),
        ("in front of the red sphere how many of the things are cubes", "1"),
        ("In front of the red sphere, how many things stand?", "3"),
    ],
)
def test_a_place_said_first(blocks: SceneGraph, question: str, answer: str) -> None:
    assert execute(parse(question), blocks).text == answer
