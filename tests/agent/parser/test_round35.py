"""Round 35 (the new-user, dSprites and 2D-Geometric-Shapes benchmarks' first runs): a new user's short questions
about the one shape in a picture ("shape?", "what colour?", "big or small?", "is it red or blue?"), "how many
figures are drawn in the image", "can you identify the shape", "near the bottom of the pic", "on the right of the
picture", "dose" for "does", and an oval as an ellipse's attribute value."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import Attribute, Object, SceneGraph


def one_shape(shape: str = "ellipse", box: tuple[float, float, float, float] = (40, 44, 60, 60)) -> SceneGraph:
    attributes = {
        "shape": Attribute(value=shape),
        "color": Attribute(value="red"),
        "size": Attribute(value="medium"),
    }
    return SceneGraph(width=64, height=64, objects=[Object(id="s", name=shape, box=box, attributes=attributes)])


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("shape?", "ellipse"),
        ("what colour?", "red"),
        ("Colour?", "red"),
        ("is it red or blue?", "red"),
        ("is this blue or red", "red"),
        ("big or small?", "unknown"),  # medium is neither
        ("is it large or small", "unknown"),
        ("How many figures are drawn in the image?", "1"),
        ("Can you identify the shape in this image?", "ellipse"),
        ("Is the object near the bottom of the pic?", "yes"),
        ("Is it near the bottom?", "yes"),
        ("Is the shape located on the right of the picture?", "yes"),
        ("dose the image contain a square?", "no"),
        ("is there an oval shape", "yes"),
        ("is it an oval?", "yes"),
    ],
)
def test_a_new_users_short_questions_about_one_shape(question: str, answer: str) -> None:
    assert execute(parse(question), one_shape()).text == answer


def test_a_choice_of_names_is_still_which_one_is_there() -> None:
    program = parse("is it a cube or a sphere")
    assert program.steps[-1].op == "choose" and program.steps[-1].attribute == "name"
