"""The thing furthest to one side, said in people's words, said as the grammar's "leftmost", "frontmost" ...

"Which thing is the most far in front?", "who's furthest forward?", "which dog's further over to the right?", "the
object most to the left: which material is it?", "the piece most on the left of all", "which thing is most left
side?", "which shape's the farthest right in the top row?", "which one's out the back, furthest away?", "which object
is farthest from the camera, all the way at the back?": :func:`extremes` says each extreme as one word the grammar
reads ("leftmost", "frontmost", "furthest away") and moves a row or a corner said after it before the verb ("which
shape in the top row is rightmost"). A side "of" another thing ("furthest to the left of the cube") is a relation
and stays.

It is one of the parser's readings of a question it cannot otherwise read.

>>> extremes("Which thing is the most far in front?")
'which thing is frontmost?'
>>> extremes("Which dog's further over to the right? Colour?")
'which dog is rightmost? colour?'
>>> extremes("The object most to the left: which material is it?")
'the leftmost object: which material is it?'
>>> extremes("Which shape's the farthest right in the top row?")
'which shape in the top row is rightmost?'
>>> extremes("What colour is the ball furthest to the left of the cube?")
'What colour is the ball furthest to the left of the cube?'
"""

from __future__ import annotations

import re
from collections.abc import Callable

_SIDES = r"(left|right)"
_FAR = r"(?:most|furthest|farthest|most far|the most far)"
_NOT_OF = r"(?! of\b)"
_RULES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (re.compile(r"\b(?:the )?most far\b"), "furthest"),
    # "furthest forward", "furthest in front", "most to the front": the frontmost; "furthest back", "most to the
    # back", "at the very back": the backmost
    (
        re.compile(
            rf"\b(?:the )?(?:very )?{_FAR} (?:forwards?|in front|to(?:wards?)? the front|at the front)"
            rf"\b{_NOT_OF}"
        ),
        "frontmost",
    ),
    (
        re.compile(
            rf"\b(?:the )?(?:very )?{_FAR} (?:back|to(?:wards?)? the back|at the back|in the back|to the rear)"
            rf"\b{_NOT_OF}"
        ),
        "backmost",
    ),
    (re.compile(r"\bthe ((?:[a-z]+ ){0,2}?[a-z]+) ((?:back|front)most)\b"), r"the \2 \1"),  # "the object backmost"
    # "the object most to the left", "the piece most on the left of all": the leftmost object
    (
        re.compile(
            r"\bthe ((?:[a-z]+ ){0,2}?[a-z]+) (?:that is |which is )?(?:the )?(?:very )?(?:most|furthest|farthest) "
            rf"(?:(?:over|out|off) )?(?:to|on|at|in|towards) the (?:very |far )?{_SIDES}(?:[- ]hand)?"
            rf"(?: side| end| edge)?(?: of (?:them )?all)?\b{_NOT_OF}"
        ),
        r"the \2most \1",
    ),
    # "most left side", "the farthest right", "furthest over to the left" said as a predicate
    (re.compile(rf"\b(?:the )?(?:very )?most {_SIDES}(?:[- ]hand)?(?: side| end| edge)?\b{_NOT_OF}"), r"\1most"),
    (re.compile(rf"\b(?:the )?(?:very )?(?:furthest|farthest) {_SIDES}\b{_NOT_OF}"), r"\1most"),
    (
        re.compile(
            r"^(\s*(?:which|who)\b[^,?]*? )(?:is|'s|s|are) (?:the )?(?:very )?"
            r"(?:furthest|farthest|further|farther|more)(?: over| out| off)? (?:to|on|towards|at) the (?:very |far )?"
            rf"{_SIDES}(?:[- ]hand)?(?: side| end| edge)?"
            rf"\b{_NOT_OF}"
        ),
        r"\1is \2most",
    ),
    # "which cube is further back" (of those named): the backmost one
    (
        re.compile(
            r"^(\s*(?:which|who)\b[^,?]*? )(?:is|'s|s|are|sits|stands|lies) (?:the )?(?:further|farther) "
            r"(?:to(?:wards?)? the )?(back|front|forwards?)\b(?! of\b| than\b)"
        ),
        lambda m: f"{m[1]}is {'backmost' if m[2] == 'back' else 'frontmost'}",
    ),
    (re.compile(r" '?s ((?:left|right|front|back)most)\b"), r" is \1"),
    # the same extreme said again after a comma: "out the back , furthest away", "closest to me , like nearest
    # the front", "farthest from the camera , all the way at the back"
    (re.compile(r"\b(?:out|at|in) the (?:very )?back , (?:furthest|farthest) away\b"), "furthest away"),
    (
        re.compile(
            r"\b((?:front|back)most|(?:furthest|farthest) (?:away|from (?:the camera|us|me|the viewer))|"
            r"(?:closest|nearest) (?:to )?(?:me|us|the camera|the viewer)) , "
            r"(?:(?:like|i mean|so|that is|all the way|right|way) )*"
            r"(?:(?:at|in|out|to|nearest|closest|nearest to|closest to) )?the (?:very )?(?:back|front|rear)\b"
        ),
        r"\1",
    ),
    # a row or a corner said after the extreme: "which shape is rightmost in the top row"
    (
        re.compile(
            r"^(\s*(?:which|what) (?:[a-z]+ ){0,2}?[a-z]+) is ((?:left|right|front|back)most) "
            r"((?:in|on|at) the (?:[a-z]+ ){0,2}?(?:row|line|column|corner|half|side))\b"
        ),
        r"\1 \3 is \2",
    ),
]


def extremes(question: str) -> str:
    """``question`` with each extreme place said as the grammar's word for it (see the module), in lower case;
    unchanged if it says no extreme so."""
    if not re.search(r"\b(?:most|furthest|farthest|further|farther|closest|nearest)\b", question.lower()):
        return question
    text = _SPACED.sub(r" \1 ", _POSSESSIVE_S.sub(r"\1 's", question.lower())).strip()
    said = text
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    if text == said:
        return question
    return re.sub(r"\s+([,?!:;.])", r"\1", re.sub(r"\s+", " ", text)).replace(" 's", "'s")


_SPACED = re.compile(r"\s*([,?!:;]|\.(?!\d))\s*")
_POSSESSIVE_S = re.compile(r"(\w)'s\b")
