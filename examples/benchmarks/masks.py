"""Mask methods compared: time and mask IoU against the earlier masks (GrabCut at 224 pixels, 3 rounds; 1 round
without the probe; the previous default, a 64-px probe else 1 round at 224) on the bundled photos (the offline
detector's boxes) and on CLEVR renders (true boxes; IoU against their true masks too), then the warm latency of
colour questions with the previous and the new default.

    python examples/benchmarks/masks.py [--scenes 60] [--repeat 5] [--questions 5]

Mask times are CPU seconds of this process (GrabCut runs on one core; CPU time is far steadier than wall time on
a shared machine), per kind of image, best and median of ``--repeat`` interleaved passes, as ratios to the
3-round GrabCut and to the previous default in the same run. Question latencies are wall time and CPU time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import numpy as np

from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.program import Program, Query, Select
from nsvr.tools import masks as rle_masks
from nsvr.tools.base import ToolInput
from nsvr.tools.builder import PerceptionConfig, PerceptionPipeline, ToolSpec
from nsvr.tools.convert import Detections
from nsvr.tools.detector import SSDMobileNetDetector
from nsvr.tools.image_io import load_image
from nsvr.tools.segmenter import (
    ColourModelSegmenter,
    FullGrabCutSegmenter,
    GrabCutSegmenter,
    ProbeGrabCutSegmenter,
)
from nsvr.tools.session import ProgramPerceiver

ROOT = Path(__file__).resolve().parents[2]
PHOTOS = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix.lower() in {".jpg", ".jpeg", ".png"})
REFERENCE = "grabcut-full: 3 rounds at 224 (earlier)"
OLD_DEFAULT = "grabcut 1 round at 224 (older default)"
PREVIOUS = "grabcut-probe: probe 64 (previous default)"
NEW = "grabcut coarse to fine (new default)"
METHODS = {
    REFERENCE: FullGrabCutSegmenter(),
    OLD_DEFAULT: GrabCutSegmenter(probe_size=0, coarse_factor=0),
    PREVIOUS: ProbeGrabCutSegmenter(),
    "grabcut-probe, probe 96": ProbeGrabCutSegmenter(probe_size=96),
    NEW: GrabCutSegmenter(),
    "coarse to fine, no native cut of small crops": GrabCutSegmenter(native_below=0),
    "colour-model": ColourModelSegmenter(),
}
PHOTOS_BY_NAME = {p.name: p for p in PHOTOS}
COLOUR_QUESTIONS = {"bus.jpg": ["bus", "person"], "zidane.jpg": ["tie", "person"]}


def cases(scenes: int) -> list[tuple[str, str, object, list, list | None]]:
    """(kind, name, image, boxes, true masks or None) for each photo and CLEVR val render."""
    detector = SSDMobileNetDetector(min_score=0.25)
    found = []
    for path in PHOTOS:
        image = load_image(path)
        found.append(("photos", path.name, image, list(detector.run([ToolInput(image=image)])[0].boxes), None))
    folder = ROOT.parent / "shared" / "clevr-mini" / "val"
    if (folder / "scenes.json").is_file():
        for scene in json.loads((folder / "scenes.json").read_text())["scenes"][:scenes]:
            image = load_image(folder / "images" / scene["image_filename"])
            boxes = [
                (o["bbox"][0], o["bbox"][1], o["bbox"][0] + o["bbox"][2], o["bbox"][1] + o["bbox"][3])
                for o in scene["objects"]
            ]
            truth = [rle_masks.decode(rle_masks.from_dict(o["mask"])) for o in scene["objects"]]
            found.append(("clevr", scene["image_filename"], image, boxes, truth))
    return found


def iou(a: np.ndarray | None, b: np.ndarray | None) -> float:
    if a is None and b is None:
        return 1.0
    if a is None or b is None:
        return 0.0
    return float(np.logical_and(a, b).sum() / max(1, np.logical_or(a, b).sum()))


def segment(tool: GrabCutSegmenter | ColourModelSegmenter, image: object, boxes: list) -> list:
    detections = Detections(boxes=boxes, scores=[1.0] * len(boxes), class_names=["x"] * len(boxes))
    return list(tool.run([ToolInput(image=image, detections=detections)])[0].masks or [])


def compare_masks(data: list, repeat: int) -> None:
    seconds: dict[tuple[str, str], list[float]] = {}
    masks: dict[str, list] = {}
    for pass_ in range(repeat):
        for name, tool in METHODS.items():
            done = []
            for kind, _, image, boxes, _ in data:
                started = time.process_time()
                done.append(segment(tool, image, boxes))
                seconds.setdefault((name, kind), [0.0] * repeat)[pass_] += time.process_time() - started
            masks[name] = [[None if m is None else rle_masks.decode(m) for m in d] for d in done]
    kinds = sorted({kind for kind, *_ in data}, reverse=True)
    print(
        f"{sum(len(d[3]) for d in data)} boxes: {sum(len(d[3]) for d in data if d[0] == 'photos')} on "
        f"{', '.join(p.name for p in PHOTOS)} (SSD, score >= 0.25), the rest on "
        f"{sum(d[0] == 'clevr' for d in data)} CLEVR val renders (true boxes)"
    )
    print(
        "speed-up (CPU time) over the 3-round GrabCut and over the previous default, best / median of the passes; "
        "mask IoU per kind: mean (worst box)"
    )
    for name in METHODS:
        speed = []
        for against in (REFERENCE, PREVIOUS):
            cells = []
            for kind in kinds:
                mine, ref = seconds[(name, kind)], seconds[(against, kind)]
                best, median = min(ref) / min(mine), statistics.median(ref) / statistics.median(mine)
                cells.append(f"{kind} {best:4.1f}x / {median:4.1f}x")
            speed.append(", ".join(cells))
        scores = {}
        for against in (REFERENCE, OLD_DEFAULT, PREVIOUS):
            cells = []
            for kind in kinds:
                values = [
                    iou(a, b)
                    for d, mine, ref in zip(data, masks[name], masks[against], strict=True)
                    if d[0] == kind
                    for a, b in zip(mine, ref, strict=True)
                ]
                cells.append(f"{kind} {np.mean(values):.3f} ({min(values):.2f})")
            scores[against] = ", ".join(cells)
        pairs = [zip(mine, d[4], strict=True) for d, mine in zip(data, masks[name], strict=True) if d[4]]
        true = [iou(a, b) for pair in pairs for a, b in pair]
        print(f"  {name}")
        print(f"      speed-up vs 3 rounds: {speed[0]}; vs previous default: {speed[1]}")
        print(
            f"      IoU vs 3 rounds: {scores[REFERENCE]}; vs 1 round: {scores[OLD_DEFAULT]}; vs previous default: "
            f"{scores[PREVIOUS]}; vs true CLEVR masks "
            + (f"{np.mean(true):.4f} ({sum(v < 0.5 for v in true)} under 0.5)" if true else "-")
        )
    print(
        "per photo box: new default's IoU vs the previous default / 3-round mask; "
        "CPU ms (best of 3) 3-round, previous, new:"
    )
    timed = (REFERENCE, PREVIOUS, NEW)
    for index, (kind, file, image, boxes, _) in enumerate(data):
        if kind != "photos":
            continue
        for number, box in enumerate(boxes):
            reference, previous, new = (masks[name][index][number] for name in timed)
            cost = [1000 * _best_cpu(METHODS[name], image, [box]) for name in timed]
            print(
                f"  {file:12s} box {tuple(int(v) for v in box)}: {iou(new, previous):.3f} / "
                f"{iou(new, reference):.3f};  " + ", ".join(f"{ms:.0f}" for ms in cost)
            )


def _best_cpu(tool: GrabCutSegmenter | ColourModelSegmenter, image: object, boxes: list, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        segment(tool, image, boxes)
        best = min(best, time.process_time() - started)
    return best


def colour_latency(repeat: int) -> None:
    """Warm latency of 'what colour is the X' on each photo, a fresh perceiver per question (masks are made anew),
    with the previous default segmenter and the new one, interleaved in this process."""
    configs = {
        "previous default (probe 64)": PerceptionConfig(
            segmenter=ToolSpec(name="grabcut", options={"coarse_factor": 0})
        ),
        "new default (coarse to fine)": PerceptionConfig(),
    }
    pipelines = {name: PerceptionPipeline(config) for name, config in configs.items()}
    questions = [
        (PHOTOS_BY_NAME[file], thing, Program(steps=[Select(name=thing), Query(inputs=[0], attribute="color")]))
        for file, things in COLOUR_QUESTIONS.items()
        if file in PHOTOS_BY_NAME
        for thing in things
    ]
    answers: dict[tuple[str, str, str], set] = {}
    times: dict[tuple[str, str, str], list[float]] = {}
    cpu_times: dict[tuple[str, str, str], list[float]] = {}
    for round_ in range(repeat + 1):  # round 0 loads the models (cold), not timed
        for path, thing, program in questions:
            for name, pipeline in pipelines.items():
                perceiver = ProgramPerceiver(pipeline)
                started, cpu = time.perf_counter(), time.process_time()
                result = execute(program, perceiver(path, program))
                elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
                key = (path.name, thing, name)
                answers.setdefault(key, set()).add(str(result.value) if result.status == "ok" else result.status)
                if round_:
                    times.setdefault(key, []).append(elapsed)
                    cpu_times.setdefault(key, []).append(cpu)
    print(f"warm latency of a colour question (perception + execution, fresh image), best / median of {repeat}:")
    for path, thing, _ in questions:
        cells, ratios = [], []
        for table, unit in ((times, "wall"), (cpu_times, "CPU")):
            old, new = (table[(path.name, thing, name)] for name in configs)
            cells.append(
                f"{unit} {min(old):.3f} / {statistics.median(old):.3f} s -> {min(new):.3f} / "
                f"{statistics.median(new):.3f} s"
            )
            ratios.append(f"{unit} {min(old) / min(new):.1f}x / {statistics.median(old) / statistics.median(new):.1f}x")
        answer = {name: "|".join(sorted(answers[(path.name, thing, name)])) for name in configs}
        print(
            f"  {path.name}, the {thing}: previous -> new default: {'; '.join(cells)}; speed-up {', '.join(ratios)}; "
            f"answers {' -> '.join(answer.values())}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenes", type=int, default=60, help="CLEVR val renders to use")
    parser.add_argument("--repeat", type=int, default=5, help="interleaved passes over the masks")
    parser.add_argument("--questions", type=int, default=5, help="interleaved repeats of the colour questions")
    args = parser.parse_args()
    compare_masks(cases(args.scenes), args.repeat)
    if args.questions > 0:
        colour_latency(args.questions)


if __name__ == "__main__":
    main()
