"""English as learners write it: forms a first language carries over, each a reading the parser tries only for a
question it cannot otherwise read.

**Adjectives after their noun**, as Spanish, French, Italian, Portuguese and many other languages place them: "the
cylinder blue", "a thing big and red", "all the objects small", "is there some object yellow". English puts a
thing's colour, size and material before its noun; :func:`adjectives_first` puts each run of such words (joined by
"and" or a comma, or none) before the noun it follows, never the value a yes/no question asks of its subject ("is
the cube red?", "is the cube red or blue?").

>>> adjectives_first("Which is bigger, the cylinder blue or the cylinder cyan?")
'Which is bigger, the blue cylinder or the cyan cylinder?'
>>> adjectives_first("There is a thing big and red at the left of the small cylinder.")
'There is a big red thing at the left of the small cylinder.'
>>> adjectives_first("Is the cube red?")
'Is the cube red?'

**"He" and "she" for a thing**, as languages whose nouns have a gender say it ("the sphere in front of the cube,
of which colour is she?"): :func:`things_as_it` says "it" where the question names no person.

>>> things_as_it("The sphere in front of the cube, of which colour is she?")
'The sphere in front of the cube, of which colour is it?'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nsvr.agent.parser.lexicon import LEXICON
from nsvr.scene_graph.names import known_name, name_matches, singular

_TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|[^\sA-Za-z]+")
_ASKS_OF_SUBJECT = frozenset("is are was were isn't aren't".split())
_ENDS = frozenset({"?", ".", "!", ",", ";", ":", "or", "and"})


def adjectives_first(
    text: str, *, noun: Callable[[str], bool] | None = None, value: Callable[[str], bool] | None = None
) -> str:
    """``text`` with every colour, size or material said after its noun put before it (see the module);
    ``noun(word)`` / ``value(word)``: whether a lower-case word names a kind of thing / is such a value (the
    parser's lexicon by default)."""
    noun = noun or _is_noun
    value = value or _is_value
    tokens = _TOKEN.findall(text)
    lower = [t.lower() for t in tokens]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        run_end = _value_run(lower, i + 1, value) if noun(lower[i]) and lower[i] not in ("one", "ones") else i + 1
        either = lower[run_end : run_end + 1] == ["or"] and run_end + 1 < len(lower) and value(lower[run_end + 1])
        if (
            run_end > i + 1
            and not either  # "the shapes red or green": things of either value, not red shapes
            and not _asked_of_subject(lower, i, run_end)
            and not _noun_follows(lower, run_end, noun)
        ):
            values = [tokens[k] for k in range(i + 1, run_end) if value(lower[k])]
            out += [*values, tokens[i]]
            i = run_end
            continue
        out.append(tokens[i])
        i += 1
    return _joined(out) if out != tokens else text


def _value_run(lower: list[str], start: int, value: Callable[[str], bool]) -> int:
    """The end of the run of values from ``start`` ("big and red", "big, red"), ``start`` if none."""
    end = start
    k = start
    while k < len(lower) and value(lower[k]):
        end = k + 1
        if k + 2 < len(lower) and lower[k + 1] in ("and", ",") and value(lower[k + 2]):
            k += 2
        else:
            k += 1
    return end


def _asked_of_subject(lower: list[str], noun_at: int, run_end: int) -> bool:
    """Whether the values are what a yes/no question asks of its subject ("is the cube red", "wait, are both balls
    metal", "are the balls big or small?"): an "is"/"are" before the noun (not "is there"), with no comma between,
    and the values end the clause."""
    verbs = [k for k in range(noun_at) if lower[k] in _ASKS_OF_SUBJECT and lower[k + 1 : k + 2] != ["there"]]
    if not verbs or "," in lower[verbs[-1] : noun_at]:
        return False
    return run_end >= len(lower) or lower[run_end] in _ENDS


def _noun_follows(lower: list[str], run_end: int, noun: Callable[[str], bool]) -> bool:
    """Whether a noun follows the values ("the cube red sphere"): they describe that noun, as English says them."""
    return run_end < len(lower) and noun(lower[run_end])


def _joined(tokens: list[str]) -> str:
    text = ""
    for token in tokens:
        glue = "" if not text or text[-1] in "¿¡(" or (not token[0].isalnum() and token not in "¿¡(") else " "
        text += glue + token
    return text


def _is_noun(word: str) -> bool:
    return LEXICON.noun(word) is not None or known_name(singular(word))


def _is_value(word: str) -> bool:
    found = LEXICON.attribute_of(word)
    return found is not None and found[0] in ("color", "size", "material")


_GENDERED = {"he": "it", "she": "it", "him": "it", "his": "its", "her": "its", "hers": "its", "himself": "itself",
             "herself": "itself"}  # fmt: skip


def things_as_it(text: str) -> str:
    """``text`` with "he", "she", "his", "her" said "it", "its", where no word of it names a person (see the
    module)."""
    tokens = _TOKEN.findall(text)
    lower = [t.lower() for t in tokens]
    if not any(word in _GENDERED for word in lower) or any(_names_person(word) for word in lower):
        return text
    return _joined([_GENDERED.get(low, token) for token, low in zip(tokens, lower, strict=True)])


def _names_person(word: str) -> bool:
    word = word.split("'")[0]  # "the woman's bag"
    found = LEXICON.noun(word)
    name = found[0] if found is not None else singular(word)
    return name != "thing" and known_name(name) and name_matches("person", name)
