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
    ("question", "named"),
    [
        ("What is the meaning of life?", "I don't understand 'meaning'"),
        ("Is the cube fnorbly?", "I don't understand 'fnorbly'"),
        ("What colour are the man's sunglasses made of, roughly speaking?", "'speaking'"),
        ("How many", "it ends early"),
        ("Is there a", "it ends early"),
        ("Tell me a joke", "'joke'"),
        ("How many cubes are there because of the rain?", "'because'"),
    ],
)
def test_unparsable_question_names_the_word_and_suggests_a_phrasing(question: str, named: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse(question)
    message = str(caught.value)
    assert question in message and named in message and "expected" in message
    assert 'Try a question like "' in message


@pytest.mark.parametrize("question", ["Why is the sky blue?", "When was this photo taken?", "Whose bag is it?"])
def test_why_and_when_are_refused_as_out_of_scope(question: str) -> None:
    with pytest.raises(ParseError, match="I can't answer '(why|when|whose)' questions"):
        parse(question)


@pytest.mark.parametrize(
    "question",
    [
        "Tell me how many big blue blocks you can see.",  # "you" is no object
        "Is no red shape present?",  # nor "no red shape" or "present"
        "Does the image contain a cube?",  # nor "image"
        "What shape is present?",
        "How many cubes would fit inside the ball?",
    ],
)
def test_function_words_never_become_object_names(question: str) -> None:
    try:
        program = parse(question)
    except ParseError:
        return
    names = [getattr(s, "name", None) for s in program.steps] + [getattr(s, "value", None) for s in program.steps]
    assert not {"you", "no red shape", "present", "image", "would", "cubes would fit"} & set(names), program.pretty()


def test_too_long_question_is_refused() -> None:
    with pytest.raises(ParseError, match="question too long"):
        parse("Is " + " ".join(["the big red cup on the table"] * 15) + " red?")


def test_repetitive_word_salad_stops_quickly() -> None:
    with pytest.raises(ParseError, match="too many ways to read it"):
        parse("Is " + " ".join(["the big red cup on the table"] * 8) + " red?")
