"""Questions passed on for someone else, with the words they use and the guess they made.

A parent types a child's question, a sister her brother's: "Leo says how many red ones", "He wants to know if any of
them is made of metal", "She calls the big purple ball 'the giant grape'. Is the giant grape made of metal?", "How
many lemon drops are there? She means the yellow balls.". People also say their guess before they ask: "I think the
lady is wearing yellow. Is she?", "My guess is two things are in front of the purple ball. How many are there?".
:func:`as_asked` says such a message as the question itself, in the picture's words; anything it does not recognise
is left as it is.

>>> as_asked("leo says how many red ones")
'how many red ones'
>>> as_asked("He wants to know if any of them is made of metal")
'tell me whether any of them is made of metal'
>>> as_asked("He calls the balls 'bubbles'. How many bubbles are green?")
'How many balls are green?'
>>> as_asked("I think the lady is wearing yellow. Is she?")
'is the lady wearing yellow?'
"""

from __future__ import annotations

import re

from nsvr.agent.parser.lexicon import LEXICON
from nsvr.agent.parser.spelling import KNOWN, correct
from nsvr.scene_graph.names import known_name, plural, singular

_WHO = (
    r"(?:[a-z]+|my (?:little |big |baby |younger |older )?(?:brother|sister|son|daughter|kid|friend|niece|nephew|"
    r"cousin|mum|mom|dad|grandson|granddaughter|student|pupil|boy|girl)|the (?:kid|child|little one|class))"
    r"(?: \(\d+\))?"
)
_LEAD = r"(?i)^\s*(?:(?:ok(?:ay)?|so|and|now|then|next|oh|right)\b[ ,]*)*"
_REPORTED = re.compile(
    rf"{_LEAD}(?P<who>{_WHO}) (?:(?:is \d+|'s \d+) and )?(?P<verb>says|said|asks|asked|is asking|'s asking|"
    r"was asking|wants to know|wanted to know|would like to know|'d like to know|wonders|is wondering|'s wondering|"
    r"needs to know|wants me to ask|asked me)(?: you)?(?P<joint> if| whether)?\s*[:,]?\s+(?P<asked>.+)$"
)
_NOT_ASKERS = frozenset("it this that there what which who how the sign bus bottle clock label text".split())
_DIRECT = re.compile(
    r"(?i)^(?:is|are|does|do|did|can|could|was|were|has|have|how|what|which|who|where|whose|why|when)\b"
)
_CALLED = re.compile(
    r"(?i)^\s*(?:[^.?!]{0,60},\s*)?(?:[a-z]+|my [a-z]+(?: [a-z]+)?) (?:calls?|named?|names?) "
    r"(?P<thing>the (?:[a-z]+ ){0,3}?[a-z]+) "
    r"['‘\"“]?(?P<nickname>(?:the )?(?:[a-z]+ ){0,2}[a-z]+)['’\"”]?\s*[.;,]\s+(?P<asked>.+)$"
)
_MEANT = re.compile(
    r"(?i)^(?P<asked>.+?[?.])\s+(?:she|he|they|i|[a-z]+) (?:means?|meant) (?P<thing>(?:the )?(?:[a-z]+ ){0,3}?[a-z]+)"
    r"(?:,? (?:all of them|every one of them|the lot))?\s*[.!]*\s*$"
)
_GUESS = re.compile(
    r"(?i)^\s*(?:i (?:think|bet|guess|reckon|believe|suppose)|my guess is|i'm guessing|i am guessing)(?: that)?\s+"
    r"(?P<guess>[^.?!]+?)\s*[.!,]\s+(?P<asked>[^.!]+\?)\s*$"
)
_BECAUSE_I_THINK = re.compile(
    r"(?i)\s*,?\s*\b(?:because|cause|cos|coz|as) (?:i (?:think|bet|guess|reckon|believe)|i'm (?:pretty )?sure|"
    r"my \w+ (?:thinks|says|said)|they (?:all )?look)\b[^?]*?(?=\?|$)"
)


def _reported(question: str) -> str:
    found = _REPORTED.match(question)
    if found is None or not _asker(found["who"]):
        return question
    asked = found["asked"].strip()
    if found["joint"]:
        return f"tell me whether {asked}"
    if _DIRECT.match(asked):
        return asked
    if found["verb"].lower() in {"says", "said"}:  # "my son says there's only one ball": a claim, not a question
        return question
    return f"tell me {asked}"


def _asker(who: str) -> bool:
    """Whether ``who`` names a person who asks: a pronoun, "my sister", or a name (no word of the picture's, nor a
    misspelt one: "botle says LECHE?" asks what the bottle says)."""
    first = who.split()[0].lower()
    if first in {"he", "she", "they", "i", "we", "my", "the"}:
        return True
    return first not in _NOT_ASKERS and first not in KNOWN and not _known(first) and correct(first) is None


def _head_noun(phrase: str) -> str:
    return phrase.split()[-1].lower()


def _renamed(asked: str, nickname: str, thing: str) -> str | None:
    """``asked`` with the nickname said as the thing it names (its plural as the plural); None if it is not there."""
    nickname = re.sub(r"(?i)^the ", "", nickname).strip()
    thing = re.sub(r"(?i)^the ", "", thing).strip()
    words, head = thing.split(), _head_noun(thing)
    plural_thing = " ".join([*words[:-1], plural(singular(head))])
    singular_thing = " ".join([*words[:-1], singular(head)])
    one, many = singular(nickname.split()[-1].lower()), plural(singular(nickname.split()[-1].lower()))
    prefix = " ".join(nickname.split()[:-1])
    prefix = f"{prefix} " if prefix else ""
    said = re.sub(rf"(?i)\b{re.escape(prefix)}{re.escape(many)}\b", plural_thing, asked)
    said = re.sub(rf"(?i)\b{re.escape(prefix)}{re.escape(one)}\b", singular_thing, said)
    return None if said == asked else said


def _called(question: str) -> str:
    found = _CALLED.match(question)
    if found is None or found["nickname"].lower().removeprefix("the ") == found["thing"].lower().removeprefix("the "):
        return question
    return _renamed(found["asked"], found["nickname"], found["thing"]) or question


def _known(phrase: str) -> bool:
    word = _head_noun(phrase)
    return LEXICON.noun(word) is not None or known_name(singular(word))


def _meant(question: str) -> str:
    """ "How many lemon drops are there? She means the yellow balls.": the one name the picture has no word for,
    said as what is meant."""
    found = _MEANT.match(question)
    if found is None or not _known(found["thing"]):
        return question
    asked = found["asked"]
    thing_plural = _head_noun(found["thing"]) != singular(_head_noun(found["thing"]))
    unknown = [
        m
        for m in re.finditer(
            r"(?i)(?:(?<=\bhow many )|(?<=(?<!\bon )(?<!\bin )(?<!\bat )\bthe )|(?<=\bany )|(?<=\ba )|(?<=\ban ))"
            r"((?:[a-z]+ )?[a-z]+)\b(?= (?:are|is|there)\b|[?.])",
            asked,
        )
        if not _known(m[1])
        and LEXICON.attribute_of(_head_noun(m[1])) is None
        and _head_noun(m[1]) not in _FUNCTION
        and (_head_noun(m[1]) != singular(_head_noun(m[1]))) == thing_plural
    ]
    if len(unknown) != 1:
        return question
    said = unknown[0]
    return asked[: said.start()] + re.sub(r"(?i)^the ", "", found["thing"]) + asked[said.end() :]


_FUNCTION = frozenset(
    "there here it they them one ones many much this that these those is are be do does what which who how".split()
)


def _guessed(question: str) -> str:
    """ "I think the lady is wearing yellow. Is she?" -> "is the lady wearing yellow?"; "My guess is two things are
    in front of the purple ball. How many are there?" -> "how many things are in front of the purple ball?"."""
    found = _GUESS.match(question)
    if found is None:
        return question
    guess, asked = found["guess"].strip(), found["asked"].strip()
    claim = re.match(r"(?i)^(?P<subject>.+?) (?P<verb>is|are) (?P<rest>.+)$", guess)
    if claim is None:
        return question
    if re.fullmatch(r"(?i)(?:is|are) (?:she|he|it|they|that right|that so)\s*\?", asked):
        return f"{claim['verb'].lower()} {claim['subject']} {claim['rest']}?"
    counted = re.match(
        r"(?i)^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|no) ([a-z]+) (are|is) (.+)$", guess
    )
    if counted and re.fullmatch(r"(?i)how many (?:are there|are|is it|are they)\s*\?", asked):
        return f"how many {counted[1]} are {counted[3]}?"
    return question


def as_asked(question: str) -> str:
    """The question a message passes on, in the picture's words (see the module); ``question`` if none."""
    question = _BECAUSE_I_THINK.sub("", question)
    return _guessed(_meant(_reported(_called(question))))
