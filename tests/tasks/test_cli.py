"""The command line as a user runs it: exit codes, one-line errors, files written."""

from __future__ import annotations

import json
import subprocess
import sys


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
