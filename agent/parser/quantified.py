"""Quantified and logical questions in the shapes people say them, rewritten into the wording the rest of the parser
reads: "is neither the square nor the triangle black", "is either the circle or the square blue", a terse "black
square and purple triangle?", "circles but no squares?", "neither triangle green?", "every shape green?", "mostly
circles?", "is none of the shapes bigger than ...", "is any triangle bigger than the square", "more shapes that are
yellow than shapes that are not", "i need a blue shape and a red shape, are both there", a statement put up for
checking ("I don't see any orange triangles here. Am I right?", "So I think the yellow things are all squares. Is
that so?", "Looks like there are more blue things than black things to me, is that right?") and "could you check
whether". Anything else is left as it is.

>>> quantified("Hmm, is neither the square nor the triangle black?")
'is the square not black and is the triangle not black?'
>>> quantified("black square and purple triangle?")
'is there a black square and a purple triangle?'
>>> quantified("I don't see any orange triangles here. Am I right?")
'are there no orange triangles?'
"""

from __future__ import annotations

import re

from nsvr.agent.parser.lexicon import LEXICON
from nsvr.scene_graph.names import known_name, singular

_END = r"\s*[?.!]*\s*$"
_CHECKED = r"(?:is that (?:so|right|true|correct)|am i (?:right|correct)|right|correct|true|yes|no|yeah|isn't it|is it)"
"""How a statement is put up for checking after it is said."""

_NEITHER_NOR = re.compile(
    rf"(?i)^\s*(?:hmm+,?\s*|so,?\s*|ok,?\s*)?(?:is|are) neither (the [a-z ]+?) nor (the [a-z ]+?) ([a-z]+){_END}"
)
_EITHER_OR = re.compile(
    r"(?i)^\s*(?:(?:please |could you |can you )?(?:tell me|let me know|check|say) (?:whether|if) |is )"
    rf"either (the [a-z ]+?) or (the [a-z ]+?) is ([a-z]+){_END}"
    rf"|^\s*is either (the [a-z ]+?) or (the [a-z ]+?) ([a-z]+){_END}"
)
_TERSE_NEITHER = re.compile(rf"(?i)^\s*neither ([a-z]+) ([a-z]+){_END}")
_TERSE_PAIR = re.compile(r"(?i)^\s*(?:an? )?([a-z]+) ([a-z]+) and (?:an? )?([a-z]+) ([a-z]+)\s*\?\s*$")
_BUT_NO = re.compile(rf"(?i)^\s*(?:(?:are there|do you see|do i see) )?([a-z]+) but no ([a-z]+){_END}")
_TERSE_EVERY = re.compile(r"(?i)^\s*(every|each|all(?: the| of the)?) ([a-z]+) ([a-z]+)\s*\?\s*$")
_MOSTLY = re.compile(rf"(?i)^\s*(?:are (?:they|the (?:shapes|things|objects)) )?mostly ([a-z]+){_END}")
_NONE_OF_THE = re.compile(
    r"(?i)^(\s*)(?:is none of the ([a-z]+?)s|(?:is|are) no ([a-z]+?)s?) (?=(?:bigger|larger|smaller|taller|shorter)\b)"
)
_ANY_MORE = re.compile(r"(?i)^(\s*)is any ([a-z]+) (bigger|larger|smaller|taller|shorter) than\b")
_MORE_THAN_NOT = re.compile(
    r"(?i)\bmore ([a-z]+?)s (?:that|which) are ([a-z]+) than (?:(?:the )?ones|\1s) (?:that|which) (?:are not|aren't)"
    r"(?= *[?.!,]|\s*$)"
)
_BOTH_THERE = re.compile(
    r"(?i)^\s*i (?:need|want|am looking for|'m looking for|would like|'d like) (an? [a-z ]+? and an? [a-z ]+?)\s*[,.;:]"
    r"\s*(?:are (?:they |these |those )?both (?:there|here|present|in (?:the|this) (?:picture|image))|"
    rf"(?:is|are) (?:that|they|it|these|those) (?:there|here)|do you see (?:them|both|both of them)){_END}"
)
_NOT_SEEN = re.compile(
    r"(?i)^\s*(?:so |well |hmm,? )?i (?:don't|do not|can't|cannot) see any ([a-z ]+?)"
    rf"(?: here| in (?:the|this) (?:picture|image))?\s*[.,;]\s*{_CHECKED}{_END}"
)
_THOUGHT = re.compile(
    r"(?i)^\s*(?:so |well |hmm,? )?(?:i (?:think|believe|guess|reckon|suppose|feel like)|it (?:looks|seems) (?:like|as "
    r"if|that)|looks like|seems like) (?:that )?(?P<said>.+?)(?: to me)?\s*[.,;]\s*" + _CHECKED + _END
)
_ALL_AFTER = re.compile(r"(?i)^\s*(?:are )?(the [a-z ]+?) (?:are )?all ([a-z]+s)(?=\s*[?.!,]*\s*$)")
"""'are the yellow things all squares', 'the yellow things are all squares': are all the yellow things squares."""
_CHECK_WHETHER = re.compile(
    r"(?i)^\s*(?:please )?(could|can|would|will) you (?:please )?(?:check|see|find out|look) (?:whether|if)\b"
)
_EACH_HAS_THE_SAME = re.compile(
    r"(?i)^\s*(?:please |could you |can you )?(?:tell me|let me know|check|say) (?:if|whether) (?:each|every) "
    r"([a-z]+)(?: in (?:the|this) (?:picture|image))? has the same (colou?r|shape|size)" + _END
)


def _is_value(word: str) -> bool:
    """A colour or another value said of a thing ("black"), no kind of thing ("square" is both: a kind first)."""
    said = LEXICON.attribute_of(word.lower())
    return said is not None and (said[0] == "color" or not _is_noun(word))


def _is_noun(word: str) -> bool:
    return known_name(singular(word.lower()))


def _terse_pair(m: re.Match[str]) -> str:
    value, kind, other_value, other_kind = (g.lower() for g in m.groups())
    if not (_is_value(value) and _is_value(other_value) and _is_noun(kind) and _is_noun(other_kind)):
        return m[0]
    return f"is there {_article(value)} {value} {kind} and {_article(other_value)} {other_value} {other_kind}?"


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def _either_or(m: re.Match[str]) -> str:
    one, other, value = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
    return f"is {one} {value} or is {other} {value}?"  # said twice: "the tie on the left red or the tie on the right"


def _terse_neither(m: re.Match[str]) -> str:
    kind, value = m[1].lower(), m[2].lower()
    if not (_is_noun(kind) and _is_value(value)):
        return m[0]
    return f"are there no {value} {kind}s?"


def _but_no(m: re.Match[str]) -> str:
    if not (_is_noun(m[1]) and _is_noun(m[2])):
        return m[0]
    return f"are there {m[1].lower()} but no {m[2].lower()}?"


def _terse_every(m: re.Match[str]) -> str:
    quantifier, kind, said = m[1].lower(), m[2].lower(), m[3].lower()
    if not _is_noun(kind) or not (_is_value(said) or _is_noun(said)):
        return m[0]
    if quantifier in ("every", "each"):
        return f"is every {kind} {said}?"
    return f"are all the {kind} {said}?"


def _mostly(m: re.Match[str]) -> str:
    return f"are most of the shapes {m[1].lower()}?" if _is_noun(m[1]) else m[0]


def _thought(m: re.Match[str]) -> str:
    """ "I think the yellow things are all squares. Is that so?": the statement, checked as "..., right?"."""
    said = _ALL_AFTER.sub(r"are all \1 \2", m["said"])
    return said if said != m["said"] else f"{m['said']}, right?"


def quantified(question: str) -> str:
    """The question with the forms this module reads rewritten (see the module's docstring).

    >>> quantified("Please tell me whether either the square or the triangle is blue.")
    'is the square blue or is the triangle blue?'
    >>> quantified("are there more shapes that are yellow than shapes that are not")
    'are there more shapes that are yellow than shapes that are not yellow'
    """
    question = _NEITHER_NOR.sub(lambda m: f"is {m[1]} not {m[3]} and is {m[2]} not {m[3]}?", question)
    question = _EITHER_OR.sub(_either_or, question)
    question = _TERSE_NEITHER.sub(_terse_neither, question)
    question = _TERSE_PAIR.sub(_terse_pair, question)
    question = _BUT_NO.sub(_but_no, question)
    question = _TERSE_EVERY.sub(_terse_every, question)
    question = _MOSTLY.sub(_mostly, question)
    question = _NONE_OF_THE.sub(lambda m: f"{m[1]}is there no {m[2] or m[3]} that is ", question)
    question = _ANY_MORE.sub(r"\1is there a \2 that is \3 than", question)
    question = _MORE_THAN_NOT.sub(lambda m: f"{m[0]} {m[2]}", question)
    question = _BOTH_THERE.sub(lambda m: f"is there {m[1]}?", question)
    question = _NOT_SEEN.sub(lambda m: f"are there no {m[1]}?", question)
    question = _THOUGHT.sub(_thought, question)
    question = (
        _ALL_AFTER.sub(lambda m: f"are all {m[1]} {m[2]}", question)
        if question.lower().lstrip().startswith("are ")
        else question
    )
    question = _CHECK_WHETHER.sub(lambda m: f"{m[1]} you tell me whether", question)
    return _EACH_HAS_THE_SAME.sub(lambda m: f"do all the {m[1]}s have the same {m[2]}?", question)
