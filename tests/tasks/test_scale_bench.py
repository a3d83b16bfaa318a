"""The scale benchmark's CLEVR part runs on its own (``--parts clevr``) and prints the JSON-path row."""

from __future__ import annotations

from nsvr.tasks.scale_bench import main


def test_clevr_part_alone_prints_rates_and_right_answers(shared_dir, capsys):
    root = shared_dir / "clevr-mini/val"
    args = ["--questions", str(root / "questions.json"), "--scenes", str(root / "scenes.json"), "--limit", "40"]
    assert main([*args, "--rounds", "1", "--parts", "clevr"]) == 0
    out = capsys.readouterr().out
    assert "nsvr answers 40/40 right" in out
    assert "nsvr: JSON program -> validated and run (evidence)" in out
    assert "Per question on synthetic scenes" not in out and "Start-up" not in out  # only the part asked for
