"""Image jobs on Ray workers, with this process (the driver) the only one that writes results.

:func:`ray_jobs` connects to Ray (a local instance it starts, a cluster at an address, or the Ray this process
already initialised), ships the job context once (``ray.put``) to N actors that each unpickle it once (so a
perception model loads once per worker), hands each idle worker the next image, and yields each image's records
as a list when its worker returns them. A worker process that dies (killed, out of memory, its machine lost) is
restarted by Ray and the image it held is handed out again, up to
:data:`~nsvr.tasks.distributed.schedule.ATTEMPTS` times: its records were never returned, so nothing is written
twice and nothing is lost. A worker that died is probed before it is handed another image, so one that Ray cannot
restart yet (its machine is gone and no other has a free CPU) rests while the other workers take its images. An
image that kills its worker every time is left undone (nothing written for it) and named in the error raised once
every other image is done; a re-run retries it. That bookkeeping is
:func:`~nsvr.tasks.distributed.schedule.schedule`, shared with the local backend
(:mod:`~nsvr.tasks.distributed.local`).

What a job prints on stderr in a worker (the one-line errors of questions that cannot be run) is captured there and
printed by the driver. Each worker is given one CPU and kept to one compute thread (:func:`limit_threads`), so N
workers use N cores and no more.
"""

from __future__ import annotations

import io
import logging
import os
import socket
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, redirect_stderr
from typing import Any

from nsvr.tasks.distributed.schedule import (
    DIED,
    REST,
    Job,
    Outcome,
    Work,
    WorkersError,
    first_line,
    last_line,
    limit_threads,
    schedule,
)

__all__ = ["JobWorker", "RayError", "connect", "import_ray", "ray_jobs"]

WAIT = REST[1]
"""Seconds one wait for a job or a probe lasts before the scheduler looks again at how long every worker has been
down (a probe of a worker whose machine is gone may wait on Ray instead of failing)."""


class RayError(WorkersError):
    """Ray is not installed, the cluster cannot be joined, or the workers cannot start or keep dying; the message
    says which and what to do."""


def import_ray() -> Any:
    """The ``ray`` module, or :class:`RayError` saying how to install it."""
    try:
        import ray
    except ImportError as error:
        raise RayError(f"running on several workers needs Ray ({error}): pip install 'nsvr[ray]'") from None
    return ray


@contextmanager
def connect(workers: int, address: str | None = None) -> Iterator[tuple[Any, int]]:
    """Ray, connected, and the number of workers to start (``workers``, 0: one per CPU of the cluster; never more
    than the cluster has CPUs). A process that already called ``ray.init`` keeps its Ray as it is; otherwise Ray
    joins ``address`` (or ``RAY_ADDRESS``) or starts a local instance with ``workers`` CPUs, shut down on exit."""
    ray = import_ray()
    started = False
    if not ray.is_initialized():
        address = address or os.environ.get("RAY_ADDRESS") or None
        quiet = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.ERROR}
        try:
            if address:
                _check_reachable(address)
                ray.init(address=address, **quiet)
            else:
                ray.init(address="local", num_cpus=workers or os.cpu_count() or 1, **quiet)
        except Exception as error:  # ConnectionError, ValueError (bad address), RuntimeError ...
            where = f"join the Ray cluster at {address}" if address else "start a local Ray instance"
            raise RayError(f"cannot {where}: {first_line(error)}") from None
        started = True
    try:
        cpus = int(ray.cluster_resources().get("CPU", 0))
        count = workers or cpus
        if cpus and count > cpus:
            print(f"warning: the Ray cluster has {cpus} CPUs; using {cpus} workers, not {count}", file=sys.stderr)
            count = cpus
        yield ray, max(count, 1)
    finally:
        if started:
            ray.shutdown()


def _check_reachable(address: str, timeout: float = 5.0) -> None:
    """A ``host:port`` address (``ray://`` too) where nothing answers fails here in seconds, with a clear reason,
    not after Ray's own minutes of retrying. "auto" and addresses without a port are left to Ray."""
    host, _, port = address.split("://", 1)[-1].rpartition(":")
    if not host or not port.isdigit():
        return
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=timeout).close()
    except OSError as error:
        raise ConnectionError(f"nothing answers at {host}:{port} ({error.strerror or error})") from None


class JobWorker:
    """A Ray actor's body: ``run`` does one image job. The job's context comes with each call as ``[ObjectRef]``
    (a reference, not the data) and is fetched and unpickled on the first call only (again after a restart)."""

    def __init__(self, job: Job) -> None:
        limit_threads()
        self.job = job
        self.context: Any = None
        self.loaded = False

    def pid(self) -> int:
        return os.getpid()

    def run(self, args: tuple[Any, ...], kwargs: dict[str, Any], context: list[Any]) -> Outcome:
        """The job's records and what it printed on stderr (the driver prints it)."""
        if not self.loaded:
            import ray

            self.context, self.loaded = ray.get(context[0]), True
        printed = io.StringIO()
        with redirect_stderr(printed):
            records = list(self.job(*args, self.context, **kwargs))
        return records, printed.getvalue()


def ray_jobs(
    job: Job, context: Any, work: Sequence[Work], workers: int = 0, address: str | None = None
) -> Iterator[list[dict[str, Any]]]:
    """``list(job(*args, context, **kwargs))`` for each ``(args, kwargs)`` of ``work``, computed on Ray workers,
    yielded as they complete (in any order). :class:`RayError` when Ray cannot be used, and at the end when some
    images were given up (their records are not yielded, so a resumed run redoes them)."""
    if not work:
        return
    with connect(workers, address) as (ray, count):
        try:
            shipped = ray.put(context)
        except Exception as error:  # pickling: a planner or perception object that cannot leave this process
            raise RayError(f"the job's context cannot be sent to Ray workers: {first_line(error)}") from None
        # No runtime_env for the thread settings: it would keep Ray from using the workers it starts in advance
        # (2 s more per run here); JobWorker sets them before the libraries that read them are loaded.
        actor = ray.remote(JobWorker).options(num_cpus=1, max_restarts=-1, max_task_retries=0)
        actors = [actor.remote(job) for _ in range(min(count, len(work)))]
        try:
            yield from _dispatch(ray, actors, work, [shipped])
        finally:
            for handle in actors:
                ray.kill(handle)


def _dispatch(ray: Any, actors: list[Any], work: Sequence[Work], context: list[Any]) -> Iterator[list[dict[str, Any]]]:
    """:func:`~nsvr.tasks.distributed.schedule.schedule` on Ray actors (a dead actor is restarted by Ray)."""

    def submit(actor: Any, index: int) -> Any:
        return actor.run.remote(*work[index], context)

    def probe(actor: Any) -> Any:
        return actor.pid.remote()

    def collect(running: list[Any]) -> tuple[Any, Outcome | int | None]:
        ready_ones, _ = ray.wait(running, num_returns=1, timeout=WAIT)
        if not ready_ones:  # only a probe or a slow image: let the scheduler look at its patience
            return None, None
        [ready] = ready_ones
        try:
            return ready, ray.get(ready)
        except ray.exceptions.RayActorError as error:  # died, restarting, or its machine is gone
            if error.actor_init_failed:
                raise RayError(f"Ray workers could not start: {last_line(error)}") from None
            return ready, DIED
        except ray.exceptions.RayTaskError as error:  # an exception escaped the job: as it would in one process
            raise error.as_instanceof_cause() from None

    return schedule(actors, work, submit, collect, RayError, "Ray worker", probe)
