"""Bar charts and pie charts on a plain background: the region proposer names their bars and slices, cuts their axes
out, keeps a legend's squares as squares, and leaves rows of plain shapes alone (nsvr.tools.charts)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")

from nsvr.scene_graph.rle import area  # noqa: E402
from nsvr.tools.charts import axis_lines, bar_labels  # noqa: E402
from nsvr.tools.image_io import load_image  # noqa: E402
from nsvr.tools.regions import RegionProposer  # noqa: E402


def _found(picture: Any, tmp_path: Path) -> list[tuple[str, str, tuple[float, ...], int]]:
    """(name, colour, box, mask area) of each region the proposer finds, left to right, then top to bottom."""
    path = picture.save(tmp_path / "picture.png")
    found = RegionProposer().propose(load_image(path))
    rows = [
        (name, entry["color"].value, tuple(box), area(mask))
        for name, entry, box, mask in zip(found.class_names, found.attributes, found.boxes, found.masks, strict=True)
    ]
    return sorted(rows, key=lambda row: (row[2][0], row[2][1]))


# ---- axes ---------------------------------------------------------------------------------------------------------


def _sheet() -> np.ndarray:
    return np.zeros((120, 200), np.uint8)


def test_a_baseline_with_bars_standing_on_it_is_an_axis_and_the_upright_one_too() -> None:
    sheet = _sheet()
    for k, top in enumerate((40, 70, 20, 90)):
        cv2.rectangle(sheet, (30 + 40 * k, top), (50 + 40 * k, 99), 1, -1)
    cv2.line(sheet, (15, 100), (190, 100), 1, 2)
    cv2.line(sheet, (15, 100), (15, 10), 1, 2)
    cut = axis_lines(sheet > 0)
    assert sorted(axis.upright for axis in cut.axes) == [False, True]
    assert cut.mask[100, 20] and cut.mask[50, 15] and not cut.mask[60, 40]


def test_a_connector_between_two_boxes_and_a_lone_line_are_no_axes() -> None:
    sheet = _sheet()
    cv2.rectangle(sheet, (10, 30), (60, 90), 1, -1)
    cv2.rectangle(sheet, (140, 30), (190, 90), 1, -1)
    cv2.line(sheet, (60, 60), (140, 60), 1, 2)  # into the boxes' sides: they go on below it
    cv2.line(sheet, (10, 110), (190, 110), 1, 2)  # nothing stands on it
    assert axis_lines(sheet > 0).axes == []


def test_a_striped_or_dotted_fills_outline_is_no_axis() -> None:
    striped, dotted = _sheet(), _sheet()
    for sheet in (striped, dotted):
        cv2.rectangle(sheet, (20, 20), (180, 100), 1, 2)
    for x in range(30, 175, 14):
        cv2.rectangle(striped, (x, 20), (x + 6, 100), 1, -1)  # stripes from side to side of the outline
        for y in range(30, 101, 10):
            cv2.circle(dotted, (x, y), 3, 1, -1)  # dots, the last row on the outline's bottom side
    assert axis_lines(striped > 0).axes == [] and axis_lines(dotted > 0).axes == []


def test_labels_under_upright_bars_and_left_of_lying_ones() -> None:
    upright = np.array([[20, 40, 40, 100], [60, 70, 80, 100], [100, 20, 120, 100]])
    lines = np.array([[22, 104, 38, 112], [58, 104, 82, 112], [40, 2, 100, 12]])  # two labels and a title
    assert bar_labels(upright, lines) == {0: 0, 1: 1}
    lying = np.array([[50, 10, 150, 30], [50, 40, 90, 60]])
    assert bar_labels(lying, np.array([[10, 15, 45, 25], [12, 45, 46, 55]])) == {0: 0, 1: 1}


# ---- bars ---------------------------------------------------------------------------------------------------------

BAR_CASES = {
    "upright, axes and labels": dict(labels=["Mon", "Tue", "Wed", "Thu"]),
    "upright, no axes": dict(axes=False),
    "lying, axes and labels": dict(lying=True, labels=["Cats", "Dogs", "Fish", "Mice"]),
    "lying, no axes": dict(lying=True, axes=False),
    "one colour, on axes": dict(colours=["blue"] * 4),
}


@pytest.mark.parametrize("case", list(BAR_CASES))
def test_a_bar_charts_bars_are_bars_of_their_colours_and_lengths(
    case: str, chart_pictures: Any, tmp_path: Path
) -> None:
    options = dict(BAR_CASES[case])
    colours = options.pop("colours", ["red", "blue", "green", "orange"])
    values = [0.5, 0.9, 0.3, 0.7]
    picture = chart_pictures.bar_chart(values, colours, **options)
    found = [row for row in _found(picture, tmp_path) if row[0] == "bar"]
    assert len(found) == len(values)
    lying = options.get("lying", False)
    along = sorted(found, key=lambda row: row[2][1] if lying else row[2][0])  # down the chart, or across it
    assert [colour for _, colour, _, _ in along] == colours
    lengths = [box[2] - box[0] if lying else box[3] - box[1] for _, _, box, _ in along]
    assert np.argsort(lengths).tolist() == np.argsort(values).tolist()
    assert len(_found(picture, tmp_path)) == len(values)  # the axes and the labels are no things


def test_two_rectangles_side_by_side_without_an_axis_are_no_chart(chart_pictures: Any, tmp_path: Path) -> None:
    picture = chart_pictures.bar_chart([0.5, 0.9], ["red", "blue"], axes=False)
    assert sorted(name for name, *_ in _found(picture, tmp_path)) == ["rectangle", "rectangle"]


def test_a_row_of_equal_squares_is_no_chart(chart_pictures: Any, tmp_path: Path) -> None:
    items = [("square", colour, 0.2 + 0.2 * k, 0.5, 0.12) for k, colour in enumerate(["red", "blue", "green", "pink"])]
    assert {name for name, *_ in _found(chart_pictures.pictograms(items), tmp_path)} == {"square"}


@pytest.mark.parametrize("extras", ["ticks and numbers", "gridlines", "crossing axes"])
def test_ticks_gridlines_and_crossing_axes_are_no_things(extras: str, tmp_path: Path) -> None:
    picture = np.full((300, 300, 3), 255, np.uint8)
    if extras == "gridlines":
        for y in range(70, 250, 40):
            cv2.line(picture, (50, y), (280, y), (200, 200, 200), 1)
    colours = ((200, 40, 40), (40, 90, 210), (50, 160, 70), (240, 140, 30))
    for k, (top, colour) in enumerate(zip((150, 90, 190, 120), colours, strict=True)):
        cv2.rectangle(picture, (70 + 52 * k, top), (100 + 52 * k, 249), colour, -1)
    crossing = extras == "crossing axes"
    cv2.line(picture, (38 if crossing else 50, 250), (285, 250), (20, 20, 20), 2)
    cv2.line(picture, (50, 40), (50, 262 if crossing else 250), (20, 20, 20), 2)
    if extras == "ticks and numbers":
        for y in range(70, 250, 40):
            cv2.line(picture, (44, y), (50, y), (20, 20, 20), 2)
            cv2.putText(picture, str((250 - y) // 4), (14, y + 5), cv2.FONT_HERSHEY_SIMPLEX, 0.4, (20, 20, 20), 1)
    path = tmp_path / "chart.png"
    cv2.imwrite(str(path), cv2.cvtColor(picture, cv2.COLOR_RGB2BGR))
    found = RegionProposer().propose(load_image(path))
    named = sorted(
        (name, entry["color"].value) for name, entry in zip(found.class_names, found.attributes, strict=True)
    )
    assert named == [("bar", "blue"), ("bar", "green"), ("bar", "orange"), ("bar", "red")]


def test_a_bars_label_under_it_is_its_text_and_a_title_no_ones() -> None:
    from nsvr.tools.convert import Detections
    from nsvr.tools.ocr import attach_texts, line_holders

    bars = Detections(
        boxes=[(20, 40, 40, 100), (60, 70, 80, 100), (100, 20, 120, 100)],
        scores=[0.99] * 3,
        class_names=["bar"] * 3,
    )
    lines = Detections(
        boxes=[(21, 104, 39, 112), (61, 104, 79, 112), (40, 2, 100, 12)],
        scores=[0.9] * 3,
        class_names=["text"] * 3,
        texts=["Mon", "Tue", "Sales"],
    )
    assert line_holders(bars, lines) == {0: 0, 1: 1}
    assert attach_texts(bars, lines).texts == ["Mon", "Tue", None]


def test_the_bars_of_a_chart_answer_questions_end_to_end(chart_pictures: Any, tmp_path: Path) -> None:
    from nsvr.agent.ask import AskOptions, ask

    path = chart_pictures.bar_chart([0.5, 0.9, 0.45, 0.7], ["red", "blue", "green", "orange"]).save(tmp_path / "c.png")
    options = AskOptions()
    asked = {
        "How many bars are there?": "4",
        "What colour is the tallest bar?": "blue",
        "Is the red bar taller than the green bar?": "yes",  # 0.5 against 0.45: a tenth
        "How many bars are taller than the red one?": "2",
        "How many slices are there?": "0",
    }
    for question, wanted in asked.items():
        result = ask(str(path), question, options)
        assert (result.status, str(result.answer).lower()) == ("ok", wanted), (question, result.reason)
    assert ask(str(path), "What is the value of the blue bar?", options).status != "ok"
