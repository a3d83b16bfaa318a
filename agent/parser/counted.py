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


_SHARE = r"share|fraction|proportion|percentage|percent|part"
_BOUND = {
    "above": "greater than",
    "over": "greater than",
    "more than": "greater than",
    "below": "less than",
    "under": "less than",
    "less than": "less than",
    "fewer than": "less than",
    "at least": "at least",
    "at most": "at most",
}


_GROUP = rf"((?:{COLOUR}|{KIND})(?: shapes?| ones?| things?| figures?|s)?)"
"""A group of shapes named by its colour or its kind ("purple shapes", "the yellow ones", "squares")."""


def _group(said: str) -> str:
    """ "purple ones" -> "purple shapes", "square" -> "squares", "squares" -> "squares"."""
    words = said.lower().split()
    if re.fullmatch(COLOUR, words[0]):
        return f"{words[0]} shapes"
    return words[0] if words[0].endswith("s") else f"{words[0]}s"


def _groups(said: str) -> str:
    """ "the green shapes, the orange shapes and the gray shapes" -> "green shapes and orange shapes and gray
    shapes"."""
    return " and ".join(_group(g[0]) for g in re.finditer(_GROUP, said, re.I))


def _attribute_word(said: str) -> str:
    """ "colour" -> "color", "kind" / "type" -> "shape"."""
    return "color" if said.lower().startswith("colo") else "shape"


def _said_as_predicate(things: str) -> str:
    """What a counted group is, as a predicate: "blue shapes" -> "blue", "blue ones" -> "blue", "triangles"."""
    words = things.lower().replace("the ", "").split()
    if len(words) == 2 and words[1] in {"shapes", "ones", "things", "figures", "shape", "one", "thing"}:
        return words[0]
    return " ".join(words)


def _all_shapes(whole: str) -> str:
    """ "the shapes" for the whole picture said any way ("everything in the picture", "the shapes shown")."""
    said = whole.lower().strip()
    if said.startswith(("everything", "all of them", "them all", "all the shapes", "the shapes", "the whole")):
        return "the shapes"
    return said


def _shapes_of(word: str) -> str:
    """ "blue" -> "blue shapes", "circle" -> "circles"."""
    word = word.lower()
    return word if word.endswith("s") else f"{word}s" if re.fullmatch(KIND, word, re.I) else f"{word} shapes"


def _share_compared(m: re.Match[str]) -> str:
    """ "do the gray ones make up less than half of the shapes", "fewer than half of the shapes are yellow": the
    count of those shapes against that share of all of them."""
    said = (m[4] or m[1]).strip()
    if said.lower() in {"them", "the shapes", "it", "shapes"}:
        return m[0]
    return _share_said(said, m[2], m[3])


def _share_said(said: str, bound: str, share: str) -> str:
    """ "is the number of shapes that are yellow at least half of the number of shapes?" """
    compact = share.lower().replace(" ", "")
    if compact[0].isdigit():
        share = f"{compact.removesuffix('%').removesuffix('percent')} percent"
    bound = _BOUND[bound.lower()]
    return f"is the number of shapes that are {_said_as_predicate(said)} {bound} {share} of the number of shapes?"


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
    # shares: "what % of the shapes are yellow", "blue shapes account for what share of the shapes?", "considering
    # only the purple shapes, what proportion of them are circles?", "write the number of purple shapes as a fraction
    # of the total number of shapes", "what is the blue-to-gray ratio?", "how many orange shapes per gray shape"
    (rx(r"\bwhat (?:%|per ?cent)(?= of\b)"), "what percentage"),
    (
        rx(r"^\s*to the nearest (?:whole )?(?:percent|per ?cent|%),? what (?:share|fraction|proportion|part)\b"),
        "what percentage",
    ),
    (
        rx(
            r"^\s*(?:ok,? |so,? )*(.+?) (?:account for|accounts for|make up|makes up|represent|represents|form|forms|"
            rf"constitute|constitutes|are) what ({_SHARE}) of (.+?){END}"
        ),
        lambda m: f"what {m[2]} of {_all_shapes(m[3])} are {_said_as_predicate(m[1])}?",
    ),
    (
        rx(
            rf"^\s*(?:counting every shape(?: in the (?:image|picture))?|considering only|looking only at|of all|among|"
            rf"taking) (the [a-z ]+?|all the shapes|them all)(?: together)?,? what ({_SHARE}) of (?:them|those|these) "
            rf"(are|is) (.+?){END}"
        ),
        lambda m: f"what {m[2]} of {_all_shapes(m[1])} {m[3]} {m[4]}?",
    ),
    (
        rx(
            rf"^\s*(?:write|express|give|state) the number of (.+?) as an? ({_SHARE}) of the (?:total )?number of "
            rf"(.+?){END}"
        ),
        lambda m: f"what {m[2]} of the {m[3]} are {_said_as_predicate(m[1])}?",
    ),
    (
        rx(r"\bwhat (?:share|fraction|proportion|percentage) of (?:everything|all of them|them all|them)\b"),
        lambda m: m[0].rsplit(" of ", 1)[0] + " of the shapes",
    ),
    (
        rx(rf"^\s*what is the ({COLOUR}|{KIND}s?)[- ]to[- ]({COLOUR}|{KIND}s?) ratio{END}"),
        lambda m: f"what is the ratio of {_shapes_of(m[1])} to {_shapes_of(m[2])}?",
    ),
    (
        rx(rf"^\s*how many ([a-z ]+?s)(?: are there)? (?:per|for each|for every) ([a-z ]+?)(?: are there)?{END}"),
        r"what is the multiple of \1 to \2s?",
    ),
    (
        rx(
            r"^\s*for (?:every|each) ([a-z ]+?),? how many ([a-z ]+?s) (?:are there|do you see|are in the "
            rf"picture){END}"
        ),
        r"what is the multiple of \2 to \1s?",
    ),
    (
        rx(rf"^\s*how many times (?:as many|more) ([a-z ]+?s) (?:as|than) ([a-z ]+?s)(?: are there)?{END}"),
        r"what is the multiple of \1 to \2?",
    ),
    # majorities: "is it mostly blue", "do triangles represent a majority of the total", "at least half of them
    # yellow?", "do the gray ones make up less than half of the shapes?", "more than a third of the shapes are
    # rectangles", "is the share of rectangles above 50%", "are blue shapes in the minority"
    (
        rx(rf"^\s*(?:so )?is (?:it|the picture|the image) (?:mostly|mainly|largely) ({COLOUR}|{KIND}s){END}"),
        lambda m: f"are most of the shapes {m[1]}?",
    ),
    (
        rx(
            r"^\s*(?:do|does|are|is) (?:the )?([a-z ]+?) (?:represent|make up|form|constitute|in) (?:a|the) "
            rf"majority(?: of (?:the )?(?:total|shapes|picture|them))?{END}"
        ),
        lambda m: f"are most of the shapes {_said_as_predicate(m[1])}?",
    ),
    (
        rx(rf"^\s*(?:taking all the shapes together,? )?(?:are|is) (?:the )?([a-z ]+?) in (?:the|a) minority{END}"),
        lambda m: f"are there fewer shapes that are {_said_as_predicate(m[1])} than half of the shapes?",
    ),
    (
        rx(
            r"^\s*(?:is it true that |do |does |are |is )?(?:the )?([a-z ]+?) (?:make up |makes up |form |account for |"
            r"are |is )?(at least|at most|more than|less than|fewer than|over|under|above|below) (half|a "
            r"half|a third|a quarter|two thirds|three quarters|\d+ ?(?:%|percent)) of (?:the shapes|them|those|these|"
            r"all the shapes|the total)"
            rf"(?: (?:are|is) ([a-z ]+?))?(?:,? true)?{END}"
        ),
        _share_compared,
    ),
    (
        rx(
            rf"^\s*is the share of ([a-z ]+?) (above|over|below|under|more than|less than|at least|at most) (\d+) ?"
            rf"(?:%|percent){END}"
        ),
        lambda m: (
            f"is the number of shapes that are {_said_as_predicate(m[1])} {_BOUND[m[2].lower()]} {m[3]} percent "
            "of the number of shapes?"
        ),
    ),
    (rx(r"\bgreater than half the total number of\b"), "greater than half of the number of"),
    (
        rx(
            r"^\s*(?:are |is |is it true that )?(at least|at most|more than|less than|fewer than|over|under) "
            r"(half|a half|"
            r"a third|a quarter|two thirds|three quarters|\d+ ?(?:%|percent)) of (?:the shapes|them|those|these|"
            r"all the "
            rf"shapes|the total)(?: (?:are|is))? ([a-z ]+?)(?:,? true|\s*-\s*true)?{END}"
        ),
        lambda m: _share_said(m[3], m[1], m[2]),
    ),
    (
        rx(
            rf"^\s*counting (?:every|each|all the) shapes?(?: in the (?:image|picture))?,? what ({_SHARE}) of "
            rf"(?:them|those|these|the shapes) (are|is) (.+?){END}"
        ),
        r"what \1 of the shapes \2 \3?",
    ),
    (rx(r"\bof the total (?:number of )?(shapes|figures|things)\b"), r"of the \1"),
    # the most and least common: "is green the most common colour here?", "are circles the least common kind?",
    # "do squares make up the largest segment by count?", "which color holds the largest share of the shapes?", "of
    # the colours that appear, which appears the fewest times?", "of the shape types present, which is the least
    # represented?"
    (
        rx(
            rf"^\s*(?:among the shapes(?: that are there)?,? )?(?:is|are) ({COLOUR}|{KIND}s?) the "
            r"(most|least) (?:common|"
            rf"frequent|represented) (colou?r|shape|kind|type)(?: of shape)?(?: here| in the (?:picture|image))?{END}"
        ),
        lambda m: (
            f"is the {m[2]} common {_attribute_word(m[3])} "
            f"{m[1].lower().removesuffix('s') if re.fullmatch(KIND + 's', m[1].lower()) else m[1]}?"
        ),
    ),
    (
        rx(
            rf"^\s*(?:do|does) ({KIND}s|{COLOUR} shapes) make up the (largest|biggest|smallest) "
            rf"(?:segment|group|share|part)(?: by count)?{END}"
        ),
        lambda m: (
            f"is the {'least' if m[2].lower() == 'smallest' else 'most'} common "
            f"{'color' if ' ' in m[1] else 'shape'} "
            f"{m[1].split()[0].lower().removesuffix('s') if ' ' not in m[1] else m[1].split()[0]}?"
        ),
    ),
    (
        rx(rf"^\s*which (colou?r|shape|kind) holds the (largest|biggest) share(?: of the shapes)?{END}"),
        r"what is the most common \1?",
    ),
    (
        rx(
            r"^\s*of the (colou?r|shape|kind)s?(?: types)?(?: that appear| present| shown| there)?,? which "
            rf"(?:one )?(?:appears|occurs|shows up) the (fewest|most) times{END}"
        ),
        lambda m: f"which {_attribute_word(m[1])} appears {'least' if m[2].lower() == 'fewest' else 'most'} often?",
    ),
    (
        rx(
            r"^\s*of the (colou?r|shape)s?(?: types)?(?: that appear| present| shown| there)?,? which is "
            rf"the (least|most) represented{END}"
        ),
        lambda m: f"what is the {m[2]} common {_attribute_word(m[1])}?",
    ),
    (
        rx(rf"^\s*(?:do|does) ({KIND})s (?:appear|occur|show up) exactly once(?: in the (?:picture|image))?{END}"),
        r"is there exactly one \1?",
    ),
    # groups equal in number: "do purple shapes and red shapes have equal representation?", "does red appear the
    # same number of times as gray?", "do the orange ones and the yellow ones match up in number", "is the split
    # between squares and circles 50/50?", "are there equally many circles, squares and triangles?"
    (
        rx(
            rf"^\s*(?:do|does) (?:the )?{_GROUP} and (?:the )?{_GROUP} (?:have (?:equal|the same) (?:representation|"
            r"numbers?|counts?)|(?:occur|appear|show up) (?:equally often|the same number of times|as "
            r"often)|match(?: up)? "
            rf"in (?:number|count)|balance(?: out)?)(?: in the (?:picture|image))?{END}"
        ),
        lambda m: f"are there as many {_group(m[1])} as {_group(m[2])}?",
    ),
    (
        rx(
            rf"^\s*(?:do|does) ({COLOUR}) (?:appear|occur|show up) (?:the same number of times|as often|as "
            rf"many times) as ({COLOUR}){END}"
        ),
        lambda m: f"are there as many {m[1]} shapes as {m[2]} shapes?",
    ),
    (
        rx(
            rf"^\s*is the split between (?:the )?{_GROUP} and (?:the )?{_GROUP} (?:50/50|fifty[- "
            rf"]fifty|even|equal){END}"
        ),
        lambda m: f"are there as many {_group(m[1])} as {_group(m[2])}?",
    ),
    (
        rx(
            r"^\s*are there (?:equally many|the same number of|as many) ([a-z ]+?s), ([a-z ]+?s),? and "
            rf"([a-z ]+?s){END}"
        ),
        r"are there as many \1 as \2 and are there as many \2 as \3?",
    ),
    (
        rx(rf"^\s*(?:the )?{_GROUP} (?:vs\.?|versus|against) (?:the )?{_GROUP}\s*[:,-]+\s*is it a (?:tie|draw){END}"),
        lambda m: f"are there as many {_group(m[1])} as {_group(m[2])}?",
    ),
    # totals: "what is the combined count of green shapes and gray shapes?", "add up the green shapes, the orange
    # shapes and the gray shapes. what do you get?", "total number of yellow, purple and black shapes combined?"
    (
        rx(
            rf"^\s*(?:what is |what's )?(?:the )?(?:combined|total) (?:count|number|tally) of ((?:the )?{_GROUP}(?:,? "
            rf"(?:and )?(?:the )?{_GROUP})+)(?: combined| together| altogether| in total)?{END}"
        ),
        lambda m: f"how many {_groups(m[1])} are there?",
    ),
    (
        rx(
            rf"^\s*(?:add up|count up|counting both|count both|counting) ((?:the )?{_GROUP}(?:,? (?:and )?(?:the )?"
            rf"{_GROUP})+)\s*[.,:;]+\s*(?:what do you get|how many (?:shapes )?is that|what is the total|how many "
            rf"altogether){END}"
        ),
        lambda m: f"how many {_groups(m[1])} are there?",
    ),
    (
        rx(rf"^\s*how many shapes fall into the ({COLOUR}) shape or ({COLOUR}) shape categor(?:y|ies){END}"),
        r"how many \1 shapes or \2 shapes are there?",
    ),
    # differences: "what is the gap between the yellow shape count and the green shape count?", "green ones minus
    # orange ones", "how many extra gray ones are there compared to yellow ones", "by how many shapes does the gray
    # group exceed the purple group?", "how many more gray shapes would you need to match the number of orange shapes?"
    (
        rx(
            rf"^\s*(?:what is |what's )?the (?:gap|difference) between the {_GROUP} (?:count|number|tally) and the "
            rf"{_GROUP} (?:count|number|tally){END}"
        ),
        lambda m: f"how many more or fewer {_group(m[1])} than {_group(m[2])} are there?",
    ),
    (
        rx(
            rf"^\s*(?:what is |what's )?(?:the )?(?:gap|difference) between the number of {_GROUP} and "
            rf"(?:the number of )?{_GROUP}{END}"
        ),
        lambda m: f"how many more or fewer {_group(m[1])} than {_group(m[2])} are there?",
    ),
    (
        rx(
            rf"^\s*(?:the )?{_GROUP} minus (?:the )?{_GROUP}\s*[,:;-]*\s*(?:what do you get|is what|equals "
            rf"what|=)?{END}"
        ),
        lambda m: f"how many more {_group(m[1])} than {_group(m[2])} are there?",
    ),
    (
        rx(
            rf"^\s*how many (?:extra|additional) {_GROUP} are there (?:compared (?:to|with)|than|over) "
            rf"(?:the )?{_GROUP}{END}"
        ),
        lambda m: f"how many more {_group(m[1])} than {_group(m[2])} are there?",
    ),
    (
        rx(
            rf"^\s*by how many (?:shapes )?(?:does|do) the {_GROUP} (?:group )?(?:exceed|outnumber) the "
            rf"{_GROUP}(?: group)?{END}"
        ),
        lambda m: f"how many more {_group(m[1])} than {_group(m[2])} are there?",
    ),
    (
        rx(
            rf"^\s*how many more {_GROUP} would (?:you|i|we) need(?: to add)? to (?:match|equal|reach) the number of "
            rf"(?:the )?{_GROUP}{END}"
        ),
        lambda m: f"how many more {_group(m[2])} than {_group(m[1])} are there?",
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
