"""Round 75 (the typos benchmark's first run, and overlapping shapes): short and twice-slipped colour names
read where a colour stands ("blu", "gren", "blak", "purpal"), a noun's slip after a determiner or a colour ("the
squre"), "how meny"; what is partly hidden or covered by another shape; "which shape is on top, the red one or the
purple one"."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Is there a blu triangle?", "Is there a blue triangle?"),
        ("What shape is teh blak one?", "What shape is the black one?"),
        ("Is the circle gren?", "Is the circle green?"),
        ("Is there a purpal rectangle?", "Is there a purple rectangle?"),
        ("Is there a purple squre?", "Is there a purple square?"),
        ("WAT COLOUR IS TEH SQURE", "what colour is the square"),
        ("How meny shapes are there?", "How many shapes are there?"),
        ("Is the triangle blu or red?", "Is the triangle blue or red?"),
    ],
)
def test_a_slip_is_read_where_it_stands(typed: str, meant: str) -> None:
    assert parse(typed).pretty() == parse(meant).pretty()


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("Is there a fluorescent teapot near the blender?", "blender"),  # two letters off "blond": no colour
        ("Oh my god, what colour is the girl wearing?", "girl"),  # "god," is no "gold"
        ("is there a pin on the table?", "pin"),  # a thing, not "pink": no colour stands before "on"
    ],
)
def test_a_word_that_is_no_slip_stays(question: str, kept: str) -> None:
    pretty = parse(question).pretty()
    assert kept in pretty and "gold" not in pretty and "pink" not in pretty and "blond" not in pretty


@pytest.mark.parametrize(
    ("question", "also"),
    [
        ("Which shape is partly hidden?", "Which shape is behind another shape?"),
        ("Is the square partly covered by another shape?", "Is the square behind another shape?"),
        ("how many shapes are partially obscured?", "how many shapes are behind another shape?"),
        ("Is the red one hidden by another shape?", "Is the red one behind another shape?"),
    ],
)
def test_partly_hidden_is_behind_another_shape(question: str, also: str) -> None:
    assert parse(question).pretty() == parse(also).pretty()


def test_covered_alone_stays_what_it_was() -> None:
    assert "behind" not in parse("Is the ground covered in snow?").pretty()


def test_which_is_on_top_of_two_named_by_colour() -> None:
    pretty = parse("Which shape is on top, the red one or the purple one?").pretty()
    assert "ordinal" in pretty and "by=front" in pretty


@pytest.mark.parametrize(
    ("terse", "full"),
    [
        ("count black", "How many black things are there?"),
        ("count the big red", "How many big red things are there?"),
        ("black or red triangle", "Is the triangle black or red?"),
        ("red or blue square?", "Is the square red or blue?"),
        ("triangle red or blue?", "Is the triangle red or blue?"),
    ],
)
def test_terse_counts_and_choices(terse: str, full: str) -> None:
    assert parse(terse).pretty() == parse(full).pretty()


@pytest.mark.parametrize(
    ("question", "also"),
    [
        ("Which shape is on top?", "Which shape is frontmost?"),
        ("which one is in the back?", "Which shape is backmost?"),
        ("which shape is underneath?", "Which shape is behind another shape?"),
        ("Which person is in front?", "Which person is frontmost?"),
        ("which cube is at the back?", "Which cube is backmost?"),
        ("Which shape is covering the other?", "Which shape is in front of another shape?"),
        ("Which one is under the other one?", "Which shape is behind another shape?"),
        ("Is the red shape obscured?", "Is the red shape behind another shape?"),
        ("What is peeking out from behind the square?", "What is behind the square?"),
        ("Is the square hiding part of the circle?", "Is the square in front of the circle?"),
        ("What colour is the hidden shape?", "What colour is the shape behind another shape?"),
        ("how many partly covered shapes are there?", "how many shapes are behind another shape?"),
    ],
)
def test_what_lies_on_what_in_other_words(question: str, also: str) -> None:
    assert parse(question).pretty() == parse(also).pretty()


def test_at_the_top_stays_a_place_in_the_picture() -> None:
    assert "vposition" in parse("Which shape is at the top?").pretty()
