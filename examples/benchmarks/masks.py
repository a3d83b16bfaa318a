"""Mask methods compared: time and mask IoU against the previous default (GrabCut, 3 rounds) on the bundled photos
(the offline detector's boxes) and on CLEVR renders (true boxes; IoU against their true masks too).

    python examples/benchmarks/masks.py [--scenes 10] [--repeat 3]

Times are the best of ``--repeat`` interleaved passes, as ratios to the reference in the same run.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from nsvr.tools import masks as rle_masks
from nsvr.tools.base import ToolInput
from nsvr.tools.convert import Detections
from nsvr.tools.detector import SSDMobileNetDetector
from nsvr.tools.image_io import load_image
from nsvr.tools.segmenter import ColourModelSegmenter, GrabCutSegmenter

ROOT = Path(__file__).resolve().parents[2]
METHODS = {
    "grabcut, 3 rounds (previous default)": GrabCutSegmenter(iterations=3),
    "grabcut, 1 round (default)": GrabCutSegmenter(iterations=1),
    "colour-model": ColourModelSegmenter(),
}


def cases(scenes: int) -> list[tuple[str, object, list, list | None]]:
    detector = SSDMobileNetDetector(min_score=0.25)
    found = []
    for name in ("bus.jpg", "zidane.jpg"):
        image = load_image(ROOT / "examples" / name)
        found.append(("photos", image, list(detector.run([ToolInput(image=image)])[0].boxes), None))
    folder = ROOT.parent / "shared" / "clevr-mini" / "val"
    if (folder / "scenes.json").is_file():
        for scene in json.loads((folder / "scenes.json").read_text())["scenes"][:scenes]:
            image = load_image(folder / "images" / scene["image_filename"])
            boxes = [
                (o["bbox"][0], o["bbox"][1], o["bbox"][0] + o["bbox"][2], o["bbox"][1] + o["bbox"][3])
                for o in scene["objects"]
            ]
            truth = [rle_masks.decode(rle_masks.from_dict(o["mask"])) for o in scene["objects"]]
            found.append(("clevr", image, boxes, truth))
    return found


def iou(a: np.ndarray | None, b: np.ndarray | None) -> float:
    if a is None and b is None:
        return 1.0
    if a is None or b is None:
        return 0.0
    return float(np.logical_and(a, b).sum() / max(1, np.logical_or(a, b).sum()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenes", type=int, default=10, help="CLEVR val renders to use")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    data = cases(args.scenes)
    seconds = {name: float("inf") for name in METHODS}
    masks: dict[str, list] = {}
    for _ in range(args.repeat):
        for name, tool in METHODS.items():
            started = time.perf_counter()
            done = [
                tool.run(
                    [
                        ToolInput(
                            image=image,
                            detections=Detections(
                                boxes=boxes, scores=[1.0] * len(boxes), class_names=["x"] * len(boxes)
                            ),
                        )
                    ]
                )[0]
                for _, image, boxes, _ in data
            ]
            seconds[name] = min(seconds[name], time.perf_counter() - started)
            masks[name] = [[None if m is None else rle_masks.decode(m) for m in d.masks or []] for d in done]
    reference = next(iter(METHODS))
    print(
        f"{sum(len(b) for _, _, b, _ in data)} boxes: {sum(len(b) for k, _, b, _ in data if k == 'photos')} on the "
        f"photos, the rest on {len(data) - 2} CLEVR renders"
    )
    for name in METHODS:
        by_kind: dict[str, list[float]] = {"photos": [], "clevr": []}
        true: list[float] = []
        for (kind, _, _, truth), mine, ref in zip(data, masks[name], masks[reference], strict=True):
            by_kind[kind] += [iou(a, b) for a, b in zip(mine, ref, strict=True)]
            if truth is not None:
                true += [iou(a, b) for a, b in zip(mine, truth, strict=True)]
        every = by_kind["photos"] + by_kind["clevr"]
        print(
            f"  {name:38s} {seconds[reference] / seconds[name]:5.1f}x faster   IoU vs previous: all "
            f"{np.mean(every):.3f}, photos {np.mean(by_kind['photos']):.3f}, CLEVR {np.mean(by_kind['clevr']):.3f}"
            f"   IoU vs true CLEVR masks {np.mean(true):.3f}"
        )


if __name__ == "__main__":
    main()
