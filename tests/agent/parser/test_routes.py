"""Walks from object to object (``agent/parser/routes.py``): "start at A, go to the B behind it, then the C left of
that one: what colour is that C?" is asked of "the C left of the B behind A"."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.agent.parser.routes import route_question
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # the blocks scene (conftest): 0 large red metal sphere, 1 small blue rubber cube, 2 small red rubber cube,
        # 3 large green metal cylinder, 4 small yellow rubber sphere; left to right 1 0 4 2 3, front to back 4 1 3 0 2
        (
            "Start at the yellow sphere, go to the cylinder behind it, then the cube behind that one. "
            "What colour's the cube?",
            "red",
        ),
        (
            "Follow the run: from the blue cube, go to the big sphere on its right, then the cube behind that one. "
            "What colour's that last one?",
            "red",
        ),
        (
            "Trace the route for me: from the green cylinder, take the sphere behind it, then the cube behind that. "
            "What colour's that cube?",
            "red",
        ),
        (
            "Start from the yellow sphere. The blue cube behind it, then the cylinder behind that one: "
            "is that cylinder metal?",
            "yes",
        ),
        (
            "start at the blue cube, go to the big sphere on its right, then the cube behind that - how big is that "
            "cube?",
            "small",
        ),
    ],
)
def test_a_walk_is_one_chain_of_places(blocks: SceneGraph, question: str, answer: str) -> None:
    result = execute(parse(question), blocks)
    assert (result.status, result.text) == ("ok", answer), result.reason


@pytest.mark.parametrize(
    "message",
    [
        "How many cubes are there?",
        "Start at the cube. What colour is it?",  # no walk: one place only
        "Start at the cube, then count everything. How many?",  # a step that says no place
    ],
)
def test_no_walk_no_rewrite(message: str) -> None:
    assert route_question(message) is None
