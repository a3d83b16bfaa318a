"""A sun drawn as a disc ringed by rays is one thing to the region proposer (its rays are its own), and so are a
house (a roof on a body), a tree (a crown on a trunk) and a smiley (a face with eyes and a mouth), named so; a block
arrow is an arrow; while separate, touching, overlapping or thin flat shapes keep their counts and names."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from nsvr.tools.image_io import load_image
from nsvr.tools.thresholds import REGION_CANDIDATE_FRACTION, REGION_THRESHOLD

cv2 = pytest.importorskip("cv2")

from nsvr.tools.pictograms import block_arrow, rays  # noqa: E402
from nsvr.tools.regions import Region, RegionProposer  # noqa: E402

SIDE = 256
YELLOW = (245, 205, 30)


def _paper() -> np.ndarray:
    return np.full((SIDE, SIDE, 3), 250, np.uint8)


def _smooth(picture: np.ndarray) -> np.ndarray:
    """Drawn at four times the size and shrunk, as a drawing program's antialiased export."""
    return cv2.resize(picture, (SIDE, SIDE), interpolation=cv2.INTER_AREA)


def _sun(picture: np.ndarray, centre: tuple[int, int], size: int, rays: int) -> None:
    cx, cy = centre
    for k in range(rays):
        a = 2 * math.pi * k / rays
        start = (round(cx + 0.32 * size * math.cos(a)), round(cy + 0.32 * size * math.sin(a)))
        end = (round(cx + 0.48 * size * math.cos(a)), round(cy + 0.48 * size * math.sin(a)))
        cv2.line(picture, start, end, YELLOW, max(4, round(0.05 * size)))
    cv2.circle(picture, centre, round(0.26 * size), YELLOW, -1)


def _counts(picture: np.ndarray, tmp_path: Path) -> tuple[int, int]:
    """How many regions are objects, and how many are candidates (scored from the hedge floor to the threshold)."""
    path = tmp_path / "picture.png"
    cv2.imwrite(str(path), cv2.cvtColor(picture, cv2.COLOR_RGB2BGR))
    scores = RegionProposer().propose(load_image(path)).scores
    sure = sum(s >= REGION_THRESHOLD for s in scores)
    maybe = sum(REGION_THRESHOLD * REGION_CANDIDATE_FRACTION <= s < REGION_THRESHOLD for s in scores)
    return sure, maybe


@pytest.mark.parametrize("rays", [8, 12])
def test_a_suns_rays_are_its_own_not_things(tmp_path: Path, rays: int) -> None:
    picture = np.full((4 * SIDE, 4 * SIDE, 3), 250, np.uint8)
    _sun(picture, (2 * SIDE, 2 * SIDE), 4 * 80, rays)
    assert _counts(_smooth(picture), tmp_path) == (1, 0)


def test_separate_shapes_keep_their_count(tmp_path: Path) -> None:
    picture = _paper()
    cv2.circle(picture, (70, 80), 30, (220, 40, 40), -1)
    cv2.rectangle(picture, (140, 140), (200, 200), (40, 90, 215), -1)
    assert _counts(picture, tmp_path) == (2, 0)


@pytest.mark.parametrize("offset", [0, 17])
def test_touching_squares_of_two_colours_keep_their_count(tmp_path: Path, offset: int) -> None:
    picture = _paper()
    cv2.rectangle(picture, (60, 90), (119, 149), (220, 40, 40), -1)
    cv2.rectangle(picture, (120, 90 + offset), (179, 149 + offset), (40, 90, 215), -1)
    assert _counts(picture, tmp_path) == (2, 0)


def test_a_small_square_beside_a_big_one_keeps_its_count(tmp_path: Path) -> None:
    picture = _paper()
    cv2.rectangle(picture, (40, 60), (139, 159), (45, 165, 70), -1)
    cv2.rectangle(picture, (140, 70), (189, 119), (245, 135, 25), -1)  # flush, off the big one's middle
    assert _counts(picture, tmp_path) == (2, 0)


def test_two_touching_discs_keep_their_count(tmp_path: Path) -> None:
    picture = _paper()
    cv2.circle(picture, (90, 128), 40, (220, 40, 40), -1)
    cv2.circle(picture, (150, 128), 25, (40, 90, 215), -1)  # overlapping a little, on one axis
    assert _counts(picture, tmp_path) == (2, 0)


def _region(mask: np.ndarray) -> Region:
    ys, xs = np.nonzero(mask)
    top, left = int(ys.min()), int(xs.min())
    window = mask[top : ys.max() + 1, left : xs.max() + 1]
    return Region(mask=window, colour=np.array(YELLOW, float), contrast=1.0, spread=0.0, origin=(top, left))


def _disc_and_strokes(angles: list[float]) -> list[Region]:
    disc = np.zeros((SIDE, SIDE), np.uint8)
    cv2.circle(disc, (128, 128), 30, 1, -1)
    regions = [_region(disc > 0)]
    for a in angles:
        stroke = np.zeros((SIDE, SIDE), np.uint8)
        start = (round(128 + 38 * math.cos(a)), round(128 + 38 * math.sin(a)))
        end = (round(128 + 58 * math.cos(a)), round(128 + 58 * math.sin(a)))
        cv2.line(stroke, start, end, 1, 4)
        regions.append(_region(stroke > 0))
    return regions


def test_strokes_all_round_a_disc_are_its_rays() -> None:
    assert rays(_disc_and_strokes([2 * math.pi * k / 8 for k in range(8)])) == set(range(1, 9))


def test_strokes_on_one_side_of_a_disc_are_no_rays() -> None:
    # five strokes fanned on one side leave half of the circle empty: shapes beside a disc, not a sun
    assert rays(_disc_and_strokes([-0.6, -0.3, 0.0, 0.3, 0.6])) == set()
    assert rays(_disc_and_strokes([0.0, 1.2, 2.4])) == set()  # too few to be rays


# ---- houses, trees, smileys, suns and arrows among plain shapes ----------------------------------------------------


def _named(picture: Any, tmp_path: Path) -> list[tuple[str, str]]:
    path = picture.save(tmp_path / "picture.png")
    found = RegionProposer().propose(load_image(path))
    return sorted((name, entry["color"].value) for name, entry in zip(found.class_names, found.attributes, strict=True))


def test_pictograms_of_parts_are_one_thing_each_named_by_their_kind(chart_pictures: Any, tmp_path: Path) -> None:
    items = [
        ("house", "blue", 0.25, 0.28, 0.3),
        ("tree", "green", 0.72, 0.3, 0.32),
        ("smiley", "yellow", 0.25, 0.75, 0.3),
        ("circle", "red", 0.7, 0.72, 0.2),
        ("square", "purple", 0.5, 0.5, 0.1),
    ]
    found = _named(chart_pictures.pictograms(items), tmp_path)
    # a house goes by its body's colour, a tree by its crown's, a face by its own: the main part's
    assert found == sorted(
        [("house", "blue"), ("tree", "green"), ("smiley", "yellow"), ("circle", "red"), ("square", "purple")]
    )


@pytest.mark.parametrize("turn", [0.0, 90.0, 180.0, 35.0])
def test_a_sun_and_a_block_arrow_are_named_so(chart_pictures: Any, tmp_path: Path, turn: float) -> None:
    items = [
        ("sun", "orange", 0.3, 0.3, 0.35),
        ("arrow", "blue", 0.68, 0.68, 0.4),
        ("triangle", "green", 0.75, 0.2, 0.2),
    ]
    found = _named(chart_pictures.pictograms(items, turn=turn), tmp_path)
    assert found == [("arrow", "blue"), ("sun", "orange"), ("triangle", "green")]


def test_a_triangle_off_a_squares_middle_or_narrower_than_it_is_no_roof(chart_pictures: Any, tmp_path: Path) -> None:
    items = [
        ("square", "blue", 0.3, 0.35, 0.3),
        ("triangle", "red", 0.42, 0.12, 0.2),  # sits on the square's top, off its middle
        ("square", "green", 0.72, 0.72, 0.3),
        ("triangle", "orange", 0.72, 0.51, 0.14),  # centred, but a small point on a big box
    ]
    found = _named(chart_pictures.pictograms(items), tmp_path)
    assert [name for name, _ in found] == ["square", "square", "triangle", "triangle"]


def test_a_disc_on_a_wide_block_is_no_tree_and_a_dotted_disc_no_face(tmp_path: Path) -> None:
    picture = np.full((4 * SIDE, 4 * SIDE, 3), 250, np.uint8)
    cv2.circle(picture, (300, 250), 110, (45, 165, 70), -1)
    cv2.rectangle(picture, (180, 330), (420, 470), (125, 80, 40), -1)  # as wide as the disc: a block, no trunk
    cv2.circle(picture, (730, 700), 130, (245, 205, 30), -1)
    for x in (690, 770):
        cv2.circle(picture, (x, 650), 14, (20, 20, 20), -1)  # eyes, and no mouth
    path = tmp_path / "picture.png"
    cv2.imwrite(str(path), cv2.cvtColor(_smooth(picture), cv2.COLOR_RGB2BGR))
    names = sorted(RegionProposer().propose(load_image(path)).class_names)
    assert "tree" not in names and "smiley" not in names


def test_block_arrow_reads_a_shaft_and_a_head_only() -> None:
    def polygon(points: list[tuple[int, int]]) -> np.ndarray:
        mask = np.zeros((120, 160), np.uint8)
        cv2.fillPoly(mask, [np.array(points, np.int32)], 1)
        return mask > 0

    arrow = [(10, 50), (90, 50), (90, 25), (150, 60), (90, 95), (90, 70), (10, 70)]
    assert block_arrow(polygon(arrow))
    assert block_arrow(polygon([(y + 20, x - 20) for x, y in arrow]))  # turned
    assert not block_arrow(polygon([(20, 20), (140, 20), (140, 100), (20, 100)]))  # a rectangle
    assert not block_arrow(polygon([(20, 60), (80, 10), (140, 60), (140, 110), (20, 110)]))  # a house's outline
    assert not block_arrow(polygon([(80, 5), (150, 50), (125, 115), (35, 115), (10, 50)]))  # a pentagon


def test_pictograms_answer_questions_end_to_end(chart_pictures: Any, tmp_path: Path) -> None:
    from nsvr.agent.ask import AskOptions, ask

    items = [
        ("house", "gray", 0.25, 0.28, 0.3),
        ("house", "yellow", 0.72, 0.3, 0.3),
        ("tree", "green", 0.25, 0.72, 0.3),
        ("smiley", "yellow", 0.72, 0.75, 0.3),
    ]
    path = chart_pictures.pictograms(items, roof="blue").save(tmp_path / "icons.png")
    asked = {
        "How many things are in the picture?": "4",
        "How many houses are there?": "2",
        "How many trees?": "1",
        "Is the smiley face yellow?": "yes",
        "Is there a sun?": "no",
        "How many triangles are there?": "0",  # the roofs are the houses'
    }
    for question, wanted in asked.items():
        result = ask(str(path), question, AskOptions())
        assert (result.status, str(result.answer).lower()) == ("ok", wanted), (question, result.reason)


def test_a_sun_whose_ray_touches_its_disc_is_still_one_sun(tmp_path: Path) -> None:
    picture = np.full((4 * SIDE, 4 * SIDE, 3), 250, np.uint8)
    _sun(picture, (2 * SIDE, 2 * SIDE), 4 * 60, 8)
    cx, cy, size = 2 * SIDE, 2 * SIDE, 4 * 60
    cv2.line(picture, (cx, cy + round(0.2 * size)), (cx, cy + round(0.48 * size)), YELLOW, round(0.05 * size))
    path = tmp_path / "picture.png"
    cv2.imwrite(str(path), cv2.cvtColor(_smooth(picture), cv2.COLOR_RGB2BGR))
    assert RegionProposer().propose(load_image(path)).class_names == ["sun"]
