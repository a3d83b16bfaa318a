"""A walk through the picture, one object to the next, then a question about where it ends: "Start at the blue
triangle, go to the blue thing farthest from it, then to the triangle above that one. What colour is the shape you
end up on?", "Go from the big cyan ball to the cylinder on its right, then to the ball behind that cylinder. What
size is that ball?", "Find the shiny cylinder, go to the cube in front of it, then to the thing on that cube's
right. What shape is that thing?".

:func:`walked` says the walk as one description, each stop placed from the one before ("the triangle above the blue
thing farthest from the blue triangle"), and asks the question of it. It is one of the rewrites
:func:`plain_words` applies first.

>>> walked("Start at the red cube, go to the sphere on its left. What colour is that sphere?")
'what colour is the sphere left of the red cube?'
>>> walked("Go from the big ball to the cylinder behind it, then to the cube right of that one. What size is it?")
'what size is the cube right of the cylinder behind the big ball?'
"""

from __future__ import annotations

import re

_START = re.compile(
    r"(?i)^\s*(?:ok,? |now,? |so,? )?(?:start|begin)(?:ning)? (?:at|from|with|on) (the [^,.;]+?)\s*[,.;]\s*(?:and )?"
    r"(?:then )?(?=(?:go|move|step|hop|jump|walk|head|travel)\b)"
    r"|^\s*(?:find|take|look at|pick) (the [^,.;]+?)\s*[,.;]\s*(?:and )?(?:then )?(?=(?:go|move|step|hop)\b)"
    r"|^\s*(?:go|move|step|hop|walk|head|travel) from (the [^,.;]+?) (?=to\b)"
)
_STEP = re.compile(
    r"(?i)^\s*[,.;]?\s*(?:and )?(?:then )?(?:(?:go|move|step|hop|jump|walk|head|travel)(?: over)? )?to (the [^,.;]+?)"
    r"(?=\s*(?:[,.;]|$|\bthen\b))"
)
_QUESTION = re.compile(r"(?i)^\s*[,.;]?\s*(?:and )?(?:then )?((?:tell me )?(?:what|which|is|how|does))\b(.*)$")
_BACK = re.compile(r"(?i)\b(?:its|that one's|that (?:[a-z]+)'s|this one's)\s+(left|right)\b")
_PREVIOUS = re.compile(r"(?i)\b(?:it|that one|this one|that (?!one\b)[a-z]+|this (?!one\b)[a-z]+|there)\b")
_END = re.compile(
    r"(?i)\b(?:the (?:shape|thing|object|one) (?:you|we|i) (?:end|ended|finish|finished|land|landed|arrive|arrived)"
    r"(?: up)?(?: on| at)?|where (?:you|we|i) (?:end|ended) up|that (?:[a-z]+)|this (?:[a-z]+)|it)\b"
)


def walked(question: str) -> str:
    """The question with its walk said as one description (module docstring); the question as it was otherwise."""
    start = _START.match(question)
    if start is None:
        return question
    here = next(g for g in start.groups() if g)
    rest = question[start.end() :]
    stops = 0
    while (step := _STEP.match(rest)) is not None:
        stop = _BACK.sub(lambda m: f"the {m[1].lower()} of", step[1])  # "on its left": on the left of here
        if _PREVIOUS.search(stop) is None and not stop.rstrip().endswith(" of"):
            return question  # a stop not placed from the one before: not a walk read here
        here = f"{stop} {here}" if stop.rstrip().endswith(" of") else _PREVIOUS.sub(_said(here), stop, count=1)
        rest = rest[step.end() :]
        stops += 1
    asked = _QUESTION.match(rest)
    if not stops or asked is None or _END.search(asked[2]) is None:
        return question
    said = _END.sub(_said(here), asked[2], count=1).strip().rstrip("?.! ")
    return _plain(f"{asked[1].lower()} {said}?")


def _said(here: str):
    """A replacement that says ``here`` wherever the pattern stood (no group references read in it)."""
    return lambda _: here


def _plain(text: str) -> str:
    """ "on the left of" said as the grammar's "left of"."""
    return re.sub(r"\b(?:on|to) the (left|right) of\b", r"\1 of", text)
