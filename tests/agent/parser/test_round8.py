"""Round 8 mechanisms: existence questions with the auxiliary dropped ("there a red ball?", "anything behind the
cube?"), a repeated "is there" joining two existence questions, counts compared "in equal numbers", a set named
first and then counted ("Take the cubes. How many of them are metal?"), a trailing request that restates the
question, and "who is on the far left, a X or a Y?". Every wording here is new (none is a blind-set sentence);
each is answered on the `blocks` scene or a photo-like graph, or compared with a plain wording the grammar reads."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.agent.parser.tokens import ParseError
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph


def same(question: str, plain: str) -> None:
    assert parse(question).pretty() == parse(plain).pretty()


def answer(question: str, graph: SceneGraph) -> str:
    result = execute(parse(question), graph)
    return result.text if result.status == "ok" else "unknown"


def ops(question: str) -> list[str]:
    return [step.op for step in parse(question).steps]


# --- 1. dropped auxiliaries ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("there a yellow sphere?", "yes"),
        ("there any purple blocks?", "no"),
        ("there some metal cylinders", "yes"),
        ("there a brown cube?", "no"),
        ("anything in front of the red cube?", "yes"),
        ("something behind the big green cylinder", "yes"),
        ("anything left of the blue cube?", "no"),
        ("any spheres right of the blue block?", "yes"),
        ("any cylinders in front of the yellow ball?", "no"),
    ],
)
def test_existence_without_its_auxiliary(blocks, question: str, expected: str) -> None:
    assert ops(question)[-1] == "exist"
    assert answer(question, blocks) == expected


def test_a_negated_existence_stays_a_negation(blocks) -> None:
    assert ops("isn't there a purple ball?")[-1] == "not"
    assert answer("isn't there a purple ball?", blocks) == "yes"


# --- 2. two existence questions joined ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "op", "expected"),
    [
        ("Is there a red cube and is there a green cylinder?", "and", "yes"),
        ("is there a blue sphere and is there a red cube", "and", "no"),
        ("are there any metal balls and are there any rubber cylinders?", "and", "no"),
        ("is there a purple cube or is there a yellow ball?", "or", "yes"),
        ("is there a cyan ball or a brown cylinder?", "or", "no"),
        ("is there a small cube and a large sphere?", "and", "yes"),
    ],
)
def test_two_existence_questions_join(blocks, question: str, op: str, expected: str) -> None:
    assert ops(question)[-1] == op
    assert ops(question).count("exist") == 2
    assert answer(question, blocks) == expected


# --- 3. counts compared idiomatically ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "do the cubes and the spheres come in equal numbers?",
        "are cubes and balls equally many?",
        "are the spheres and the cubes equal in number",
        "are blocks and spheres the same in number?",
        "are the cubes and the spheres of equal number?",
    ],
)
def test_counts_in_equal_numbers(blocks, question: str) -> None:
    assert ops(question)[-1] == "equal"
    assert answer(question, blocks) == "yes"  # two cubes, two spheres


def test_unequal_numbers_answer_no(blocks) -> None:
    assert answer("do the cylinders and the cubes come in the same numbers?", blocks) == "no"


# --- 4. a set named first, then counted -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "plain", "expected"),
    [
        ("Take the spheres. How many of them are red?", "how many spheres are red", "1"),
        ("Look at the cubes: how many are blue?", "how many cubes are blue", "1"),
        ("Consider the small objects, how many of them are rubber?", "how many small objects are rubber", "3"),
        ("Of the large things, how many are metal?", "how many large things are metal", "2"),
        ("Among the rubber things: how many are cubes?", "how many rubber things are cubes", "2"),
    ],
)
def test_a_set_named_first_then_counted(blocks, question: str, plain: str, expected: str) -> None:
    same(question, plain)
    assert answer(question, blocks) == expected


# --- 5. a trailing request that restates the question -----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "plain", "expected"),
    [
        ("Is the red cube big or small? tell me its size", "is the red cube big or small", "small"),
        (
            "is the green cylinder metal or rubber? Give me its material",
            "is the green cylinder metal or rubber",
            "metal",
        ),
        ("what color is the big sphere? please tell me its color", "what color is the big sphere", "red"),
        ("Is the blue thing a cube or a sphere? tell me the shape", "is the blue thing a cube or a sphere", "cube"),
    ],
)
def test_a_restating_request_is_dropped(blocks, question: str, plain: str, expected: str) -> None:
    same(question, plain)
    assert answer(question, blocks) == expected


def test_a_request_for_something_else_is_not_dropped() -> None:
    # "is it metal?" then "tell me its size" asks two different things: never silently answer only one
    with pytest.raises(ParseError):
        parse("is the red cube metal? tell me its size")


# --- 6. "who is on the far left, a X or a Y?" -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("who's on the far left, a man or a woman", "is the leftmost person a man or a woman"),
        ("who is on the far right - a woman or a man?", "is the rightmost person a woman or a man"),
        ("who stands on the left, a girl or a boy?", "is the leftmost person a girl or a boy"),
        ("who is on the right, is it a man or a woman?", "is the rightmost person a man or a woman"),
    ],
)
def test_who_with_offered_options(photos, question: str, plain: str) -> None:
    same(question, plain)
    assert ops(question)[-1] == "choose" and "ordinal" in ops(question)
    for graph in photos.values():
        assert answer(question, graph) == answer(plain, graph)
