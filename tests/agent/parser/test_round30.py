"""Round 30 (blind33 and blind34's first runs): objects taken away or added before a count (CLEVR-Math), a relation
or a shared attribute among "either ... or" options and after "both ... and" (CLOSURE), "there is a X; how many
other things share its colour" (CLEVR-Dialog), one of several objects offered, "where is A relative to B, left or
right", and a slip whose one core reading fits where it stands ("the lagre cube", "behing the ball")."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.scene_graph import program as P
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph

# the scene (conftest): 0 large red metal sphere, 1 small blue rubber cube, 2 small red rubber cube, 3 large green
# metal cylinder, 4 small yellow rubber sphere; left to right 1 0 4 2 3, front to back 4 1 3 0 2


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Subtract all spheres. How many objects are left?", "3"),
        ("Subtract all red things. Subtract all small cubes. How many objects are left?", "2"),
        ("Subtract all rubber spheres. How many spheres are left?", "1"),
        ("Subtract 1 cube. How many cubes are left?", "1"),
        ("Subtract 2 cylinders. How many spheres are left?", "2"),  # the cylinders are no spheres
        ("Add 2 red cubes. How many cubes exist?", "4"),
        ("Add 3 small red spheres. How many small things are there?", "6"),
        ("Add 1 cube. How many spheres are there?", "2"),
        ("Subtract all cylinders. Add 3 spheres. How many objects exist?", "7"),
        ("take away all the cubes - how many objects are left?", "3"),
        ("Remove the red things and then the cylinders. How many objects are still there?", "2"),
        ("If I put two more red cubes in, how many cubes would there be?", "4"),
        ("suppose one cylinder is taken away; how many cylinders remain?", "0"),
    ],
)
def test_objects_taken_away_or_added_before_a_count(blocks: SceneGraph, question: str, answer: str) -> None:
    assert execute(parse(question), blocks).text == answer


@pytest.mark.parametrize(
    "question",
    [
        "Add 2 cubes. How many red things are there?",  # the added cubes' colour is not said
        "Subtract every object that is warm to the touch. How many objects are left?",
        "Paint all the cubes red. How many red things are there?",
        "Turn all the cubes into spheres. How many spheres are there?",
        "Double the number of cubes. How many cubes are there?",
        "The red ones don't count. How many cubes are there?",
        "Cover the left half of the picture. How many objects can you see?",
    ],
)
def test_a_change_the_count_cannot_follow_is_never_dropped(blocks: SceneGraph, question: str) -> None:
    try:
        result = execute(parse(question), blocks)
    except Exception:  # noqa: BLE001 - a refusal is the right outcome
        return
    assert result.status != "ok"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("How many things are either small or the same material as the large sphere?", "4"),
        ("How many things are either left of the red sphere or the same shape as the yellow sphere?", "2"),
        ("How many things are both in front of the green cylinder and the same size as the blue cube?", "1"),
        ("How many people are in either red or white?", None),  # what is worn, never a relation "in"
    ],
)
def test_closure_options_and_conjunctions(blocks: SceneGraph, question: str, answer: str | None) -> None:
    if answer is None:
        assert not any(isinstance(s, P.Relate) for s in parse(question).steps)
        return
    assert execute(parse(question), blocks).text == answer


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("There is a large green cylinder. How many other things share its material?", "1"),
        ("There is a small blue cube. Is there anything else the same colour as it?", "no"),
    ],
)
def test_an_object_introduced_then_its_attribute_shared(blocks: SceneGraph, question: str, answer: str) -> None:
    assert execute(parse(question), blocks).text == answer


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Which object is leftmost, the large red sphere, the red cube, or the green cylinder?", "sphere"),
        ("Which cube is rightmost, the red cube or the blue cube?", "red"),
        ("Which cube is the rightmost one? (a) the red cube (b) the blue cube", "red"),
        ("Where is the blue cube relative to the green cylinder, left or right?", "left"),
    ],
)
def test_one_of_the_objects_offered(blocks: SceneGraph, question: str, answer: str) -> None:
    assert execute(parse(question), blocks).text == answer


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What color is the lagre sphere?", "red"),
        ("Is the red cube behing the blue cube?", "yes"),
    ],
)
def test_a_slip_read_where_it_stands(blocks: SceneGraph, question: str, answer: str) -> None:
    assert execute(parse(question), blocks).text == answer


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("True or false: at least two shapes are red.", "yes"),
        ("Does this caption match the image: exactly one shape is a cylinder?", "yes"),
        ("True or false: no shape is a cylinder.", "no"),
        ("Is this caption correct: most shapes are small?", "yes"),
        ("Is exactly one shape a cylinder?", "yes"),
        ("Is no object yellow?", "no"),
        ("Are at least three objects red?", "no"),
        ("Are more than half of the objects small?", "yes"),  # a share, never "more than N"
    ],
)
def test_quantified_claims_checked(blocks: SceneGraph, question: str, answer: str) -> None:
    assert execute(parse(question), blocks).text == answer


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Are any two objects the same colour?", "yes"),  # two red
        ("Do any two cubes have the same size?", "yes"),
        ("Are there two spheres with the same material?", "no"),
        ("Do any of the spheres share a size?", "no"),
    ],
)
def test_any_two_alike_and_indefinite_comparisons(blocks: SceneGraph, question: str, answer: str) -> None:
    assert execute(parse(question), blocks).text == answer


def test_indefinite_comparisons_ask_whether_some_one_is(photos: dict[str, SceneGraph]) -> None:
    # SHAPES and ShapeWorld: "is a circle bigger than a square" asks whether some circle is
    assert execute(parse("Is a circle bigger than a square?"), photos["shapes"]).text == "yes"
    assert execute(parse("Is there a square bigger than a hexagon?"), photos["shapes"]).text == "no"


def test_closer_to_one_than_to_another(photos: dict[str, SceneGraph]) -> None:
    # the shapes graph: the star (440, 420) is nearer the blue circle (530, 280) than the square (400, 130)
    assert execute(parse("Is the star closer to the blue circle than to the square?"), photos["shapes"]).text == "yes"
    assert (
        execute(parse("Is the star farther from the blue circle than from the square?"), photos["shapes"]).text == "no"
    )
    # "than the square" could also compare the square's distance to the circle: not read
    with pytest.raises(Exception):  # noqa: B017,PT011 - a refusal of either kind
        execute(parse("Is the star closer to the blue circle than the square?"), photos["shapes"]).text.startswith("y")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Is there exactly one square?", "yes"),
        ("Is there no square?", "no"),
        ("Are most shapes blue?", "no"),  # three of seven
        ("Are most shapes circles?", "no"),
        ("Are none of the shapes stars?", "no"),
        ("True or false: at least two shapes are circles.", "yes"),
        ("Which shape is lowest?", "rectangle"),
    ],
)
def test_shape_names_in_quantified_questions(photos: dict[str, SceneGraph], question: str, answer: str) -> None:
    assert execute(parse(question), photos["shapes"]).text == answer


@pytest.mark.parametrize(
    "question",
    [
        "Of the people, who is farthest to the right? Name the colour of their clothes.",
        "Who is farthest to the right? What colour are they wearing?",
    ],
)
def test_the_colour_of_their_clothes(photos: dict[str, SceneGraph], question: str) -> None:
    assert execute(parse(question), photos["street"]).text == "white"


def test_an_oval_is_a_shape_name_and_in_front_a_place(photos: dict[str, SceneGraph]) -> None:
    assert "oval" in [getattr(s, "name", None) for s in parse("Is the oval below the square?").steps]
    # a drawing has no depth: which of two overlapping shapes is in front is not answered from it
    assert execute(parse("Which is in front, the square or the star?"), photos["shapes"]).status != "ok"


@pytest.mark.parametrize(
    "question",
    ["True or false: a circle is blue.", "A circle is blue. Is this statement true or false?"],
)
def test_a_caption_about_an_indefinite_object(photos: dict[str, SceneGraph], question: str) -> None:
    # one of the two circles is blue: "a circle is blue" holds (ShapeWorld's captions), never "all circles are"
    assert execute(parse(question), photos["shapes"]).text == "yes"
