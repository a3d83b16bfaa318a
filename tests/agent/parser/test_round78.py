"""Round 78 (the spoken-questions benchmark's first run): a device called by name with no comma, "wanna", "like"
before a comparison, "highest up", two counts offered, "which colour is there more of", a count asked before its
comparison, and two things looked at before a question that names each again."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.agent.parser.spoken import spoken


@pytest.mark.parametrize(
    ("question", "meant"),
    [
        ("computer is there a square", "is there a square?"),
        ("robot which shape is the biggest", "which shape is the biggest?"),
        ("hey assistant which shape is the highest up", "which shape is the highest?"),
        ("computer what kind of shape is the blue thing", "what shape is the blue thing?"),
        ("computer i'm looking at this picture and i wanna know is there a circle anywhere", "is there a circle?"),
        ("so i got this picture here and i wanna know how many circles are in it", "how many circles are there?"),
        ("okay so is the red thing like lower down than the gray thing", "is the red thing below the gray thing?"),
        ("Are there four or five shapes in total?", "how many shapes are there?"),
        ("do you see two or three red circles", "how many red circles are there?"),
        (
            "Which colour is there more of, yellow shapes or black shapes?",
            "are there more yellow shapes or black shapes?",
        ),
        ("which colour has more shapes, yellow or black", "are there more yellow shapes or black shapes?"),
        ("Count the circles and the triangles. Are there more circles?", "are there more circles than triangles?"),
        ("count the squares and the stars, are there fewer stars", "are there fewer stars than squares?"),
        (
            "Look at the green shape and the triangle. Is the green shape on the left of the triangle?",
            "is the green shape left of the triangle?",
        ),
    ],
)
def test_spoken_wordings(question: str, meant: str) -> None:
    assert parse(question).pretty() == parse(meant).pretty()


@pytest.mark.parametrize(
    "question",
    [
        "the computer is on the desk, what colour is it?",  # a computer in the picture, not one called
        "count the circles and the triangles. are there more squares?",  # neither counted thing
        "is the ball like the cube?",  # "like" compares here
    ],
)
def test_what_is_not_spoken_form_stays(question: str) -> None:
    assert spoken(question) == question
