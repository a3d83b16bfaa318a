"""Orders said the way people set them up (a direction said once for the question, a size ranking, digits, the
second to last, a place asked for, a group picked from), answered on four figures whose orders differ across, down
and by size."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.agent.parser.orders import orders
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a direction said once, before or after the question
        ("Going from top to bottom, what colour is the third shape?", "blue"),
        ("Counting up from the bottom, what shape is second?", "square"),
        ("What colour is the first shape, reading right to left?", "yellow"),
        ("Left to right, what comes just after the square?", "triangle"),
        ("Reading right to left, how many shapes come before the triangle?", "1"),
        ("Would the square come second if you lined them up from left to right?", "yes"),
        ("Going left to right, which shape is between the circle and the triangle?", "square"),
        # a size ranking
        ("Sort them by size, largest first: what colour is the last one?", "red"),
        ("Ranked by size from small to big, which comes third?", "square"),
        ("What shape is third biggest?", "triangle"),
        # counted from the far end, digits
        ("What colour is the penultimate shape?", "green"),
        ("Is the circle the 1st shape from the left?", "yes"),
        # a place in an order asked for
        ("Which place is the triangle in, counting from the top?", "2"),
        ("Is the hexagon first, second or third from the left?", "4"),
        ("What position does the square have from the left?", "2"),
        ("Where does the square rank in size, smallest first?", "3"),
        ("Ranked by size from small to big, which place is the triangle in?", "2"),
        ("Going from left to right, which shape is in the middle?", "unknown"),  # four have no middle one
        # picked from a group, or with one left out
        ("Of the four shapes, which is the biggest?", "hexagon"),
        ("What colour is the smallest of the shapes?", "red"),
        ("Apart from the hexagon, which shape is largest?", "square"),
        # the extreme one said as a place
        ("Is the circle furthest to the left?", "yes"),
        ("Is the top shape smaller than the bottom one?", "yes"),
    ],
)
def test_orders_said_as_people_say_them(question: str, answer: str, four_figures: SceneGraph) -> None:
    assert execute(parse(question), four_figures).text == answer


def test_a_place_too_close_to_call_is_unknown(four_figures: SceneGraph) -> None:
    """Two centres level within 3% of the picture: which comes first down the picture cannot be said."""
    level = four_figures.model_copy(deep=True)
    level.objects[2].box = (90.0, 62.0, 120.0, 96.0)  # the triangle level with the square
    assert execute(parse("Which place is the square in, counting from the top?"), level).status == "unknown"


@pytest.mark.parametrize(
    "question",
    ["What colour is the third shape from the top?", "Is the square left of the circle?", "Which one is the last?"],
)
def test_questions_with_no_order_set_up_stay_as_they_are(question: str) -> None:
    assert orders(question) == question
