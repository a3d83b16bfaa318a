"""Questions in Hindi-English code-mixing ("Hinglish"), read as the English question they ask.

Speakers of Hindi and Urdu often ask in English words placed in Hindi's order, with Hindi's little words around
them: "kitne cylinders hain is picture mein?" ("how many cylinders are in this picture?"), "red ball ke left mein
kitni cheezein hain?" ("how many things are left of the red ball?"), "uska colour kya hai?" ("what is its
colour?"). The nouns, colours and places stay English; what carries the question is a small, closed set of Hindi
function words (question words, postpositions, the copula). This module rewrites those into English, phrase by
phrase, only when a question holds at least two of them, so English questions pass through unchanged.

>>> from_hinglish("Kitne cylinders hain is picture mein?")
'how many cylinders are there in the picture?'
>>> from_hinglish("How many cylinders are there?")
'How many cylinders are there?'
"""

from __future__ import annotations

import re

_MARKERS = frozenset(
    "kya kitne kitni kitna hai hain mein me ka ki ke wala wale waale wali sabse saare sare dono uska uski iska iski "
    "kaunsa konsa kaun batao bata bataiye bolo yaar bhai arre arey matlab cheez cheezein cheezen chizein nahi nahin "
    "aur peeche piche aage saamne paas upar neeche bane bani rang zyada jyada yahan koi".split()
)
"""Hindi function words a code-mixed question is told by (English has none of them)."""

_REWRITES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p, re.IGNORECASE), r)
    for p, r in [
        # fillers, vocatives and "tell me"
        (r"\b(?:yaar|bhai|bhaiya|arre|arey|ji|zara|toh)\b\s*,?", " "),
        (r"\b(?:just )?(?:the )?(?:count|answer|number)?\s*(?:bata do|batao|bataiye|bata dijiye|bolo|bol do)\b", " "),
        (r"\bmatlab\b", ", I mean"),
        # nouns and little words
        (r"\b(?:cheezein|cheezen|chizein|chize|cheeze)\b", "things"),
        (r"\bcheez\b", "thing"),
        (r"\b(?:log|logon|log\s+log)\b", "people"),
        (r"\brang\b", "colour"),
        (r"\b(?:is |iss )?(?:picture|tasveer|photo|image) (?:mein|me|main)\b", "in the picture"),
        # superlatives: "sabse peeche wala X" -> "the X furthest back"
        (r"\bsabse (?:peeche|piche) (?:wala|wali|wale|waala) (\w+)", r"the \1 furthest back"),
        (r"\bsabse (?:aage|samne|saamne) (?:wala|wali|wale|waala) (\w+)", r"the \1 furthest in front"),
        (r"\bsabse (left|right) (?:wala|wali|wale|waala) (\w+)", r"the \2 furthest to the \1"),
        (r"\bsabse (?:bada|badi|bade) (\w+)", r"the biggest \1"),
        (r"\bsabse (?:chhota|chhoti|chhote|chota|choti) (\w+)", r"the smallest \1"),
        # places after their anchor: "red ball ke left mein" -> "left of the red ball"
        (r"\b((?:\w+ ){0,3}\w+) ke (left|right|daayein|baayein) (?:mein|me|main|taraf|side)\b", r"\2 of the \1"),
        (r"\b((?:\w+ ){0,3}\w+) ke (?:peeche|piche)\b", r"behind the \1"),
        (r"\b((?:\w+ ){0,3}\w+) ke (?:aage|saamne|samne)\b", r"in front of the \1"),
        (r"\b((?:\w+ ){0,3}\w+) ke paas\b", r"near the \1"),
        (r"\bdaayein\b", "right"),
        (r"\bbaayein\b", "left"),
        # made of: "metal ke bane hain" -> "made of metal"
        (r"\b(\w+) (?:ke|ka|ki|se) (?:bane|bana|bani) (?:hain|hai|he)\b", r"made of \1"),
        # quantity words
        (r"\b(?:saare|sare|sab)\b", "all"),
        (r"\bdono\b", "both"),
        (r"\b(\w+) (?:waale|wale|wala|wali|waala)\b", r"\1"),
        # the attribute asked: "uska colour kya hai" -> "what is its colour"
        (
            r"\b(?:uska|uski|iska|iski|uske|iske) (colou?r|shape|size|material) (?:kya|kaunsa|konsa) (?:hai|he)\b",
            r"what is its \1",
        ),
        (
            r"\b((?:\w+ ){0,3}\w+) (?:ka|ki|ke) (colou?r|shape|size|material) (?:kya|kaunsa|konsa) (?:hai|he)\b",
            r"what is the \2 of the \1",
        ),
        (r"\b(?:kaunsa|konsa|kaun sa|kaun) (colou?r|shape|size|material) (?:hai|he)\b", r"what \1 is it"),
        # "same material ke hain kya" -> "are they the same material"
        (r"\bsame (colou?r|shape|size|material) (?:ke|ka|ki) (?:hain|hai) kya\b", r"are they the same \1"),
        # existence: "kya yahan koi green ball hai" -> "is there a green ball"
        (
            r"^\s*kya (?:yahan |yaha |idhar |in the picture )?koi ((?:\w+ ){0,3}?\w+) (?:hai|hain|he)\b",
            r"is there a \1",
        ),
        (r"^\s*(?:yahan |yaha |idhar )?koi ((?:\w+ ){0,3}?\w+) (?:hai|hain|he) kya\b", r"is there a \1"),
        # comparisons of counts: "kya cylinders balls se zyada hain" -> "are there more cylinders than balls"
        (r"^\s*(?:kya )?(\w+) (\w+) se (?:zyada|jyada|adhik) (?:hain|hai)\b", r"are there more \1 than \2"),
        (r"^\s*(?:kya )?(\w+) (\w+) se (?:kam) (?:hain|hai)\b", r"are there fewer \1 than \2"),
        # counts: "kitne X hain PLACE" / "PLACE kitne X hain"
        (r"\b(?:kitne|kitni|kitna) ((?:\w+ ){0,3}?\w+) (?:hain|hai|he)\b", r"how many \1 are there"),
        (
            r"^\s*((?:(?:left|right) of|behind|in front of|near) the (?:\w+ ){0,3}?\w+)\s*,?\s*how many "
            r"((?:\w+ ){0,3}?\w+) are there\b",
            r"how many \2 are \1",
        ),
        # yes/no: "kya X hain" at the start
        (r"^\s*kya ((?:\w+ ){0,2}?\w+s) (.+?) (?:hain|hai|he)\s*([?.!]|$)", r"are \1 \2\3"),
        (r"^\s*kya ((?:\w+ ){0,2}?\w+) (.+?) (?:hain|hai|he)\s*([?.!]|$)", r"is the \1 \2\3"),
        (r"\b(?:hain|hai) kya\b", ""),
        (r"^\s*kya ((?:\w+ ){0,2}?\w+s)\b", r"are \1"),
        (r"^\s*kya\b", "is"),
        (r"\bnahi(?:n)?\b", "not"),
        (r"\baur\b", "and"),
    ]
]


def code_mixed(question: str) -> bool:
    """Whether ``question`` holds at least two Hindi function words.

    >>> code_mixed("kitne cubes hain?"), code_mixed("how many cubes?")
    (True, False)
    """
    return len([w for w in re.findall(r"[a-z]+", question.lower()) if w in _MARKERS]) >= 2


def from_hinglish(question: str) -> str:
    """``question`` with its Hindi function words put into English (unchanged when it is not code-mixed)."""
    if not code_mixed(question):
        return question
    text = question
    for pattern, replacement in _REWRITES:
        text = pattern.sub(replacement, text)
    text = re.sub(r"\s+([?.!,])", r"\1", re.sub(r"\s{2,}", " ", text))
    text = re.sub(r",{2,}", ",", re.sub(r"([?.!]),+", r"\1", re.sub(r",+([?.!])", r"\1", text)))
    return re.sub(r"^[\s,]+|(?<=[?!])\s*\.+\s*$", "", text).strip()
