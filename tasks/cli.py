"""The ``nsvr`` command line: a thin typer layer; every command calls one library function."""

from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from nsvr.scene_graph.errors import NsvrError
from nsvr.tasks.bench_common import BenchInputError, groups_table

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

out_console = Console()
err_console = Console(stderr=True, soft_wrap=True)


def _fail(message: str, code: int = 2) -> None:
    err_console.print(f"[bold red]error:[/bold red] {message}", highlight=False)
    raise typer.Exit(code)


def _print_summary(summary: dict[str, Any], groups: list[tuple[str, str]]) -> None:
    for key, title in groups:
        if summary.get(key):
            out_console.print(groups_table(title, summary[key]))
    headline = {k: v for k, v in summary.items() if not isinstance(v, dict)}
    out_console.print(json.dumps(headline, indent=1))
    if summary.get("perception_quality"):
        out_console.print(json.dumps({"perception_quality": summary["perception_quality"]}, indent=1))


def _planner_choice(planner: str, llm_url: str | None, llm_model: str | None) -> Any:
    """The runners know "gt" (the dataset's own program) and "embedded" by name; the LLM becomes a function."""
    if planner in {"gt", "embedded"}:
        return planner
    from nsvr.agent.planners import PlannerConfigError, make_planner_function

    try:
        return make_planner_function(planner, llm_url=llm_url, llm_model=llm_model)
    except PlannerConfigError as error:
        _fail(str(error))


def _perception_error_types() -> tuple[type[BaseException], ...]:
    """What perception raises for bad images, missing weights or dependencies: shown as one line."""
    return (NsvrError, OSError)


def _evidence_table(result: Any) -> Any:
    from rich.table import Table

    table = Table(title="evidence", title_justify="left")
    for column in ("id", "name", "score", "box", "attributes"):
        table.add_column(column)
    for object_id in result.evidence:
        obj = result.graph.object(object_id)
        box = ", ".join(f"{v:.0f}" for v in obj.box) if obj.box else "-"
        attributes = " ".join(f"{k}={a.value}" for k, a in obj.attributes.items())
        table.add_row(obj.id, obj.name, f"{obj.score:.2f}", box, attributes)
    return table


@app.command()
def ask(
    image: Annotated[str, typer.Argument(help="image file (or URL)")],
    question: Annotated[str, typer.Argument(help="the question, in plain English")],
    planner: Annotated[str, typer.Option(help="embedded (parser), llm, or auto (parser, then LLM)")] = "embedded",
    perception: Annotated[str, typer.Option(help="photo (detector pipeline) or clevr (nsvr's CLEVR model)")] = "photo",
    detector: Annotated[str | None, typer.Option(help="ultralytics weights name/path instead of offline SSD")] = None,
    clevr_weights: Annotated[
        str | None, typer.Option(help="CLEVR weights folder for --perception clevr (nsvr train clevr --out)")
    ] = None,
    ocr: Annotated[bool, typer.Option(help="also read text (rapidocr)")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="print one JSON object")] = False,
    out: Annotated[Path | None, typer.Option(help="annotated picture (default: IMAGE.nsvr.png)")] = None,
    html: Annotated[Path | None, typer.Option(help="write the step-by-step HTML trace here")] = None,
    llm_url: Annotated[str | None, typer.Option(help="OpenAI-compatible base URL (or NSVR_LLM_URL)")] = None,
    llm_model: Annotated[str | None, typer.Option(help="model name (or NSVR_LLM_MODEL)")] = None,
    cache_dir: Annotated[str | None, typer.Option(help="cache scene graphs here")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress messages")] = False,
) -> None:
    """Answer a question about an image: the answer, the program, the evidence, an annotated picture."""
    from nsvr.agent.ask import AskError, AskOptions, default_output_path
    from nsvr.agent.ask import ask as run_ask

    try:
        options = AskOptions(
            planner=planner,
            perception=perception,
            detector=detector,
            clevr_weights=clevr_weights,
            ocr=ocr,
            llm_url=llm_url,
            llm_model=llm_model,
            cache_dir=cache_dir,
        )
    except ValueError as error:
        _fail(f"bad option: {str(error).splitlines()[-1].strip()}")
        return
    try:
        with (
            err_console.status("perceiving and answering ...", spinner="dots")
            if not (quiet or as_json)
            else nullcontext()
        ):
            result = run_ask(image, question, options)
    except AskError as error:
        _fail(str(error))
        return
    except _perception_error_types() as error:
        if as_json:
            out_console.print_json(
                json.dumps(
                    {
                        "answer": "unknown",
                        "status": "error",
                        "reason": str(error),
                        "program": None,
                        "evidence": [],
                        "seconds": None,
                    }
                )
            )
            raise typer.Exit(1) from None
        _fail(str(error))
        return
    picture = None
    if result.graph is not None:
        from nsvr.tools.render import draw_scene_graph

        picture = out or default_output_path(image, ".png")
        try:
            draw_scene_graph(image, result.graph, highlight=result.evidence).save(picture)
        except Exception as error:  # the answer stands even if the picture cannot be written
            err_console.print(f"warning: could not write {picture}: {error}")
            picture = None
    if html is not None and result.execution is not None and result.graph is not None:
        from nsvr.agent.trace_html import render_trace_html
        from nsvr.tools.image_io import load_image

        shown = load_image(image, max_side=1280).to_pil()
        html.write_text(
            render_trace_html(
                question,
                result.program,
                result.execution,
                result.graph,
                shown,
                extra={"planner": result.planner, **result.timings},
            ),
            encoding="utf-8",
        )
    if as_json:
        out_console.print_json(json.dumps(result.summary()))
    else:
        style = {"ok": "bold green", "unknown": "bold yellow", "error": "bold red"}[result.status]
        out_console.print(f"[{style}]{result.answer}[/{style}]  ({result.status}, {result.seconds:.2f} s)")
        assumed = result.execution.revisions if result.execution is not None else []
        if result.reason and not (assumed and result.status == "ok"):
            out_console.print(f"reason: {result.reason}", highlight=False)
        for revision in assumed:  # the answer rests on these readings of what the perception was unsure of
            out_console.print(f"assumed: {revision.describe()}", highlight=False)
        if result.program is not None:
            out_console.print(f"program ({result.planner}):")
            out_console.print(result.program.pretty(), highlight=False)
        if result.evidence and result.graph is not None:
            out_console.print(_evidence_table(result))
        if picture is not None and not quiet:
            out_console.print(f"annotated picture: {picture}")
        if html is not None and not quiet:
            out_console.print(f"trace: {html}")
    if result.status == "error":
        raise typer.Exit(1)


@app.command()
def graph(
    image: Annotated[str, typer.Argument(help="image file (or URL)")],
    out: Annotated[Path | None, typer.Option(help="write the scene graph JSON here (default: print it)")] = None,
    show: Annotated[Path | None, typer.Option(help="write a picture of the graph here")] = None,
    perception: Annotated[str, typer.Option(help="photo or clevr")] = "photo",
    detector: Annotated[str | None, typer.Option(help="ultralytics weights name/path instead of offline SSD")] = None,
    ocr: Annotated[bool, typer.Option(help="also read text (rapidocr)")] = False,
) -> None:
    """Build the scene graph of an image: objects, attributes, relations, as JSON and as a picture."""
    from nsvr.agent.ask import AskOptions, make_perceiver

    try:
        scene = make_perceiver(AskOptions(perception=perception, detector=detector, ocr=ocr))(image)
    except _perception_error_types() as error:
        _fail(str(error))
        return
    if out is not None:
        scene.save(str(out))
        err_console.print(f"{len(scene.objects)} objects, {len(scene.relations)} relations -> {out}")
    else:
        sys.stdout.write(scene.model_dump_json(indent=1) + "\n")
    if show is not None:
        from nsvr.tools.render import draw_graph_diagram, draw_scene_graph

        diagram = draw_graph_diagram(scene)
        photo = draw_scene_graph(image, scene)
        photo.thumbnail((diagram.width, diagram.height))
        from PIL import Image

        both = Image.new("RGB", (photo.width + diagram.width, max(photo.height, diagram.height)), "white")
        both.paste(photo.convert("RGB"), (0, 0))
        both.paste(diagram, (photo.width, 0))
        both.save(show)
        err_console.print(f"picture -> {show}")


@bench_app.command("clevr")
def bench_clevr(
    questions: Annotated[Path, typer.Option(help="CLEVR questions JSON (released v1.0 layout)")],
    scenes: Annotated[Path | None, typer.Option(help="CLEVR scenes JSON (oracle perception, quality report)")] = None,
    images: Annotated[Path | None, typer.Option(help="folder of the images (pixel perception)")] = None,
    perception: Annotated[str, typer.Option(help="oracle (scenes file) or pixels (nsvr's CLEVR model)")] = "oracle",
    planner: Annotated[str, typer.Option(help="gt (the question's program), embedded (parser) or llm")] = "gt",
    out: Annotated[Path, typer.Option(help="results folder (results.jsonl, summary.json); resumable")] = Path(
        "runs/clevr"
    ),
    limit: Annotated[int | None, typer.Option(help="only the first N questions")] = None,
    weights: Annotated[Path | None, typer.Option(help="CLEVR weights folder (nsvr train clevr --out)")] = None,
    revise: Annotated[
        bool, typer.Option(help="answer failed presuppositions from the perception's runners-up (pixels)")
    ] = True,
    llm_url: Annotated[str | None, typer.Option(help="OpenAI-compatible base URL for --planner llm")] = None,
    llm_model: Annotated[str | None, typer.Option(help="model name for --planner llm")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
) -> None:
    """Answer CLEVR questions and report accuracy per question family and answer type."""
    from nsvr.tasks.clevr import run_clevr

    perceive = None
    if perception == "pixels" and weights is not None:
        from nsvr.tools.clevr import ClevrPerception

        perceive = ClevrPerception(str(weights))

    chosen = _planner_choice(planner, llm_url, llm_model)
    try:
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
        )
    except BenchInputError as error:
        _fail(str(error))
        return
    _print_summary(
        summary.model_dump(),
        [("per_template", "accuracy per template"), ("per_answer_type", "accuracy per answer type")],
    )
    out_console.print(f"results: {out / 'results.jsonl'}  summary: {out / 'summary.json'}")


@bench_app.command("gqa")
def bench_gqa(
    questions: Annotated[list[Path], typer.Option(help="GQA questions JSON (repeat for several files)")],
    scene_graphs: Annotated[Path | None, typer.Option(help="GQA scene graphs JSON")] = None,
    images: Annotated[
        Path | None, typer.Option(help="images folder: perceive <imageId>.jpg (no --scene-graphs)")
    ] = None,
    choices: Annotated[Path | None, typer.Option(help="GQA *_choices.json for validity/plausibility")] = None,
    planner: Annotated[str, typer.Option(help="gt (the question's program), embedded or llm")] = "gt",
    check_programs: Annotated[bool, typer.Option(help="only convert and validate every program")] = False,
    out: Annotated[Path | None, typer.Option(help="results folder; resumable")] = None,
    limit: Annotated[int | None, typer.Option(help="only the first N questions")] = None,
    llm_url: Annotated[str | None, typer.Option(help="OpenAI-compatible base URL for --planner llm")] = None,
    llm_model: Annotated[str | None, typer.Option(help="model name for --planner llm")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
) -> None:
    """Answer GQA questions on GQA scene graphs with the official GQA metrics, or check program conversion."""
    from nsvr.tasks import gqa

    try:
        if check_programs:
            result = gqa.check_gqa_programs(questions, out)
            if result["converted"] != result["total"]:
                raise typer.Exit(1)
            return
        chosen = _planner_choice(planner, llm_url, llm_model)
        if len(questions) != 1:
            _fail("answering takes one --questions file")
        summary = gqa.run_gqa(
            questions[0],
            scene_graphs,
            out or Path("runs/gqa"),
            limit=limit,
            planner=chosen,
            choices=choices,
            progress=not quiet,
            images=images,
        )
    except BenchInputError as error:
        _fail(str(error))
        return
    for key, title in [
        ("per_structural", "accuracy per structural type"),
        ("per_semantic", "per semantic type"),
        ("per_steps", "per number of reasoning steps"),
        ("per_words", "per question length"),
    ]:
        out_console.print(groups_table(title, getattr(summary, key)))
    out_console.print(gqa.gqa_summary_table(summary))
    out_console.print(f"results, predictions.json, summary.json: {out or Path('runs/gqa')}")


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
        return
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
    out_console.print(report.model_dump_json(indent=1) if hasattr(report, "model_dump_json") else report)


@app.command()
def schema(
    what: Annotated[str, typer.Argument(help="program or scene-graph")] = "program",
) -> None:
    """Print the JSON Schema of the program language or of the scene-graph format."""
    from nsvr.scene_graph import Program, SceneGraph

    models = {"program": Program, "scene-graph": SceneGraph}
    if what not in models:
        _fail(f"unknown schema {what!r}: use program or scene-graph")
    out_console.print_json(json.dumps(models[what].model_json_schema()))


def main() -> None:
    """Entry point: user errors and interrupts print one line, never a traceback."""
    try:
        app()
    except NsvrError as error:  # any actionable error not handled closer to where it happened
        err_console.print(f"[bold red]error:[/bold red] {error}", highlight=False)
        sys.exit(2)
    except KeyboardInterrupt:
        err_console.print("interrupted (benchmark results so far are kept; re-run to resume)")
        sys.exit(130)
