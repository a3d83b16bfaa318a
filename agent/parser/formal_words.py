"""Questions in formal, technical and mathematical registers, rewritten into the plain wording the parser reads.

Reports, forms, papers and scripts ask about a picture with words a conversation never uses. Each form below is
read for what it asks, and everything else is left as it is:

- **Task verbs** around a question, said as the ones the rest of the parser reads: "Confirm or deny that X"
  (confirm that X), "Evaluate / assess / judge / clarify whether X" (determine whether X), "Compute / calculate /
  enumerate the Y" (tell me the Y).
- **Meta nouns** around an attribute or a thing: "the colour attribute / label / value of", "the shape
  classification / geometric form / primitive type of", "the presence (or absence) of X", "the integer count of",
  "the cardinality of the set of", "the horizontal location of X (left/right)", "the position of A relative to B
  is: above or below?".
- **Measures**: "the area of A is greater than that of B", "the object of maximal area", "occupies more pixels
  than", "takes up the most space", "the smallest x-coordinate" (leftmost), and the y-coordinate where the question
  says which way y grows ("in image coordinates", "y increasing downward", "origin at the bottom-left").
- **Sets and variables**: "Let S be the set of triangles; is |S| ...", "Let x be the unique black shape. Is x a
  square?", "Is the set of blue triangles non-empty?", "Does there exist a shape x such that x is a triangle?",
  "count(square) > count(rectangle)", "does any object satisfy colour == red?".

>>> formal_words("Confirm or deny that the triangle is yellow.")
'Confirm that the triangle is yellow.'
>>> formal_words("Let S denote the set of triangles in the image. Compute |S|.")
'tell me the number of triangles.'
>>> formal_words("Is the area of the yellow figure greater than that of the black figure?")
'is the yellow figure larger than the black figure?'
>>> formal_words("Which shape has the smallest x-coordinate?")
'Which shape is the leftmost?'
"""

from __future__ import annotations

import re

from nsvr.agent.parser.rewrites import COLOUR, END, PICTURE, Rewrite, apply, rx

_IN_PICTURE = rf"(?: (?:in|within|of|on) the {PICTURE}(?: provided| shown| given| above)?)?"
_THING = r"(?:object|shape|figure|item|element|thing|form|entity|instance|one)"
_MOST = {
    "maximal": "largest",
    "maximum": "largest",
    "greatest": "largest",
    "largest": "largest",
    "biggest": "largest",
    "highest": "largest",
    "minimal": "smallest",
    "minimum": "smallest",
    "least": "smallest",
    "smallest": "smallest",
    "lowest": "smallest",
}
_MORE = {"greater": "larger", "larger": "larger", "bigger": "larger", "higher": "larger", "more": "larger"}
_MORE |= {"smaller": "smaller", "less": "smaller", "lower": "smaller", "fewer": "smaller", "lesser": "smaller"}

_EXTREME_SAID = {
    "furthest to the left": "leftmost",
    "farthest to the left": "leftmost",
    "furthest to the right": "rightmost",
    "farthest to the right": "rightmost",
}

_TOLD = (
    r"^\s*(?:please\s+)?(?:(?:report|state|specify|give|indicate|identify|determine|record|return|provide|output|"
    r"tell me|what is|what's)\s+)?"
)
"""A task verb before a meta noun ("Report the horizontal location of ..."), taken with it."""

_SHAPE_ADJECTIVES = {
    "circular": "circle",
    "round": "circle",
    "triangular": "triangle",
    "rectangular": "rectangle",
    "square": "square",
    "pentagonal": "pentagon",
    "hexagonal": "hexagon",
    "oval": "ellipse",
    "elliptical": "ellipse",
    "star": "star",
}
_SHAPE_ADJECTIVE = (
    r"(?:[a-z]+[- ]shaped|circular|round|triangular|rectangular|square|pentagonal|hexagonal|oval|elliptical)"
)


def _kind_of(said: str) -> str:
    """ "circular" -> "circle", "square-shaped" -> "square"."""
    said = re.sub(r"(?i)[- ]shaped$", "", said.lower())
    return _SHAPE_ADJECTIVES.get(said, said)


_ITS_OWN = r"((?:(?!relative to|with respect to|in relation to|compared to|compared with)[^:])+?)"
"""A thing's place said of itself, not relative to another thing ("the position of the circle")."""


# ------------------------------------------------------------------------------------------------- variables

_NAMING_VERB = r"(?:be|denote|represent|stand for|refer to|designate|name)"
_BINDING = rf"(?P<{{v}}>[a-z])\s+{_NAMING_VERB}\s+(?P<{{np}}>[^.;:]+?)"
_LET = re.compile(
    r"(?i)^\s*let\s+"
    + _BINDING.format(v="v1", np="np1")
    + r"(?:\s*(?:,\s*)?(?:and\s+)?(?:let\s+)?"
    + _BINDING.format(v="v2", np="np2")
    + r")?\s*(?:[.;:]|,\s*(?:then\s+)?)\s*(?P<rest>\S.*)$"
)
_SET_OF = re.compile(r"(?i)^(?:the )?set of (?:all )?(?:the )?(.+)$")
_ARTICLE_FOLLOWERS = (
    r"(?:lie|lies|is|are|located|situated|positioned|placed|sits|sit|has|have|and|or|above|below|under|left|right|"
    r"to|bigger|larger|smaller|higher|lower|further|farther|exceed|exceeds|[?.!,]|$)"
)


def _definite(phrase: str) -> str:
    """ "a black shape", "the unique rectangle in the image": the noun phrase as "the ..." names it."""
    phrase = re.sub(rf"(?i)\s+(?:in|within|of) the {PICTURE}$", "", phrase.strip())
    phrase = re.sub(r"(?i)^(?:the|a|an|one)\s+", "", phrase)
    phrase = re.sub(r"(?i)^(?:unique|only|single|sole)\s+", "", phrase)
    return f"the {phrase}"


def _bound(question: str) -> str:
    """ "Let x be the unique black shape. Is x a square?": the question with each name replaced by what it names
    ("|S|" of a set by "the number of" its members)."""
    m = _LET.match(question)
    if m is None:
        return question
    rest = m["rest"]
    for v, np in ((m["v1"], m["np1"]), (m["v2"], m["np2"])):
        if v is None or np is None:
            continue
        members = _SET_OF.match(np.strip())
        if members is not None:
            things = re.sub(rf"(?i)\s+(?:in|within|of) the {PICTURE}$", "", members[1].strip())
            rest = re.sub(rf"\|\s*{re.escape(v)}\s*\|", f"the number of {things}", rest)
            said = f"the {things}"
        else:
            said = _definite(np)
        follow = rf"(?=\s+{_ARTICLE_FOLLOWERS}|\s*[?.!,]|\s*$)" if v.lower() in {"a", "i"} else r"(?![\w'-])"
        rest = re.sub(rf"(?<![\w'|-]){re.escape(v)}{follow}", said, rest)
    return rest


# ------------------------------------------------------------------------------------------------- the rewrites

_TASK_VERB = (
    r"(?:confirm or deny|confirm or refute|verify or refute|affirm or deny|confirm|indicate|determine|ascertain|"
    r"establish|evaluate|assess|decide|judge|examine|state|report|specify|record|note|investigate|test|clarify)"
)

_REWRITES: list[Rewrite] = [
    # labels and answer forms of a query written for a program: "Boolean query:", "(present/absent)", "and answer
    # true or false"
    (rx(r"^\s*(?:boolean |yes/no |binary |count |spatial |size )?(?:query|question|check|task)\s*:\s*"), ""),
    (rx(r"\s*\((?:present/absent|absent/present|yes/no|no/yes|true/false|false/true)\)"), ""),
    (rx(r",?\s*(?:and|then) (?:answer|respond|reply)(?: with)? (?:true or false|yes or no)"), ""),
    # "of a black colour", "of the colour black": the colour said of the thing
    (rx(rf"\b({_THING}s?) (?:of|in) (?:an? )?({COLOUR}) colou?r\b"), r"\2 \1"),
    (rx(rf"\b({_THING}s?) (?:of|in) the colou?r ({COLOUR})\b"), r"\2 \1"),
    # "a quadrilateral figure": a quadrilateral
    (rx(rf"\b(quadrilateral|polygon)(?:al)? {_THING}(s?)\b"), r"\1\2"),
    # "above each of the other shapes", "bigger than any of the others": all of them
    (rx(r"\b(?:each|every one|every single one|all|any|any one) of the other (\w+)"), r"all the other \1"),
    # --- a kind described by its sides: "the figure with four equal sides", "the shape with three sides"
    (
        rx(
            rf"\b(?:(?:four|4)[- ]sided )?{_THING} (?:with|having|that has|which has) (?:four|4) (?:equal|equally long|"
            r"identical|same-length) sides\b"
        ),
        "square",
    ),
    (
        rx(
            rf"\b(?:four|4)[- ]sided {_THING} (?:whose|with|that has|which has) (?:sides are all equal|sides are equal|"
            r"all (?:its |of its )?sides equal|all sides the same length|equal sides|sides (?:all )?(?:of )?(?:equal|"
            r"the same) length)\b"
        ),
        "square",
    ),
    (
        rx(
            rf"\b{_THING} (?:with|having|that has|which has) (?:two|2) long sides and (?:two|2) short (?:ones|sides)|"
            rf"\b{_THING} (?:with|having|that has|which has) (?:two|2) long and (?:two|2) short sides\b"
        ),
        "rectangle",
    ),
    (
        rx(rf"\b{_THING} (?:with|having|that has|which has) (?:three|3) (?:sides|corners|edges|angles|vertices)\b"),
        "triangle",
    ),
    (
        rx(rf"\b{_THING} (?:with|having|that has|which has) (?:five|5) (?:sides|corners|edges|angles|vertices)\b"),
        "pentagon",
    ),
    (
        rx(rf"\b{_THING} (?:with|having|that has|which has) (?:six|6) (?:sides|corners|edges|angles|vertices)\b"),
        "hexagon",
    ),
    (
        rx(rf"\b{_THING} (?:with|having|that has|which has) (?:no|zero) (?:corners|sides|edges|angles|vertices)\b"),
        "circle",
    ),
    # "the lowest of all the shapes": the lowest shape
    (
        rx(
            r"\bthe ([a-z]+est|[a-z]+most) of (?:all )?(?:the )?(?:(?:shapes|figures|objects|things|items|ones)|"
            r"(?:them|"
            r"these|those)(?: all)?)(?=\s*[?.!,]|\s*$| in\b| on\b)"
        ),
        r"the \1 one",
    ),
    # "squares and triangles - which are there more of?"
    (
        rx(
            r"^\s*([a-z]+s) (?:and|or|vs\.?|versus) ([a-z]+s)\s*[-\u2014\u2013,:;]+\s*which (?:are there|is there|ones "
            r"are "
            r"there|do you see|are|ones are) more of" + END
        ),
        r"are there more \1 or \2?",
    ),
    # "more squares than other shapes": than shapes that are not squares
    (
        rx(
            r"\b(more|fewer|less) ([a-z]+?)s than (?:all )?(?:the )?other (?:shapes|figures|objects|things|items|ones)"
            r"(?: combined| together| put together| in total| altogether)?\b"
        ),
        r"\1 \2s than non-\2s",
    ),
    # "the larger figure" (of two): the one that is larger
    (
        rx(rf"\bthe (larger|bigger|smaller) (one|{_THING})\b(?! than\b| or\b|\s*[:,;])"),
        lambda m: f"the {_MOST[m[1].lower()] if m[1].lower() in _MOST else m[1].lower()[:-2] + 'est'} {m[2]}",
    ),
    # --- coordinates: which way x and y grow
    (
        rx(r"\b(?:has|have) the (smallest|lowest|least|minimal|minimum) x[- ]?(?:coordinate|value|position)\b"),
        "is the leftmost",
    ),
    (
        rx(
            r"\b(?:has|have) the (largest|greatest|highest|biggest|maximal|maximum) x[- ]?(?:coordinate|value|"
            r"position)\b"
        ),
        "is the rightmost",
    ),
    # --- measures of size
    (
        rx(
            r"^\s*is the (?:total |pixel |surface |occupied )?(?:area|size|extent|footprint) of (.+?) (greater|larger|"
            r"bigger|higher|more|smaller|less|lower|fewer) than (?:that|the (?:area|size|extent)) of (.+?)" + END
        ),
        lambda m: f"is {m[1]} {_MORE[m[2].lower()]} than {m[3]}?",
    ),
    (
        rx(r"^\s*does the (?:area|size|extent) of (.+?) exceed (?:that|the (?:area|size|extent)) of (.+?)" + END),
        r"is \1 larger than \2?",
    ),
    (
        rx(
            r"^\s*(?:does|do) (.+?) (?:occupy|cover|take up|fill|span) (?:a )?(greater|larger|bigger|more|smaller|less|"
            r"fewer|lesser) (?:number of pixels|pixels|area|space|room|surface)(?: in the (?:image|picture))? than "
            r"(.+?)" + END
        ),
        lambda m: f"is {m[1]} {_MORE[m[2].lower()]} than {m[3]}?",
    ),
    (
        rx(
            r"\b(?:takes? up|occupies|occupy|covers?|fills?|spans?) (?:the )?(most|least|largest|greatest|smallest|"
            r"maximal|minimal) (?:amount of )?(?:space|area|pixels|surface)" + _IN_PICTURE
        ),
        lambda m: "is the " + ("smallest" if m[1].lower() in {"least", "smallest", "minimal"} else "largest"),
    ),
    (
        rx(
            rf"\bthe ({_THING}) (?:of|with) (?:the )?(maximal|maximum|greatest|largest|biggest|minimal|minimum|least|"
            r"smallest) (?:pixel |surface )?(?:area|size|extent)\b"
        ),
        lambda m: f"the {_MOST[m[2].lower()]} {m[1]}",
    ),
    (
        rx(
            r"\b(?:has|have|possesses|possess) (?:the )?(maximal|maximum|greatest|largest|biggest|minimal|minimum|"
            r"least|smallest) (?:pixel |surface )?(?:area|size|extent|dimensions?)\b"
        ),
        lambda m: f"is the {_MOST[m[1].lower()]}",
    ),
    (rx(r"\b(?:drawn|depicted|shown|rendered|displayed) (larger|bigger|smaller)\b"), r"\1"),
    # --- sets
    (rx(r"\b(?:element|member) of the set of (shapes|figures|objects|items|elements)\b"), "shape"),
    (rx(r"^\s*is the set of (.+?) (?:non-?empty|not empty)" + END), r"are there any \1?"),
    (rx(r"^\s*is the set of (.+?) empty" + END), r"are there no \1?"),
    (
        rx(
            r"^\s*(?:do|does) the set of (.+?) and the set of (.+?) have (?:equal|the same|identical) (?:cardinality|"
            r"cardinalities|size|sizes|number of elements|count)" + END
        ),
        r"are there the same number of \1 and \2?",
    ),
    (rx(r"\b(?:the )?cardinality of (?:the set of )?"), "the number of "),
    (rx(r"\bthe set of (?=[a-z])"), "the "),
    (
        rx(r"\b(?:does|do) there exists? (an?) ([a-z]+) ([a-z]) such that \3 (is|lies|has|sits)\b"),
        r"is there \1 \2 that \4",
    ),
    (
        rx(
            rf"^\s*(?:does|do) any ({_THING}) (?:satisf(?:y|ies)|meet|fulfil+)(?: the (?:condition|predicate))? "
            rf"colou?r ?(?:==|=|is|equals) ?['\"]?({COLOUR})['\"]?" + END
        ),
        r"is there a \2 \1?",
    ),
    (
        rx(
            rf"^\s*(?:does|do) any ({_THING}) (?:satisf(?:y|ies)|meet|fulfil+)(?: the (?:condition|predicate))? "
            r"(?:shape|class|kind|type) ?(?:==|=|is|equals) ?['\"]?([a-z]+)['\"]?" + END
        ),
        r"is there a \2?",
    ),
    (rx(r"\bcount\(\s*([a-z]+?)s?\s*\)"), r"the number of \1s"),
    (
        rx(
            r"^\s*(?:evaluate|check|determine|decide|is it true that|whether)?:?\s*(the number of \w+) (>|<|==|=|!=|≠) "
            r"(the number of \w+)" + END
        ),
        lambda m: {
            ">": f"are there more {m[1][14:]} than {m[3][14:]}?",
            "<": f"are there fewer {m[1][14:]} than {m[3][14:]}?",
            "!=": f"is {m[1]} not equal to {m[3]}?",
            "≠": f"is {m[1]} not equal to {m[3]}?",
        }.get(m[2], f"are there the same number of {m[1][14:]} and {m[3][14:]}?"),
    ),
    # --- numbers of things compared
    (
        rx(
            r"^\s*which (?:are|is) (?:present|there|depicted|shown|visible) in (?:greater|larger|higher) (?:number|"
            r"numbers|quantity),? (?:the )?(.+?),? or (?:the )?(.+?)" + END
        ),
        r"are there more \1 or \2?",
    ),
    (
        rx(
            r"^\s*(?:is|are) (?:a )?(greater|larger|higher|smaller|lower|lesser) (?:number|quantity) of (.+?) than "
            rf"(?:of )?(.+?) (?:depicted|present|shown|visible|displayed|drawn){_IN_PICTURE}" + END
        ),
        lambda m: f"are there {'more' if _MORE[m[1].lower()] == 'larger' else 'fewer'} {m[2]} than {m[3]}?",
    ),
    (
        rx(
            r"\bwhich (colou?r|shape|kind) is (?:more|most) (?:frequent|common|prevalent|numerous|represented|"
            rf"abundant){_IN_PICTURE}(?: among (?:the|all the|these) (?:shapes|figures|objects|items))?\s*[:,]?\s*"
            r"(\w+) or (\w+)" + END
        ),
        r"which \1 is there more of, \2 or \3?",
    ),
    # --- meta nouns: the presence of a thing, the attribute's label, the count
    (
        rx(
            rf"^\s*(?:please )?(?:{_TASK_VERB}|tell me|is|say)?\s*(?:whether |if )?(?:there is )?the (?:presence|"
            r"existence)(?: or (?:absence|non-?existence))? of (.+?)(?: (?:is )?(?:detectable|visible|observable|"
            r"evident|discernible|apparent|noticeable|observed|seen|noted|found|recorded|registered|confirmed))?"
            rf"{_IN_PICTURE}" + END
        ),
        r"is there \1?",
    ),
    (
        # (an annotator's "the red instance", "a shape class to" keep their own reading)
        rx(
            r"^(?!.*\binstances?\b)(.*?)(?<!\ba )\b(colou?r|shape|size) (?:attribute|label|value|property|category|"
            r"class|classification|type|name)\b"
        ),
        r"\1\2",
    ),
    (
        rx(
            r"^(?!.*\binstances?\b)(.*?)(?<!\ba )\b(?:(?:geometric|geometrical) (?:primitive type|primitive|form|type|"
            r"class|category|classification|shape)|shape (?:classification|class|category|type)|class label|object "
            r"class|primitive type)\b"
        ),
        r"\1shape",
    ),
    (
        rx(
            r"^\s*(?:to|into) which (?:class|category|kind|type|group) of (?:shapes|figures|objects|forms) does (.+?) "
            r"belong" + END
        ),
        r"what shape is \1?",
    ),
    (
        rx(
            r"(?<!\bmake )(?<!\bmade )\bthe (?:integer |total |overall |numerical |numeric )?(?:object |shape |figure "
            r")?count of\b"
        ),
        "the number of",
    ),
    (
        rx(rf"\bthe (?:integer |total |overall )?({_THING}) count(?: (?:for|of|in) the {PICTURE})?\b"),
        r"the number of \1s",
    ),
    # "The position of the yellow object within the image is: lower or upper half?"
    (
        rx(
            r"^\s*the (?:position|location|placement) of "
            + _ITS_OWN
            + rf"{_IN_PICTURE} is\s*:?\s*(?:in )?(?:the )?(lower|upper|"
            r"top|bottom|left|right)(?: half)? or (?:the )?(lower|upper|top|bottom|left|right)( half| side)?" + END
        ),
        r"is \1 in the \2 or the \3 half?",
    ),
    # "the horizontal location of the circle (right/left)", "the vertical position of X (top/bottom)"
    (
        rx(
            _TOLD
            + r"the (?:horizontal |lateral )?(?:location|position|placement|side) of "
            + _ITS_OWN
            + r"\s*\(?(?:left|right)\s*(?:/|or)"
            r"\s*(?:left|right)\)?(?: side)?" + END
        ),
        r"is \1 on the left or on the right?",
    ),
    (
        rx(
            _TOLD
            + r"the (?:vertical )?(?:location|position|placement) of "
            + _ITS_OWN
            + r"\s*\(?(?:top|bottom|upper|lower)(?: half)?\s*"
            r"(?:/|or)\s*(?:top|bottom|upper|lower)(?: half)?\)?" + END
        ),
        r"is \1 at the top or at the bottom?",
    ),
    # "The position of A relative to B is: above or below?", "the spatial relation of A with respect to B (left/right)"
    (
        rx(
            r"^\s*(?:(?:please )?(?:report|state|specify|give|indicate|identify|determine) )?the (?:spatial )?"
            r"(?:position|location|placement|relation|relationship|arrangement) of (.+?) (?:relative to|with respect "
            r"to|"
            r"in relation to|compared to|compared with|to) (.+?)(?: is)?\s*[:(]?\s*(above|below|left|right|higher|lowe"
            r"r)"
            r"\s*(?:/|or)\s*(above|below|left|right|higher|lower)\)?" + END
        ),
        lambda m: (
            f"is {m[1]} to the {m[3]} or to the {m[4]} of {m[2]}?"
            if {m[3].lower(), m[4].lower()} == {"left", "right"}
            else f"is {m[1]} {m[3]} or {m[4]} than {m[2]}?"
            if {m[3].lower(), m[4].lower()} == {"higher", "lower"}
            else f"is {m[1]} {m[3]} or {m[4]} {m[2]}?"
        ),
    ),
    # "which object occupies the uppermost position", "the object situated highest in the image"
    (
        rx(
            r"\b(?:occupies|occupy|holds|has|takes) the (uppermost|topmost|highest|lowest|lowermost|bottommost|"
            r"leftmost|"
            rf"rightmost) (?:position|place|location|spot){_IN_PICTURE}"
        ),
        r"is the \1",
    ),
    (
        rx(
            rf"\bthe ({_THING}) (?:that is |which is )?(?:situated|located|positioned|placed|found|lying|depicted|"
            rf"drawn|"
            r"shown) (highest|lowest|uppermost|lowermost|leftmost|rightmost|topmost|bottommost|furthest to the left|"
            rf"furthest to the right|farthest to the left|farthest to the right){_IN_PICTURE}"
        ),
        lambda m: f"the {_EXTREME_SAID.get(m[2].lower(), m[2])} {m[1]}",
    ),
    # "which of the red figure and the purple shape is located further to the right?"
    (
        rx(
            r"^\s*(?:please )?(?:specify |indicate |state |determine |report |identify |tell me )?which of (the .+?) "
            r"and (the .+?) (?:is|lies|sits|appears)(?: to be)? (?:located |situated |positioned |placed |depicted |"
            r"drawn )?(.+?)" + END
        ),
        r"which is \3, \1 or \2?",
    ),
    # "What geometric shape is represented by the yellow figure?", "What colour is exhibited by the circle?"
    (
        rx(
            r"^\s*what (?:geometric |geometrical )?(colou?r|shape|figure|form|hue) is (?:represented|depicted|formed|"
            r"shown|drawn|exhibited|displayed|possessed|had|borne|taken) by (.+?)" + END
        ),
        lambda m: f"what {'shape' if m[1].lower() in {'figure', 'form'} else m[1]} is {m[2]}?",
    ),
    # "is the black shape depicted to the left of the triangle": where it is drawn is where it is
    (
        rx(
            r"\b(?:depicted|drawn|shown|displayed|rendered|pictured|portrayed|represented)\s+(?=(?:to the (?:left|"
            r"right)|"
            r"(?:on|in|at) the (?:left|right|top|bottom|upper|lower|middle|centre|center)|above|below|under|beneath|"
            r"left of|right of|higher|lower|further|farther|near|next to)\b)"
        ),
        "",
    ),
    # "to the left of the vertical midline of the image": on the left side
    (
        rx(
            r"\b(?:to the |on the )?(left|right) of (?:the )?(?:vertical )?(?:mid-?line|middle line|cent(?:re|er) "
            r"?line|"
            rf"vertical axis|central axis|vertical bisector)(?: of the {PICTURE})?"
        ),
        r"on the \1 side",
    ),
    (
        rx(
            r"\b(above|below) (?:the )?(?:horizontal )?(?:mid-?line|middle line|cent(?:re|er) ?line|horizontal axis|"
            rf"horizontal bisector)(?: of the {PICTURE})?"
        ),
        lambda m: "in the " + ("top" if m[1].lower() == "above" else "bottom") + " half",
    ),
    # "... that exactly 1 triangle is present": there is exactly one
    (
        rx(
            r"(?:(?<=\bthat )|(?<=\bwhether )|(?<=\bif )|^)((?:exactly|precisely|only|just|at least|at most|more than|"
            r"fewer than|less than) )?(\d+|one|two|three|four|five|six|seven|eight|nine|ten) ([a-z]+(?: [a-z]+)?) "
            rf"(is|are) (?:present|there|visible|depicted|shown|displayed|drawn|to be seen|in the {PICTURE})"
            rf"(?: in the {PICTURE})?(?=\s*[?.!]*\s*$)"
        ),
        lambda m: f"there {m[4]} {m[1] or ''}{m[2]} {m[3]}",
    ),
    # "the smallest figure depicted": the smallest figure
    (
        rx(
            rf"\b(the (?:[a-z]+est|[a-z]+most) {_THING}s?) (?:depicted|shown|displayed|pictured|present|visible|drawn)"
            rf"{_IN_PICTURE}(?=\s*[?.!]*\s*$)"
        ),
        r"\1",
    ),
    # "the lower portion of the image": its lower half
    (
        rx(r"(?<![-\w])(lower|upper|top|bottom|left|right|left-hand|right-hand) (?:portion|region|section)\b"),
        r"\1 half",
    ),
    # "the object whose class is circle", "whose colour is red"
    (
        rx(
            r"\bwhose (?:class|kind|type|category|class label|shape label|label|geometry|shape) is (?!the\b)(?:an? "
            r")?([a-z]+)"
        ),
        r"that is a \1",
    ),
    # "is the blue object square-shaped or circular?": which kind it is
    (
        rx(
            rf"^\s*(is|are) (the (?:[a-z]+ ){{0,3}}?(?:object|shape|figure|item|element|thing|one|form)) (?:an? "
            rf")?({_SHAPE_ADJECTIVE}) or (?:an? )?({_SHAPE_ADJECTIVE})" + END
        ),
        lambda m: f"{m[1]} {m[2]} a {_kind_of(m[3])} or a {_kind_of(m[4])}?",
    ),
    # --- task verbs around the question: said as one the rest of the parser reads ("determine whether")
    (
        rx(
            r"^\s*(?:please\s+)?(?:kindly\s+)?(?:confirm or deny|confirm or refute|verify or refute|affirm or deny|"
            r"evaluate|assess|decide|judge|examine|record|note|investigate|test|clarify)(?: for me| to me)?(?:,? "
            r"please)?"
            r"\s*:?\s*(whether|if)\b"
        ),
        r"Determine \1",
    ),
    (
        rx(
            r"^\s*(?:please\s+)?(?:kindly\s+)?(?:confirm or deny|confirm or refute|verify or refute|affirm or deny)\s+"
            r"that\b"
        ),
        "Confirm that",
    ),
    # "whether the circles outnumber the triangles": whether there are more of them
    (
        rx(
            r"\b(whether|if|that) (?:the )?([a-z]+(?: [a-z]+)?s) (?:outnumber|are more numerous than|exceed in number) "
            r"(?:the )?([a-z]+(?: [a-z]+)?s)\b"
        ),
        r"\1 there are more \2 than \3",
    ),
    (
        rx(
            r"^\s*(?:please\s+)?(?:kindly\s+)?(?:compute|calculate|supply|enumerate|document|disclose|declare)"
            r"(?: to me| for me)?\s+(?=(?:the|which|what|how|where)\b)"
        ),
        "tell me ",
    ),
]


def _y_axis(question: str) -> str:
    """ "the greatest y-coordinate" where the question says which way y grows: the lowest or the highest thing."""
    text = question.lower()
    down = re.search(
        r"image coordinates|pixel coordinates|increas\w* downwards?|origin (?:at|in) the top|points? down", text
    )
    up = re.search(r"cartesian|increas\w* upwards?|origin (?:at|in) the bottom|points? up", text)
    if bool(down) == bool(up):
        return question  # which way y grows is not said (or said both ways): left as asked, and refused
    question = re.sub(
        r"(?i)^\s*in (?:a |the )?(?:cartesian|image|pixel) (?:frame|coordinates?|coordinate system|system)[^,?]*,\s*",
        "",
        question,
    )
    question = re.sub(
        r"(?i)^\s*(?:with|taking|using|given) (?:the )?origin (?:at|in) the [a-z -]+?(?: corner)?(?: and [^,?]+)?,\s*",
        "",
        question,
    )
    question = re.sub(r"(?i)\s*\((?:with )?(?:y|the y[- ]axis|origin)[^)]*\)", "", question)
    question = re.sub(r"(?i)\s+in (?:image|pixel) coordinates\b", "", question)

    def extreme(m: re.Match[str]) -> str:
        return "is the " + ("bottommost" if (_MOST[m[1].lower()] == "largest") == bool(down) else "topmost")

    question = re.sub(
        r"(?i)\b(?:has|have) the (largest|greatest|highest|biggest|maximal|maximum|smallest|lowest|least|minimal|"
        r"minimum) y[- ]?(?:coordinate|value|position)\b",
        extreme,
        question,
    )
    return _Y_COMPARED.sub(
        lambda m: (
            f"is {m[1]} " + ("below" if (_MORE[m[2].lower()] == "larger") == bool(down) else "above") + f" {m[3]}?"
        ),
        question,
    )


def _coordinates_compared(axis: str) -> re.Pattern[str]:
    """ "Is the x-coordinate of (the centroid of) A less than that of B?" for ``axis`` x or y: A, the comparison,
    B."""
    return re.compile(
        rf"(?i)^\s*is the {axis}[- ]?(?:coordinate|value|position) of (?:the (?:centroid|centre|center) of )?(.+?) "
        rf"(greater|larger|higher|bigger|more|less|smaller|lower) than (?:that|the {axis}[- ]?coordinate) of "
        r"(?:the (?:centroid|centre|center) of )?(.+?)" + END
    )


_X_COMPARED, _Y_COMPARED = _coordinates_compared("x"), _coordinates_compared("y")


def _x_compared(question: str) -> str:
    """ "Is the x-coordinate of the centroid of A less than that of B?": is A left of B."""
    return _X_COMPARED.sub(
        lambda m: f"is {m[1]} to the " + ("right" if _MORE[m[2].lower()] == "larger" else "left") + f" of {m[3]}?",
        question,
    )


def formal_words(question: str) -> str:
    """The question with the formal forms this module reads rewritten (see the module's docstring); any other
    question unchanged.

    >>> formal_words("Report the horizontal location of the circle (right/left).")
    'is the circle on the left or on the right?'
    >>> formal_words("Is the set of blue triangles non-empty?")
    'are there any blue triangles?'
    """
    question = _bound(question)
    if re.search(r"(?i)\by[- ]?(?:coordinate|value|position)\b", question):
        question = _y_axis(question)
    if re.search(r"(?i)\bx[- ]?(?:coordinate|value|position)\b", question):
        question = _x_compared(question)
    return apply(_REWRITES, question)
