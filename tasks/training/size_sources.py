"""How right each source of a CLEVR object's size is when the picture is not at the render size: the attribute
network's size head, the box-geometry classifier, and their weighed mix, on the true boxes of CLEVR renders
resized to each scale.

    python -m nsvr.tasks.training.size_sources [--split ../shared/clevr-mini/val] [--scales 0.5 0.75 1 1.5]

Prints, per scale and network weight, the share of objects whose size the mix gets right and how many it leaves
unsure (large probability within 0.35-0.65). :data:`nsvr.tools.clevr.perception.SIZE_NETWORK_WEIGHT` was chosen
from this table.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from PIL import Image

from nsvr.tools.clevr.crops import batch_inputs
from nsvr.tools.clevr.geometry import large_probability
from nsvr.tools.clevr.perception import ClevrPerception
from nsvr.tools.clevr.vocabulary import ATTRIBUTES, IMAGE_HEIGHT, IMAGE_WIDTH

WEIGHTS = (0.0, 0.25, 0.5, 0.75, 1.0)


def size_probabilities(split: Path, scale: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(network's large probability, box classifier's, truth) for every object of ``split`` at ``scale``."""
    _, net, config = ClevrPerception()._load()
    names = [output.name for output in net.get_outputs()]
    large = ATTRIBUTES["size"].index("large")
    from_net, from_box, truth = [], [], []
    for scene in json.loads((split / "scenes.json").read_text())["scenes"]:
        image = Image.open(split / "images" / scene["image_filename"]).convert("RGB")
        if scale != 1.0:
            image = image.resize((round(IMAGE_WIDTH * scale), round(IMAGE_HEIGHT * scale)), Image.Resampling.LANCZOS)
        boxes = [tuple(v * scale for v in obj["bbox"]) for obj in scene["objects"]]
        crops, geometry = batch_inputs(image, boxes)
        logits = dict(zip(names, net.run(None, {"crops": crops, "geometry": geometry}), strict=True))["size"]
        probabilities = np.exp(logits - logits.max(axis=1, keepdims=True))
        probabilities /= probabilities.sum(axis=1, keepdims=True)
        from_net.extend(probabilities[:, large])
        from_box.extend(large_probability(np.array(boxes) / scale, config["size"]))
        truth.extend(obj["size"] == "large" for obj in scene["objects"])
    return np.array(from_net), np.array(from_box), np.array(truth)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", type=Path, default=Path("../shared/clevr-mini/val"))
    parser.add_argument("--scales", type=float, nargs="+", default=[0.5, 0.75, 1.0, 1.5])
    args = parser.parse_args(argv)
    if not (args.split / "scenes.json").is_file():
        parser.error(f"no scenes.json in {args.split}")
    print(f"{'scale':>6} {'network weight':>15} {'right':>8} {'unsure':>7}")
    for scale in args.scales:
        from_net, from_box, truth = size_probabilities(args.split, scale)
        for weight in WEIGHTS:
            mixed = weight * from_net + (1 - weight) * from_box
            right = float(((mixed > 0.5) == truth).mean())
            unsure = int((abs(mixed - 0.5) < 0.15).sum())
            print(f"{scale:>6.2f} {weight:>15.2f} {right:>8.2%} {unsure:>7d}")


if __name__ == "__main__":
    main()
