"""The planner's prompt (language, tools, domain, examples) and how replies are read back into programs."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from nsvr.agent.llm.prompts import (
    EXAMPLES,
    describe_validation_error,
    extract_json_object,
    operation_catalogue,
    parse_program_reply,
    plan_messages,
    program_to_json,
    repair_message,
    system_prompt,
)
from nsvr.agent.llm.schema import ARGUMENT_ORDER, planning_schema
from nsvr.agent.planner_base import PlanContext
from nsvr.scene_graph.program import CLEVR_ONTOLOGY, SIGNATURES, Program, validate_program

VALID = '{"steps": [{"op": "select", "name": "cube"}, {"op": "count", "inputs": [0]}]}'


def test_the_examples_are_valid_programs_that_round_trip_through_their_json():
    for question, program in EXAMPLES:
        assert validate_program(program) == [], question
        assert Program.model_validate_json(program_to_json(program)) == program


def test_the_examples_cover_every_program_shape():
    ops = {step.op for _, program in EXAMPLES for step in program.steps}
    shapes = {"scene", "filter", "unique", "relate", "same_attribute", "union", "difference", "ordinal", "not"}
    assert shapes | {"greater_than", "same", "choose", "verify", "compare", "query", "exist", "count"} <= ops
    things = next(p for q, p in EXAMPLES if q == "Count the rubber things.")
    assert [s.op for s in things.steps] == ["scene", "filter", "count"]  # attribute words are filters


def test_the_schema_keys_follow_the_examples_order_so_a_grammar_can_finish_them():
    for _, program in EXAMPLES:
        for step in json.loads(program_to_json(program))["steps"]:
            (schema,) = [s for s in planning_schema()["properties"]["steps"]["items"]["anyOf"]
                         if s["properties"]["op"]["const"] == step["op"]]  # fmt: skip
            order = list(schema["properties"])
            assert list(step) == sorted(step, key=order.index), step
            assert set(schema["required"]) <= set(step)
            assert list(step)[2:] == sorted(list(step)[2:], key=ARGUMENT_ORDER.index)  # the decoding schema's order
            assert list(step)[:2] == ["op", "inputs"]


def test_the_prompt_fits_a_4k_context_with_room_to_answer():
    prompt = system_prompt(PlanContext(ontology=CLEVR_ONTOLOGY, facts=["weather"]))
    assert len(prompt) / 3.2 + 512 < 4096  # about 3.5 characters a token for this text; 3.2 to be safe


def test_the_ontology_check_accepts_what_the_executor_accepts():
    context = PlanContext(ontology=CLEVR_ONTOLOGY)
    reply = (
        '{"steps": [{"op": "select", "inputs": [], "name": "ball"}, {"op": "filter", "inputs": [0], '
        '"attribute": "material", "value": "matte"}, {"op": "filter", "inputs": [1], "attribute": "size", '
        '"value": "big"}, {"op": "count", "inputs": [2]}]}'
    )
    assert parse_program_reply(reply, context)[1] == []
    bad = reply.replace('"ball"', '"dog"').replace('"matte"', '"wooden"')
    errors = parse_program_reply(bad, context)[1]
    assert any("unknown object name 'dog'" in e for e in errors) and any("'wooden'" in e for e in errors)


def test_the_catalogue_lists_every_operation_with_its_types():
    catalogue = operation_catalogue().splitlines()
    assert [line.split("(")[0][2:] for line in catalogue] == list(SIGNATURES)
    assert any(line.startswith("- count() | inputs: 1 (objects) -> number") for line in catalogue)
    assert any("by: Literal['left', 'right'" in line and "index: int = 1" in line for line in catalogue)


def test_the_system_prompt_carries_schema_tools_ontology_facts_and_examples():
    context = PlanContext(ontology=CLEVR_ONTOLOGY, tools={"yolo": "detects 80 COCO object names"}, facts=["weather"])
    prompt = system_prompt(context, include_schema=True)
    assert '"additionalProperties"' in prompt and "- yolo: detects 80 COCO object names" in prompt
    assert "- color: gray, red, blue" in prompt and "- object names: cube, sphere, cylinder" in prompt
    assert "weather" in prompt
    for question, program in EXAMPLES:
        assert f"Q: {question}\nA: {program_to_json(program)}" in prompt
    assert '"additionalProperties"' not in system_prompt(context)
    messages = plan_messages("  How many cubes?  ", context)
    assert [m.role for m in messages] == ["system", "user"] and messages[1].content == "Q: How many cubes?\nA:"


def test_the_repair_message_lists_each_problem():
    message = repair_message(["step 1 (count): input 5 does not refer to an earlier step", "second"])
    assert message.role == "user"
    assert "- step 1 (count): input 5 does not refer to an earlier step\n- second\n" in message.content


@pytest.mark.parametrize(
    "reply",
    [
        VALID,
        f"```json\n{VALID}\n```",
        f"Sure! Here is the program:\n{VALID}\nHope it helps {{not json}}",
        '{"program": ' + VALID + "}",
        json.dumps(json.loads(VALID)["steps"]),
        'The answer {"note": 1} is: ' + VALID,
    ],
)
def test_replies_with_prose_fences_wrappers_or_a_bare_step_list_parse(reply):
    program, errors = parse_program_reply(reply)
    assert errors == []
    assert program.pretty() == "0 select(name=cube)\n1 count[0]()"


def test_unparsable_replies_say_what_is_wrong():
    assert parse_program_reply("There are 3 cubes.") == (
        None,
        ['the reply contains no JSON object; reply with one JSON object {"steps": [...]}'],
    )
    program, errors = parse_program_reply('{"steps": [{"op": "select", "name": "cube"}, {"op": "cou')
    assert program is None and errors[0].startswith("the reply is not valid JSON: ")
    assert extract_json_object('{"answer": 3}') == {"answer": 3}
    assert parse_program_reply('{"answer": 3}')[1] == [
        "program: steps: Field required",
        "program: answer: Extra inputs are not permitted",
    ]


def test_schema_errors_name_the_step_the_op_and_the_field():
    program, errors = parse_program_reply('{"steps": [{"op": "select"}, {"op": "fly", "inputs": [0]}]}')
    assert program is None
    assert errors[0] == "step 0 (select): name: Field required"
    assert errors[1].startswith("step 1: Input tag 'fly' found using 'op' does not match any of the expected tags")
    with pytest.raises(ValidationError) as caught:
        Program.model_validate({"steps": [{"op": "filter", "inputs": [0], "value": "red"}]})
    assert describe_validation_error(caught.value) == ["step 0 (filter): attribute: Field required"]


def test_program_level_and_ontology_errors_come_from_validate_program():
    reply = (
        '{"steps": [{"op": "select", "name": "cube"}, {"op": "filter", "inputs": [0], "attribute": "color", '
        '"value": "pink"}, {"op": "count", "inputs": [5]}]}'
    )
    program, errors = parse_program_reply(reply, PlanContext(ontology=CLEVR_ONTOLOGY))
    assert program is not None
    assert "step 2 (count): input 5 does not refer to an earlier step" in errors
    assert any("unknown color value 'pink'" in e for e in errors)
    assert parse_program_reply(reply)[1] == ["step 2 (count): input 5 does not refer to an earlier step"]
