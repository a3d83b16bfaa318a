"""Round 36 (blind38's first run: a teacher's and a tutor's geometry words): the shapes picked out by their sides,
corners, points or kind of edge ("how many shapes have exactly four sides", "the four-sided shapes", "which shape has
no corners", "a shape with a curved edge", riddles: "I have three sides and three corners. What shape am I?"),
"does the circle have any corners", an oval is no circle, and the angles and regularity of a figure refused."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.agent.parser.tokens import ParseError
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph

# the shapes drawing (photo_scenes.json): a large red circle, a small blue square, a large green triangle, a large
# yellow rectangle, a small red star, a small blue hexagon, a small blue circle


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("How many shapes have exactly four sides?", "2"),
        ("Count the four-sided shapes.", "2"),
        ("How many shapes have no corners at all?", "2"),
        ("How many of the shapes have only straight sides?", "5"),
        ("How many shapes have a curved edge?", "2"),
        ("Which shape has six corners?", "hexagon"),
        ("Which shape has five points?", "star"),
        ("Which shape has got no corners?", "circle"),  # both circles
        ("What colour is the shape with three corners?", "green"),
        ("Are there any shapes without corners?", "yes"),
        ("Is there a shape with exactly five sides?", "no"),
        ("Do all the shapes have straight sides?", "no"),
        ("Does the small circle have any corners?", "no"),
        ("Does the square have any corners?", "yes"),
        ("I have three sides and three corners. What shape am I?", "triangle"),
        ("I have six straight sides and six vertices. Which shape am I?", "hexagon"),
        ("I am yellow and I have four sides. What shape am I?", "rectangle"),
        ("Can you see an oval anywhere?", "no"),
        ("Count the circles for me. How many are there?", "2"),
    ],
)
def test_figures_picked_out_by_their_parts(photos: dict[str, SceneGraph], question: str, answer: str) -> None:
    assert execute(parse(question), photos["shapes"]).text == answer


@pytest.mark.parametrize(
    "question",
    ["Is the hexagon a regular hexagon?", "Is the triangle a right-angled triangle?", "How many lines of symmetry?"],
)
def test_angles_and_regularity_are_refused(question: str) -> None:
    with pytest.raises(ParseError, match="angles"):
        parse(question)
