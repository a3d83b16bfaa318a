"""Benchmarks and graph folders on local workers (processes forked from the driver): the same results as one
process, a worker killed by pid, an image that kills its worker every time, a driver killed and resumed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from nsvr.tasks.distributed import ATTEMPTS, WorkersError, local_jobs
from nsvr.tasks.distributed.local import CAN_FORK

pytestmark = pytest.mark.skipif(not CAN_FORK, reason="local workers are forked (Linux)")


@pytest.fixture
def worker_pids(descendants):
    """``worker_pids()``: this process's local workers (forks: their command line is this process's)."""
    ours = Path("/proc/self/cmdline").read_bytes()
    return lambda: [pid for pid, name in descendants(os.getpid()) if name == ours]


def test_two_local_workers_give_the_serial_results(clevr, assert_same_run, timings, worker_pids, gone):
    from nsvr.tasks.clevr import run_clevr

    folder, serial = clevr.folder, clevr.serial
    parallel = run_clevr(folder / "questions.json", out=folder / "local", workers=2, backend="local", **clevr.args)
    assert serial.n == parallel.n == 10 * clevr.renders and serial.perception_quality["images"] == clevr.renders
    assert_same_run(folder / "local", folder / "serial")
    assert parallel.model_dump(exclude=timings) == serial.model_dump(exclude=timings)
    assert gone(worker_pids, 5), "the run's workers outlived it"


def test_a_local_worker_killed_mid_run_is_replaced_and_nothing_is_lost_or_doubled(
    clevr, capfd, assert_same_run, lines, worker_pids, gone
):
    from nsvr.tasks.clevr import run_clevr
    from nsvr.tools.clevr import ClevrPerception

    class Unhurried(ClevrPerception):  # the same perception, slower: the kill lands mid-way on any machine
        def __call__(self, image):
            time.sleep(0.1)
            return super().__call__(image)

    folder, args = clevr.folder, clevr.args
    out = folder / "killed-local-worker"
    assert gone(worker_pids, 5), "an earlier run's workers are still there"
    outcome: dict = {}
    run = threading.Thread(
        target=lambda: outcome.setdefault(
            "summary",
            run_clevr(folder / "questions.json", out=out, workers=2, backend="local", perceive=Unhurried(), **args),
        )
    )
    run.start()
    try:
        deadline = time.time() + 120
        while lines(out / "results.jsonl") < 40 and time.time() < deadline:  # a few images in
            time.sleep(0.005)
        busy = worker_pids()
        written = lines(out / "results.jsonl")
        assert len(busy) == 2, busy
        os.kill(busy[0], signal.SIGKILL)
    finally:
        run.join(timeout=300)
    assert "summary" in outcome, "the run did not finish"
    assert written < lines(out / "results.jsonl"), "the worker was killed after the run was over"
    assert "warning: a local worker died on image CLEVR_val_" in capfd.readouterr().err
    assert_same_run(out, folder / "serial")
    assert gone(worker_pids, 5), "the run's workers outlived it"


def _job(image, ctx):
    """A job with every way out: records (with where and how it ran), an exit that kills its worker, an exception,
    a line on stderr."""
    if image == "poison":
        os._exit(1)
    if image == "bug":
        raise KeyError(image)
    if image == "unsendable":
        yield {"id": image, "lock": ctx["lock"]}
    print(f"note from {image}", file=sys.stderr)
    yield {"id": image, "ctx": ctx["name"], "pid": os.getpid(), "threads": os.environ.get("NSVR_ONNX_THREADS")}


def test_an_image_that_kills_its_local_worker_every_time_is_left_for_a_rerun(capfd, worker_pids, gone):
    context = {"name": "shared context", "lock": threading.Lock()}  # not picklable: forked workers need no pickling
    work = [((name,), {}) for name in ("a", "poison", "b", "c")]
    done = []
    pattern = rf"1 image job\(s\) left undone after their local worker died {ATTEMPTS} times .*image poison"
    with pytest.raises(WorkersError, match=pattern):
        for records in local_jobs(_job, context, work, workers=2):
            done += records
    assert sorted(r["id"] for r in done) == ["a", "b", "c"] and {r["ctx"] for r in done} == {"shared context"}
    assert os.getpid() not in {r["pid"] for r in done} and {r["threads"] for r in done} == {"1"}
    err = capfd.readouterr().err
    assert err.count("warning: a local worker died on image poison; retrying it") == ATTEMPTS - 1
    assert sorted(line for line in err.splitlines() if line.startswith("note")) == [f"note from {x}" for x in "abc"]

    with pytest.raises(KeyError, match="bug"):  # a bug in a job surfaces as it would in one process
        list(local_jobs(_job, context, [(("bug",), {})], workers=2))
    with pytest.raises(TypeError, match="pickle"):  # records that cannot reach the driver: not a dead worker
        list(local_jobs(_job, context, [(("unsendable",), {})], workers=2))
    assert gone(worker_pids, 5), "workers outlived the runs"


def test_gqa_and_graph_folders_on_local_workers_match_one_process(
    shared_dir, tmp_path, gqa_and_graph_folders_match_one_process
):
    pytest.importorskip("onnxruntime")
    gqa_and_graph_folders_match_one_process(tmp_path, shared_dir, "local")


@pytest.mark.slow
def test_a_driver_killed_mid_run_takes_its_workers_along_and_resumes(
    clevr, clevr_command, assert_same_run, lines, wait_for_lines, descendants, running, gone
):
    """``nsvr bench ... --workers 2`` (local workers: no Ray address) killed with -9 once some images are written:
    its workers die with it (they hold the results folder's lock: the resumed run could not start otherwise),
    and the same command resumes to the serial results, every question once."""
    out = clevr.folder / "killed-local-driver"
    command = clevr_command(out, "--workers", "2")
    environment = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    driver = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=environment)
    wait_for_lines(out, 30, driver)
    workers = [pid for pid, _ in descendants(driver.pid)]
    os.kill(driver.pid, signal.SIGKILL)
    driver.wait()
    written = lines(out / "results.jsonl")
    assert len(workers) == 2, workers
    assert 0 < written < 10 * clevr.renders + clevr.renders + 1, "the driver should have been killed mid-way"
    assert gone(lambda: [pid for pid in workers if running(pid)], 10), "workers outlived the driver"
    resumed = subprocess.run(command, capture_output=True, text=True, timeout=300, env=environment)
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stderr.startswith("resuming: ")
    assert_same_run(out, clevr.folder / "serial")


BUSY_POOLS = """
import sys
import numpy as np
import cv2
from nsvr.tasks.distributed import local_jobs

cv2.setNumThreads(2)
image = np.random.default_rng(0).integers(0, 255, (1500, 1500, 3), dtype=np.uint8)
for _ in range(3):
    cv2.GaussianBlur(image, (31, 31), 0)  # the driver's OpenCV thread pool is running


def blur(index, context):
    yield {"index": index, "sum": int(cv2.GaussianBlur(context, (31, 31), 0).sum())}


records = [r for done in local_jobs(blur, image, [((i,), {}) for i in range(4)], workers=2) for r in done]
assert sorted(r["index"] for r in records) == [0, 1, 2, 3] and len({r["sum"] for r in records}) == 1
assert cv2.getNumThreads() == 2, "the driver's own thread count is restored"
print("ok")
"""


def test_workers_forked_from_a_driver_whose_thread_pools_ran_do_not_hang(tmp_path):
    pytest.importorskip("cv2")
    script = tmp_path / "busy_pools.py"
    script.write_text(BUSY_POOLS)
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]
