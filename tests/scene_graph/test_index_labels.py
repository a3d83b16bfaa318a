"""A compound name whose first words are what the object says: "the stop sign" is the sign that reads STOP when
the graph calls it "sign" and keeps its text."""

from __future__ import annotations

from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph
from nsvr.scene_graph.program import Count, Program, Select


def _graph() -> SceneGraph:
    return SceneGraph(
        width=640,
        height=480,
        objects=[
            {"id": "s1", "name": "sign", "text": "STOP"},
            {"id": "s2", "name": "sign", "text": "NO PARKING"},
            {"id": "b", "name": "bus", "text": "CERO EMISIONES"},
            {"id": "t", "name": "stop light"},
        ],
    )


def _count(name: str, graph: SceneGraph) -> str:
    return execute(Program(steps=[Select(name=name), Count(inputs=[0])]), graph).text


def test_a_sign_is_named_by_what_it_says() -> None:
    graph = _graph()
    assert _count("stop sign", graph) == "1"
    assert _count("no parking sign", graph) == "1"
    assert _count("sign", graph) == "2"


def test_an_object_called_by_the_compound_itself_is_not_relabelled() -> None:
    graph = _graph()
    assert _count("stop light", graph) == "1"  # its own name, not a sign reading "stop"
    assert _count("exit sign", graph) == "0"
