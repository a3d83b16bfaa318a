"""A figure's count of sides, corners or points as what orders figures ("the shape with the most sides") and as a
number two figures compare ("does the square have more sides than the triangle"): never read as things inside it."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph
from nsvr.scene_graph.program import Query


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Which shape has the most sides?", "square"),
        ("Which one has the fewest corners?", "circle"),
        ("What color is the shape with the most sides?", "green"),
        ("What is the colour of the figure with the greatest number of sides?", "green"),
        ("Which shape has got the least corners?", "circle"),
        ("How many sides does the shape with the most sides have?", "4"),
        ("Is the red shape the one with the most sides?", "no"),
        ("Does the square have more sides than the triangle?", "yes"),
        ("Does the circle have fewer corners than the triangle?", "yes"),
        ("Does the triangle have as many corners as the square?", "no"),
        ("Do the square and the triangle have the same number of sides?", "no"),
        ("Which has more sides, the triangle or the square?", "square"),
        ("Which shape has fewer corners: the circle or the triangle?", "circle"),
        ("Which of the triangle and the square has the most sides?", "square"),
    ],
)
def test_counts_of_parts_order_and_compare_figures(question: str, answer: str, three_figures: SceneGraph) -> None:
    assert execute(parse(question), three_figures).text == answer


def test_compared_parts_are_the_figures_own_counts(three_figures: SceneGraph) -> None:
    program = parse("Does the square have more sides than the triangle?")
    assert [s.attribute for s in program.steps if isinstance(s, Query)] == ["sides", "sides"]
    assert program.answer_type() == "bool"


def test_a_figure_without_a_known_count_leaves_the_order_unknown(three_figures: SceneGraph) -> None:
    """A cube has no count of sides a drawing's figure has: which has the most is not known."""
    unknown = three_figures.model_copy(deep=True)
    unknown.objects[0].name = "cube"
    unknown.objects[0].attributes.pop("shape")
    assert execute(parse("Which shape has the most sides?"), unknown).status == "unknown"
