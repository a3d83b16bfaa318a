"""Round 33 (the 2D-Geometric-Shapes, dSprites and new-user shape benchmarks' first runs): a figure's count of
sides, corners or points ("how many sides does the shape have", "number of corners on the shape"), the picture's
background as a scene fact, and the shape or place of the one figure asked in a new user's words ("which shape is
drawn here?", "what geometric figure is this?", "left or right: where is the shape", "is it at the top or the
bottom")."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.scene_graph.executor import answer_text, execute
from nsvr.scene_graph.models import Attribute, Object, SceneGraph
from nsvr.scene_graph.names import figure_count


def drawing(shape: str, box: tuple[float, float, float, float] = (120, 10, 190, 80)) -> SceneGraph:
    attributes = {"shape": Attribute(value=shape), "color": Attribute(value="red")}
    return SceneGraph(
        width=200,
        height=200,
        objects=[Object(id="s", name=shape, box=box, attributes=attributes)],
        facts={"background": "white"},
    )


@pytest.mark.parametrize(
    ("question", "shape", "answer"),
    [
        ("How many sides does the shape have?", "heptagon", "7"),
        ("how many corners has the figure got", "octagon", "8"),
        ("How many edges does the figure have?", "nonagon", "9"),
        ("count the sides of the shape", "triangle", "3"),
        ("How many vertices does the shape have?", "hexagon", "6"),
        ("number of corners on the shape?", "square", "4"),
        ("how many sides does it have?", "pentagon", "5"),
        ("how many points does the star have", "star", "5"),
        ("how many corners are there on the rectangle?", "rectangle", "4"),
    ],
)
def test_a_figures_sides_corners_and_points(question: str, shape: str, answer: str) -> None:
    assert execute(parse(question), drawing(shape)).text == answer


def test_a_count_no_shape_gives_is_unknown() -> None:
    """A star's corners are 5 or 10; a cube's sides are no figure's; "polygon" says no number."""
    assert execute(parse("how many corners does the star have"), drawing("star")).status != "ok"
    assert execute(parse("how many sides does the polygon have"), drawing("polygon")).status != "ok"
    assert figure_count("cube", "sides") is None and figure_count("septagon", "sides") == "7"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What colour is the background?", "white"),
        ("what is the background color", "white"),
        ("Is the background white?", "yes"),
        ("is the background grey?", "no"),
        ("is the background blue or white?", "white"),
        ("What colour is the backdrop of the picture?", "white"),
    ],
)
def test_the_background_is_a_fact_of_the_picture(question: str, answer: str) -> None:
    assert answer_text(execute(parse(question), drawing("circle")).value) == answer


def test_a_lightness_is_no_background_colour() -> None:
    """ "Is the background dark?" of a white background: "dark" is no colour name a fact could deny."""
    program = parse("is the background dark?")
    assert all(getattr(step, "attribute", None) != "background" for step in program.steps)
    assert execute(program, drawing("circle")).status != "ok"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("which shape is drawn here?", "triangle"),
        ("What geometric figure is this?", "triangle"),
        ("what shape is there?", "triangle"),
        ("left or right: where is the shape", "right"),
        ("is the shape more to the left or to the right", "right"),
        ("is it on the left or the right", "right"),
        ("is it at the top or the bottom", "top"),
        ("top or bottom: where is the shape?", "top"),
        ("is the sprite red?", "yes"),
    ],
)
def test_the_one_figure_asked_in_a_new_users_words(question: str, answer: str) -> None:
    assert answer_text(execute(parse(question), drawing("triangle")).value) == answer
