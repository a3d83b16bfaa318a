"""Questions as they are said aloud to an assistant or typed as one talks: a device called by name with no comma
("computer is there a square"), "wanna" and "gonna", "like" as a filler before a comparison ("is the red thing like
lower down than the gray one"), "highest up", and three ways a spoken question offers its answers: two counts to
choose from ("are there four or five shapes?"), two groups to weigh ("which colour is there more of, yellow shapes
or black shapes?") and a count asked before its comparison ("count the circles and the triangles. are there more
circles?"). Each is rewritten into the wording the rest of the parser reads; anything else is left as it is.

>>> spoken("computer is there a square")
'is there a square'
>>> spoken("Are there four or five shapes in total?")
'how many shapes are there in total?'
>>> spoken("Count the circles and the triangles. Are there more circles?")
'are there more circles than triangles?'
"""

from __future__ import annotations

import re

_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_ASKING = r"(?:how|what|which|who|where|is|are|does|do|can|could|count|tell|please|show|find|i|i'm|so|okay|ok|um|uh)"

_CALLED = re.compile(
    r"(?i)^\s*(?:hey |ok |okay |hi |yo )?(?:computer|assistant|robot|nsvr|siri|alexa|google|bot|phone|app)"
    rf"\s*[,!:]?\s+(?={_ASKING}\b)"
)
"""A device called by name before the question, with or without a comma."""
_SLURRED = [
    (re.compile(r"(?i)\bwanna\b"), "want to"),
    (re.compile(r"(?i)\bgonna\b"), "going to"),
    (re.compile(r"(?i)\bgotta\b"), "have to"),
]
_UP_OR_DOWN = re.compile(r"(?i)\b(highest|lowest|topmost|bottommost|uppermost|lowermost) (?:up|down)\b")
"""'which shape is the highest up': the highest."""
_FILLER_LIKE = re.compile(
    r"(?i)\blike (?=(?:way |much |a lot |a bit |kind of |kinda |sort of )?[a-z]+er (?:up |down )?than\b)"
)
"""'is the red thing like lower down than the gray thing': "like" fills a pause before the comparison."""
_TWO_COUNTS = re.compile(
    rf"(?i)^\s*(?:are there|do you see|can you see|do i see|can i see|is it|are they|are these) (?:like )?"
    rf"(?:either )?{_NUMBER} or {_NUMBER} (?P<things>(?:[a-z]+ ){{0,3}}?[a-z]+s)"
    r"(?P<where>(?: in (?:total|all)| altogether| overall| here| in (?:the|this) (?:picture|image))?)\s*[?.!]*\s*$"
)
"""'are there four or five shapes in total?': how many there are (neither, when it is neither)."""
_WHICH_VALUE_MORE = re.compile(
    r"(?i)^\s*(?:which|what) (?:colou?r|shape|kind|sort|type)s? (?:is there|are there|do you see|can you see|do i see|"
    r"has|have) (?:the )?more(?: of)?\s*[,:]?\s*(?:the )?(?P<one>[a-z]+(?: [a-z]+)?) or (?:the )?"
    r"(?P<other>[a-z]+(?: [a-z]+)?)\s*[?.!]*\s*$"
)
"""'which colour is there more of, yellow shapes or black shapes?': are there more of the one or of the other."""
_WHICH_VALUE_HAS_MORE = re.compile(
    r"(?i)^\s*(?:which|what) (?:colou?r|shape|kind|sort|type) (?:has|have|has got|got) (?:the )?more "
    r"(?P<things>[a-z]+s)\s*[,:]\s*(?:the )?(?P<one>[a-z]+) (?:ones |ones? )?or (?:the )?(?P<other>[a-z]+)"
    r"(?: ones?)?\s*[?.!]*\s*$"
)
"""'which colour has more shapes, yellow or black?': the same choice, the things said once."""
_COUNTED_THEN_COMPARED = re.compile(
    r"(?i)^\s*(?:please |now |first )?(?:count|compare|look at|check) (?:the |all the )?(?P<one>[a-z ]+?) and "
    r"(?:the |all the )?(?P<other>[a-z ]+?)\s*[.;,:]\s*(?:then |now |and |so )*(?P<asked>are there|is there|do you see|"
    r"do we have|do i see|can you see) (?P<more>more|fewer|less) (?P<which>[a-z ]+?)\s*[?.!]*\s*$"
)
"""'count the circles and the triangles. are there more circles?': more of those than of the others."""


def _counted_then_compared(m: re.Match[str]) -> str:
    one, other, which = m["one"].strip(), m["other"].strip(), m["which"].strip()
    if which == other:
        one, other = other, one
    elif which != one:
        return m[0]
    more = "fewer" if m["more"].lower() == "less" else m["more"].lower()
    return f"are there {more} {one} than {other}?"


def _which_value_has_more(m: re.Match[str]) -> str:
    return f"are there more {m['one']} {m['things']} or {m['other']} {m['things']}?"


def spoken(question: str) -> str:
    """The question with the spoken forms this module reads rewritten (see the module's docstring).

    >>> spoken("okay so is the red thing like lower down than the gray thing")
    'okay so is the red thing lower down than the gray thing'
    """
    question = _CALLED.sub("", question)
    for pattern, replacement in _SLURRED:
        question = pattern.sub(replacement, question)
    question = _FILLER_LIKE.sub("", _UP_OR_DOWN.sub(r"\1", question))
    question = _TWO_COUNTS.sub(lambda m: f"how many {m['things']} are there{m['where']}?", question)
    question = _WHICH_VALUE_MORE.sub(lambda m: f"are there more {m['one']} or {m['other']}?", question)
    question = _WHICH_VALUE_HAS_MORE.sub(_which_value_has_more, question)
    return _COUNTED_THEN_COMPARED.sub(_counted_then_compared, question)
