"""Scaling out: benchmark image jobs and folders of scene graphs on Ray workers (``nsvr bench ... --workers N``,
``nsvr graph DIR --out OUT --workers N``). Importing this package does not import Ray; running on workers does."""

from nsvr.tasks.distributed.graphs import GraphFolderReport, graph_folder, graph_targets
from nsvr.tasks.distributed.pool import ATTEMPTS, RayError, connect, ray_jobs

__all__ = ["ATTEMPTS", "GraphFolderReport", "RayError", "connect", "graph_folder", "graph_targets", "ray_jobs"]
