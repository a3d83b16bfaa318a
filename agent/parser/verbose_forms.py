"""Questions as paraphrasers and verbose writers put them, rewritten into the wording the parser reads.

A question rephrased at length keeps what it asks and wraps it: a lead-in about looking ("In the image provided,",
"Upon examining the image closely,", "When you look at the triangle shown in the image, ..."), a comparison said
first ("Compared with the number of squares, are there more circles?", "Relative to the blue one, is the green shape
further up?"), a polite verb ("Would you mind counting ...", "Can you identify whether ..."), a verb for being there
("can a purple rectangle be spotted among the figures shown?", "is it possible to find at least one circle?"), a verb
for a colour ("what color has been used to fill the rectangle?", "the figure shown in blue"), a tail ("... and give
the total"). The terse end of the same process is read too: "Square: gray?", "Black one above or below square?".

>>> verbose_forms("In the image provided, what color has been used to fill the rectangle?")
'what colour is the rectangle?'
>>> verbose_forms("Compared with the number of squares, are there more circles?")
'are there more circles than squares?'
>>> verbose_forms("Square: gray?")
'is the Square gray?'
"""

from __future__ import annotations

import re
from collections.abc import Callable

_END = r"\s*[?.!]*\s*$"
_PICTURE = r"(?:image|picture|figure|scene|photo|drawing|diagram|illustration)"
_SHOWN = r"(?: (?:provided|shown|given|above|below|presented|displayed|here|at hand))?"
_COLOUR = r"(?:red|blue|green|yellow|orange|purple|pink|brown|black|white|gr[ae]y|cyan|teal|magenta|violet)"
_KIND = r"(?:circle|square|rectangle|triangle|star|pentagon|hexagon|ellipse|oval|diamond)"
_THING = rf"(?:{_KIND}|shape|figure|object|thing|item|element|one|form)"
_MORE = {"greater": "more", "larger": "more", "higher": "more", "bigger": "more", "more": "more"}
_MORE |= {"smaller": "fewer", "lower": "fewer", "fewer": "fewer", "less": "fewer"}
_DOING = {
    "counting": "count",
    "telling": "tell",
    "checking": "check",
    "identifying": "identify",
    "naming": "name",
    "saying": "say",
    "letting": "let",
    "describing": "describe",
    "finding": "find",
    "indicating": "indicate",
    "listing": "list",
    "confirming": "confirm",
    "verifying": "verify",
    "determining": "determine",
    "looking": "look",
    "giving": "give",
    "showing": "show",
}

Rewrite = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_REWRITES: list[Rewrite] = [
    # lead-ins about looking: "In the image provided,", "Upon examining the image closely,", "Among the shapes,"
    (
        _rx(
            rf"^\s*(?:(?:in|within|from|on|based on|according to|looking at|in view of) (?:the|this) {_PICTURE}{_SHOWN}"
            rf"|(?:upon|when|after|while|on) (?:examining|looking at|viewing|inspecting|observing|studying|checking|"
            rf"analy[sz]ing) (?:the|this) {_PICTURE}{_SHOWN}(?: closely| carefully| in detail)?"
            r"|(?:when|while|in) comparing (?:their|the|its) (?:positions|sizes|locations|placements|areas)"
            r"|among (?:the|all the|these|all of the) (?:shapes|figures|objects|items)(?: (?:shown|present|depicted))?)"
            r"\s*,\s*(?=\S)"
        ),
        "",
    ),
    # "When you look at the triangle shown in the image, which color does it appear to be?": the triangle, then it
    (
        _rx(
            r"^\s*(?:when|if|as) you (?:look at|examine|view|observe|consider|inspect|focus on) (the [a-z ]+?)"
            rf"(?: (?:shown|depicted|displayed|visible|drawn))?(?: in the {_PICTURE})?\s*,\s*(.+)$"
        ),
        lambda m: re.sub(r"(?i)\bit\b", m[1], m[2], count=1),
    ),
    (_rx(r"\b(?:what|which) colou?r does (the [a-z ]+?) (?:appear|seem|look) to be\b"), r"what colour is \1"),
    (_rx(r"\b(?:what|which) colou?r does (the [a-z ]+?) (?:appear|seem|look)(?= ?[?.!]*\s*$)"), r"what colour is \1"),
    # "the single square present in the image": the square
    (_rx(r"\bthe (?:single|sole|lone|one and only) ([a-z]+)\b(?: (?:present|shown|visible|depicted))?"), r"the \1"),
    # "What shape is depicted in orange?", "the shape that appears in gray": the orange one, the gray shape
    (
        _rx(
            r"^\s*(?:what|which) (shape|figure|form|kind of shape|type of shape) (?:is|appears) (?:depicted|drawn|"
            r"shown|"
            rf"painted|colou?red|rendered|filled)? ?in ({_COLOUR})" + _END
        ),
        r"what shape is the \2 one?",
    ),
    (
        _rx(
            r"\bthe (shape|figure|object|one) (?:that|which) (?:appears|is drawn|is shown|is depicted|is painted|is "
            rf"colou?red|is rendered|is filled) in ({_COLOUR})\b"
        ),
        r"the \2 \1",
    ),
    # "in the upper-right quadrant": in the top half and the right half
    (
        _rx(
            r"\b(?:that |which )?(?:is |lies |sits |appears |is located |is positioned |is situated |located |"
            r"positioned |situated |found )?(?:in|within) the (upper|top|lower|bottom)[- ](left|right)(?:[- ]hand)? "
            rf"(?:quadrant|quarter|region|area|section|portion)(?: of the {_PICTURE})?"
        ),
        lambda m: (
            "that is in the "
            + ("top" if m[1].lower() in {"upper", "top"} else "bottom")
            + f" half and in the {m[2]} half"
        ),
    ),
    (_rx(r"^\s*(which|what) ((?:[a-z]+ ){0,2}?(?:shape|figure|object|one|thing|item)) that is in\b"), r"\1 \2 is in"),
    # "Which shape appears smallest in the image?": is the smallest
    (_rx(r"\b(?:appears|looks|seems)(?: to be)? (?:the )?([a-z]+est|[a-z]+most)\b"), r"is the \1"),
    # "which of the two shapes, the triangle or the gray one, occupies less area?"
    (
        _rx(
            r"^\s*(?:please )?(?:determine |identify |state |say |tell me )?which of the (?:two )?(?:shapes|figures|"
            r"objects|items),? (the [a-z ]+?) or (the [a-z ]+?),? (?:occupies|takes up|covers|has|fills) (?:the )?"
            r"(less|more|a larger|a smaller|larger|smaller|greater|the larger|the smaller) (?:area|space|room)" + _END
        ),
        lambda m: (
            "which is "
            + ("smaller" if m[3].lower().split()[-1] in {"less", "smaller"} else "larger")
            + f", {m[1]} or {m[2]}?"
        ),
    ),
    # "When you compare the number of circles with the number of triangles, is the number of circles greater?"
    (
        _rx(
            r"^\s*(?:when you compare|comparing|if you compare|when comparing) the (?:number|count|quantity) of "
            r"([a-z]+s)"
            rf" (?:with|to|and|against) the (?:number|count|quantity) of ([a-z]+s)(?: in the {_PICTURE})?\s*,\s*"
            r"(?:is|are) the (?:number|count|quantity) of ([a-z]+s) (greater|larger|higher|bigger|more|smaller|lower|"
            r"fewer|less)" + _END
        ),
        lambda m: f"are there {_MORE[m[4].lower()]} {m[3]} than {m[2] if m[3].lower() == m[1].lower() else m[1]}?",
    ),
    # "Compared with the number of squares, are there more circles?"
    (
        _rx(
            r"^\s*(?:compared (?:with|to)|relative to|in comparison (?:with|to)|as against) (?:the (?:number|count|"
            r"quantity) of )?([a-z]+s)\s*,\s*are there (more|fewer|less) ([a-z]+s)" + _END
        ),
        r"are there \2 \3 than \1?",
    ),
    # "Relative to the circle, is the triangle positioned lower or higher?"
    (
        _rx(
            r"^\s*(?:relative to|compared (?:to|with)|in relation to|with respect to|in comparison (?:to|with)) "
            r"(the [a-z ]+?)\s*,\s*(is|are) (the [a-z ]+?) (?:positioned |located |placed |situated )?((?:higher|lower|"
            r"bigger|smaller|larger) or (?:higher|lower|bigger|smaller|larger))" + _END
        ),
        r"\2 \3 \4 than \1?",
    ),
    # "Relative to the blue one, is the green shape further up?": than the blue one
    (
        _rx(
            r"^\s*(?:relative to|compared (?:to|with)|in relation to|with respect to|in comparison (?:to|with)) "
            r"(the [a-z ]+?)\s*,\s*(is|are) (the [a-z ]+?) ((?:further|farther|more|higher|lower|bigger|smaller|larger)"
            r"(?: up| down| left| right| to the left| to the right)?)" + _END
        ),
        r"\2 \3 \4 than \1?",
    ),
    # "Would you mind counting the green squares for me?": count them
    (
        _rx(r"^\s*(?:would|could) you (?:mind|be so kind as to|kindly) ([a-z]+ing)\b"),
        lambda m: _DOING.get(m[1].lower(), m[0]),
    ),
    (_rx(r"^\s*(?:can|could|would) you (?:please )?identify (whether|if)\b"), r"Determine \1"),
    # "Count the circles in the image and give the total.": the tail asks nothing more
    (
        _rx(
            r"\s*,?\s*(?:and|then) (?:give|report|state|provide|tell me|output|write) (?:me )?(?:the|its|their|your) "
            r"(?:total|number|count|result|answer|tally)(?=\s*[?.!]*\s*$)"
        ),
        "",
    ),
    # "Is there, anywhere in the image, a blue square?"
    (_rx(rf",\s*(?:anywhere|somewhere) (?:in|within|on) (?:the|this) {_PICTURE}\s*,"), ""),
    # "a blue-colored shape": a blue shape
    (_rx(rf"\b({_COLOUR})[- ]colou?red\b"), r"\1"),
    # being there: "is it possible to find at least one circle", "can a purple rectangle be spotted", "a shape appears"
    (
        _rx(
            r"^\s*is it possible to (?:find|see|spot|locate|identify|detect|observe) (.+?)(?: among the (?:shapes|"
            rf"figures|objects|items)(?: shown| depicted| present)?)?(?: in the {_PICTURE})?" + _END
        ),
        r"is there \1?",
    ),
    (
        _rx(
            r"^\s*(?:can|could) ((?:an?|any) .+?) be (?:spotted|seen|found|located|identified|detected|observed|"
            r"noticed)"
            rf"(?: among the (?:shapes|figures|objects|items)(?: shown| depicted| present)?)?(?: in the {_PICTURE})?"
            + _END
        ),
        r"is there \1?",
    ),
    (
        _rx(
            r"\b(whether|if|that) ((?:an?|any) .+?) (?:appears|is present|exists|is visible|can be seen|is shown|shows "
            r"up)"
            rf"(?: (?:in|within) the {_PICTURE})?" + _END
        ),
        r"\1 there is \2?",
    ),
    # a verb for a colour: "what color has been used to fill the rectangle?", "the type of figure shown in blue"
    (
        _rx(
            r"^\s*(?:what|which) colou?r (?:has been|was|is|have been|were) used (?:to|for) (?:fill|paint|colou?r|draw|"
            r"shade|filling|painting|colou?ring|drawing)(?: in)? (the [a-z ]+?)" + _END
        ),
        r"what colour is \1?",
    ),
    (
        _rx(
            r"\bthe (?:type|kind|sort) of (?:figure|shape|object|form) (?:that is |which is )?(?:shown|drawn|painted|"
            rf"colou?red|depicted|rendered|filled) in ({_COLOUR})\b"
        ),
        r"the shape of the \1 one",
    ),
    (
        _rx(rf"^\s*({_COLOUR}) is the colou?r of (?:which|what) (shape|figure|object|one|thing)" + _END),
        r"which \2 is \1?",
    ),
    (_rx(r"^\s*which (?:form|shape) does (the [a-z ]+?) (?:take|have|take on|assume)" + _END), r"what shape is \1?"),
    # "Identify which color appears more often, gray or purple."
    (
        _rx(r"^\s*(?:please )?(?:identify|determine|state|say|tell me) (which colou?r|which shape|which kind)\b"),
        r"\1",
    ),
    (
        _rx(
            r"\bwhich (colou?r|shape|kind) (?:appears|occurs|shows up|is used|is present|is seen) more "
            r"(?:often|frequently|times|commonly)\b"
        ),
        r"which \1 is there more of",
    ),
    # "toward the bottom of the image": there
    (
        _rx(r"\b(?:positioned |located |situated |placed )?towards? the (top|bottom|left|right|upper|lower)\b"),
        r"in the \1",
    ),
    # "the shape that is the largest of all": the largest one
    (_rx(r"\bthe ([a-z]+est|[a-z]+most) of (?:all|them all|all of them)\b"), r"the \1 one"),
    # terse: "Square: gray?", "Yellow one: rectangle?": is it so
    (
        _rx(rf"^\s*((?:the )?(?:{_COLOUR} |big |small |large )?{_THING})\s*:\s*(?:an? )?({_COLOUR}|{_KIND})\s*\?\s*$"),
        lambda m: f"is {_the(m[1])} " + (f"a {m[2]}?" if re.fullmatch(_KIND, m[2], re.IGNORECASE) else f"{m[2]}?"),
    ),
    # "is there one that is black?": a black one
    (
        _rx(
            r"\b(is there|are there) (?:one|any|some|an? (?:shape|figure|object|thing)) (?:that|which) (?:is|are) "
            rf"({_COLOUR})\b"
        ),
        r"\1 a \2 one",
    ),
    # "Black one above or below square?": is it
    (
        _rx(
            rf"^\s*((?:the )?(?:{_COLOUR} |big |small )?{_THING}) (above or below|below or above|left or right of|"
            rf"right "
            r"or left of|to the left or (?:to the )?right of|higher or lower than|lower or higher than|bigger or "
            r"smaller "
            rf"than|larger or smaller than|smaller or bigger than|smaller or larger than) ((?:the )?(?:{_COLOUR} |big "
            rf"|small )?{_THING})" + _END
        ),
        lambda m: f"is {_the(m[1])} {m[2]} {_the(m[3])}?",
    ),
]


def _the(phrase: str) -> str:
    return phrase if phrase.lower().startswith("the ") else f"the {phrase}"


def verbose_forms(question: str) -> str:
    """The question with the verbose and terse forms this module reads rewritten (see the module's docstring); any
    other question unchanged.

    >>> verbose_forms("Black one above or below square?")
    'is the Black one above or below the square?'
    """
    for pattern, replacement in _REWRITES:
        question = pattern.sub(replacement, question)
    return question
