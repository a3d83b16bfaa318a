"""Scaling out: benchmark image jobs and folders of scene graphs on worker processes forked on this machine or on
Ray (``nsvr bench ... --workers N [--backend local|ray]``, ``nsvr graph DIR --out OUT --workers N``). Importing
this package does not import Ray; running on Ray workers does."""

from nsvr.tasks.distributed.backends import choose_backend, worker_jobs
from nsvr.tasks.distributed.graphs import GraphFolderReport, graph_folder, graph_targets
from nsvr.tasks.distributed.local import local_jobs
from nsvr.tasks.distributed.pool import RayError, connect, ray_jobs
from nsvr.tasks.distributed.schedule import ATTEMPTS, WorkersError

__all__ = [
    "ATTEMPTS",
    "GraphFolderReport",
    "RayError",
    "WorkersError",
    "choose_backend",
    "connect",
    "graph_folder",
    "graph_targets",
    "local_jobs",
    "ray_jobs",
    "worker_jobs",
]
