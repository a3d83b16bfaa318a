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
from nsvr.agent.planner_base import PlanContext
from nsvr.scene_graph.program import CLEVR_ONTOLOGY, SIGNATURES, Program, validate_program

VALID = '{"steps": [{"op": "select", "name": "cube"}, {"op": "count", "inputs": [0]}]}'


def test_the_examples_are_valid_programs_that_round_trip_through_their_json():
    assert 4 <= len(EXAMPLES) <= 6
    for question, program in EXAMPLES:
        assert validate_program(program) == [], question
        assert Program.model_validate_json(program_to_json(program)) == program


def test_the_catalogue_lists_every_operation_with_its_types():
    catalogue = operation_catalogue().splitlines()
    assert [line.split("(")[0][2:] for line in catalogue] == list(SIGNATURES)
    assert any(line.startswith("- count() | inputs: 1 (objects) -> number") for line in catalogue)
    assert any("by: Literal['left', 'right'" in line and "index: int = 1" in line for line in catalogue)


def test_the_system_prompt_carries_schema_tools_ontology_facts_and_examples():
    context = PlanContext(ontology=CLEVR_ONTOLOGY, tools={"yolo": "detects 80 COCO object names"}, facts=["weather"])
    prompt = system_prompt(context)
    assert '"discriminator"' in prompt and "- yolo: detects 80 COCO object names" in prompt
    assert "- color: gray, red, blue" in prompt and "- object names: cube, sphere, cylinder" in prompt
    assert "weather" in prompt
    for question, program in EXAMPLES:
        assert f"Q: {question}\nA: {program_to_json(program)}" in prompt
    assert '"discriminator"' not in system_prompt(context, include_schema=False)
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
