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

from nsvr.agent.parser.rewrites import COLOUR, END, KIND, PICTURE, Rewrite, apply, rx

_SHOWN = r"(?: (?:provided|shown|given|above|below|presented|displayed|here|at hand))?"
_THING = rf"(?:{KIND}|shape|figure|object|thing|item|element|one|form)"
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


_REWRITES: list[Rewrite] = [
    # what an assistant is asked to tell: "Let me know if you can find a green shape.", "Tell me what the smallest
    # shape is.", "Describe where the black one is.", "What about the square? Is it left of the circle?"
    (rx(r"^\s*(?:please )?let me know (?:if|whether) (?:you can (?:find|see|spot) )?(?=an?\b|any\b)"), "is there "),
    (rx(r"^\s*(?:please )?let me know (?:if|whether)\b"), "tell me if"),
    (
        rx(
            r"^\s*(?:please )?(?:tell me|describe|say|explain) (what|where|which|how many) (the [a-z ]+?) (is|are)"
            + END
        ),
        r"\1 \3 \2?",
    ),
    (rx(r"^\s*(?:please )?describe where (the [a-z ]+?) (?:is|are)" + END), r"where is \1?"),
    (
        rx(r"^\s*(?:and )?(?:what|how) about (the [a-z ]+?)\s*\?\s*(.*?\b)(it|its)\b(.*)$"),
        lambda m: f"{m[2]}{m[1] if m[3].lower() == 'it' else m[1] + ' s'}{m[4]}".replace(" s ", "'s "),
    ),
    (rx(r"^\s*(?:and )?(?:what|how) about [a-z ]+?\s*\?\s*(?=(?:is|are|what|which|how|does|do)\b)"), ""),
    # "is the top-right corner empty?": is nothing in it
    (
        rx(r"\b(?:is|whether) the ((?:top|bottom|upper|lower)[- ](?:left|right)) corner (?:empty|blank|clear)" + END),
        r"are there no shapes in the \1 corner?",
    ),
    # lead-ins about looking: "In the image provided,", "Upon examining the image closely,", "Among the shapes,"
    (
        rx(
            rf"^\s*(?:(?:in|within|from|on|based on|according to|looking at|in view of) (?:the|this) {PICTURE}{_SHOWN}"
            rf"|(?:upon|when|after|while|on) (?:examining|looking at|viewing|inspecting|observing|studying|checking|"
            rf"analy[sz]ing) (?:the|this) {PICTURE}{_SHOWN}(?: closely| carefully| in detail)?"
            r"|(?:when|while|in) comparing (?:their|the|its) (?:positions|sizes|locations|placements|areas)"
            r"|among (?:the|all the|these|all of the) (?:shapes|figures|objects|items)(?: (?:shown|present|depicted))?)"
            r"\s*,\s*(?=\S)"
        ),
        "",
    ),
    # "When you look at the triangle shown in the image, which color does it appear to be?": the triangle, then it
    (
        rx(
            r"^\s*(?:when|if|as) you (?:look at|examine|view|observe|consider|inspect|focus on) (the [a-z ]+?)"
            rf"(?: (?:shown|depicted|displayed|visible|drawn))?(?: in the {PICTURE})?\s*,\s*(.+)$"
        ),
        lambda m: re.sub(r"(?i)\bit\b", m[1], m[2], count=1),
    ),
    (rx(r"\b(?:what|which) colou?r does (the [a-z ]+?) (?:appear|seem|look) to be\b"), r"what colour is \1"),
    (rx(r"\b(?:what|which) colou?r does (the [a-z ]+?) (?:appear|seem|look)(?= ?[?.!]*\s*$)"), r"what colour is \1"),
    # "the single square present in the image": the square
    (rx(r"\bthe (?:single|sole|lone|one and only) ([a-z]+)\b(?: (?:present|shown|visible|depicted))?"), r"the \1"),
    # "What shape is depicted in orange?", "the shape that appears in gray": the orange one, the gray shape
    (
        rx(
            r"^\s*(?:what|which) (shape|figure|form|kind of shape|type of shape) (?:is|appears) (?:depicted|drawn|"
            r"shown|"
            rf"painted|colou?red|rendered|filled)? ?in ({COLOUR})" + END
        ),
        r"what shape is the \2 one?",
    ),
    (
        rx(
            r"\bthe (shape|figure|object|one) (?:that|which) (?:appears|is drawn|is shown|is depicted|is painted|is "
            rf"colou?red|is rendered|is filled) in ({COLOUR})\b"
        ),
        r"the \2 \1",
    ),
    # "in the upper-right quadrant": in the top half and the right half
    (
        rx(
            r"\b(?:that |which )?(?:is |lies |sits |appears |is located |is positioned |is situated |located |"
            r"positioned |situated |found )?(?:in|within) the (upper|top|lower|bottom)[- ](left|right)(?:[- ]hand)? "
            rf"(?:quadrant|quarter|region|area|section|portion)(?: of the {PICTURE})?"
        ),
        lambda m: (
            "that is in the "
            + ("top" if m[1].lower() in {"upper", "top"} else "bottom")
            + f" half and in the {m[2]} half"
        ),
    ),
    (
        rx(
            r"^\s*(which|what) ((?:[a-z]+ ){0,2}?(?:shape|figure|object|one|thing|item)) that is (in the (?:top|"
            r"bottom) half "
            r"and in the (?:left|right) half)"
        ),
        r"\1 \2 is \3",
    ),
    # "Which shape appears smallest in the image?": is the smallest
    (rx(r"\b(?:appears|looks|seems)(?: to be)? (?:the )?([a-z]+est|[a-z]+most)\b"), r"is the \1"),
    # "which of the two shapes, the triangle or the gray one, occupies less area?"
    (
        rx(
            r"^\s*(?:please )?(?:determine |identify |state |say |tell me )?which of the (?:two )?(?:shapes|figures|"
            r"objects|items),? (the [a-z ]+?) or (the [a-z ]+?),? (?:occupies|takes up|covers|has|fills) (?:the )?"
            r"(less|more|a larger|a smaller|larger|smaller|greater|the larger|the smaller) (?:area|space|room)" + END
        ),
        lambda m: (
            "which is "
            + ("smaller" if m[3].lower().split()[-1] in {"less", "smaller"} else "larger")
            + f", {m[1]} or {m[2]}?"
        ),
    ),
    # "When you compare the number of circles with the number of triangles, is the number of circles greater?"
    (
        rx(
            r"^\s*(?:when you compare|comparing|if you compare|when comparing) the (?:number|count|quantity) of "
            r"([a-z]+s)"
            rf" (?:with|to|and|against) the (?:number|count|quantity) of ([a-z]+s)(?: in the {PICTURE})?\s*,\s*"
            r"(?:is|are) the (?:number|count|quantity) of ([a-z]+s) (greater|larger|higher|bigger|more|smaller|lower|"
            r"fewer|less)" + END
        ),
        lambda m: f"are there {_MORE[m[4].lower()]} {m[3]} than {m[2] if m[3].lower() == m[1].lower() else m[1]}?",
    ),
    # "Compared with the number of squares, are there more circles?"
    (
        rx(
            r"^\s*(?:compared (?:with|to)|relative to|in comparison (?:with|to)|as against) (?:the (?:number|count|"
            r"quantity) of )?([a-z]+s)\s*,\s*are there (more|fewer|less) ([a-z]+s)" + END
        ),
        r"are there \2 \3 than \1?",
    ),
    # "Relative to the circle, is the triangle positioned lower or higher?"
    (
        rx(
            r"^\s*(?:relative to|compared (?:to|with)|in relation to|with respect to|in comparison (?:to|with)) "
            r"(the [a-z ]+?)\s*,\s*(is|are) (the [a-z ]+?) (?:positioned |located |placed |situated )?((?:higher|lower|"
            r"bigger|smaller|larger) or (?:higher|lower|bigger|smaller|larger))" + END
        ),
        r"\2 \3 \4 than \1?",
    ),
    # "Relative to the blue one, is the green shape further up?": than the blue one
    (
        rx(
            r"^\s*(?:relative to|compared (?:to|with)|in relation to|with respect to|in comparison (?:to|with)) "
            r"(the [a-z ]+?)\s*,\s*(is|are) (the [a-z ]+?) ((?:further|farther|more|higher|lower|bigger|smaller|larger)"
            r"(?: up| down| left| right| to the left| to the right)?)" + END
        ),
        r"\2 \3 \4 than \1?",
    ),
    # "Would you mind counting the green squares for me?": count them
    (
        rx(r"^\s*(?:would|could) you (?:mind|be so kind as to|kindly) ([a-z]+ing)\b"),
        lambda m: _DOING.get(m[1].lower(), m[0]),
    ),
    (rx(r"^\s*(?:can|could|would) you (?:please )?identify (whether|if)\b"), r"Determine \1"),
    # "Count the circles in the image and give the total.": the tail asks nothing more
    (
        rx(
            r"\s*,?\s*(?:and|then) (?:give|report|state|provide|tell me|output|write) (?:me )?(?:the|its|their|your) "
            r"(?:total|number|count|result|answer|tally)(?=\s*[?.!]*\s*$)"
        ),
        "",
    ),
    # "Is there, anywhere in the image, a blue square?"
    (rx(rf",\s*(?:anywhere|somewhere) (?:in|within|on) (?:the|this) {PICTURE}\s*,"), ""),
    # "a blue-colored shape": a blue shape
    (rx(rf"\b({COLOUR})[- ]colou?red\b"), r"\1"),
    # being there: "is it possible to find at least one circle", "can a purple rectangle be spotted", "a shape appears"
    (
        rx(
            r"^\s*is it possible to (?:find|see|spot|locate|identify|detect|observe) (.+?)(?: among the (?:shapes|"
            rf"figures|objects|items)(?: shown| depicted| present)?)?(?: in the {PICTURE})?" + END
        ),
        r"is there \1?",
    ),
    (
        rx(
            r"^\s*(?:can|could) ((?:an?|any) .+?) be (?:spotted|seen|found|located|identified|detected|observed|"
            r"noticed)"
            rf"(?: among the (?:shapes|figures|objects|items)(?: shown| depicted| present)?)?(?: in the {PICTURE})?"
            + END
        ),
        r"is there \1?",
    ),
    (
        rx(
            r"\b(whether|if|that) ((?:an?|any) .+?) (?:appears|is present|exists|is visible|can be seen|is shown|shows "
            r"up)"
            rf"(?: (?:in|within) the {PICTURE})?" + END
        ),
        r"\1 there is \2?",
    ),
    (
        rx(
            r"^\s*how many (.+?) (?:can|could|may) be (?:spotted|seen|found|counted|identified|observed|detected|"
            r"noticed)"
            rf"(?: (?:in|within) the {PICTURE})?" + END
        ),
        r"how many \1 are there?",
    ),
    # a verb for a colour: "what color has been used to fill the rectangle?", "the type of figure shown in blue"
    (
        rx(
            r"^\s*(?:what|which) colou?r (?:has been|was|is|have been|were) used (?:to|for|on) (?:fill|paint|colou?r|"
            r"draw|"
            r"shade|filling|painting|colou?ring|drawing)?(?: in)? ?(the [a-z ]+?)" + END
        ),
        r"what colour is \1?",
    ),
    (
        rx(
            r"\bthe (?:type|kind|sort) of (?:figure|shape|object|form) (?:that is |which is )?(?:shown|drawn|painted|"
            rf"colou?red|depicted|rendered|filled) in ({COLOUR})\b"
        ),
        r"the shape of the \1 one",
    ),
    (
        rx(rf"^\s*({COLOUR}) is the colou?r of (?:which|what) (shape|figure|object|one|thing)" + END),
        r"which \2 is \1?",
    ),
    (rx(r"^\s*which (?:form|shape) does (the [a-z ]+?) (?:take|have|take on|assume)" + END), r"what shape is \1?"),
    # "Identify which color appears more often, gray or purple."
    (
        rx(r"^\s*(?:please )?(?:identify|determine|state|say|tell me) (which colou?r|which shape|which kind)\b"),
        r"\1",
    ),
    (
        rx(
            r"\bwhich (colou?r|shape|kind) (?:appears|occurs|shows up|is used|is present|is seen) more "
            r"(?:often|frequently|times|commonly)\b"
        ),
        r"which \1 is there more of",
    ),
    # "toward the bottom of the image": there
    (
        rx(r"\b(?:positioned |located |situated |placed )?towards? the (top|bottom|left|right|upper|lower)\b"),
        r"in the \1",
    ),
    # "which shape is at the very bottom": the bottommost
    (rx(r"\b(is|are) (?:at|on|in) the very (top|bottom|left|right)\b(?: (?:edge|side|end))?"), r"\1 the \2most"),
    # "the shape that is the largest of all": the largest one
    (rx(r"\bthe ([a-z]+est|[a-z]+most) of (?:all|them all|all of them)\b"), r"the \1 one"),
    # "How many shapes would be left if all the rectangles were removed?": those that are not rectangles
    (
        rx(
            r"^\s*how many ([a-z]+) would (?:be left|remain|there be) if (?:all )?(?:the |of the )?([a-z]+s) (?:were|"
            r"was|"
            r"got|are) (?:removed|taken away|deleted|taken out|erased)" + END
        ),
        r"how many \1 are not \2?",
    ),
    # "Is the circle the only shape of its color?": no other shape has its colour
    (
        rx(
            r"^\s*is (the [a-z ]+?) the only (shape|object|thing|figure|one|item) (?:of|with|in) (?:its|that|this) "
            r"(colou?r|shape|size)" + END
        ),
        r"is there no other \2 with the same \3 as \1?",
    ),
    # "True or false: There is a red shape, but there is no yellow shape.": both said of the picture
    (
        rx(
            r"^\s*(?:true or false|is it true that|is it the case that)\s*:?\s*there (?:is|are) (.+?),? (?:but|and) "
            r"there "
            r"(?:is|are) no (.+?)" + END
        ),
        r"is there \1 and no \2?",
    ),
    # "neither orange nor circles": not orange and not circles
    (rx(rf"\bneither ({COLOUR}) nor ([a-z]+s)\b"), r"not \1 and not \2"),
    # "more objects on the bottom of the image than on the top": in its halves
    (
        rx(
            r"\b(more|fewer|less) ([a-z]+) (?:on|in|at) the (top|bottom|left|right|upper|lower)(?: side| half| part)?"
            rf"(?: of the {PICTURE})? than (?:on|in|at) the (top|bottom|left|right|upper|lower)(?: side| half| part)?"
            rf"(?: of the {PICTURE})?"
        ),
        r"\1 \2 in the \3 half than in the \4 half",
    ),
    # terse: "Square: gray?", "Yellow one: rectangle?": is it so
    (
        rx(rf"^\s*((?:the )?(?:{COLOUR} |big |small |large )?{_THING})\s*:\s*(?:an? )?({COLOUR}|{KIND})\s*\?\s*$"),
        lambda m: f"is {_the(m[1])} " + (f"a {m[2]}?" if re.fullmatch(KIND, m[2], re.IGNORECASE) else f"{m[2]}?"),
    ),
    # "is there one that is black?": a black one
    (
        rx(
            r"\b(is there|are there) (?:one|any|some|an? (?:shape|figure|object|thing)) (?:that|which) (?:is|are) "
            rf"({COLOUR})\b"
        ),
        r"\1 a \2 one",
    ),
    # "Black one above or below square?": is it
    (
        rx(
            rf"^\s*((?:the )?(?:{COLOUR} |big |small )?{_THING}) (above or below|below or above|left or right of|"
            rf"right "
            r"or left of|to the left or (?:to the )?right of|higher or lower than|lower or higher than|bigger or "
            r"smaller "
            rf"than|larger or smaller than|smaller or bigger than|smaller or larger than) ((?:the )?(?:{COLOUR} |big "
            rf"|small )?{_THING})" + END
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
    return apply(_REWRITES, question)
