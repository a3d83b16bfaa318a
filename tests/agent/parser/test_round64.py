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
