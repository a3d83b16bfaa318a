"""What the LLM planner tells the model (the program language, the tools, worked examples) and how it reads
the reply back into a :class:`~nsvr.scene_graph.program.Program`.

>>> program, errors = parse_program_reply('Here it is:\\n```json\\n{"steps": [{"op": "scene"}, '
...                                       '{"op": "count", "inputs": [0]}]}\\n```')
>>> errors, program.pretty()
([], '0 scene()\\n1 count[0]()')
>>> parse_program_reply("I cannot do that.")[1]
['the reply contains no JSON object; reply with one JSON object {"steps": [...]}']
"""

from __future__ import annotations

import json
import re
import typing
from typing import Any

from pydantic import ValidationError

from nsvr.agent.llm.base import ChatMessage
from nsvr.agent.planner_base import PlanContext
from nsvr.scene_graph.program import (
    SIGNATURES,
    Compare,
    Count,
    Exist,
    Filter,
    GreaterThan,
    Program,
    Query,
    Relate,
    Same,
    Select,
    Step,
    Unique,
    program_json_schema,
    validate_program,
)

_STEP_CLASSES: tuple[type, ...] = typing.get_args(typing.get_args(Step)[0])
_UNDOCUMENTED = {
    "union": "Objects in either input set.",
    "intersect": "Objects in both input sets.",
    "count": "How many objects the input set holds.",
    "exist": "Whether the input set is not empty.",
    "less_than": "Whether the first number is smaller than the second.",
    "greater_than": "Whether the first number is larger than the second.",
    "add": "The sum of two numbers.",
    "and": "Whether both inputs are true.",
    "or": "Whether either input is true.",
    "not": "The negation of the input.",
}

EXAMPLES: list[tuple[str, Program]] = [
    (
        "How many red cubes are there?",
        Program(steps=[Select(name="cube"), Filter(inputs=[0], attribute="color", value="red"), Count(inputs=[1])]),
    ),
    (
        "What color is the mug to the left of the laptop?",
        Program(
            steps=[
                Select(name="laptop"),
                Unique(inputs=[0]),
                Relate(inputs=[1], predicate="left", name="mug"),
                Unique(inputs=[2]),
                Query(inputs=[3], attribute="color"),
            ]
        ),
    ),
    (
        "Is there a person holding an umbrella?",
        Program(
            steps=[Select(name="umbrella"), Relate(inputs=[0], predicate="holding", name="person"), Exist(inputs=[1])]
        ),
    ),
    (
        "Are there more cups than plates?",
        Program(
            steps=[
                Select(name="cup"),
                Count(inputs=[0]),
                Select(name="plate"),
                Count(inputs=[2]),
                GreaterThan(inputs=[1, 3]),
            ]
        ),
    ),
    (
        "Is the large sphere the same color as the cylinder?",
        Program(
            steps=[
                Select(name="sphere"),
                Filter(inputs=[0], attribute="size", value="large"),
                Unique(inputs=[1]),
                Select(name="cylinder"),
                Unique(inputs=[3]),
                Same(inputs=[2, 4], attribute="color"),
            ]
        ),
    ),
    (
        "Which is bigger, the dog or the cat?",
        Program(
            steps=[
                Select(name="dog"),
                Unique(inputs=[0]),
                Select(name="cat"),
                Unique(inputs=[2]),
                Compare(inputs=[1, 3], comparative="bigger"),
            ]
        ),
    ),
]
"""Worked question -> program pairs shown to the model (each valid under :func:`validate_program`)."""


def program_to_json(program: Program) -> str:
    """A compact JSON rendering: every step's ``op`` and ``inputs``, other arguments only when not default.

    >>> from nsvr.scene_graph.program import Scene
    >>> program_to_json(Program(steps=[Scene(), Count(inputs=[0])]))
    '{"steps": [{"op": "scene", "inputs": []}, {"op": "count", "inputs": [0]}]}'
    """
    steps = [{"op": s.op, "inputs": list(s.inputs), **s.arguments()} for s in program.steps]
    return json.dumps({"steps": steps})


def _type_name(annotation: Any) -> str:
    if isinstance(annotation, type):
        return annotation.__name__
    return str(annotation).replace("typing.", "").replace("NoneType", "null").replace("None", "null")


def operation_catalogue() -> str:
    """One line per op: its arguments, how many inputs of which type, what it outputs, what it does."""
    lines = []
    for cls in _STEP_CLASSES:
        op = cls.model_fields["op"].default
        arities, input_types, output = SIGNATURES[op]
        arguments = []
        for name, field in cls.model_fields.items():
            if name in ("op", "inputs"):
                continue
            text = f"{name}: {_type_name(field.annotation)}"
            if not field.is_required():
                default = field.get_default(call_default_factory=True)
                text += f" = {json.dumps(default)}"
            arguments.append(text)
        count = " or ".join(str(a) for a in arities)
        kinds = ", ".join(dict.fromkeys(input_types)) or "-"
        if len(input_types) > max(arities):
            kinds = "two values of one type"
        doc = " ".join((cls.__doc__ or _UNDOCUMENTED.get(op, "")).replace("``", "").split())
        signature = f"{op}({', '.join(arguments)})"
        lines.append(f"- {signature} | inputs: {count} ({kinds}) -> {output} | {doc}")
    return "\n".join(lines)


def system_prompt(context: PlanContext | None = None, *, include_schema: bool = True) -> str:
    """The instructions: the language, its operations, the domain, the JSON Schema, the examples."""
    context = context or PlanContext()
    parts = [
        "You translate a question about an image into a program. The program runs on the image's scene graph: "
        "objects with a name, attributes (color, size, material, ...), a box and a detection score, and "
        "relations between objects (left, right, front, behind, above, below, near, inside, on, holding, ...).",
        'Reply with ONE JSON object {"steps": [...]} and nothing else. Each step is {"op": ..., "inputs": '
        "[indices of earlier steps], ...arguments}; step i may only read steps before i; the last step's output "
        "is the answer. Output types: objects (a set), object (exactly one), number, bool, value (a word).",
        "Operations (signature | inputs -> output | meaning):\n" + operation_catalogue(),
    ]
    if context.tools:
        tools = "\n".join(f"- {name}: {what}" for name, what in context.tools.items())
        parts.append("Perception tools that build the scene graph before the program runs:\n" + tools)
    ontology = context.ontology
    if ontology is not None:
        known = [f"- {attribute}: {', '.join(values)}" for attribute, values in ontology.attributes.items()]
        if ontology.names is not None:
            known.append(f"- object names: {', '.join(ontology.names)}")
        parts.append("Use only these attribute values and names:\n" + "\n".join(known))
    if context.facts:
        parts.append(f"Scene facts a query can read (query with no object input): {', '.join(context.facts)}")
    if include_schema:
        parts.append("JSON Schema of the reply:\n" + json.dumps(program_json_schema(), separators=(",", ":")))
    examples = "\n".join(f"Q: {question}\nA: {program_to_json(program)}" for question, program in EXAMPLES)
    parts.append("Examples:\n" + examples)
    return "\n\n".join(parts)


def plan_messages(question: str, context: PlanContext | None = None, *, include_schema: bool = True) -> list:
    """The first request: the system prompt and the question."""
    return [
        ChatMessage(role="system", content=system_prompt(context, include_schema=include_schema)),
        ChatMessage(role="user", content=f"Q: {question.strip()}\nA:"),
    ]


def repair_message(errors: list[str]) -> ChatMessage:
    """The follow-up that feeds the problems of the last reply back to the model."""
    problems = "\n".join(f"- {e}" for e in errors)
    return ChatMessage(
        role="user",
        content=f"That program is not valid:\n{problems}\nReply with the corrected program as one JSON object only.",
    )


_OPEN = re.compile(r"[{\[]")


def extract_json_object(text: str) -> dict[str, Any]:
    """The first JSON object in ``text`` with a ``steps`` key (prose and code fences around it are ignored; a
    bare list of steps counts; a ``{"program": {...}}`` wrapper is removed). Raises ``ValueError`` saying
    what is wrong.

    >>> extract_json_object('Answer: [{"op": "scene"}]')
    {'steps': [{'op': 'scene'}]}
    """
    decoder = json.JSONDecoder()
    first_error: str | None = None
    first_object: dict[str, Any] | None = None
    for match in _OPEN.finditer(text):
        try:
            found, _ = decoder.raw_decode(text, match.start())
        except json.JSONDecodeError as error:
            first_error = first_error or f"the reply is not valid JSON: {error.msg} at character {error.pos}"
            continue
        if isinstance(found, dict) and isinstance(found.get("program"), dict) and len(found) == 1:
            found = found["program"]
        if isinstance(found, list) and found and all(isinstance(s, dict) and "op" in s for s in found):
            found = {"steps": found}
        if isinstance(found, dict) and "steps" in found:
            return found
        if isinstance(found, dict) and first_object is None:
            first_object = found
    if first_error is not None:
        raise ValueError(first_error)
    if first_object is not None:
        return first_object
    raise ValueError('the reply contains no JSON object; reply with one JSON object {"steps": [...]}')


def describe_validation_error(error: ValidationError) -> list[str]:
    """Pydantic's errors as lines a model can act on ("step 1 (filter): value: Field required")."""
    lines = []
    for problem in error.errors():
        loc = list(problem["loc"])
        where = "program"
        if len(loc) >= 2 and loc[0] == "steps" and isinstance(loc[1], int):
            where = f"step {loc[1]}"
            loc = loc[2:]
            if loc and isinstance(loc[0], str) and loc[0] in SIGNATURES:
                where += f" ({loc.pop(0)})"
        field = ".".join(str(p) for p in loc)
        lines.append(f"{where}: {field + ': ' if field else ''}{problem['msg']}")
    return lines


def parse_program_reply(text: str, context: PlanContext | None = None) -> tuple[Program | None, list[str]]:
    """The program in an LLM reply and the problems found (empty when valid under the context's ontology)."""
    try:
        data = extract_json_object(text)
    except ValueError as error:
        return None, [str(error)]
    try:
        program = Program.model_validate(data)
    except ValidationError as error:
        return None, describe_validation_error(error)
    ontology = context.ontology if context is not None else None
    return program, validate_program(program, ontology)
