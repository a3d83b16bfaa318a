"""Things compared with each other, said the ways people contrast them: the odd one out ("which one's the odd one
out?", "which shape is a different colour from the rest?", "apart from one, are all the shapes the same colour?"),
sameness of two things ("same colour or different: the circle and the square?", "is the circle coloured differently
to the square", "Purple and red: same shape?"), sameness of a group ("squares all one colour?", "are any two of
these the same colour?", "none of the shapes are the same colour, right?"), sizes compared ("larger: the circle or
the triangle?", "of the two, which takes up less space?", "is A at least twice as big as B?", "is A less than half
the size of B?") and places in an order ("reading left to right, does A come before B?", "further right: A or B?").

:func:`alike` says each in the grammar's words: "the oddball" (the one unlike the rest; "the oddball by color": in
colour), "do A and B have the same color", "are all the squares the same color", "is A twice as big as B", "is A
half the size of B", "which is bigger, A or B". It is one of the rewrites :func:`plain_words` applies first.

>>> alike("Which one's the odd one out?")
'which is the oddball?'
>>> alike("Which shape is a different colour from the rest?")
'which is the oddball by color?'
>>> alike("Apart from one, are all the shapes the same colour?")
'is there an oddball by color?'
>>> alike("Same colour or different: the circle and the square?")
'do the circle and the square have the same color, or different?'
>>> alike("purple thing at least 2x the size of black shape?")
'is the purple thing twice as big as the black shape?'
"""

from __future__ import annotations

import re

from nsvr.agent.parser.rewrites import COLOUR, END, KIND, Rewrite, apply, rx

_ATTRIBUTE = r"(colou?r|shape|kind(?: of shape)?|type(?: of shape)?|sort of shape|form|size)"
_FIRST_FROM = {"left": "further left", "right": "further right", "top": "higher", "bottom": "lower"}
_CANONICAL = {"colour": "color", "color": "color", "size": "size"}
_REST = r"(?:all )?(?:the )?(?:rest|others|other (?:shapes|ones|figures|things|items))(?: of them)?"
_THESE = r"(?:of (?:these|them|the (?:shapes|figures|things|objects))|shapes|figures)"
_THING = (
    r"((?:the )?(?:[a-z]+ ){0,2}?(?:shape|one|thing|figure|item|object|circle|square|rectangle|triangle|star|"
    r"pentagon|hexagon|ellipse|oval|diamond|heart|cross))"
)


def alike(question: str) -> str:
    """The question with its comparison said in the grammar's words (module docstring)."""
    return apply(_REWRITES, question)


def _attribute(word: str) -> str:
    """The attribute a word names: "colour" -> "color", "kind of shape" -> "shape"."""
    return _CANONICAL.get(word.lower(), "shape")


def _oddball_by(m: re.Match[str]) -> str:
    return f"which is the oddball by {_attribute(m['attr'])}?"


_REWRITES: list[Rewrite] = [
    # a colour said with "coloured": "a gold coloured box", "red-colored shapes"
    (rx(rf"\b({COLOUR}|gold|golden|silver)[- ]colou?red\b"), r"\1"),
    # the odd one out
    (
        rx(r"\b(?:(an?|the) )?odd (?:one|shape|thing|figure|item|object|man|piece) out\b"),
        lambda m: f"{'an' if (m[1] or '').lower().startswith('a') else 'the'} oddball",
    ),
    (rx(rf"^\s*(?:so |and |ok,? )?(?:the )?oddball{END}"), "which is the oddball?"),
    (
        rx(
            r"^\s*(?:so |and |ok,? )?(?:which|what|who)(?: one| shape| figure| thing| item| of (?:these|them|the "
            rf"shapes))?(?:'s| is) the oddball(?: here| in (?:the|this) (?:picture|image|drawing))?{END}"
        ),
        "which is the oddball?",
    ),
    (
        rx(rf"^\s*(?:which|what) (?:one )?of (the [a-z ]+?s|these|them) (?:is|'s) the oddball(?: by ([a-z]+))?{END}"),
        lambda m: (
            f"which is the oddball{f' by {m[2]}' if m[2] else ''}"
            f"{'' if m[1].lower() in {'these', 'them'} else f' among {m[1]}'}?"
        ),
    ),
    (
        rx(
            r"^\s*(?:which|what) (?!one\b|shape\b|figure\b|thing\b|item\b|of\b|colou?r\b|size\b|material\b|kind\b|"
            rf"type\b|sort\b)([a-z]+) (?:is|'s) the oddball{END}"
        ),
        lambda m: f"which is the oddball among the {_plural(m[1])}?",
    ),
    (rx(rf"^\s*{_THING} is the oddball,? (?:isn't it|is it not|right|yes|no|correct)\s*{END}"), r"is \1 the oddball?"),
    (
        rx(
            r"^\s*(?:which|what)(?: one| shape| figure| thing| item)?(?: of (?:these|them|the shapes))? "
            rf"(?:is|has|comes in) (?:a |of a )?different (?P<attr>{_ATTRIBUTE[1:-1]}) (?:from|than|to) {_REST}{END}"
        ),
        _oddball_by,
    ),
    (
        rx(
            r"^\s*(?:which|what)(?: one| shape| figure| thing| item)?(?: of (?:these|them|the shapes))? (?:doesn'?t|"
            rf"does not|don'?t) (?:match|fit in with|go with) {_REST} (?:in|by|on) (?P<attr>{_ATTRIBUTE[1:-1]}){END}"
        ),
        _oddball_by,
    ),
    (
        rx(
            rf"^\s*one {_THESE} is (?:a |of a )?different (?P<attr>{_ATTRIBUTE[1:-1]}) (?:from|than|to) {_REST}\s*"
            rf"[,:;-]*\s*which(?: one)?(?: is it)?{END}"
        ),
        _oddball_by,
    ),
    (
        rx(
            r"^\s*(?:which|what)(?: one| shape| figure| thing| item)? (?:is not|isn'?t) (?:of )?the same "
            rf"(?P<attr>{_ATTRIBUTE[1:-1]}) as {_REST}{END}"
        ),
        _oddball_by,
    ),
    (
        rx(
            rf"^\s*(?:is|isn'?t|is not) {_THING} the only (?:one|shape|figure)(?: that is| that's| in| with| of)? "
            rf"(?:a )?different (?P<attr>{_ATTRIBUTE[1:-1]}){END}"
        ),
        lambda m: f"is {m[1]} the oddball by {_attribute(m['attr'])}?",
    ),
    (
        rx(
            r"^\s*(?:apart from|except(?: for)?|but for|other than|save for|with the exception of|bar) one(?: of them|"
            r" shape)?\s*,?\s*(?:are|is) (?:all )?(?:of )?(?:the |these )?(?:shapes|figures|things|objects|ones)?"
            rf"(?: all)? (?:the same|one|a single) (?P<attr>{_ATTRIBUTE[1:-1]}){END}"
        ),
        lambda m: f"is there an oddball by {_attribute(m['attr'])}?",
    ),
    # two things the same or different: "same colour or different: the circle and the square?"
    (rx(r"\b(same|different) (?:kind|type|sort) of (?:shape|figure)s?\b"), r"\1 type"),
    (
        rx(r"\b(?:filled|coloured|colored|painted|drawn|shaded)(?: in| with)? (the same|a different) (colou?r)\b"),
        r"\1 \2",
    ),
    (
        rx(
            rf"^\s*(?:the )?same (?P<attr>{_ATTRIBUTE[1:-1]}) or (?:a )?different(?: ones?| {_ATTRIBUTE[1:-1]}s?)?\s*"
            rf"[:,;-]+\s*{_THING} and {_THING}{END}"
        ),
        lambda m: f"do {m[2]} and {m[3]} have the same {_attribute(m['attr'])}, or different?",
    ),
    (
        rx(
            rf"^\s*{_THING} and {_THING}\s*[:,;-]+\s*(?:the )?same (?P<attr>{_ATTRIBUTE[1:-1]})(?: or not)?"
            rf"{END}"
        ),
        lambda m: f"do {m[1]} and {m[2]} have the same {_attribute(m['attr'])}?",
    ),
    (
        rx(
            rf"^\s*{_THING} and {_THING}\s*[:,;-]+\s*(?:the )?same (?P<attr>{_ATTRIBUTE[1:-1]}) or "
            rf"(?:a )?different{END}"
        ),
        lambda m: f"do {m[1]} and {m[2]} have the same {_attribute(m['attr'])}, or different?",
    ),
    (
        rx(rf"^\s*({COLOUR}) and ({COLOUR})\s*[:,;-]+\s*(?:the )?same (?P<attr>{_ATTRIBUTE[1:-1]})(?: or not)?{END}"),
        lambda m: f"do the {m[1]} shape and the {m[2]} shape have the same {_attribute(m['attr'])}?",
    ),
    (
        rx(
            rf"^\s*do the ({COLOUR}) and the ({COLOUR}) (?:shapes|figures|ones|things) differ in "
            rf"(?P<attr>{_ATTRIBUTE[1:-1]})" + END
        ),
        lambda m: f"is the {m[1]} shape a different {_attribute(m['attr'])} from the {m[2]} shape?",
    ),
    (
        rx(rf"^\s*do {_THING} and {_THING} differ in (?P<attr>{_ATTRIBUTE[1:-1]}){END}"),
        lambda m: f"is {m[1]} a different {_attribute(m['attr'])} from {m[2]}?",
    ),
    (
        rx(rf"\b(?:is|are) {_THING} (?:colou?red|painted|shaded) differently (?:to|from|than) {_THING}"),
        r"is \1 a different color from \2",
    ),
    (
        rx(
            rf"^\s*is {_THING}'s (?P<attr>{_ATTRIBUTE[1:-1]}) (?:different|not the same) (?:from|than|to|as) {_THING}'s"
            + END
        ),
        lambda m: f"is {m[1]} a different {_attribute(m['attr'])} from {m[3]}?",
    ),
    (
        rx(rf"^\s*is {_THING}'s (?P<attr>{_ATTRIBUTE[1:-1]}) the same as {_THING}'s{END}"),
        lambda m: f"is {m[1]} the same {_attribute(m['attr'])} as {m[3]}?",
    ),
    # a group the same: "squares all one colour?", "do the circles all match colour-wise", "none of the shapes are the
    # same colour", "are any two of these the same colour?"
    (
        rx(
            rf"^\s*(?:are |do )?(?:all )?(?:the )?([a-z]+s) all (?:one|the same|a single|match(?: in)?) "
            rf"(?P<attr>{_ATTRIBUTE[1:-1]})(?:-?wise)?{END}"
        ),
        lambda m: f"are all the {m[1].lower()} the same {_attribute(m['attr'])}?",
    ),
    (
        rx(rf"^\s*(?:do|are) (?:all )?(?:the )?([a-z]+s) all match (?P<attr>{_ATTRIBUTE[1:-1]})-?wise{END}"),
        lambda m: f"are all the {m[1]} the same {_attribute(m['attr'])}?",
    ),
    (
        rx(
            rf"^\s*(?:none|no two) of (the [a-z ]+?s) (?:are|is|have|has) (?:the same|one) (?P<attr>{_ATTRIBUTE[1:-1]})"
            rf"(?:,? (?:right|correct|yes|true|isn'?t it|am i right))?{END}"
        ),
        lambda m: f"do all {m[1]} have different {_attribute(m['attr'])}s?",
    ),
    (
        rx(
            rf"^\s*(?:are|is) (?:there )?(?:any )?(?:two|2)(?: or more)? {_THESE} "
            r"(?:the same|of the same|in the same|of one)"
            rf" (?P<attr>{_ATTRIBUTE[1:-1]}){END}"
        ),
        lambda m: f"do any two shapes have the same {_attribute(m['attr'])}?",
    ),
    # one set apart, then the others asked about: "apart from the blue triangle, are the remaining shapes all
    # squares?", "setting the black shape aside, how many of the rest are purple?", "one of the two squares is
    # orange. what colour is the other one?"
    (
        rx(
            r"^\s*(?:apart from|except(?: for)?|ignoring|not counting|excluding|besides|leaving out|leave out|"
            r"disregarding|without|setting|set|putting|put|taking|take)(?: away| out| aside)? (the [a-z ]+?)"
            r"(?: aside| away| out)?\s*[,:;.\u2014-]+\s*(.+?\b(?:the rest(?: of the (?:shapes|figures|things))?|the "
            r"remaining (?:shapes|figures|things|ones)|the others|the other (?:shapes|figures|things|ones)|"
            r"the rest)\b.*)$"
        ),
        lambda m: _SET_APART_MENTION.sub(f"the shapes other than {m[1]}", m[2], count=1),
    ),
    (
        rx(rf"^\s*how many (?:of )?(?:the )?(?:shapes|figures|things) other than (the [a-z ]+?) are ({KIND})s{END}"),
        r"how many \2s other than \1 are there?",
    ),
    (
        rx(rf"^\s*are the shapes other than (the [a-z ]+?) all ([a-z]+?)s{END}"),
        lambda m: f"is every shape other than {m[1]} {'an' if m[2][0] in 'aeiou' else 'a'} {m[2]}?",
    ),
    (
        rx(rf"^\s*which of the ([a-z ]+?s) other than (the [a-z ]+?) is the ([a-z]+est|most [a-z]+|least [a-z]+){END}"),
        lambda m: f"which is the {m[3]} {_one(m[1])} other than {m[2]}?",
    ),
    (
        rx(
            r"^\s*(?:there are two|of the two) ([a-z]+s)\s*[.,;:]\s*one(?: of them)? (?:is|'s) ([^.;?]+?)\s*[.;,:]+\s*"
            r"(what (?:colou?r|shape|size|kind of shape)|what) is the other(?: one)?" + END
        ),
        lambda m: f"{m[3]} is the {_one(m[1])} other than the {_one(m[1])} that is {m[2]}?",
    ),
    (
        rx(
            r"^\s*one of the two ([a-z]+s) is ([^.;?]+?)\s*[.;,:]+\s*(what (?:colou?r|shape|size|kind of shape)|what) "
            r"is the other(?: one)?" + END
        ),
        lambda m: f"{m[3]} is the {_one(m[1])} other than the {_one(m[1])} that is {m[2]}?",
    ),
    (
        rx(
            r"^\s*of the two ((?:[a-z]+ )?(?:shapes|figures|things|ones)),? one is (an? [a-z]+)\s*[.;,:]+\s*"
            r"(what (?:colou?r|shape|size|kind of shape)|what) is the other(?: one)?" + END
        ),
        lambda m: f"{m[3]} is the {_one(m[1])} that is not {m[2]}?",
    ),
    (
        rx(
            r"^\s*of the two ([a-z]+s)\s*[,:;]\s*take the one ([^.;?]+?)\s*[.;,:]+\s*is the other(?: one)? "
            r"(bigger|larger|smaller)" + END
        ),
        lambda m: f"is the {_one(m[1])} other than the {_one(m[1])} {m[2]} {m[3]} than the {_one(m[1])} {m[2]}?",
    ),
    # two things' values compared through "the colour of": "is the colour of A the same as that of B", "does A
    # share its colour with its nearest neighbour"
    (
        rx(
            rf"^\s*is the (?P<attr>{_ATTRIBUTE[1:-1]}) of (.+?) the same as (?:that|the one|the {_ATTRIBUTE[1:-1]}) of "
            rf"(the [a-z ]+?){END}"
        ),
        lambda m: f"is {m[2]} the same {_attribute(m['attr'])} as {m[m.lastindex]}?",
    ),
    (
        rx(rf"^\s*does {_THING} share its (?P<attr>{_ATTRIBUTE[1:-1]}) with its (?:nearest|closest) neighbou?r{END}"),
        lambda m: f"is {m[1]} the same {_attribute(m['attr'])} as the shape nearest to {m[1]}?",
    ),
    # one of two by its side: "the right-hand one of the two squares", "the upper one of the two circles"
    (
        rx(r"\bthe (left|right)[- ]hand one of the (?:two )?([a-z]+ ?[a-z]*?s)\b"),
        lambda m: f"the {m[1].lower()}most {_one(m[2])}",
    ),
    (
        rx(r"\bthe (upper|higher|top|lower|bottom) one of the (?:two )?([a-z]+ ?[a-z]*?s)\b"),
        lambda m: f"the {'top' if m[1].lower() in {'upper', 'higher', 'top'} else 'bottom'}most {_one(m[2])}",
    ),
    # a place compared with another thing's: "compared with A, is B further left or further right?"
    (
        rx(
            rf"^\s*compared (?:with|to) {_THING},? is (.+?) (?:further|farther|more to the) (left|right) or (?:further "
            rf"|farther |more to the )?(left|right){END}"
        ),
        r"is \2 \3 or \4 of \1?",
    ),
    (
        rx(
            rf"^\s*where is (.+?) compared (?:with|to) {_THING}\s*[:,;-]+\s*(above|below) (?:it )?or "
            r"(above|below)(?: it)?" + END
        ),
        r"is \1 \3 or \4 \2?",
    ),
    (
        rx(rf"^\s*on which side of the (?:picture|image|drawing) is (.+?),? the (left|right) or the (left|right){END}"),
        r"is \1 on the \2 or on the \3?",
    ),
    # "how many shapes that are below the orange thing are also yellow", "... that is green itself a triangle"
    (rx(r"\b((?:that|which) (?:are|is) [a-z ]+? (?:are|is)) also (?=[a-z]+\b)"), r"\1 "),
    (rx(r"\b(?:it|him|her)self (?=an? )"), ""),
    # sizes compared: "larger: A or B?", "which one takes up less space?", "how does A compare with B in size"
    (
        rx(r"\bwhich(?: one)? (?:takes up|occupies|covers|fills) (less|more) (?:space|room|area)\b"),
        lambda m: f"which is {'smaller' if m[1].lower() == 'less' else 'bigger'}",
    ),
    (
        rx(
            rf"^\s*(larger|bigger|smaller|higher|lower|further (?:left|right)|farther (?:left|right))\s*[:,;-]+\s*"
            rf"{_THING} or {_THING}{END}"
        ),
        r"which is \1, \2 or \3?",
    ),
    (
        rx(
            rf"^\s*how does {_THING} compare (?:with|to) {_THING} in size\s*[:,;-]*\s*(bigger|larger) or (smaller)"
            + END
        ),
        r"is \1 \3 or \4 than \2?",
    ),
    (
        rx(
            rf"^\s*(?:is )?the (?:area|size) of {_THING} (?:approximately |roughly |about |more or less |nearly )?"
            rf"(?:equal to|the same as) (?:that of )?{_THING}{END}"
        ),
        lambda m: f"is {_the(m[1])} the same size as {_the(m[2])}?",
    ),
    (
        rx(rf"^\s*which group is (?:bigger|larger),? the ([a-z]+s) or the ([a-z]+s){END}"),
        r"which are there more of, \1 or \2?",
    ),
    (
        rx(rf"^\s*which(?: one)? comes first from the (left|right|top|bottom),? {_THING} or {_THING}{END}"),
        lambda m: f"which is {_FIRST_FROM[m[1].lower()]}, {_the(m[2])} or {_the(m[3])}?",
    ),
    # sizes as a ratio: "is A at least twice as big as B", "more than double the size of B", "at least 2x the size
    # of B", "less than half the size of B"
    (
        rx(
            rf"^\s*(?:is )?{_THING} (?:(?:way|much|a lot) (?:bigger|larger) than {_THING},? like |(?:at least|"
            r"more than|over) )?(?P<n>twice|double|two times|2 ?x|2 times|three times|triple|3 ?x|3 times)"
            r"(?: as (?:big|large) as|"
            rf" the size of| the area of)? {_THING}(?:,? (?:or more|at least))?{END}"
        ),
        lambda m: f"is {_the(m[1])} {_ratio(m['n'])} as big as {_the(m[4])}?",
    ),
    (
        rx(
            rf"^\s*(?:is )?{_THING} (?:way|much|a lot) (?:bigger|larger) than {_THING},? like (?P<n>twice|double|2 ?x|"
            r"two times)(?: the size| as big)?(?: or more)?" + END
        ),
        lambda m: f"is {_the(m[1])} {_ratio(m['n'])} as big as {_the(m[2])}?",
    ),
    (
        rx(
            rf"^\s*(?:is )?{_THING} (?:less than|under|at most|no more than) (?:half|a half of) "
            r"(?:the size of|as big as|"
            rf"the area of) {_THING}{END}"
        ),
        lambda m: f"is {_the(m[1])} half the size of {_the(m[2])}?",
    ),
    # an order: "reading left to right, does A come before B?"
    (
        rx(
            rf"^\s*(?:reading|going|counting|looking)(?: from)? left to right,? does {_THING} come (before|after) "
            rf"{_THING}{END}"
        ),
        lambda m: f"is {m[1]} {'left' if m[2].lower() == 'before' else 'right'} of {m[3]}?",
    ),
    (
        rx(
            rf"^\s*(?:reading|going|counting|looking)(?: from)? right to left,? does {_THING} come (before|after) "
            rf"{_THING}{END}"
        ),
        lambda m: f"is {m[1]} {'right' if m[2].lower() == 'before' else 'left'} of {m[3]}?",
    ),
]


_SET_APART_MENTION = re.compile(
    r"(?i)\b(?:the rest(?: of the (?:shapes|figures|things))?|the remaining (?:shapes|figures|things|ones)|the others|"
    r"the other (?:shapes|figures|things|ones))\b"
)
"""The others, after one thing is set apart ("..., how many of the rest are purple?")."""


def _one(things: str) -> str:
    """ "square" for "squares", "green shape" for "green shapes"."""
    return things[:-1] if things.lower().endswith("s") else things


def _plural(noun: str) -> str:
    """ "person" -> "persons", "box" -> "boxes" (the lexicon reads either)."""
    noun = noun.lower()
    return noun if noun.endswith("s") else f"{noun}es" if noun.endswith(("x", "ch", "sh")) else f"{noun}s"


def _the(thing: str) -> str:
    """ "the purple thing" for "purple thing" (a terse question leaves the article out)."""
    return thing if thing.lower().startswith("the ") else f"the {thing}"


def _ratio(said: str) -> str:
    """ "twice" for a factor of two said any way ("double", "2x", "two times"), "three times" for three."""
    return "three times" if said.lower().replace(" ", "") in {"threetimes", "triple", "3x", "3times"} else "twice"
