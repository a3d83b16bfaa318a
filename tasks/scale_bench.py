"""How the scene graph and executor scale: CLEVR questions/s beside the official CLEVR question engine, per-question
time on synthetic scenes of 10 to 10,000 objects, graph build time and memory, and start-up time.

    python -m nsvr.tasks.scale_bench --engine /path/to/clevr-dataset-gen/question_generation \\
        --questions ../shared/clevr-mini/train/questions.json --scenes ../shared/clevr-mini/train/scenes.json

``--engine`` is the folder holding the official ``question_engine.py`` (facebookresearch/clevr-dataset-gen; it is
loaded from there, never copied into nsvr); without it only nsvr's numbers are printed. Timings are CPU time of
this process, interleaved and repeated (best and median), so the ratios hold on a shared machine.
"""

from __future__ import annotations

import argparse
import importlib.util
import math
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from nsvr.scene_graph.clevr import (
    compile_clevr,
    normalize_clevr_answer,
    program_from_clevr,
    run_clevr,
    scene_from_clevr,
)
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.index import graph_index
from nsvr.tasks.bench_common import BenchInputError, load_json

COLORS = ("gray", "red", "blue", "green", "brown", "purple", "cyan", "yellow")
SIZES = (10, 100, 1000, 10000)
ANCHORS = 8
PARTS = ("clevr", "runner", "scale", "build", "startup")
HEAVY = ("sympy", "networkx", "rich.markdown", "nsvr.scene_graph.executor", "numpy", "pydantic")


def load_engine(folder: Path) -> ModuleType:
    """The official CLEVR ``question_engine`` module, loaded from its own folder."""
    path = Path(folder) / "question_engine.py"
    if not path.is_file():
        raise BenchInputError(f"no question_engine.py in {folder} (clevr-dataset-gen/question_generation)")
    spec = importlib.util.spec_from_file_location("clevr_question_engine", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def official_nodes(program: list[dict[str, Any]]) -> dict[str, Any]:
    """A released program in the engine's own node format."""
    return {
        "nodes": [
            {"type": s["function"], "inputs": s["inputs"], "side_inputs": s.get("value_inputs", [])} for s in program
        ]
    }


def cpu_seconds(run: Callable[[], Any]) -> float:
    started = time.process_time()
    run()
    return time.process_time() - started


def interleaved(runs: dict[str, Callable[[], Any]], rounds: int) -> dict[str, list[float]]:
    """CPU seconds of each run, ``rounds`` times, one round of every run after another."""
    seconds: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            seconds[name].append(cpu_seconds(run))
    return seconds


# --- CLEVR questions/s ---------------------------------------------------------------------------------------
def clevr_rates(questions_path: Path, scenes_path: Path, engine: ModuleType | None, limit: int, rounds: int) -> None:
    questions = load_json(questions_path, "CLEVR questions")["questions"][:limit]
    scenes = {s["image_index"]: s for s in load_json(scenes_path, "CLEVR scenes")["scenes"]}
    graphs = {k: scene_from_clevr(s) for k, s in scenes.items()}
    work = [(q["program"], graphs[q["image_index"]], scenes[q["image_index"]]) for q in questions]
    gold = [normalize_clevr_answer(q["answer"]) for q in questions]
    compiled = [compile_clevr(p) for p, _, _ in work]
    programs = [program_from_clevr(p) for p, _, _ in work]

    def from_json() -> list[str]:
        return [run_clevr(p, g).text for p, g, _ in work]

    runs: dict[str, Callable[[], Any]] = {
        "nsvr: JSON program -> validated and run (evidence)": from_json,
        "nsvr: pydantic Program -> execute()": lambda: [execute(p, w[1]) for p, w in zip(programs, work, strict=True)],
        "nsvr: compiled once, run": lambda: [c.run(w[1]) for c, w in zip(compiled, work, strict=True)],
    }
    fresh = {id(g): g.model_copy() for _, g, _ in work}
    first_pass = cpu_seconds(lambda: [run_clevr(p, fresh[id(g)]) for p, g, _ in work])
    right = sum(a == b for a, b in zip(from_json(), gold, strict=True))
    print(f"\nCLEVR: {len(work)} questions on {len({id(g) for _, g, _ in work})} prebuilt scene graphs")
    print(f"  nsvr answers {right}/{len(work)} right")
    if engine is not None:
        nodes = [official_nodes(p) for p, _, _ in work]

        def official() -> list[Any]:
            return [
                engine.answer_question(n, None, w[2], cache_outputs=False) for n, w in zip(nodes, work, strict=True)
            ]

        def official_from_json() -> list[Any]:
            return [engine.answer_question(official_nodes(p), None, s, cache_outputs=False) for p, _, s in work]

        said = [normalize_clevr_answer(a) for a in official()]
        print(f"  official engine answers {sum(a == b for a, b in zip(said, gold, strict=True))}/{len(work)} right")
        runs = {
            "official CLEVR question engine": official,
            "official engine, released JSON renamed to its nodes": official_from_json,
            **runs,
        }
    seconds = interleaved(runs, rounds)
    reference = seconds.get("official CLEVR question engine")
    print(f"  {'':58s} {'q/s best':>10s} {'q/s median':>11s} {'x official':>11s} {'(median)':>9s}")
    for name, taken in seconds.items():
        best, median = len(work) / min(taken), len(work) / statistics.median(taken)
        ratio = f"{min(reference) / min(taken):.2f}x" if reference else "-"
        median_ratio = f"{statistics.median(reference) / statistics.median(taken):.2f}x" if reference else "-"
        print(f"  {name:58s} {best:10,.0f} {median:11,.0f} {ratio:>11s} {median_ratio:>9s}")
    print("  nsvr first pass over fresh graphs (each graph's index built on its first question): ", end="")
    print(f"{len(work) / first_pass:,.0f} q/s")


# --- scale -----------------------------------------------------------------------------------------------------
def synthetic_scene(n: int, seed: int = 0) -> dict[str, Any]:
    """A CLEVR-layout scene of ``n`` random objects on a table that grows with n; the first ``ANCHORS`` objects
    have unique shapes ``anchor0``... so questions can pick them."""
    rng = random.Random(seed)
    side = 3.0 * math.sqrt(max(n, 10) / 10)
    objects = []
    for k in range(n):
        size = rng.choice(("small", "large"))
        objects.append(
            {
                "color": rng.choice(COLORS),
                "shape": f"anchor{k}" if k < ANCHORS else rng.choice(("cube", "sphere", "cylinder")),
                "material": rng.choice(("rubber", "metal")),
                "size": size,
                "3d_coords": [rng.uniform(-side, side), rng.uniform(-side, side), 0.7 if size == "large" else 0.35],
            }
        )
    return {"objects": objects}


def _steps(*functions: tuple[str, list[int], list[str]]) -> list[dict[str, Any]]:
    return [{"function": f, "inputs": i, "value_inputs": v} for f, i, v in functions]


def questions_for(kind: str, k: int) -> list[dict[str, Any]]:
    anchor = [("scene", [], []), ("filter_shape", [0], [f"anchor{k}"]), ("unique", [1], [])]
    if kind == "filter+count":
        return _steps(("scene", [], []), ("filter_color", [0], [COLORS[k % len(COLORS)]]), ("count", [1], []))
    if kind == "relate+count":
        return _steps(*anchor, ("relate", [2], ["left"]), ("count", [3], []))
    if kind == "same_attribute":
        return _steps(*anchor, ("same_color", [2], []), ("count", [3], []))
    return _steps(*anchor, ("relate", [2], ["left"]), ("relate", [3], ["behind"]), ("count", [4], []))


KINDS = ("filter+count", "relate+count", "same_attribute", "two-relate chain")


def with_relationships(scene: dict[str, Any]) -> dict[str, Any]:
    """The scene with the official ``relationships`` (O(n^2) lists, as the CLEVR renderer writes them)."""
    graph = scene_from_clevr(scene)
    from nsvr.scene_graph.clevr import clevr_relationships

    return {**scene, "relationships": clevr_relationships(graph)}


def per_question(run: Callable[[int], Any], reset: Callable[[], None], rounds: int) -> float:
    """Median over the anchors of the best CPU time of one question (seconds)."""
    best = []
    for k in range(ANCHORS):
        taken = []
        for _ in range(rounds):
            reset()
            taken.append(cpu_seconds(lambda k=k: run(k)))
        best.append(min(taken))
    return statistics.median(best)


def _nsvr_times(scene: dict[str, Any], n: int, rounds: int, table: dict[str, dict[int, float]]) -> None:
    graph = scene_from_clevr(scene)
    for kind in KINDS:
        compiled = [compile_clevr(questions_for(kind, k)) for k in range(ANCHORS)]
        compiled[0].run(graph)
        index = graph_index(graph)
        warm = per_question(lambda k, c=compiled: c[k].run(graph), index.relate_cache.clear, rounds)
        table.setdefault(f"nsvr {kind}", {})[n] = warm
        fresh = [scene_from_clevr(scene) for _ in range(3)]
        table.setdefault(f"nsvr {kind}, cold", {})[n] = min(
            cpu_seconds(lambda g=g, c=compiled[1]: c.run(g)) for g in fresh
        )


def _official_times(
    engine: ModuleType, scene: dict[str, Any], n: int, rounds: int, table: dict[str, dict[int, float]]
) -> None:
    official = with_relationships(scene) if n <= 1000 else scene  # O(n^2) relationships: not at 10,000
    for kind in KINDS[:3] if n <= 1000 else KINDS[:1]:
        nodes = [official_nodes(questions_for(kind, k)) for k in range(ANCHORS)]
        engine.answer_question(nodes[0], None, official, cache_outputs=False)

        def ask(k: int, nodes: list[dict[str, Any]] = nodes) -> Any:
            return engine.answer_question(nodes[k], None, official, cache_outputs=False)

        table.setdefault(f"official {kind}", {})[n] = per_question(ask, lambda: None, rounds)


def scale(engine: ModuleType | None, sizes: tuple[int, ...], rounds: int) -> None:
    print("\nPer question on synthetic scenes (CPU, median over questions of the best of repeats; warm = the graph's")
    print("tables built, relation results not cached; cold = first question on a fresh graph)")
    table: dict[str, dict[int, float]] = {}
    for n in sizes:
        scene = synthetic_scene(n)
        _nsvr_times(scene, n, rounds, table)
        if engine is not None:
            _official_times(engine, scene, n, rounds, table)
    header = "".join(f"{n:>12,d}" for n in sizes)
    print(f"  {'ms per question, objects:':34s}{header}   slope 1k->10k")
    for name, times in table.items():
        cells = "".join(f"{times[n] * 1000:12.4f}" if n in times else f"{'-':>12s}" for n in sizes)
        print(f"  {name:34s}{cells}   {_slope(times, 1000, 10000)}")
    print("  log-log slopes between consecutive sizes:")
    for name, times in table.items():
        pairs = [(a, b) for a, b in zip(sizes, sizes[1:], strict=False) if a in times and b in times]
        print(f"    {name:32s} " + "  ".join(f"{a}->{b}: {_slope(times, a, b)}" for a, b in pairs))


def _slope(times: dict[int, float], small: int, large: int) -> str:
    if small not in times or large not in times or min(times[small], times[large]) <= 0:
        return "-"
    return f"{math.log(times[large] / times[small]) / math.log(large / small):.2f}"


def build_cost(n: int) -> None:
    scene = synthetic_scene(n)
    seconds = min(cpu_seconds(lambda: scene_from_clevr(scene)) for _ in range(3))
    tracemalloc.start()
    graph = scene_from_clevr(scene)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"\nBuilding a {n:,}-object scene graph (scene_from_clevr): {seconds:.3f} s CPU, peak {peak / 2**20:.1f} MiB")
    print(f"  ({len(graph.objects):,} objects; relations are CLEVR's rule on their positions, computed on demand)")


# --- start-up ----------------------------------------------------------------------------------------------------
def startup(rounds: int) -> None:
    script = Path(sys.executable).with_name("nsvr")
    nsvr_help = [str(script), "--help"] if script.exists() else [sys.executable, "-m", "nsvr.tasks.cli", "--help"]
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "nsvr --help": nsvr_help,
        "python -c 'import nsvr.scene_graph'": [sys.executable, "-c", "import nsvr.scene_graph"],
    }
    wall: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, command in commands.items():
            started = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            wall[name].append(time.perf_counter() - started)
    base = min(wall["python -c pass"])
    print("\nStart-up (wall, best of interleaved runs)")
    for name, taken in wall.items():
        print(f"  {name:38s} {min(taken):.3f} s  ({min(taken) / base:.1f}x python -c pass)")
    probe = "import sys; from nsvr.tasks.cli import app; print(','.join(m for m in {} if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", probe.format(HEAVY)], capture_output=True, text=True, check=True)
    print(f"  loaded by the CLI module: {loaded.stdout.strip() or 'none of ' + ', '.join(HEAVY)}")


def runner_cpu(questions: Path, scenes: Path, limit: int) -> None:
    script = Path(sys.executable).with_name("nsvr")
    if not script.exists():
        return
    with tempfile.TemporaryDirectory() as out:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        command = [str(script), "bench", "clevr", "--questions", str(questions), "--scenes", str(scenes)]
        subprocess.run([*command, "--limit", str(limit), "--out", out, "-q"], check=True, capture_output=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    print(f"\n`nsvr bench clevr --perception oracle` on {limit} questions: {cpu:.2f} s CPU (whole process)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", type=Path, help="clevr-dataset-gen/question_generation folder")
    parser.add_argument("--questions", type=Path, help="CLEVR questions.json")
    parser.add_argument("--scenes", type=Path, help="CLEVR scenes.json")
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument(
        "--parts",
        nargs="+",
        choices=PARTS,
        default=list(PARTS),
        help="what to measure (default: all): clevr = questions/s, runner = `nsvr bench clevr` CPU, scale = per "
        "question on synthetic scenes, build = graph build cost, startup = `nsvr --help`",
    )
    args = parser.parse_args(argv)
    parts = set(args.parts)
    try:
        engine = load_engine(args.engine) if args.engine else None
        if args.questions and args.scenes:
            if "clevr" in parts:
                clevr_rates(args.questions, args.scenes, engine, args.limit, args.rounds)
            if "runner" in parts:
                runner_cpu(args.questions, args.scenes, args.limit)
        if "scale" in parts:
            scale(engine, tuple(args.sizes), max(3, args.rounds // 2))
        if "build" in parts:
            build_cost(max(args.sizes))
        if "startup" in parts:
            startup(args.rounds)
    except BenchInputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"\n(python {sys.version.split()[0]}, {os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
