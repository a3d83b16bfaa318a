"""Spoken questions as speech-to-text writes them down: no punctuation, fillers, restarts and repairs said aloud.

"what color is the is the big ball", "how many things are in front of that gray no the brown cylinder there",
"the sphere to the right of the red cube what colour is that", "okay so how many large green spheres are there
basically". A reader hears the pauses the transcript lost; :func:`spoken_readings` puts them back, by classes of
words, never listed sentences:

- **hesitations** ("uh", "um", "er") are left out, and a **restart** (the same words said twice in a row: "is the
  is the", "how many how many") is said once;
- a **repair said aloud** (an editing term: "no", "no wait", "sorry", "I mean", before the words that replace what
  was said) is set off by commas, which the discourse layer reads as a self-correction; a bare "no" only before a
  determiner ("no the brown cylinder"), where it cannot be the quantifier "no";
- a **topic said before its question** ("the cup on the left what colour's that", "the purple ball is that a big
  one") is parted from it with a stop or a comma, as :mod:`~nsvr.agent.parser.discourse` and the topic reading
  expect;
- **talk at either end** ("okay so", "hang on", "bro", "let's see" before the question; "basically", "so yeah",
  "buddy" after it) is left out, at most four words, and only where it names nothing of the picture (the caller's
  ``says_nothing``): words of talk (:data:`LEAD_TALK`, :data:`TAIL_TALK`), or before a question word words the
  parser does not know ("alrighty how many"); never an unknown word after the question or before its subject
  ("what is the girl thinking", "reason the woman holds the dog"), which may be what it asks.

Each reading keeps every word that names a thing, a value, a place or a quantity; the parser tries them only for a
question it cannot otherwise read, in order, and keeps the first it reads.

>>> next(spoken_readings("what color is the is the big ball", lambda words: True))
'what color is the big ball'
>>> next(spoken_readings("how many red no the blue cubes are there", lambda words: True))
'how many red , no , the blue cubes are there'
>>> next(spoken_readings("the cup on the left what colour is that", lambda words: True))
'the cup on the left . what colour is that'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

HESITATIONS = frozenset("uh uhh um umm er erm ehm hmm mm".split())
DETERMINERS = frozenset("the that this those these them a an".split())  # "them two cubes": those
EDIT_PHRASES = (
    ("no", "wait"), ("wait", "no"), ("no", "sorry"), ("sorry", "no"), ("no", "no"), ("i", "mean"), ("i", "meant"),
    ("or", "rather"), ("sorry",),
)  # fmt: skip
"""Editing terms said between a slip and its repair (longest first where they share a word)."""
WH_STARTS = frozenset("what what's whats which who who's whos how".split())
"""Words that start a question said after its topic ("the cup on the left what colour is that")."""
_ASKED_OF = frozenset(
    "me you us know see wonder ask asking tell say show guess of about is are was were does do did and or".split()
)
"""Words after which a wh-word starts a clause inside the question ("tell me what colour", "is that what"), not a
question of its own."""
_RESUMING = (
    ("is", "that"), ("is", "it"), ("is", "this"), ("are", "they"), ("are", "those"), ("are", "these"), ("it", "is"),
    ("it's",), ("they", "are"), ("they're",), ("does", "it"), ("do", "they"), ("has", "it"), ("have", "they"),
)  # fmt: skip
"""A pronoun and its verb that take up a topic said first ("the purple ball is that a big one", "the trees they are
all green")."""
QUESTION_STARTS = frozenset(
    "how what what's whats which who who's whos whose where is are was were does do did can could has have am "
    "count tell name give list show find".split()
)
LEAD_TALK = frozenset(
    "okay ok so well wait now then hang on hold bro dude buddy mate man hey hi hello yo alright alrighty right "
    "let's lets let me see ask ya you quick quickly say and but just also listen look oh ah eh yeah yes "
    "sure cool hmm".split()
)
"""Words of talk before a spoken question ("okay so", "hang on", "let me ask ya", "quick")."""
TAIL_TALK = frozenset(
    "like so yeah yep then now there here please thanks mate dude man bro honestly basically really actually "
    "right okay ok in total altogether together all yo buddy pal sugar love honey dear folks guys lol haha".split()
)
"""Words of talk after a spoken question ("basically", "so yeah", "like in total", "yo", "buddy"); never a word the
parser does not know, which may be what the question asks ("what is the girl thinking")."""
MAX_TALK = 4
"""Words of talk left out at either end of a spoken question, at most."""
HEADING_WORDS = frozenset("question q number no item part round step task exercise problem puzzle".split())
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty a b c d".split()
)
ORDER_WORDS = frozenset("first second third fourth fifth next last another final".split())
"""A heading said before a spoken question ("question four", "number three", "last one")."""
TAGS = tuple(
    tuple(tag.split())
    for tag in sorted(
        "is it|isn't it|is that right|right|yeah|yes|or what|or no|or not|or nah|yes or no|aye or naw|aye or no|"
        "are they|aren't they|eh|innit|correct|true|am i right|no".split("|"),
        key=lambda tag: -len(tag.split()),
    )
)
"""Tags said after a question without a pause mark ("are all the spheres big is it", "same colour or no")."""
_PUNCTUATED = re.compile(r"[,;:!.?\u2013\u2014]|\s-\s|\.\.\.")


def spoken_readings(
    text: str, says_nothing: Callable[[list[str]], bool], known: Callable[[str], bool] = lambda word: True
) -> Iterator[str]:
    """Readings of an unpunctuated ``text`` (lower case, words split on spaces; a final question mark allowed) with
    the pauses a listener hears put back, most faithful first (see the module docstring); nothing for a text that
    has punctuation inside it (its writer marked the pauses). ``says_nothing(words)``: whether words left out at
    either end name nothing of the picture; ``known(word)``: whether the parser knows a word (talk left out is made
    of :data:`LEAD_TALK` or :data:`TAIL_TALK` words, or of words it does not know: "whaddya", "yo")."""
    body = text.strip()
    end = ""
    while body and body[-1] in "?.!":
        end, body = body[-1] + end, body[:-1].rstrip()
    if not body or _PUNCTUATED.search(body):
        return
    words = _said_once(_plurals_heard([w for w in body.lower().split() if w not in HESITATIONS]))
    if words and words[-1] in ("say", "says") and "what's" in words:  # "what's the bottle say": what does it say
        at = words.index("what's")
        words = [*words[:at], "what", "does", *words[at + 1 : -1], "say"]
    words = _tag_marked(_repairs_marked(words))
    seen = {body.lower()}
    for start, stop in _trims(words, says_nothing, known):
        reading = " ".join(_topic_parted(words[start:stop])) + (f" {end}" if end else "")
        reading = re.sub(r"^[,.] |(?: [,.])+$", "", reading)
        if reading not in seen:
            seen.add(reading)
            yield reading


def _said_once(words: list[str]) -> list[str]:
    """The words with a run said twice in a row said once ("is the is the big ball", "how many how many")."""
    changed = True
    while changed:
        changed = False
        for size in (4, 3, 2, 1):
            for i in range(len(words) - 2 * size + 1):
                run = words[i : i + size]
                if run == words[i + size : i + 2 * size] and not all(w.isdigit() for w in run):
                    words = words[: i + size] + words[i + 2 * size :]
                    changed = True
                    break
            if changed:
                break
    return words


def _repairs_marked(words: list[str]) -> list[str]:
    """An editing term inside the question set off by commas ("that gray no the brown cylinder" -> "that gray ,
    no , the brown cylinder"); a bare "no" only before a determiner."""
    out: list[str] = []
    i = 0
    while i < len(words):
        term = next((t for t in EDIT_PHRASES if tuple(words[i : i + len(t)]) == t), None)
        bare_no = words[i] == "no" and i + 1 < len(words) and words[i + 1] in DETERMINERS
        if out and i + (len(term) if term else 1) < len(words) and (term or bare_no):
            size = len(term) if term else 1
            out += [",", *words[i : i + size], ","]
            i += size
            continue
        out.append(words[i])
        i += 1
    return out


def _plurals_heard(words: list[str]) -> list[str]:
    """A plural the transcript wrote with an apostrophe after "how many" ("how many sphere's are there")."""
    return [
        word[:-2] + "s" if i and words[i - 1] == "many" and word.endswith("'s") and len(word) > 3 else word
        for i, word in enumerate(words)
    ]


def _tag_marked(words: list[str]) -> list[str]:
    """A comma before a tag said at the end ("are all the spheres big , is it", "same colour , or no")."""
    for tag in TAGS:
        size = len(tag)
        if len(words) > size + 2 and tuple(words[-size:]) == tag and words[-size - 1] != ",":
            if tag[0] in ("is", "are") and WH_STARTS.intersection(words[-size - 3 : -size]):
                return words  # "what colour is it": the question's own verb and subject, no tag
            return [*words[:-size], ",", *words[-size:]]
    return words


def _topic_parted(words: list[str]) -> list[str]:
    """A stop before a question asked of a topic said first ("the cup on the left . what colour is that"), a comma
    before a pronoun and verb taking the topic up ("the purple ball , is that a big one"): only after a topic that
    starts with a determiner and asks nothing itself, a premise ("there's a cube behind it . what colour is it") or
    a which-question (". what is it")."""
    if not words or not (words[0] in DETERMINERS or words[0] in _PREMISE_STARTS or words[0] == "which"):
        return words
    for i in range(2, len(words) - 1):
        if words[i - 1] == ",":
            continue
        if words[i] in WH_STARTS and words[i - 1] not in _ASKED_OF:
            return [*words[:i], ".", *words[i:]]
        resumes = any(tuple(words[i : i + len(r)]) == r for r in _RESUMING)
        if resumes and words[0] != "which" and words[i - 1] not in _ASKED_OF:
            return [*words[:i], ",", *words[i:]]
    return words


_PREMISE_STARTS = frozenset({"there's", "theres", "there"})
"""First words of a premise said before its question ("there's a cube behind the cylinder what colour is it"); a
question said first ("which one is furthest left what is it") is parted from the one after it too."""


def _trims(
    words: list[str], says_nothing: Callable[[list[str]], bool], known: Callable[[str], bool]
) -> Iterator[tuple[int, int]]:
    """Where the question starts and stops once talk at its ends is left out: the whole first, then a lead-in of
    up to :data:`MAX_TALK` words before a word that starts a question, then a tail of up to as many words, then
    both; only talk that ``says_nothing``."""
    n = len(words)
    leads = (
        [0]
        + [
            k
            for k in range(1, min(MAX_TALK, n - 2) + 1)
            if (
                (words[k] in QUESTION_STARTS and _talk(words[:k], LEAD_TALK, known))
                or (
                    (words[k] in DETERMINERS or words[k] in _PREMISE_STARTS)
                    and all(word in LEAD_TALK for word in words[:k])  # "now the cup ...", "ok there's a cube ..."
                )
            )
            and says_nothing(words[:k])
        ]
        + [k for k in range(2, min(MAX_TALK, n - 2) + 1) if words[k] in QUESTION_STARTS and _heading(words[:k])]
    )
    tails = [n] + [
        n - k
        for k in range(1, min(MAX_TALK, n - 2) + 1)
        if all(word in TAIL_TALK for word in words[n - k :]) and says_nothing(words[n - k :])
    ]
    for start in leads:
        for stop in tails:
            if stop - start >= 2:
                yield start, stop


def _heading(words: list[str]) -> bool:
    """Whether ``words`` are a heading said before a question, after any talk ("question four", "okay number
    three", "last one", "next question"): a heading word and its number, or an order word and "one"/"question"."""
    while words and words[0] in LEAD_TALK:
        words = words[1:]
    if len(words) != 2:
        return False
    first, second = words
    if first in HEADING_WORDS:
        return second in NUMBER_WORDS or (len(second) <= 3 and second.isalnum() and any(c.isdigit() for c in second))
    return first in ORDER_WORDS and second in ("one", "question")


def _talk(words: list[str], talk: frozenset[str], known: Callable[[str], bool]) -> bool:
    """Whether ``words`` are all talk: words of ``talk``, or words the parser does not know, and no pause mark."""
    return all(word in talk or (word not in ",." and not known(word)) for word in words)
