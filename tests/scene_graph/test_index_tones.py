"""A colour said with its tone ("light blue", "dark green") on a graph that tells colours and tones apart (a
drawing's fills, the region proposer's "tone"): blue and a light shade of it. A graph that tells no tones (CLEVR's
eight paints, a photo's colour namer) keeps its own reading of the name."""

from __future__ import annotations

from nsvr.agent.parser import parse
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph


def _fill(key: str, name: str, colour: str, tone: str) -> dict:
    attributes = {"color": {"value": colour}, "tone": {"value": tone}, "shape": {"value": name}}
    return {"id": key, "name": name, "attributes": attributes}


def _drawing() -> SceneGraph:
    return SceneGraph(
        width=400,
        height=300,
        objects=[
            _fill("a", "rectangle", "blue", "light"),
            _fill("b", "rectangle", "blue", "mid"),
            _fill("c", "circle", "green", "light"),
            _fill("d", "triangle", "green", "dark"),
        ],
        attribute_values={
            "color": ["blue", "green", "red"],
            "tone": ["light", "dark", "mid"],
            "shape": ["rectangle", "circle", "triangle"],
        },
    )


def _ask(question: str) -> str:
    result = execute(parse(question), _drawing())
    assert result.status == "ok", result.reason
    return result.text


def test_a_toned_colour_is_the_colour_in_that_tone() -> None:
    assert _ask("How many light blue shapes are there?") == "1"
    assert _ask("How many blue shapes are there?") == "2"
    assert _ask("Is there a dark green triangle?") == "yes"
    assert _ask("Is there a light red shape?") == "no"
    assert _ask("What shape is light green?") == "circle"


def test_a_tone_the_perception_was_unsure_of_neither_fits_nor_fails() -> None:
    unsure = {"value": "mid", "confidence": 0.8, "alternatives": {"dark": 0.2}}
    graph = SceneGraph(
        width=100,
        height=100,
        objects=[{"id": "t", "name": "triangle", "attributes": {"color": {"value": "green"}, "tone": unsure}}],
        attribute_values={"color": ["green", "blue"], "tone": ["light", "dark", "mid"], "shape": ["triangle"]},
    )
    assert execute(parse("Is the triangle dark green?"), graph, revise=False).status == "unknown"
    assert execute(parse("Is the triangle dark blue?"), graph).text == "no"


def test_whether_a_square_is_a_diamond_is_debated() -> None:
    def figure(key: str, name: str) -> dict:
        return {"id": key, "name": name, "attributes": {"shape": {"value": name}}}

    graph = SceneGraph(width=100, height=100, objects=[figure("a", "diamond"), figure("b", "square")])
    answer = execute(parse("How many diamonds are there?"), graph)
    assert (answer.status, answer.reason) == ("unknown", "2 if squares count as diamonds, 1 if not")
    assert execute(parse("Is there a diamond?"), graph).text == "yes"
