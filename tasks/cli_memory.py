"""``nsvr memory``: fuse camera frames into a persistent scene memory and ask it questions from any viewpoint.

A thin typer layer over :class:`nsvr.scene_graph.memory.SceneMemory`; heavy modules load inside the commands.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

memory_app = typer.Typer(
    help="A 3D scene memory for robots: observe RGB-D frames, ask questions from any viewpoint, show the map.",
    no_args_is_help=True,
)

CameraOption = Annotated[
    Path | None, typer.Option(help="JSON or .npy: 3x3 K, ROS CameraInfo K list, or {fx, fy, cx, cy}")
]


class _Out:
    """stdout the way the rest of the CLI writes it: user text as typed (no markup), JSON unwrapped."""

    def print(self, item: Any, highlight: bool = False, style: str | None = None) -> None:
        from nsvr.tasks.cli import _console, _say

        if isinstance(item, str):
            _say(item, style=style)
        else:
            _console().print(item, highlight=highlight)

    def print_json(self, text: str) -> None:
        from nsvr.tasks.cli import _print_json

        _print_json(json.loads(text))


def _cells(*values: Any) -> list[Any]:
    from rich.text import Text

    return [Text(str(v)) for v in values]


def _console() -> tuple[Any, _Out, None]:
    from nsvr.tasks.cli import _fail

    return _fail, _Out(), None


@contextmanager
def _opened(path: Path) -> Iterator[Any]:
    """The existing memory at ``path``; any nsvr or file error becomes the one-line error and exit code 2."""
    fail, _, _ = _console()
    from nsvr.scene_graph.errors import NsvrError
    from nsvr.scene_graph.memory import SceneMemory

    if not path.is_file():
        fail(f"memory file not found: {path} (create it with `nsvr memory observe`)")
    try:
        with SceneMemory.open(path) as memory:
            yield memory
    except (NsvrError, OSError) as error:
        fail(str(error))


def _camera(path: Path | None, read: Any) -> Any:
    from nsvr.scene_graph.memory import read_camera_file

    return None if path is None else read(read_camera_file(path))


def _viewpoint(value: str | None) -> Any:
    """A frame number (that frame's camera) or a pose file."""
    if value is None:
        return None
    if value.isdigit():
        return int(value)
    from nsvr.scene_graph.memory import as_pose, read_camera_file

    return as_pose(read_camera_file(Path(value)))


def _perceive(image: str, perception: str, clevr_weights: str | None) -> Any:
    from nsvr.agent.ask import AskOptions, make_perceiver

    return make_perceiver(AskOptions(perception=perception, clevr_weights=clevr_weights))(image)


@memory_app.command()
def observe(
    memory: Annotated[Path, typer.Argument(help="the memory file (created if missing)")],
    image: Annotated[str | None, typer.Argument(help="the frame's image (not needed with --graph)")] = None,
    depth: Annotated[Path | None, typer.Option(help=".npy z-depth map aligned with the image")] = None,
    depth_scale: Annotated[
        float | None, typer.Option(help="world units per depth unit (0.001 for millimetre maps)")
    ] = None,
    intrinsics: CameraOption = None,
    pose: Annotated[Path | None, typer.Option(help="JSON or .npy: 4x4 camera-to-world (OpenCV), or a ROS Pose")] = None,
    timestamp: Annotated[float | None, typer.Option(help="seconds (default: now)")] = None,
    name: Annotated[str | None, typer.Option(help="the frame's name (default: the image file name)")] = None,
    perception: Annotated[str, typer.Option(help="clevr (nsvr's CLEVR model) or photo (detector pipeline)")] = "clevr",
    graph: Annotated[Path | None, typer.Option(help="a scene-graph JSON to observe instead of perceiving")] = None,
    clevr_weights: Annotated[str | None, typer.Option(help="CLEVR weights folder (default: shipped)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the observe report as JSON")] = False,
) -> None:
    """Perceive one frame and fuse it into the memory (one transaction: all of it or nothing)."""
    fail, out, _ = _console()
    import numpy as np

    from nsvr.scene_graph.errors import NsvrError
    from nsvr.scene_graph.memory import (
        CLEVR_CAMERA_POSE,
        CLEVR_INTRINSICS,
        Frame,
        SceneMemory,
        as_intrinsics,
        as_pose,
    )
    from nsvr.scene_graph.models import SceneGraph

    if graph is None and image is None:
        fail("give an IMAGE to perceive, or --graph G.json")
    try:
        if graph is not None:
            if not graph.is_file():
                fail(f"scene graph file not found: {graph}")
            try:
                perceived = SceneGraph.load(str(graph))
            except ValueError as error:
                fail(f"{graph} is not a scene graph: {str(error).splitlines()[0]}")
        else:
            perceived = _perceive(str(image), perception, clevr_weights)
        clevr = graph is None and perception == "clevr"
        depth_map = None
        if depth is not None:
            if not depth.is_file():
                fail(f"depth file not found: {depth}")
            try:
                depth_map = np.load(depth, allow_pickle=False)
            except (ValueError, OSError, EOFError) as error:
                fail(f"cannot read {depth} as a .npy array: {error}")
        camera = _camera(intrinsics, as_intrinsics)
        camera_pose = _camera(pose, as_pose)
        if clevr:  # a CLEVR image without its camera was taken by CLEVR's own camera
            camera = CLEVR_INTRINSICS if camera is None else camera
            camera_pose = CLEVR_CAMERA_POSE if camera_pose is None else camera_pose
        frame = Frame(
            graph=perceived,
            depth=depth_map,
            intrinsics=camera,
            pose=camera_pose,
            timestamp=timestamp,
            name=name or (Path(image).name if image else graph.name if graph else None),
            estimate_camera=CLEVR_CAMERA_POSE if clevr else None,
            depth_scale=depth_scale,
        )
        with SceneMemory.open(memory) as scene_memory:
            report = scene_memory.observe(frame)
    except (NsvrError, OSError) as error:
        fail(str(error))
        return
    if as_json:
        out.print_json(report.model_dump_json())
        return
    out.print(
        f"frame {report.frame} ({report.name}): {report.detections} detections, {len(report.created)} new, "
        f"{len(report.matched) - len(report.created)} matched, {len(report.missed)} missed, "
        f"{len(report.removed)} removed, {1000 * report.seconds:.1f} ms",
        highlight=False,
    )
    for label, ids in (("new", report.created), ("moved", report.moved), ("removed", report.removed)):
        if ids:
            out.print(f"{label}: {', '.join(ids)}", highlight=False)
    if report.unplaced:
        out.print(f"not placed (no depth, no 3D estimate): {', '.join(report.unplaced)}", highlight=False)


@memory_app.command()
def ask(
    memory: Annotated[Path, typer.Argument(help="the memory file")],
    question: Annotated[str, typer.Argument(help="the question, in plain English")],
    viewpoint: Annotated[
        str | None, typer.Option(help="a pose file (JSON/.npy) or a frame number; default: the last frame's camera")
    ] = None,
    planner: Annotated[str, typer.Option(help="embedded (parser) or llm")] = "embedded",
    llm_url: Annotated[str | None, typer.Option(help="OpenAI-compatible base URL (or NSVR_LLM_URL)")] = None,
    llm_model: Annotated[str | None, typer.Option(help="model name (or NSVR_LLM_MODEL)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print one JSON object")] = False,
) -> None:
    """Answer a question about the remembered scene; left/right/front/behind are seen from the viewpoint."""
    fail, out, _ = _console()
    from rich.table import Table

    from nsvr.agent.planners import make_planner_function
    from nsvr.scene_graph.errors import NsvrError
    from nsvr.scene_graph.executor import Answer

    try:
        plan = make_planner_function(planner, llm_url=llm_url, llm_model=llm_model)
    except NsvrError as error:
        fail(str(error))
        return
    with _opened(memory) as scene_memory:
        chosen = _viewpoint(viewpoint)
        program = None
        try:
            program = plan(question)
        except (NsvrError, ValueError) as error:
            answer = Answer(value=None, answer_type="value", status="error", reason=f"planning failed: {error}")
        else:
            answer = scene_memory.ask(program, viewpoint=chosen)
        reason = answer.reason
        graph = scene_memory.graph(viewpoint=chosen, include_gone=True)
        positions = graph.metadata["memory"]["positions"]
    if as_json:
        summary = {
            "answer": answer.text,
            "status": answer.status,
            "reason": reason,
            "program": program.model_dump(mode="json")["steps"] if program else None,
            "evidence": answer.evidence,
            "positions": {i: positions[i] for i in answer.evidence if i in positions},
        }
        out.print_json(json.dumps(summary))
    else:
        style = {"ok": "bold green", "unknown": "bold yellow", "error": "bold red"}[answer.status]
        out.print(f"{answer.text}  ({answer.status})", style=style)
        if reason and answer.status != "ok":
            out.print(f"reason: {reason}", highlight=False)
        if program is not None:
            out.print(f"program ({planner}):")
            out.print(program.pretty(), highlight=False)
        if answer.evidence:
            table = Table(title="evidence (memory ids)", title_justify="left")
            for column in ("id", "name", "attributes", "position", "last seen"):
                table.add_column(column)
            for object_id in answer.evidence:
                obj = graph.object(object_id)
                described = " ".join(
                    f"{k}={a.value}" for k, a in obj.attributes.items() if k in ("color", "material", "size", "shape")
                )
                where = ", ".join(f"{x:.2f}" for x in positions[object_id])
                table.add_row(*_cells(obj.id, obj.name, described, where, obj.attribute("last_seen") or "-"))
            out.print(table)
    if answer.status == "error":
        raise typer.Exit(1)


@memory_app.command()
def show(
    memory: Annotated[Path, typer.Argument(help="the memory file")],
    out_path: Annotated[Path | None, typer.Option("--out", help="the map picture (default: MEMORY.map.png)")] = None,
    viewpoint: Annotated[str | None, typer.Option(help="also draw this viewpoint (pose file or frame number)")] = None,
    include_gone: Annotated[bool, typer.Option("--all", help="also objects judged moved or removed")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="print the objects as JSON instead of a table")] = False,
) -> None:
    """Draw a top-down map of the remembered objects (ids, sizes, colours, cameras) and print them as a table."""
    _, out, _ = _console()
    from rich.table import Table

    from nsvr.tasks.memory_map import draw_memory_map, object_rows

    picture_path = out_path or memory.with_suffix(".map.png")
    with _opened(memory) as scene_memory:
        chosen = _viewpoint(viewpoint)
        pose = scene_memory.viewpoint(chosen).pose if chosen is not None else None
        draw_memory_map(scene_memory, include_gone=include_gone, viewpoint=pose).save(picture_path)
        rows = object_rows(scene_memory, include_gone=include_gone)
        frames = scene_memory.frame_count
    if as_json:
        out.print_json(json.dumps({"frames": frames, "objects": rows, "map": str(picture_path)}))
        return
    table = Table(title=f"{memory}: {len(rows)} objects from {frames} frames", title_justify="left")
    for column in rows[0] if rows else ("id", "name"):
        table.add_column(column)
    for row in rows:
        table.add_row(*_cells(*row.values()))
    out.print(table)
    out.print(f"map: {picture_path}", highlight=False)


@memory_app.command("graph")
def graph_command(
    memory: Annotated[Path, typer.Argument(help="the memory file")],
    viewpoint: Annotated[
        str | None, typer.Option(help="a pose file (JSON/.npy) or a frame number; default: the last frame's camera")
    ] = None,
    out_path: Annotated[
        Path | None, typer.Option("--out", help="write the scene graph JSON here (default: print)")
    ] = None,
) -> None:
    """The memory as a scene graph seen from the viewpoint (the nsvr scene-graph JSON every tool reads)."""
    _, out, _ = _console()
    with _opened(memory) as scene_memory:
        graph = scene_memory.graph(viewpoint=_viewpoint(viewpoint))
    if out_path is None:
        out.print_json(graph.model_dump_json())
    else:
        graph.save(str(out_path))
        out.print(f"wrote {out_path} ({len(graph.objects)} objects)", highlight=False)


@memory_app.command()
def export(
    memory: Annotated[Path, typer.Argument(help="the memory file")],
    out_path: Annotated[Path, typer.Argument(help="the JSON file to write")],
) -> None:
    """Export everything (settings, frames, objects with their distributions and history) as JSON."""
    _, out, _ = _console()
    with _opened(memory) as scene_memory:
        scene_memory.export_json(out_path)
    out.print(f"wrote {out_path}", highlight=False)


@memory_app.command()
def bench(
    data: Annotated[Path, typer.Option(help="the multi-view CLEVR folder")] = Path("../shared/clevr-multiview"),
    perception: Annotated[list[str], typer.Option(help="oracle and/or pixels (repeat the option)")] = ["oracle"],  # noqa: B006
    planner: Annotated[str, typer.Option(help="gt (dataset programs) or embedded")] = "gt",
    stress: Annotated[int, typer.Option(help="also observe N frames into one file and reopen it")] = 0,
    out_dir: Annotated[Path | None, typer.Option("--out", help="write summary.json and the memory files here")] = None,
) -> None:
    """The scene-memory benchmark on multi-view CLEVR (see nsvr.tasks.memory_bench)."""
    from nsvr.tasks.memory_bench import main as run_bench

    arguments = ["--data", str(data), "--perception", *perception, "--planner", planner, "--stress", str(stress)]
    run_bench([*arguments, *(["--out", str(out_dir)] if out_dir else [])])
