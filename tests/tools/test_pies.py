"""Pie and donut charts on a plain background: the region proposer names their slices, whose areas are their shares,
and keeps a legend's squares as squares (nsvr.tools.pies)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("cv2")

from nsvr.scene_graph.rle import area  # noqa: E402
from nsvr.tools.image_io import load_image  # noqa: E402
from nsvr.tools.regions import RegionProposer  # noqa: E402


def _found(picture: Any, tmp_path: Path) -> list[tuple[str, str, tuple[float, ...], int]]:
    """(name, colour, box, mask area) of each region the proposer finds."""
    path = picture.save(tmp_path / "picture.png")
    found = RegionProposer().propose(load_image(path))
    return [
        (name, entry["color"].value, tuple(box), area(mask))
        for name, entry, box, mask in zip(found.class_names, found.attributes, found.boxes, found.masks, strict=True)
    ]


PIE_CASES = {
    "pie": dict(),
    "separators and a legend": dict(separators=True, legend=["Rent", "Food", "Fun", "Other"]),
    "donut": dict(donut=True),
    "donut with separators": dict(donut=True, separators=True, start=10.0),
}


@pytest.mark.parametrize("case", list(PIE_CASES))
def test_a_pies_slices_are_slices_whose_areas_are_their_shares(case: str, chart_pictures: Any, tmp_path: Path) -> None:
    shares, colours = [0.4, 0.27, 0.2, 0.13], ["red", "blue", "green", "yellow"]
    picture = chart_pictures.pie_chart(shares, colours, **PIE_CASES[case])
    found = _found(picture, tmp_path)
    slices = {colour: size for name, colour, _, size in found if name == "slice"}
    assert sorted(slices) == sorted(colours)
    total = sum(slices.values())
    for colour, share in zip(colours, shares, strict=True):
        assert slices[colour] / total == pytest.approx(share, abs=0.012)
    legend = [(name, colour) for name, colour, *_ in found if name != "slice"]
    assert sorted(legend) == ([("square", c) for c in sorted(colours)] if "legend" in PIE_CASES[case] else [])


def test_a_disc_of_one_colour_is_a_circle_not_a_pie(chart_pictures: Any, tmp_path: Path) -> None:
    picture = chart_pictures.pictograms([("circle", "blue", 0.5, 0.5, 0.6), ("square", "red", 0.15, 0.15, 0.12)])
    assert sorted(name for name, *_ in _found(picture, tmp_path)) == ["circle", "square"]


def test_the_slices_of_a_pie_answer_questions_end_to_end(chart_pictures: Any, tmp_path: Path) -> None:
    from nsvr.agent.ask import AskOptions, ask

    picture = chart_pictures.pie_chart([0.36, 0.3, 0.2, 0.14], ["red", "blue", "green", "yellow"], separators=True)
    path = picture.save(tmp_path / "pie.png")
    asked = {
        "How many slices are there?": "4",
        "How many wedges are there?": "4",
        "Which colour has the biggest slice?": "red",
        "What colour is the smallest sector?": "yellow",
        "Is the red slice bigger than the blue slice?": "yes",  # 0.36 against 0.3
        "Is the green slice larger than the blue one?": "no",
        "How many circles are there?": "0",
    }
    for question, wanted in asked.items():
        result = ask(str(path), question, AskOptions())
        assert (result.status, str(result.answer).lower()) == ("ok", wanted), (question, result.reason)
