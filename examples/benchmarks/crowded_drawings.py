"""Drawings of hundreds or thousands of small shapes: how many the region proposer reads right, and its cost.

Each drawing is a jittered grid of red, blue or green circles, squares and triangles on a light sheet. The
proposer's regions are tallied by (colour, shape) against what was drawn; a count error is one shape too many or
too few in some (colour, shape) cell. CPU seconds of this process (steadier than wall time on a shared machine).

    python examples/benchmarks/crowded_drawings.py [--sizes 400x1600 1000x2400 2000x3000 3000x4000]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

import cv2
import numpy as np

from nsvr.tools.regions import RegionProposer

COLOURS = {"red": (220, 30, 30), "blue": (30, 60, 220), "green": (30, 160, 60)}


def crowded_drawing(count: int, side: int, seed: int = 0) -> tuple[np.ndarray, Counter]:
    """``count`` shapes on a ``side`` x ``side`` sheet (RGB) and the (colour, shape) tally of what was drawn."""
    rng = np.random.default_rng(seed)
    picture = np.full((side, side, 3), (245, 245, 240), np.uint8)
    grid = int(np.ceil(np.sqrt(count)))
    cell = side / grid
    truth: Counter = Counter()
    for k in range(count):
        colour, shape = str(rng.choice(list(COLOURS))), str(rng.choice(["circle", "square", "triangle"]))
        cx = (k % grid + 0.5 + rng.uniform(-0.08, 0.08)) * cell
        cy = (k // grid + 0.5 + rng.uniform(-0.08, 0.08)) * cell
        r = cell * rng.uniform(0.28, 0.36)
        rgb = COLOURS[colour]
        if shape == "circle":
            cv2.circle(picture, (round(cx), round(cy)), round(r), rgb, -1, cv2.LINE_AA)
        elif shape == "square":
            cv2.rectangle(picture, (round(cx - r), round(cy - r)), (round(cx + r), round(cy + r)), rgb, -1)
        else:
            corners = np.array([(cx, cy - r), (cx - r, cy + 0.8 * r), (cx + r, cy + 0.8 * r)], np.int32)
            cv2.fillPoly(picture, [corners], rgb, cv2.LINE_AA)
        truth[(colour, shape)] += 1
    return picture, truth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", default=["400x1600", "1000x2400", "2000x3000", "3000x4000"])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    proposer = RegionProposer()
    for size in args.sizes:
        count, side = (int(v) for v in size.lower().split("x"))
        picture, truth = crowded_drawing(count, side, args.seed)
        started = time.process_time()
        flat = proposer.is_flat_scene(picture)
        flat_seconds = time.process_time() - started
        started = time.process_time()
        found = proposer(picture)
        seconds = time.process_time() - started
        seen = Counter((a["color"].value, a["shape"].value) for a in found.attributes)
        errors = sum(abs(seen[k] - truth[k]) for k in set(seen) | set(truth))
        print(
            f"{count:5d} shapes on {side} px: drawing? {flat} ({flat_seconds:.1f} s); {len(found)} regions, "
            f"count errors {errors}; {seconds:.1f} s CPU ({1000 * seconds / max(1, count):.1f} ms a shape)"
        )


if __name__ == "__main__":
    main()
