"""The scheduling both worker backends share (local processes, :mod:`~nsvr.tasks.distributed.local`; Ray actors,
:mod:`~nsvr.tasks.distributed.pool`): keep every worker busy with one image job, hand out again the image of a
worker that died, give an image up after :data:`ATTEMPTS` deaths, and name the given-up images at the end.

A backend gives :func:`schedule` its workers and two functions: ``submit(worker, index)`` starts job ``index`` on
an idle worker and returns a handle for it; ``collect(handles)`` waits until one of the running jobs ends and
returns its handle with ``(records, printed)``, or with :data:`DIED` when its worker process died on it (the
backend restarts that worker). The image goes back to the front of the queue, for the next idle worker. A backend
whose workers may stay down a while (a Ray actor restarting, or one whose machine is gone with no free CPU
elsewhere) also gives ``probe``: such a worker then rests and is probed until it answers, while the others take the
images; its ``collect`` may return ``(None, None)`` when nothing ended within its wait, so that a probe that hangs
never keeps the scheduler from giving up in time. An exception a job raised is raised by ``collect`` as it would be
in one process.
"""

from __future__ import annotations

import os
import sys
import time
from collections import deque
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from nsvr.scene_graph.errors import NsvrError

ATTEMPTS = 3
"""How many times an image is handed to a worker before it is given up (a worker died on it each time)."""

THREAD_ENV = {
    name: "1"
    for name in (
        "OMP_NUM_THREADS",
        "MKL_NUM_THREADS",
        "OPENBLAS_NUM_THREADS",
        "NUMEXPR_NUM_THREADS",
        "OPENCV_FOR_THREADS_NUM",
        "NSVR_ONNX_THREADS",
    )
}
"""Set in each worker's environment before it starts: numpy's BLAS, torch, OpenMP code and OpenCV use one
thread."""

Job = Callable[..., Iterable[dict[str, Any]]]
Work = tuple[tuple[Any, ...], dict[str, Any]]
Outcome = tuple[list[dict[str, Any]], str]
"""What a worker returns for one job: its records and what it printed on stderr (the driver prints it)."""

DIED = None
"""What ``collect`` returns for a job whose worker process died on it."""

REST = (1.0, 30.0)
"""How long a worker that died rests before it is probed (with a backend that probes): the first time, and at most
(doubling while it is still down)."""

PATIENCE = 300.0
"""Seconds with images left, no job running and every worker down, before the run gives up on those images."""


class WorkersError(NsvrError, RuntimeError):
    """The workers cannot start, or some images were given up after their worker died on each of them; the
    message says which and what to do."""


def limit_threads(libraries: bool = True) -> None:
    """Keep this process to one compute thread: a worker is given one CPU, and libraries that start a thread
    per core (onnxruntime, OpenCV) would have N workers fight over the cores (and spin: onnxruntime's default
    pool costs 2.6x the CPU per CLEVR image on a busy 2-core machine). The environment (:data:`THREAD_ENV`)
    covers BLAS, OpenMP, torch, OpenCV and nsvr's own onnxruntime sessions (``NSVR_ONNX_THREADS``) loaded from
    now on; OpenCV and torch, when this process has them already, are told directly (``libraries``; not in a
    forked worker, whose driver hands them over set to one thread: see :func:`one_thread_libraries`)."""
    os.environ.update(THREAD_ENV)
    if not libraries:
        return
    if "cv2" in sys.modules:
        sys.modules["cv2"].setNumThreads(1)
    if "torch" in sys.modules:
        sys.modules["torch"].set_num_threads(1)


@contextmanager
def one_thread_libraries() -> Iterator[None]:
    """OpenCV and torch (those this process has imported) set to one thread inside, their own counts restored
    after. A fork inside hands a worker libraries that never reach for a thread pool: a pool's threads are not
    copied by fork, and a child that uses or resizes its parent's pool waits for them forever."""
    restore = []
    cv2, torch = sys.modules.get("cv2"), sys.modules.get("torch")
    if cv2 is not None:
        restore.append((cv2.setNumThreads, cv2.getNumThreads()))
        cv2.setNumThreads(1)
    if torch is not None:
        restore.append((torch.set_num_threads, torch.get_num_threads()))
        torch.set_num_threads(1)
    try:
        yield
    finally:
        for setter, count in restore:
            setter(count)


def schedule(
    workers: Sequence[Any],
    work: Sequence[Work],
    submit: Callable[[Any, int], Hashable],
    collect: Callable[[list[Hashable]], tuple[Hashable, Any]],
    error: type[WorkersError] = WorkersError,
    what: str = "worker",
    probe: Callable[[Any], Hashable] | None = None,
) -> Iterator[list[dict[str, Any]]]:
    """Each job's records as a list, as the jobs complete (in any order); ``error`` at the end, naming them, when
    some images were given up (nothing of theirs is yielded, so a resumed run redoes them). ``what`` names a
    worker in messages ("Ray worker"). With ``probe``, a worker that died rests, then is probed
    (``probe(worker)``: a handle ``collect`` answers like a job's, :data:`DIED` while the worker is still down)
    before it is handed another image, longer each time it is still down; the other workers take the images
    meanwhile. Without, it takes the next image at once (a backend that replaces its workers itself)."""
    queue = deque(range(len(work)))
    failures = [0] * len(work)
    given_up: list[str] = []
    unplaced: list[str] = []
    idle = list(reversed(workers))
    running: dict[Hashable, tuple[int | None, Any]] = {}  # handle -> (image, worker); a probe's image is None
    resting: dict[Any, float] = {}  # a worker that died -> when it is probed
    rested: dict[Any, float] = {}  # -> how long it rested last, until a probe finds it back

    def fill() -> None:
        now = time.monotonic()
        for worker in [w for w, until in resting.items() if until <= now]:
            del resting[worker]
            running[probe(worker)] = (None, worker)  # type: ignore[misc]
        while idle and queue:
            index, worker = queue.popleft(), idle.pop()
            running[submit(worker, index)] = (index, worker)

    def rest(worker: Any) -> None:
        pause = min(REST[1], 2 * rested[worker]) if worker in rested else REST[0]
        resting[worker], rested[worker] = time.monotonic() + pause, pause

    fill()
    progress = time.monotonic()
    while True:
        jobs = sum(index is not None for index, _ in running.values())
        if not jobs and not queue:
            break
        if not jobs and time.monotonic() - progress > PATIENCE:  # images left, and every worker down that long
            unplaced = [job_name(work[index]) for index in queue]
            break
        if not running:  # images left, every worker resting: wait for the first probe
            time.sleep(max(0.0, min(resting.values(), default=0.0) - time.monotonic()))
            fill()
            continue
        handle, outcome = collect(list(running))
        if handle is None:  # nothing ended within the backend's wait: look at the patience again
            continue
        index, worker = running.pop(handle)
        if index is None:  # a probe: the worker is back, or rests longer
            if outcome is DIED:
                rest(worker)
            else:
                rested.pop(worker, None)
                idle.append(worker)
            fill()
            continue
        if outcome is DIED:
            failures[index] += 1
            name = job_name(work[index])
            if failures[index] < ATTEMPTS:
                print(f"warning: a {what} died on {name}; retrying it", file=sys.stderr)
                queue.appendleft(index)
            else:
                given_up.append(name)
            if probe is None:
                idle.append(worker)
            else:
                rest(worker)
            fill()
            continue
        progress = time.monotonic()
        idle.append(worker)
        fill()  # the worker starts its next image while the driver writes this one's records
        records, printed = outcome
        if printed:
            sys.stderr.write(printed)
        yield records
    if given_up or unplaced:
        undone = f"{len(given_up)} image job(s) left undone after their {what} died {ATTEMPTS} times on each"
        unreached = f"{len(unplaced)} image job(s) left undone because no {what} could take them for {PATIENCE:.0f} s"
        reasons = [f"{why} ({_few(names)})" for why, names in ((undone, given_up), (unreached, unplaced)) if names]
        raise error(f"{'; '.join(reasons)}; nothing was written for them: run again to retry them")


def _few(names: list[str]) -> str:
    return ", ".join(names[:5]) + (" ..." if len(names) > 5 else "")


def job_name(work: Work) -> str:
    """What a job is about, for messages: its first argument (the image)."""
    args, _ = work
    return f"image {args[0]}" if args and args[0] is not None else "the questions without an image"


def first_line(error: BaseException) -> str:
    text = str(error).strip()
    return (text.splitlines()[0] if text else "") or type(error).__name__


def last_line(error: BaseException) -> str:
    lines = [line.strip() for line in str(error).strip().splitlines() if line.strip()]
    return lines[-1] if lines else type(error).__name__
