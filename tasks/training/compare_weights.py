"""Compare CLEVR weights folders on the same images in one run: accuracy, and latency as a ratio.

The machine this runs on is shared and its speed drifts, so absolute times from two runs cannot be compared.
Here every image goes through every weights folder back to back (the order rotating per image), and each
folder's mean latency is also printed relative to the first folder's. ``--variants DIR`` adds, for the
weights in DIR, the test-time-augmentation variants: the detector's mirror pass switched, the attribute
network without flip averaging, and both (written under ``--work``).

    python -m nsvr.tasks.training.compare_weights --scenes ../shared/clevr-mini/val/scenes.json \\
        --images ../shared/clevr-mini/val/images --questions ../shared/clevr-mini/val/questions.json \\
        --weights nsvr/tools/clevr/weights --weights runs/train-clevr
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path
from typing import Any

import numpy as np

from nsvr.tasks.clevr.perception_quality import compare_to_scenes
from nsvr.tasks.training.clevr_data import ClevrDataError, load_scenes
from nsvr.tasks.training.evaluate_clevr import script_parser, wrong_answers
from nsvr.tools.clevr.perception import ClevrPerceptionError


def tta_variants(weights: Path, work: Path) -> list[Path]:
    """Folders holding ``weights`` with the detector's mirror pass switched (on if it was off, off if on),
    without the attribute network's flip averaging, and with both changes."""
    work = Path(work)
    mirror = json.loads((Path(weights) / "clevr.json").read_text(encoding="utf-8"))["detector"].get("mirror", False)
    switched = "mirror-off" if mirror else "mirror-on"
    no_flip = _copy(weights, work / "no-flip")
    export_without_flip(Path(weights) / "attributes.onnx", no_flip / "attributes.onnx")
    folders = [_copy(weights, work / switched), no_flip, _copy(no_flip, work / f"{switched}-no-flip")]
    for folder in (folders[0], folders[2]):
        config = json.loads((folder / "clevr.json").read_text(encoding="utf-8"))
        config["detector"]["mirror"] = not mirror
        (folder / "clevr.json").write_text(json.dumps(config, indent=1), encoding="utf-8")
    return folders


def _copy(source: Path, target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for name in ("clevr.json", "detector.onnx", "attributes.onnx"):
        shutil.copyfile(Path(source) / name, target / name)
    return target


def export_without_flip(source: Path, target: Path) -> Path:
    """Re-export the attribute network of ``source`` (a flip-averaged ``attributes.onnx``) as one plain pass."""
    import onnx

    from nsvr.tasks.training.attributes import export_attribute_onnx
    from nsvr.tasks.training.from_onnx import attribute_net_from_onnx
    from nsvr.tasks.training.onnx_size import store_weights_as_float16
    from nsvr.tools.clevr.crops import CROP_SIZE, GEOMETRY_FEATURES

    rng = np.random.default_rng(0)  # eval-mode outputs do not depend on the calibration inputs
    crops = rng.random((64, 4, CROP_SIZE, CROP_SIZE), dtype=np.float32)
    geometry = rng.random((64, GEOMETRY_FEATURES), dtype=np.float32)
    net = attribute_net_from_onnx(source, crops, geometry)
    export_attribute_onnx(net, target, outputs=len(onnx.load(str(source)).graph.output))
    return store_weights_as_float16(target)


def compare(
    folders: list[Path | None], scene_list: list[dict[str, Any]], images: Path, questions: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Per folder: perception quality, answer accuracy (dataset programs, with and without revision) and
    latency (mean, p95, mean relative to the first folder)."""
    from nsvr.tools.clevr import ClevrPerception

    perceptions = [ClevrPerception(weights=str(f) if f else None, device="cpu") for f in folders]
    for perception in perceptions:  # load the sessions outside the timing
        perception(Path(images) / scene_list[0]["image_filename"])
    graphs: list[dict[str, Any]] = [{} for _ in folders]
    latencies: list[list[float]] = [[] for _ in folders]
    for n, truth in enumerate(scene_list):
        path = Path(images) / truth["image_filename"]
        for k in np.roll(np.arange(len(folders)), n):
            started = time.perf_counter()
            graphs[k][truth["image_filename"]] = perceptions[k](path)
            latencies[k].append((time.perf_counter() - started) * 1000)
    truths = {s["image_filename"]: s for s in scene_list}
    asked = [q for q in questions if q["image_filename"] in truths]
    results = []
    for folder, graph_set, times in zip(folders, graphs, latencies, strict=True):
        accuracy = {}
        for revise in (True, False):
            wrong = sum(wrong_answers(asked, graph_set, revise=revise).values())
            accuracy["answers" if revise else "answers_no_revise"] = round(100 * (1 - wrong / max(1, len(asked))), 2)
        results.append(
            {
                "weights": str(folder) if folder else "shipped",
                "quality": compare_to_scenes(graph_set, truths).model_dump(),
                **accuracy,
                "questions": len(asked),
                "latency_mean_ms": round(float(np.mean(times)), 1),
                "latency_p95_ms": round(float(np.percentile(times, 95)), 1),
                "latency_ratio": round(float(np.mean(times) / np.mean(latencies[0])), 3),
            }
        )
    return results


def format_comparison(results: list[dict[str, Any]]) -> str:
    """One block per weights folder."""
    lines = []
    for r in results:
        q = r["quality"]
        attributes = "  ".join(f"{k} {v:.2f}" for k, v in q["attribute_accuracy"].items())
        relations = "  ".join(f"{k} {v:.2f}" for k, v in q["relation_accuracy"].items())
        lines += [
            f"== {r['weights']}",
            f"answers {r['answers']:.2f}% (no revision {r['answers_no_revise']:.2f}%) of {r['questions']};  "
            f"detection precision {q['detection_precision']:.2f} recall {q['detection_recall']:.2f};  "
            f"exact scenes {q['exact_scenes']:.2f}",
            f"attributes: {attributes};  relations: {relations}",
            f"latency mean {r['latency_mean_ms']:.1f} ms, p95 {r['latency_p95_ms']:.1f} ms per image; "
            f"{r['latency_ratio']:.2f} x the first",
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = script_parser("nsvr.tasks.training.compare_weights", __doc__, several_weights=True)
    parser.add_argument("--variants", type=Path, default=None, help="also compare this folder's TTA variants")
    parser.add_argument("--work", type=Path, default=Path("runs/tta-variants"), help="where variants are written")
    parser.add_argument("--limit", type=int, default=None, help="only the first N scenes")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    try:
        folders: list[Path | None] = [None if w == "shipped" else Path(w) for w in args.weights]
        if args.variants is not None:
            folders += [args.variants, *tta_variants(args.variants, args.work)]
        if not folders:
            raise ClevrDataError("give at least one --weights folder (or 'shipped') or --variants")
        scene_list = load_scenes(args.scenes)["scenes"][: args.limit]
        questions = json.loads(args.questions.read_text(encoding="utf-8"))["questions"] if args.questions else []
        results = compare(folders, scene_list, args.images, questions)
    except (ClevrDataError, ClevrPerceptionError, OSError, json.JSONDecodeError) as error:
        parser.exit(2, f"error: {error}\n")
    print(json.dumps(results, indent=1) if args.json else format_comparison(results))


if __name__ == "__main__":
    main()
