"""Round 25: a canonical wording normalized once more when the first pass leaves it unread ("grey or else made of
metal"), an apposition that narrows a noun ("the large sphere, the one that's left of ..."), an object introduced
by a statement with its place ("Behind the red sphere there is something.", "A cylinder stands to the right of
..."), "everything that's either a cube or metallic", "whichever small cube is ...", "I'm looking for X. How many
are there?", counts said equal in a claim, "compare X with Y: same colour?", two objects or sets compared
without "the", text written on a part of an object, a state after a place in a relative clause ("left of the cube
and made of rubber")."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph

# the scene (conftest): 0 large red metal sphere, 1 small blue rubber cube, 2 small red rubber cube, 3 large green
# metal cylinder, 4 small yellow rubber sphere; left to right 1 0 4 2 3, front to back 4 1 3 0 2


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("How many of the objects are red or else made of metal?", "3"),
        ("What's the count of blue plus yellow objects?", "2"),
        ("How many small things are behind the large sphere, the one that's left of the yellow ball?", "1"),
        ("What colour is the cube, the one left of the red sphere?", "blue"),
        ("Behind the red sphere there is something. What colour is it?", "red"),
        ("A cylinder stands to the right of the red cube. What is it made of?", "metal"),
        ("A cube is placed to the left of the red sphere. What size is it?", "small"),
        ("Take everything that's either a cube or metallic. How many of those are small?", "2"),
        ("How many things that are cubes are small?", "2"),
        ("Whichever small cube is left of the red sphere, what colour is it?", "blue"),
        ("I'm looking for rubber things that are behind the yellow sphere. How many are there?", "2"),
        ("Would you say the cubes and the spheres are equal in number?", "yes"),
        ("Is it true that the cubes and the cylinders are equal in number?", "no"),
        ("The thing with the green colour that's a cylinder: is it big or small?", "large"),
        ("Compare the sphere that's left of the yellow ball with the red cube: same colour?", "yes"),
        ("Red sphere and green cylinder, size same or not?", "yes"),
        ("the blue cube and the red cube: made of the same thing or not", "yes"),
        ("there are two cubes; are they the same colour?", "no"),
        ("Rubber objects and metal objects, is their number the same?", "no"),
        ("What colour is the sphere which is left of the yellow sphere and which is made of metal?", "red"),
        ("How many things are left of the red cube and made of rubber?", "2"),
        ("How many things are behind the blue cube and metal?", "2"),
    ],
)
def test_round25_wordings(blocks: SceneGraph, question: str, answer: str) -> None:
    assert execute(parse(question), blocks).text == answer


def test_adjectives_alone_after_that_are_stay_a_union_of_filters(blocks: SceneGraph) -> None:
    """Only a noun after "that are" is moved before "things"; "either large or yellow" reads as it did."""
    question = "Counting everything that is either large or yellow, how many objects do you get?"
    assert execute(parse(question), blocks).text == "3"


def test_a_noun_with_more_after_it_is_not_taken_for_the_whole_description(blocks: SceneGraph) -> None:
    """ "things that are either spheres in front of the blue cube or metal cylinders": the place stays with the
    spheres (the noun rewrite only reads a description that ends there)."""
    question = "What's the total of things that are either spheres in front of the blue cube or metal cylinders?"
    assert execute(parse(question), blocks).text == "2"


@pytest.mark.parametrize(
    ("scene", "question", "answer"),
    [
        ("kitchen", "And the bottle, chef - what's written on the label?", "AGUA"),
        ("kitchen", "The bottle has a label on it. What does it say?", "AGUA"),
        ("street", "what's written on the side of the bus, read it to me", "CERO EMISIONES"),
    ],
)
def test_text_on_a_part_of_an_object_is_the_objects_text(
    photos: dict[str, SceneGraph], scene: str, question: str, answer: str
) -> None:
    assert execute(parse(question), photos[scene]).text == answer
