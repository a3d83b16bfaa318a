"""Random program documents through the benchmark runners: nsvr programs (from a planner), released CLEVR
programs and GQA ``semantic`` programs. Each is answered or is an error of its own question, in one line; the
runners never stop and no Python error (a bug, not bad data) reaches a record."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest

from nsvr.scene_graph.clevr import CLEVR_VALUES, program_from_clevr
from nsvr.scene_graph.program import Program
from nsvr.tasks.clevr import run_clevr
from nsvr.tasks.gqa import run_gqa

GQA_DATA = Path(__file__).resolve().parents[1] / "tasks" / "gqa" / "data"
BUG = re.compile(
    r"^(TypeError|KeyError|AttributeError|IndexError|ZeroDivisionError|RecursionError|AssertionError|"
    r"UnboundLocalError|NameError|OverflowError|StopIteration)\b"
)
NAMES = ["cube", "sphere", "cylinder", "man", "shirt", "table", "cup", "thing", "object", "", "[/x]", "zorp"]
VALUES = [
    "red",
    "gray",
    "large",
    "small",
    "metal",
    "rubber",
    "white",
    "wooden",
    "left",
    "right",
    "behind",
    "front",
    "",
    "magenta",
    "yes",
    "0",
    "[b]",
    "é",
]
JUNK: list[Any] = [None, True, -1, 0, 2**70, 1.5, float("nan"), "", "x", [], {}, [1, "a"], {"a": 1}]


def _schema_steps() -> dict[str, dict[str, Any]]:
    """op -> its properties, read from the program schema (new operations are fuzzed as they come)."""
    schema = Program.model_json_schema()
    return {
        d["properties"]["op"]["const"]: d["properties"]
        for d in schema["$defs"].values()
        if "op" in d.get("properties", {})
    }


def _value(rng: random.Random, spec: dict[str, Any], index: int) -> Any:
    if rng.random() < 0.05:
        return rng.choice(JUNK)
    kind = spec.get("type") or next((t.get("type") for t in spec.get("anyOf", []) if t.get("type") != "null"), None)
    if "enum" in spec:
        return rng.choice(spec["enum"])
    if kind == "array":
        if spec.get("items", {}).get("type") == "integer":
            return [rng.randint(-1, index) for _ in range(rng.choice([0, 1, 1, 2]))]
        return [rng.choice(VALUES + NAMES) for _ in range(rng.randint(0, 3))]
    if kind == "integer":
        return rng.randint(-2, 5)
    if kind == "boolean":
        return rng.random() < 0.5
    return rng.choice(VALUES + NAMES)


def nsvr_program(rng: random.Random, steps: dict[str, dict[str, Any]], real: list[dict[str, Any]]) -> Any:
    """Half the time a real program with a few fields changed (mostly still valid: the executor runs it), else
    random steps from the schema (mostly invalid: validation answers)."""
    if rng.random() < 0.03:
        return rng.choice(JUNK)
    if rng.random() < 0.5:
        document = json.loads(json.dumps(rng.choice(real)))
        for _ in range(rng.randint(1, 3)):
            step = rng.choice(document["steps"])
            field = rng.choice([f for f in step if f not in {"op", "inputs"}] or ["op"])
            if field == "op":
                step["op"] = rng.choice(list(steps))
            elif isinstance(step[field], str) or step[field] is None:
                step[field] = rng.choice(VALUES + NAMES + ["color", "shape", "size", "material", "name"])
            else:
                step[field] = _value(rng, steps.get(step["op"], {}).get(field, {}), 0)
        return document
    document = []
    for index in range(rng.randint(0, 7)):
        op = rng.choice(list(steps)) if rng.random() > 0.02 else "teleport"
        step = {"op": op}
        for field, spec in steps.get(op, {}).items():
            if field != "op" and rng.random() > 0.05:
                step[field] = _value(rng, spec, index)
        document.append(step)
    return {"steps": document}


def clevr_program(rng: random.Random, real: list[list[dict]]) -> Any:
    program = json.loads(json.dumps(rng.choice(real)))
    for _ in range(rng.randint(1, 4)):
        if not program or rng.random() < 0.05:
            return rng.choice(JUNK)
        step = rng.choice([s for s in program if isinstance(s, dict)] or [{}])
        edit = rng.randrange(9)
        if edit >= 6:  # a valid change: another value of the same kind (the program still runs)
            given = [str(v) for v in step.get("value_inputs") or [] if isinstance(v, str)]
            kind = next((k for k, v in CLEVR_VALUES.items() if given and set(given) <= set(v)), None)
            if kind and step.get("value_inputs"):
                step["value_inputs"] = [rng.choice(CLEVR_VALUES[kind])]
            elif str(step.get("function", "")).startswith("query_"):
                step["function"] = "query_" + rng.choice(["color", "shape", "size", "material"])
        elif edit == 0:
            step["function"] = rng.choice(["filter_texture", "relate", "count", "query_shape", "teleport", "", 7])
        elif edit == 1:
            step["inputs"] = rng.choice([[], [-1], [99], ["0"], [0, 0], None, "0"])
        elif edit == 2:
            step["value_inputs"] = rng.choice([[], ["magenta"], [rng.choice(VALUES)], [1], None, "red", [[]]])
        elif edit == 3:
            program.insert(rng.randrange(len(program) + 1), rng.choice(JUNK))
        elif edit == 4:
            del program[rng.randrange(len(program))]
        else:
            step.pop(rng.choice(["function", "inputs", "value_inputs"]), None)
    return program


def gqa_program(rng: random.Random, real: list[list[dict]]) -> Any:
    program = json.loads(json.dumps(rng.choice(real)))
    for _ in range(rng.randint(1, 4)):
        if not program or rng.random() < 0.05:
            return rng.choice(JUNK)
        step = rng.choice([s for s in program if isinstance(s, dict)] or [{}])
        edit = rng.randrange(6)
        if edit == 0:
            step["operation"] = rng.choice(
                [
                    "select",
                    "relate",
                    "filter color",
                    "verify rel",
                    "choose",
                    "query",
                    "same",
                    "common",
                    "exist",
                    "and",
                    "teleport",
                    "",
                    3,
                ]
            )
        elif edit == 1:
            step["argument"] = rng.choice(
                [
                    "",
                    "_",
                    "-",
                    "man (1)",
                    "a,b",
                    "x,to the left of,s (1)",
                    "red|blue",
                    "not(red)",
                    "(",
                    ")",
                    "[/x]",
                    None,
                    5,
                ]
            )
        elif edit == 2:
            step["dependencies"] = rng.choice([[], [-1], [99], [0, 0], ["0"], None, "0"])
        elif edit == 3:
            program.insert(rng.randrange(len(program) + 1), rng.choice(JUNK))
        elif edit == 4:
            del program[rng.randrange(len(program))]
        else:
            step.pop(rng.choice(["operation", "argument", "dependencies"]), None)
    return program


def _check_records(path: Path, count: int, question_records) -> list[dict]:
    records = question_records(path)
    assert len(records) == count == len({r["id"] for r in records})
    for record in records:
        assert record["status"] in {"ok", "unknown", "error"}
        reason = str(record.get("reason") or "")
        assert "\n" not in reason, record
        assert not BUG.match(reason), record  # a Python error is nsvr's bug, not the data's
    return records


def _check_stderr(err: str) -> None:
    for line in err.splitlines():
        assert line.startswith(("error ", "warning: ", "resuming: ")) and " question " in line, line


@pytest.mark.parametrize("count", [1000, pytest.param(5000, marks=pytest.mark.slow)])
def test_random_program_documents(count, rng, shared_dir, tmp_path, capsys, question_records):
    root = shared_dir / "clevr-val0"
    clevr = json.loads((root / "questions.json").read_text())["questions"]
    gqa_questions = json.loads((GQA_DATA / "questions.json").read_text())
    gqa_real = [q["semantic"] for q in gqa_questions.values() if isinstance(q, dict)]
    steps = _schema_steps()
    shares = {"nsvr": count * 4 // 10, "clevr": count * 3 // 10}
    shares["gqa"] = count - shares["nsvr"] - shares["clevr"]

    converted = [program_from_clevr(q["program"]).model_dump(mode="json") for q in clevr]
    documents = {f"q{k}": nsvr_program(rng, steps, converted) for k in range(shares["nsvr"])}
    questions = [{**clevr[k % len(clevr)], "question": f"q{k}", "question_index": k} for k in range(shares["nsvr"])]
    (tmp_path / "nsvr.json").write_text(json.dumps({"questions": questions}))

    def planner(question: str) -> Program:
        return Program.model_validate(documents[question])

    run_clevr(tmp_path / "nsvr.json", root / "scenes.json", tmp_path / "nsvr", planner=planner, progress=False)
    records = _check_records(tmp_path / "nsvr" / "results.jsonl", shares["nsvr"], question_records)
    assert sum(r["status"] != "error" for r in records) > shares["nsvr"] // 10  # many reach the executor
    _check_stderr(capsys.readouterr().err)

    real_clevr = [q["program"] for q in clevr]
    mutated = [
        {**clevr[k % len(clevr)], "program": clevr_program(rng, real_clevr), "question_index": k}
        for k in range(shares["clevr"])
    ]
    (tmp_path / "clevr.json").write_text(json.dumps({"questions": mutated}, default=str))
    run_clevr(tmp_path / "clevr.json", root / "scenes.json", tmp_path / "clevr", progress=False)
    records = _check_records(tmp_path / "clevr" / "results.jsonl", shares["clevr"], question_records)
    assert sum(r["status"] == "error" for r in records) > shares["clevr"] // 10
    assert sum(r["status"] != "error" for r in records) > shares["clevr"] // 10
    _check_stderr(capsys.readouterr().err)

    bases = [
        q
        for q in gqa_questions.values()
        if isinstance(q, dict) and q["imageId"] in {"img1", "img2"} and q.get("isBalanced") is not False
    ]
    table = {f"g{k}": {**bases[k % len(bases)], "semantic": gqa_program(rng, gqa_real)} for k in range(shares["gqa"])}
    (tmp_path / "gqa.json").write_text(json.dumps(table, default=str))
    run_gqa(tmp_path / "gqa.json", GQA_DATA / "scene_graphs.json", tmp_path / "gqa", progress=False)
    _check_records(tmp_path / "gqa" / "results.jsonl", shares["gqa"], question_records)
    _check_stderr(capsys.readouterr().err)
