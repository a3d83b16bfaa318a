"""The ``nsvr`` command line: a thin typer layer; every command calls one library function."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

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
err_console = Console(stderr=True)


class UserError(Exception):
    """An error the user can fix; printed as one line, exit code 2."""


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
    """ "gt" stays a name (the runner reads the dataset's own program); other planners become functions."""
    if planner == "gt":
        return planner
    from nsvr.agent.planners import PlannerConfigError, make_planner_function

    try:
        return make_planner_function(planner, llm_url=llm_url, llm_model=llm_model)
    except PlannerConfigError as error:
        _fail(str(error))


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
    llm_url: Annotated[str | None, typer.Option(help="OpenAI-compatible base URL for --planner llm")] = None,
    llm_model: Annotated[str | None, typer.Option(help="model name for --planner llm")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
) -> None:
    """Answer CLEVR questions and report accuracy per question family and answer type."""
    from nsvr.tasks.clevr import run_clevr

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
    images: Annotated[Path | None, typer.Option(help="folder of the images (pixel perception)")] = None,
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
        if scene_graphs is None:
            _fail("--scene-graphs is needed to answer questions (or use --check-programs)")
            return
        if images is not None:
            err_console.print("note: GQA from pixels uses the scene graphs file; --images is only checked to exist")
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
        )
    except BenchInputError as error:
        _fail(str(error))
        return
    data = summary.model_dump() if hasattr(summary, "model_dump") else dict(summary)
    _print_summary(
        data, [("per_structural", "accuracy per structural type"), ("per_semantic", "accuracy per semantic type")]
    )


@train_app.command("clevr")
def train_clevr(
    scenes: Annotated[Path, typer.Option(help="training scenes JSON with bbox (clevr-mini layout)")],
    images: Annotated[Path, typer.Option(help="training images folder")],
    val_scenes: Annotated[Path | None, typer.Option(help="validation scenes JSON")] = None,
    val_images: Annotated[Path | None, typer.Option(help="validation images folder")] = None,
    epochs: Annotated[int, typer.Option(help="detector epochs")] = 60,
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
    except KeyboardInterrupt:
        err_console.print("interrupted (benchmark results so far are kept; re-run to resume)")
        sys.exit(130)
