from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from nsvr.scene_graph.gqa import program_from_gqa
from nsvr.tasks.bench_common import BenchInputError
from nsvr.tasks.gqa import run_gqa

DATA = Path(__file__).resolve().parent / "data"
QUESTIONS, GRAPHS, CHOICES = DATA / "questions.json", DATA / "scene_graphs.json", DATA / "choices.json"
# q01-q10 are answered right by their GQA programs; q11 finds no object (unknown); q12 names a missing image,
# q13 has an unknown operation, q14 is not a record, q17's image has no height; q15 asks the weather (a scene
# fact); q16 is not balanced.
RIGHT = {f"q{i:02d}" for i in range(1, 11)} | {"q15"}


@pytest.fixture(scope="module")
def run(tmp_path_factory, question_records):
    out = tmp_path_factory.mktemp("gqa")
    summary = run_gqa(QUESTIONS, GRAPHS, out, choices=CHOICES, progress=False)
    records = {r["id"]: r for r in question_records(out / "results.jsonl")}
    return summary, records, out


def test_counts_and_accuracy(run):
    summary, records, _ = run
    assert "q16" not in records and summary.n == 16
    assert {qid for qid, r in records.items() if r["correct"]} == RIGHT
    assert (summary.correct, summary.accuracy) == (11, 68.75)
    assert summary.errors == 4 and summary.wrong == 1 and summary.unknown == 1
    assert summary.error_kinds == {"bad_program": 1, "bad_record": 1, "bad_scene_graph": 1, "missing_scene_graph": 1}
    assert records["q13"]["reason"].startswith("program not convertible: step 1 (teleport: left)")
    assert "img404" in records["q12"]["reason"]


def test_binary_open_and_types(run):
    summary, _, _ = run
    # open = structural "query": q01 q03 q06 q09 q10 right of q01 q03 q06 q09 q10 q11 q12 q13 q17
    assert summary.open == round(100 * 5 / 9, 3)
    # binary: q02 q04 q05 q07 q08 q15 right, q14 (no type) counts as binary as in the official script
    assert summary.binary == round(100 * 6 / 7, 3)
    assert summary.per_structural["query"] == {"n": 9, "correct": 5, "accuracy": 55.56}
    assert summary.per_semantic["rel"] == {"n": 5, "correct": 4, "accuracy": 80.0}
    assert summary.per_steps["3"]["n"] == 3  # q03 (select, relate, query color), q05 (exist twice not counted), q07


def test_consistency_grounding_distribution_and_choices(run):
    summary, records, _ = run
    assert (summary.consistency, summary.consistency_n) == (100.0, 2)  # q01 <-> q02, both right
    assert records["q02"]["grounding"] == 1.0 and records["q11"]["grounding"] == 0.0
    assert records["q06"]["grounding"] == 1.0  # a scene question grounds on the whole image
    # groups: color has white x3 gold vs white x1 + no answer x2 -> (1-3)^2/3 * 3 = 4; thing has umbrella and
    # phone vs umbrella and unknown -> (1 + 0) * 2 = 2; weighted over 8 grouped questions, / 100
    assert summary.distribution == round(6 / 8 / 100, 5)
    # choices list q01 q03 q10, all predicted right and inside both lists
    assert (summary.validity, summary.plausibility) == (100.0, 100.0)


def test_predictions_and_summary_files(run):
    summary, records, out = run
    predictions = json.loads((out / "predictions.json").read_text())
    in_file_order = [qid for qid in json.loads(QUESTIONS.read_text()) if qid in records]
    assert [p["questionId"] for p in predictions] == in_file_order  # the results store is in image order
    assert {p["questionId"]: p["prediction"] for p in predictions}["q01"] == "shirt"
    assert {p["questionId"]: p["prediction"] for p in predictions}["q12"] == ""
    assert json.loads((out / "summary.json").read_text()) == summary.model_dump()


def test_weather_verify_reads_the_scene_fact(run):
    assert run[1]["q15"]["prediction"] == "yes"


def test_a_test_split_without_answers_is_predicted_and_kept_out_of_the_scores(run, tmp_path):
    _, scored_records, _ = run
    table = json.loads(QUESTIONS.read_text())
    for question in table.values():
        if isinstance(question, dict):
            question.pop("answer", None)
    hidden = tmp_path / "test_questions.json"
    hidden.write_text(json.dumps(table))
    summary = run_gqa(hidden, GRAPHS, tmp_path / "out", progress=False)
    assert (summary.n, summary.unscored, summary.correct, summary.wrong, summary.accuracy) == (16, 15, 0, 0, 0.0)
    predictions = {
        p["questionId"]: p["prediction"] for p in json.loads((tmp_path / "out" / "predictions.json").read_text())
    }
    assert predictions == {qid: r["prediction"] or "" for qid, r in scored_records.items()}


def test_a_rerun_skips_done_questions_and_a_torn_line_is_redone(tmp_path):
    calls: list[str] = []
    table = json.loads(QUESTIONS.read_text())
    by_text = {q["question"]: q for q in table.values() if isinstance(q, dict)}

    def planner(question: str):
        calls.append(question)
        return program_from_gqa(by_text[question]["semantic"])

    first = run_gqa(QUESTIONS, GRAPHS, tmp_path, limit=5, planner=planner, progress=False)
    assert first.n == 5 and len(calls) == 5 and first.planner == "planner"
    results = tmp_path / "results.jsonl"
    lines = results.read_text().splitlines(keepends=True)
    assert json.loads(lines[0])["kind"] == "run"  # the run's settings, then q01..q05
    results.write_text("".join(lines[:5]) + lines[5][:30])  # killed while writing q05
    calls.clear()
    again = run_gqa(QUESTIONS, GRAPHS, tmp_path, limit=5, planner=planner, progress=False)
    assert calls == [table["q05"]["question"]]
    assert again.correct == first.correct == 5
    calls.clear()
    run_gqa(QUESTIONS, GRAPHS, tmp_path, limit=5, planner=planner, progress=False)
    assert calls == []


def test_a_failing_planner_is_an_error_of_that_question_only(tmp_path):
    def planner(question: str):
        raise ValueError(f"cannot parse {question!r}")

    summary = run_gqa(QUESTIONS, GRAPHS, tmp_path, limit=3, planner=planner, progress=False)
    assert summary.error_kinds == {"planner": 3} and summary.correct == 0


@pytest.mark.parametrize("which", ["questions", "scene graphs"])
def test_missing_and_malformed_files_name_the_file(tmp_path, which):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    args = {"questions": QUESTIONS, "scene graphs": GRAPHS}
    for bad, expected in ((tmp_path / "absent.json", "file not found"), (broken, "is not valid JSON")):
        paths = {**args, which: bad}
        with pytest.raises(BenchInputError, match=f"^GQA {which} file") as raised:
            run_gqa(paths["questions"], paths["scene graphs"], tmp_path / "out", progress=False)
        assert bad.name in str(raised.value) and expected in str(raised.value) and "\n" not in str(raised.value)


def test_a_questions_file_that_is_not_a_dict_is_refused(tmp_path):
    listed = tmp_path / "list.json"
    shutil.copy(GRAPHS, tmp_path / "graphs.json")
    listed.write_text("[1, 2]")
    with pytest.raises(BenchInputError, match="list.json must be a JSON object keyed by id"):
        run_gqa(listed, tmp_path / "graphs.json", tmp_path / "out", progress=False)


def test_unknown_planner_name(tmp_path):
    with pytest.raises(BenchInputError, match="unknown planner 'oracle'"):
        run_gqa(QUESTIONS, GRAPHS, tmp_path, planner="oracle", progress=False)


def test_a_program_missing_a_dependency_is_a_bad_program(tmp_path, question_records):
    question = {
        "question": "What is on it?",
        "answer": "cup",
        "imageId": "img1",
        "semantic": [{"operation": "relate", "argument": "_,on,s (4)", "dependencies": []}],
    }
    path = tmp_path / "questions.json"
    path.write_text(json.dumps({"x1": question}))
    summary = run_gqa(path, GRAPHS, tmp_path / "out", progress=False)
    assert summary.error_kinds == {"bad_program": 1}
    [record] = question_records(tmp_path / "out" / "results.jsonl")
    assert record["reason"].startswith("invalid program: step 0 (relate): takes 1 input(s), got 0")


def test_malformed_gqa_data_is_an_error_naming_the_record(tmp_path, question_records):
    graphs = json.loads(GRAPHS.read_text())
    graphs["img1"]["objects"]["1"]["attributes"] = "red"  # not split into r, e, d
    (tmp_path / "graphs.json").write_text(json.dumps(graphs))
    table = json.loads(QUESTIONS.read_text())
    table["q07"]["semantic"][0] = {"operation": "select", "dependencies": []}  # never silently scene()
    table["q08"]["semantic"][0]["argument"] = " "
    (tmp_path / "questions.json").write_text(json.dumps({k: table[k] for k in ("q01", "q07", "q08", "q09")}))
    summary = run_gqa(tmp_path / "questions.json", tmp_path / "graphs.json", tmp_path / "out", progress=False)
    records = {r["id"]: r for r in question_records(tmp_path / "out" / "results.jsonl")}
    assert (summary.errors, summary.unknown, summary.correct) == (3, 0, 1)
    assert records["q01"]["reason"] == "GQA scene graph img1: object 1: 'attributes' must be a list of words, got 'red'"
    assert records["q07"]["reason"] == "program not convertible: step 0 (select): needs a string 'argument'"
    assert records["q08"]["reason"] == "program not convertible: step 0 (select): empty 'argument'"
