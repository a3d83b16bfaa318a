"""How much faster a CLEVR benchmark from pixels runs on N workers (local processes, Ray), and whether the
answers stay the same.

    python -m nsvr.tasks.distributed.bench --questions ../shared/clevr-mini/val/questions.json \\
        --scenes ../shared/clevr-mini/val/scenes.json --images ../shared/clevr-mini/val/images

Two measurements, each interleaved and repeated (the machine may be shared: the best and the median ratio are
printed, with the load average and how busy the CPUs were during each run):

- **warm**, in this process, back to back: the in-process runner (``--workers 1``), N local workers (forked from
  this process) and, unless ``--no-ray``, one and N Ray workers on one local Ray instance started by this process
  (its start-up timed once; each Ray run starts its workers and loads their models, as a run on a running cluster,
  ``--ray-address``, does).
- **cold**: the command line as a user runs it, ``nsvr bench clevr ... --workers 1`` against ``--workers N`` (the
  local backend) and, unless ``--no-ray``, ``--workers N --backend ray`` (which starts and stops its own local Ray).
  Each command reads its modules' bytecode from a cache in the scratch folder, written by one untimed run first, as
  an installed nsvr has it (pip compiles it): with ``PYTHONDONTWRITEBYTECODE`` set, as on some CI machines, every
  run would compile nsvr's sources again, about 0.3 s of CPU, most of it in the driver, which no worker shares.

Every run's question records, perceived graphs and summary (timings aside) must equal the first in-process run's.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

TIMINGS = {"seconds", "questions_per_second", "perception_seconds_per_image"}


def cpu_ticks() -> tuple[int, int]:
    """(busy, total) CPU ticks of the whole machine so far (/proc/stat)."""
    with open("/proc/stat", encoding="ascii") as handle:
        values = [int(v) for v in handle.readline().split()[1:]]
    idle = values[3] + (values[4] if len(values) > 4 else 0)
    return sum(values) - idle, sum(values)


def load_average() -> float:
    with open("/proc/loadavg", encoding="ascii") as handle:
        return float(handle.read().split()[0])


def session_cpu() -> dict[int, int]:
    """CPU ticks (user + system) used so far by each process of this session (this one, Ray's, commands run)."""
    ticks, session = {}, os.getsid(0)
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                if int(fields[3]) == session:
                    ticks[int(entry.name)] = int(fields[11]) + int(fields[12])
            except (OSError, IndexError, ValueError):
                continue
    return ticks


class CpuSampler:
    """How many CPU seconds this session's processes use while it runs, sampled every ``interval`` seconds so that
    processes that start and end in between (Ray workers) count, less at most their last interval."""

    def __init__(self, interval: float = 0.1) -> None:
        self.interval, self.first, self.last = interval, session_cpu(), {}
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self.stop.wait(self.interval):
            self.last.update(session_cpu())

    def __enter__(self) -> CpuSampler:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()
        self.last.update(session_cpu())

    def seconds(self) -> float:
        used = sum(ticks - self.first.get(pid, 0) for pid, ticks in self.last.items())
        return used / os.sysconf("SC_CLK_TCK")


def measured(run: Callable[[], Any]) -> dict[str, float]:
    """Wall seconds of ``run()``, the 1-minute load average before it, the share of all CPUs busy during it
    (anyone's work), and how many cores this session's processes got on average."""
    load = load_average()
    busy, total = cpu_ticks()
    with CpuSampler() as ours:
        started = time.perf_counter()
        run()
        seconds = time.perf_counter() - started
    busy_after, total_after = cpu_ticks()
    share = (busy_after - busy) / max(total_after - total, 1)
    return {"seconds": seconds, "load": load, "cpu_busy": share, "cores": ours.seconds() / seconds}


def outcome(folder: Path) -> dict[str, Any]:
    """What must not change between runs: question records and graphs by id, and the summary, timings aside."""
    from nsvr.tasks.results import ResultStore

    records = list(ResultStore(folder / "results.jsonl").records())
    questions = {r["id"]: {k: v for k, v in r.items() if k != "seconds"} for r in records if "kind" not in r}
    graphs = {r["image"]: r.get("graph") for r in records if r.get("kind") == "image"}
    summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
    return {"questions": questions, "graphs": graphs, "summary": {k: v for k, v in summary.items() if k not in TIMINGS}}


def warm(
    args: argparse.Namespace, scratch: Path
) -> tuple[dict[str, list[dict[str, float]]], float | None, bool, dict[str, Any]]:
    from nsvr.tasks.clevr import run_clevr

    variants: dict[str, dict[str, Any]] = {
        "in-process": {"workers": 1},
        f"local, {args.workers} workers": {"workers": args.workers, "backend": "local"},
    }
    ray_start = None
    if args.ray:
        import ray

        started = time.perf_counter()
        ray.init(
            address="local",
            num_cpus=args.workers,
            include_dashboard=False,
            log_to_driver=False,
            logging_level=logging.ERROR,
        )
        ray_start = time.perf_counter() - started
        address = ray.get_runtime_context().gcs_address
        variants["ray, 1 worker"] = {"workers": 1, "ray_address": address}
        variants[f"ray, {args.workers} workers"] = {"workers": args.workers, "backend": "ray"}
    times: dict[str, list[dict[str, float]]] = {name: [] for name in variants}
    reference, same = None, True
    try:
        for repeat in range(args.repeats):
            order = list(variants) if repeat % 2 == 0 else list(reversed(variants))
            for name in order:
                out = scratch / f"warm-{repeat}-{len(times[name])}-{name.replace(' ', '').replace(',', '-')}"
                options = {"images": args.images, "perception": "pixels", "progress": False, **variants[name]}
                times[name].append(measured(partial(run_clevr, args.questions, args.scenes, out, **options)))
                result = outcome(out)
                reference = reference or result
                same &= result == reference
                shutil.rmtree(out)
                print(f"  warm {repeat + 1}/{args.repeats} {name}: {describe(times[name][-1])}", flush=True)
    finally:
        if args.ray:
            ray.shutdown()
    assert reference is not None
    return times, ray_start, same, reference


def cold(
    args: argparse.Namespace, scratch: Path, reference: dict[str, Any]
) -> tuple[dict[str, list[dict[str, float]]], bool, bool | None]:
    """``nsvr bench clevr`` as a user runs it, with ``--workers 1``, ``--workers N`` (local workers) and
    ``--workers N --backend ray`` (and, with ``--baseline-python``, another installation's ``nsvr bench clevr``,
    without ``--workers``): times, whether this installation's answers equal ``reference``, whether the
    baseline's do (None without one)."""
    variants: dict[str, tuple[str, list[str]]] = {
        "--workers 1": (sys.executable, ["--workers", "1"]),
        f"--workers {args.workers}": (sys.executable, ["--workers", str(args.workers)]),
    }
    if args.ray:
        variants[f"--workers {args.workers} --backend ray"] = (
            sys.executable,
            ["--workers", str(args.workers), "--backend", "ray"],
        )
    if args.baseline_python:
        variants["baseline"] = (args.baseline_python, [])
    times: dict[str, list[dict[str, float]]] = {name: [] for name in variants}
    same, baseline_same = True, None if not args.baseline_python else True
    cpu = scratch / "cpu.json"

    def command(name: str, out: Path) -> list[str]:
        python, extra = variants[name]
        entry = "cli_with_cpu" if name != "baseline" else "main"
        where = "nsvr.tasks.distributed.bench" if name != "baseline" else "nsvr.tasks.cli"
        return [
            python,
            "-c",
            f"from {where} import {entry}; {entry}()",
            *("bench", "clevr", "--questions", str(args.questions), "--scenes", str(args.scenes)),
            *("--images", str(args.images), "--perception", "pixels", "--out", str(out), "-q", *extra),
        ]

    for name in variants:  # untimed: writes each installation's bytecode cache (and reads the images once)
        finished: list[subprocess.CompletedProcess[str]] = []
        _run_command(command(name, scratch / "cold-warm-up"), finished, scratch, cpu)
        if finished[0].returncode != 0:
            raise SystemExit(f"error: nsvr bench clevr {variants[name][1]} failed: {finished[0].stderr.strip()[-500:]}")
        shutil.rmtree(scratch / "cold-warm-up", ignore_errors=True)
    for repeat in range(args.cold_repeats):
        order = list(variants) if repeat % 2 == 0 else list(reversed(variants))
        for name in order:
            out = scratch / f"cold-{repeat}-{len(times[name])}-{name.replace('-', '').replace(' ', '')}"
            finished = []
            times[name].append(measured(partial(_run_command, command(name, out), finished, scratch, cpu)))
            if finished[0].returncode != 0:
                arguments = " ".join(command(name, out)[3:])
                raise SystemExit(f"error: {arguments} failed: {finished[0].stderr.strip()[-500:]}")
            if name != "baseline":
                times[name][-1].update(json.loads(cpu.read_text()))
            if name == "baseline":
                baseline_same = baseline_same and outcome(out) == reference
            else:
                same &= outcome(out) == reference
            shutil.rmtree(out)
            print(f"  cold {repeat + 1}/{args.cold_repeats} {name}: {describe(times[name][-1])}", flush=True)
    return times, same, baseline_same


def _run_command(command: list[str], into: list[subprocess.CompletedProcess[str]], cwd: Path, cpu: Path) -> None:
    environment = {**os.environ, CPU_FILE: str(cpu), "PYTHONPYCACHEPREFIX": str(cwd / "bytecode")}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    into.append(subprocess.run(command, capture_output=True, text=True, cwd=cwd, env=environment))


CPU_FILE = "NSVR_BENCH_CPU_FILE"


def cli_with_cpu() -> None:
    """``nsvr`` that writes, as it exits, the CPU seconds it used itself (``driver``) and those of the worker
    processes it started and reaped (``workers``: local workers; Ray's processes only in part) to the file named
    by the environment variable :data:`CPU_FILE` (the cold runs' command)."""
    import atexit
    import resource

    def write() -> None:
        own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        spent = {"driver": own.ru_utime + own.ru_stime, "workers": children.ru_utime + children.ru_stime}
        Path(os.environ[CPU_FILE]).write_text(json.dumps(spent), encoding="utf-8")

    atexit.register(write)
    from nsvr.tasks.cli import main

    main()


def idle_estimate(run: dict[str, float], workers: int) -> float:
    """The wall time a cold run would take on idle cores, from its CPU time: the driver's (imports, reading,
    writing, the summary: taken as all serial, which overstates it a little) plus the workers' shared by
    ``workers``."""
    return run["driver"] + run["workers"] / workers


def describe(run: dict[str, float]) -> str:
    return (
        f"{run['seconds']:.2f} s (load {run['load']:.1f}, CPUs {100 * run['cpu_busy']:.0f}% busy, "
        f"{run['cores']:.2f} cores ours)"
    )


def ratios(baseline: list[dict[str, float]], other: list[dict[str, float]]) -> str:
    """Speed-up of ``other`` over ``baseline`` per repetition (the runs were made back to back): best, median."""
    values = [b["seconds"] / o["seconds"] for b, o in zip(baseline, other, strict=True)]
    return f"best {max(values):.2f}x, median {statistics.median(values):.2f}x (per repetition: " + (
        ", ".join(f"{v:.2f}" for v in values) + ")"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=Path, required=True)
    parser.add_argument("--scenes", type=Path, required=True)
    parser.add_argument("--images", type=Path, required=True)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=5, help="warm repetitions")
    parser.add_argument("--cold-repeats", type=int, default=3, help="command-line repetitions (0: none)")
    parser.add_argument("--no-ray", dest="ray", action="store_false", help="time the local workers only")
    parser.add_argument(
        "--baseline-python",
        help="also time this interpreter's `nsvr bench clevr` on the command line (another checkout: today's main)",
    )
    args = parser.parse_args(argv)
    args.questions, args.scenes, args.images = (p.absolute() for p in (args.questions, args.scenes, args.images))
    images = len({q.get("image_filename") for q in json.loads(args.questions.read_text())["questions"]})
    print(f"CLEVR from pixels, {images} images, {os.cpu_count()} CPUs, {args.workers} workers", flush=True)
    scratch = Path(tempfile.mkdtemp(prefix="nsvr-parallel-bench-"))
    try:
        times, ray_start, same, reference = warm(args, scratch)
        cold_times, cold_same, baseline_same = cold(args, scratch, reference) if args.cold_repeats else ({}, True, None)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    names = list(times)
    if ray_start is not None:
        print(f"\nlocal Ray start-up (once): {ray_start:.2f} s")
    print()
    for name in names:
        runs = times[name]
        median = statistics.median(r["seconds"] for r in runs)
        print(f"warm {name}: best {min(r['seconds'] for r in runs):.2f} s, median {median:.2f} s")
    for other in names[1:]:
        print(f"warm speed-up of {other} over in-process: {ratios(times[names[0]], times[other])}")
    if len(names) > 3:
        print(f"warm speed-up of {names[3]} over {names[2]}: {ratios(times[names[2]], times[names[3]])}")
    if cold_times:
        one, *others = [name for name in cold_times if name != "baseline"]
        for name in cold_times:
            runs = cold_times[name]
            median = statistics.median(r["seconds"] for r in runs)
            print(f"cold {name}: best {min(r['seconds'] for r in runs):.2f} s, median {median:.2f} s")
        for many in others:
            print(f"cold (command line) speed-up of {many} over {one}: {ratios(cold_times[one], cold_times[many])}")
        print(
            "CPU seconds per cold run, median (driver + workers): "
            + "; ".join(
                f"{name}: {statistics.median(r['driver'] for r in runs):.2f} + "
                f"{statistics.median(r['workers'] for r in runs):.2f}"
                for name, runs in cold_times.items()
                if name != "baseline"
            )
        )
        local = f"--workers {args.workers}"
        estimates = [
            idle_estimate(a, 1) / idle_estimate(b, args.workers)
            for a, b in zip(cold_times[one], cold_times[local], strict=True)
        ]
        print(
            f"estimated idle-machine speed-up of {local} over {one} (driver CPU + workers' CPU / {args.workers}): "
            f"best {max(estimates):.2f}x, median {statistics.median(estimates):.2f}x"
        )
        if "baseline" in cold_times:
            speed_up = ratios(cold_times["baseline"], cold_times[one])
            print(f"cold: {one} over the baseline ({args.baseline_python}): {speed_up}")
            print(f"the baseline's answers, graphs and summary identical: {'yes' if baseline_same else 'no'}")
    everything = [run for runs in [*times.values(), *cold_times.values()] for run in runs]
    print(
        f"load average during the runs: {min(r['load'] for r in everything):.1f} to "
        f"{max(r['load'] for r in everything):.1f}; CPUs busy {100 * min(r['cpu_busy'] for r in everything):.0f}% to "
        f"{100 * max(r['cpu_busy'] for r in everything):.0f}%"
    )
    for name, runs in [*times.items(), *(("cold " + k, v) for k, v in cold_times.items())]:
        cores = statistics.median(r["cores"] for r in runs)
        print(f"cores this session got, median: {name}: {cores:.2f}")
    print(f"identical answers, graphs and summaries in every run: {'yes' if same and cold_same else 'NO'}")
    if not (same and cold_same):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
