"""Latency and peak memory of the default offline perception pipeline on the bundled images.

Run from the repository root::

    python examples/benchmark_perception.py            # SSD + GrabCut + colour/size attributes
    python examples/benchmark_perception.py --ocr      # ... + rapidocr text lines
    python examples/benchmark_perception.py --repeat 5 --json

The first pass includes loading the models (cold); later passes reuse them (warm). No disk cache is used, so
every pass really perceives every image.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from nsvr.tools.builder import PerceptionConfig, PerceptionPipeline
from nsvr.tools.image_io import load_image

EXAMPLES = Path(__file__).resolve().parent
IMAGES = [EXAMPLES / "bus.jpg", EXAMPLES / "zidane.jpg"]


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ocr", action="store_true", help="also run rapidocr")
    parser.add_argument("--repeat", type=int, default=3, help="warm passes over the images (default 3)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = parser.parse_args()

    baseline = peak_rss_mib()
    pipeline = PerceptionPipeline(PerceptionConfig.default(ocr=args.ocr))
    images = [load_image(path) for path in IMAGES]
    timings: dict[str, list[float]] = {path.name: [] for path in IMAGES}
    found: dict[str, str] = {}
    for _ in range(1 + max(0, args.repeat)):
        for path, image in zip(IMAGES, images, strict=True):
            start = time.perf_counter()
            graph = pipeline.run([image])[0]
            timings[path.name].append(time.perf_counter() - start)
            found[path.name] = ", ".join(f"{n} {k}" for k, n in Counter(o.name for o in graph.objects).most_common())

    report = {
        "pipeline": "ssd + grabcut + color + size" + (" + ocr" if args.ocr else ""),
        "images": {
            name: {
                "cold_s": round(values[0], 3),
                "warm_median_s": round(statistics.median(values[1:]), 3) if len(values) > 1 else None,
                "objects": found[name],
            }
            for name, values in timings.items()
        },
        "peak_rss_mib": round(peak_rss_mib(), 1),
        "rss_before_models_mib": round(baseline, 1),
    }
    if args.json:
        print(json.dumps(report, indent=1))
        return
    print(f"pipeline: {report['pipeline']}  ({args.repeat} warm passes)")
    for name, row in report["images"].items():
        print(f"  {name:11s} cold {row['cold_s']:6.3f} s   warm median {row['warm_median_s']} s   {row['objects']}")
    print(f"peak RSS {report['peak_rss_mib']} MiB (before loading models: {report['rss_before_models_mib']} MiB)")


if __name__ == "__main__":
    main()
