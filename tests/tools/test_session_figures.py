"""A drawing's figures in the graph's vocabulary: where the region proposer ran, a count of bars, slices, houses or
suns is 0 when there are none (it would have seen them), but of arrows not where it cut a diagram's connectors out of
the picture (their arrows went with them)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.program import Count, Program, Select
from nsvr.tools.builder import PerceptionConfig, PerceptionPipeline
from nsvr.tools.image_io import load_image
from nsvr.tools.needs import needs_of

cv2 = pytest.importorskip("cv2")


def _count(path: Path, name: str) -> tuple[str, Any]:
    program = Program(steps=[Select(name=name), Count(inputs=[0])])
    pipeline = PerceptionPipeline(PerceptionConfig(ocr=None))
    graph = pipeline.session(load_image(path)).graph(needs_of(program))
    answer = execute(program, graph)
    return answer.status, answer.value


def test_a_drawings_figures_are_counted_where_there_are_none(chart_pictures: Any, tmp_path: Path) -> None:
    items = [("circle", "red", 0.3, 0.3, 0.2), ("square", "blue", 0.7, 0.7, 0.2), ("arrow", "green", 0.7, 0.25, 0.3)]
    path = chart_pictures.pictograms(items).save(tmp_path / "shapes.png")
    for name in ("bar", "slices", "house", "sun", "smiley faces", "wedge"):
        assert _count(path, name) == ("ok", 0)
    assert _count(path, "arrow") == ("ok", 1)


def test_arrows_are_not_counted_where_a_diagrams_connectors_were_cut_out(tmp_path: Path) -> None:
    picture = np.full((200, 300, 3), 250, np.uint8)
    cv2.rectangle(picture, (20, 70), (100, 130), (60, 110, 210), -1)
    cv2.rectangle(picture, (200, 70), (280, 130), (60, 110, 210), -1)
    cv2.arrowedLine(picture, (100, 100), (199, 100), (40, 40, 40), 2, tipLength=0.15)
    path = tmp_path / "diagram.png"
    cv2.imwrite(str(path), cv2.cvtColor(picture, cv2.COLOR_RGB2BGR))
    assert _count(path, "rectangle") == ("ok", 2)
    assert _count(path, "arrow")[0] == "unknown"


def test_bars_are_not_counted_where_two_rectangles_may_be_a_chart_without_an_axis(
    chart_pictures: Any, tmp_path: Path
) -> None:
    path = chart_pictures.bar_chart([0.5, 0.9], ["red", "blue"], axes=False).save(tmp_path / "two.png")
    assert _count(path, "rectangle") == ("ok", 2)
    assert _count(path, "bar")[0] == "unknown"  # two bars whose axis is too faint to see, or two boxes: not 0


def test_slices_are_not_counted_where_regions_fill_a_disc_but_not_as_sectors(tmp_path: Path) -> None:
    picture = np.full((240, 240, 3), 250, np.uint8)
    cv2.circle(picture, (120, 120), 90, (40, 95, 205), -1)
    picture[:80][np.hypot(*np.mgrid[0:80, 0:240] - np.array([120, 120])[:, None, None]) <= 90] = (210, 45, 45)
    path = tmp_path / "disc.png"  # a disc cut by a chord off its middle: two segments, not a pie's sectors
    cv2.imwrite(str(path), cv2.cvtColor(picture, cv2.COLOR_RGB2BGR))
    assert _count(path, "slice")[0] == "unknown"
    assert _count(path, "house") == ("ok", 0)
