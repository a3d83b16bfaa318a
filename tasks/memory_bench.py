"""Scene-memory benchmark on multi-view CLEVR (``../shared/clevr-multiview``): 4 RGB-D views per scene fused.

For each scene the 4 views are observed in order (view 0 first) into a fresh memory file. Reported, for the
perception ``oracle`` (per-view detections from the masks, attributes from the scene) and ``pixels`` (nsvr's
CLEVR perception, with its shipped weights, on each view's image):

* object recall and precision of the fused memory against the world objects (optimal matching within 0.5 units),
  median and 95th-percentile position error, attribute accuracy, association purity (share of memory objects
  whose sightings all come from one world object);
* accuracy of the scene's questions (asked from view 0) on the memory seen from view 0's camera, versus on view
  0 alone (a memory of view 0 only, and, for pixels, the perception's own graph of view 0 as ``nsvr ask`` uses it);
* milliseconds per ``observe`` (lifting, association, fusion, visibility and the SQLite commit; perception
  excluded), and, with ``--stress N``, N frames of the 10-object scene into one file, then the time to reopen it;
* for pixels, the perception's own per-view quality (detection, attributes), to see how it transfers to views
  its training never saw (it was trained on CLEVR's default camera).

``python -m nsvr.tasks.memory_bench --data ../shared/clevr-multiview --perception oracle pixels --stress 1000``
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from nsvr.scene_graph.clevr import CLEVR_ATTRIBUTES, normalize_clevr_answer, program_from_clevr, scene_from_clevr
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.memory import CLEVR_CAMERA_POSE, Frame, SceneMemory
from nsvr.scene_graph.memory.assignment import assign_with_rejection
from nsvr.scene_graph.models import RLE, Attribute, Object, SceneGraph
from nsvr.scene_graph.program import Program
from nsvr.tasks.bench_common import BenchInputError, load_json, resolve_planner

MATCH_DISTANCE = 0.5


def load_multiview(root: Path) -> tuple[list[dict[str, Any]], dict[int, list[dict[str, Any]]]]:
    """The scenes and the questions grouped by scene index."""
    scenes = load_json(root / "scenes.json", "multi-view scenes")["scenes"]
    questions: dict[int, list[dict[str, Any]]] = {}
    for question in load_json(root / "questions.json", "questions")["questions"]:
        questions.setdefault(int(question["image_index"]), []).append(question)
    return scenes, questions


def oracle_graph(scene: dict[str, Any], view: dict[str, Any]) -> SceneGraph:
    """View ``view``'s detections from its masks, named and described by the scene (ids = world object ids)."""
    objects = []
    for entry in view["objects"]:
        if not entry["visible"]:
            continue
        truth = scene["objects"][entry["id"]]
        x, y, w, h = entry["bbox"]
        objects.append(
            Object(
                id=str(entry["id"]),
                name=truth["shape"],
                box=(float(x), float(y), float(x + w), float(y + h)),
                mask=RLE(size=tuple(entry["mask"]["size"]), counts=entry["mask"]["counts"]),
                attributes={a: Attribute(value=truth[a]) for a in CLEVR_ATTRIBUTES},
                source="oracle",
            )
        )
    return SceneGraph(width=view["width"], height=view["height"], objects=objects)


def view_frame(root: Path, view: dict[str, Any], graph: SceneGraph, index: int) -> Frame:
    """The RGB-D frame of ``view`` around a perceived ``graph``."""
    return Frame(
        graph=graph,
        depth=np.load(root / "depth" / view["depth_filename"]),
        intrinsics=view["K"],
        pose=view["cam2world"],
        timestamp=float(index),
        name=view["image_filename"],
        estimate_camera=CLEVR_CAMERA_POSE,
    )


def match_world(memory: SceneMemory, scene: dict[str, Any]) -> dict[str, Any]:
    """The present memory objects matched one to one to the world objects within :data:`MATCH_DISTANCE`."""
    remembered = memory.objects()
    world = np.array([o["3d_coords"] for o in scene["objects"]], dtype=np.float64)
    found = np.array([o.position for o in remembered]).reshape(-1, 3)
    distance = np.linalg.norm(world[:, None, :] - found[None, :, :], axis=2)
    cost = np.where(distance <= MATCH_DISTANCE, distance, np.inf)
    pairs = assign_with_rejection(cost, leave_row=MATCH_DISTANCE, leave_column=MATCH_DISTANCE)
    errors, attribute_right = [], dict.fromkeys(CLEVR_ATTRIBUTES, 0)
    for i, j in pairs:
        errors.append(float(distance[i, j]))
        for attribute in CLEVR_ATTRIBUTES:
            attribute_right[attribute] += remembered[j].value(attribute) == scene["objects"][i][attribute]
    return {
        "world": len(world),
        "remembered": len(remembered),
        "matched": len(pairs),
        "errors": errors,
        "attribute_right": attribute_right,
    }


def association_purity(memory: SceneMemory, truth_of: Callable[[int, str], int | None]) -> tuple[int, int]:
    """(memory objects whose sightings all map to one world object, memory objects with a sighting)."""
    pure = total = 0
    for obj in memory.objects(include_gone=True):
        sources = {truth_of(s["frame"], s["source"]) for s in memory.history(obj.id)}
        sources.discard(None)
        total += bool(sources)
        pure += len(sources) == 1
    return pure, total


def answer_accuracy(
    questions: list[dict[str, Any]], graph: SceneGraph, planner: Callable[[str], Program] | None
) -> list[bool]:
    """Whether each question's answer on ``graph`` is right (dataset programs when ``planner`` is None)."""
    right = []
    for question in questions:
        try:
            program = planner(question["question"]) if planner else program_from_clevr(question["program"])
        except (ValueError, RuntimeError):
            right.append(False)
            continue
        right.append(execute(program, graph).text == normalize_clevr_answer(question["answer"]))
    return right


def _spread(values: list[float]) -> dict[str, float]:
    """Mean, median and 95th percentile (wall-clock ``observe`` times include waiting for a busy CPU; the CPU
    times of the same calls do not)."""
    return {
        "mean": round(statistics.fmean(values), 2),
        "median": round(statistics.median(values), 2),
        "p95": round(float(np.percentile(values, 95)), 2),
    }


def _percent(part: float, whole: float) -> float:
    return round(100.0 * part / whole, 2) if whole else 0.0


def _pixels_graphs(root: Path, scene: dict[str, Any], weights: str | None, cache: dict[str, Any]) -> list[SceneGraph]:
    if "perception" not in cache:
        from nsvr.tools.clevr import ClevrPerception

        cache["perception"] = ClevrPerception(weights=weights)
    graphs = []
    for view in scene["views"]:
        raw = cache["perception"].scene(root / "images" / view["image_filename"])
        graphs.append(scene_from_clevr(raw, width=raw["width"], height=raw["height"]))
    return graphs


def run_scenes(
    root: Path,
    perception: str,
    planner: Callable[[str], Program] | None,
    limit: int | None = None,
    weights: str | None = None,
    work: Path | None = None,
    order: list[int] | None = None,
) -> dict[str, Any]:
    """Every metric of one perception mode over the scenes (see the module docstring); ``order``: the views to
    observe, in that order (default all four, view 0 first)."""
    scenes, questions = load_multiview(root)
    scenes = scenes[:limit] if limit else scenes
    cache: dict[str, Any] = {}
    totals = {"world": 0, "remembered": 0, "matched": 0, "pure": 0, "sighted": 0}
    errors: list[float] = []
    attribute_right = dict.fromkeys(CLEVR_ATTRIBUTES, 0)
    observe_ms: list[float] = []
    observe_cpu_ms: list[float] = []
    answers: dict[str, list[bool]] = {"memory_view0": [], "memory_of_view0_only": [], "perception_view0": []}
    per_view_graphs: dict[int, dict[str, SceneGraph]] = {}
    per_view_truth: dict[int, dict[str, Any]] = {}
    work = Path(work or tempfile.mkdtemp(prefix="nsvr-memory-bench-"))
    for scene in scenes:
        views = scene["views"]
        if perception == "oracle":
            graphs = [oracle_graph(scene, view) for view in views]
        else:
            graphs = _pixels_graphs(root, scene, weights, cache)
        frames = [view_frame(root, view, graph, k) for k, (view, graph) in enumerate(zip(views, graphs, strict=True))]
        path = work / f"{scene['scene_id']}_{perception}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        order = order or list(range(len(views)))
        view0 = {
            "viewpoint": frames[0].pose,
            "intrinsics": frames[0].intrinsics,
            "size": (views[0]["width"], views[0]["height"]),
        }
        with SceneMemory.open(path) as memory:
            for frame in (frames[k] for k in order):
                cpu = time.process_time()
                observe_ms.append(1000 * memory.observe(frame).seconds)
                observe_cpu_ms.append(1000 * (time.process_time() - cpu))
            found = match_world(memory, scene)
            truth_of = _truth_lookup(scene, graphs, perception, order)
            pure, sighted = association_purity(memory, truth_of)
            scene_questions = questions.get(int(scene["image_index"]), [])
            answers["memory_view0"] += answer_accuracy(scene_questions, memory.graph(**view0), planner)
        with SceneMemory.open(work / f"{scene['scene_id']}_{perception}_view0.db") as alone:
            alone.observe(frames[0])
            answers["memory_of_view0_only"] += answer_accuracy(scene_questions, alone.graph(**view0), planner)
        if perception == "pixels":
            answers["perception_view0"] += answer_accuracy(scene_questions, graphs[0], planner)
            for k, (view, graph) in enumerate(zip(views, graphs, strict=True)):
                per_view_graphs.setdefault(k, {})[view["image_filename"]] = graph
                per_view_truth.setdefault(k, {})[view["image_filename"]] = _view_truth(scene, view)
        for key in ("world", "remembered", "matched"):
            totals[key] += found[key]
        totals["pure"] += pure
        totals["sighted"] += sighted
        errors += found["errors"]
        for attribute in CLEVR_ATTRIBUTES:
            attribute_right[attribute] += found["attribute_right"][attribute]
    summary: dict[str, Any] = {
        "perception": perception,
        "scenes": len(scenes),
        "world_objects": totals["world"],
        "memory_objects": totals["remembered"],
        "recall": _percent(totals["matched"], totals["world"]),
        "precision": _percent(totals["matched"], totals["remembered"]),
        "median_position_error": round(float(np.median(errors)), 4) if errors else None,
        "p95_position_error": round(float(np.percentile(errors, 95)), 4) if errors else None,
        "attribute_accuracy": {a: _percent(k, totals["matched"]) for a, k in attribute_right.items()},
        "all_attributes_accuracy": _percent(sum(attribute_right.values()), 4 * totals["matched"]),
        "association_purity": _percent(totals["pure"], totals["sighted"]),
        "questions": {
            key: {"n": len(right), "accuracy": _percent(sum(right), len(right))}
            for key, right in answers.items()
            if right
        },
        "observe_ms": _spread(observe_ms),
        "observe_cpu_ms": _spread(observe_cpu_ms),
    }
    if per_view_graphs:
        from nsvr.tasks.clevr.perception_quality import compare_to_scenes

        summary["perception_per_view"] = {
            f"view {k}": compare_to_scenes(per_view_graphs[k], per_view_truth[k]).model_dump(
                include={"detection_precision", "detection_recall", "attribute_accuracy", "all_attributes_accuracy"}
            )
            for k in sorted(per_view_graphs)
        }
    return summary


def _view_truth(scene: dict[str, Any], view: dict[str, Any]) -> dict[str, Any]:
    """A view's visible objects as a CLEVR scene with boxes (what the perception evaluator compares with)."""
    objects = []
    for entry in view["objects"]:
        if entry["visible"] and entry["area"] >= 20:
            objects.append({**{a: scene["objects"][entry["id"]][a] for a in CLEVR_ATTRIBUTES}, "bbox": entry["bbox"]})
    return {"objects": objects}


def _truth_lookup(
    scene: dict[str, Any], graphs: list[SceneGraph], perception: str, order: list[int]
) -> Callable[[int, str], int | None]:
    """(frame id, perceived id) -> world object id: the id itself for oracle, the best box match for pixels."""
    if perception == "oracle":
        return lambda frame, source: int(source)
    from nsvr.tasks.clevr.perception_quality import match_objects

    table: dict[tuple[int, str], int] = {}
    for position, k in enumerate(order):
        view, graph = scene["views"][k], graphs[k]
        truth = _view_truth(scene, view)
        visible = [e["id"] for e in view["objects"] if e["visible"] and e["area"] >= 20]
        for index, object_id in match_objects(graph, truth).items():
            table[(position + 1, object_id)] = visible[index]
    return lambda frame, source: table.get((frame, source))


def stress(root: Path, frames: int, work: Path) -> dict[str, Any]:
    """``frames`` observations of the 10-object scene's views into one file, then the time to reopen it: once
    with the views cycled (the same 10 objects, seen again and again) and once with the world carried 30 units
    up for every frame (10 new objects per frame: a memory of ``10 * frames`` objects)."""
    scenes, _ = load_multiview(root)
    scene = max(scenes, key=lambda s: len(s["objects"]))
    views = [view_frame(root, v, oracle_graph(scene, v), k) for k, v in enumerate(scene["views"])]
    results: dict[str, Any] = {"frames": frames, "objects_per_frame": len(scene["objects"])}
    for kind in ("same_objects", "new_objects"):
        path = work / f"stress_{kind}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        times, cpu_times, created = [], [], 0
        with SceneMemory.open(path) as memory:
            for k in range(frames):
                view = views[k % len(views)]
                pose = np.array(view.pose)
                if kind == "new_objects":
                    pose[2, 3] += 30.0 * k  # up: earlier frames' objects stay out of view
                frame = Frame(view.graph, view.depth, view.intrinsics, pose, float(k), f"{k}")
                cpu = time.process_time()
                report = memory.observe(frame)
                times.append(1000 * report.seconds)
                cpu_times.append(1000 * (time.process_time() - cpu))
                created += len(report.created)
        started = time.perf_counter()
        reopened = SceneMemory.open(path)
        reopen_seconds = time.perf_counter() - started
        results[kind] = {
            "observe_ms": _spread(times),
            "observe_cpu_ms": _spread(cpu_times),
            "observe_ms_last_100_median": round(statistics.median(times[-100:]), 2),
            "created_objects": created,
            "reopen_seconds": round(reopen_seconds, 4),
            "reopened_frames": reopened.frame_count,
            "reopened_objects": len(reopened.objects()),
        }
        reopened.close()
    return results


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/clevr-multiview"))
    parser.add_argument("--perception", nargs="+", choices=("oracle", "pixels"), default=["oracle"])
    parser.add_argument("--planner", default="gt", help="gt (dataset programs) or embedded")
    parser.add_argument("--limit", type=int, default=None, help="only the first N scenes")
    parser.add_argument("--views", default="0,1,2,3", help="the views to observe, in order (e.g. 3,1 drops two)")
    parser.add_argument("--weights", default=None, help="CLEVR perception weights folder (default: shipped)")
    parser.add_argument("--stress", type=int, default=0, help="also observe N frames into one file and reopen it")
    parser.add_argument("--out", type=Path, default=None, help="write summary.json (and the memory files) here")
    args = parser.parse_args(argv)
    if not (args.data / "scenes.json").is_file():
        raise BenchInputError(f"no multi-view CLEVR data in {args.data} (expected scenes.json, depth/, images/)")
    planner, _ = resolve_planner(args.planner)
    try:
        order = [int(k) for k in args.views.split(",")]
    except ValueError as error:
        raise BenchInputError(f"--views takes view numbers separated by commas, got {args.views!r}") from error
    work = args.out or Path(tempfile.mkdtemp(prefix="nsvr-memory-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    summary: dict[str, Any] = {
        mode: run_scenes(args.data, mode, planner, args.limit, args.weights, work, order) for mode in args.perception
    }
    if args.stress:
        summary["stress"] = stress(args.data, args.stress, work)
    (work / "summary.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    print(json.dumps(summary, indent=1))
    return summary


if __name__ == "__main__":
    main()
