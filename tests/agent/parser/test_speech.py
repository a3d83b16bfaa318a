"""Spoken questions as speech-to-text writes them down (nsvr.agent.parser.speech): hesitations, restarts, repairs said
aloud, a topic before its question and talk at either end, read without punctuation; and what must stay refused."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import EmbeddedParser
from nsvr.agent.parser.speech import spoken_readings
from nsvr.agent.parser.tokens import ParseError


def program_of(question: str) -> str:
    return " ".join(EmbeddedParser().parse(question).pretty().split())


@pytest.mark.parametrize(
    ("spoken", "written"),
    [
        ("how many how many rubber things are there", "How many rubber things are there?"),
        ("what size is the is the cyan cylinder", "What size is the cyan cylinder?"),
        ("is the um the gray sphere metal", "Is the gray sphere metal?"),
        ("how many spheres are left of that red no the blue cube", "How many spheres are left of the blue cube?"),
        ("what shape is the big no wait the small yellow thing", "What shape is the small yellow thing?"),
        ("the cylinder behind the gray ball what color is that", "What color is the cylinder behind the gray ball?"),
        ("the cyan sphere is it small", "Is the cyan sphere small?"),
        ("the two big spheres they are the same colour", "Are the two big spheres the same colour?"),
        ("okay so how many cylinders are there basically", "How many cylinders are there?"),
        ("hang on is there a brown cube", "Is there a brown cube?"),
        ("are all the cubes rubber is it", "Are all the cubes rubber?"),
        ("how many cube's are there", "How many cubes are there?"),
        ("what's the sign say", "What does the sign say?"),
        ("what colour is the one all the way at the back", "What colour is the backmost object?"),
    ],
)
def test_a_spoken_question_reads_as_its_written_form(spoken: str, written: str) -> None:
    assert program_of(spoken) == program_of(written)


@pytest.mark.parametrize(
    "question",
    [
        "what is the girl thinking",  # an unknown last word may be what is asked: never talk
        "Reason the woman holds the dog?",  # nor an unknown word before the subject
        "how many cylinders are zorbly",
    ],
)
def test_what_a_question_asks_is_never_left_out_as_talk(question: str) -> None:
    with pytest.raises(ParseError):
        EmbeddedParser().parse(question)


def test_a_punctuated_question_is_not_heard_again() -> None:
    """The writer marked the pauses: no reading is made of a question with punctuation inside it."""
    assert list(spoken_readings("okay, how many cubes are there?", lambda words: True)) == []


def test_talk_that_names_something_stays() -> None:
    """Words at the ends that name a thing, a value or a place are never left out ("red" narrows the count)."""
    readings = list(spoken_readings("red how many cubes are there", lambda words: "red" not in words))
    assert all(reading.startswith("red") for reading in readings)


@pytest.mark.parametrize(
    ("spoken", "written"),
    [
        (
            "ok there's a cube behind the gray ball what colour is it",
            "There's a cube behind the gray ball. What colour is it?",
        ),
        ("which one is furthest to the right what is it", "Which one is furthest to the right? What is it?"),
        ("now them two red balls are they the same size", "Are those two red balls the same size?"),
    ],
)
def test_a_premise_or_a_first_question_is_parted_from_the_next(spoken: str, written: str) -> None:
    assert program_of(spoken) == program_of(written)
