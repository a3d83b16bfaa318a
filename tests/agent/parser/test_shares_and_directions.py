"""Shares, majorities, values by how often they are seen, totals and gaps between counts, compass points and the
way one thing lies from another: each question asked of a drawing whose answer is known."""

from __future__ import annotations

import pytest

# three red circles along the top, a blue square in the middle, a green triangle low left, a red star low right
DRAWING = [
    ("a", "circle", "red", (20.0, 20.0, 50.0, 50.0)),
    ("b", "circle", "red", (135.0, 20.0, 165.0, 50.0)),
    ("c", "circle", "red", (250.0, 20.0, 280.0, 50.0)),
    ("d", "square", "blue", (135.0, 135.0, 165.0, 165.0)),
    ("e", "triangle", "green", (20.0, 250.0, 50.0, 280.0)),
    ("f", "star", "red", (250.0, 250.0, 280.0, 280.0)),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # shares
        ("What fraction of the shapes are red?", "2/3"),
        ("What percentage of the shapes are circles?", "50%"),
        ("what % of the shapes are green", "16.7%"),
        ("What fraction of the circles are blue?", "0"),
        ("What is the ratio of red shapes to blue shapes?", "4:1"),
        ("How many red shapes per blue shape?", "4"),
        # majorities
        ("Are most of the shapes red?", "yes"),
        ("At least half of them circles?", "yes"),
        ("Do the circles make up more than half of the shapes?", "no"),
        ("Is the share of red shapes above 60%?", "yes"),
        # how often values are seen
        ("How many colours appear only once?", "2"),
        ("Which colours are used for exactly one shape?", "blue, green"),
        ("Does every colour appear at least twice?", "no"),
        ("Is there a kind of shape that appears more than once?", "yes"),
        ("Is red the most common colour?", "yes"),
        ("Which shape appears least often?", "unknown"),  # square, triangle and star once each
        # totals and gaps
        ("What is the combined count of blue shapes and green shapes?", "2"),
        ("What is the gap between the blue shape count and the red shape count?", "3"),
        ("How many extra red ones are there compared to blue ones?", "3"),
        ("Do blue shapes and green shapes have equal representation?", "yes"),
        # compass points and directions
        ("Which shape is furthest south?", "unknown"),  # the triangle and the star, level
        ("How many shapes lie north of the square?", "3"),
        ("Is the triangle in the western half of the picture?", "yes"),
        ("Is the star north or south of the square?", "south"),
        ("In which direction is the star from the square?", "lower right"),
        ("Give the compass heading from the square to the triangle.", "southwest"),
        ("If the picture were a clock face, what hour would the star be at?", "unknown"),  # between 4 and 5
        ("From the square, the middle circle is at how many o'clock?", "12"),
        # a heading from one thing, and a walk that way
        ("What's due north of the square?", "circle"),
        ("What's at the square's twelve o'clock?", "circle"),
        ("Start at the square and head southeast. Which shape do you reach?", "star"),
        ("From the square, go down and to the left. What do you find there?", "triangle"),
        ("Heading due north from the square, would you bump into the star?", "no"),
    ],
)
def test_shares_and_directions(question: str, expected: str, asked) -> None:
    assert asked(question, DRAWING, 300) == expected
