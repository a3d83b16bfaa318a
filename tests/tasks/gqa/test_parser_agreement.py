from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from nsvr.scene_graph import program as P
from nsvr.scene_graph.gqa import program_from_gqa
from nsvr.tasks.bench_common import BenchInputError
from nsvr.tasks.gqa.parser_agreement import embedded_parser, main, parser_agreement


def _questions(shared_dir: Path) -> tuple[Path, dict]:
    path = shared_dir / "gqa-questions" / "ood_testdev_head.json"
    return path, json.loads(path.read_text())


def test_gqa_own_programs_agree_with_themselves(shared_dir, tmp_path):
    _, table = _questions(shared_dir)
    texts = Counter(q["question"] for q in table.values())
    unique = {qid: q for qid, q in list(table.items())[:300] if texts[q["question"]] == 1}
    path = tmp_path / "unique.json"
    path.write_text(json.dumps(unique))
    by_text = {q["question"]: q["semantic"] for q in unique.values()}
    report = parser_agreement([path], parse=lambda text: program_from_gqa(by_text[text]), progress=False)
    assert report["n"] == len(unique) > 150 and report["parse_failures"] == 0
    assert report["agreement_consistent"] == 100.0
    assert report["consistent"] == sum(r["accuracy"] * r["n"] / 100 for r in report["per_structural"].values())


def test_a_planner_that_always_says_yes_agrees_only_on_yes_questions(shared_dir):
    path, table = _questions(shared_dir)
    yes = P.Program(steps=[P.Scene(), P.Scene(), P.Equal(inputs=[0, 1])])  # "yes" on any graph
    report = parser_agreement([path], parse=lambda text: yes, limit=100, progress=False)
    first = list(table.values())[:100]
    assert report["parser_gold_accuracy"] == round(100.0 * sum(q["answer"] == "yes" for q in first) / 100, 2)


def test_parse_failures_are_counted_by_kind(shared_dir):
    path, _ = _questions(shared_dir)

    def parse(text: str) -> P.Program:
        raise ValueError(f"no rule for {text!r}")

    report = parser_agreement([path], parse=parse, limit=30, progress=False)
    assert report["parse_failures"] == 30 and report["parse_failure_kinds"] == {"ValueError": 30}
    assert report["agreement"] == 0.0


def test_a_missing_parser_is_one_clear_error(monkeypatch, capsys, shared_dir):
    monkeypatch.setitem(sys.modules, "nsvr.agent.parser", None)
    with pytest.raises(BenchInputError, match=r"embedded parser \(nsvr.agent.parser.parse\) is not available"):
        embedded_parser()
    path, _ = _questions(shared_dir)
    assert main(["--questions", str(path), "--limit", "3", "--quiet"]) == 2
    assert "error:" in capsys.readouterr().err
