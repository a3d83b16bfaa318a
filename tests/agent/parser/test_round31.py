"""Round 31 (blind35's first run): questions as machine paraphrasers and augmenters write them: back-translated
prepositions ("in front from", "at the back of"), verbs for having ("possess", "exhibit", "consist of"), nouns
for attributes ("of a metallic nature", "of a big size", "hue"), distractor clauses that change nothing ("ignoring
the lighting", "regardless of their size"), "the presence of X: is it observed?", "the number of X and Y
equivalent?", "does X exist which ...", and positions said other ways ("at the second position from the left")."""

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
        ("Is the yellow sphere in front from the green cylinder?", "yes"),
        ("How many items are there at the back from the green cylinder?", "2"),
        ("How many objects are situated at the back of the blue cube?", "3"),
        ("Is the blue cube located on the left hand from the red sphere?", "yes"),
        ("What hue does the little yellow ball possess?", "yellow"),
        ("Which colours are possessed by the cubes?", "blue, red"),
        ("Is the green cylinder of a metallic nature?", "yes"),
        ("Is the yellow sphere of a big size?", "no"),
        ("Is the red cube out of metal?", "no"),
        ("Of which material does the blue cube consist?", "rubber"),
        ("The big ball, out of which material is it produced?", "metal"),
        ("Ignoring the lighting, what colour is the cylinder?", "green"),
        ("How many red objects, regardless of their size, are there?", "2"),
        ("The presence of a green cylinder: is it observed in the scene?", "yes"),
        ("Are the number of spheres and the number of cubes equivalent?", "yes"),
        ("Does a cylinder exist which is made from rubber?", "no"),
        ("How many spheres exist that have a yellow colour?", "1"),
        ("Which hue is the most frequent one among the objects?", "red"),
        ("Are the cubes, all of them, made of rubber?", "yes"),
        ("Either a purple sphere or a green cylinder: is one of them present?", "yes"),
        ("Does the blue cube exceed the red sphere in size?", "no"),
        ("How many other objects have the identical colour to the small cube that is red?", "1"),
        ("Counting from the left side, the object at the second position has what colour?", "red"),
    ],
)
def test_machine_paraphrases(blocks: SceneGraph, question: str, answer: str) -> None:
    assert execute(parse(question), blocks).text == answer


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Would you kindly indicate how many cubes there are?", "2"),  # "indicate" is the request, not "show"
        ("Please state the number of objects made of metal, irrespective of their size or colour.", "2"),
    ],
)
def test_requests_said_formally_stay_read(blocks: SceneGraph, question: str, answer: str) -> None:
    assert execute(parse(question), blocks).text == answer
