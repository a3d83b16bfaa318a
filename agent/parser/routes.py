"""A route walked from object to object, then a question about where it ends: one question about one object.

People describe a chain of relations as a walk ("Start at the grey tin, go to the tin behind it, then the ball
behind that one. What colour's the ball?", "Follow the run: from the little purple pipe, go to the pipe on its
right, then the pipe behind that one. What colour's that last one?"). Each step names a thing by where it stands
from the one before; the question then asks about the last. The grammar reads the same chain said as one noun
phrase ("the ball behind the tin behind the grey tin"), so the walk is rewritten into it.

>>> route_question("Start at the grey cube, go to the ball behind it, then the cylinder left of that one. "
...                "What colour is that cylinder?")
'What colour is the cylinder left of the ball behind the grey cube?'
>>> route_question("How many cubes are there?") is None
True
"""

from __future__ import annotations

import re

_LEAD = re.compile(
    r"(?i)^\s*(?:(?:now|ok|okay|right|so)\s*,?\s*)?(?:(?:follow|trace) (?:the (?:run|route|path|trail|chain)|my hand)"
    r"(?: for me)?\s*:\s*)?(?:(?:start|begin) (?:at|from|with)|from|take|look at|find|consider|pick out|pick|locate|"
    r"look for|spot)\s+"
)
"""How a walk starts: "start at", "from", "take", "find", "consider", after an optional "follow the run:"."""
_FIRST_HAND = re.compile(r"(?i)^\s*(?:(?:now|ok|okay|right|so)\s*,?\s*)?follow my hand\s*:\s*")
"""'Now follow my hand: the cube right of the big ball, and then ...': the first step names its own anchor."""
_STEP_CUT = re.compile(r"(?i)\s*(?:[.,;]\s*(?:and\s+)?(?:then\s+)?|\s+and\s+then\s+|\s+then\s+)")
_STEP_VERB = re.compile(
    r"(?i)^(?:go|move|walk|jump|hop|step|head|look|turn)?\s*(?:over\s+)?(?:to|at)?\s*(?:take|find)?\s*"
)
_BACK = r"(?:it|that|that one|this one|that [a-z]+|this [a-z]+|the last one)"
_RELATIONS = [
    (re.compile(r"(?i)^(.+?) (?:on|to) (?:its|their) (left|right)$"), r"\2 of"),
    (re.compile(rf"(?i)^(.+?) (?:to the |on the )?(left|right) of {_BACK}$"), r"\2 of"),
    (re.compile(rf"(?i)^(.+?) (behind|in front of|next to|near|beside) {_BACK}$"), r"\2"),
]
_ASKED = re.compile(r"(?i)^\s*(what|which|how|is|are|does|do)\b.*$")
_BARE_ATTRIBUTE = re.compile(r"(?i)^\s*(colou?r|shape|size|material)\s*(?:please)?\s*[?.!]*\s*$")
_POINTER = re.compile(r"(?i)\b(?:that last one|the last one|that one|that [a-z]+|this [a-z]+|it)\b")


def _step(text: str, previous: str) -> str | None:
    """The noun phrase of one step of the walk, placed from the one before ("the tin behind it" -> "the tin behind
    the grey tin"), or None when the step says no place."""
    said = _STEP_VERB.sub("", text.strip(" ,.:;")).strip()
    for pattern, relation in _RELATIONS:
        found = pattern.match(said)
        if found is not None:
            thing = found[1] if found[1].lower().startswith(("the ", "a ", "an ")) else f"the {found[1]}"
            return f"{thing.replace(' a ', ' the ')} {found.expand(relation)} {previous}"
    return None


def route_question(message: str) -> str | None:
    """The question of a walk from object to object, asked of where the walk ends (see the module docstring), or
    None when ``message`` describes no walk."""
    parts = re.split(
        r"(?<=[.:?!])\s+(?=\S)|\s+[-\u2013\u2014]+\s+(?=(?:what|which|how|is|are|does|do)\b)", message.strip()
    )
    if len(parts) < 2:
        return None
    asked = parts[-1]
    walk = " ".join(parts[:-1]).rstrip(" .:;")
    bare = _BARE_ATTRIBUTE.match(asked)
    if bare is not None:  # "... then the cube right of that cylinder. Colour?"
        asked = f"What {bare[1]} is it?"
    if _ASKED.match(asked) is None:
        return None
    lead = _LEAD.match(walk) or _FIRST_HAND.match(walk)
    if lead is None or not re.search(r"(?i)\bthen\b", walk):
        return None
    steps = [s for s in _STEP_CUT.split(walk[lead.end() :]) if s.strip()]
    if len(steps) < 2:
        return None
    first = steps[0].strip(" ,.:;")
    if _FIRST_HAND.match(walk):
        place = None
    else:
        place = first if first.lower().startswith(("the ", "a ", "an ")) else f"the {first}"
    for text in steps[1:] if place is not None else steps:
        if place is None:  # the first step names its own anchor ("the cube to the right of the big ball")
            place = text.strip(" ,.:;")
            continue
        placed = _step(text, place)
        if placed is None:
            return None
        place = placed
    if place is None:
        return None
    pointer = _POINTER.search(asked)
    if pointer is not None:
        return asked[: pointer.start()] + place + asked[pointer.end() :]
    last = re.search(r"(?i)\bthe ([a-z]+)(?=\W*$|\s+(?:made|is|are|big|small)\b)", asked)
    noun = place.split(" ")[1] if place.startswith("the ") else None
    if last is not None and noun is not None and last[1].lower() == noun.lower():
        return asked[: last.start()] + place + asked[last.end() :]
    return None
