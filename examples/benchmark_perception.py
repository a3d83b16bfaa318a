"""Latency of perception on the bundled photos: program-driven (only the tools a question needs) and eager.

Run from the repository root::

    python examples/benchmark_perception.py            # per-question latency, warm models, fresh image
    python examples/benchmark_perception.py --eager    # + the eager pipeline (every tool, OCR with --ocr)
    python examples/benchmark_perception.py --repeat 5 --json

A question's time is perception + execution of its program on an image not seen before (models already
loaded: warm); "again" is a second question on the same image, served from what the first one perceived.
Repeats are interleaved; the median and best are printed. No disk cache is used.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from pathlib import Path

from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.program import Count, Program, Query, Select, Unique, Verify
from nsvr.tools.builder import PerceptionConfig, PerceptionPipeline
from nsvr.tools.image_io import load_image
from nsvr.tools.session import ProgramPerceiver

EXAMPLES = Path(__file__).resolve().parent
IMAGES = [EXAMPLES / "bus.jpg", EXAMPLES / "zidane.jpg"]
QUESTIONS = {
    "count (how many people)": Program(steps=[Select(name="person"), Count(inputs=[0])]),
    "colour (what colour is the bus/tie)": None,  # per image, below
    "text (does the bus say cero emisiones)": Program(
        steps=[Select(name="bus"), Unique(inputs=[0]), Verify(inputs=[1], attribute="text", value="cero emisiones")]
    ),
}


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def program_for(kind: str, image: Path) -> Program:
    if kind.startswith("colour"):
        name = "bus" if image.name == "bus.jpg" else "tie"
        return Program(steps=[Select(name=name), Query(inputs=[0], attribute="color")])
    return QUESTIONS[kind]  # type: ignore[return-value]


def question_latencies(repeat: int) -> dict:
    pipeline = PerceptionPipeline(PerceptionConfig.default())
    for path in IMAGES:  # load every model once (cold), on another session
        for kind in QUESTIONS:
            ProgramPerceiver(pipeline)(path, program_for(kind, path))
    times: dict[str, list[float]] = {}
    for _ in range(repeat):
        for path in IMAGES:
            for kind in QUESTIONS:
                perceiver = ProgramPerceiver(pipeline)  # a fresh image: nothing perceived yet
                program = program_for(kind, path)
                started = time.perf_counter()
                graph = perceiver(path, program)
                execute(program, graph)
                times.setdefault(f"{path.name} {kind}", []).append(time.perf_counter() - started)
                second = QUESTIONS["count (how many people)"]
                started = time.perf_counter()
                graph = perceiver(path, second)
                execute(second, graph)
                times.setdefault(f"{path.name} again after {kind.split()[0]}", []).append(time.perf_counter() - started)
    return {k: {"median_s": round(statistics.median(v), 4), "best_s": round(min(v), 4)} for k, v in times.items()}


def eager(ocr: bool, repeat: int) -> dict:
    pipeline = PerceptionPipeline(PerceptionConfig.default(ocr=ocr))
    images = [load_image(path) for path in IMAGES]
    timings: dict[str, list[float]] = {path.name: [] for path in IMAGES}
    for _ in range(1 + max(0, repeat)):
        for path, image in zip(IMAGES, images, strict=True):
            started = time.perf_counter()
            pipeline.run([image])
            timings[path.name].append(time.perf_counter() - started)
    return {
        name: {"cold_s": round(v[0], 3), "warm_median_s": round(statistics.median(v[1:]), 3) if len(v) > 1 else None}
        for name, v in timings.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eager", action="store_true", help="also time the eager pipeline (every tool)")
    parser.add_argument("--ocr", action="store_true", help="the eager pipeline reads text too")
    parser.add_argument("--repeat", type=int, default=3, help="interleaved repeats (default 3)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = parser.parse_args()
    report: dict = {"questions (warm, fresh image)": question_latencies(args.repeat)}
    if args.eager:
        report["eager pipeline" + (" + ocr" if args.ocr else "")] = eager(args.ocr, args.repeat)
    report["peak_rss_mib"] = round(peak_rss_mib(), 1)
    if args.json:
        print(json.dumps(report, indent=1))
        return
    for section, rows in report.items():
        if not isinstance(rows, dict):
            print(f"{section}: {rows}")
            continue
        print(section)
        for name, row in rows.items():
            print(f"  {name:58s} " + "  ".join(f"{k} {v}" for k, v in row.items()))


if __name__ == "__main__":
    main()
