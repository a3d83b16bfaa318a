"""The program language: a program is a list of typed steps, each reading the outputs of earlier steps.

Programs are data (pydantic models, a discriminated union on ``op``), printable and diffable, never ``exec``'d.

>>> p = Program(steps=[Scene(), Filter(inputs=[0], attribute="color", value="red"), Count(inputs=[1])])
>>> validate_program(p)
[]
>>> print(p.pretty())
0 scene()
1 filter[0](attribute=color, value=red)
2 count[1]()
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

ValueType = Literal["objects", "object", "number", "bool", "value"]
"""What a step outputs: a set of objects, exactly one object, an integer, a truth value, an attribute value."""

Role = Literal["subject", "object"]


class _Step(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    inputs: list[int] = Field(default_factory=list, description="indices of earlier steps this step reads")

    def arguments(self) -> dict[str, object]:
        return self.model_dump(exclude={"op", "inputs"}, exclude_defaults=True)


class Scene(_Step):
    """All objects of the scene."""

    op: Literal["scene"] = "scene"


class Select(_Step):
    """All objects called ``name`` (plurals, synonyms, hypernyms). "People" selects persons; ``specific``:
    a shape word with kinds below it names only the objects drawn as that very shape when there are some ("the
    rectangle" beside a square is the rectangle; with no rectangle drawn, the square)."""

    op: Literal["select"] = "select"
    name: str
    specific: bool = False


class Filter(_Step):
    """The input objects whose ``attribute`` equals ``value`` (``attribute`` None: any; "name": the
    category). ``negate`` keeps the others instead."""

    op: Literal["filter"] = "filter"
    attribute: str | None
    value: str
    negate: bool = False


class Unique(_Step):
    """The single object of the input set; fails (answer "unknown") on zero or several. With ``resolve`` ("the
    woman" in "the dog the woman holds"), several objects are each tried as the one meant: the answer stands when
    every one the rest of the question makes sense of gives it, else it is unknown (which one is meant decides)."""

    op: Literal["unique"] = "unique"
    resolve: bool = False


class Relate(_Step):
    """Objects related to the input objects by ``predicate``.

    ``role="subject"``: the found objects are the relation's subject ("what is left of X": T left X);
    ``role="object"``: they are its object ("what is X wearing": X wearing T). ``name`` keeps only targets with
    that name."""

    op: Literal["relate"] = "relate"
    predicate: str
    role: Role = "subject"
    name: str | None = None


class SameAttribute(_Step):
    """The other objects that share the input object's ``attribute`` value (CLEVR ``same_color`` ...)."""

    op: Literal["same_attribute"] = "same_attribute"
    attribute: str


class Union(_Step):
    """The objects of either input. ``each``: every input must hold an object (the options of a choice, "which is
    closer, the small cube or the big one": an option that names nothing leaves the question unanswered)."""

    op: Literal["union"] = "union"
    each: bool = False


class Intersect(_Step):
    op: Literal["intersect"] = "intersect"


class Difference(_Step):
    """Objects of the first input that are not in the second."""

    op: Literal["difference"] = "difference"


class Ordinal(_Step):
    """The ``index``-th object (1-based) of the input when ordered along ``by`` ("the second cup from the left":
    by="left", index=2). ``by``: left, right, top, bottom, front, behind, largest, smallest (area), tallest,
    shortest (height), widest, narrowest (width), centre (nearest the middle of the picture, by box centres),
    most_sides, fewest_sides, most_corners, fewest_corners (a flat figure's count: "the shape with the most
    sides").
    ``middle``: the middle one of an odd number of objects instead
    ("the object in the middle, going from left to right"; ``index`` is then ignored)."""

    op: Literal["ordinal"] = "ordinal"
    by: Literal[
        "left",
        "right",
        "top",
        "bottom",
        "front",
        "behind",
        "largest",
        "smallest",
        "tallest",
        "shortest",
        "widest",
        "narrowest",
        "centre",
        "most_sides",
        "fewest_sides",
        "most_corners",
        "fewest_corners",
    ]
    index: int = Field(default=1, ge=1)
    middle: bool = False


class Closest(_Step):
    """The one object of the first input nearest to (farthest from) the one object of the second. "The cube closest
    to the ball"; the anchor itself is never the answer. Distance in 3D where both have positions, else
    between box centres in the image."""

    op: Literal["closest"] = "closest"
    farthest: bool = False


class OddOneOut(_Step):
    """The odd one out, in ``attribute`` or in any. Unlike: the others share
    one value and it has another; with no attribute named, whichever of colour, shape and material singles out
    exactly one object."""

    op: Literal["odd_one_out"] = "odd_one_out"
    attribute: str | None = None
    describe: bool = Field(False, description='give the value it differs in ("blue"), not the object')


class CountValues(_Step):
    """How many different values of ``attribute`` the input's objects have ("how many different colors")."""

    op: Literal["count_values"] = "count_values"
    attribute: str


class MostCommon(_Step):
    """The value of ``attribute`` most (``least``: fewest) of the input's objects share. A tie is unknown."""

    op: Literal["most_common"] = "most_common"
    attribute: str
    least: bool = False


class ValuesSeen(_Step):
    """Values of ``attribute`` on exactly ``times`` objects (or more: ``at_least``); ``count``: how many."""

    op: Literal["values_seen"] = "values_seen"
    attribute: str
    times: int = Field(default=1, ge=1, le=1000)
    at_least: bool = False
    count: bool = False


class Word(_Step):
    """A value the question states. "Is green the most common colour": green."""

    op: Literal["word"] = "word"
    value: str


class ListValues(_Step):
    """The input's objects' values of ``attribute``, most frequent first. "What colors are
    there"; ``name``: "what objects are there"."""

    op: Literal["list_values"] = "list_values"
    attribute: str


class Count(_Step):
    op: Literal["count"] = "count"


class Exist(_Step):
    op: Literal["exist"] = "exist"


class Query(_Step):
    """The ``attribute`` value of the input object ("name": its category). A scene fact such as "weather" is read
    from the graph's facts. A second input, with ``attribute`` "name", is the set the object was picked from
    ("which bar is the shortest": the bars): where all of them share its name, the name tells nothing, and the
    answer is the first of colour, size, material and shape that no other one of them has ("the yellow one").
    With ``any_kind`` (the object was picked from things of any kind: "what is the leftmost shape"), its name or
    shape is informative, and only a drawn figure's label tells it from others of the same kind (a flowchart's
    boxes go by their labels)."""

    op: Literal["query"] = "query"
    attribute: str
    any_kind: bool = False


class Where(_Step):
    """Where the input object is. The name of the place it is ``predicate`` (a GQA scene's "field") where the graph
    has places, else its place in the picture ("top left", "center", "bottom"; its ``position``)."""

    op: Literal["where"] = "where"
    predicate: str = "on"


class Verify(_Step):
    """Whether all the input objects have ``attribute`` == ``value`` (``attribute`` None: any).
    ``of_one``: the question named one object ("is the cube red") and the input holds several candidates for it;
    where some have the value and some do not, which one was meant decides, so the answer is unknown."""

    op: Literal["verify"] = "verify"
    attribute: str | None
    value: str
    of_one: bool = False


class VerifyRelation(_Step):
    """Whether an object called ``name`` (any when None) relates to the input by ``predicate``.

    ``of_one``: ``name`` is one object the question names with "the" ("is the man wearing the hat"); where a
    perception saw nothing of that name, it may have missed it, so the answer is unknown. Named indefinitely ("is
    he wearing a hat", "is a circle left of the square"), nothing of that name seen is a "no"."""

    op: Literal["verify_relation"] = "verify_relation"
    predicate: str
    role: Role = "subject"
    name: str | None = None
    of_one: bool = False


class Choose(_Step):
    """Which of ``options`` the input object's ``attribute`` is (``attribute`` None: any)."""

    op: Literal["choose"] = "choose"
    attribute: str | None
    options: list[str] = Field(min_length=2)


class ChooseRelation(_Step):
    """Which of ``predicates`` relates an object called ``name`` to the input. Where objects of that name stand on
    several sides, a second input (the objects the question describes: "the blue cube") decides."""

    op: Literal["choose_relation"] = "choose_relation"
    predicates: list[str] = Field(min_length=2)
    role: Role = "subject"
    name: str | None = None


class Same(_Step):
    """Whether all input objects (one or two sets) share the same ``attribute`` value."""

    op: Literal["same"] = "same"
    attribute: str


class Different(_Step):
    """Whether the input objects (one or two sets) do not all share the same ``attribute`` value."""

    op: Literal["different"] = "different"
    attribute: str


class Common(_Step):
    """The attribute (e.g. "color") whose value the two input objects share."""

    op: Literal["common"] = "common"
    attributes: list[str] = Field(default_factory=lambda: ["color", "material", "shape", "size"])


class Compare(_Step):
    """Which of the two input objects is more ``comparative`` ("older", "taller", "larger") — answers its name."""

    op: Literal["compare"] = "compare"
    comparative: str


class Larger(_Step):
    """Whether the first input object is larger than the second (``smaller``: smaller; ``measure``: taller, wider).
    By size class when the two differ (small < medium < large), else, in a flat picture, by area (one a quarter
    larger or more); taller or wider in a flat picture by the boxes, one an eighth more. ``times`` 2:
    twice as large, which some read by area and others by width: yes where its area is four times the other's (both
    readings), no where it is under twice (neither), unknown between; ``smaller``: half the size the same way."""

    op: Literal["larger"] = "larger"
    smaller: bool = False
    times: int = Field(
        default=1, ge=1, le=10, description='at least this many times as large (area), "twice as big": 2'
    )
    measure: Literal["area", "height", "width"] = Field(
        default="area", description="area: larger/smaller; height: taller/shorter; width: wider/narrower"
    )


class Equal(_Step):
    """Whether two values (attribute values, numbers or objects) are equal."""

    op: Literal["equal"] = "equal"


class LessThan(_Step):
    op: Literal["less_than"] = "less_than"


class GreaterThan(_Step):
    op: Literal["greater_than"] = "greater_than"


class Add(_Step):
    op: Literal["add"] = "add"


class Number(_Step):
    """A number the question states ("more than *two* cubes"), to compare a count with."""

    op: Literal["number"] = "number"
    value: int = Field(ge=0, le=1_000_000)


class Subtract(_Step):
    """First number minus second, exactly ("how many more ... than ...")."""

    op: Literal["subtract"] = "subtract"
    absolute: bool = Field(False, description='the gap either way ("the difference between")')


class Direction(_Step):
    """Which way the input object lies from the second (with one input, from the picture's centre). A compass point
    ("northeast", up is north), a plain direction ("upper right") or an hour of a clock face ("2")."""

    op: Literal["direction"] = "direction"
    words: Literal["compass", "plain", "clock"] = "plain"


class Proportion(_Step):
    """The first number as a share of the second. Fraction "3/8" (lowest terms), percent "37.5%",
    ratio "3:5", times "2" (where it divides; else a fraction)."""

    op: Literal["proportion"] = "proportion"
    form: Literal["fraction", "percent", "ratio", "times"] = "fraction"


class Multiply(_Step):
    """The product of two numbers. "More than half": twice the part against the whole."""

    op: Literal["multiply"] = "multiply"


class Even(_Step):
    """Whether a number is even. Odd is its negation ("is the number of squares odd?")."""

    op: Literal["even"] = "even"


class Worded(_Step):
    """The first word for yes, the second for no. "Is the count odd or even?": even, odd; "same colour or
    different?": same, different."""

    op: Literal["worded"] = "worded"
    words: list[str] = Field(min_length=2, max_length=2)


class And(_Step):
    op: Literal["and"] = "and"


class Or(_Step):
    op: Literal["or"] = "or"


class Not(_Step):
    op: Literal["not"] = "not"


Step = Annotated[
    Scene
    | Select
    | Filter
    | Unique
    | Relate
    | SameAttribute
    | Union
    | Intersect
    | Difference
    | Ordinal
    | Closest
    | OddOneOut
    | CountValues
    | MostCommon
    | ValuesSeen
    | Word
    | ListValues
    | Count
    | Exist
    | Query
    | Where
    | Verify
    | VerifyRelation
    | Choose
    | ChooseRelation
    | Same
    | Different
    | Common
    | Compare
    | Larger
    | Equal
    | LessThan
    | GreaterThan
    | Add
    | Subtract
    | Number
    | Direction
    | Proportion
    | Multiply
    | Even
    | Worded
    | And
    | Or
    | Not,
    Field(discriminator="op"),
]

_OBJ = ("objects",)
_NUM = ("number",)
_BOOL = ("bool",)
_ANY = ("objects", "number", "bool", "value")

# op -> (allowed arities, input type for each position, output type)
SIGNATURES: dict[str, tuple[tuple[int, ...], tuple[str, ...], ValueType]] = {
    "scene": ((0,), (), "objects"),
    "select": ((0, 1), _OBJ, "objects"),
    "filter": ((1,), _OBJ, "objects"),
    "unique": ((1,), _OBJ, "object"),
    "relate": ((1,), _OBJ, "objects"),
    "same_attribute": ((1,), _OBJ, "objects"),
    "union": ((2,), _OBJ * 2, "objects"),
    "intersect": ((2,), _OBJ * 2, "objects"),
    "difference": ((2,), _OBJ * 2, "objects"),
    "ordinal": ((1,), _OBJ, "object"),
    "closest": ((2,), _OBJ * 2, "object"),
    "odd_one_out": ((1,), _OBJ, "object"),
    "count_values": ((1,), _OBJ, "number"),
    "most_common": ((1,), _OBJ, "value"),
    "values_seen": ((1,), _OBJ, "value"),
    "word": ((0,), (), "value"),
    "list_values": ((1,), _OBJ, "value"),
    "count": ((1,), _OBJ, "number"),
    "exist": ((1,), _OBJ, "bool"),
    "query": ((1, 2), _OBJ * 2, "value"),
    "where": ((1,), _OBJ, "value"),
    "verify": ((1,), _OBJ, "bool"),
    "verify_relation": ((1,), _OBJ, "bool"),
    "choose": ((1,), _OBJ, "value"),
    "choose_relation": ((1, 2), _OBJ * 2, "value"),
    "same": ((1, 2), _OBJ * 2, "bool"),
    "different": ((1, 2), _OBJ * 2, "bool"),
    "common": ((2,), _OBJ * 2, "value"),
    "compare": ((2,), _OBJ * 2, "value"),
    "larger": ((2,), _OBJ * 2, "bool"),
    "equal": ((2,), _ANY, "bool"),
    "less_than": ((2,), _NUM * 2, "bool"),
    "greater_than": ((2,), _NUM * 2, "bool"),
    "add": ((2,), _NUM * 2, "number"),
    "subtract": ((2,), _NUM * 2, "number"),
    "number": ((0,), (), "number"),
    "direction": ((1, 2), _OBJ * 2, "value"),
    "proportion": ((2,), _NUM * 2, "value"),
    "multiply": ((2,), _NUM * 2, "number"),
    "even": ((1,), _NUM, "bool"),
    "worded": ((1,), _BOOL, "value"),
    "and": ((2,), _BOOL * 2, "bool"),
    "or": ((2,), _BOOL * 2, "bool"),
    "not": ((1,), _BOOL, "bool"),
}


class Ontology(BaseModel):
    """What a domain can talk about: attribute -> allowed values, and the known object names (None: open)."""

    attributes: dict[str, list[str]] = Field(default_factory=dict)
    names: list[str] | None = None
    open_attributes: bool = Field(default=True, description="allow attribute names not listed")


CLEVR_ONTOLOGY = Ontology(
    attributes={
        "color": ["gray", "red", "blue", "green", "brown", "purple", "cyan", "yellow"],
        "shape": ["cube", "sphere", "cylinder"],
        "material": ["rubber", "metal"],
        "size": ["small", "large"],
    },
    names=["cube", "sphere", "cylinder"],
    open_attributes=False,
)


class Program(BaseModel):
    """A program: ``steps[i].inputs`` refer to earlier steps; the last step's output is the answer."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    steps: list[Step] = Field(min_length=1)

    def output_types(self) -> list[ValueType]:
        """The output type of every step (no validation): a figure's count of sides, corners or points is a
        number ("does the square have more sides than the triangle" compares two)."""
        return [_output_of(step) for step in self.steps]

    def answer_type(self) -> ValueType:
        return _output_of(self.steps[-1])

    def pretty(self) -> str:
        """One line per step: ``index op[inputs](arguments)``."""
        lines = []
        for index, step in enumerate(self.steps):
            refs = ",".join(str(i) for i in step.inputs)
            args = ", ".join(f"{k}={_show(v)}" for k, v in step.arguments().items())
            lines.append(f"{index} {step.op}{f'[{refs}]' if refs else ''}({args})")
        return "\n".join(lines)


_RANKED_FROM = ("left", "right", "top", "bottom", "largest", "smallest")
NUMERIC_ATTRIBUTES = frozenset({"sides", "corners", "points"} | {f"rank_{start}" for start in _RANKED_FROM})
"""Attributes whose values are counts or places in an order, which a query gives as a number."""


def output_type(op: str, attribute: object = None, describe: object = False) -> ValueType:
    """What step ``op`` of ``attribute`` gives: its signature's type, but a number for a query of a count and a
    value for an odd one out described.

    >>> output_type("query", "color"), output_type("query", "sides"), output_type("count")
    ('value', 'number', 'number')
    """
    if op == "query" and attribute in NUMERIC_ATTRIBUTES:
        return "number"
    if op == "odd_one_out" and describe:
        return "value"
    if op == "values_seen" and describe:  # counted
        return "number"
    return SIGNATURES[op][2]


def step_output(op: str, arguments: Mapping[str, object]) -> ValueType:
    """What step ``op`` with these arguments gives (:func:`output_type`, its variant flag read from them)."""
    flag = arguments.get("count" if op == "values_seen" else "describe", False)
    return output_type(op, arguments.get("attribute"), flag)


def _output_of(step: _Step) -> ValueType:
    return step_output(step.op, step.arguments())


def _show(value: object) -> str:
    return "|".join(value) if isinstance(value, list) else str(value)


def _accepts(expected: str, actual: str) -> bool:
    return expected == actual or (expected == "objects" and actual == "object")


def validate_program(program: Program, ontology: Ontology | None = None) -> list[str]:
    """Human-readable problems of ``program`` (empty when it is valid): references to later or missing steps,
    wrong arity or input types, unknown attributes or values under ``ontology``.

    >>> validate_program(Program(steps=[Scene(), Count(inputs=[3])]))
    ['step 1 (count): input 3 does not refer to an earlier step']
    """
    errors: list[str] = []
    types = program.output_types()
    for index, step in enumerate(program.steps):
        errors.extend(step_problems(index, step.op, step.inputs, types))
        if ontology is not None:
            where = f"step {index} ({step.op})"
            errors.extend(f"{where}: {problem}" for problem in _ontology_problems(step, ontology))
    return errors


def step_problems(index: int, op: str, inputs: Sequence[int], types: Sequence[str]) -> list[str]:
    """The structural problems of step ``index`` (arity, references, input types), given the output types of
    the steps before it.

    >>> step_problems(1, "count", [0], ["value"])
    ['step 1 (count): input 0 must be objects, step 0 gives value']
    """
    where = f"step {index} ({op})"
    arities, expected, _ = SIGNATURES[op]
    if len(inputs) not in arities:
        wanted = " or ".join(str(a) for a in arities)
        return [f"{where}: takes {wanted} input(s), got {len(inputs)}"]
    errors = []
    for position, ref in enumerate(inputs):
        if not isinstance(ref, int) or not 0 <= ref < index:
            errors.append(f"{where}: input {ref!r} does not refer to an earlier step")
            continue
        want = expected[position] if expected is not _ANY else None
        if want is not None and not _accepts(want, types[ref]):
            errors.append(f"{where}: input {position} must be {want}, step {ref} gives {types[ref]}")
    if op == "equal" and len(inputs) == 2 and all(isinstance(r, int) and 0 <= r < index for r in inputs):
        left, right = (types[r] for r in inputs)
        if {left, right} - {"object"} and value_kind(left) != value_kind(right):
            errors.append(f"{where}: cannot compare {left} with {right}")
    return errors


def value_kind(value_type: str) -> str:
    """What ``equal`` compares a step's output as: one object counts as a set of objects."""
    return "objects" if value_type == "object" else value_type


def _ontology_problems(step: _Step, ontology: Ontology) -> list[str]:
    problems = []
    attribute = getattr(step, "attribute", None)
    values: list[str] = []
    if isinstance(step, Filter | Verify):
        values = [step.value]
    elif isinstance(step, Choose):
        values = list(step.options)
    if attribute is not None and attribute != "name" and attribute not in ontology.attributes:
        if not ontology.open_attributes:
            problems.append(f"unknown attribute {attribute!r} (known: {', '.join(ontology.attributes)})")
        return problems
    allowed = ontology.names if attribute == "name" else ontology.attributes.get(attribute or "", None)
    if allowed is not None:
        problems.extend(
            f"unknown {attribute} value {v!r} (known: {', '.join(allowed)})" for v in values if v not in allowed
        )
    return problems


def program_json_schema() -> dict:
    """The JSON Schema of :class:`Program` (given to LLM planners)."""
    return Program.model_json_schema()
