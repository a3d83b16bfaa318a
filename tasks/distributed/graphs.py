"""Scene graphs for a folder of images (a robot's recorded frames, a dataset's renders): one JSON file per image.

``graph_folder(folder, out, perceive)`` perceives every image of ``folder`` that has no graph in ``out`` yet, in
this process or on workers (``workers``: processes forked from this one, or Ray's with ``ray_address`` or
``backend="ray"``), and writes ``out/<image stem>.json`` (``<image name>.json`` for
images that share a stem) in the format of ``nsvr graph IMAGE --out``. Only this process writes, each file
atomically, so a killed run leaves whole files and a re-run does what is left; an image that cannot be perceived is
one error line and no file (it is tried again next time).
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field
from rich.markup import escape

from nsvr.scene_graph.models import SceneGraph
from nsvr.tasks.bench_common import BenchInputError, describe_error, drive, printable, progress_bar, run_jobs, stderr
from nsvr.tasks.results import FolderLock, ResultStoreError

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".gif", ".webp", ".tif", ".tiff")


class GraphFolderReport(BaseModel):
    images: int = Field(description="images in the folder")
    written: int = Field(description="graph files written by this run")
    skipped: int = Field(description="images whose graph file was already there")
    failed: dict[str, str] = Field(description="image -> why it could not be perceived (no file written)")
    seconds: float = Field(description="wall time of this run")


@dataclass
class GraphJobContext:
    """What a graph job needs (built once: forked workers share it, Ray workers each unpickle it once)."""

    perceive: Callable[[Any], SceneGraph]
    relations: bool = False


def graph_targets(folder: Path, out: Path) -> list[tuple[Path, Path]]:
    """``(image, graph file)`` for every image of ``folder`` (not its subfolders), in name order.

    >>> import tempfile; d = Path(tempfile.mkdtemp())
    >>> for name in ("b.png", "a.jpg", "a.png", "notes.txt"): _ = (d / name).write_bytes(b"")
    >>> [(i.name, g.name) for i, g in graph_targets(d, Path("out"))]
    [('a.jpg', 'a.jpg.json'), ('a.png', 'a.png.json'), ('b.png', 'b.json')]
    """
    images = sorted(p for p in Path(folder).iterdir() if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file())
    stems = Counter(p.stem for p in images)
    return [(p, Path(out) / f"{p.stem if stems[p.stem] == 1 else p.name}.json") for p in images]


def graph_job(image: str, ctx: GraphJobContext) -> Iterator[dict[str, Any]]:
    """One record: the image's graph as JSON text, or why it could not be perceived."""
    started = time.perf_counter()
    try:
        graph = ctx.perceive(image)
        if ctx.relations:
            graph = graph.materialize_relations()
    except Exception as error:  # one bad image must not stop the folder
        yield {"image": image, "error": describe_error(error)}
        return
    yield {"image": image, "graph": graph.model_dump_json(indent=1), "seconds": time.perf_counter() - started}


class _GraphWriter:
    """Writes what graph jobs yield (the driver's side of :func:`~nsvr.tasks.bench_common.drive`)."""

    def __init__(self, destinations: dict[str, Path]) -> None:
        self.destinations = destinations
        self.written = 0
        self.failed: dict[str, str] = {}

    def append(self, record: dict[str, Any]) -> None:
        image = record["image"]
        if "graph" not in record:
            self.failed[image] = reason = record["error"]
            stderr.print("[red]error[/red] " + escape(printable(f"{image}: {reason}")), highlight=False)
            return
        path = self.destinations[image]
        partial = path.with_name(path.name + ".partial")
        try:
            partial.write_text(record["graph"], encoding="utf-8")
            os.replace(partial, path)
        except OSError as error:
            raise ResultStoreError(f"cannot write {path}: {error.strerror or error}") from None
        self.written += 1


def graph_folder(
    folder: Path,
    out: Path,
    perceive: Callable[[Any], SceneGraph],
    *,
    relations: bool = False,
    workers: int = 1,
    ray_address: str | None = None,
    backend: str | None = None,
    progress: bool = True,
) -> GraphFolderReport:
    """Write the scene graph of every image of ``folder`` that has none in ``out`` yet (see the module)."""
    started = time.perf_counter()
    folder, out = Path(folder).absolute(), Path(out)  # absolute: Ray workers have another working folder
    if not folder.is_dir():
        raise BenchInputError(f"image folder not found: {folder}")
    targets = graph_targets(folder, out)
    if not targets:
        raise BenchInputError(f"no images ({', '.join(IMAGE_SUFFIXES)}) in {folder}")
    with FolderLock(out):
        todo = {str(image): path for image, path in targets if not path.exists()}
        writer = _GraphWriter(todo)
        work = [((image,), {}) for image in todo]
        context = GraphJobContext(perceive, relations)
        done = run_jobs(graph_job, context, work, workers, ray_address, backend)
        with progress_bar(len(todo), "scene graphs", progress, unit="images") as advance:
            drive(writer, done, advance)
    return GraphFolderReport(
        images=len(targets),
        written=writer.written,
        skipped=len(targets) - len(todo),
        failed=writer.failed,
        seconds=round(time.perf_counter() - started, 3),
    )
