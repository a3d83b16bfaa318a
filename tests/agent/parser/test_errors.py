"""Questions outside the grammar raise ParseError (a ValueError) naming where they stopped fitting."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import EmbeddedParser, ParseError, parse


@pytest.mark.parametrize("question", ["", "   ", "\n\t"])
def test_empty_question(question: str) -> None:
    with pytest.raises(ParseError, match="^empty question$"):
        parse(question)


def test_parse_error_is_a_value_error() -> None:
    assert issubclass(ParseError, ValueError)


def test_only_punctuation() -> None:
    with pytest.raises(ParseError, match="no words"):
        parse("?!")


def test_not_a_string() -> None:
    with pytest.raises(ParseError, match="must be a string, got int"):
        EmbeddedParser().parse(3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "where"),
    [
        ("Why is the sky blue?", "word 1 ('why')"),
        ("When was this photo taken?", "word 1 ('when')"),
        ("What is the meaning of life?", "word 4 ('meaning')"),
        ("How many", "ends early"),
        ("Is there a", "ends early"),
        ("Tell me a joke", "ends early"),
        ("How many cubes are there because of the rain?", "word 6 ('because')"),
    ],
)
def test_unparsable_question_names_the_word(question: str, where: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse(question)
    message = str(caught.value)
    assert question in message and where in message and "expected" in message


def test_too_long_question_is_refused() -> None:
    with pytest.raises(ParseError, match="question too long"):
        parse("Is " + " ".join(["the big red cup on the table"] * 15) + " red?")


def test_repetitive_word_salad_stops_quickly() -> None:
    with pytest.raises(ParseError, match="too many ways to read it"):
        parse("Is " + " ".join(["the big red cup on the table"] * 8) + " red?")
