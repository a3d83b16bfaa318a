"""The command line as a user runs it: exit codes, one-line errors, files written."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def nsvr(*args: str, cwd=None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from nsvr.tasks.cli import main; main()", *args],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=cwd,
    )


def test_help_lists_every_command():
    result = nsvr("--help")
    assert result.returncode == 0
    for command in ("ask", "graph", "bench", "train", "schema"):
        assert command in result.stdout


def test_gqa_check_programs_converts_every_real_question(shared_dir, tmp_path):
    folder = shared_dir / "gqa-questions"
    result = nsvr(
        "bench",
        "gqa",
        "--questions",
        str(folder / "ood_testdev_head.json"),
        "--questions",
        str(folder / "val_bal_tail_-0.7.json"),
        "--check-programs",
        "--out",
        str(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    assert "3091/3091" in result.stdout
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert (summary["converted"], summary["total"], summary["failures"]) == (3091, 3091, {})


def test_clevr_bench_with_the_embedded_parser(shared_dir, tmp_path):
    root = shared_dir / "clevr-val0"
    result = nsvr(
        "bench",
        "clevr",
        "--questions",
        str(root / "questions.json"),
        "--scenes",
        str(root / "scenes.json"),
        "--planner",
        "embedded",
        "--out",
        str(tmp_path),
        "-q",
    )
    assert result.returncode == 0, result.stderr
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert (summary["planner"], summary["n"], summary["accuracy"]) == ("embedded", 90, 100.0)


def test_schema_prints_the_program_schema():
    result = nsvr("schema", "program")
    assert result.returncode == 0
    assert "verify_relation" in result.stdout and json.loads(result.stdout)["title"] == "Program"


def test_unknown_planner_is_a_one_line_error(shared_dir, tmp_path):
    root = shared_dir / "clevr-val0"
    result = nsvr(
        "bench",
        "clevr",
        "--questions",
        str(root / "questions.json"),
        "--scenes",
        str(root / "scenes.json"),
        "--planner",
        "oracle-of-delphi",
        "--out",
        str(tmp_path),
    )
    assert result.returncode == 2
    assert result.stderr.strip() == "error: unknown planner 'oracle-of-delphi': use gt, embedded, llm, auto"


CLEVR_IMAGE = "clevr-mini/val/images/CLEVR_val_000000.png"


def test_importing_the_cli_stays_light():
    code = (
        "import sys, nsvr.tasks.cli;"
        "heavy = [m for m in ('pydantic', 'rich', 'numpy', 'PIL', 'nsvr.scene_graph') if m in sys.modules];"
        "assert not heavy, heavy"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).returncode == 0


def test_brackets_in_questions_and_paths_are_printed_as_typed(tmp_path):
    missing = tmp_path / "photos[" / "x]" / "bus[red].jpg"  # the path reads photos[/x]/bus[red].jpg
    result = nsvr("ask", str(missing), "How many buses?")
    assert (result.returncode, result.stderr) == (2, f"error: image file not found: {missing}\n")
    result = nsvr("graph", str(missing))
    assert (result.returncode, result.stderr) == (2, f"error: image file not found: {missing}\n")
    result = nsvr("ask", str(missing), "Blorf [/x] zindle, how?")  # the question fails before the image is read
    assert result.returncode == 1 and len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("error: ") and "'Blorf [/x] zindle, how?'" in result.stderr


def test_ask_writes_pictures_into_runs_not_beside_the_image(shared_dir, tmp_path):
    pytest.importorskip("onnxruntime")
    image = shared_dir / CLEVR_IMAGE
    ask = ("ask", str(image), "How many cylinders are there?", "--perception", "clevr")
    first, second = nsvr(*ask, cwd=tmp_path), nsvr(*ask, cwd=tmp_path)
    assert first.returncode == 0 == second.returncode, first.stderr
    assert "annotated picture: runs/ask/CLEVR_val_000000.png" in first.stdout
    assert "annotated picture: runs/ask/CLEVR_val_000000-2.png" in second.stdout  # nothing overwritten
    assert first.stdout.index("(ok,") < first.stdout.index("annotated picture")  # the answer comes first
    assert sorted(p.name for p in (tmp_path / "runs" / "ask").iterdir()) == [
        "CLEVR_val_000000-2.png",
        "CLEVR_val_000000.png",
    ]
    assert not list(image.parent.glob("*.nsvr.png"))
    (tmp_path / "empty").mkdir()
    for nothing in (("--out", "-"), ("--no-save",)):
        result = nsvr(*ask, *nothing, "--json", cwd=tmp_path / "empty")
        assert result.returncode == 0 and json.loads(result.stdout)["status"] == "ok", result.stderr
    assert not list((tmp_path / "empty").iterdir())
    deep = tmp_path / "new" / "deeper" / "a.png"
    result = nsvr(*ask, "--out", str(deep), "-q")
    assert result.returncode == 0 and deep.stat().st_size > 0, result.stderr


def test_a_picture_that_cannot_be_written_fails_after_the_answer(shared_dir, tmp_path):
    pytest.importorskip("onnxruntime")
    (tmp_path / "file").write_text("a file, not a folder")
    result = nsvr(
        "ask",
        str(shared_dir / CLEVR_IMAGE),
        "Are there any cubes?",
        "--perception",
        "clevr",
        "--out",
        str(tmp_path / "file" / "a.png"),
    )
    assert result.returncode == 1 and result.stdout.startswith(("yes", "no"))
    assert result.stderr.startswith(f"error: could not write {tmp_path}/file/a.png") and result.stderr.count("\n") == 1


def test_a_second_bench_in_the_same_folder_says_who_holds_it(shared_dir, tmp_path):
    from nsvr.tasks.results import ResultStore

    root = shared_dir / "clevr-val0"
    with ResultStore(tmp_path / "results.jsonl"):
        result = nsvr(
            "bench",
            "clevr",
            "--questions",
            str(root / "questions.json"),
            "--scenes",
            str(root / "scenes.json"),
            "--out",
            str(tmp_path),
            "-q",
        )
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"error: output folder {tmp_path} is in use by another run (pid {os.getpid()} on ")


def test_an_internal_error_is_one_line(monkeypatch, capsys):
    from nsvr.tasks import cli

    def broken(**options: object) -> None:
        raise TypeError("unsupported operand")

    monkeypatch.setattr(cli, "app", broken)
    monkeypatch.delenv("NSVR_DEBUG", raising=False)
    with pytest.raises(SystemExit) as stopped:
        cli.main()
    assert stopped.value.code == 3
    assert capsys.readouterr().err == (
        "error: internal error (TypeError: unsupported operand); please report it (NSVR_DEBUG=1 shows the traceback)\n"
    )


def test_ask_a_scene_graph_file_without_perception(shared_dir, tmp_path):
    """A graph from `nsvr graph --out`, or one CLEVR scene, is asked directly: no perception, no picture."""
    scene = json.loads((shared_dir / "clevr-val0" / "scenes.json").read_text())["scenes"][0]
    clevr = tmp_path / "scene.json"
    clevr.write_text(json.dumps(scene))
    spheres = sum(o["shape"] == "sphere" for o in scene["objects"])
    result = nsvr("ask", str(clevr), "How many spheres are there?", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    answered = json.loads(result.stdout)
    assert (answered["answer"], answered["status"]) == (str(spheres), "ok")
    assert not (tmp_path / "runs").exists()

    from nsvr.scene_graph.clevr import scene_from_clevr

    graph = tmp_path / "graph.json"
    scene_from_clevr(scene).save(str(graph))
    more = nsvr("ask", str(graph), f"Are there more than {spheres} spheres?", cwd=tmp_path)
    assert more.returncode == 0 and more.stdout.startswith("no"), more

    broken = tmp_path / "broken.json"
    broken.write_text('{"width": "wide"}')
    for path, message in ((broken, "is not an nsvr scene graph"), (tmp_path / "none.json", "not found")):
        failed = nsvr("ask", str(path), "How many spheres are there?")
        assert failed.returncode == 2 and failed.stderr.startswith("error: ") and message in failed.stderr
        assert failed.stderr.count("\n") == 1 and "Traceback" not in failed.stderr


def test_ask_shows_a_long_evidence_list_in_part(tmp_path):
    """An answer resting on hundreds of objects prints the first rows and says how many more (not a screenful
    per object); --json keeps them all."""
    from nsvr.scene_graph.models import Attribute, Object, SceneGraph

    objects = [
        Object(id=str(k), name="circle", box=(k, 0, k + 1, 1), attributes={"color": Attribute(value="red")})
        for k in range(60)
    ]
    graph = tmp_path / "graph.json"
    SceneGraph(width=100, height=10, objects=objects).save(str(graph))
    shown = nsvr("ask", str(graph), "How many red circles are there?", cwd=tmp_path)
    assert shown.returncode == 0 and shown.stdout.startswith("60"), shown
    assert "and 35 more objects" in shown.stdout
    assert shown.stdout.count("circle") < 40
    listed = json.loads(nsvr("ask", str(graph), "How many red circles are there?", "--json", cwd=tmp_path).stdout)
    assert len(listed["evidence"]) == 60
