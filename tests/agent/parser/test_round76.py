"""Round 76 (the Tetrominoes-style benchmark's first run): figures named by the letter they look like ("an
L-shaped piece", "shaped like a T", "the Z piece", "is the red one a T?", "what letter does it look like"), a
game's pieces called tetrominoes, a drawing's blocks (a render's are its cubes), "the cyan or the blue piece",
"which shape is higher: red or yellow", "square shaped", "are any of the pieces the same colour"."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph


@pytest.mark.parametrize(
    ("question", "meant"),
    [
        ("Is there an L-shaped piece?", "is there an l shape?"),
        ("is there a T-shaped shape", "is there a t shape?"),
        ("how many L shaped tetrominoes are there", "how many l shapes are there?"),
        ("Is the red piece shaped like an L?", "is the red piece an l shape?"),
        ("is the red shape L-shaped", "is the red shape an l shape?"),
        ("does the red piece look like the letter S", "is the red piece an s shape?"),
        ("do you see a tetromino shaped like a T", "do you see a t shape?"),
        ("what colour is the T piece", "what colour is the t shape?"),
        ("how many Z pieces?", "how many z shapes are there?"),
        ("is the red one a T?", "is the red one a t shape?"),
        ("how many U-shaped shapes are there", "how many u shapes are there?"),
        ("any I shaped pieces", "are there any rectangles?"),
    ],
)
def test_a_figure_named_by_its_letter(question: str, meant: str) -> None:
    assert parse(question).pretty() == parse(meant).pretty()


def test_u_is_still_you_in_chat() -> None:
    assert "u shape" not in parse("how many shapes do u see").pretty()


@pytest.mark.parametrize(
    "question",
    [
        "what letter does the red piece look like",
        "which letter is the red piece",
        "the red piece looks like which letter",
    ],
)
def test_what_letter_asks_the_letter_its_shape_makes(question: str) -> None:
    assert "query[2](attribute=letter)" in parse(question).pretty()


@pytest.mark.parametrize(
    ("question", "meant"),
    [
        ("how many tetrominoes are there", "how many pieces are there"),
        ("which tetromino is the magenta one", "what shape is the magenta one"),
        ("which one is higher, the cyan or the blue piece?", "which is higher, the cyan piece or the blue piece?"),
        ("which shape is higher: red or yellow", "which is higher, the red shape or the yellow shape?"),
        ("is the red shape square shaped", "is the red shape a square?"),
    ],
)
def test_more_wordings_of_pieces(question: str, meant: str) -> None:
    assert parse(question).pretty() == parse(meant).pretty()


@pytest.fixture
def pieces(drawing) -> SceneGraph:
    return drawing(("j-shape", "magenta"), ("t-shape", "cyan"), ("square", "yellow"), ("z-shape", "red"))


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Is there an L-shaped piece?", "yes"),  # a J is a mirrored L
        ("What letter does the red piece look like?", "z"),
        ("What colour is the S-shaped piece?", "red"),
        ("Is there a pink piece?", "yes"),
        (
            "How many blocks are there?",
            "4",
        ),  # a drawing's blocks are its figures of squares  # magenta is the hottest of pinks
        ("How many T pieces are there?", "1"),
        ("how many tetrominoes are there", "4"),
    ],
)
def test_pieces_answered(pieces: SceneGraph, question: str, answer: str) -> None:
    assert execute(parse(question), pieces).text == answer


def test_any_two_alike_is_said_of_a_drawings_things_only() -> None:
    # "any two" reads only of a drawing's things; of cars it stays the question it was
    assert "count_values" in parse("are any of the pieces the same color").pretty()
    assert "count_values" not in parse("are any of the cars the same color").pretty()
