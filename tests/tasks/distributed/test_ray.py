"""Benchmarks and graph folders on Ray workers: the same results as one process, workers killed by pid, a driver
killed and resumed. One local Ray instance (2 CPUs) serves the whole module; skipped when Ray is not installed."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import threading
import time

import pytest

ray = pytest.importorskip("ray", reason="the Ray tests need the ray extra: pip install 'nsvr[ray]'")
pytest.importorskip("onnxruntime")

from nsvr.tasks.clevr import run_clevr  # noqa: E402
from nsvr.tasks.distributed import ATTEMPTS, RayError, ray_jobs  # noqa: E402


@pytest.fixture(scope="module")
def local_ray():
    """One local Ray for the module (started in seconds, so once); ``run_clevr(workers=2)`` uses it as it is."""
    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
    yield ray
    ray.shutdown()


@pytest.fixture
def ray_worker_pids(descendants):
    """``ray_worker_pids()``: the pids of this process's Ray job workers (named ray::JobWorker...)."""
    return lambda: [pid for pid, name in descendants(os.getpid()) if name.startswith(b"ray::JobWorker")]


def test_two_workers_give_the_serial_results(local_ray, clevr, assert_same_run, timings):
    folder, args, serial = clevr.folder, clevr.args, clevr.serial
    parallel = run_clevr(folder / "questions.json", out=folder / "two", workers=2, **args)
    assert serial.n == parallel.n == 10 * clevr.renders and serial.perception_quality["images"] == clevr.renders
    assert_same_run(folder / "two", folder / "serial")
    assert parallel.model_dump(exclude=timings) == serial.model_dump(exclude=timings)


def test_a_worker_killed_mid_run_is_replaced_and_nothing_is_lost_or_doubled(
    local_ray, clevr, capfd, assert_same_run, lines, ray_worker_pids, gone
):
    from nsvr.tools.clevr import ClevrPerception

    class Unhurried(ClevrPerception):  # defined here, so Ray ships it by value; the same perception, slower
        def __call__(self, image):
            time.sleep(0.1)  # the run lasts long enough (2 s) on any machine for the kill to land mid-way
            return super().__call__(image)

    folder, args = clevr.folder, clevr.args
    out = folder / "killed-worker"
    assert gone(ray_worker_pids), "an earlier run's workers are still there"
    outcome: dict = {}
    run = threading.Thread(
        target=lambda: outcome.setdefault(
            "summary", run_clevr(folder / "questions.json", out=out, workers=2, perceive=Unhurried(), **args)
        )
    )
    run.start()
    try:
        deadline = time.time() + 120
        while lines(out / "results.jsonl") < 40 and time.time() < deadline:  # a few images in
            time.sleep(0.005)
        busy = ray_worker_pids()
        written = lines(out / "results.jsonl")
        assert len(busy) == 2, busy
        os.kill(busy[0], signal.SIGKILL)
    finally:
        run.join(timeout=300)
    assert "summary" in outcome, "the run did not finish"
    assert written < lines(out / "results.jsonl"), "the worker was killed after the run was over"
    assert "warning: a Ray worker died on image CLEVR_val_" in capfd.readouterr().err
    assert_same_run(out, folder / "serial")
    assert gone(ray_worker_pids), "the run's workers outlived it"


def test_an_image_that_kills_its_worker_every_time_is_left_for_a_rerun(local_ray):
    def job(image, ctx):  # defined here: Ray ships it by value
        if image == "poison":
            os._exit(1)
        yield {"id": image, "ctx": ctx}

    work = [((name,), {}) for name in ("a", "poison", "b", "c")]
    done = []
    with pytest.raises(RayError, match=rf"1 image job\(s\) left undone after .* died {ATTEMPTS} times .*image poison"):
        for records in ray_jobs(job, "shared context", work, workers=2):
            done += records
    assert sorted(r["id"] for r in done) == ["a", "b", "c"] and {r["ctx"] for r in done} == {"shared context"}

    def broken(image, ctx):
        raise KeyError(image)
        yield

    with pytest.raises(KeyError, match="a"):  # a bug in a job surfaces as it would in one process
        list(ray_jobs(broken, None, work[:1], workers=2))
    with pytest.raises(RayError, match="the job's context cannot be sent to Ray workers"):
        list(ray_jobs(job, threading.Lock(), work, workers=2))


def test_gqa_and_graph_folders_on_workers_match_one_process(
    local_ray, shared_dir, tmp_path, gqa_and_graph_folders_match_one_process
):
    gqa_and_graph_folders_match_one_process(tmp_path, shared_dir, "ray")


@pytest.mark.slow
def test_a_driver_killed_mid_run_resumes_to_the_serial_results(
    local_ray, clevr, clevr_command, assert_same_run, lines, wait_for_lines, running
):
    """``nsvr bench ... --workers 2 --backend ray`` (its own local Ray) killed with -9 once some images are written,
    then resumed by ``nsvr bench ... --ray-address`` joining this module's Ray, from another folder with relative
    paths (the workers' working folder is not the driver's): every question once, as in the serial run; the killed
    driver's Ray stops with it."""
    folder = clevr.folder
    out = folder / "killed-driver"
    command = clevr_command(out, "--workers", "2", "--backend", "ray")
    driver = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_lines(out, 30, driver)
    children = subprocess.run(["pgrep", "-P", str(driver.pid)], capture_output=True, text=True).stdout.split()
    os.kill(driver.pid, signal.SIGKILL)
    driver.wait()
    written = lines(out / "results.jsonl")
    assert 0 < written < 10 * clevr.renders + clevr.renders + 1, "the driver should have been killed mid-way"
    elsewhere = folder / "elsewhere"
    elsewhere.mkdir()
    command = clevr_command(out, "--workers", "2", "--ray-address", local_ray_address())
    for flag in ("--questions", "--scenes", "--images", "--out"):
        command[command.index(flag) + 1] = os.path.relpath(command[command.index(flag) + 1], elsewhere)
    resumed = subprocess.run(command, cwd=elsewhere, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stderr.startswith("resuming: ")
    assert_same_run(out, folder / "serial")
    deadline = time.time() + 30  # Ray's own processes (GCS, raylet ...) share the driver's fate
    while (alive := [p for p in children if running(int(p))]) and time.time() < deadline:
        time.sleep(0.2)
    assert not alive, f"Ray processes of the killed driver still run: {alive}"


def local_ray_address() -> str:
    return ray.get_runtime_context().gcs_address
