"""How detection scores relate to being right, and the thresholds that follow (nsvr.tools.thresholds).

    python examples/benchmarks/calibrate_detection.py [--clevr 60] [--shapes 300] [--json]

The offline COCO detector (SSD) is scored on:
- the bundled photos (and matplotlib's grace_hopper.jpg when installed), against boxes labelled by hand below:
  a detection is right when it names a labelled object (IoU >= 0.5) not already taken by a higher score;
- CLEVR renders and synthetic shape scenes, where no COCO class is present: every detection is wrong there.
The region proposer is scored on shape scenes and CLEVR renders against their true boxes (right: IoU >= 0.5
with a true object no better region took).

For each score band it prints how many detections were right. The count threshold is the lowest band edge from
which every band is right at least half the time (an object more likely there than not is counted); the hedge
floor is the lowest band edge from which every band is right at least a tenth of the time (below it a detection
is noise, above it an answer that it would change is hedged). The detector's thresholds come from the photos:
on renders and drawings its wrong detections reach high scores (a COCO detector names what it does not know),
which no threshold fixes; there the region proposer and the vocabulary check do the work.
"""

from __future__ import annotations

import argparse
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
}


def photos() -> list[tuple[Path, list]]:
    found = [(ROOT / "examples" / name, LABELS[name]) for name in ("bus.jpg", "zidane.jpg")]
    try:
        import matplotlib

        hopper = Path(matplotlib.get_data_path()) / "sample_data" / "grace_hopper.jpg"
        if hopper.is_file():
            found.append((hopper, LABELS["grace_hopper.jpg"]))
    except ImportError:
        pass
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
    return rows


def lowest_edge(rows: list[dict], share: float) -> float:
    """The lowest band start from which every populated band is right at least ``share`` of the time."""
    chosen = rows[-1]["from"]
    for row in reversed(rows):
        if row["n"] and row["precision"] < share:
            break
        chosen = row["from"]
    return chosen


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
                    f"precision={row['precision']}"
                )


if __name__ == "__main__":
    main()
