"""What the parser tests ask about: a small CLEVR-like scene of five objects in known left-to-right and
front-to-back orders, and the photo-like graphs of the paraphrase sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nsvr.scene_graph import program as P
from nsvr.scene_graph.clevr import scene_from_clevr
from nsvr.scene_graph.models import Attribute, Object, SceneGraph

PHOTO_SCENES = Path(__file__).resolve().parents[2] / "data" / "paraphrases" / "photo_scenes.json"
OBJECTS = [
    ("large", "red", "metal", "sphere"),
    ("small", "blue", "rubber", "cube"),
    ("small", "red", "rubber", "cube"),
    ("large", "green", "metal", "cylinder"),
    ("small", "yellow", "rubber", "sphere"),
]
LEFT_TO_RIGHT = [1, 0, 4, 2, 3]
FRONT_TO_BACK = [4, 1, 3, 0, 2]


def before(order: list[int], i: int) -> list[int]:
    return sorted(order[: order.index(i)])


def after(order: list[int], i: int) -> list[int]:
    return sorted(order[order.index(i) + 1 :])


@pytest.fixture(scope="module")
def blocks() -> SceneGraph:
    objects = [dict(zip(("size", "color", "material", "shape"), o, strict=True)) for o in OBJECTS]
    n = range(len(objects))
    relationships = {
        "left": [before(LEFT_TO_RIGHT, i) for i in n],
        "right": [after(LEFT_TO_RIGHT, i) for i in n],
        "front": [before(FRONT_TO_BACK, i) for i in n],
        "behind": [after(FRONT_TO_BACK, i) for i in n],
    }
    return scene_from_clevr({"objects": objects, "relationships": relationships})


@pytest.fixture(scope="module")
def photos() -> dict[str, SceneGraph]:
    """The photo-like graphs of tests/data/paraphrases (street, kitchen, park, shapes) by name."""
    return {name: SceneGraph(**raw) for name, raw in json.loads(PHOTO_SCENES.read_text()).items()}


def _reading(program: P.Program) -> list[P._Step]:
    return [step for step in program.steps if not (isinstance(step, P.Unique) and step.resolve)]


@pytest.fixture
def reading():
    """A program's steps without its resolving ``unique`` steps ("the bus": each object that fits is tried as the
    one meant): the shape of the reading, which tests of word order and GQA's program shapes compare."""
    return _reading


def flat_drawing(*things: tuple[str, str]) -> SceneGraph:
    """Flat shapes (name, colour) side by side, as the region proposer reports them."""
    objects = [
        {
            "id": f"s{i}",
            "name": name,
            "box": [10 + 40 * i, 16, 40 + 40 * i, 48],
            "attributes": {"shape": {"value": name}, "color": {"value": color}, "size": {"value": "medium"}},
        }
        for i, (name, color) in enumerate(things)
    ]
    return SceneGraph(width=40 * len(things) + 20, height=64, objects=objects)


@pytest.fixture()
def drawing():
    """A builder of flat drawings: ``drawing(("star", "red"), ("circle", "blue"))``."""
    return flat_drawing


@pytest.fixture()
def three_figures() -> SceneGraph:
    """A red triangle high on the left, a big blue circle low on the right, a small green square in the middle."""

    def shape(key: str, name: str, colour: str, box: tuple[float, float, float, float], size: str) -> Object:
        attributes = {"color": Attribute(value=colour), "shape": Attribute(value=name), "size": Attribute(value=size)}
        return Object(id=key, name=name, box=box, attributes=attributes)

    return SceneGraph(
        width=120,
        height=120,
        objects=[
            shape("t", "triangle", "red", (5.0, 5.0, 35.0, 35.0), "medium"),
            shape("c", "circle", "blue", (75.0, 70.0, 115.0, 110.0), "large"),
            shape("s", "square", "green", (55.0, 50.0, 65.0, 60.0), "small"),
        ],
    )


Figure = tuple[str, str, str, tuple[float, float, float, float]]
"""A drawn figure: its id, shape, colour and box."""


def drawn(figures: list[Figure], side: int = 200) -> SceneGraph:
    """A square drawing of flat figures, each with its colour and shape."""
    objects = [
        Object(id=key, name=name, box=box, attributes={"color": Attribute(value=c), "shape": Attribute(value=name)})
        for key, name, c, box in figures
    ]
    return SceneGraph(width=side, height=side, objects=objects)


@pytest.fixture(scope="session")
def asked():
    """A function answering a question of a drawing (its figures, its side): the answer, or its status when it is
    not "ok"."""
    from nsvr.agent.parser import parse
    from nsvr.scene_graph.executor import execute

    def ask(question: str, figures: list[Figure], side: int = 200) -> str:
        result = execute(parse(question), drawn(figures, side))
        return result.text if result.status == "ok" else result.status

    return ask


@pytest.fixture
def four_figures() -> SceneGraph:
    """Left to right: red circle, blue square, green triangle, yellow hexagon. Top to bottom: circle, triangle,
    square, hexagon. Largest first: hexagon, square, triangle, circle."""

    def figure(key: str, name: str, colour: str, box: tuple[float, float, float, float]) -> Object:
        return drawn([(key, name, colour, box)]).objects[0]

    return SceneGraph(
        width=200,
        height=200,
        objects=[
            figure("a", "circle", "red", (10.0, 10.0, 30.0, 30.0)),
            figure("b", "square", "blue", (40.0, 60.0, 80.0, 100.0)),
            figure("c", "triangle", "green", (90.0, 30.0, 120.0, 60.0)),
            figure("d", "hexagon", "yellow", (130.0, 80.0, 190.0, 140.0)),
        ],
    )
