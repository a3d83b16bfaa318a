"""A place said first, on its own, then a question about what stands there.

People who cannot point name the place before they ask: "Top row, far right - what shape is that?", "Bottom row,
the one in the middle: what colour?", "Waypoint one: top-left corner. What shape's there?", "Second from the left -
is it metal?". :func:`placed_first` says the place as the thing asked about ("what shape is the rightmost thing in
the top row?"), so the grammar reads one question.

Only a message whose fragment is made of places alone (a row or line, a corner, an order from a side, an end, the
middle) and whose question points back at it ("it", "that", "there", "that one", or nothing: "what colour?") is
rewritten; talk before the fragment stays, for the parser's other readings.

>>> placed_first("Top row, far right - what shape have I drawn there?")
'what shape is the rightmost thing in the top row?'
>>> placed_first("Bottom row, the one in the middle: what colour?")
'what colour is the thing in the middle of the bottom row?'
>>> placed_first("Waypoint one: top-left corner. What shape's there?")
'Waypoint one: what shape is the thing in the top left corner?'
>>> placed_first("The red cube - what colour is it?")
'The red cube - what colour is it?'
"""

from __future__ import annotations

import re

from nsvr.agent.parser.lexicon import LEXICON

_ROW = r"(?:in |on |along )?(?:the )?(?P<row>top|bottom|upper|lower|front|back) (?:row|line)"
_CORNER = (
    r"(?:in |at )?(?:the )?(?P<corner_v>top|bottom|upper|lower)[- ]?(?P<corner_h>left|right)(?:[- ]hand)?"
    r"(?: corner)?"
)
_ORDINALS = {
    "first": "first",
    "1st": "first",
    "second": "second",
    "2nd": "second",
    "third": "third",
    "3rd": "third",
    "fourth": "fourth",
    "4th": "fourth",
    "fifth": "fifth",
    "5th": "fifth",
    "last": "last",
}
_ORDER = (
    r"(?:the )?(?P<nth>first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)"
    r"(?: one| thing| shape| piece| object| item)?(?: (?:from|on|counting from|in from) the (?P<nth_side>left|right))"
)
_END = (
    r"(?:the )?(?:very )?(?:first|last) (?:one |thing |shape |piece |object )?(?:over )?(?:on|at) the "
    r"(?:far )?(?P<end_side3>left|right)(?:[- ]hand)?(?: end| side)?"
    r"|(?:(?:at|on|over on|to) )?(?:the )?(?:far|very|extreme) (?P<end_side>left|right)(?:[- ]hand)?(?: end| side)?"
    r"|(?:at |on )?(?:the )?(?P<end_side2>left|right)(?:[- ]hand)? end"
    r"|(?:the )?(?P<most>left|right)most(?: one| thing)?"
)
_DEPTH = (
    r"(?:the )?(?:one |thing )?(?:(?P<near>closest|nearest)(?: one| thing)?(?: in)? to (?:me|us|the camera|the viewer)"
    r"|(?:right )?(?:at|in) the (?:very )?(?P<front>front)|(?P<front2>front) one"
    r"|(?:right )?(?:at|in) the (?:very )?(?P<back>back)|(?P<back2>back) one|(?P<far>furthest|farthest) (?:back|away))"
)
_MIDDLE = (
    r"(?P<middle>(?:the )?(?:one |thing |shape |piece )?in the (?:very )?(?:middle|centre|center)|(?:the )?middle one"
    r"|(?:the )?(?:centre|center|middle)(?: of the (?:grid|picture|drawing|board|page|image))?)"
    r"|(?P<centre>(?:dead |right in the |the very |in the very )(?:centre|center|middle)"
    r"(?: of the (?:grid|picture|drawing|board|page|image))?)"
)
_PLACE = rf"(?:{_ROW}|{_CORNER}|{_ORDER}|{_END}|{_DEPTH}|{_MIDDLE})"
_ATTRIBUTE = r"colou?r|shape|size|material"
_POINTED = (
    r"(?:(?:\s*'s|\s+is)?\s+(?:it|that|this|there|that one|this one|that piece|that shape|that thing|the one there|"
    r"the shape there)(?: (?:have i drawn|i have drawn|is drawn|do you see|can you see|sits|is) there)?"
    r"|\s+(?:have i drawn|is drawn|do you see|can you see|sits|is) there)?"
)
_ASK = (
    rf"(?P<what>what|which) (?P<attribute>{_ATTRIBUTE}){_POINTED}"
    rf"|what(?:'s| is) (?:that one|this one|it|that|this),? (?P<wise>{_ATTRIBUTE})[- ]?wise"
    rf"|(?P<bare>{_ATTRIBUTE})(?: of (?:it|that|that one|the [a-z]+))?(?:,? please)?"
    r"|(?P<whatis>what)(?: is|'s) (?:sitting |standing |lying |drawn |placed )?(?:it|that|there|that one)"
    r"(?P<made> made of)?"
    r"|(?P<be>is|'s) (?:that one|this one|it|that|this) (?P<said>[a-z ]+?)"
    r"|(?:is (?:that one|this one|it|that|this) |is )?(?P<either>[a-z]+ or [a-z]+)"
)
_MESSAGE = re.compile(
    rf"(?i)^(?P<before>.*?[.!?:]\s+|)(?P<first>{_PLACE})(?:\s*,?\s+(?P<second>{_PLACE.replace('?P<', '?P<b_')}))?"
    rf"\s*(?:,|:|;|\.|\u2014|\u2013| - | -- )\s*(?P<ask>{_ASK})\s*[?.!]*\s*$"
)


def _described(found: re.Match[str]) -> str | None:
    """The noun phrase of the one or two places ``found`` names (None when they do not make one thing)."""
    places = {key.removeprefix("b_"): value for key, value in found.groupdict().items() if value and key != "ask"}
    row = places.get("row")
    corner = (places.get("corner_v"), places.get("corner_h"))
    side = places.get("end_side") or places.get("end_side2") or places.get("end_side3") or places.get("most")
    depth = "front" if any(places.get(k) for k in ("near", "front", "front2")) else None
    depth = "back" if any(places.get(k) for k in ("back", "back2", "far")) else depth
    nth = places.get("nth")
    middle = places.get("middle") or places.get("centre")
    if sum(bool(x) for x in (row, corner[0], side, depth, nth, middle)) != (2 if found["second"] else 1):
        return None  # two orders, or an order said twice: not one place
    if corner[0]:
        vertical = {"upper": "top", "lower": "bottom"}.get(corner[0].lower(), corner[0].lower())
        return f"the thing in the {vertical} {corner[1].lower()} corner"
    where = f" in the {row.lower()} row" if row else ""
    if side:
        return f"the {side.lower()}most thing{where}"
    if depth:
        return f"the frontmost thing{where}" if depth == "front" else f"the thing furthest back{where}"
    if nth:
        return f"the {_ORDINALS[nth.lower()]} thing from the {places['nth_side'].lower()}{where}"
    if places.get("centre") and not row:
        return "the thing in the very middle"
    if middle:
        return f"the thing in the middle of the {row.lower()} row" if row else "the thing in the middle"
    return None  # a row alone names no one thing


def placed_first(question: str) -> str:
    """``question`` with a place said first and then asked about as one question (see the module); otherwise as
    it is."""
    found = _MESSAGE.match(question.strip())
    if found is None:
        return question
    thing = _described(found)
    if thing is None:
        return question
    attribute = found["attribute"] or found["bare"] or found["wise"]
    if attribute:
        asked = f"what {attribute.lower()} is {thing}?"
    elif found["whatis"]:
        asked = f"what is {thing} made of?" if found["made"] else f"what is {thing}?"
    elif found["either"]:
        options = found["either"].split(" or ")
        if not any(LEXICON.attribute_of(option) for option in options):  # kinds: "a circle or a hexagon"
            options = [f"a {option}" for option in options]
        asked = f"is {thing} {' or '.join(options)}?"
    else:
        asked = f"is {thing} {found['said']}?"
    return f"{found['before']}{asked}"
