from __future__ import annotations

import pytest
from pydantic import ValidationError

from nsvr.scene_graph.program import (
    CLEVR_ONTOLOGY,
    Count,
    Equal,
    Exist,
    Filter,
    GreaterThan,
    Program,
    Query,
    Relate,
    Scene,
    Unique,
    program_json_schema,
    validate_program,
)


def test_valid_program_has_no_problems():
    program = Program(
        steps=[
            Scene(),
            Filter(inputs=[0], attribute="color", value="red"),
            Unique(inputs=[1]),
            Relate(inputs=[2], predicate="left"),
            Count(inputs=[3]),
        ]
    )
    assert validate_program(program, CLEVR_ONTOLOGY) == []
    assert program.answer_type() == "number"


def test_forward_reference_is_reported():
    program = Program(steps=[Scene(), Count(inputs=[5])])
    assert validate_program(program) == ["step 1 (count): input 5 does not refer to an earlier step"]


def test_wrong_input_type_is_reported():
    program = Program(steps=[Scene(), Count(inputs=[0]), Exist(inputs=[1])])
    assert validate_program(program) == ["step 2 (exist): input 0 must be objects, step 1 gives number"]


def test_wrong_arity_is_reported():
    program = Program(steps=[Scene(), GreaterThan(inputs=[0])])
    assert "takes 2 input(s), got 1" in validate_program(program)[0]


def test_comparing_a_number_with_a_value_is_reported():
    program = Program(
        steps=[
            Scene(),
            Count(inputs=[0]),
            Unique(inputs=[0]),
            Query(inputs=[2], attribute="color"),
            Equal(inputs=[1, 3]),
        ]
    )
    assert validate_program(program) == ["step 4 (equal): cannot compare number with value"]


def test_ontology_rejects_unknown_values_and_attributes():
    program = Program(
        steps=[
            Scene(),
            Filter(inputs=[0], attribute="color", value="pink"),
            Filter(inputs=[1], attribute="smell", value="nice"),
            Count(inputs=[2]),
        ]
    )
    problems = validate_program(program, CLEVR_ONTOLOGY)
    assert any("unknown color value 'pink'" in p for p in problems)
    assert any("unknown attribute 'smell'" in p for p in problems)


def test_programs_are_data_parsed_from_json():
    text = '{"steps": [{"op": "scene"}, {"op": "count", "inputs": [0]}]}'
    program = Program.model_validate_json(text)
    assert isinstance(program.steps[1], Count)
    with pytest.raises(ValidationError):
        Program.model_validate_json('{"steps": [{"op": "exec", "code": "print(1)"}]}')
    with pytest.raises(ValidationError):
        Program.model_validate_json('{"steps": []}')


def test_schema_lists_every_operation():
    schema = program_json_schema()
    ops = {d["properties"]["op"]["const"] for d in schema["$defs"].values() if "op" in d.get("properties", {})}
    assert {"scene", "filter", "relate", "count", "verify_relation", "choose", "subtract", "ordinal"} <= ops


def test_pretty_prints_one_line_per_step():
    program = Program(steps=[Scene(), Relate(inputs=[0], predicate="wearing", role="object", name="hat")])
    assert program.pretty().splitlines() == ["0 scene()", "1 relate[0](predicate=wearing, role=object, name=hat)"]
