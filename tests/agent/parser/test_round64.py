"""Round 64: verbs that only say where a thing is ("has rolled the furthest to the right", "does the hexagon sit on the
right-hand side"), a thing named first and asked about with "is it A or B", a topic of attributes alone ("The yellow
— is it ..."), and a plural topic asked about with "they"."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import EmbeddedParser
from nsvr.agent.parser.tokens import ParseError
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph


def program_of(question: str) -> str:
    return " ".join(EmbeddedParser().parse(question).pretty().split())


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Which ball has rolled the furthest to the right?", "Which ball is the furthest to the right?"),
        ("Which one strayed furthest to the left?", "Which one is furthest to the left?"),
        ("Does the hexagon sit on the right-hand side?", "Is the hexagon on the right-hand side?"),
        ("Which object is kept at the most back side?", "Which object is at the most back side?"),
        ("Do all the large shapes sit in the top row?", "Are all the large shapes in the top row?"),
    ],
)
def test_a_verb_that_only_places_its_subject_is_is(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


@pytest.mark.parametrize("question", ["Is there a cube spinning behind the ball?", "Which person looks to the left?"])
def test_a_verb_that_does_more_than_place_is_kept(question: str) -> None:
    try:
        program = program_of(question)
    except ParseError:
        return
    assert program != program_of(question.replace(" spinning", "").replace("looks to", "is on"))


def _two_cubes() -> SceneGraph:
    return SceneGraph(
        width=100,
        height=100,
        objects=[
            {
                "id": 0,
                "name": "cube",
                "box": [0, 0, 10, 10],
                "attributes": {"size": {"value": "small"}, "material": {"value": "metal"}},
            },
            {
                "id": 1,
                "name": "sphere",
                "box": [50, 0, 60, 10],
                "attributes": {"size": {"value": "large"}, "material": {"value": "rubber"}},
            },
        ],
    )


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("The small cube, is it metal or rubber?", "metal"),
        ("there is the big sphere ; is it metal or rubber?", "rubber"),
        ("there is the small cube ; is it a cube or a sphere?", "cube"),
    ],
)
def test_it_after_a_thing_named_first_is_that_thing(question: str, answer: str) -> None:
    assert execute(EmbeddedParser().parse(question), _two_cubes()).text == answer


def test_is_it_a_or_b_alone_still_asks_of_the_one_thing_shown() -> None:
    graph = SceneGraph(width=100, height=100, objects=[{"id": 0, "name": "cube", "box": [0, 0, 10, 10]}])
    assert execute(EmbeddedParser().parse("Is it a cube or a sphere?"), graph).text == "cube"


def test_a_topic_of_attributes_alone_is_a_thing() -> None:
    said = "The yellow — is it in front of the blue cube?"
    assert program_of(said) == program_of("Is the yellow thing in front of the blue cube?")


def test_a_plural_topic_asked_about_with_they() -> None:
    said = "The things in front of the big blue cube, how many are they?"
    assert program_of(said) == program_of("How many things are in front of the big blue cube?")


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Which item is positioned furthest to the left? I require its colour.", None),
        ("Which object is third from the front? Please revert with its shape.", None),
    ],
)
def test_the_attribute_wanted_said_in_any_words(said: str, plain: str | None) -> None:
    program = EmbeddedParser().parse(said)
    assert program.steps[-1].attribute in {"color", "shape"}
    if plain is not None:
        assert program_of(said) == program_of(plain)


def test_ties_on_people_are_the_ties_they_wear() -> None:
    assert program_of("How many ties are on the men?") == program_of("How many ties are worn by the men?")


def test_the_whole_panel_is_the_picture() -> None:
    assert program_of("How many colours are used in the whole panel?") == program_of("How many colours are there?")


def test_how_many_remain_after_leaving_some_aside() -> None:
    said = "Leaving aside the blue shapes, how many remain?"
    assert program_of(said) == program_of("How many things other than the blue shapes are there?")


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "Bottom row, second from the left — what shape is it?",
            "What shape is the second one from the left in the bottom row?",
        ),
        ("Top row, far right. Is that one green?", "Is the rightmost one in the top row green?"),
        (
            "Rightmost shape of the bottom row — what colour it has?",
            "What colour is the rightmost shape in the bottom row?",
        ),
        (
            "The wee purple ball down the back — what's it made of?",
            "What is the small purple ball at the back made of?",
        ),
        ("The cup on the far right? What colour's that one?", "What colour is the cup on the far right?"),
    ],
)
def test_a_place_in_a_row_or_at_the_back_named_first(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


def test_the_shape_at_the_end_of_a_row_keeps_its_row() -> None:
    said = "What colour is the shape at the right end of the bottom row?"
    assert "bottom" in program_of(said) and "right" in program_of(said)


@pytest.mark.parametrize(
    "said",
    [
        "Olle is only half looking at his tablet, so I must say everything in words. How many cylinders are there?",
        "I am on the phone with Mr Haddad, his eyes are not good. How many cylinders are there?",
    ],
)
def test_a_story_about_people_before_the_question(said: str) -> None:
    assert program_of(said) == program_of("How many cylinders are there?")


@pytest.mark.parametrize(
    "said",
    [
        "I need to cut the triangle out at the right size. Is it big or small?",
        "I only count the red ones. How many are there?",
        "My son only likes cubes. How many are red?",
    ],
)
def test_a_story_the_question_depends_on_is_not_left_out(said: str) -> None:
    try:
        program = program_of(said)
    except ParseError:
        return
    asked = said.rsplit(". ", 1)[1]
    try:
        alone = program_of(asked)
    except ParseError:
        return
    assert program != alone
