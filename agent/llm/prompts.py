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
from typing import Any

from pydantic import ValidationError

from nsvr.agent.llm.base import ChatMessage
from nsvr.agent.llm.notation import CALLS as NOTATION_CALLS
from nsvr.agent.llm.notation import GoldNotationError, compile_gold
from nsvr.agent.llm.schema import STEP_CLASSES, ontology_problems, planning_schema
from nsvr.agent.planner_base import PlanContext
from nsvr.scene_graph.program import SIGNATURES, Program, validate_program

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

EXAMPLE_NOTATION: list[tuple[str, str]] = [
    ("How many red cubes are there?", "count(f(sel(cube), color=red))"),
    ("Count the rubber things.", "count(f(scene(), material=rubber))"),
    ("What color is the mug to the left of the laptop?", "q(u(inter(rel(u(sel(laptop)), left), sel(mug))), color)"),
    ("Is there a person holding an umbrella?", "exist(rel(sel(umbrella), holding, name=person))"),
    ("What is the man wearing?", "q(u(rel(u(sel(man)), wearing, role=object)), name)"),
    ("Are there more cups than plates?", "gt(count(sel(cup)), count(sel(plate)))"),
    ("Are there at least two dogs?", "not_(lt(count(sel(dog)), num(2)))"),
    ("Is the large sphere the same color as the cylinder?",
     "same(u(f(sel(sphere), size=large)), u(sel(cylinder)), color)"),
    ("How many other things are the same size as the red ball?",
     "count(same_attr(u(f(sel(sphere), color=red)), size))"),
    ("How many things are cubes or small spheres?", "count(union(sel(cube), f(sel(sphere), size=small)))"),
    ("Is there no cat?", "not_(exist(sel(cat)))"),
    ("How many objects other than the blue cube are there?", "count(diff(scene(), u(f(sel(cube), color=blue))))"),
    ("Is the cup red or blue?", "choose(u(sel(cup)), color, [red, blue])"),
    ("What color is the leftmost car?", "q(ord(sel(car), left, 1), color)"),
    ("Does the sign say stop?", "verify(u(sel(sign)), text, stop)"),
    ("Where is the red triangle?", "where(u(f(sel(triangle), color=red)))"),
    ("Which is bigger, the dog or the cat?", "compare(u(sel(dog)), u(sel(cat)), bigger)"),
]  # fmt: skip
EXAMPLES: list[tuple[str, Program]] = [(question, compile_gold(gold)) for question, gold in EXAMPLE_NOTATION]
"""Worked question -> program pairs shown to the model (each valid under :func:`validate_program`)."""


def program_to_json(program: Program) -> str:
    """A compact JSON rendering: every step's ``op`` and ``inputs``, other arguments only when not default.

    >>> from nsvr.scene_graph.program import Count, Scene
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
    """One line per op: its arguments, how many inputs of which type, what it outputs, what it does (the first
    sentence of its documentation)."""
    lines = []
    for cls in STEP_CLASSES:
        op = cls.model_fields["op"].default
        arities, input_types, output = SIGNATURES[op]
        arguments = []
        for name, field in cls.model_fields.items():
            if name in ("op", "inputs"):
                continue
            text = f"{name}: {_type_name(field.annotation)}"
            if not field.is_required():
                default = field.get_default(call_default_factory=True)
                if default not in (False, None):  # an unset flag or option goes without saying
                    text += f" = {json.dumps(default)}"
                else:
                    text += "?"
            arguments.append(text)
        count = " or ".join(str(a) for a in arities)
        kinds = ", ".join(dict.fromkeys(input_types)) or "-"
        if len(input_types) > max(arities):
            kinds = "two values of one type"
        doc = " ".join((cls.__doc__ or _UNDOCUMENTED.get(op, "")).replace("``", "").split())
        doc = doc.split(". ")[0].rstrip(".")
        lines.append(f"- {op}({', '.join(arguments)}) | inputs: {count} ({kinds}) -> {output} | {doc}")
    return "\n".join(lines)


RULES = (
    "Rules: a noun becomes select(name=singular noun); generic words (thing, object, item, one, shape) become "
    "scene. Adjectives (red, big, rubber, shiny ...) become filter steps with their attribute, never object "
    "names. A description of one object (the X) ends with unique. relate(predicate=left|right|front|behind|"
    "above|below|near|on|holding ...) from the anchor gives the objects left/right/... of it. Count comparisons "
    "count both sides. Reply with the program only."
)


def system_prompt(context: PlanContext | None = None, *, include_schema: bool = False) -> str:
    """The instructions: the language, its operations, the rules, the domain, (the JSON Schema), the examples."""
    context = context or PlanContext()
    parts = [
        "You translate a question about an image into a program over the image's scene graph: objects with a "
        "name, attributes (color, size, material, shape ...), a box, and relations.",
        'Reply with ONE JSON object {"steps": [...]}. Each step is {"op": ..., "inputs": [indices of earlier '
        "steps], ...arguments}; the last step's output is the answer. Types: objects (a set), object (exactly "
        "one), number, bool, value (a word).",
        "Operations (signature, x? optional | inputs -> output | meaning):\n" + operation_catalogue(),
        RULES,
    ]
    if context.tools:
        tools = "\n".join(f"- {name}: {what}" for name, what in context.tools.items())
        parts.append("Perception tools that build the scene graph before the program runs:\n" + tools)
    ontology = context.ontology
    if ontology is not None:
        known = [f"- {attribute}: {', '.join(values)}" for attribute, values in ontology.attributes.items()]
        if ontology.names is not None:
            known.append(f"- object names: {', '.join(ontology.names)}")
        parts.append("The domain's attribute values and object names (synonyms are fine):\n" + "\n".join(known))
    if context.facts:
        parts.append(f"Scene facts a query can read (query with no object input): {', '.join(context.facts)}")
    if include_schema:
        parts.append("JSON Schema of the reply:\n" + json.dumps(planning_schema(), separators=(",", ":")))
    examples = "\n".join(f"Q: {question}\nA: {program_to_json(program)}" for question, program in EXAMPLES)
    parts.append("Examples:\n" + examples)
    return "\n\n".join(parts)


def plan_messages(question: str, context: PlanContext | None = None, *, include_schema: bool = False) -> list:
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
    return program, validate_program(program) + ontology_problems(program, ontology)


def notation_prompt(context: PlanContext | None = None) -> str:
    """The instructions for replies in the compact notation (:mod:`nsvr.agent.llm.notation`): far fewer tokens
    than JSON, which a small local model writes several times faster."""
    context = context or PlanContext()
    calls = "\n".join(f"- {text}" for text in NOTATION_CALLS.values())
    parts = [
        "You translate a question about an image into one expression that runs on the image's scene graph "
        "(objects with a name, attributes such as color, size, material, shape, and relations between them).",
        "The expression nests these calls (X, A, B: objects; N, M: numbers):\n" + calls,
        "Rules: a noun becomes sel(singular noun); thing, object, item, one and shape mean scene(). Adjectives (red, "
        "big, rubber, shiny, metal ...) become f(..., color=red) and similar, never names. A description of one "
        "object (the X) is wrapped in u(...). Reply with the expression only, on one line.",
    ]
    if context.ontology is not None:
        known = [f"- {attribute}: {', '.join(values)}" for attribute, values in context.ontology.attributes.items()]
        if context.ontology.names is not None:
            known.append(f"- object names: {', '.join(context.ontology.names)}")
        parts.append("The domain's values and names (synonyms are fine):\n" + "\n".join(known))
    parts.append("Examples:\n" + "\n".join(f"Q: {q}\nA: {gold}" for q, gold in EXAMPLE_NOTATION))
    return "\n\n".join(parts)


MORE_EXAMPLES: list[tuple[str, str]] = [
    ("What is the number of large metal spheres?", "count(f(f(sel(sphere), size=large), material=metal))"),
    ("Is there a small yellow thing?", "exist(f(f(scene(), size=small), color=yellow))"),
    ("Are there any blue cylinders?", "exist(f(sel(cylinder), color=blue))"),
    ("Is there no metal cube?", "not_(exist(f(sel(cube), material=metal)))"),
    ("What material is the big ball?", "q(u(f(sel(sphere), size=large)), material)"),
    ("What size is the gray cylinder?", "q(u(f(sel(cylinder), color=gray)), size)"),
    ("What shape is the purple object?", "q(u(f(scene(), color=purple)), shape)"),
    ("Is the red ball metal?", "verify(u(f(sel(sphere), color=red)), material, metal)"),
    ("How many things are behind the green cube?", "count(rel(u(f(sel(cube), color=green)), behind))"),
    ("How many spheres are in front of the red cylinder?",
     "count(inter(rel(u(f(sel(cylinder), color=red)), front), sel(sphere)))"),
    ("Is the cube left of the ball?", "exist(inter(rel(u(sel(sphere)), left), sel(cube)))"),
    ("Are there fewer cubes than cylinders?", "lt(count(sel(cube)), count(sel(cylinder)))"),
    ("Are there as many red things as blue things?",
     "eq(count(f(scene(), color=red)), count(f(scene(), color=blue)))"),
    ("Do the cube and the sphere have the same material?", "same(u(sel(cube)), u(sel(sphere)), material)"),
    ("Is the big cylinder bigger than the ball?",
     "and_(verify(u(f(sel(cylinder), size=large)), size, large), verify(u(sel(sphere)), size, small))"),
    ("Are there both cubes and balls?", "and_(exist(sel(cube)), exist(sel(sphere)))"),
    ("Is there a cube or a cylinder?", "or_(exist(sel(cube)), exist(sel(cylinder)))"),
    ("How many objects are shiny?", "count(f(scene(), material=metal))"),
    ("How many people are there?", "count(sel(person))"),
    ("Who is on the left?", "q(u(f(sel(person), hposition=left)), name)"),
    ("What does the sign say?", "q(u(sel(sign)), text)"),
    ("Is the bus on the left or on the right?", "choose(u(sel(bus)), hposition, [left, right])"),
]  # fmt: skip
"""More worked examples: the few nearest a question (by shared words) go with it, after the fixed prompt (so the
model's cache of the prompt still holds)."""
_EXAMPLE_POOL = EXAMPLE_NOTATION + MORE_EXAMPLES


def nearest_examples(question: str, count: int = 4) -> list[tuple[str, str]]:
    """The worked examples that share the most words with ``question``.

    >>> nearest_examples("Are there fewer spheres than cubes?", 1)
    [('Are there fewer cubes than cylinders?', 'lt(count(sel(cube)), count(sel(cylinder)))')]
    """
    words = set(re.findall(r"[a-z]+", question.lower()))

    def overlap(example: tuple[str, str]) -> int:
        return len(words & set(re.findall(r"[a-z]+", example[0].lower())))

    return sorted(_EXAMPLE_POOL, key=overlap, reverse=True)[:count]


def notation_messages(question: str, context: PlanContext | None = None) -> list[ChatMessage]:
    """The first request when the planner asks for the compact notation: the fixed prompt, then the nearest
    worked examples and the question."""
    near = "\n".join(f"Q: {q}\nA: {gold}" for q, gold in reversed(nearest_examples(question)))
    return [
        ChatMessage(role="system", content=notation_prompt(context)),
        ChatMessage(role="user", content=f"{near}\nQ: {question.strip()}\nA:"),
    ]


def parse_notation_reply(text: str, context: PlanContext | None = None) -> tuple[Program | None, list[str]]:
    """The program in a reply written in the notation (its first line) and the problems found."""
    line = next((part.strip() for part in text.strip().splitlines() if part.strip()), "")
    line = line.removeprefix("A:").strip().strip("`")
    if not line:
        return None, ["the reply is empty; reply with one expression such as count(sel(cube))"]
    try:
        program = compile_gold(line)
    except GoldNotationError as error:
        return None, [str(error)]
    ontology = context.ontology if context is not None else None
    return program, validate_program(program) + ontology_problems(program, ontology)
