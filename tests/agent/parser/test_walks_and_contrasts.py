"""A walk from one object to the next (``agent/parser/walks.py``), and negation said the ways people contrast
things: a negative statement with a tag, a claim asked to be wrong, one thing set apart, "neither ... nor"."""

from __future__ import annotations

import pytest

from nsvr.agent.parser.walks import walked

# left to right: a red circle, a blue square above a green triangle, a yellow star; a big purple circle low right
DRAWING = [
    ("a", "circle", "red", (5.0, 80.0, 25.0, 100.0)),
    ("b", "square", "blue", (60.0, 20.0, 80.0, 40.0)),
    ("c", "triangle", "green", (60.0, 130.0, 80.0, 150.0)),
    ("d", "star", "yellow", (110.0, 80.0, 130.0, 100.0)),
    ("e", "circle", "purple", (150.0, 140.0, 195.0, 185.0)),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # walks: each stop placed from the one before, the question asked where it ends
        (
            "Start at the red circle, go to the shape farthest from it. What colour is the shape you end up on?",
            "purple",
        ),
        (
            "Start at the star, go to the square on its left, then to the shape directly below that one. What is it?",
            "triangle",
        ),
        ("Go from the triangle to the square above it. What colour is that square?", "blue"),
        # a negative statement with "is it?" asks the plain question
        ("The square isn't blue, is it?", "yes"),
        ("The triangle isn't red, is it?", "no"),
        ("The star isn't to the left of the square, is it?", "no"),
        # a claim asked to be wrong
        ("My friend says the star is yellow. Is she wrong?", "no"),
        ("Someone told me the square is green. Were they wrong?", "yes"),
        ("Is it wrong to say that the triangle is below the square?", "no"),
        # one thing set apart, the rest asked about
        ("Besides the red circle, is anything else red?", "no"),
        ("Apart from the purple circle, what colour is everything else?", "blue, green, red, yellow"),
        ("Other than the star, what colour is the largest shape?", "purple"),
        ("Is neither the square nor the star red?", "yes"),
        ("Which shape is not left of the star?", "circle"),
        ("How many shapes are not a circle and not yellow?", "2"),
    ],
)
def test_walks_and_contrasts(question: str, expected: str, asked) -> None:
    assert asked(question, DRAWING) == expected


def test_a_walk_is_said_as_one_description_and_anything_else_is_left_alone() -> None:
    assert walked("Start at the red cube, go to the ball behind it. What size is that ball?") == (
        "what size is the ball behind the red cube?"
    )
    # a stop that is not placed from the one before is not a walk read here
    assert walked("Start at the red cube, go to the big ball. What size is it?").startswith("Start")
    assert walked("What colour is the cube?") == "What colour is the cube?"
