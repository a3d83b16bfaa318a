"""What the parser says when it cannot read a question: the words it could not place, where it stopped, and a
phrasing it would understand.

>>> message = explain("What is the meaning of life?", stopped_at="of", expected="a verb or a relation")
>>> message.split(" (")[0]
"I don't understand 'meaning' in 'What is the meaning of life?'"
>>> message.split(". ")[-1]
'Try a question like "What color is the big ball?"'
"""

from __future__ import annotations

import re

from nsvr.agent.parser import lexicon as L
from nsvr.scene_graph.names import known_name, singular

EXAMPLES = {
    "how": "How many red cubes are left of the ball?",
    "what": "What color is the big ball?",
    "which": "Which material is the cube made of?",
    "who": "Who is holding the umbrella?",
    "where": "Is the cup on the left or on the right?",
    "is": "Is there a red cube left of the ball?",
    "are": "Are there more cubes than balls?",
    "does": "Does the bus say 'stop'?",
    "do": "Do the cube and the ball have the same color?",
}
DEFAULT_EXAMPLE = "How many red cubes are there?"
UNANSWERABLE = {"why", "when", "whose", "would", "should", "could"}
_WORD = re.compile(r"[a-z]+")


def _known_words() -> frozenset[str]:
    from nsvr.agent.parser.predicates import PARTICLES, STOP_WORDS

    groups = [
        L.LEXICON.attributes,
        L.LEXICON.nouns,
        L.ATTRIBUTE_NAMES,
        L.RELATION_PHRASES,
        L.POSITION_PHRASES,
        L.VERBS,
        L.VERBS.values(),
        L.MORE_ING_VERBS,
        L.PARTICIPLES,
        L.SCENE_LOCATORS,
        L.LOCATED,
        L.SHOWN,
        L.FILLERS,
        L.NEVER_NOUNS,
        L.ORDINALS,
        L.SUPERLATIVES,
        L.COMPARATIVES,
        L.SHAPE_NOUNS,
        L.GENERIC_PRONOUNS,
        L.HOW_ADJECTIVES,
        L.IRREGULAR_NOUNS,
        STOP_WORDS,
        PARTICLES,
        L.NUMBER_VALUES,
        L.words("exactly, precisely, least, most, over, under, fewer, less, more"),
        L.words("a, an, the, this, that, these, those, there, here, kind, type, sort, side, part, made, many, say, "
                "said, written, text, word, words, number, count, total, same, different, color, picture, photo, "
                "image, scene, other, than, top, bottom, left, right, middle, front, back, up, called, name, doing"),
    ]  # fmt: skip
    return frozenset(word for group in groups for phrase in group for word in _WORD.findall(phrase))


_KNOWN: frozenset[str] | None = None


def unplaced_words(question: str) -> list[str]:
    """The question's words that nsvr's vocabulary does not hold (not a known word, value, relation or name)."""
    global _KNOWN
    if _KNOWN is None:
        _KNOWN = _known_words()
    words = []
    for word in _WORD.findall(question.lower()):
        if word not in _KNOWN and singular(word) not in _KNOWN and not known_name(singular(word)):
            words.append(word)
    return list(dict.fromkeys(words))


def explain(question: str, stopped_at: str | None, expected: str) -> str:
    """One line: the words not understood (or the one where reading stopped), and an example to follow.

    >>> explain("Are there exactly 3 zorbs?", "zorbs", "a noun").split(":")[0]
    "I don't understand 'zorbs' in 'Are there exactly 3 zorbs?'"
    """
    first = next(iter(_WORD.findall(question.lower())), "")
    if first in UNANSWERABLE:
        return (
            f"I can't answer {first!r} questions ({question!r}): nsvr answers what the picture shows. "
            f'Try a question like "{DEFAULT_EXAMPLE}"'
        )
    unknown = unplaced_words(question)
    if unknown:
        named = ", ".join(repr(w) for w in unknown[:3])
    else:
        named = repr(stopped_at) if stopped_at else "the end of it"
    where = f"stopped at {stopped_at!r}" if stopped_at else "it ends early"
    example = EXAMPLES.get(first, DEFAULT_EXAMPLE)
    return (
        f'I don\'t understand {named} in {question!r} ({where}: expected {expected}). Try a question like "{example}"'
    )
