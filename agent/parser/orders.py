"""Orders said the way people set them up: a direction said once for the whole question ("going from top to
bottom, what colour is the third shape?", "ranked by size, smallest first, what comes last?", "if you lined them up
from largest to smallest, which one would be last?"), ordinals written as digits ("the 2nd biggest", "#3 from the
left"), counted from the other end ("the second to last shape"), said as a predicate ("what shape is third
biggest?"), picked out of a group ("the smaller of the two triangles", "of the gray shapes, which is smaller?"),
and the thing next in an order ("going right to left, what comes right after the purple shape?").

:func:`orders` says each as the grammar's own ordinal: "the third shape from the top", "the smallest triangle",
"the first shape left of the purple shape". It is one of the rewrites :func:`plain_words` applies first.

>>> orders("Going from top to bottom, what colour is the third shape?")
'what colour is the third shape from the top?'
>>> orders("Sort the shapes by size, biggest first: what colour is the last one?")
'what colour is the smallest one?'
>>> orders("What colour is the second to last shape, going left to right?")
'What colour is the second shape from the right?'
>>> orders("What colour is the lower of the two triangles?")
'What colour is the lowest triangle?'
>>> orders("Is the 2nd biggest shape to the left of the biggest?")
'Is the second biggest shape to the left of the biggest one?'
"""

from __future__ import annotations

import re

from nsvr.agent.parser.rewrites import END, PICTURE, Rewrite, apply, rx

_SIDES = r"(top|bottom|left|right)"
_OPPOSITE = {"top": "bottom", "bottom": "top", "left": "right", "right": "left"}
_OPPOSITE |= {"largest": "smallest", "smallest": "largest"}
_HEIGHTS = {"highest": "top", "lowest": "bottom", "leftmost": "left", "rightmost": "right", "topmost": "top"}
_BIG = {"biggest", "largest", "big", "large", "greatest"}
_SIZES = r"(biggest|largest|big|large|greatest|smallest|small|tiniest|tiny|little|littlest)"
_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_NUMBER = r"(?:two|three|four|five|six|2|3|4|5|6)"
_GROUP = rf"(?:the|these|those|all the) (?:{_NUMBER} )?((?:[a-z]+ )?[a-z]+?)s"
"""A group things are picked from ("the two triangles", "the gray shapes"), its noun captured in the singular."""
_ANY_WORD = rf"(?:{'|'.join(_WORDS)})"
_ORDINAL = rf"(second[- ]to[- ]last|second[- ]last|next[- ]to[- ]last|penultimate|last but one|{'|'.join(_WORDS)}|last)"
_THING = r"(?:shape|one|thing|object|figure|item)"
_ORDER_VERB = (
    r"(?:going|counting|reading|moving|working|looking|numbering|starting|beginning|ordered|ranked|sorted|"
    r"arranged|listed|numbered|lined up|in order|ordering them|sorting them|ranking them|taken)"
)

_DIGITS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth", "6th": "sixth"}
_COUNTED = {str(n): word for n, word in enumerate(_WORDS, start=1)}
_SUPERLATIVE = {
    "smaller": "smallest",
    "bigger": "biggest",
    "larger": "largest",
    "lower": "lowest",
    "higher": "highest",
    "taller": "tallest",
    "shorter": "shortest",
    "wider": "widest",
    "narrower": "narrowest",
    "smallest": "smallest",
    "biggest": "biggest",
    "largest": "largest",
    "lowest": "lowest",
    "highest": "highest",
    "leftmost": "leftmost",
    "rightmost": "rightmost",
    "topmost": "topmost",
    "bottommost": "bottommost",
}
_COMPARED = rf"({'|'.join(_SUPERLATIVE)})"
_RELATION_TOWARDS = {"left": "left of", "right": "right of", "top": "above", "bottom": "below"}


_HOUR = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_HOURS = {w: str(i) for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)}
_HEADING = (
    r"north(?:[- ]?(?:east|west))?|south(?:[- ]?(?:east|west))?|east|west|(?:diagonally )?(?:up|down|top|bottom)"
    r"[- ](?:left|right)|(?:up|down) and to the (?:left|right)|up|down|left|right"
)
_HEADING_WORDS = {"up": "north", "top": "north", "down": "south", "bottom": "south", "left": "west", "right": "east"}


def _hour(said: str) -> str:
    return _HOURS.get(said.lower(), said)


def _heading(said: str) -> str:
    """ "up and to the left" -> "northwest", "down-right" -> "southeast", "north-east" -> "northeast"."""
    words = [w for w in re.split(r"[- ]+", said.lower()) if w not in {"and", "to", "the", "diagonally"}]
    points = [_HEADING_WORDS.get(w, w) for w in words]
    return "".join(points)


_TOWARDS = r"(?:due |directly |straight |further |farther |more )?(?:north|south|east|west)\b"
_COMPASS_V = {"north": "top", "south": "bottom"}
_COMPASS_H = {"east": "right", "west": "left"}


def orders(question: str) -> str:
    """The question with an order it sets up, or an ordinal it writes, said as the grammar's (module docstring)."""
    question = apply(_SPELLED, question)
    framed = _framed(question)
    if framed is not None:
        question = framed
    return apply(_GROUPS, question)


def _framed(question: str) -> str | None:
    """The question with a direction said once for all of it ("going left to right, ...") applied to its bare
    ordinals, or None where it sets up none."""
    for pattern in _FRAMES:
        m = pattern.search(question)
        if m is None:
            continue
        rest = (question[: m.start()] + question[m.end() :]).strip(" ,:;-")
        rest = re.sub(r"^\s*([,:;-]\s*)+", "", rest)
        start = _start_of(m)
        ordered = _ordered(rest, start)
        if ordered is not None:
            return ordered
        if start in _RELATION_TOWARDS and re.search(r"\bbetween\b", rest, re.IGNORECASE):
            # "going left to right, which shape is between A and B": between them in that order
            axis = "horizontally" if start in {"left", "right"} else "vertically"
            rest = re.sub(r"(?i)\bbetween\b", f"{axis} between", rest, count=1)
            return rest if re.search(r"[?.!]\s*$", rest) else rest.rstrip() + "?"
        if not _ORDER_WORDS.search(rest):  # "going left to right, how many are there": no order asked
            return rest if re.search(r"[?.!]\s*$", rest) else rest.rstrip() + "?"
    return None


_ORDER_WORDS = rx(
    rf"\b(?:{'|'.join(_WORDS)}|last|next|previous|before|after|place|position|spot|rank|order|number|then|follows?|"
    r"middle|centre|center)\b"
)


def _start_of(m: re.Match[str]) -> str:
    """Where the order a frame sets up starts: a side of the picture, or "largest" / "smallest"."""
    said = m["start"].lower()
    if said in {"top", "bottom", "left", "right"}:
        return said
    if said in _HEIGHTS:
        return _HEIGHTS[said]
    return "largest" if said in _BIG else "smallest"  # the rest of _SIZES


def _ordered(rest: str, start: str) -> str | None:
    """``rest`` with each bare ordinal counted from ``start``; None where it has none to count."""
    changed = rest
    for pattern, make in _ORDINAL_SLOTS:
        changed = pattern.sub(lambda m, make=make: make(m, start), changed)
    if changed == rest:
        return None
    return changed if re.search(r"[?.!]\s*$", changed) else changed.rstrip() + "?"


def _counted(word: str, start: str) -> tuple[str, str]:
    """An ordinal said in an order from ``start`` as (ordinal, where it is counted from): "last" from the left is
    the first from the right; "second to last" biggest first the second smallest."""
    word = re.sub(r"[- ]", " ", word.lower())
    if word == "last":
        return "first", _OPPOSITE[start]
    if word in {"second to last", "second last", "next to last", "penultimate", "last but one"}:
        return "second", _OPPOSITE[start]
    return word, start


def _said(word: str, start: str, noun: str) -> str:
    """ "the third shape from the top", or in a size order "the third largest shape"."""
    ordinal, side = _counted(word, start)
    if side in {"largest", "smallest"}:
        return f"the {side} {noun}" if ordinal == "first" else f"the {ordinal} {side} {noun}"
    if ordinal == "first":  # "the first one from the left": the leftmost one
        return f"the {side}most {noun}"
    return f"the {ordinal} {noun} from the {side}"


def _asked_thing(said: str | None) -> str:
    """The noun of "which shape", "which one": "shape" for "one" or none, as "which one is the first" reads."""
    return "shape" if said is None or said.lower() == "one" else said


def _predicate(said: str) -> str:
    """ "the leftmost one" said after "is": "leftmost", as "which shape is leftmost" asks."""
    return said[4:-4] if said.startswith("the ") and said.endswith("most one") else said


def _next_to(m: re.Match[str], start: str) -> str:
    """ "what comes right after the purple shape" in an order from ``start``: the nearest one beyond it."""
    if start not in _RELATION_TOWARDS:
        return m[0]
    towards = _OPPOSITE[start] if m["which"].lower() == "after" else start
    return f"{m['ask']} is the first shape {_RELATION_TOWARDS[towards]} {m['anchor']}"


def _before(m: re.Match[str], start: str) -> str:
    """ "how many shapes come before the star": those nearer the start than it."""
    if start not in _RELATION_TOWARDS:
        return m[0]
    towards = start if m["which"].lower() == "before" else _OPPOSITE[start]
    return f"how many {m['things']} are {_RELATION_TOWARDS[towards]} {m['anchor']}"


def _place(m: re.Match[str], start: str) -> str:
    """ "which place is the star in", "what position is the blue one in": its place counted from ``start``."""
    return f"what is the place from the {start} of {m['thing']}"


_PLACE_ASKED = (
    r"\b(?:which|what) (?:place|position|spot|number|rank|order|ordinal)(?: number)? (?:is|does|do) (?P<thing>the "
    r"[a-z ]+?)(?: in| come in| end up in| end up| stand in| sit in| occupy| come| have| get| take)?"
)
_ORDINAL_SLOTS = [
    # "would the hexagon come first (if you sorted them ...)": is it the first in that order
    (
        rx(
            rf"^\s*(?:would|will|does|is|do) (the [a-z ]+?) (?:come|be|go|end up|stand|sit|rank)(?: in)?(?: the)? "
            rf"{_ORDINAL}(?: place| position| in line)?(?=\s*[?.!]*\s*$)"
        ),
        lambda m, start: f"is {m[1]} {_said(m[2], start, 'one')}",
    ),
    (rx(_PLACE_ASKED + r"(?=\s*[?.!]*\s*$)"), _place),
    # "what comes right after the purple shape", "what's just before the hexagon"
    (
        rx(
            r"\b(?P<ask>what|which shape|which one)(?: comes| is|'s| would come| would be)(?: right| just| directly|"
            r" immediately)? (?P<which>after|before) (?P<anchor>the [a-z ]+?)(?=\s*[?.!]*\s*$)"
        ),
        _next_to,
    ),
    (
        rx(
            r"\bhow many (?P<things>shapes|ones|things|objects|figures) (?:come|are|would come|would be) "
            r"(?P<which>before|after) (?P<anchor>the [a-z ]+?)(?=\s*[?.!]*\s*$)"
        ),
        _before,
    ),
    # "which one's in the middle", "the object in the middle": the middle one in the order set up
    (
        rx(rf"\b(which|what)(?: ({_THING}))?(?: is|'s) in the (?:middle|centre|center)(?=\s*[?.!]*\s*$)"),
        lambda m, start: (
            f"{m[1]} {_asked_thing(m[2])} is the middle one from the {start}" if start in _RELATION_TOWARDS else m[0]
        ),
    ),
    (
        rx(rf"\bthe ({_THING}) in the (?:middle|centre|center)\b"),
        lambda m, start: f"the middle {m[1]} from the {start}" if start in _RELATION_TOWARDS else m[0],
    ),
    # "the first and last shapes": each one counted
    (
        rx(rf"\bthe {_ORDINAL} and(?: the)? {_ORDINAL} ({_THING})s\b"),
        lambda m, start: f"{_said(m[1], start, m[3])} and {_said(m[2], start, m[3])}",
    ),
    # "which shape comes third", "what comes fourth", "which one would be last"
    (
        rx(
            rf"\b(which|what)(?: ({_THING}))? (?:comes|is|would come|would be|will be|ends up|goes|is placed|sits)"
            rf"(?: in)?(?: the)? {_ORDINAL}(?: place| position| in line| in the order| in order)?(?=\s*[?.!]*\s*$)"
        ),
        lambda m, start: f"{m[1]} {_asked_thing(m[2])} is {_predicate(_said(m[3], start, 'one'))}",
    ),
    # "the third shape", "the last one": counted in the order set up, unless counted from somewhere already
    (
        rx(rf"\bthe {_ORDINAL} ((?:[a-z]+ )?{_THING}|[a-z]+)\b(?! from\b| (?:on|at|in) the\b)"),
        lambda m, start: _said(m[1], start, m[2]) if _noun_like(m[2]) else m[0],
    ),
]


def _noun_like(word: str) -> bool:
    """A word an ordinal's noun can be: a thing word, or a figure's kind (never "of", "time", "from")."""
    last = word.split()[-1].lower()
    return bool(re.fullmatch(rf"{_THING}|shapes?|circle|square|rectangle|triangle|star|pentagon|hexagon", last))


_FRAME_END = r"(?=\s*[,:;.?!-]|\s*$)"
_FRAMES = [
    # "which one's in the middle from left to right?": the direction said last, with no comma
    rx(
        rf"\s+(?:going |counting |reading |moving |when going )?from (?:the )?(?P<start>{_SIDES[1:-1]}) to (?:the )?"
        rf"(?:{_SIDES[1:-1]})(?=\s*[?.!]*\s*$)"
    ),
    # "going from top to bottom", "counting down from the top", "left to right", "ranked from highest to lowest"
    rx(
        rf"(?:^\s*|,\s*|\b(?:if you|when you|when|if)\s+)(?:{_ORDER_VERB}|(?:line|lined|sort|sorted|rank|ranked|order|"
        r"ordered|arrange|arranged|list|listed|put|count|counted|read)(?: (?:the |all the )?(?:shapes|ones|things|"
        r"objects|figures|them))?(?: up)?)?(?: (?:down|up|across|along|over))?(?: by (?:size|height|position),?)?"
        rf"(?: (?:starting|beginning))?\s*(?:(?:from|with)\s+)?(?:the )?(?P<start>{_SIDES[1:-1]}|highest|lowest|"
        rf"leftmost|rightmost|topmost|{_SIZES[1:-1]})(?: one| side| end| edge)?,? (?:(?:one )?(?:to|towards|down to|"
        rf"up to|across to|through to|and (?:go|work|move)(?:ing)? (?:to|towards)) (?:the )?(?:{_SIDES[1:-1]}|highest|"
        rf"lowest|leftmost|rightmost|{_SIZES[1:-1]})(?: one| side| end| edge)?|first){_FRAME_END}"
    ),
    # "counting from the left", "going down from the top", "counting up from the bottom"
    rx(
        rf"(?:^\s*|,\s*)(?:{_ORDER_VERB})(?: (?:down|up|across|along|over))? from (?:the )?(?P<start>{_SIDES[1:-1]})"
        rf"(?:[- ]hand)?(?: side| end| edge)?{_FRAME_END}"
    ),
    # "sort the shapes by size, biggest first", "ranked by size, smallest first"
    rx(
        r"(?:^\s*|,\s*)(?:(?:sort|sorted|rank|ranked|order|ordered|arrange|arranged|list|listed|line up|lined up|"
        r"put)(?: (?:the |all the )?(?:shapes|ones|things|objects|figures|them))?(?: up)? )?(?:by|in order of) "
        rf"(?:size|area),? (?:with )?(?:the )?(?P<start>{_SIZES[1:-1]})(?: ones?)? first{_FRAME_END}"
    ),
]

_SPELLED: list[Rewrite] = [
    (rx(r"\b(1st|2nd|3rd|4th|5th|6th)\b"), lambda m: _DIGITS[m[1].lower()]),
    # "#3 from the left", "number 3 from the left", "no. 2 from the top"
    (rx(r"(?:#|\bnumber |\bno\. ?)([1-8])(?= (?:from|counting|going)\b)"), lambda m: _COUNTED[m[1]]),
    # "the second to last shape" with no order said: counted from the left, so the second from the right
    (
        rx(
            rf"\bthe (second[- ]to[- ]last|second[- ]last|next[- ]to[- ]last|penultimate|last but one) ({_THING}|"
            r"shape|[a-z]+)(?! from\b)(?=\s*[?.!]*\s*$|\s+(?:is|in|on|and|or)\b)"
        ),
        lambda m: f"the second {m[2]} from the right",
    ),
]

_UP = {"up": "above", "above": "above", "higher": "above", "upper": "above", "top": "above", "north": "above"}
_DOWN = {"down": "below", "below": "below", "lower": "below", "bottom": "below", "south": "below"}
_ACROSS = {"left": "left of", "right": "right of", "west": "left of", "east": "right of"}


def _diagonal(m: re.Match[str]) -> str:
    """ "up and to the right of the triangle", "to the lower left of it", "north-east of it": both relations, each
    of the one anchor."""
    vertical = {**_UP, **_DOWN}[m["v"].lower()]
    return f"{vertical} {m['x']} and {_ACROSS[m['h'].lower()]} {m['x']}"


_ANCHOR = rf"(?P<x>the (?!{PICTURE[3:-1]}\b)[a-z]+(?: (?!(?:and|or|is|are|in|on|at)\b)[a-z]+)?|it)"
_VERTICAL = rf"(?P<v>{'|'.join({**_UP, **_DOWN})})"

_GROUPS: list[Rewrite] = [
    # terse: "closest to square?", "farthest from the circle?", "center shape?", "shape at far right?"
    (
        rx(r"^\s*(closest|nearest|farthest|furthest) (to|from) (?:the )?([a-z]+(?: [a-z]+)?)" + END),
        lambda m: f"which shape is {m[1].lower()} {m[2].lower()} the {m[3]}?",
    ),
    (rx(r"^\s*(?:the )?(?:cent(?:er|re)|middle) (shape|one|object|thing)" + END), r"which \1 is in the center?"),
    (
        rx(r"^\s*(?:the )?(shape|one|object|thing) (?:at|on) (?:the )?(?:far|very) (left|right)" + END),
        lambda m: f"which {m[1]} is the {m[2].lower()}most one?",
    ),
    # "is there anything in the middle", "orange one in middle?": in the middle of the picture, both ways
    (
        rx(
            r"^\s*(is there|are there) (anything|something|any shapes?|a shape|any figures?) in the "
            r"(?:middle|cent(?:re|er))(?: of the (?:picture|image))?" + END
        ),
        r"\1 \2 in the middle and in the middle row?",
    ),
    (
        rx(r"^\s*(?:is )?(?:the )?([a-z]+ (?:one|shape|thing))\s+in (?:the )?(?:middle|cent(?:re|er))" + END),
        r"is the \1 in the center?",
    ),
    # "side by side", "sandwiched between", "right-hand edge", "the most distant from"
    (
        rx(r"^\s*are (the [a-z ]+?) and (the [a-z ]+?) (?:side by side|next to each other|beside each other)" + END),
        r"is \1 next to \2?",
    ),
    (rx(r"\b(?:sandwiched|squeezed|placed|located|positioned|sitting|lying) (?:in )?between\b"), "between"),
    (rx(r"\b(left|right)[- ]hand (edge|side|border)\b"), r"\1 \2"),
    # "what object is there in the top right corner", "what is there behind the cube": what is in that place
    (
        rx(
            r"^\s*(what|which)((?: [a-z]+)?) (is|are) there (?=(?:at|in|on|along|near|by|to|behind|under|above|below|"
            r"beside|between|next to|in front of|left of|right of)\b)"
        ),
        r"\1\2 \3 ",
    ),
    # which way one thing lies from another: "in which direction is the green one from the blue shape?", "which way
    # is the orange shape from the green thing - up, down or a diagonal?", "give the compass heading from the black
    # one to the green shape", "if the red shape is the middle of a clock face, what hour does the rectangle sit
    # at?", "if the picture were a clock face, what hour would the triangle be at?"
    (
        rx(
            r"^\s*(?P<compass>(?:using compass points|with up as north|taking up as north|on a map)[^,]*,\s*)?(?:in )?"
            r"(?:which|what) (?:direction|way) (?:is|does|do|lies?) (the [a-z ]+?) (?:lie |sit |stand "
            r")?(?:from|relative "
            r"to|in relation to|as seen from|with respect to) (the [a-z ]+?)(?:\s*[-,:;(].*)?[\s?.!]*$"
        ),
        lambda m: f"which {'compass ' if m['compass'] else ''}direction is {m[2]} from {m[3]}?",
    ),
    (
        rx(
            r"^\s*(?:using compass points|with up as north|taking up as north)[^,]*,\s*where is (the [a-z ]+?) (?:in "
            r"relation to|relative to|from) (the [a-z ]+?)[\s?.!]*$"
        ),
        r"which compass direction is \1 from \2?",
    ),
    (
        rx(
            r"^\s*(?:give|tell me|what is) the (?:compass )?(?:heading|bearing|direction) from (the [a-z "
            r"]+?) to (the [a-z ]+?)[\s?.!]*$"
        ),
        r"which compass direction is \2 from \1?",
    ),
    (
        rx(r"^\s*(the [a-z ]+?) is which way from (the [a-z ]+?)(?:\s*[:,-].*)?[\s?.!]*$"),
        r"which compass direction is \1 from \2?",
    ),
    (
        rx(
            r"^\s*(?:i'?m|i am) (?:standing |sitting )?(?:on|at) (the [a-z ]+?)[.,;]\s*which way (?:do|should|would) i "
            r"(?:head|go|walk|move|turn)(?: to (?:get|reach|go) to| towards?| for) (the [a-z ]+?)[\s?.!]*$"
        ),
        r"which direction is \2 from \1?",
    ),
    (
        rx(
            r"^\s*if (the [a-z ]+?) (?:is|were|was) the (?:middle|centre|center) of a clock(?: face)?,? (?:what|which) "
            r"(?:hour|time|o'?clock) (?:does|would|is) (the [a-z ]+?) (?:sit |be |lie |point )?(?:at|on)?[\s?.!]*$"
        ),
        r"which clock direction is \2 from \1?",
    ),
    (
        rx(
            r"^\s*(?:if the (?:picture|image) (?:is|were|was) a clock(?: face)?|picture a clock (?:laid |put "
            r")?over the "
            r"(?:picture|image)|treat the (?:picture|image) as a clock(?: face)?)\s*[,.:;]?\s*(?:what|which) "
            r"(?:hour|time|"
            r"o'?clock) (?:does|would|is) (the [a-z ]+?) (?:sit |be |lie )?(?:at|on)?[\s?.!]*$"
        ),
        r"which clock direction is \1?",
    ),
    (
        rx(
            r"^\s*(?:picture a clock (?:laid |put )?over the (?:picture|image)|if the (?:picture|image) "
            r"(?:is|were) a clock"
            r"(?: face)?)\s*[,.:;]?\s*where(?:'s| is) (the [a-z ]+?),? in (?:o'?clock|clock) terms[\s?.!]*$"
        ),
        r"which clock direction is \1?",
    ),
    (
        rx(r"^\s*from (the [a-z ]+?),? (the [a-z ]+?) is at (?:how many|what) o'?clock[\s?.!]*$"),
        r"which clock direction is \2 from \1?",
    ),
    # the camera said other ways: "nearest to whoever took this picture", "closest to camera", "the feller holding
    # the camera"
    (
        rx(
            r"\b(?:whoever|the (?:person|one|man|woman|feller|fella|guy|bloke|chap) (?:who|that)?) ?(?:took|is taking|"
            r"takes|holdin'?g?|holds|behind) (?:this|the) (?:picture|photo|photograph|shot|image|camera)\b"
        ),
        "the camera",
    ),
    (rx(r"\b(nearest|closest|farthest|furthest|near|close) (to |from )?camera\b"), r"\1 \2the camera"),
    # a heading from one thing ("what's due west of the green one?", "what's at the black thing's four o'clock?",
    # "imagine the circle is the centre of a clock: which shape is at the 7 o'clock position?"), and a walk that way
    # ("start at the orange one and head west. which shape do you reach?", "heading due north from the orange
    # thing, would you bump into the purple shape?")
    (
        rx(rf"\b(?:at|in) (the [a-z ]+?)'s ({_HOUR}) o'? ?clock(?: position)?"),
        lambda m: f"toward clock {_hour(m[2])} of {m[1]}",
    ),
    (
        rx(
            rf"^\s*(?:imagine|if|picture|suppose) (the [a-z ]+?) (?:is|were|as) the (?:centre|center|middle) of a clock"
            rf"(?: face)?\s*[.,:;]\s*(which shape|what|which one|what shape) is (?:at|in) the ({_HOUR}) o'? ?clock"
            rf"(?: position)?[\s?.!]*$"
        ),
        lambda m: f"{m[2]} is toward clock {_hour(m[3])} of {m[1]}?",
    ),
    (
        rx(
            rf"^\s*looking out from (the [a-z ]+?),? is (the [a-z ]+?) (?:in|at) the ({_HOUR}) o'? ?clock"
            rf"(?: position)?[\s?.!]*$"
        ),
        lambda m: f"is {m[2]} toward clock {_hour(m[3])} of {m[1]}?",
    ),
    (
        rx(
            rf"^\s*(?:start|starting|begin) (?:at|from|on) (the [a-z ]+?)(?: and|,)? (?:then )?(?:head|go|walk|move|"
            rf"travel)(?: due)? ({_HEADING})\s*[.,;]?\s*(?:which shape do you (?:reach|come to|hit)|what do you "
            rf"(?:reach|find|hit)|what(?: colou?r| shape)? is the first (?:shape|thing) you (?:come to|reach|hit|meet))"
            rf"[\s?.!]*$"
        ),
        lambda m: f"what is the shape toward {_heading(m[2])} of {m[1]}?",
    ),
    (
        rx(
            rf"^\s*(?:you'?re|you are|i'?m|i am) (?:on|at) (the [a-z ]+?)\s*[.,;]\s*(?:walk|head|go|move)(?: due)? "
            rf"({_HEADING})\s*[.,;]\s*what (colou?r|shape) is the first (?:shape|thing) (?:you|i) (?:come to|reach|"
            rf"hit|meet)[\s?.!]*$"
        ),
        lambda m: f"what {m[3]} is the shape toward {_heading(m[2])} of {m[1]}?",
    ),
    (
        rx(
            rf"^\s*from (the [a-z ]+?),? (?:go|head|move|walk) ({_HEADING})\s*[.,;]\s*what do you (?:find|reach|see|"
            rf"come to)(?: there)?[\s?.!]*$"
        ),
        lambda m: f"what is the shape toward {_heading(m[2])} of {m[1]}?",
    ),
    (
        rx(
            r"^\s*(?:heading|going|moving|walking|if you (?:head|go|move|walk))"
            rf"(?: due| straight| diagonally| directly)? "
            rf"({_HEADING}) from (the [a-z ]+?),? (?:would|will|do|does) you (?:bump into|run into|reach|get to|hit|"
            rf"come to) (the [a-z ]+?)[\s?.!]*$"
        ),
        lambda m: f"is {m[3]} toward {_heading(m[1])} of {m[2]}?",
    ),
    (
        rx(r"\b(?:straight|directly) (?:up|above) (?:from|of)\b"),
        "toward north of",
    ),
    (rx(r"\b(?:straight|directly) (?:down|below) (?:from|of)\b"), "toward south of"),
    # compass points on a picture (up is north): "how many shapes lie north of the purple shape", "the most
    # northerly thing", "the southernmost shape", "the western half", "in the southwest (corner)"
    (
        rx(
            r"^\s*(?:(?:taking|with|using|treating)(?: compass points)?(?: with)? (?:up|the top)(?: of the (?:picture|"
            r"image))? as north|with north (?:at the top|up)(?: of the (?:picture|image))?|on a map where up is north|"
            r"using compass points(?: with up as north)?|(?:if|where) up is north)\s*[,:;]\s*"
        ),
        "",
    ),
    (
        rx(r"\b(eastern|western|northern|southern) or (?:the )?(eastern|western|northern|southern) (half|side|part)\b"),
        r"\1 \3 or the \2 \3",
    ),
    (
        rx(
            r"^\s*(?:does|do) (the [a-z ]+?) (?:sit|lie|stand|rest) (in|on|at) (?=the (?:top|bottom|left|right|upper|"
            r"lower|north|south|east|west|northern|southern|eastern|western|middle|centre|center)\b)"
        ),
        r"is \1 \2 ",
    ),
    (rx(rf"\b(lies|sits|stands|is located|is situated)\s+(?={_TOWARDS})"), "is "),
    (rx(rf"\b(lie|sit|stand|are located|are situated)\s+(?={_TOWARDS})"), "are "),
    (rx(r"\b(?:the )?(?:northernmost|most northerly|most northern|furthest north|farthest north)\b"), "the topmost"),
    (rx(r"\b(?:the )?(?:southernmost|most southerly|most southern|furthest south|farthest south)\b"), "the bottommost"),
    (rx(r"\b(?:the )?(?:easternmost|most easterly|most eastern|furthest east|farthest east)\b"), "the rightmost"),
    (rx(r"\b(?:the )?(?:westernmost|most westerly|most western|furthest west|farthest west)\b"), "the leftmost"),
    (rx(r"\b(?:northern|north) (half|side|part|edge|border)\b"), r"top \1"),
    (rx(r"\b(?:southern|south) (half|side|part|edge|border)\b"), r"bottom \1"),
    (rx(r"\b(?:eastern|east) (half|side|part|edge|border)\b"), r"right \1"),
    (rx(r"\b(?:western|west) (half|side|part|edge|border)\b"), r"left \1"),
    (
        rx(r"\b(?:the )?(north|south)[- ]?(east|west)(?:ern)? (corner|quarter|quadrant|part|region|zone)\b"),
        lambda m: (
            f"the {_COMPASS_V[m[1].lower()]} {_COMPASS_H[m[2].lower()]} "
            f"{'corner' if m[3].lower() != 'quadrant' else 'quadrant'}"
        ),
    ),
    (
        rx(r"\b(in|at) the (north|south)[- ]?(east|west)\b(?! of)"),
        lambda m: f"{m[1]} the {_COMPASS_V[m[2].lower()]} {_COMPASS_H[m[3].lower()]} corner",
    ),
    (
        rx(r"(?<!toward )\b(?:to the |off to the )?(north|south)[- ]?(east|west) of\b"),
        lambda m: f"{'up' if m[1].lower() == 'north' else 'down'} and to the {_COMPASS_H[m[2].lower()]} of",
    ),
    (rx(r"\b(?:further|farther|more) (north|south) than\b"), lambda m: "above" if m[1].lower() == "north" else "below"),
    (rx(r"\b(?:further|farther|more) (east|west) than\b"), lambda m: f"{_COMPASS_H[m[1].lower()]} of"),
    # an edge of the picture: "which shape touches the left edge", "does the star reach the top border", "is it
    # up against the upper edge" ("near the bottom edge" stays a part of the picture, as the older sets read it)
    (rx(r"\b(upper|lower) (edge|border)\b"), lambda m: f"{'top' if m[1].lower() == 'upper' else 'bottom'} {m[2]}"),
    (
        rx(r"^\s*(?:does|do) (the [a-z ]+?) (?:touch|reach|meet|abut|hug) the (left|right|top|bottom) (edge|border)\b"),
        r"is \1 at the \2 \3",
    ),
    (
        rx(
            r"\b(?:touches|reaches|meets|abuts|hugs|is touching|is right up against|is up against|sits against|sits at"
            r") the (left|right|top|bottom) (edge|border)\b"
        ),
        r"is at the \1 \2",
    ),
    (
        rx(
            r"\b(?:(?:right )?up against|hugging|flush (?:with|against)) "
            r"the (left|right|top|bottom) "
            r"(edge|border)\b"
        ),
        r"at the \1 \2",
    ),
    (rx(r"\bthe most distant (from|to)\b"), "farthest from"),
    (
        rx(
            r"\b(?:right|exactly|smack) (?:in|at) the (?:middle|centre|center)(?: of the (?:image|picture|frame|page|"
            r"drawing|sheet|whole thing|canvas))?(?=\s*[?.!]*\s*$)"
        ),
        "in the middle and in the middle row",
    ),
    # a diagonal: "diagonally up and to the right of the triangle", "to the lower left of the green one",
    # "north-east of the blue one"
    (
        rx(
            rf"\b(?:diagonally |directly )?{_VERTICAL},? and (?:also )?(?:to the |on the |off to the )?"
            rf"(?P<h>left|right)(?: of| from)? {_ANCHOR}\b"
        ),
        _diagonal,
    ),
    (
        rx(rf"\b(?:to the |at the |on the |towards the )?{_VERTICAL}[- ](?P<h>left|right)(?: of| from) {_ANCHOR}\b"),
        _diagonal,
    ),
    (rx(rf"(?<!toward )\b{_VERTICAL}[- ]?(?P<h>east|west) of {_ANCHOR}\b"), _diagonal),
    # "where does the gray shape rank in size, smallest first?"
    (
        rx(
            r"^\s*where does (?P<thing>the [a-z ]+?) (?:rank|come|fall|stand|sit|place)(?: in| by| in order of| for)? "
            rf"(?:size|area),? (?:the )?{_SIZES} (?:ones? )?first" + END
        ),
        lambda m: f"what is the place from the {'largest' if m[2].lower() in _BIG else 'smallest'} of {m['thing']}?",
    ),
    # "which place is the star in from the top", "is the orange thing first, second or third from the left?"
    (
        rx(_PLACE_ASKED + rf",? (?:counting |going |numbering )?from the {_SIDES}(?=\s*[?.!]*\s*$)"),
        lambda m: f"what is the place from the {m[2].lower()} of {m['thing']}",
    ),
    (
        rx(
            rf"^\s*is (?P<thing>the [a-z ]+?) (?:the )?{_ANY_WORD}(?:,? (?:or )?(?:the )?{_ANY_WORD})+ (?:one |shape )?"
            rf"from the (?P<side>top|bottom|left|right)" + END
        ),
        lambda m: f"what is the place from the {m['side'].lower()} of {m['thing']}?",
    ),
    # "of the biggest?", "than the smallest": the superlative's noun said
    (rx(rf"\b((?:of|than|and|as) the (?:{_COMPARED[1:-1]}))(?=\s*[?.!]*\s*$)"), r"\1 one"),
    # "the smaller of the two triangles", "the smallest of the rectangles", "the lowest of the red shapes"
    (
        rx(rf"\bthe {_COMPARED} (?:one )?(?:of|among|out of) {_GROUP}\b(?!\s*[,:-])"),
        lambda m: f"the {_SUPERLATIVE[m[1].lower()]} {m[2]}",
    ),
    # "of the gray shapes, which is smaller?", "among the triangles, which one is the biggest?"
    (
        rx(
            rf"^\s*(?:of|among|out of|between) {_GROUP}\s*,?\s*which"
            rf"(?: one)? is (?:the )?{_COMPARED}(?: one)?{END}"
        ),
        lambda m: f"which {m[1]} is the {_SUPERLATIVE[m[2].lower()]} one?",
    ),
    # "the two triangles: what colour is the smaller one?"
    (
        rx(rf"^\s*the {_NUMBER} ((?:[a-z]+ )?[a-z]+?)s\s*[:,-]+\s*(.*?)\bthe {_COMPARED} (?:one|{_THING})\b(.*)$"),
        lambda m: f"{m[2]}the {_SUPERLATIVE[m[3].lower()]} {m[1]}{m[4]}",
    ),
    # "of the three shapes, which one's in the middle": all of them, which the question asks of anyway
    (
        rx(rf"^\s*(?:of|among|out of) (?:the|these|those) {_NUMBER} (?:shapes|figures|objects|things)\s*,\s*(?=which)"),
        "",
    ),
    # "out of all of them, which shape is the largest", "of all the shapes, which is the smallest in area"
    (
        rx(
            r"^\s*(?:out of|of|among|from) all(?: of)?(?: them| the shapes| the figures| the objects| shapes)\s*,?\s*"
            rf"(?=which(?: one| shape)? is (?:the )?{_COMPARED})"
        ),
        "",
    ),
    (rx(rf"\b(the (?:{_COMPARED[1:-1]}))(?: one)? in (?:area|size)\b"), r"\1 one"),
    # "apart from the pentagon, which shape is biggest?": the biggest shape other than the pentagon
    (
        rx(
            rf"^\s*(?:apart from|except for|except|besides|other than|not counting|ignoring|leaving out) (the [a-z ]+?)"
            rf"\s*,\s*which (?:{_THING}) is (?:the )?{_COMPARED}(?: one)?{END}"
        ),
        lambda m: f"what is the {_SUPERLATIVE[m[2].lower()]} shape other than {m[1]}?",
    ),
    # "what shape is third biggest?", "is the orange shape the second largest?": the ordinal's noun said
    (
        rx(rf"\b(is|are) (?:the )?((?:{'|'.join(_WORDS[1:])}) (?:{_COMPARED[1:-1]}))(?=\s*[?.!]*\s*$)"),
        r"\1 the \2 one",
    ),
    (rx(rf"\bthe ((?:{'|'.join(_WORDS[1:])}) (?:{_COMPARED[1:-1]}))(?=\s*[?.!]*\s*$)"), r"the \1 one"),
    (rx(rf"\bthe ({'|'.join(_WORDS)}) (from the (?:{_SIDES[1:-1]}))(?=\s*[?.!]*\s*$)"), r"the \1 one \2"),
    # "the very top one", "the top shape", "the bottom one": the one furthest that way
    (
        rx(rf"\bthe (?:very )?(top|bottom) ({_THING})\b(?! (?:of|in|row|half|left|right)\b)"),
        lambda m: f"the {m[1].lower()}most {m[2]}",
    ),
    (rx(r"(?<=\bis )the (?:very )?(top|bottom)(?: one)?(?=\s*[?.!]*\s*$)"), lambda m: f"the {m[1].lower()}most one"),
    (
        rx(rf"\bthe ({_THING})s at the far (left|right) and(?: at)? the far (left|right)\b"),
        lambda m: f"the {m[2].lower()}most {m[1]} and the {m[3].lower()}most {m[1]}",
    ),
    # "is the rectangle furthest to the left?": the leftmost one
    (
        rx(
            r"^\s*is (the (?:[a-z]+ ){0,2}?[a-z]+) (?:the (?:one|shape|thing|object|item) )?(?:that is |which is )?"
            r"(?:the )?(?:furthest|farthest|most) (?:to|on|over to) the (left|right)" + END
        ),
        lambda m: f"is {m[1]} the {m[2].lower()}most shape?",
    ),
    # "is the highest shape the smallest too?"
    (rx(r"\b(the (?:[a-z]+ )?(?:one|shape|thing|object))\s+(?:too|as well|also)(?=\s*[?.!]*\s*$)"), r"\1"),
    (rx(rf"\b(the (?:{_COMPARED[1:-1]}))\s+(?:too|as well|also)(?=\s*[?.!]*\s*$)"), r"\1 one"),
    # "is the second shape from the top larger than the first?": the first counted the same way
    (
        rx(
            rf"\bthe ({'|'.join(_WORDS)}) ({_THING}) from the {_SIDES}\b(.*\bthan the) ({'|'.join(_WORDS)})"
            rf"(?=\s*[?.!]*\s*$)"
        ),
        lambda m: f"the {m[1]} {m[2]} from the {m[3]}{m[4]} {m[5]} {m[2]} from the {m[3]}",
    ),
]
