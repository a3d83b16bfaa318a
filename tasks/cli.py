"""The ``nsvr`` command line: a thin typer layer; every command calls one library function.

Only typer is imported here at start-up (``nsvr --help`` stays fast); each command imports what it needs. Text that
comes from the user or the data (questions, paths, names, reasons) is printed with rich markup off, so brackets
in it are shown as typed and never break the output.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

if TYPE_CHECKING:
    from rich.console import Console

app = typer.Typer(
    help="nsvr: neurosymbolic visual reasoning. Questions become programs that run on explicit scene graphs.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
bench_app = typer.Typer(help="Run benchmarks (CLEVR, GQA) with their official metrics.", no_args_is_help=True)
train_app = typer.Typer(help="Train nsvr's own perception models.", no_args_is_help=True)
app.add_typer(bench_app, name="bench")
app.add_typer(train_app, name="train")
from nsvr.tasks.cli_memory import memory_app  # noqa: E402 - the memory commands live in their own module (light)

app.add_typer(memory_app, name="memory")

Workers = Annotated[
    int,
    typer.Option(min=0, help="parallel workers, sharded by image (1: in this process; 0: one per CPU)"),
]
RayAddress = Annotated[
    str | None,
    typer.Option(help="run the workers on this Ray cluster (default: RAY_ADDRESS when set)"),
]
Backend = Annotated[
    str | None,
    typer.Option(help="local (processes forked here) or ray (default: ray with a Ray address, else local)"),
]

RUNS = Path("runs")
"""Where ``nsvr ask`` writes its pictures by default (``runs/ask/`` in the working directory)."""
_consoles: dict[bool, Console] = {}


def _console(stderr: bool = False) -> Console:
    if stderr not in _consoles:
        from rich.console import Console

        _consoles[stderr] = Console(stderr=stderr, soft_wrap=True, emoji=False)  # ":smile:" stays as typed
    return _consoles[stderr]


def _say(text: str, style: str | None = None, stderr: bool = False) -> None:
    """Print ``text`` as it is (markup off: brackets in questions, paths and reasons stay; control characters
    shown as escapes)."""
    from nsvr.tasks.bench_common import printable

    _console(stderr).print(printable(text), style=style, markup=False, highlight=False)


def _print_json(data: Any) -> None:
    """JSON on stdout exactly as ``json.dumps`` writes it (rich would wrap long lines inside strings)."""
    sys.stdout.write(json.dumps(data, indent=1) + "\n")
    sys.stdout.flush()


def _fail(message: str, code: int = 2) -> NoReturn:
    """One line on stderr, ``error: MESSAGE``, and exit ``code``."""
    from rich.text import Text

    from nsvr.tasks.bench_common import printable

    _console(True).print(Text("error: ", style="bold red") + Text(printable(_one_line(message))), highlight=False)
    raise typer.Exit(code)


def _one_line(message: str) -> str:
    return " ".join(message.split()) or "unknown error"


def _naming(message: str, name: str) -> str:
    """``message``, prefixed with ``name`` unless it already says it."""
    return message if name in message else f"{name}: {message}"


def _print_summary(summary: dict[str, Any], groups: list[tuple[str, str]]) -> None:
    from nsvr.tasks.bench_common import groups_table

    for key, title in groups:
        if summary.get(key):
            _console().print(groups_table(title, summary[key]))
    headline = {k: v for k, v in summary.items() if not isinstance(v, dict)}
    _print_json(headline)
    if summary.get("perception_quality"):
        _print_json({"perception_quality": summary["perception_quality"]})


def _planner_choice(planner: str, llm_url: str | None, llm_model: str | None, llm_timeout: float = 30.0) -> Any:
    """The runners know "gt" (the dataset's own program) and "embedded" by name; "llm" and "auto" become
    functions (see nsvr.agent.planners)."""
    if planner in {"gt", "embedded"}:
        return planner
    from nsvr.agent.planners import make_planner_function
    from nsvr.scene_graph.errors import NsvrError

    try:
        return make_planner_function(planner, llm_url=llm_url, llm_model=llm_model, llm_timeout=llm_timeout)
    except NsvrError as error:
        _fail(str(error))


LLM_TIMEOUT_HELP = "seconds for the whole LLM planning of one question (then the embedded parser answers)"


def _perception_error_types() -> tuple[type[BaseException], ...]:
    """What perception raises for bad images, missing weights or dependencies: shown as one line."""
    from nsvr.scene_graph.errors import NsvrError

    return (NsvrError, OSError)


EVIDENCE_ROWS = 25
"""The evidence table shows this many objects; the rest are counted under it (``--json`` lists them all)."""


def _evidence_table(result: Any) -> Any:
    from rich.table import Table
    from rich.text import Text

    more = len(result.evidence) - EVIDENCE_ROWS
    caption = f"... and {more} more objects (--json lists them all)" if more > 0 else None
    table = Table(title="evidence", title_justify="left", caption=caption, caption_justify="left")
    for column in ("id", "name", "score", "box", "attributes"):
        table.add_column(column)
    for object_id in result.evidence[:EVIDENCE_ROWS]:
        obj = result.graph.object(object_id)
        box = ", ".join(f"{v:.0f}" for v in obj.box) if obj.box else "-"
        attributes = " ".join(f"{k}={a.value}" for k, a in obj.attributes.items())
        table.add_row(Text(obj.id), Text(obj.name), f"{obj.score:.2f}", box, Text(attributes))
    return table


def scene_graph_file(path: str) -> Any:
    """The :class:`~nsvr.scene_graph.models.SceneGraph` in ``path`` when it names a ``.json`` file (nsvr's
    scene-graph format, or one CLEVR scene), else None; a file that is neither is one error line."""
    if not path.lower().endswith(".json") or "://" in path:
        return None
    from pydantic import ValidationError

    from nsvr.scene_graph.clevr import ClevrFormatError, scene_from_clevr
    from nsvr.scene_graph.errors import one_line_validation_error
    from nsvr.scene_graph.models import SceneGraph
    from nsvr.tasks.bench_common import BenchInputError, load_json

    try:
        data = load_json(Path(path), "scene-graph")
    except BenchInputError as error:
        _fail(str(error))
    if isinstance(data, dict) and "width" not in data and isinstance(data.get("objects"), list):
        try:
            return scene_from_clevr(data)  # a CLEVR scene: objects with 3d_coords, color, shape ...
        except (ClevrFormatError, KeyError, TypeError, ValueError) as error:
            _fail(f"{path} is neither an nsvr scene graph nor a CLEVR scene: {error}")
    try:
        return SceneGraph.model_validate(data)
    except ValidationError as error:
        _fail(f"{path} is not an nsvr scene graph: {one_line_validation_error(error)}")


def picture_path(image: str, out: Path | None, save: bool) -> Path | None:
    """Where ``nsvr ask`` writes the annotated picture: ``--out`` (``-`` or ``--no-save``: nowhere), else
    ``runs/ask/<image name>.png`` in the working directory, numbered so nothing is overwritten.

    >>> picture_path("photos/bus.jpg", Path("-"), True) is None, picture_path("bus.jpg", Path("a/b.png"), True)
    (True, PosixPath('a/b.png'))
    """
    if not save or (out is not None and str(out) == "-"):
        return None
    if out is not None:
        return out
    stem = "".join(c if c.isalnum() or c in "-_." else "_" for c in Path(image.split("?")[0]).stem) or "image"
    folder = RUNS / "ask"
    path, number = folder / f"{stem}.png", 2
    while path.exists():
        path, number = folder / f"{stem}-{number}.png", number + 1
    return path


def _write_picture(path: Path, draw: Any) -> None:
    """Draw and save a picture, creating its folder; a picture that cannot be written is an error (exit 1)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        draw().save(path)
    except (OSError, ValueError) as error:  # ValueError: PIL knows no format for the file's extension
        _fail(f"could not write {path}: {getattr(error, 'strerror', None) or error}", code=1)


@app.command()
def ask(
    image: Annotated[str, typer.Argument(help="image file (or URL), or a scene-graph .json (nsvr graph --out)")],
    question: Annotated[str, typer.Argument(help="the question, in plain English")],
    planner: Annotated[
        str, typer.Option(help="embedded (parser), llm (LLM, parser if it fails), or auto (parser, then LLM)")
    ] = "embedded",
    perception: Annotated[
        str,
        typer.Option(
            help="photo (detector, plus the region proposer on flat drawings), shapes (region proposer only: "
            "drawn shapes on a plain background) or clevr (nsvr's CLEVR model)"
        ),
    ] = "photo",
    detector: Annotated[str | None, typer.Option(help="ultralytics weights name/path instead of offline SSD")] = None,
    clevr_weights: Annotated[
        str | None, typer.Option(help="CLEVR weights folder for --perception clevr (nsvr train clevr --out)")
    ] = None,
    ocr: Annotated[bool, typer.Option(help="read text for every question (text questions always do)")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="print one JSON object")] = False,
    out: Annotated[Path | None, typer.Option(help="annotated picture (default: runs/ask/IMAGE.png; '-': none)")] = None,
    save: Annotated[bool, typer.Option(help="write the annotated picture (--no-save: nothing is written)")] = True,
    html: Annotated[Path | None, typer.Option(help="write the step-by-step HTML trace here")] = None,
    llm_url: Annotated[str | None, typer.Option(help="OpenAI-compatible base URL (or NSVR_LLM_URL)")] = None,
    llm_model: Annotated[str | None, typer.Option(help="model name (or NSVR_LLM_MODEL)")] = None,
    llm_timeout: Annotated[float, typer.Option(help=LLM_TIMEOUT_HELP)] = 30.0,
    cache_dir: Annotated[str | None, typer.Option(help="cache scene graphs here")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress messages")] = False,
) -> None:
    """Answer a question about an image: the answer, the program, the evidence, an annotated picture."""
    from nsvr.agent.ask import AskError, AskOptions
    from nsvr.agent.ask import ask as run_ask
    from nsvr.scene_graph.errors import one_line_validation_error

    try:
        options = AskOptions(
            planner=planner,
            perception=perception,
            detector=detector,
            clevr_weights=clevr_weights,
            ocr=ocr,
            llm_url=llm_url,
            llm_model=llm_model,
            llm_timeout=llm_timeout,
            cache_dir=cache_dir,
        )
    except ValueError as error:
        _fail(f"bad option: {one_line_validation_error(error)}")
    graph = scene_graph_file(image)
    if graph is not None:  # a graph: no perception, no picture
        try:
            result = run_ask(graph, question, options)
        except AskError as error:
            _fail(str(error))
        _print_answer(result, question, as_json)
        if result.status == "error":
            raise typer.Exit(1)
        return
    try:
        if quiet or as_json:
            result = run_ask(image, question, options)
        else:
            with _console(True).status("perceiving and answering ...", spinner="dots"):
                result = run_ask(image, question, options)
    except AskError as error:
        _fail(str(error))
    except _perception_error_types() as error:
        reason = _one_line(_naming(str(error), image))
        if as_json:
            failed = {
                "answer": "unknown",
                "status": "error",
                "reason": reason,
                "program": None,
                "evidence": [],
                "tools": [],
            }
            _print_json({**failed, "seconds": None})
            raise typer.Exit(1) from None
        _fail(reason)
    _print_answer(result, question, as_json)
    picture = picture_path(image, out, save) if result.graph is not None else None
    if picture is not None:  # drawn after the answer is out, at a bounded size
        from nsvr.tools.render import draw_scene_graph

        _write_picture(picture, lambda: draw_scene_graph(image, result.graph, highlight=result.evidence))
        if not quiet:
            _say(f"annotated picture: {picture}", stderr=as_json)
    if html is not None and result.execution is not None and result.graph is not None:
        _write_trace(html, image, question, result)
        if not quiet:
            _say(f"trace: {html}", stderr=as_json)
    if result.status == "error":
        raise typer.Exit(1)


def _print_answer(result: Any, question: str, as_json: bool) -> None:
    """The answer, why, what it assumed, the program and the evidence (or one JSON object); an answer that is an
    error is one line on stderr naming the question."""
    if as_json:
        _print_json(result.summary())
        return
    if result.status == "error":
        if result.program is not None:
            _say(f"program ({result.planner}):")
            _say(result.program.pretty())
        _say(f"error: {_one_line(_naming(result.reason or 'no answer', repr(question)))}", "bold red", stderr=True)
        return
    from rich.text import Text

    style = {"ok": "bold green", "unknown": "bold yellow"}[result.status]
    timing = Text(f"  ({result.status}, {result.seconds:.2f} s)")
    _console().print(Text(result.answer, style=style) + timing, highlight=False)
    assumed = result.execution.revisions if result.execution is not None else []
    if result.reason and not (assumed and result.status == "ok"):
        _say(f"reason: {result.reason}")
    for revision in assumed:  # the answer rests on these readings of what the perception was unsure of
        _say(f"assumed: {revision.describe()}")
    if result.program is not None:
        _say(f"program ({result.planner}):")
        _say(result.program.pretty())
    if result.tool_calls:
        _say("tools:")
        for call in result.tool_calls:  # what perception ran (or reused) for this question
            _say(f"  {call.describe()}")
    if result.evidence and result.graph is not None:
        _console().print(_evidence_table(result))


def _write_trace(html: Path, image: str, question: str, result: Any) -> None:
    from nsvr.agent.trace_html import render_trace_html
    from nsvr.tools.image_io import load_image

    try:
        shown = load_image(image, max_side=1280).to_pil()
        page = render_trace_html(
            question,
            result.program,
            result.execution,
            result.graph,
            shown,
            extra={"planner": result.planner, **result.timings},
            tool_calls=result.tool_calls,
        )
        html.parent.mkdir(parents=True, exist_ok=True)
        html.write_text(page, encoding="utf-8")
    except OSError as error:
        _fail(f"could not write {html}: {error.strerror or error}", code=1)


@app.command()
def graph(
    image: Annotated[str, typer.Argument(help="image file (or URL), or a folder of images")],
    out: Annotated[
        Path | None, typer.Option(help="write the scene graph JSON here (default: print it); for a folder, a folder")
    ] = None,
    show: Annotated[Path | None, typer.Option(help="write a picture of the graph here")] = None,
    perception: Annotated[str, typer.Option(help="photo, shapes or clevr")] = "photo",
    detector: Annotated[str | None, typer.Option(help="ultralytics weights name/path instead of offline SSD")] = None,
    ocr: Annotated[bool, typer.Option(help="also read text (rapidocr)")] = False,
    relations: Annotated[
        bool, typer.Option("--relations", help="write every relation as a row (geometric ones are computed otherwise)")
    ] = False,
    workers: Workers = 1,
    ray_address: RayAddress = None,
    backend: Backend = None,
) -> None:
    """Build the scene graph of an image: objects, attributes, relations, as JSON and as a picture. For a folder,
    one graph file per image in --out (images that have one are skipped)."""
    from nsvr.agent.ask import AskOptions, make_perceiver
    from nsvr.scene_graph.errors import one_line_validation_error

    try:
        perceive = make_perceiver(AskOptions(perception=perception, detector=detector, ocr=ocr))
    except ValueError as error:
        _fail(f"bad option: {one_line_validation_error(error)}")
    if Path(image).is_dir():
        _graph_folder(Path(image), out, show, perceive, relations, workers, ray_address, backend)
        return
    try:
        scene = perceive(image)
    except _perception_error_types() as error:
        _fail(_naming(str(error), image))
    if relations:
        scene = scene.materialize_relations()
    if out is not None:
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            scene.save(str(out))
        except OSError as error:
            _fail(f"could not write {out}: {error.strerror or error}", code=1)
        _say(f"{len(scene.objects)} objects, {len(scene.all_relations())} relations -> {out}", stderr=True)
    else:
        sys.stdout.write(scene.model_dump_json(indent=1) + "\n")
    if show is not None:
        from nsvr.tools.render import draw_graph_picture

        _write_picture(show, lambda: draw_graph_picture(image, scene))
        _say(f"picture -> {show}", stderr=True)


def _graph_folder(
    folder: Path,
    out: Path | None,
    show: Path | None,
    perceive: Any,
    relations: bool,
    workers: int,
    address: str | None,
    backend: str | None,
) -> None:
    from nsvr.tasks.distributed import graph_folder

    if out is None:
        _fail(f"{folder} is a folder: give --out OUT_DIR for its graph files (one per image)")
    if show is not None:
        _fail("--show draws one image's graph: give an image, not a folder")
    report = graph_folder(
        folder, out, perceive, relations=relations, workers=workers, ray_address=address, backend=backend
    )
    failed = f", {len(report.failed)} failed" if report.failed else ""
    _say(f"{report.written} graphs written, {report.skipped} already there{failed} -> {out}", stderr=True)
    if report.failed:
        raise typer.Exit(1)


@bench_app.command("clevr")
def bench_clevr(
    questions: Annotated[Path, typer.Option(help="CLEVR questions JSON (released v1.0 layout)")],
    scenes: Annotated[Path | None, typer.Option(help="CLEVR scenes JSON (oracle perception, quality report)")] = None,
    images: Annotated[Path | None, typer.Option(help="folder of the images (pixel perception)")] = None,
    perception: Annotated[str, typer.Option(help="oracle (scenes file) or pixels (nsvr's CLEVR model)")] = "oracle",
    planner: Annotated[str, typer.Option(help="gt (the question's program), embedded (parser), llm or auto")] = "gt",
    out: Annotated[Path, typer.Option(help="results folder (results.jsonl, summary.json); resumable")] = RUNS / "clevr",
    limit: Annotated[int | None, typer.Option(help="only the first N questions")] = None,
    weights: Annotated[Path | None, typer.Option(help="CLEVR weights folder (nsvr train clevr --out)")] = None,
    revise: Annotated[
        bool, typer.Option(help="answer failed presuppositions from the perception's runners-up (pixels)")
    ] = True,
    llm_url: Annotated[str | None, typer.Option(help="OpenAI-compatible base URL for --planner llm")] = None,
    llm_model: Annotated[str | None, typer.Option(help="model name for --planner llm")] = None,
    llm_timeout: Annotated[float, typer.Option(help=LLM_TIMEOUT_HELP)] = 30.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
    workers: Workers = 1,
    ray_address: RayAddress = None,
    backend: Backend = None,
) -> None:
    """Answer CLEVR questions and report accuracy per question family and answer type."""
    from nsvr.tasks.clevr import run_clevr

    perceive = None
    if perception == "pixels" and weights is not None:
        from nsvr.tools.clevr import ClevrPerception

        perceive = ClevrPerception(str(weights.absolute()))  # absolute: Ray workers have another working folder

    chosen = _planner_choice(planner, llm_url, llm_model, llm_timeout)
    summary = run_clevr(
        questions,
        scenes,
        out,
        images=images,
        perception=perception,
        planner=chosen,
        limit=limit,
        progress=not quiet,
        perceive=perceive,
        revise=revise,
        workers=workers,
        ray_address=ray_address,
        backend=backend,
    )
    _print_summary(
        summary.model_dump(),
        [("per_template", "accuracy per template"), ("per_answer_type", "accuracy per answer type")],
    )
    _say(f"results: {out / 'results.jsonl'}  predictions: {out / 'predictions.json'}  summary: {out / 'summary.json'}")


@bench_app.command("gqa")
def bench_gqa(
    questions: Annotated[list[Path], typer.Option(help="GQA questions JSON (repeat for several files)")],
    scene_graphs: Annotated[Path | None, typer.Option(help="GQA scene graphs JSON")] = None,
    images: Annotated[
        Path | None, typer.Option(help="images folder: perceive <imageId>.jpg (no --scene-graphs)")
    ] = None,
    choices: Annotated[Path | None, typer.Option(help="GQA *_choices.json for validity/plausibility")] = None,
    planner: Annotated[str, typer.Option(help="gt (the question's program), embedded, llm or auto")] = "gt",
    check_programs: Annotated[bool, typer.Option(help="only convert and validate every program")] = False,
    out: Annotated[Path | None, typer.Option(help="results folder; resumable")] = None,
    limit: Annotated[int | None, typer.Option(help="only the first N questions")] = None,
    llm_url: Annotated[str | None, typer.Option(help="OpenAI-compatible base URL for --planner llm")] = None,
    llm_model: Annotated[str | None, typer.Option(help="model name for --planner llm")] = None,
    llm_timeout: Annotated[float, typer.Option(help=LLM_TIMEOUT_HELP)] = 30.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
    workers: Workers = 1,
    ray_address: RayAddress = None,
    backend: Backend = None,
) -> None:
    """Answer GQA questions on GQA scene graphs with the official GQA metrics, or check program conversion."""
    from nsvr.tasks import gqa
    from nsvr.tasks.bench_common import groups_table

    if check_programs:
        result = gqa.check_gqa_programs(questions, out)
        if result["converted"] != result["total"]:
            raise typer.Exit(1)
        return
    chosen = _planner_choice(planner, llm_url, llm_model, llm_timeout)
    if len(questions) != 1:
        _fail("answering takes one --questions file")
    summary = gqa.run_gqa(
        questions[0],
        scene_graphs,
        out or RUNS / "gqa",
        limit=limit,
        planner=chosen,
        choices=choices,
        progress=not quiet,
        images=images,
        workers=workers,
        ray_address=ray_address,
        backend=backend,
    )
    for key, title in [
        ("per_structural", "accuracy per structural type"),
        ("per_semantic", "per semantic type"),
        ("per_steps", "per number of reasoning steps"),
        ("per_words", "per question length"),
    ]:
        _console().print(groups_table(title, getattr(summary, key)))
    _console().print(gqa.gqa_summary_table(summary))
    _say(f"results, predictions.json, summary.json: {out or RUNS / 'gqa'}")


@train_app.command("clevr")
def train_clevr(
    scenes: Annotated[
        list[Path], typer.Option(help="training scenes JSON with bbox (clevr-mini layout); repeat for several sets")
    ],
    images: Annotated[list[Path], typer.Option(help="training images folder, one per --scenes, in the same order")],
    val_scenes: Annotated[Path | None, typer.Option(help="validation scenes JSON")] = None,
    val_images: Annotated[Path | None, typer.Option(help="validation images folder")] = None,
    epochs: Annotated[int, typer.Option(help="detector epochs (0: reuse --detector-from as it is)")] = 60,
    attribute_epochs: Annotated[int, typer.Option(help="attribute-network epochs")] = 30,
    hours: Annotated[float | None, typer.Option(help="stop the detector's training after this long")] = None,
    detector_from: Annotated[
        Path | None, typer.Option(help="continue training this detector.pt (an earlier --out) or detector.onnx")
    ] = None,
    attributes_from: Annotated[
        Path | None, typer.Option(help="continue training this attributes.onnx (e.g. the shipped weights)")
    ] = None,
    device: Annotated[str, typer.Option(help="auto, cpu, cuda, cuda:0 ...")] = "auto",
    out: Annotated[Path, typer.Option(help="where to write the trained weights")] = Path("runs/train-clevr"),
) -> None:
    """Train nsvr's CLEVR perception (detector + attribute heads) with ultralytics."""
    try:
        from nsvr.tasks.training import train_clevr as train
    except ImportError as error:
        _fail(f"training needs the torch extra: pip install 'nsvr[torch]' ({error})")
    report = train(
        scenes=scenes,
        images=images,
        val_scenes=val_scenes,
        val_images=val_images,
        epochs=epochs,
        device=device,
        out=out,
        attribute_epochs=attribute_epochs,
        time_hours=hours,
        detector_from=detector_from,
        attributes_from=attributes_from,
    )
    _say(report.model_dump_json(indent=1) if hasattr(report, "model_dump_json") else str(report))


@app.command()
def schema(
    what: Annotated[str, typer.Argument(help="program or scene-graph")] = "program",
) -> None:
    """Print the JSON Schema of the program language or of the scene-graph format."""
    from nsvr.scene_graph import Program, SceneGraph

    models = {"program": Program, "scene-graph": SceneGraph}
    if what not in models:
        _fail(f"unknown schema {what!r}: use program or scene-graph")
    _print_json(models[what].model_json_schema())


def main() -> None:
    """Entry point: user errors (bad input, bad usage) and interrupts print one line, never a traceback
    (``NSVR_DEBUG=1`` shows the traceback of an internal error)."""
    from nsvr.scene_graph.errors import NsvrError, one_line_validation_error

    try:
        code = _command()(standalone_mode=False, prog_name="nsvr")
    except NsvrError as error:  # any actionable error not handled closer to where it happened
        _error_line(one_line_validation_error(error), 2)
    except typer.Abort:
        _error_line("aborted", 1)
    except BrokenPipeError:  # the reader went away (nsvr ... | head)
        sys.stderr.close()
        sys.exit(1)
    except Exception as error:
        if _is_usage_error(error):
            if type(error).__name__ == "NoArgsIsHelpError":
                sys.exit(0)  # the help has been printed
            where = getattr(getattr(error, "ctx", None), "command_path", None)
            hint = f" (see: {where} --help)" if where else ""
            _error_line(f"{error.format_message()}{hint}", int(error.exit_code))  # type: ignore[attr-defined]
        if os.environ.get("NSVR_DEBUG"):
            raise
        if callable(getattr(error, "errors", None)):  # pydantic: data that does not fit nsvr's models
            _error_line(f"invalid data: {one_line_validation_error(error)}", 2)
        detail = _one_line(f"{type(error).__name__}: {error}")
        _error_line(f"internal error ({detail}); please report it (NSVR_DEBUG=1 shows the traceback)", 3)
    if code == 130:  # typer turns Ctrl-C into exit code 130
        _say("interrupted (benchmark results so far are kept; re-run to resume)", stderr=True)
    # The interpreter's last garbage collections at exit would walk every object the command left (models,
    # schemas, graphs) only to find nothing to free: about 0.1 s of a short benchmark run's wall time.
    gc.freeze()
    sys.exit(code if isinstance(code, int) else 0)


def _command() -> Any:
    """The click command typer makes of ``app`` (made once per process: it reads every signature)."""
    if not isinstance(app, typer.Typer):
        return app
    if _built.get("app") is not app:
        _built["app"], _built["command"] = app, typer.main.get_command(app)
    return _built["command"]


_built: dict[str, Any] = {}


def _is_usage_error(error: BaseException) -> bool:
    """A command-line usage error (click's, as typer raises it: missing argument, unknown option ...)."""
    return callable(getattr(error, "format_message", None)) and isinstance(getattr(error, "exit_code", None), int)


def _error_line(message: str, code: int) -> NoReturn:
    try:
        _fail(message, code)
    except typer.Exit:
        sys.exit(code)
