"""Counts said as arithmetic, in symbols or as a supposition: "# of squares > # of triangles?", "count of gray
shapes > 1?", "# of rectangles + # of squares = ?", "is it true that exactly one shape is not blue?", "do the
circles and the squares together outnumber the triangles?", "how many shapes are neither triangles nor black?",
"how many shapes are there besides the square?", "if you removed one circle, how many circles would be left?".

:func:`counted` says each as the grammar's count, comparison of counts or existence: "is the number of squares
greater than the number of triangles?", "are there more than 1 gray shapes?", "how many circles are there after
removing 1 circle?". It is one of the rewrites :func:`plain_words` applies first.

>>> counted("# of squares > # of triangles?")
'is the number of squares greater than the number of triangles?'
>>> counted("Count of gray shapes > 1?")
'are there more than 1 gray shapes?'
>>> counted("Do the circles and the squares together outnumber the triangles?")
'are there more circles and squares than triangles?'
>>> counted("If you removed one circle, how many circles would be left?")
'how many circles are there after removing 1 circle?'
"""

from __future__ import annotations

import re

from nsvr.agent.parser.rewrites import COLOUR, END, KIND, Rewrite, apply, rx

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "a": 1,
    "an": 1,
    "another": 1,
    "the": 1,
}
_NUMBER = r"(\d+|one|two|three|four|five|six|an?|another)"
_COMPARED = {">": "greater than", "<": "less than", "=": "the same as", "==": "the same as"}
_COUNT_BOUND = {">": "more than", "<": "fewer than", "=": "exactly", "==": "exactly", ">=": "at least", "<=": "at most"}
_SIGN = r"(>=|<=|==|!=|>|<|=)"
_NUMBER_OR_THE = _NUMBER[:-1] + "|the)"
_THINGS = r"((?:[a-z]+ ){0,2}?[a-z]+s)"
_DROP = r"(?:removed|took away|take away|remove|deleted|delete|erased|erase|took out|take out|got rid of)"
_ADD = r"(?:added|add|drew|draw|put in|painted|paint)"
_APART = r"(?:besides|apart from|other than|except(?: for)?|aside from|excluding|not counting|ignoring|leaving out)"


def counted(question: str) -> str:
    """The question with its arithmetic, symbols or supposition said as the grammar's count (module docstring)."""
    if _SYMBOL.search(question):
        question = apply(_SYMBOLS, question)
    return apply(_REWRITES, question)


_SYMBOL = re.compile(r"[#<>=+]")
"""A count said in symbols: only then is "count of" or "total of" the number of things ("make the count of the
spheres" is a request)."""


def _number(word: str) -> str:
    return str(_NUMBER_WORDS.get(word.lower(), word))


def _neither(m: re.Match[str]) -> str:
    """ "are neither triangles nor black": a kind and a colour, the colour said first ("not black and not
    triangles"), as the grammar reads a negated kind only last; two of a kind ("neither red nor blue", "neither
    spheres nor cubes") the grammar reads as they are."""
    colours = [bool(re.fullmatch(COLOUR, word, re.IGNORECASE)) for word in (m[2], m[3])]
    if colours[0] == colours[1]:
        return m[0]
    first, second = (m[3], m[2]) if colours[1] else (m[2], m[3])
    return f"{m[1]} not {first} and not {second}"


def _non_kind(things: str) -> str:
    """ "shapes that are not circles": "non-circle shapes", as the grammar reads a kind left out."""
    m = re.fullmatch(rf"(shapes|figures|objects|things|ones) (?:that|which) (?:are not|aren't) ({KIND})s", things)
    return f"non-{m[2]} {m[1]}" if m else things


def _compared_counts(m: re.Match[str]) -> str:
    if m[2] == "!=":
        return f"is the number of {m[1]} not the same as the number of {m[3]}?"
    if m[2] in {">=", "<="}:
        return m[0]
    return f"is the number of {m[1]} {_COMPARED[m[2]]} the number of {m[3]}?"


_SYMBOLS: list[Rewrite] = [
    # "# of squares", "#circles", "count of gray shapes > 1"
    (rx(r"#\s*of\b"), "number of"),
    (rx(r"#\s*(?=[a-z])"), "number of "),
    (rx(r"(?:^|(?<=\bthe ))(?:count|total|tally) of\b"), "number of"),
    (
        rx(rf"^\s*(?:is )?(?:the )?number of {_THINGS}\s*{_SIGN}\s*(?:the )?number of {_THINGS}{END}"),
        _compared_counts,
    ),
    (
        rx(rf"^\s*(?:is )?(?:the )?number of {_THINGS}\s*(>=|<=|==|>|<|=)\s*(\d+){END}"),
        lambda m: f"are there {_COUNT_BOUND[m[2]]} {m[3]} {m[1]}?",
    ),
    (
        rx(
            rf"^\s*(?:what is )?(?:the )?number of {_THINGS}\s*(?:\+|plus)\s*(?:the )?number of {_THINGS}\s*"
            rf"(?:=\s*\??|equals(?: what)?|is what)?{END}"
        ),
        lambda m: f"what is the number of {m[1]} plus the number of {m[2]}?",
    ),
]
_COUNT_NOUN = r"(?:total )?(?:number|count|total|amount|quantity|tally)"
_PARITY = r"(?:an? )?(even|odd)(?: number| one| count| amount| total)?"
_PARITY_CHOICE = rf"{_PARITY} or {_PARITY}"
_REWRITES: list[Rewrite] = [
    # parity: "is there an odd number of circles", "is the count of squares an even number", "are the red shapes
    # even in number", "how many triangles are there - odd or even?", "number of stars: even or odd?"
    (
        rx(
            r"^\s*(?:is there|are there|do (?:we|you|i) (?:have|see)|does (?:the|this) (?:picture|image|drawing) "
            rf"(?:have|show|contain)) (?:an? )?(even|odd) (?:number|count|amount) of (.+?){END}"
        ),
        lambda m: f"is the number of {m[2]} {m[1].lower()}?",
    ),
    (
        rx(rf"^\s*(?:is )?(?:the )?{_COUNT_NOUN} of (.+?)\s*(?:[,:-]\s*)?(?:is it )?{_PARITY_CHOICE}{END}"),
        lambda m: f"is the number of {m[1]} odd or even?",
    ),
    (
        rx(rf"^\s*how many (.+?) are there\s*(?:[,:-]\s*)?(?:is (?:it|that|the number) )?{_PARITY_CHOICE}{END}"),
        lambda m: f"is the number of {m[1]} odd or even?",
    ),
    (
        rx(
            rf"^\s*(?:is )?(?:the )?{_COUNT_NOUN} of (.+?) (?:(?:an? )?(even|odd)(?: number| one| count)?|"
            rf"divisible by (?:2|two)){END}"
        ),
        lambda m: f"is the number of {m[1]} {(m[2] or 'even').lower()}?",
    ),
    (
        rx(rf"^\s*(?:are|is) (?:the )?((?:[a-z]+ ){{0,2}}?[a-z]+s) (?:an? )?(even|odd) (?:in number|number){END}"),
        lambda m: f"is the number of {m[1]} {m[2].lower()}?",
    ),
    # a statement to judge: "is it true that exactly one shape is not blue", "true or false: the picture has ..."
    (
        rx(
            r"^\s*(?:is it (?:true|the case|correct|right) that|true or false\s*[:,-]?|would you say that|is it so "
            rf"that)\s+(exactly|only|just|precisely) {_NUMBER} ((?:[a-z]+ )?[a-z]+?)s? (?:is|are) (.+?){END}"
        ),
        lambda m: f"{'is' if _number(m[2]) == '1' else 'are'} exactly {_number(m[2])} of the {m[3]}s {m[4]}?",
    ),
    (
        rx(
            r"^\s*(?:is it (?:true|the case|correct|right) that|true or false\s*[:,-]?|would you say that)\s+the "
            r"(?:picture|image|drawing|scene|page) (?:has|contains|shows|includes) (.+?)" + END
        ),
        lambda m: f"are there {m[1]}?",
    ),
    (  # "true or false: the purple shape has 4 sides"
        rx(
            r"^\s*(?:is it (?:true|the case|correct|right) that|true or false\s*[:,-]?|would you say that)\s+(the "
            r"(?:[a-z]+ ){0,3}?[a-z]+) (?:has|have)(?: got)? (.+?)" + END
        ),
        lambda m: f"does {m[1]} have {m[2]}?",
    ),
    # a worksheet's task: "write down how many shapes have four corners", "write the name of the red shape"
    (rx(r"^\s*(?:now |please )?write(?: down)? (how many|what|which|whether|if)\b"), r"\1"),
    (
        rx(r"^\s*(?:now |please )?(?:write|say|tell me)(?: down)? the name of (the [a-z ]+?)" + END),
        r"what shape is \1?",
    ),
    # "do the circles and the squares together outnumber the triangles", "do the red shapes outnumber the rest"
    (
        rx(
            rf"^\s*(?:do|does) (?:the )?{_THINGS}(?: and (?:the )?{_THINGS})?(?: together| combined| put together)? "
            rf"outnumber (?:the )?{_THINGS}{END}"
        ),
        lambda m: f"are there more {m[1]}{f' and {m[2]}' if m[2] else ''} than {m[3]}?",
    ),
    (
        rx(rf"^\s*(?:do|does) (the [a-z ]+?) outnumber (the [a-z ]+?){END}"),
        lambda m: f"are there more {_non_kind(m[1][4:])} than {_non_kind(m[2][4:])}?",
    ),
    # "are there neither circles nor squares", "rectangle and square present?"
    (rx(r"\b(are|is) there neither ([a-z]+) nor ([a-z]+)\b"), r"\1 there no \2 and no \3"),
    (
        rx(rf"^\s*(?:an? )?({KIND}) and (?:an? )?({KIND}) (?:present|there|visible|both present|both there){END}"),
        lambda m: f"is there a {m[1].lower()} and a {m[2].lower()}?",
    ),
    # "subtract the number of blue shapes from the number of shapes"
    (
        rx(rf"^\s*subtract (?:the )?number of {_THINGS} from (?:the )?(?:total )?number of {_THINGS}{END}"),
        lambda m: f"how many more {m[2]} than {m[1]} are there?",
    ),
    # "how many triangles would you need to add to have as many triangles as rectangles"
    (
        rx(
            rf"^\s*how many (?:more )?{_THINGS} would (?:you|i|we|one) (?:need|have) to (?:add|draw) (?:to|so as to|in "
            rf"order to) (?:have|get|make|match) (?:as many|the same number of) (?:{_THINGS} )?(?:as|like) (?:the )?"
            rf"{_THINGS}{END}"
        ),
        lambda m: f"how many more {m[3]} than {m[1]} are there?",
    ),
    # "is it an even split between metal stuff and rubber stuff": as many of each
    (
        rx(rf"^\s*is (?:it|there) an? (?:even|equal|fifty[- ]fifty|50/50) split between (.+?) and (.+?){END}"),
        r"are there as many \1 as \2?",
    ),
    # "how many objects are not a ball and not yellow": neither
    (rx(r"\b(are|is) not an? ([a-z]+) and not (?:an? )?([a-z]+)\b"), r"\1 neither \2s nor \3"),
    # "how many shapes are neither triangles nor black"
    (rx(r"\b(are|is) neither ([a-z]+) nor ([a-z]+)\b"), _neither),
    # "how many shapes are there besides the square", "apart from the circle, how many shapes are there"
    (
        rx(
            r"\b(how many [a-z ]+?(?: are there| do you see| can you see)?) (?:besides|apart from|except(?: for)?|"
            r"excluding|not counting|other than) (the [a-z ]+?)" + END
        ),
        lambda m: f"{m[1]} other than {m[2]}?",
    ),
    # one set apart, then something asked of the rest: "besides the triangle, is anything else blue?", "apart from the
    # square, what colour is everything else?", "other than the purple thing, what colour is the largest shape?"
    (
        rx(
            rf"^\s*{_APART} (the [a-z ]+?),? (?:is|are) (?:there )?(?:anything|something|any(?: other)? (?:shape|thing|"
            rf"figure)s?) else ([a-z]+){END}"
        ),
        r"is there a \2 shape other than \1?",
    ),
    (
        rx(
            rf"^\s*{_APART} (the [a-z ]+?),? what (colou?r|shape|size) (?:is|are) (?:everything|all the others|"
            r"the rest|"
            rf"all the rest|every other shape|all the other shapes|the others)(?: else)?{END}"
        ),
        r"what \2 are the shapes other than \1?",
    ),
    (
        rx(
            rf"^\s*{_APART} (the [a-z ]+?),? (what (?:colou?r|shape|size) is the [a-z]+ "
            rf"(?:shape|one|thing|figure)){END}"
        ),
        r"\2 other than \1?",
    ),
    (
        rx(rf"^\s*{_APART} (the [a-z ]+?),? what other (shape|colou?r) is there{END}"),
        r"what \2 is the shape other than \1?",
    ),
    # "is neither the circle nor the blue thing on the left side?": each is not
    (
        rx(
            r"^\s*is neither (the (?:[a-z]+ ){0,2}?[a-z]+) nor (the (?:[a-z]+ ){0,2}?(?:one|shape|thing|figure|circle|"
            rf"square|rectangle|triangle|star|pentagon|hexagon|ellipse)) (.+?){END}"
        ),
        r"is \1 not \3 and is \2 not \3?",
    ),
    # "which shape is not left of the red thing?": the one that is not
    (
        rx(
            rf"^\s*which (shape|one|thing|figure) is not ((?:to the )?(?:left|right) of|above|below|next to) (.+?){END}"
        ),
        lambda m: f"what is the {'shape' if m[1].lower() == 'one' else m[1]} that is not {m[2]} {m[3]}?",
    ),
    # "confirm two facts: the brown sphere is rubber, and the small gray cylinder is behind it"
    (
        rx(
            r"^\s*(?:please )?(?:confirm|check|verify)(?: (?:two|both|these|the following|2) (?:facts|things|claims|"
            r"statements|points))?\s*[:,-]\s*(the [a-z ]+?) (is|are) (.+?),? and (the [a-z ]+?) (is|are) (.+?)" + END
        ),
        r"\2 \1 \3 and \5 \4 \6?",
    ),
    # "is there just one triangle, not more?"
    (rx(r"\b(?:just|only|exactly) one ([a-z]+),? (?:and )?(?:not|no) more\b"), r"exactly one \1"),
    # kinds counted: "how many distinct shape types are present", "is there more than one kind of shape", "are there
    # more colours than kinds of shape"
    (
        rx(r"\b(more|fewer|less|than) (?:different |distinct )?(?:kinds|types|sorts) of (shape|colou?r)s?\b"),
        r"\1 different \2s",
    ),
    (rx(r"\b(?:distinct|different|unique) (?:shape )?(?:types|kinds|sorts) of shapes?\b"), "different shapes"),
    (rx(r"\b(?:distinct|different|unique) shape (?:types|kinds|sorts)\b"), "different shapes"),
    # "do any two of the shapes share a colour", "at least two of the shapes share a color"
    (
        rx(
            r"^\s*(?:is it true that |do )?(?:at least |any )?(?:two|2) (?:of the )?(?:shapes|figures|objects|things) "
            r"(?:share|have) (?:a|the same) (colou?r|shape|size)" + END
        ),
        lambda m: f"do any two shapes have the same {m[1]}?",
    ),
    # a supposition: "if you removed one circle, how many circles would be left"
    (
        rx(
            rf"^\s*(?:if|suppose|imagine)(?: that)? (?:you|i|we|someone) {_DROP} {_NUMBER} ((?:[a-z]+ )?[a-z]+?)s?"
            rf"(?: from the (?:picture|image))?\s*[,.]?\s*how many {_THINGS} would (?:be left|remain|there be)"
            rf"(?: (?:left|altogether|in total))?{END}"
        ),
        lambda m: f"how many {m[3]} are there after removing {_number(m[1])} {m[2]}?",
    ),
    (  # "if one square were removed, how many shapes would be left", "if the circle was taken away, ..."
        rx(
            rf"^\s*(?:if|suppose|imagine)(?: that)? {_NUMBER_OR_THE} ((?:[a-z]+ )?[a-z]+?)s? (?:were|was|is|are|got) "
            r"(?:removed|taken away|taken out|deleted|erased)(?: from the (?:picture|image))?\s*[,.]?\s*how many "
            rf"{_THINGS} would (?:be left|remain|there be)(?: (?:left|altogether|in total))?{END}"
        ),
        lambda m: f"how many {m[3]} are there after removing {_number(m[1])} {m[2]}?",
    ),
    (
        rx(
            rf"^\s*(?:if|suppose|imagine)(?: that)? (?:you|i|we|someone) {_ADD} {_NUMBER} more ((?:[a-z]+ )?[a-z]+?)s?"
            rf"(?: to the (?:picture|image))?\s*[,.]?\s*how many(?: {_THINGS})? would there be(?: altogether| in all| "
            rf"in total)?{END}"
        ),
        lambda m: f"how many {m[3] or m[2] + 's'} are there after adding {_number(m[1])} {m[2]}?",
    ),
]
