"""Where a thing is in the picture, asked in people's own words, said as the grammar's one form of it.

People ask which part of the picture a thing is in every way they can: "Yellow cube - left or right hand side of the
shot?", "The large cyan cylinder - is it towards the left of the picture or the right?", "Is the clock hung at the top
of the picture or lower down at the bottom?", "Where's the motor car to - top of the picture or down the bottom?",
"The small circle: which row is it in - top, middle or bottom?", "On which side of the picture does the tree stand?".
:func:`where_asked` finds the thing (named in the question, or said first and pointed back at with "it") and the
places offered (or "which side", "which row": the two sides, the top and the bottom) and says "is the yellow cube on
the left or on the right?", which the grammar reads as a choice of the thing's place in the frame.

Only the picture's own parts are read so: a side "of" anything but the picture ("left of the ball or right of it",
"which side of the cube") is a relation, and the question is left as it was; so is one with a single place and no
"which side" ("which is on the left, the cube or the ball?").

>>> where_asked("Yellow cube — left or right hand side of the shot?")
'is the yellow cube on the left or on the right?'
>>> where_asked("Is the clock hung at the top of the picture or lower down at the bottom?")
'is the clock at the top or at the bottom?'
>>> where_asked("The small circle: which row is it in — top, middle or bottom?")
'is the small circle at the top, in the middle or at the bottom?'
>>> where_asked("Is the cube left of the ball or right of it?")
'Is the cube left of the ball or right of it?'
"""

from __future__ import annotations

import re

from nsvr.agent.parser.lexicon import LEXICON

_PLACE_THEN_VALUE = re.compile(r"\bon the (?:left|right|top|bottom)(?: side)? ([a-z]+)\b(?! of\b)")
"""A place said of a thing, then a value asked of it ("the tie on the left red"): the place picks the thing."""
_PLACES = {
    "left": ("h", "left"),
    "right": ("h", "right"),
    "top": ("v", "top"),
    "upper": ("v", "top"),
    "bottom": ("v", "bottom"),
    "lower": ("v", "bottom"),
    "middle": ("", "middle"),
    "centre": ("", "middle"),
    "center": ("", "middle"),
    "high": ("v", "top"),
    "low": ("v", "bottom"),
    "up": ("v", "top"),
    "down": ("v", "bottom"),
}
_SAID = {
    "left": "on the left",
    "right": "on the right",
    "top": "at the top",
    "bottom": "at the bottom",
    "middle": "in the middle",
}
_FRAME = (
    r"(?:picture|photo|photograph|image|frame|shot|drawing|scene|page|layout|screen|pic|grid|sheet|canvas|view|"
    r"composition|artwork|painting|diagram|illustration|sketch|snap|still)"
)
_SEPARATOR = re.compile(r"\s*(?:[—–:;,]|\s-+\s|(?<=[a-z])\.\s|\?\s+)\s*(?!or\b)")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_PART_ASKED = re.compile(r"\b(?:which|what) (?P<part>side|row|half|end|line|part)s?\b")
_OF_SOMETHING = re.compile(
    rf"\b(?:left|right|top|bottom|middle|centre|center|side|half|end|part)s? of (?!(?:the |this )?{_FRAME}\b)"
)
_POINTS_BACK = re.compile(r"\b(?:it|that|this|they|which (?:side|row|half|end|line|part))\b")
_RELATIVE_TO = re.compile(
    r"\b(?:in relation to|relative to|compared (?:to|with)|with respect to|as seen from|from where|its (?:left|right)|"
    r"(?:left|right) of (?:it|him|her|them))\b"
)
"""A side of another thing ("where is the sphere in relation to the cylinder: left or right?"): a relation."""
_FILLERS = frozenset(
    "whether please just you can could would tell say me us show indicate hand handside sit sits stand stands lie lies "
    "placed hung which what where side row half end line part s 's does do did is are really actually exactly".split()
)
_LINKS = frozenset({"behind", "near", "on", "in", "of", "with"})
_COMMANDS = frozenset("locate find take consider see look spot pick check tell indicate say".split())
_PLACE_TALK = frozenset(
    "or and either in on at to the up down over towards toward more further farther lower higher right left top "
    "bottom middle centre center high low side hand half end row part of picture photo image frame shot".split()
)
"""Words of a part that only offers places."""
_PRONOUNS = frozenset({"it", "that", "this", "they", "he", "she", "them", "one", "that one", "this one"})
_NOT_NAMING = frozenset(
    "is are was were does do did be it its hung hanging placed sitting sat standing stood stand stands sit sits "
    "located positioned lying lie lies set parked found drawn painted shown situated near nearer closer at in on to "
    "towards toward now then more over up down lower higher high low further farther right left top bottom middle "
    "centre center or "
    "which what where side row half end part hand of picture photo image frame shot drawing scene page the".split()
)
_SUBJECT_AFTER_VERB = re.compile(
    r"^(?:(?:and|so|but|ok|okay|now|then)\s+)?(?:(?:on|in|at) )?(?:(?:which|what) (?:side|row|half|end|line|part)"
    rf"(?: of (?:the |this )?{_FRAME})? )?(?:is|are|was|were|does|do|'s|s)\s+(?P<np>.+)$"
)
_WHERE = re.compile(r"^(?:(?:and|so|but|ok|okay|now|then)\s+)?(?:where(?:'s| is| are| s)|wheres)\s+(?P<np>.+)$")
_WHETHER = re.compile(r"\bwhether\s+(?P<np>.+?)\s+(?:is|are)\b")
_SUBJECT_FIRST = re.compile(r"^(?:(?:and|so|but|ok|okay|now|then)\s+)?(?P<np>(?:the|this|that) .+?) (?:is|are)\b")


def where_asked(question: str) -> str:
    """``question`` as "is THE THING on the left or on the right?" (at the top, in the middle ...) when it asks which
    part of the picture a thing is in; unchanged otherwise."""
    low = question.lower()
    if len(low) != len(question):
        return question  # a letter whose lower case is longer: the spans below would not fit the question
    if not re.search(r"\b(?:or|which|what)\b", low) or _OF_SOMETHING.search(low) or _RELATIVE_TO.search(low):
        return question
    if any(LEXICON.attribute_of(m[1]) for m in _PLACE_THEN_VALUE.finditer(low)):
        return question  # "is the tie on the left red or the tie on the right red?": the places pick the things
    spans = _segments(low)
    for at in range(len(spans) - 1, -1, -1):
        start, end = spans[at]
        places = _asked(low[start:end])
        if places is None:
            continue
        subject = _subject(low[start:end])
        prefix_end = start
        back = at - 1 if subject is None and not _names_own_thing(low[start:end]) else -1
        while subject is None and back >= 0:  # "Yellow cube - left or right?": the thing said first
            before_start, before_end = spans[back]
            before = low[before_start:before_end]
            subject = _subject(before) or _named(before, first=back == 0)
            prefix_end = before_start
            if not _POINTS_BACK.search(before):  # "the small circle: which row is it in - top, middle or bottom?"
                break
            back -= 1
        if subject is None:
            return question
        said = [_SAID[p] for p in places]
        options = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " or " + said[-1]
        prefix = question[:prefix_end].rstrip()
        asked = f"is {subject} {options}?"
        return f"{prefix} {asked}" if prefix else asked
    return question


def _names_own_thing(segment: str) -> bool:
    """Whether the part that asks names a thing of its own that is no name ("which side is the white one on"): the
    thing said before is not what it asks about."""
    return any(
        word not in _NOT_NAMING and word not in _PLACE_TALK and word not in _FILLERS and word not in _PRONOUNS
        for word in _WORD.findall(segment)
    )


def _segments(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s parts between dashes, colons and commas; a part that only offers places ("in the middle
    or on the right") belongs to the part before it, which offered the first ("on the left, ...")."""
    spans: list[tuple[int, int]] = []
    start = 0
    for found in [*_SEPARATOR.finditer(text), None]:
        end = found.start() if found is not None else len(text)
        if end > start:
            words = _WORD.findall(text[start:end])
            if spans and words and all(w in _PLACE_TALK for w in words) and _offers_place(text[slice(*spans[-1])]):
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
        if found is not None:
            start = found.end()
    return spans


def _offers_place(text: str) -> bool:
    return any(w in _PLACES for w in _WORD.findall(text))


def _asked(segment: str) -> list[str] | None:
    """The places a segment offers along one axis (the sides, or the top and the bottom; the two ends of it when it
    asks "which side" or "which row"), in the order the grammar says them; None when it offers none of the
    picture's parts."""
    words = _WORD.findall(segment)
    offered = [_PLACES[w] for w in words if w in _PLACES]
    part = _PART_ASKED.search(segment)
    if not offered and part is None:
        return None
    if part is None and ("or" not in words or len({value for _, value in offered}) < 2):
        return None
    axes = {axis for axis, _ in offered if axis}
    if part is not None:
        axes.add("v" if part["part"] in {"row", "line"} else "h" if part["part"] in {"side", "half", "end"} else "")
        axes.discard("")
    if len(axes) != 1:
        return None
    axis = axes.pop()
    values = {value for _, value in offered}
    order = ["left", "middle", "right"] if axis == "h" else ["top", "middle", "bottom"]
    places = [p for p in order if p in values]
    if len(places) < 2:
        places = ["left", "right"] if axis == "h" else ["top", "bottom"]
    return places


def _subject(segment: str) -> str | None:
    """The thing a segment asks about, named in it ("is the car near the top ...", "which side is the ball on")."""
    text = re.sub(r"[?!.]+$", "", segment).strip()
    if len(re.findall(r"\b(?:is|are|does|do)\b", text)) > 1:
        return None  # two clauses run together ("the red cup is on the left which side is the white one on")
    for pattern in (_SUBJECT_AFTER_VERB, _WHERE, _SUBJECT_FIRST, _WHETHER):
        found = pattern.match(text) if pattern is not _WHETHER else pattern.search(text)
        if found is not None:
            named = _named(found["np"], leading=True)
            if named is not None:
                return named
    return None


def _named(text: str, *, leading: bool = False, first: bool = False) -> str | None:
    """The noun phrase ``text`` is (or, ``leading``, starts with): "the" and its words up to the first word that is
    no part of a name; None for a pronoun or a phrase with a verb or a place of the picture in it."""
    words = _WORD.findall(re.sub(r"[?!.]+$", "", text))
    if words[:1] and words[0] in {"and", "so", "but", "ok", "okay", "now", "then"}:
        words = words[1:]
    if words[:1] and words[0] in _COMMANDS:  # "locate the small brown cylinder"
        words = words[2:] if words[1:2] == ["at"] else words[1:]
    if words[:1] in (["the"], ["this"], ["that"]):
        words = words[1:]
    kept: list[str] = []
    for word in words:
        if word == "the" and not (kept and kept[-1] in _LINKS):
            break  # "the" only after a word that links a second thing ("the tree behind the girl")
        if word in _NOT_NAMING and not (kept and word in _LINKS | {"the"}):
            break
        kept.append(word)
    while kept and kept[-1] in _LINKS | {"the"}:
        kept.pop()
    if not kept or " ".join(kept) in _PRONOUNS or len(kept) > 6 or ({"one", "ones"} & set(kept) and not first):
        return None  # "the white one": which kind it is was said before (unless nothing was: "the yellow one, ...")
    if not leading and len(kept) < len(words):
        return None
    return "the " + " ".join(kept)
