"""Round 57 (blind57-58's forms as mechanisms): comparatives of place said any way, an embedded yes/no question put
in a question's order whatever the polite frame around it, walks that start with "find" or "consider" and end in a
bare attribute, and questions about the world outside the picture refused."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import EmbeddedParser
from nsvr.agent.parser.tokens import ParseError


def program_of(question: str) -> str:
    return " ".join(EmbeddedParser().parse(question).pretty().split())


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Is the cyan cube more to the back than the gray ball?", "Is the cyan cube behind the gray ball?"),
        ("Is the cyan cube further forward than the gray ball?", "Is the cyan cube in front of the gray ball?"),
        ("Is the cyan cube closer to the front than the gray ball?", "Is the cyan cube in front of the gray ball?"),
        ("Is the star higher than the square?", "Is the star above the square?"),
        ("Is the star lower than the square?", "Is the star below the square?"),
        ("Which is more in front, the cube or the ball?", "Which is closer to the front, the cube or the ball?"),
        ("Which one is more to the back, the cube or the ball?", "Which is further back, the cube or the ball?"),
    ],
)
def test_a_comparative_of_place_is_its_relation(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


@pytest.mark.parametrize(
    "said",
    [
        "Could you tell me whether any of the spheres are metal?",
        "I wonder if you could tell me whether any of the spheres are metal.",
        "Would you tell me if any of the spheres are metal?",
    ],
)
def test_an_embedded_yes_no_question_is_asked_in_a_questions_order(said: str) -> None:
    assert program_of(said) == program_of("Are any of the spheres metal?")


def test_am_i_correct_in_believing() -> None:
    assert program_of("Am I correct in believing that the small cube is red?") == program_of("Is the small cube red?")


@pytest.mark.parametrize(
    "walk",
    [
        "Find the cube behind the red ball, then the cylinder to the right of that cube. Colour?",
        "Consider the cube behind the red ball, and then the cylinder to the right of that. What colour is it?",
    ],
)
def test_a_walk_that_starts_with_find_or_consider(walk: str) -> None:
    assert program_of(walk) == program_of("What colour is the cylinder right of the cube behind the red ball?")


@pytest.mark.parametrize(
    "question", ["In which city is this street?", "What year was this taken?", "Which country is this, do you know?"]
)
def test_the_world_outside_the_picture_is_refused(question: str) -> None:
    with pytest.raises(ParseError, match="where in the world or when"):
        EmbeddedParser().parse(question)


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Setting aside the red cube, are all the remaining cubes big?", "Are all cubes other than the red cube big?"),
        ("Apart from the red cube, is every object big?", "Is every object other than the red cube big?"),
        ("How many objects, except the cubes, are small?", "How many objects other than the cubes are small?"),
    ],
)
def test_an_exception_said_first_or_between_commas(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Is the dog in front of the car or behind the car?", "Is the dog in front of the car or behind it?"),
        ("dog in front of the car or behind it?", "Is the dog in front of the car or behind it?"),
        ("Is the dog left of the car or right of it?", "Is the dog to the left or to the right of the car?"),
        ("the two small cubes same colour?", "Are the two small cubes the same colour?"),
        ("the dog and the car same colour or not?", "Do the dog and the car have the same colour?"),
        ("Dog the same colour as the car?", "Is the dog the same colour as the car?"),
        ("whos furthest to the left, a man or a woman?", "Is the person furthest to the left a man or a woman?"),
        ("Which shape is second from left in top row?", "Which shape is second from the left in the top row?"),
        ("List every colour used in the drawing.", "What colours are in the picture?"),
    ],
)
def test_everyday_shapes_of_choices_and_comparisons(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


def test_a_lead_in_that_narrows_is_part_of_the_question() -> None:
    """ "Cyan balls, not counting the big one. How many?": the lead-in is no job said around the question; its
    exception stays (it had been dropped: every cyan ball counted)."""
    assert program_of("Red cubes, not counting the small one. How many?") == program_of(
        "How many red cubes other than the small one are there?"
    )


def test_a_guess_after_a_wh_question_is_checked() -> None:
    assert program_of("What's that standing behind the car? A tree, is it?") == program_of(
        "Is the thing standing behind the car a tree?"
    )


@pytest.mark.parametrize("question", ["is the girl the boys sister", "Is the man the kids father?"])
def test_kinship_said_without_an_apostrophe_is_refused(question: str) -> None:
    with pytest.raises(ParseError, match="how they are related"):
        EmbeddedParser().parse(question)


def test_it_is_never_the_questions_own_subject() -> None:
    """Two things named before "is the block in front of it": "it" is not the block (the reading that made it so
    asked whether the block is in front of itself, a confident "no")."""
    with pytest.raises(ParseError):
        EmbeddedParser().parse("ok theres a red can in there n the big red block, is the block in front of it")


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Big blue cube. Shiny or matte?", "Is the big blue cube shiny or matte?"),
        ("Large blue cylinder, matte finish?", "Is the large blue cylinder matte?"),
        ("Of the small ones how many are metal?", "How many of the small ones are metal?"),
        (
            "Is the red cylinder on the left of the picture or on the right?",
            "Is the red cylinder on the left or the right?",
        ),
        ("Apart from the big ball are all the balls small?", "Are all the balls other than the big ball small?"),
        (
            "Could you tell me whether the two cyan things are made of the same material?",
            "Are the two cyan things the same material?",
        ),
    ],
)
def test_more_everyday_shapes(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("How many cubes and spheres are there put together?", "How many cubes and spheres are there?"),
        ("Is the small sphere from metal?", "Is the small sphere made of metal?"),
        ("whos standing furthest right", "Who is furthest to the right?"),
        ("Are there quite as many cubes as spheres?", "Are there as many cubes as spheres?"),
        ("I wonder what colour the object furthest to the left might be.", "What colour is the leftmost object?"),
        ("The bus. What colour is that?", "What colour is the bus?"),
    ],
)
def test_round57c_forms(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


def test_a_thing_named_then_two_values_offered() -> None:
    assert program_of("The tie on the right. Red or black?") == program_of("Is the tie on the right red or black?")


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Reading left to right, what colour is the second object?", "What colour is the second object from the left?"),
        ("Cylinders and spheres: the same number of each?", "Are there the same number of cylinders and spheres?"),
        ("Cyan ones all metal or not?", "Are the cyan ones all metal?"),
        ("how many diff colours does it use", "How many different colours are there?"),
        (
            "Which shape sits furthest right in the bottom row?",
            "Which shape is furthest to the right in the bottom row?",
        ),
        ("The two big cubes, would you say they're the same material?", "Are the two big cubes the same material?"),
        ("Which of them is nearest to us? Just the colour will do, dear.", "What colour is the object nearest to us?"),
        ("Is there anything red in there that's big as well?", "Is there anything red that's big?"),
    ],
)
def test_round57d_forms(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


def test_an_order_read_into_a_name_is_refused_not_answered() -> None:
    """ "Shape furthest right on the top row?" had been read as whether a "shape rightmost" exists: on a graph that
    answers for every name, a confident "no". A name no object can have is refused when nothing else reads it."""
    with pytest.raises(ParseError):
        EmbeddedParser().parse("Shape furthest right on the top row?")
