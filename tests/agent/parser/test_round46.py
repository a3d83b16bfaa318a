"""Round 46 (blind48's first run, a fresh crowd of about forty-five voices): an asker's guess after the question
("Metal, innit?"), asides at its end ("if you don't mind my asking", "she wonders", "or did they forget", "I reckon
four"), an attribute asked of what a which-question picks ("I should like to know its colour", "What colour is
it?"), "which cube is the second from the right", vocatives ("dear", "folks", "gg"), "or am I colourblind", "the
palette", "male subjects", "how many is there X", "X you got there", "of colour purple", "black colour", "the spheres
are all metal?", "them little cubes", "how many of them are", "no wait" restarts, "kids in the park?"."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph

# the blocks scene (conftest): 0 large red metal sphere, 1 small blue rubber cube, 2 small red rubber cube,
# 3 large green metal cylinder, 4 small yellow rubber sphere; left to right 1 0 4 2 3, front to back 4 1 3 0 2


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("That cylinder, what's it made of? Metal, innit?", "metal"),
        ("The big ball, what's it made of? Rubber like a tyre?", "metal"),
        ("What materials are the cubes made of, if you don't mind my asking?", "rubber"),
        ("Is the green cylinder bigger than the blue cube, she wonders?", "yes"),
        ("How many of them little cubes are there? I reckon four.", "2"),
        ("How many red things are there? Red is the one I can't see.", "2"),
        ("Which object is furthest to the left? I should like to know its colour.", "blue"),
        ("Which thing is furthest back? What colour is it?", "red"),
        ("Of the cubes, which is furthest to the right? Its colour, if you please.", "red"),
        ("And which one is right at the very back, dear? What colour is it?", "red"),
        ("is the cylinder green or am i colourblind", "yes"),
        ("How many distinct colours does the palette use?", "4"),
        ("How many is there red objects?", "2"),
        ("How many small cubes you got there?", "2"),
        ("Is there some cube of colour blue?", "yes"),
        ("Is the small sphere yellow colour?", "yes"),
        ("The spheres, they are all of metal?", "no"),
        ("the cubes are all red?", "no"),
        ("what is the cylinder made of is it rubber or metal", "metal"),
        ("how many spheres no wait how many cubes are there", "2"),
        ("Them two cubes, same size, yeah?", "yes"),
        ("How many of them are rubber and not metal?", "3"),
        ("And what, pray, is the cylinder made of?", "metal"),
        ("how many cubes spawned in this map", "2"),
        ("do cylinders outnumber spheres on this level", "no"),
        ("Please identify the second object from the left and state its shape.", "sphere"),
        ("Do the two cubes have identical colours? Please confirm.", "no"),
        ("Tell me the colours the cubes are dressed in?", "blue, red"),
        ("That yellow thing's a rubber ball, ain't it?", "yes"),
        ("which ones the leftmost lol. color?", "blue"),
        ("Give me the number of objects strictly larger than the small yellow sphere.", "2"),
        ("rightmost item — what color, gg", "green"),
        ("State, please, the number of red objects in the exhibit.", "2"),
        ("That big red ball yonder, how many things sit behind it?", "1"),
        ("How many balls are bigger than the small yellow ball?", "1"),
        ("Are the two cubes made of an identical material?", "yes"),
    ],
)
def test_a_fresh_crowd(blocks: SceneGraph, question: str, answer: str) -> None:
    result = execute(parse(question), blocks)
    assert (result.status, result.text) == ("ok", answer), result.reason


@pytest.mark.parametrize(
    ("scene", "question", "answer"),
    [
        ("street", "Report line one: number of male subjects present.", "2"),
        ("park", "Kids in the park?", "2"),
        ("kitchen", "Is there a knife on the table, or did they forget?", "no"),
        ("park", "Who's got hold of the black dog?", "woman"),
        ("park", "How many dogs are out today?", "2"),
        ("street", "Second person from the left, who?", "woman"),
    ],
)
def test_a_fresh_crowd_on_photos(photos: dict[str, SceneGraph], scene: str, question: str, answer: str) -> None:
    result = execute(parse(question), photos[scene])
    assert (result.status, result.text) == ("ok", answer), result.reason


def test_a_which_question_joined_by_and_stays_two_questions() -> None:
    """ "Which cup is the third from the left, and what colour is it?" asks two things: not read as one."""
    from nsvr.agent.parser.tokens import ParseError

    with pytest.raises(ParseError):
        parse("Which cup is the third from the left, and what colour is it?")


def test_which_of_a_kind_is_told_apart_by_what_differs(blocks: SceneGraph, photos: dict[str, SceneGraph]) -> None:
    """ "Which cube is the second from the left?": its name would repeat the question, so the answer is what no
    other cube has (its colour); where the kind's members have names of their own ("which person is in the middle"),
    the name tells them apart. The cubes it was picked from are no evidence."""
    result = execute(parse("Which cube is the second from the left?"), blocks)
    assert (result.text, result.evidence) == ("red", ["2"])
    assert execute(parse("Which cube is the leftmost?"), blocks).text == "blue"
    assert execute(parse("What is the leftmost thing?"), blocks).text == "cube"
    assert execute(parse("Which person is the second from the left?"), photos["street"]).text == "woman"
