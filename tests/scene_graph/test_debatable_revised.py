"""Where both readings of a debated kind answer ("3 if squares count as rectangles, 1 if not"), the answer stays
unknown: a revision of an unrelated, unsure object (a star that might be a circle) settles neither reading, and had
given back the squares-in reading as the answer."""

from __future__ import annotations

from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph
from nsvr.scene_graph.program import Count, Program, Select


def _shape(key: str, name: str, alternatives: dict[str, float] | None = None) -> dict:
    shape = {"value": name, "confidence": 0.9 if alternatives else 0.99, "alternatives": alternatives or {}}
    return {"id": key, "name": name, "attributes": {"shape": shape}}


def test_both_readings_stay_unknown_whatever_a_revision_assumes() -> None:
    graph = SceneGraph(
        width=400,
        height=300,
        objects=[
            _shape("a", "rectangle"),
            _shape("b", "square"),
            _shape("c", "square"),
            _shape("d", "star", {"circle": 0.07}),
        ],
        attribute_values={"shape": ["rectangle", "square", "star", "circle"]},
        vocabulary=["rectangle", "square", "star", "circle"],
    )
    answer = execute(Program(steps=[Select(name="rectangle"), Count(inputs=[0])]), graph)
    assert answer.status == "unknown"
    assert answer.reason == "3 if squares count as rectangles, 1 if not"
