from __future__ import annotations

import json

from rich.console import Console

from nsvr.tasks.gqa import check_gqa_programs


def test_every_shared_program_converts(shared_dir, tmp_path):
    files = sorted((shared_dir / "gqa-questions").glob("*.json"))
    console = Console(record=True, width=200)
    result = check_gqa_programs(files, tmp_path, console=console)
    assert (result["converted"], result["total"], result["failures"]) == (3091, 3091, {})
    assert "converted and valid: 3091/3091" in console.export_text()
    assert json.loads((tmp_path / "summary.json").read_text()) == result


def test_failures_are_grouped_by_operation(tmp_path):
    def record(*steps: tuple[str, str, list[int]]) -> dict:
        return {
            "isBalanced": False,
            "semantic": [{"operation": o, "argument": a, "dependencies": d} for o, a, d in steps],
        }

    questions = {
        "ok": record(("select", "cup (1)", []), ("query", "color", [0])),
        "t1": record(("select", "cup (1)", []), ("teleport", "x", [0])),
        "t2": record(("select", "cup (1)", []), ("teleport", "y", [0])),
        "r": record(("select", "cup (1)", []), ("relate", "table,on (2)", [0])),
        "bad": "not a record",
    }
    path = tmp_path / "questions.json"
    path.write_text(json.dumps(questions))
    console = Console(record=True, width=200)
    result = check_gqa_programs([path], None, console=console)
    assert (result["converted"], result["total"]) == (1, 5)
    assert {op: f["count"] for op, f in result["failures"].items()} == {"teleport": 2, "relate": 1, "(record)": 1}
    assert result["failures"]["teleport"]["examples"][0] == {
        "file": str(path),
        "id": "t1",
        "error": "step 1 (teleport: x): unknown GQA operation 'teleport'",
    }
    assert "teleport" in console.export_text() and not (tmp_path / "summary.json").exists()
