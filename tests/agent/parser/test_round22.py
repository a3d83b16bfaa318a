"""Round 22: two objects compared by their place in the picture or by size ("Which of the two cubes is closer to
the camera, the cyan one or the purple one?", "Is the cube or the ball further left?"), answered with what tells
them apart; and the attribute wanted named after a question that picks out an object ("Which is the farthest
object from the cylinder? Its shape, please.", "what is it, shape-wise?")."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import ParseError, parse
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph

# the scene (conftest): 0 large red metal sphere, 1 small blue rubber cube, 2 small red rubber cube, 3 large green
# metal cylinder, 4 small yellow rubber sphere; left to right 1 0 4 2 3, front to back 4 1 3 0 2


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Which of the two cubes is further left, the blue one or the red one?", "blue"),
        ("Which cube is more to the right: the blue one or the red one?", "red"),
        ("Which is closer to the camera, the red sphere or the yellow sphere?", "yellow"),
        ("Is the green cylinder or the blue cube further back?", "cylinder"),
        ("Which one is farther away from the viewer, the red cube or the yellow ball?", "cube"),
        ("Which is bigger, the red sphere or the yellow sphere?", "red"),
        ("Which is the leftmost object? Its colour, please.", "blue"),
        ("What is the frontmost thing? What shape, I mean.", "sphere"),
        ("there's one thing that's green - what is it, shape-wise?", "cylinder"),
        ("Which is the rightmost object - material please", "metal"),
        # CLEVR's families as a paraphrasing tool or an assistant restates them
        ("How many things are behind the cube whose colour is blue?", "3"),
        ("What is the shape of the object whose material is metal and whose colour is green?", "cylinder"),
        ("How many objects have a colour that is red?", "2"),
        ("Count the objects having metal as their material.", "2"),
        ("Is the red cube made of a rubbery material?", "yes"),
        ("Are the red sphere and the yellow sphere identical in colour?", "no"),
        ("Is the red sphere's size equal to the green cylinder's?", "yes"),
        ("Determine whether the number of cubes equals the number of spheres.", "yes"),
        ("Excluding the red cube itself, how many objects share its colour?", "1"),
        ("Besides the blue cube, how many small objects can be seen?", "2"),
        ("Looking at the green cylinder, what is its material?", "metal"),
        ("Looking at the picture, how many cubes are there?", "2"),
        ("Are fewer objects behind the yellow sphere than there are cubes?", "no"),
        ("Counting from the front, what's the second object's colour?", "blue"),
        ("I'm looking for a purple ball - is there one?", "no"),
        ("A green cylinder: is there one?", "yes"),
    ],
)
def test_round22_wordings(blocks: SceneGraph, question: str, answer: str) -> None:
    assert execute(parse(question), blocks).text == answer


def test_two_of_one_name_compared_in_size_answer_what_tells_them_apart(blocks: SceneGraph) -> None:
    """Two cubes of one size class: too alike to say (no area to fall back on), never "cube"."""
    assert execute(parse("Which is bigger, the blue cube or the red cube?"), blocks).text == "unknown"


def test_a_named_attribute_after_a_count_is_not_taken_for_the_question() -> None:
    """Only a question that asks what an object is takes the attribute named after it."""
    with pytest.raises(ParseError):
        parse("Is there a cube? Its colour, please.")
