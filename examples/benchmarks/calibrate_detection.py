"""How detection scores relate to being right, and the thresholds that follow (nsvr.tools.thresholds).

    python examples/benchmarks/calibrate_detection.py [--clevr 60] [--shapes 300] [--json]

The offline COCO detector (SSD) is scored on:
- the bundled photos, matplotlib's grace_hopper.jpg and, when scikit-image is installed (``pip install
  scikit-image``: its wheel ships the images), its sample photos and pictures of other kinds (a retina scan, a
  logo, a colour chart, a scanned page, text, a deep-sky image), against boxes labelled by hand below: a
  detection is right when it names a labelled object (IoU >= 0.5) not already taken by a higher score (a picture
  with no COCO object in it has no labels: every detection on it is wrong);
- CLEVR renders and synthetic shape scenes, where no COCO class is present: every detection is wrong there.
The region proposer is scored on shape scenes and CLEVR renders against their true boxes (right: IoU >= 0.5
with a true object no better region took).

For each score band it prints how many detections were right, and that precision fitted non-decreasing in the
score (pooled adjacent violators: a few detections per band make single bands noisy). The count threshold is the
lowest band edge from which the fit is right at least half the time (an object more likely there than not is
counted); the hedge floor is the lowest band edge from which it is right at least a tenth of the time (below it a
detection is noise, above it an answer that it would change is hedged). With only the bundled photos the bands
are too thin to say much (three photos: every detection from 0.15 up looks right); nsvr's thresholds come from
the run with scikit-image's images. The detector's thresholds come from the photos:
on renders and drawings its wrong detections reach high scores (a COCO detector names what it does not know),
which no threshold fixes; there the region proposer and the vocabulary check do the work.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

import numpy as np

from nsvr.tools.base import ToolInput
from nsvr.tools.convert import box_iou
from nsvr.tools.detector import SSDMobileNetDetector
from nsvr.tools.image_io import load_image
from nsvr.tools.regions import RegionProposer
from nsvr.tools.shape_scenes import generate_scene

ROOT = Path(__file__).resolve().parents[2]
EDGES = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.5, 0.7, 1.01]

# Hand-labelled objects of the bundled photos (every person, bus and tie a person sees, partly visible ones too).
LABELS: dict[str, list[tuple[str, tuple[float, float, float, float]]]] = {
    "bus.jpg": [
        ("person", (50, 395, 245, 910)),
        ("person", (220, 405, 345, 860)),
        ("person", (665, 365, 810, 880)),
        ("person", (0, 550, 80, 875)),  # cut by the left edge
        ("bus", (15, 225, 805, 760)),
    ],
    "zidane.jpg": [
        ("person", (120, 195, 1110, 715)),
        ("person", (745, 40, 1150, 710)),
        ("tie", (440, 435, 530, 715)),
        ("tie", (975, 300, 1030, 430)),
    ],
    "grace_hopper.jpg": [("person", (0, 20, 512, 600)), ("tie", (215, 420, 300, 535))],
    # scikit-image's sample images (skimage/data)
    "astronaut.png": [("person", (10, 10, 369, 509))],
    "chelsea.png": [("cat", (8, 0, 408, 296))],
    "coffee.png": [("cup", (173, 13, 411, 239)), ("dining table", (0, 0, 600, 400)), ("spoon", (343, 93, 460, 328))],
    "rocket.jpg": [],
    "motorcycle_left.png": [
        ("motorcycle", (102, 64, 679, 444)),
        ("bottle", (399, 51, 423, 87)),
        ("bench", (40, 105, 290, 305)),
        ("bicycle", (0, 40, 60, 230)),
    ],
    "camera.png": [("person", (0, 61, 301, 507))],
    "horse.png": [("horse", (13, 4, 392, 317))],
    "retina.jpg": [],
    "logo.png": [],
    "color.png": [],
    "page.png": [],
    "text.png": [],
    "hubble_deep_field.jpg": [],
}
SKIMAGE_IMAGES = [name for name in LABELS if name not in {"bus.jpg", "zidane.jpg", "grace_hopper.jpg"}]


def photos() -> list[tuple[Path, list]]:
    found = [(ROOT / "examples" / name, LABELS[name]) for name in ("bus.jpg", "zidane.jpg")]
    try:
        import matplotlib

        hopper = Path(matplotlib.get_data_path()) / "sample_data" / "grace_hopper.jpg"
        if hopper.is_file():
            found.append((hopper, LABELS["grace_hopper.jpg"]))
    except ImportError:
        pass
    spec = importlib.util.find_spec("skimage")
    if spec is not None and spec.origin is not None:  # found without importing it (its import is slow)
        data = Path(spec.origin).parent / "data"
        found += [(data / name, LABELS[name]) for name in SKIMAGE_IMAGES if (data / name).is_file()]
    return found


def judge(boxes: list, names: list[str], scores: list[float], truth: list) -> list[tuple[float, bool]]:
    """(score, right) per detection, matched greedily by score to same-name true boxes: IoU >= 0.5, or a loose
    box (IoU >= 0.25) holding 80% of the true one (detectors box a tie with the shirt around it)."""
    from nsvr.tools.ocr import containment

    taken: set[int] = set()
    judged = []
    for index in np.argsort(-np.asarray(scores)):
        right = False
        if truth:
            overlaps = box_iou([boxes[index]], [b for _, b in truth])[0]
            for j in np.argsort(-overlaps):
                loose = overlaps[j] >= 0.25 and containment(truth[j][1], boxes[index]) >= 0.8
                if (overlaps[j] >= 0.5 or loose) and j not in taken and truth[j][0] == names[index]:
                    taken.add(int(j))
                    right = True
                    break
        judged.append((float(scores[index]), right))
    return judged


def bands(judged: list[tuple[float, bool]]) -> list[dict]:
    """Detections per score band: how many, how many right, the precision and its monotone fit."""
    rows = []
    for low, high in zip(EDGES, EDGES[1:], strict=False):
        inside = [right for score, right in judged if low <= score < high]
        rows.append(
            {
                "from": low,
                "to": min(high, 1.0),
                "n": len(inside),
                "right": int(sum(inside)),
                "precision": round(sum(inside) / len(inside), 3) if inside else None,
            }
        )
    for row, fitted in zip(rows, monotone_precision(rows), strict=True):
        row["fitted"] = fitted
    return rows


def monotone_precision(rows: list[dict]) -> list[float | None]:
    """Each band's precision fitted non-decreasing in the score (pool adjacent violators, weighted by counts):
    with a few detections per band, one wrong detection in a high band or one right one in a low band should
    not move a threshold by itself. None for empty bands."""
    blocks: list[list[float]] = []  # [right, n, first band, last band]
    for index, row in enumerate(rows):
        if not row["n"]:
            continue
        blocks.append([row["right"], row["n"], index, index])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
            right, n, _, last = blocks.pop()
            blocks[-1][0] += right
            blocks[-1][1] += n
            blocks[-1][3] = last
    fitted: list[float | None] = [None] * len(rows)
    for right, n, first, last in blocks:
        for index in range(int(first), int(last) + 1):
            if rows[index]["n"]:
                fitted[index] = round(right / n, 3)
    return fitted


def lowest_edge(rows: list[dict], share: float) -> float:
    """The start of the lowest populated band whose fitted precision (:func:`monotone_precision`) is at least
    ``share``: from there up every band is, since the fit never decreases."""
    for row, precision in zip(rows, monotone_precision(rows), strict=True):
        if precision is not None and precision >= share:
            return row["from"]
    return rows[-1]["to"]


def ssd_scores(clevr: int, shapes: int) -> dict[str, list[tuple[float, bool]]]:
    """SSD's judged detections per source: the labelled photos, CLEVR renders and shape scenes (no COCO object)."""
    detector = SSDMobileNetDetector(min_score=EDGES[0])
    judged: dict[str, list[tuple[float, bool]]] = {"photos": [], "clevr renders": [], "shape scenes": []}
    for path, truth in photos():
        found = detector.run([ToolInput(image=load_image(path))])[0]
        judged["photos"] += judge(found.boxes, found.class_names, found.scores, truth)
    for path in _clevr_images(clevr):
        found = detector.run([ToolInput(image=load_image(path))])[0]
        judged["clevr renders"] += [(s, False) for s in found.scores]
    rng = np.random.default_rng(7)
    for _ in range(shapes):
        found = detector.run([ToolInput(image=load_image(generate_scene(rng).image))])[0]
        judged["shape scenes"] += [(s, False) for s in found.scores]
    return judged


def region_scores(clevr: int, shapes: int) -> dict[str, list[tuple[float, bool]]]:
    """The region proposer's judged regions on shape scenes and on CLEVR renders (true boxes known)."""
    proposer = RegionProposer()
    judged: dict[str, list[tuple[float, bool]]] = {"shape scenes": [], "clevr renders": []}
    rng = np.random.default_rng(11)
    for _ in range(shapes):
        scene = generate_scene(rng)
        found = proposer.propose(load_image(scene.image))
        truth = [("region", s.box) for s in scene.shapes]
        judged["shape scenes"] += judge(found.boxes, ["region"] * len(found), found.scores, truth)
    scenes_file = ROOT.parent / "shared" / "clevr-mini" / "val" / "scenes.json"
    if scenes_file.is_file():
        for scene in json.loads(scenes_file.read_text())["scenes"][:clevr]:
            found = proposer.propose(load_image(scenes_file.parent / "images" / scene["image_filename"]))
            truth = [
                ("region", (o["bbox"][0], o["bbox"][1], o["bbox"][0] + o["bbox"][2], o["bbox"][1] + o["bbox"][3]))
                for o in scene["objects"]
            ]
            judged["clevr renders"] += judge(found.boxes, ["region"] * len(found), found.scores, truth)
    return judged


def _clevr_images(count: int) -> list[Path]:
    folder = ROOT.parent / "shared" / "clevr-mini" / "val" / "images"
    return sorted(folder.glob("*.png"))[:count] if folder.is_dir() else []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clevr", type=int, default=60, help="CLEVR val renders (negatives for the detector)")
    parser.add_argument("--shapes", type=int, default=300, help="synthetic shape scenes")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    ssd = ssd_scores(args.clevr, args.shapes)
    photo_rows = bands(ssd["photos"])
    report = {
        "ssd on labelled photos": {
            "images": [p.name for p, _ in photos()],
            "bands": photo_rows,
            "count_threshold": lowest_edge(photo_rows, 0.5),
            "hedge_floor": lowest_edge(photo_rows, 0.1),
        },
        **{
            f"ssd on {source} (every detection wrong)": {
                "images": args.clevr if source.startswith("clevr") else args.shapes,
                "bands": bands(found),
                "wrong_at_or_above_0.5_per_image": round(
                    sum(s >= 0.5 for s, _ in found) / max(1, args.clevr if source.startswith("clevr") else args.shapes),
                    3,
                ),
                "highest": round(max((s for s, _ in found), default=0.0), 3),
            }
            for source, found in ssd.items()
            if source != "photos"
        },
    }
    regions = region_scores(args.clevr, args.shapes)
    shape_rows = bands(regions["shape scenes"])
    report["region proposer on shape scenes"] = {
        "bands": shape_rows,
        "count_threshold": lowest_edge(shape_rows, 0.5),
        "hedge_floor": lowest_edge(shape_rows, 0.1),
    }
    # CLEVR's floor is no plain background (shading, shadows): the proposer is not used there, only measured
    report["region proposer on CLEVR renders (not a flat scene)"] = {"bands": bands(regions["clevr renders"])}
    if args.json:
        print(json.dumps(report, indent=1))
        return
    for tool, block in report.items():
        summary = {k: v for k, v in block.items() if k != "bands"}
        print(f"{tool}: {summary}")
        for row in block["bands"]:
            if row["n"]:
                print(
                    f"  [{row['from']:.3f}, {row['to']:.3f})  n={row['n']:5d}  right={row['right']:4d}  "
                    f"precision={row['precision']}  fitted={row['fitted']}"
                )


if __name__ == "__main__":
    main()
