"""Which workers run the image jobs of ``--workers N``: processes forked on this machine (``local``, the default
for a run on one machine: no start-up cost) or Ray actors (``ray``: a cluster, ``--ray-address``/``RAY_ADDRESS``,
or a Ray this process has already initialised)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from nsvr.tasks.distributed.schedule import Job, Work, WorkersError

BACKENDS = ("local", "ray")


def choose_backend(backend: str | None = None, ray_address: str | None = None) -> str:
    """``backend`` when given ("local" or "ray"); otherwise "ray" when an address is given (or ``RAY_ADDRESS`` set),
    when this process has already initialised Ray, or where there is no fork (not Linux), else "local".

    >>> choose_backend(), choose_backend(ray_address="10.0.0.1:6379"), choose_backend("ray")
    ('local', 'ray', 'ray')
    """
    if backend is not None and backend not in BACKENDS:
        raise WorkersError(f"unknown backend {backend!r}: use local or ray")
    from nsvr.tasks.distributed.local import CAN_FORK

    if backend == "local":
        if ray_address:
            raise WorkersError("--ray-address joins a Ray cluster: it needs --backend ray, not local")
        return "local"
    if backend == "ray" or ray_address or os.environ.get("RAY_ADDRESS"):
        return "ray"
    ray = sys.modules.get("ray")  # already imported by the caller (never imported here)
    if ray is not None and getattr(ray, "is_initialized", lambda: False)():
        return "ray"
    return "local" if CAN_FORK else "ray"


def worker_jobs(
    job: Job,
    context: Any,
    work: Sequence[Work],
    workers: int = 0,
    ray_address: str | None = None,
    backend: str | None = None,
) -> Iterator[list[dict[str, Any]]]:
    """Each image job's records as a list, computed on the workers of :func:`choose_backend`. The local workers
    are forked by this call (before the caller starts a progress bar); Ray is started or joined when iteration
    begins."""
    if choose_backend(backend, ray_address) == "local":
        from nsvr.tasks.distributed.local import local_jobs

        return local_jobs(job, context, work, workers)
    from nsvr.tasks.distributed.pool import ray_jobs

    return ray_jobs(job, context, work, workers, ray_address)
