"""Round 71: whether a thing carries any text at all ("is there anything written on the bus", "does the sign have
writing on it") is not a question of what it says. It had been read as "does the bus say 'there anything'" and
answered a confident "no"; nsvr cannot tell that a thing says nothing, so it says so."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import ParseError, parse
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph


@pytest.mark.parametrize(
    "question",
    [
        "Is there anything written on the bus?",
        "Anything written on the front of the bus?",
        "Is something written on the bus?",
        "Is there something printed on the sign?",
        "Is any text written on the sign?",
        "Does the bus have writing on it?",
        "Does the sign have any words on it?",
        "Which object has writing on it?",
        "Is there a sign that has writing on it?",
        "Is there a bus with writing on it?",
    ],
)
def test_whether_a_thing_carries_text_is_refused_not_read_as_its_text(question: str) -> None:
    with pytest.raises(ParseError, match="cannot tell that it says nothing"):
        parse(question)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Which sign has the word stop on it?", "sign"),
        ("Is the word stop written on the sign?", "yes"),
        ("Is cero emisiones written on the bus?", "yes"),
        ("Does the man have a tie on?", "yes"),  # worn, not written
    ],
)
def test_text_and_worn_things_still_read(photos: dict[str, SceneGraph], question: str, answer: str) -> None:
    result = execute(parse(question), photos["street"])
    assert (result.status, result.text) == ("ok", answer), result.reason
