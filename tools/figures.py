"""Figures of a drawing that are more than their geometric shape: the bars and slices of charts
(:mod:`nsvr.tools.charts`, :mod:`nsvr.tools.pies`) and the pictograms made of parts or of one conventional outline
(:mod:`nsvr.tools.pictograms`). The region proposer (:mod:`nsvr.tools.regions`) names them so ("bar", "slice",
"house", "tree", "sun", "smiley", "arrow") instead of by their outline, and a pictogram's parts (a house's roof
and body, a tree's crown and trunk, a face's eyes and mouth, a sun's rays) become one object.

Where rectangles may be bars though no chart was found for sure (two bars on an axis too faint to see), regions
fill a disc together though not as sectors of it (a small pie whose slices came out ragged), a disc stands on a stick
(a small tree whose trunk came out too small to be a region) or a disc has a few rays but not all round (a small
sun whose other rays were specks), the picture's bars (slices, trees, suns) are unseen: a count of them is unknown,
not 0; and the few rays are unsure things (:func:`~nsvr.tools.charts.maybe_bars`,
:func:`~nsvr.tools.pies.pie_slices`, :func:`~nsvr.tools.pictograms.lollipops`,
:func:`~nsvr.tools.pictograms.rayed`).

A bar keeps its outline's name as its shape (a rectangle, a square: "what shape is the red bar"); a slice has no
size class: its mask is the sector it covers (its edges lost to white separators or to its neighbours' blends given
back), so its area, its share of the pie, is its size; a pictogram has no shape of its own beside its name.

Works on the proposer's regions (:class:`~nsvr.tools.regions.Region`) in working pixels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from nsvr.tools.charts import Axis, bar_groups, maybe_bars
from nsvr.tools.lettering import silhouette
from nsvr.tools.pictograms import block_arrow, houses, lollipops, rayed, smileys, trees
from nsvr.tools.pies import pie_slices, sector_mask

WINDOW_MARGIN = 6
"""Pixels around a joined figure's mask in its window, as around each region of :mod:`nsvr.tools.regions`."""


@dataclass(frozen=True)
class Figure:
    """What a region is beyond its outline: its ``name``; its ``shape`` attribute (None: none; ``classified``:
    the outline's name, as any region's); whether it has a size class (``sized``)."""

    name: str
    shape: str | None = None
    classified: bool = False
    sized: bool = True


BAR = Figure("bar", classified=True)
SLICE = Figure("slice", sized=False)
ARROW = Figure("arrow", shape="arrow")


def _joined(regions: Sequence[Any], main: int, parts: Sequence[int], shape: tuple[int, int], fill: bool) -> Any:
    """Region ``main`` with the ``parts`` joined to it: one mask (holes filled where ``fill``), ``main``'s colour."""
    members = [main, *parts]
    tops = [regions[k].origin[0] for k in members]
    lefts = [regions[k].origin[1] for k in members]
    bottoms = [regions[k].origin[0] + regions[k].mask.shape[0] for k in members]
    rights = [regions[k].origin[1] + regions[k].mask.shape[1] for k in members]
    top, left = max(0, min(tops) - WINDOW_MARGIN), max(0, min(lefts) - WINDOW_MARGIN)
    bottom, right = min(shape[0], max(bottoms) + WINDOW_MARGIN), min(shape[1], max(rights) + WINDOW_MARGIN)
    mask = np.zeros((bottom - top, right - left), dtype=bool)
    for k in members:
        (y, x), (h, w) = regions[k].origin, regions[k].mask.shape
        mask[y - top : y - top + h, x - left : x - left + w] |= regions[k].mask
    if fill:
        mask = silhouette(mask)
    return replace(
        regions[main],
        mask=mask,
        origin=(top, left),
        contrast=max(regions[k].contrast for k in members),
        shade=None,
    )


@dataclass(frozen=True)
class Composed:
    """What composing a picture's figures left unsure: the ``unseen`` names of figures it may hold that were not
    found for sure (a count of them proves nothing), and the regions (by ``id``) that may be a figure's parts rather
    than things (``unsure_parts``: the rays of what may be a small sun)."""

    unseen: frozenset[str] = frozenset()
    unsure_parts: set[int] = field(default_factory=set)


def compose_figures(
    regions: list[Any], axes: Sequence[Axis], lab: np.ndarray
) -> tuple[list[Any], dict[int, Figure], Composed]:
    """``regions`` with each pictogram's parts joined into one region, the figures by ``id`` of their region, and
    what was left unsure (see the module doc). ``axes``: the chart axes cut out of the picture; ``lab``: the picture
    (CIELAB, working pixels)."""
    shape = lab.shape[:2]
    named: dict[int, Figure] = {}
    for _, bars in bar_groups(regions, axes):
        named.update(dict.fromkeys(bars, BAR))
    unsure = maybe_bars(regions, set(named))
    free = [k for k in range(len(regions)) if k not in named]
    sectors: dict[int, Any] = {}  # a slice's region as the sector it covers: its share of the pie is its area
    pies, unsure_pie = pie_slices([regions[k] for k in free], shape)
    for pie in pies:
        for k, arc in zip(pie.slices, pie.arcs, strict=True):
            named[free[k]] = SLICE
            mask, origin = sector_mask(pie, arc, shape)
            sectors[free[k]] = replace(regions[free[k]], mask=mask, origin=origin, shade=None)
    joined: dict[int, tuple[list[int], Figure, bool]] = {}
    gone: set[int] = set()
    for finder, name, fill in (
        (rayed, "sun", False),
        (houses, "house", False),
        (trees, "tree", False),
        (lambda chosen: smileys(chosen, lab), "smiley", True),
    ):
        free = [k for k in range(len(regions)) if k not in named and k not in gone and k not in joined]
        found = finder([regions[k] for k in free])
        items = found.items() if isinstance(found, dict) else found
        for main, parts in items:
            if free[main] in gone or any(free[p] in gone or free[p] in joined for p in parts):
                continue
            joined[free[main]] = ([free[p] for p in parts], Figure(name), fill)
            gone.update(free[p] for p in parts)
    for k in range(len(regions)):
        if k not in named and k not in gone and k not in joined and block_arrow(regions[k].mask):
            named[k] = ARROW
    # what may be a figure but makes no sure one (rectangles that may be bars, a disc on a stick, a disc with a few
    # rays): the picture's figures of that kind cannot be counted
    free = [k for k in range(len(regions)) if k not in named and k not in gone and k not in joined]
    doubtful = any(k in unsure for k in free)
    unseen = {"bar"} if doubtful else set()
    if unsure_pie:
        unseen.add("slice")
    if lollipops([regions[k] for k in free]):
        unseen.add("tree")
    suns = rayed([regions[k] for k in free], partly=True)
    if suns:
        unseen.add("sun")
    unsure_parts = {id(regions[free[k]]) for ring in suns.values() for k in ring}  # rays perhaps, no things
    if not named and not joined:
        return regions, {}, Composed(frozenset(unseen), unsure_parts)
    kept: list[Any] = []
    figures: dict[int, Figure] = {}
    for k, region in enumerate(regions):
        if k in gone:
            continue
        if k in joined:
            parts, figure, fill = joined[k]
            region = _joined(regions, k, parts, shape, fill) if parts or fill else region
            figures[id(region)] = figure
        elif k in named:
            region = sectors.get(k, region)
            figures[id(region)] = named[k]
        kept.append(region)
    return kept, figures, Composed(frozenset(unseen), unsure_parts)
