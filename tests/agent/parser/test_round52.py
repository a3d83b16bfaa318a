"""Round 52 (blind52's first run, a third fresh crowd): talk around the question, found as the longest run of the
message's sentences and comma-tags that parses where what is left out adds nothing to it (no thing, value, place,
quantity or narrowing word, no question of its own); the very polite ask round about ("might I respectfully enquire
as to", "would it be rude to ask", "if it's not too much trouble"); a statistician's words ("the modal colour", "the
cardinality of the set of", "distinct shape values", "conditional on being small"); the medium the picture is seen
through ("in sight", "on the radar"); verbs of where a thing is ("planted", "gathered", British "stood" in a
description); stage English ("be the ball bigger", "o'", "pray", "what hue"); baby talk's doubled words."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.agent.parser.tokens import ParseError
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # the blocks scene (conftest): 0 large red metal sphere, 1 small blue rubber cube, 2 small red rubber cube,
        # 3 large green metal cylinder, 4 small yellow rubber sphere; left to right 1 0 4 2 3, front to back 4 1 3 0 2
        ("Pardon me, I hate to bother you with this. How many cubes are there, please?", "2"),
        ("Hm? How many spheres? How many spheres are there, I asked?", "2"),
        ("Is every sphere small? Every single one of them small?", "no"),
        ("How many things are in front of the green cylinder? In front of it, I mean.", "2"),
        ("how many cubes are there, dear?", "2"),
        ("What is the modal colour in this sample?", "red"),
        ("What is the cardinality of the set of spheres?", "2"),
        ("How many distinct shape values are there?", "3"),
        ("Conditional on being small, how many objects are rubber?", "3"),
        ("Might I respectfully enquire as to the number of cylinders?", "1"),
        ("Would it be rude to ask the colour of the cylinder?", "green"),
        ("If it's not too much trouble, how many spheres are there?", "2"),
        ("How many things are planted to the left of the yellow sphere?", "2"),
        ("What colour is the cube stood behind the blue cube?", "red"),
        ("How many cubes are gathered here?", "2"),
        ("Be the green cylinder bigger than the blue cube, matey?", "yes"),
        ("How many spheres be made o' metal?", "1"),
        ("Pray, what hue is the cylinder?", "green"),
        ("How many cube-cubes are there?", "2"),
        ("How many spheres in sight?", "2"),
        ("how many cubes on the radar", "2"),
        ("I'm terribly sorry to bother you, but how many cylinders are there?", "1"),
        ("How many spheres have you got out there?", "2"),
        ("How many cubes are on show this evening?", "2"),
        ("The sphere of colour yellow, is it of metal or of rubber?", "rubber"),
        ("How many things of colour red are there?", "2"),
        ("Which is the greater, the red sphere or the blue cube?", "sphere"),
    ],
)
def test_a_third_crowd_s_habits(blocks: SceneGraph, question: str, answer: str) -> None:
    result = execute(parse(question), blocks)
    assert (result.status, result.text) == ("ok", answer), result.reason


@pytest.mark.parametrize(
    "question",
    [
        "Which object is behind the red sphere? Is it a cube?",  # a check of its own, on what may be several
        "How many spheres are there? Not the red one.",  # the sentence left out narrows
    ],
)
def test_a_sentence_that_adds_something_is_never_left_out(question: str) -> None:
    with pytest.raises(ParseError):
        parse(question)


def test_what_is_asked_is_no_talk_to_leave_out() -> None:
    # "what colour's it wearing" asks; "The cube left of the cylinder" alone would check that there is one
    assert parse("The cube left of the cylinder, what colour's it wearing?").steps[-1].op != "exist"
