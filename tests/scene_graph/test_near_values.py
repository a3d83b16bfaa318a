"""A value a graph of few values cannot tell is read as its nearest one: on a CLEVR render (rubber or metal)
"plastic" is the rubber, "made of silver" the metal, "teal" the cyan; a graph that tells any value (a photo's) keeps
the word as asked."""

from __future__ import annotations

from nsvr.scene_graph.clevr import scene_from_clevr
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import Attribute, Object, SceneGraph
from nsvr.scene_graph.program import Choose, Count, Filter, Program, Scene, Select, Verify

RENDER = scene_from_clevr(
    {
        "objects": [
            {"color": "cyan", "shape": "cube", "material": "rubber", "size": "large", "3d_coords": [0, 0, 0.7]},
            {"color": "gray", "shape": "sphere", "material": "metal", "size": "small", "3d_coords": [2, 1, 0.35]},
        ]
    }
)


def _verify(name: str, attribute: str, value: str) -> Program:
    return Program(steps=[Select(name=name), Verify(inputs=[0], attribute=attribute, value=value)])


def test_a_render_reads_plastic_as_rubber_and_silver_as_metal() -> None:
    assert execute(_verify("cube", "material", "plastic"), RENDER).text == "yes"
    assert execute(_verify("sphere", "material", "plastic"), RENDER).text == "no"
    assert execute(_verify("sphere", "material", "silver"), RENDER).text == "yes"
    assert execute(_verify("cube", "color", "teal"), RENDER).text == "yes"


def test_a_choice_and_a_filter_fold_the_same_way() -> None:
    choose = Program(
        steps=[Select(name="sphere"), Choose(inputs=[0], attribute="material", options=["plastic", "metal"])]
    )
    assert execute(choose, RENDER).text == "metal"
    counted = Program(steps=[Scene(), Filter(inputs=[0], attribute="color", value="teal"), Count(inputs=[1])])
    assert execute(counted, RENDER).text == "1"


def test_a_value_with_no_near_one_stays_unknown() -> None:
    answer = execute(_verify("cube", "color", "chartreuse"), RENDER)
    assert answer.status == "unknown"


def test_an_open_graph_keeps_the_word_asked() -> None:
    cup = Object(id="c", name="cup", attributes={"material": Attribute(value="plastic")})
    photo = SceneGraph(width=640, height=480, objects=[cup])
    assert execute(_verify("cup", "material", "plastic"), photo).text == "yes"
    assert execute(_verify("cup", "material", "rubber"), photo).text == "no"
