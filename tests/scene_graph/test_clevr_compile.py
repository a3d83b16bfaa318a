"""compile_clevr's one-pass path gives exactly what the step-by-step path and the pydantic Program give."""

from __future__ import annotations

import copy
import json
import pickle
import random
from typing import Any

import pytest

from nsvr.scene_graph import execute
from nsvr.scene_graph.answer import Answer
from nsvr.scene_graph.clevr import (
    ClevrFormatError,
    _compile_checked,
    clevr_steps,
    compile_clevr,
    program_from_clevr,
    run_clevr,
    scene_from_clevr,
)
from nsvr.scene_graph.compiler import CompiledProgram, _answer

SPLITS = ["clevr-mini/train", "clevr-mini/val", "clevr-val0"]


def _load(shared_dir, split: str) -> tuple[list[dict[str, Any]], dict[int, Any]]:
    questions = json.loads((shared_dir / split / "questions.json").read_text())["questions"]
    scenes = json.loads((shared_dir / split / "scenes.json").read_text())["scenes"]
    return questions, {s["image_index"]: scene_from_clevr(s) for s in scenes}


def _compiled(compiled: CompiledProgram) -> tuple[Any, ...]:
    return (
        [(op, list(inputs), dict(arguments)) for op, inputs, arguments in compiled.steps],
        compiled.types,
        compiled.answer_type,
        compiled.problems,
        compiled._evidence_steps,
    )


def _outcome(compile_: Any, program: Any) -> tuple[Any, ...]:
    try:
        return ("compiled", *_compiled(compile_(program)))
    except Exception as error:  # noqa: BLE001 - the outcome is what the test compares
        return ("raised", type(error).__name__, str(error))


@pytest.mark.parametrize("split", SPLITS)
def test_every_released_program_compiles_in_one_pass_to_the_same_program_and_answer(shared_dir, split):
    questions, graphs = _load(shared_dir, split)
    for question in questions:
        program = question["program"]
        fast = _compile_checked(program)
        assert fast is not None, question["question"]  # every released program takes the one-pass path
        assert _compiled(fast) == _compiled(CompiledProgram(clevr_steps(program)))
        assert fast.program == program_from_clevr(program)
        graph = graphs[question["image_index"]]
        answer = compile_clevr(program).run(graph)
        expected = execute(program_from_clevr(program), graph)
        assert answer == expected and answer.evidence == expected.evidence
        assert answer.trace == expected.trace
        once = run_clevr(program, graph)  # checked and run in one pass, compiled only for the trace
        assert once == expected and once.evidence == expected.evidence and once.trace == expected.trace
    copied = pickle.loads(pickle.dumps(compile_clevr(program)))  # a compiled program travels to worker processes
    assert _compiled(copied) == _compiled(compile_clevr(program)) and copied.run(graph) == answer


def _mutated(rng: random.Random, program: list[dict[str, Any]]) -> Any:
    program = copy.deepcopy(program)
    step = rng.choice(program)
    edit = rng.randrange(10)
    if edit == 0:
        step["function"] = rng.choice(["filter_texture", "relate", "count", "query_shape", "teleport", "", 7, None])
    elif edit == 1:
        step["inputs"] = rng.choice([[], [-1], [99], ["0"], [0, 0], None, "0", [1.0], [True], 5, (0,)])
    elif edit == 2:
        step["value_inputs"] = rng.choice([[], ["magenta"], ["red", "blue"], [1], None, "red", [[]], ["x"]])
    elif edit == 3:
        program.insert(rng.randrange(len(program) + 1), rng.choice([{}, [], "scene", {"function": "scene"}]))
    elif edit == 4:
        del program[rng.randrange(len(program))]
    elif edit == 5:
        step.pop(rng.choice(["function", "inputs", "value_inputs"]), None)
    elif edit == 6:  # the older spelling
        step["type"] = step.pop("function", None)
        step["side_inputs"] = step.pop("value_inputs", None)
    elif edit == 7:
        step["inputs"] = list(reversed(step.get("inputs") or []))
    elif edit == 8:
        return rng.choice([[], None, {}, "program", [None]])
    return program


def _answered(program: Any, graph: Any) -> tuple[Any, ...]:
    try:
        answer = run_clevr(program, graph)
    except Exception as error:  # noqa: BLE001 - the outcome is what the test compares
        return ("raised", type(error).__name__, str(error))
    return ("answered", answer, answer.evidence, answer.trace)


def test_malformed_programs_give_what_the_step_by_step_path_gives(shared_dir):
    questions, graphs = _load(shared_dir, "clevr-mini/val")
    rng = random.Random(10)
    fast_taken = 0
    for _ in range(3000):
        question = rng.choice(questions)
        program = _mutated(rng, question["program"])
        expected = _outcome(lambda p: CompiledProgram(clevr_steps(p)), program)
        assert _outcome(compile_clevr, program) == expected, program
        graph = graphs[question["image_index"]]
        if expected[0] == "compiled":
            slow = compile_clevr(program).run(graph)
            assert _answered(program, graph) == ("answered", slow, slow.evidence, slow.trace), program
        else:
            assert _answered(program, graph) == expected, program
        fast_taken += _compile_checked(copy.deepcopy(program)) is not None
    assert 0 < fast_taken < 3000  # both paths were exercised


def test_errors_read_as_before():
    with pytest.raises(ClevrFormatError, match="unknown CLEVR function 'teleport'"):
        compile_clevr([{"function": "teleport", "inputs": [], "value_inputs": []}])
    with pytest.raises(ClevrFormatError, match="filter_color takes one value input, got \\[\\]"):
        compile_clevr([{"function": "scene", "inputs": [], "value_inputs": []}, {"function": "filter_color"}])
    dangling = compile_clevr(
        [{"function": "scene", "inputs": [], "value_inputs": []}, {"function": "count", "inputs": [3]}]
    )
    assert dangling.problems == ["step 1 (count): input 3 does not refer to an earlier step"]
    graph = scene_from_clevr(
        {"objects": [{"color": "red", "shape": "cube", "material": "metal", "size": "large", "3d_coords": [0, 0, 1]}]}
    )
    assert dangling.run(graph).status == "error" and "\n" not in dangling.run(graph).reason
    chartreuse = [
        {"function": "scene", "inputs": [], "value_inputs": []},
        {"function": "filter_color", "inputs": [0], "value_inputs": ["chartreuse"]},
        {"function": "count", "inputs": [1], "value_inputs": []},
    ]
    answer = compile_clevr(chartreuse).run(graph)
    assert answer == execute(program_from_clevr(chartreuse), graph) == run_clevr(chartreuse, graph)
    assert (answer.status, answer.reason) == (
        "unknown",
        "step 1 (filter): the perception cannot tell color 'chartreuse', so it cannot say yes or no",
    )


def test_a_program_that_stops_or_resolves_in_one_pass_answers_as_compiled():
    graph = scene_from_clevr(
        {
            "objects": [
                {"color": "red", "shape": shape, "material": "metal", "size": "large", "3d_coords": [x, 0, 0.7]}
                for x, shape in enumerate(["cube", "cube", "sphere"])
            ]
        }
    )
    step = {"function": "scene", "inputs": [], "value_inputs": []}
    statuses = []
    for shape in ("cube", "sphere", "cylinder"):  # "the cube": two fit; "the sphere": one; "the cylinder": none
        program = [
            step,
            {"function": "filter_shape", "inputs": [0], "value_inputs": [shape]},
            {"function": "unique", "inputs": [1], "value_inputs": []},
            {"function": "query_color", "inputs": [2], "value_inputs": []},
        ]
        expected = compile_clevr(program).run(graph)
        answer = run_clevr(program, graph)
        assert (answer, answer.evidence, answer.trace) == (expected, expected.evidence, expected.trace)
        statuses.append(answer.status)
    assert statuses == ["unknown", "ok", "unknown"]


def test_answers_built_without_validation_equal_validated_ones():
    for value in (3, False, "cube", ["1", "2"], []):
        made = _answer(value, "value", ["0"])
        validated = Answer(value=value, answer_type="value", evidence=["0"])
        assert made == validated and repr(made) == repr(validated) and made.__dict__ == validated.__dict__
        assert made.model_fields_set == validated.model_fields_set
        assert (
            made.model_copy(update={"reason": "x"}).reason == "x"
            and made.model_dump_json() == validated.model_dump_json()
        )
