"""Questions as machine translation renders them from other languages, rewritten into the wording the parser reads.

A translator keeps the source language's word order and idiom: the verb before its subject ("Is found the orange
figure at left of the blue figure?", "On the picture is located a black square?", "In what colour is painted the
triangle?"), the verb last ("The orange figure than the triangle is bigger?"), no article ("Is black figure
triangle?") or a doubled one, "most" before any adjective ("the most high", "the most below of all"), "at left",
"the form of", "quantity of", a subject repeated as a topic ("The circles and the triangles, the quantity is
same?"). Each form is rewritten into plain English; anything else is left as it is.

>>> machine_translated("Is black figure triangle?")
'Is the black figure a triangle?'
>>> machine_translated("The orange figure than the triangle is bigger?")
'is the orange figure bigger than the triangle?'
>>> machine_translated("In what colour is painted the triangle?")
'what colour is the triangle?'
"""

from __future__ import annotations

from nsvr.agent.parser.rewrites import COLOUR, END, KIND, Rewrite, apply, rx

_HEAD = rf"(?:{KIND}|figure|shape|object|element|item|thing|form)"
_DETERMINER = r"(?:the|a|an|this|that|these|those|any|every|each|some|no|one|its|their|which|what|how|many|all)"
_PLACE = r"(?:left|right|top|bottom|middle|centre|center)"
_SUPERLATIVE = {
    "high": "highest",
    "above": "highest",
    "up": "highest",
    "top": "highest",
    "low": "lowest",
    "below": "lowest",
    "down": "lowest",
    "bottom": "lowest",
    "left": "leftmost",
    "right": "rightmost",
    "big": "biggest",
    "large": "largest",
    "small": "smallest",
    "little": "smallest",
}
_BIGGER = {"bigger": "bigger", "larger": "larger", "smaller": "smaller", "higher": "higher", "lower": "lower"}
_BIGGER |= {"more big": "bigger", "more small": "smaller", "greater": "bigger", "less big": "smaller"}


_REWRITES: list[Rewrite] = [
    # "Is it correct to affirm that ...": is it true that
    (
        rx(
            r"^\s*is it (?:correct|right|accurate|true|valid|exact) to (?:affirm|say|state|claim|assert|consider) "
            r"that\b"
        ),
        "is it true that",
    ),
    # "Could you kindly clarify whether ...": whether
    (
        rx(
            r"^\s*(?:could|can|would|will) you (?:please |kindly )*(?:clarify|make clear|elucidate)"
            r"(?: for me| to me)? (?:whether|if)\b(.+?)\s*[.!?]*\s*$"
        ),
        r"is it true that\1?",
    ),
    # "the yellow figure represents a square": is one
    (rx(r"\b(?:represents|constitutes|is representing) (an? [a-z]+)\b"), r"is \1"),
    # "Does the red figure have the form of a circle?": is it one
    (
        rx(r"^\s*does (.+?) (?:have|has|take|possess) the (?:form|shape|appearance) of (an? [a-z]+)" + END),
        r"is \1 \2?",
    ),
    (rx(r"\bwhat (?:figure|form) is (the|this|that)\b"), r"what shape is \1"),
    (rx(r"\b(?:the|its) form of\b"), "the shape of"),
    (rx(r"\bwhat form (has|does|is)\b"), r"what shape \1"),
    # "In what colour is painted the triangle?", "In what colour is the triangle painted?"
    (
        rx(
            r"^\s*in (?:what|which) colou?r (?:is|are) (?:painted|coloured|colored|drawn|filled|shaded|made) (.+?)"
            + END
        ),
        r"what colour is \1?",
    ),
    (
        rx(r"^\s*in (?:what|which) colou?r (?:is|are) (.+?) (?:painted|coloured|colored|drawn|filled|shaded)" + END),
        r"what colour is \1?",
    ),
    # "On the picture is located a black square?": is there one
    (
        rx(
            r"^\s*(?:on|in|at) (?:the|this) (?:picture|image|drawing|photo) (?:is|are) (?:located |found |situated |"
            r"present |there |depicted |shown |drawn )?((?:an?|any|some) .+?)" + END
        ),
        r"is there \1?",
    ),
    # "Is found the orange figure at left of the blue figure?": is it there
    (
        rx(
            r"^\s*(is|are) (?:located|found|situated|placed|positioned|lying) (the .+?)\s+(?=(?:at|on|in|to|above|"
            r"below|"
            r"under|left|right|higher|lower|near|next)\b)"
        ),
        r"\1 \2 ",
    ),
    # "Is on the left side of the picture the circle?": is the circle there
    (
        rx(
            r"^\s*(is|are) ((?:on|at|in) the (?:left|right|top|bottom|upper|lower|middle)(?: side| part| half)?"
            r"(?: of the (?:picture|image))?) (the [a-z ]+?)" + END
        ),
        r"\1 \3 \2?",
    ),
    # "Where finds itself the orange figure, at right or at left?"
    (
        rx(
            r"^\s*where (?:finds itself|find themselves|is found|is located|is situated|lies|stands|is) (the [a-z ]+?)"
            rf"\s*[,:]?\s*(?:at|on|in) (?:the )?({_PLACE})(?: side| part)? or (?:at|on|in) (?:the )?({_PLACE})"
            r"(?: side| part)?" + END
        ),
        r"is \1 on the \2 or on the \3?",
    ),
    # "Is the purple figure from the black figure to the right or to the left?": of it
    (
        rx(
            r"^\s*(is|are) (the [a-z ]+?) from (the [a-z ]+?) (to the (?:right|left)|above|below|higher|lower) or "
            r"(to the (?:right|left)|above|below|higher|lower)" + END
        ),
        lambda m: f"{m[1]} {m[2]} {m[4]} or {m[5]} {'of ' if 'to the' in m[5].lower() else ''}{m[3]}?",
    ),
    # "at left", "at the left of": on the left, left of
    (rx(r"\bat (?:the )?(left|right) of\b"), r"\1 of"),
    (rx(r"\bat (left|right)\b(?! of)"), r"on the \1"),
    # "the most high", "the most below of all": the highest, the lowest
    (
        rx(
            r"(?<!\bin )(?<!\bon )(?<!\bat )(?<!\bthe )\b(?:the )?most (high|above|up|top|low|below|down|bottom|left|"
            r"right|big|"
            r"large|small|little)\b"
            r"(?! side| part| half| edge| corner| front| back| forward)(?: of (?:all|them))?"
        ),
        lambda m: f"the {_SUPERLATIVE[m[1].lower()]}",
    ),
    (rx(r"\b(?:is|are) located (the (?:highest|lowest|leftmost|rightmost))\b"), r"is \1"),
    # "The orange figure than the triangle is bigger?" (the verb last)
    (
        rx(
            r"^\s*(the [a-z ]+?) than (the [a-z ]+?) (?:is|are) (bigger|larger|smaller|higher|lower|more big|greater)"
            + END
        ),
        lambda m: f"is {m[1][0].lower()}{m[1][1:]} {_BIGGER[m[3].lower()]} than {m[2]}?",
    ),
    # "There are more squares that triangles?": than
    (rx(r"\b(more|fewer|less) ([a-z]+s) that ([a-z]+s)" + END), r"\1 \2 than \3?"),
    # "The circles and the triangles, the quantity is same?"
    (
        rx(
            r"^\s*(?:the )?([a-z]+s) and (?:the )?([a-z]+s)\s*,\s*(?:the )?(?:quantity|number|amount|count)s? (?:is|"
            r"are) "
            r"(?:the )?(?:same|equal|identical)" + END
        ),
        r"are there the same number of \1 and \2?",
    ),
    # "Quantity of circles is more than zero?"
    (
        rx(
            r"^\s*(?:the )?(?:quantity|number|amount|count) of (.+?) (?:is )?(more|greater|bigger|larger|less|fewer|"
            r"smaller) than (\w+)" + END
        ),
        lambda m: (
            f"are there {'more' if m[2].lower() in {'more', 'greater', 'bigger', 'larger'} else 'fewer'} "
            f"than {m[3]} {m[1]}?"
        ),
    ),
    # "How many figures the picture contains?"
    (
        rx(r"^\s*how many (.+?) (?:the|this) (?:picture|image|drawing) (?:contains|has|shows|holds)" + END),
        r"how many \1 are there?",
    ),
    (rx(r"\b(contains?|has|have) on (an?|the|any)\b"), r"\1 \2"),
    # "What type of figure is the yellow?": the yellow one
    (rx(rf"\b(the|this|that) ({COLOUR})(?=\s*[?.!]*\s*$)"), r"\1 \2 one"),
    # "Is black figure triangle?", "What shape is green figure?": the article a translator left out
    (
        rx(
            rf"(^\s*(?:is|are|does|do)|\b(?:what|which) [a-z]+ (?:is|are)|\bthan) (?!{_DETERMINER}\b)((?:{COLOUR} |"
            rf"big |small |large |little )?{_HEAD})\b(?!s\b|-| shaped?\b| colou?r\b| form\b| or\b| and\b|\s*\d)"
        ),
        lambda m: f"{m[1]} the {m[2]}",
    ),
    (rx(rf"(?<=\bthe )the (?={COLOUR}|{_HEAD})"), ""),
    (rx(r"\b(side|part|half|corner|edge) of (picture|image|drawing)\b"), r"\1 of the \2"),
    (
        rx(r"\b(on|at|in) (left|right|top|bottom|upper|lower|left-hand|right-hand)( side| part| half| corner)\b"),
        r"\1 the \2\3",
    ),
    (rx(rf"^\s*(is|are) (the [a-z ]+?{_HEAD}) ({KIND})" + END), r"\1 \2 a \3?"),
]


def machine_translated(question: str) -> str:
    """The question with the translated forms this module reads rewritten (see the module's docstring); any other
    question unchanged.

    >>> machine_translated("Which element is the most high?")
    'Which element is the highest?'
    """
    return apply(_REWRITES, question)
