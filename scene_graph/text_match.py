"""Whether a word or phrase someone asks about is what a piece of (OCR-read) text says.

Both sides are folded first: case, accents and punctuation go, and the characters OCR confuses become one
(0/o, 1/l/i, 5/s). Then the phrase matches when it equals the text up to a small edit distance, or when its
words are found in order among the text's words (each up to a small edit distance).

>>> text_matches("STOP", "stop"), text_matches("cafe", "Café de Flore"), text_matches("open", "0PEN 24h")
(True, True, True)
>>> text_matches("main street", "Main St. / Main Street"), text_matches("exit", "entrance")
(True, False)
>>> text_matches("de flore", "Café de Flore"), text_matches("flore de", "Café de Flore")
(True, False)
>>> text_matches("Step 3", "Step 4"), text_matches("Step 3", "5tep 3")
(False, True)
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_CONFUSED = str.maketrans({"0": "o", "1": "l", "i": "l", "5": "s"})
_NOT_WORD = re.compile(r"[^0-9a-z]+")
_DIGITS = re.compile(r"[^0-9]+")


@lru_cache(maxsize=8192)
def fold(text: str) -> tuple[str, ...]:
    """The words of ``text`` without case, accents, punctuation or OCR-confusable differences.

    >>> fold("Café, 1ST floor!")
    ('cafe', 'lst', 'floor')
    """
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return tuple(w.translate(_CONFUSED) for w in _NOT_WORD.split(plain) if w)


def _allowed_edits(word: str) -> int:
    return 0 if len(word) <= 3 else 1 if len(word) <= 8 else 2


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or ``limit + 1`` as soon as it must exceed ``limit``.

    >>> edit_distance("kitten", "sitting", 5), edit_distance("kitten", "sitting", 1)
    (3, 2)
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _edits(a: str, b: str) -> int | None:
    """The edits that turn ``b`` into ``a`` when they are few enough for ``a``'s length, else None. Numbers must be
    the same numbers: OCR confuses letters with 0, 1 and 5 (folded away), not one digit with another ("Step 3" is
    not "Step 4")."""
    if a == b:
        return 0
    if _DIGITS.sub("", a) != _DIGITS.sub("", b):
        return None
    allowed = _allowed_edits(a)
    distance = edit_distance(a, b, allowed) if allowed else 1
    return distance if distance <= allowed else None


def _phrase_budget(wanted: tuple[str, ...]) -> int:
    """Edits a whole phrase may take: a misread letter per word is OCR, a different word in every word is
    another phrase ("zero emissions" is not "cero emisiones")."""
    return max(1, round(sum(len(w) for w in wanted) / 7))


@lru_cache(maxsize=8192)
def match_edits(phrase: str, text: str) -> int | None:
    """The letters ``text`` differs in from saying ``phrase`` (0: it says it exactly), or None when it does not
    say it (see the module's docstring).

    >>> match_edits("stop", "STOP"), match_edits("stop", "Step 2"), match_edits("stop", "Start")
    (0, 1, None)
    """
    wanted, words = fold(phrase), fold(text)
    if not wanted or not words:
        return None
    budget = _phrase_budget(wanted)
    whole = _edits("".join(wanted), "".join(words))
    if whole is not None and whole <= budget:
        return whole
    position = spent = 0
    for word in wanted:
        while position < len(words) and (edits := _edits(word, words[position])) is None:
            position += 1
        if position == len(words):
            return None
        spent += edits
        position += 1
    return spent if spent <= budget else None


def text_matches(phrase: str, text: str) -> bool:
    """Whether ``text`` says ``phrase`` (see the module's docstring).

    >>> text_matches("cero emisiones", "CERO EMISI0NES"), text_matches("zero emissions", "cero emisiones")
    (True, False)
    """
    return match_edits(phrase, text) is not None
