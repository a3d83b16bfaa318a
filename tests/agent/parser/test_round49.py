"""Round 49 (blind51's first run, a fresh crowd): its four confident answers that were wrong, each a condition,
a place or a choice dropped, and a judgement answered: "is the woman a good cook" (refused: a picture shows what
people are, not how good they are at it), "I counted the white things on the table ... how many are there" (the
place narrows the things counted), "if I make the circles disappear, how many blue shapes are left" (what is made to
disappear is taken away), "is the red cup left of the plate, or have I got that backwards" (which side)."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.agent.parser.tokens import ParseError
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph


@pytest.mark.parametrize("question", ["Is the woman a good cook, would you say?", "is the dog a good boy?"])
def test_judgements_are_refused(question: str) -> None:
    with pytest.raises(ParseError, match="judgements"):
        parse(question)


@pytest.mark.parametrize(
    ("scene", "question", "answer"),
    [
        # the kitchen: a white plate and a white cup on the table, a white clock on the wall
        (
            "kitchen",
            "I, uh, counted the white things on the table and got two, but I might be wrong. How many are there?",
            "2",
        ),
        ("kitchen", "Is the red cup to the left of the plate, or have I got that backwards?", "left"),
        ("shapes", "And if I make the circles disappear, how many blue shapes are left?", "2"),
    ],
)
def test_what_the_crowd_said_around_the_question(
    photos: dict[str, SceneGraph], scene: str, question: str, answer: str
) -> None:
    result = execute(parse(question), photos[scene])
    assert (result.status, result.text) == ("ok", answer), result.reason
