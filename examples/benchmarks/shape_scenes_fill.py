"""Filled or hollow, end to end: whether each drawn shape is filled or only an outline, asked as a user would ("Is
the circle hollow?", "Is the star filled in?", "How many shapes are just outlines?") of the package's shape-scene
generator (`nsvr.tools.shape_scenes.generate_scene`), where some shapes are filled with a dark or white outline
round them (filled) and a few are drawn as a bare outline (hollow). Every scene is redrawn until it holds a hollow
shape half of the time, so both answers are common. Written by the same team as the perception, not blind: a
measurement of the fill reading, not a check of generality.

    python examples/benchmarks/shape_scenes_fill.py [--scenes 300] [--seed 0] [--show-failures]
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shape_bench_common import ask_all, print_shares  # noqa: E402

from nsvr.tools.shape_scenes import ShapeScene, generate_scene  # noqa: E402


@dataclass
class Item:
    text: str
    answer: str
    key: str


def scenes(seed: int, wanted: int) -> list[ShapeScene]:
    rng = np.random.default_rng(seed)
    found: list[ShapeScene] = []
    while len(found) < wanted:
        scene = generate_scene(rng, side=int(rng.choice([128, 192, 256, 384])))
        hollow = any(s.hollow for s in scene.shapes)
        if scene.shapes and (hollow or len(found) % 2 == 0) and not any(s.cut for s in scene.shapes):
            found.append(scene)
    return found


def questions(scene: ShapeScene) -> list[Item]:
    items = []
    kinds = [s.shape for s in scene.shapes]
    for s in scene.shapes:
        if kinds.count(s.shape) != 1:
            continue
        hollow = "yes" if s.hollow else "no"
        items.append(Item(f"Is the {s.shape} hollow?", hollow, "Is the X hollow?"))
        items.append(Item(f"Is the {s.shape} filled in?", "no" if s.hollow else "yes", "Is the X filled in?"))
    count = sum(s.hollow for s in scene.shapes)
    items.append(Item("How many shapes are just outlines?", str(count), "How many shapes are just outlines?"))
    items.append(Item("How many filled shapes are there?", str(len(scene.shapes) - count), "How many filled shapes?"))
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scenes", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show-failures", action="store_true")
    args = parser.parse_args()
    drawn = scenes(args.seed, args.scenes)
    count = sum(len(questions(s)) for s in drawn)
    start = time.perf_counter()
    done, shares, shown = ask_all(
        iter(drawn),
        questions,
        count,
        "photo",
        lambda scene, item: [
            "all",
            item.key,
            "hollow shape in the scene" if any(s.hollow for s in scene.shapes) else "no hollow shape",
        ],  # fmt: skip
        lambda scene: {"shapes": [(s.shape, s.color, "hollow" if s.hollow else "filled") for s in scene.shapes]},
        show_unknown=args.show_failures,
    )
    print(f"{done} fill questions on {len(drawn)} scenes, seed {args.seed}, {time.perf_counter() - start:.0f} s")
    print_shares(shares, 40)
    if args.show_failures:
        for failure in shown:
            print(failure)


if __name__ == "__main__":
    main()
