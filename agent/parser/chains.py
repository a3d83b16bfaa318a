"""A chain of relations told as steps, then asked about its last thing.

People walk through a chain of relations one thing at a time before they ask: "There's a cylinder behind the brown
cube, and a ball to the left of that cylinder. What colour is that ball?", "Locate the cylinder behind the red cube,
then the sphere to the right of that cylinder. State the material of that sphere.", "Start at the purple cylinder, find
the cube to its right, then the ball behind that cube. What colour is the ball?". :func:`told_chain` says the chain as
one noun phrase ("the ball that is to the left of the cylinder that is behind the brown cube") in the question.

Each step must name its thing and relate it to the thing before ("that cylinder", "it", "to its right"), and the
question must ask about the last thing; anything else leaves the message as it is, for the parser's other readings.

>>> told_chain("There's a cylinder behind the brown cube, and a ball left of that cylinder. What colour is that ball?")
'What colour is the ball that is left of the cylinder that is behind the brown cube?'
>>> told_chain("Start at the purple cylinder, find the cube to its right, then the ball behind it. Its colour?")
'the colour of the ball that is behind the cube that is to the right of the purple cylinder?'
>>> told_chain("There's a cube behind the ball. Is it red?")
"There's a cube behind the ball. Is it red?"
"""

from __future__ import annotations

import re

_RELATION = (
    r"to the left of|to the right of|left of|right of|in front of|behind|on the left of|on the right of|"
    r"to the left side of|to the right side of"
)
_SIDE_OF_IT = re.compile(r"^(?:to|on|at) (?:its|their) (left|right)(?: side)?$|^(in front of|behind) (?:it|them)$")
_PHRASE = r"(?:[a-z]+ ){0,3}?[a-z]+"
_STEP_LEAD = re.compile(
    r"(?i)^\s*(?:and |then |and then |now |next |after that |from there |from it )*"
    r"(?:there(?:'s| is| are)|you(?:'ll)? (?:see|find)|i see|locate|find|spot|start(?:ing)? (?:at|with|from)|"
    r"begin(?:ning)? (?:at|with)|"
    r"go to|look at|take|pick|move to|look for|go|move)?\s*"
)
_FIRST = re.compile(
    rf"(?i)^(?:the|a|an) ({_PHRASE})(?: somewhere)?(?: (?:that is |which is |that's )?({_RELATION}) "
    rf"(the {_PHRASE}))?$"
)
_NEXT = re.compile(
    rf"(?i)^(?:the|a|an) ({_PHRASE})(?: somewhere)? (?:that is |which is |that's )?"
    rf"(?:({_RELATION}) (?:that|this|the) ({_PHRASE})|((?:to|on|at) (?:its|their) (?:left|right)(?: side)?|"
    rf"(?:in front of|behind) (?:it|them)))$"
)
_STEP_SPLIT = re.compile(
    r"(?i)\s*(?:,\s*(?:and\s+)?(?:then\s+)?|;\s*|\.\s+(?=(?:then|next|now|and|there)\b)|\s+then\s+|\s+(?:[\u2014\u2013]+|-+)\s+)"
)
_QUESTION = re.compile(r"(?i)^(?P<told>.+)[.;:!]\s+(?P<asked>[^.;:!]+[?.!]*)$")
_QUESTION_AFTER_DASH = re.compile(r"(?i)^(?P<told>.+)\s(?:[\u2014\u2013]+|-+)\s+(?P<asked>[^.;:!\u2014\u2013]+[?.!]*)$")
"""The question asked after a dash ("... there is again a cube - which colour is it?"), when no sentence ends
before it that leaves a chain told."""


def _head(phrase: str) -> str:
    return phrase.split()[-1].lower()


def _chain(told: str) -> tuple[str, str, int] | None:
    """The chain told in ``told`` as one noun phrase, its last thing's head noun and the number of steps; None unless
    every step is one."""
    told = told.strip().rsplit(":", 1)[-1]  # a lead-in ("Two-hop one for you: there's a sphere ...")
    steps = [_STEP_LEAD.sub("", step).strip() for step in _STEP_SPLIT.split(told.strip()) if step.strip()]
    if not steps:
        return None
    first = _FIRST.match(steps[0])
    if first is None:
        return None
    said = f"the {first[1]}" + (f" that is {first[2]} {first[3]}" if first[2] else "")
    head = _head(first[1])
    for step in steps[1:]:
        found = _NEXT.match(step)
        if found is None:
            return None
        if found[2]:
            if _head(found[3]) != head and found[3].lower() not in ("one", "thing", "object"):
                return None
            relation = found[2]
        else:
            side = _SIDE_OF_IT.match(found[4].lower())
            if side is None:
                return None
            relation = f"to the {side[1]} of" if side[1] else side[2]
        said = f"the {found[1]} that is {relation} {said}"
        head = _head(found[1])
    return said, head, len(steps)


def told_chain(question: str) -> str:
    """``question`` with a chain told as steps said as one noun phrase (see the module); unchanged otherwise."""
    found = chain = None
    for form in (_QUESTION, _QUESTION_AFTER_DASH):
        found = form.match(question.strip())
        chain = _chain(found["told"]) if found is not None else None
        if chain is not None:
            break
    if found is None or chain is None:
        return question
    said, head, steps = chain
    asked = found["asked"]
    if " that is " not in said:  # one thing named with no relation: nothing to say as a chain
        return question
    told_once = steps == 1
    named = re.search(rf"(?i)\b(?:that|this)(?: last| final| same)? {re.escape(head)}\b", asked)
    if named is None and not told_once and len(re.findall(rf"(?i)\b{re.escape(head)}\b", asked)) == 1:
        # "the ball" of a chain of several steps is its last ball, unless the question names another one too
        named = re.search(rf"(?i)\bthe(?: last| final| same)? {re.escape(head)}\b", asked)
    if named is not None:
        return asked[: named.start()] + said + asked[named.end() :]
    bare = re.fullmatch(r"(?i)\s*(?:and )?(?:which|what) (colou?r|shape|size|material)\s*\??\s*", asked)
    if bare is not None and not told_once:  # "... In front of this box is another box. Which colour?"
        return f"what {bare[1]} is {said}?"
    pronoun = re.search(r"(?i)\b(it|its)\b", asked)
    if told_once or pronoun is None or len(re.findall(r"(?i)\b(?:it|its)\b", asked)) != 1:
        return question
    if pronoun[1].lower() == "it":
        return asked[: pronoun.start()] + said + asked[pronoun.end() :]
    owned = re.match(r"(?i)its (colou?r|shape|size|material)\b", asked[pronoun.start() :])
    if owned is None:
        return question
    return f"{asked[: pronoun.start()]}the {owned[1]} of {said}{asked[pronoun.start() + owned.end() :]}"
