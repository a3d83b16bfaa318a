"""End to end (the embedded parser and the default perception, with rapidocr's bundled models): "which shape is at
the top" of a flowchart names the box by its label, where two rectangles leave "rectangle" telling neither apart;
a figure drawn inside another and read by the text recogniser as a letter (a small triangle read "A") labels
nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("rapidocr")
pytest.importorskip("cv2")

from nsvr.agent.ask import ask  # noqa: E402

SHAPES = Path(__file__).parents[1] / "data" / "shapes"


def test_a_flowchart_s_box_is_named_by_its_label() -> None:
    # a blue rectangle "Data" at the top, a triangle "Stop", a circle "64", a green rectangle "Team" at the bottom
    picture = SHAPES / "flowchart_four_labelled_shapes.png"
    assert ask(picture, "Which shape is at the top?").answer == "Data"
    assert ask(picture, "Which shape is at the bottom?").answer == "Team"
    assert ask(picture, "What shape is at the top?").answer == "rectangle"


def test_a_figure_read_as_a_letter_labels_nothing() -> None:
    # RAVEN's Out-InCenter: a large white triangle around a small gray one
    picture = SHAPES / "raven_triangle_in_triangle_160px.png"
    assert ask(picture, "Which shape is the largest?").answer == "triangle"
