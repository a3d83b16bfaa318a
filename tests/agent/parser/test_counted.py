"""Counts said as arithmetic, in symbols, as a statement to judge or as a supposition, and quantified checks that
are easy to read the wrong way round ("are all the shapes not red" is "none is red", never "not all are")."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.agent.parser.counted import counted
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # symbols
        ("# of squares > # of triangles?", "no"),
        ("Count of yellow shapes > 1?", "no"),
        ("number of circles = number of hexagons?", "yes"),
        # a statement to judge
        ("Is it true that exactly one shape is not blue?", "no"),
        ("Is it true that exactly three shapes are not blue?", "yes"),
        ("True or false: the picture has fewer than three circles.", "yes"),
        ("True or false: the hexagon has 6 sides.", "yes"),
        # comparisons of counts said otherwise
        ("Do the circles and the squares together outnumber the triangles?", "yes"),
        ("Do the shapes that are not circles outnumber the circles?", "yes"),
        ("Subtract the number of blue shapes from the total number of shapes.", "3"),
        # neither, besides
        ("How many shapes are neither hexagons nor red?", "2"),
        ("How many shapes are neither red nor blue?", "2"),
        ("Are there neither stars nor ovals?", "yes"),
        ("How many shapes are there besides the square?", "3"),
        # a supposition
        ("If you removed one circle, how many shapes would be left?", "3"),
        ("If I added two more shapes to the picture, how many would there be altogether?", "6"),
        # kinds counted, parts of every figure
        ("What is the number of distinct shape types present?", "4"),
        ("Does every shape have corners?", "no"),
        ("Does every blue shape have corners?", "yes"),
        ("Is it true that at least two of the shapes share a colour?", "no"),
        # quantifiers the right way round
        ("Are all the shapes not red?", "no"),
        ("Are all the shapes not purple?", "yes"),
        ("Is every shape either green or a triangle?", "no"),
        ("Is every shape either red, blue or a polygon?", "yes"),
    ],
)
def test_counts_said_otherwise(question: str, answer: str, four_figures: SceneGraph) -> None:
    assert execute(parse(question), four_figures).text == answer


@pytest.mark.parametrize(
    "question",
    [
        "Make the count of all the yellow things.",  # a request, not "the number of"
        "How many things are neither spheres nor cubes?",  # two kinds: the grammar's own reading
        "Besides the red cube itself, how many objects share its material?",
    ],
)
def test_forms_the_grammar_reads_itself_stay(question: str) -> None:
    assert counted(question) == question
