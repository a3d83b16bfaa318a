"""English as learners write it: adjectives after their noun, "he"/"she" for a thing (agent/parser/learner_forms)."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import EmbeddedParser
from nsvr.agent.parser.learner_forms import adjectives_first, things_as_it


def program_of(question: str) -> str:
    return " ".join(EmbeddedParser().parse(question).pretty().split())


@pytest.mark.parametrize(
    ("said", "moved"),
    [
        ("the cylinder blue or the cylinder cyan", "the blue cylinder or the cyan cylinder"),
        ("a thing big and red at the left", "a big red thing at the left"),
        ("All the objects small are metal", "All the small objects are metal"),
        ("Is the sphere yellow bigger than the cube?", "Is the yellow sphere bigger than the cube?"),
        ("Is there some object yellow?", "Is there some yellow object?"),
    ],
)
def test_values_after_a_noun_go_before_it(said: str, moved: str) -> None:
    assert adjectives_first(said) == moved


@pytest.mark.parametrize(
    "said",
    [
        "Is the cube red?",
        "is the cube red or blue?",
        "wait are both the green balls metal",
        "The shapes red or green, how many?",  # either value: not red shapes
        "which one big more",  # "one" is no noun to describe
        "Is the cube red sphere?",  # a noun follows: the values are its own
    ],
)
def test_values_a_question_asks_or_that_describe_what_follows_stay(said: str) -> None:
    assert adjectives_first(said) == said


def test_he_and_she_are_it_where_no_person_is_named() -> None:
    assert things_as_it("The sphere, of which colour is she?") == "The sphere, of which colour is it?"
    assert things_as_it("What colour is the woman's bag, is it hers?") == "What colour is the woman's bag, is it hers?"


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "Which is more big, the cylinder blue or the cylinder cyan?",
            "Which is bigger, the blue cylinder or the cyan cylinder?",
        ),
        ("Is there here some object yellow?", "Is there a yellow object?"),
        (
            "The sphere that is in front of the sphere yellow, of which colour is she?",
            "What colour is the sphere in front of the yellow sphere?",
        ),
        (
            "How many other shapes have the same size that the triangle green?",
            "How many other shapes have the same size as the green triangle?",
        ),
    ],
)
def test_a_learners_question_reads_as_its_plain_twin(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)
