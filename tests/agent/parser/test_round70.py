"""Round 70: whether the squares count among the rectangles, said in more ways and of one rectangle too ("not
counting squares" had been read as counting them in), and a kind left out by a relative clause whose noun the
lexicon does not know ("a rectangle that is not a square", "stuff on the table that isn't a cup")."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import EmbeddedParser, parse
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph


def program_of(question: str) -> str:
    return " ".join(EmbeddedParser().parse(question).pretty().split())


@pytest.mark.parametrize(
    ("question", "status", "answer"),
    [
        # the shapes drawing holds a yellow rectangle and a blue square
        ("How many rectangles are there, not counting squares?", "ok", "1"),
        ("How many rectangles are there, counting squares as rectangles?", "ok", "2"),
        ("How many rectangles are there if squares count as rectangles?", "ok", "2"),
        ("How many rectangles are there without the squares?", "ok", "1"),
        ("How many rectangles are there? Squares don't count.", "ok", "1"),
        ("How many rectangles are there (squares not included)?", "ok", "1"),
        ("Excluding squares, how many rectangles are there?", "ok", "1"),
        ("How many rectangles that are not squares are there?", "ok", "1"),
        ("Does the image contain a rectangle, counting squares as rectangles?", "ok", "yes"),
        ("Is there a rectangle other than a square?", "ok", "yes"),
        ("Is there a rectangle that isn't a square?", "ok", "yes"),
        ("How many rectangles are there?", "unknown", None),  # said neither way: both readings
    ],
)
def test_whether_squares_count_is_said(
    photos: dict[str, SceneGraph], question: str, status: str, answer: str | None
) -> None:
    result = execute(parse(question), photos["shapes"])
    assert result.status == status, result.reason
    if answer is not None:
        assert result.text == answer


@pytest.mark.parametrize(
    ("question", "same_as"),
    [
        ("Are there any rectangles if we count squares?", "Are there any squares or rectangles?"),
        ("Is there a rectangle, squares included?", "Is there a square or a rectangle?"),
        ("How many large rectangles are there, squares excluded?", "How many large rectangles other than squares?"),
        ("Is there a shape that is not a circle?", "Is there a shape other than a circle?"),
    ],
)
def test_a_note_on_the_squares_reads_as_the_question_it_means(question: str, same_as: str) -> None:
    assert program_of(question) == program_of(same_as)


def test_an_existence_of_rectangles_with_the_squares_is_either_not_both() -> None:
    steps = [step.op for step in parse("Are there any rectangles, squares included?").steps]
    assert "or" in steps and "and" not in steps


def test_a_kind_left_out_belongs_to_the_thing_it_can_be() -> None:
    # a table is never a cup: the clause says what of the stuff on the table is left out
    assert program_of("stuff on the table that isn't a cup - count? yes chef") == program_of(
        "How many things on the table are not cups?"
    )
    assert program_of("Is there a rectangle that is not a square?") == program_of(
        "Is there a rectangle other than a square?"
    )
