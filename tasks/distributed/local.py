"""Image jobs on worker processes forked from this one (the driver), the only process that writes results.

:func:`local_jobs` has the contract of :func:`~nsvr.tasks.distributed.pool.ray_jobs` without Ray's start-up
(seconds for a local Ray, then a fresh interpreter per worker that imports nsvr and unpickles the context): the
workers are forked (``fork``, Linux) from the driver once the job context is built, so they start at once with
nsvr imported and the context as the driver holds it (copy-on-write, nothing pickled; ``gc.freeze`` keeps the
workers' garbage collectors off the driver's objects, which saved about 3% of the workers' CPU). Each worker is
handed one image job at a time (its index into the work list it inherited) and sends back the job's records as a
list, with what the job printed on stderr (the driver prints it). Models a perception loads on first use load in each
worker, in parallel: loading nsvr's CLEVR models in the driver before the fork instead (tried: same results) cost
the run as much wall time as it saved the workers, and would rely on every model runtime surviving a fork.

A worker that dies (killed, out of memory) is replaced by a fresh fork and its image handed out again, up to
:data:`~nsvr.tasks.distributed.schedule.ATTEMPTS` times (:func:`~nsvr.tasks.distributed.schedule.schedule`,
shared with the Ray backend): its records were never sent, so nothing is written twice and nothing is lost. The
workers die with the driver (``kill -9`` included: they hold none of its results), ignore Ctrl-C (the driver
stops them) and keep to one compute thread each.
"""

from __future__ import annotations

import contextlib
import gc
import io
import multiprocessing
import os
import pickle
import signal
import sys
import time
import traceback
from collections.abc import Iterator, Sequence
from contextlib import redirect_stderr
from multiprocessing.connection import Connection, wait
from typing import Any

from nsvr.tasks.distributed.schedule import (
    DIED,
    Job,
    Outcome,
    Work,
    WorkersError,
    limit_threads,
    one_thread_libraries,
    schedule,
)

CAN_FORK = sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods()
"""Whether this platform has the local backend (fork on Linux; elsewhere, ``--backend ray``)."""


def cpu_count() -> int:
    """The CPUs this process may run on (its affinity, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def local_jobs(job: Job, context: Any, work: Sequence[Work], workers: int = 0) -> Iterator[list[dict[str, Any]]]:
    """``list(job(*args, context, **kwargs))`` for each ``(args, kwargs)`` of ``work``, computed on ``workers``
    forked processes (0: one per CPU; never more than there are jobs), yielded as they complete (in any order).
    The workers are forked now, not when iteration starts: call this before starting threads (a progress bar),
    which a fork does not copy. :class:`WorkersError` at the end when some images were given up."""
    if not CAN_FORK:
        raise WorkersError("local workers need fork (Linux); here use --backend ray (pip install 'nsvr[ray]')")
    if not work:
        return iter(())
    pool = LocalPool(job, context, work, min(workers or cpu_count(), len(work)))
    return pool.results()


class LocalPool:
    """``count`` forked workers, each a process and the driver's end of a pipe to it."""

    def __init__(self, job: Job, context: Any, work: Sequence[Work], count: int) -> None:
        self.job, self.context, self.work = job, context, work
        self.forks = multiprocessing.get_context("fork")
        self.driver = os.getpid()
        self.processes: list[Any] = [None] * count
        self.pipes: list[Connection | None] = [None] * count
        try:
            for slot in range(count):
                self.start(slot)
        except BaseException:
            self.close()
            raise

    def start(self, slot: int) -> None:
        """Fork the worker of ``slot`` (anew, when it died)."""
        ours, theirs = self.forks.Pipe()
        others = [pipe for pipe in self.pipes if pipe is not None]
        process = self.forks.Process(
            target=_serve,
            args=(theirs, others, self.job, self.context, self.work, self.driver),
            name=f"nsvr-worker-{slot}",
            daemon=True,
        )
        gc.freeze()  # the worker's garbage collector leaves the driver's objects (and their shared pages) alone
        try:
            with _console_quiet(), one_thread_libraries():
                process.start()
        finally:
            gc.unfreeze()
        theirs.close()  # the worker's end lives in the worker only: its death closes the pipe
        self.processes[slot], self.pipes[slot] = process, ours

    def submit(self, slot: int, index: int) -> int:
        """Hand job ``index`` to the (idle) worker of ``slot``, forking it anew if it died while idle."""
        for _ in range(2):
            process, pipe = self.processes[slot], self.pipes[slot]
            if process is not None and pipe is not None and process.is_alive():
                try:
                    pipe.send(index)
                    return slot
                except OSError:  # it died just now: a new one
                    pass
            self.bury(slot)
            self.start(slot)
        raise WorkersError("local workers could not start: each new one died at once")

    def collect(self, running: list[Any]) -> tuple[int, Outcome | None]:
        """Wait until a running job ends: its slot and (records, printed), or DIED."""
        pipes = {self.pipes[slot]: slot for slot in running}
        ends = {self.processes[slot].sentinel: slot for slot in running}
        ready = wait([*pipes, *ends])
        for pipe in (r for r in ready if r in pipes):
            slot = pipes[pipe]
            return slot, self.receive(slot)
        slot = ends[ready[0]]
        pipe = self.pipes[slot]
        return slot, self.receive(slot) if pipe is not None and pipe.poll() else self.bury(slot)

    def receive(self, slot: int) -> Outcome | None:
        pipe = self.pipes[slot]
        assert pipe is not None
        try:
            kind, payload, printed = pickle.loads(pipe.recv_bytes())
        except (EOFError, OSError):
            return self.bury(slot)
        if kind == "raised":  # an exception escaped the job: as it would in one process
            if printed:
                sys.stderr.write(printed)
            raise payload
        return payload, printed

    def bury(self, slot: int) -> None:
        """Forget the worker of ``slot`` (dead, or to be stopped): close its pipe, reap it; the next job forks a
        new one. Returns DIED (None)."""
        process, pipe = self.processes[slot], self.pipes[slot]
        if pipe is not None:
            pipe.close()
        if process is not None:
            if process.is_alive():
                process.kill()
            process.join(5)
        self.processes[slot], self.pipes[slot] = None, None
        return DIED

    def results(self) -> Iterator[list[dict[str, Any]]]:
        try:
            yield from schedule(range(len(self.processes)), self.work, self.submit, self.collect, what="local worker")
        finally:
            self.close()

    def close(self, grace: float = 1.0) -> None:
        """Stop every worker: a word to each (an idle one exits at once), then, after at most ``grace`` seconds
        in all, a kill for any still busy (its job's records would not be written anyway)."""
        for pipe in self.pipes:
            with contextlib.suppress(OSError):
                if pipe is not None:
                    pipe.send(None)
        deadline = time.monotonic() + grace
        for slot, process in enumerate(self.processes):
            if process is not None:
                process.join(max(deadline - time.monotonic(), 0))
            self.bury(slot)


@contextlib.contextmanager
def _console_quiet() -> Iterator[None]:
    """Hold the lock of the console that progress bars and error lines print through while forking: a thread
    (the progress bar's refresh) holding it at the fork would leave it locked forever in the worker, whose jobs
    print through it."""
    from nsvr.tasks.bench_common import stderr

    lock = getattr(stderr, "_lock", None)
    with lock if lock is not None else contextlib.nullcontext():
        yield


def _serve(
    pipe: Connection, others: list[Connection], job: Job, context: Any, work: Sequence[Work], driver: int
) -> None:
    """A worker's life: jobs by index until the driver says None or goes away."""
    _die_with(driver)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the driver handles it
    for other in others:  # the driver's ends of the other workers' pipes: theirs to close, not ours to hold
        other.close()
    limit_threads(libraries=False)  # forked with them at one thread (one_thread_libraries)
    while True:
        try:
            index = pipe.recv()
        except (EOFError, OSError):
            return
        if index is None:
            return
        args, kwargs = work[index]
        printed = io.StringIO()
        try:
            with redirect_stderr(printed):
                records = list(job(*args, context, **kwargs))
            data = pickle.dumps(("done", records, printed.getvalue()))
        except Exception as error:  # the job's own, or records that cannot be sent (pickled)
            data = pickle.dumps(("raised", _portable(error), printed.getvalue()))
        pipe.send_bytes(data)


def _die_with(driver: int) -> None:
    """Have the kernel kill this process when the driver dies (Linux ``PR_SET_PDEATHSIG``), so that a driver
    killed with -9 leaves no worker behind (nor the results folder's lock, whose descriptor the fork copied)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != driver:  # the driver died before the line above
        os._exit(1)


def _portable(error: Exception) -> Exception:
    """``error`` as the driver can receive it (with the worker's traceback as a note), or a RuntimeError that
    says what it was when it cannot be pickled."""
    where = "".join(traceback.format_exception(error)).rstrip()
    try:
        error.add_note(f"in worker process {os.getpid()}:\n{where}")
        pickle.loads(pickle.dumps(error))
        return error
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}\n{where}")
