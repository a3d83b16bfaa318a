"""Things compared and contrasted (``agent/parser/alike.py``), parity, an exclusive "or", the edges of the picture,
rows and columns, and kinds counted against kinds: each question asked of a small drawing whose answer is known."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import ParseError, parse
from nsvr.agent.parser.alike import alike

# a row of three red figures and a blue one, a big green square below them at the bottom edge
DRAWING = [
    ("a", "circle", "red", (4.0, 20.0, 24.0, 40.0)),
    ("b", "circle", "red", (75.0, 22.0, 95.0, 42.0)),
    ("c", "triangle", "blue", (110.0, 20.0, 130.0, 40.0)),
    ("d", "circle", "red", (160.0, 20.0, 180.0, 40.0)),
    ("e", "square", "green", (55.0, 110.0, 125.0, 195.0)),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the odd one out, and what sets it apart
        ("Which one's the odd one out?", "unknown"),  # the green square and the blue triangle each stand apart
        ("Which of the circles is the odd one out?", "unknown"),  # all three are red circles
        ("What colour is the odd one out among the red shapes?", "unknown"),
        ("Which shape is a different colour from the rest?", "unknown"),
        # sameness of two, said as a choice
        ("Same colour or different: the triangle and the square?", "different"),
        ("Is the triangle a different colour from the square, or the same?", "different"),
        ("the leftmost circle and the rightmost circle - same kind of shape or not?", "yes"),
        ("Is the triangle coloured differently to the square", "yes"),
        # a group the same, any two alike
        ("Circles all one colour?", "yes"),
        ("are any two of these the same colour?", "yes"),
        ("None of the shapes are the same colour, right?", "no"),
        # sizes as a ratio and compared
        ("Is the square at least twice as big as the triangle?", "yes"),
        ("Is the triangle less than half the size of the square?", "yes"),
        ("Larger: the triangle or the square?", "square"),
        # one set apart, then the others
        ("Apart from the green square, are the remaining shapes all circles?", "no"),
        ("Setting the triangle aside, how many of the rest are red?", "3"),
        ("Leave out the square: how many of the others are circles?", "3"),
        # parity, an exclusive or, kinds against kinds
        ("Is the number of circles odd or even?", "odd"),
        ("Is there an even number of shapes?", "no"),
        ("Is there a triangle or a star, but not both?", "yes"),
        ("Is there a triangle or a circle, but not both?", "no"),
        ("Are there more colours than kinds of shape?", "no"),
        # edges, rows and columns
        ("Which shape touches the bottom edge?", "square"),
        ("Is the leftmost circle at the left edge?", "yes"),
        ("How many shapes are in the same row as the triangle?", "3"),
        ("Which shape is in the same column as the triangle?", "square"),
        ("Go to the top right corner. What shape is there?", "circle"),
    ],
)
def test_compared_and_contrasted(question: str, expected: str, asked) -> None:
    assert asked(question, DRAWING) == expected


def test_the_odd_one_out_of_a_group_is_said_by_what_sets_it_apart(asked) -> None:

    for question, expected in [
        ("Which one's the odd one out?", "blue triangle"),
        ("Odd one out?", "blue triangle"),
        ("Which shape is a different colour from the rest?", "blue"),
        ("What kind of shape is the odd one out?", "triangle"),
        ("Is the leftmost circle the odd one out?", "no"),
        ("The blue shape is the odd one out, isn't it?", "yes"),
        ("Apart from one, are all the shapes the same colour?", "yes"),
    ]:
        assert asked(question, DRAWING[:4]) == expected, question


def test_the_thing_a_nearest_description_picks_is_checked_not_the_picture(asked) -> None:
    """ "Is the shape nearest to the triangle a circle?" had been "is there a circle" (yes, whatever is nearest)."""
    assert asked("Is the shape that is nearest to the blue triangle a circle?", DRAWING) == "yes"
    assert asked("Is the shape nearest to the blue triangle a square?", DRAWING) == "no"
    # "it" is the thing the farthest one is measured from
    assert asked("Is the circle farthest from the triangle to the left or to the right of it?", DRAWING) == "left"


def test_a_shape_placed_by_a_relation_compared_with_another(asked) -> None:
    assert asked("Is the shape left of the triangle the same shape as the leftmost circle?", DRAWING) == "unknown"
    assert asked("Is the shape below the triangle the same colour as the triangle?", DRAWING) == "no"


def test_an_adjective_does_not_reach_a_noun_with_its_own_article(asked) -> None:
    """ "a red shape or a circle" is any circle, as "red cubes or spheres" are red spheres too."""
    program = parse("Is there a blue shape or a circle?")
    assert [s.op for s in program.steps].count("filter") == 1
    assert asked("Is there a green shape or a star?", DRAWING) == "yes"


def test_rewrites_say_comparisons_in_the_grammars_words() -> None:
    assert alike("Which one's the odd one out?") == "which is the oddball?"
    assert alike("Squares all one colour?") == "are all the squares the same color?"
    assert alike("Of the two squares, take the one under the triangle. Is the other one bigger?") == (
        "is the square other than the square under the triangle bigger than the square under the triangle?"
    )


def test_not_both_needs_two_things_to_choose_between() -> None:
    with pytest.raises(ParseError, match="not both"):
        parse("How many circles, but not both?")
