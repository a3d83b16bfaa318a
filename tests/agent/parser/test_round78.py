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


@pytest.mark.parametrize(
    ("question", "meant"),
    [
        # Matterport-shapes benchmark's first run: overlaps, the covered one, which of two lies where, figures
        ("do any two figures overlap each other", "are any figures overlapping?"),
        ("Do any two shapes overlap each other", "are any shapes overlapping?"),
        ("does anything overlap?", "are any things overlapping?"),
        ("is anything overlapping", "are any things overlapping?"),
        ("which shape is being covered", "which shape is behind another shape?"),
        ("which figure is covered", "which shape is behind another shape?"),
        ("Which is covering the other, the square or the triangle", "which is on top, the square or the triangle?"),
        ("the square or the triangle, which is on top?", "which is on top, the square or the triangle?"),
        ("the square or the triangle, which is underneath?", "which is further back, the square or the triangle?"),
        ("which is at the top, the square or the triangle", "which is higher up, the square or the triangle?"),
        ("which object is on the far left?", "which thing is the leftmost?"),
        ("which figure is highest?", "which figure is the topmost?"),
        ("Blue background?", "is the background blue?"),
        ("is there a red background", "is the background red?"),
    ],
)
def test_overlap_and_figure_wordings(question: str, meant: str) -> None:
    assert parse(question).pretty() == parse(meant).pretty()


def test_the_biggest_figure_is_asked_its_kind() -> None:
    """ "figure", like "shape", names a drawn shape of any kind: which one it is is its kind, not its colour."""
    steps = parse("What's the biggest figure in the picture?").steps
    assert steps[-1].op == "query" and steps[-1].attribute == "name" and len(steps[-1].inputs) == 1


def test_a_size_before_background_stays_a_thing_in_it() -> None:
    assert parse("big background?").pretty() != parse("is the background big?").pretty()
