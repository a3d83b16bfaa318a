"""The JSON Schema the LLM planner constrains decoding with, and the ontology check of its programs.

The schema lists each step's keys in the order the prompt's examples write them (``op``, ``inputs``, then the
arguments), because a grammar derived from a schema (llama.cpp's) fixes the key order: a schema whose order
differs from the examples makes a model that follows the examples produce steps the grammar cannot finish.

>>> list(planning_schema()["properties"]["steps"]["items"]["anyOf"][0]["properties"])
['op', 'inputs']
"""

from __future__ import annotations

import typing
from functools import lru_cache
from typing import Any

from nsvr.scene_graph.names import name_matches, same_value
from nsvr.scene_graph.program import Choose, Filter, Ontology, Program, Step, Verify

STEP_CLASSES: tuple[type, ...] = typing.get_args(typing.get_args(Step)[0])
_JSON_TYPES = {str: {"type": "string"}, int: {"type": "integer"}, bool: {"type": "boolean"}}


def _field_schema(annotation: Any) -> dict:
    args = typing.get_args(annotation)
    origin = typing.get_origin(annotation)
    if annotation in _JSON_TYPES:
        return dict(_JSON_TYPES[annotation])
    if origin is typing.Literal:
        return {"enum": list(args)}
    if origin is list:
        return {"type": "array", "items": _field_schema(args[0])}
    if type(None) in args:  # X | None
        inner = [a for a in args if a is not type(None)]
        return {"anyOf": [_field_schema(inner[0]), {"type": "null"}]}
    return {}


def step_schema(cls: type) -> dict:
    """One step: ``op`` (a constant), ``inputs``, then the arguments, in the examples' order."""
    op = cls.model_fields["op"].default
    properties: dict[str, dict] = {"op": {"const": op}, "inputs": {"type": "array", "items": {"type": "integer"}}}
    required = ["op", "inputs"]
    for name, field in cls.model_fields.items():
        if name in ("op", "inputs"):
            continue
        properties[name] = _field_schema(field.annotation)
        if field.is_required():
            required.append(name)
    return {"type": "object", "properties": properties, "required": required, "additionalProperties": False}


@lru_cache(maxsize=1)
def planning_schema() -> dict:
    """``{"steps": [step, ...]}`` with every step kind (see the module docstring for why not pydantic's)."""
    steps = {"type": "array", "minItems": 1, "items": {"anyOf": [step_schema(c) for c in STEP_CLASSES]}}
    return {
        "title": "Program",
        "type": "object",
        "properties": {"steps": steps},
        "required": ["steps"],
        "additionalProperties": False,
    }


ARGUMENT_ORDER = ("predicate", "predicates", "role", "name", "attribute", "value", "negate", "options", "by",
                  "index", "comparative", "attributes")  # fmt: skip
"""One key order that every step's arguments follow (each step class lists its fields in this order)."""


@lru_cache(maxsize=1)
def decoding_schema() -> dict:
    """A lighter schema for constrained decoding: one step shape (``op`` from the list of operations, ``inputs``,
    then any argument, in :data:`ARGUMENT_ORDER`) instead of one per operation. A grammar built from it has far
    fewer branches, so a local model decodes several times faster; pydantic still checks each step's arguments
    (a wrong one is sent back for repair)."""
    fields: dict[str, Any] = {}
    for cls in STEP_CLASSES:
        for name, field in cls.model_fields.items():
            if name in ARGUMENT_ORDER:
                fields.setdefault(name, []).append(_field_schema(field.annotation))
    properties: dict[str, dict] = {
        "op": {"enum": [c.model_fields["op"].default for c in STEP_CLASSES]},
        "inputs": {"type": "array", "items": {"type": "integer"}},
    }
    for name in ARGUMENT_ORDER:
        variants = [v for i, v in enumerate(fields[name]) if v not in fields[name][:i]]
        nullable = any("anyOf" in v for v in variants)  # str | None somewhere: one "string or null"
        properties[name] = _field_schema(str | None) if nullable else variants[0]
    step = {"type": "object", "properties": properties, "required": ["op", "inputs"], "additionalProperties": False}
    return {
        "title": "Program",
        "type": "object",
        "properties": {"steps": {"type": "array", "minItems": 1, "items": step}},
        "required": ["steps"],
        "additionalProperties": False,
    }


def ontology_problems(program: Program, ontology: Ontology | None) -> list[str]:
    """Values and names the domain does not have, accepting what the executor accepts: synonyms ("matte" is
    rubber, "ball" a sphere), generic words ("thing") and kinds ("person" covers "man").

    >>> from nsvr.scene_graph.program import CLEVR_ONTOLOGY, Scene
    >>> ontology_problems(Program(steps=[Scene(), Filter(inputs=[0], attribute="material", value="matte")]),
    ...                   CLEVR_ONTOLOGY)
    []
    """
    if ontology is None:
        return []
    problems = []
    for index, step in enumerate(program.steps):
        attribute = getattr(step, "attribute", None)
        values = (
            [step.value]
            if isinstance(step, Filter | Verify)
            else list(step.options)
            if isinstance(step, Choose)
            else []
        )
        names = [getattr(step, "name", None)] if attribute is None and not values else []
        if attribute == "name":
            names, values = values, []
        if attribute is not None and attribute != "name" and attribute not in ontology.attributes:
            if not ontology.open_attributes:
                problems.append(f"step {index} ({step.op}): unknown attribute {attribute!r} "
                                f"(known: {', '.join(ontology.attributes)})")  # fmt: skip
            continue
        allowed = ontology.attributes.get(attribute or "")
        if allowed is not None:
            problems.extend(
                f"step {index} ({step.op}): unknown {attribute} value {v!r} (known: {', '.join(allowed)})"
                for v in values
                if not any(same_value(v, a) for a in allowed)
            )
        if ontology.names is not None:
            problems.extend(
                f"step {index} ({step.op}): unknown object name {n!r} (known: {', '.join(ontology.names)})"
                for n in names
                if n and not any(name_matches(n, known) or name_matches(known, n) for known in ontology.names)
            )
    return problems
