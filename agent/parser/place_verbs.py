"""Verbs that only say where a thing is: a reading the parser tries only for a question it cannot otherwise read.

People put a thing in its place with whatever verb the picture suggests: it "sits", "stays", "has rolled", "strayed",
"dances", "is kept" somewhere. Before a place ("furthest to the right", "on the right-hand side", "more to the back",
"in front of the cube") such a verb says no more than "is", so :func:`place_as_being` says "is" (or drops a participle
that already follows one). The posture verbs are read so before any place; a verb the grammar has no meaning for, or
one of direction, only before a superlative, where the question asks which thing is furthest ("walked the furthest
to the left" is where the walker is; "is there a cube spinning behind the ball" asks about the spinning too, and
"which person looks to the left" where the person looks).

>>> place_as_being("Which ball has rolled the furthest to the right? What colour is it?")
'Which ball is the furthest to the right? What colour is it?'
>>> place_as_being("Does the hexagon sit on the right-hand side?")
'is the hexagon on the right-hand side?'
>>> place_as_being("Who dances furthest to the right? Tell me the shape.")
'Who is furthest to the right? Tell me the shape.'
>>> place_as_being("Which object is kept at the most back side?")
'Which object is at the most back side?'
>>> place_as_being("How many shapes have been drawn in the bottom row?")
'How many shapes are in the bottom row?'
>>> place_as_being("Which person looks to the left?")
'Which person looks to the left?'
"""

from __future__ import annotations

import re

from nsvr.agent.parser.lexicon import LEXICON
from nsvr.agent.parser.spelling import GRAMMAR_WORDS

_POSTURES = frozenset(
    "sit sits sat sitting stand stands stood standing lie lies lay lying rest rests rested resting stay stays stayed "
    "staying remain remains remained remaining hang hangs hung hanging perch perches perched perching".split()
)
_PLACED = frozenset(
    "drawn placed put set painted printed shown pictured located positioned situated arranged displayed parked "
    "stuck pinned kept stored".split()
)
"""Participles of putting a thing somewhere: "how many shapes have been drawn in the bottom row" asks where they are."""
_DIRECTIONS = frozenset(
    "look looks looked looking face faces faced facing point points pointed pointing turn turns turned turning head "
    "heads headed heading lean leans leaned leaning move moves moved moving go goes went going walk walks walked "
    "walking drive drives drove driving ride rides rode riding run runs ran running fly flies flew flying travel "
    "travels travelled traveled travelling traveling throw throws threw throwing kick kicks kicked kicking gaze gazes "
    "gazed gazing stare stares stared staring glance glances glanced glancing aim aims aimed aiming".split()
)
_NOT_VERBS = frozenset(
    "is are was were be been being has have had does do did its this thus yes less unless across always perhaps "
    "plus minus various previous obvious famous glass grass gas bus dress news series species lens thats whats theres "
    "heres lets hes shes whos wheres whichs ones".split()
)
_RANKED = (
    r"(?:(?:at|to|in|on) )?(?:the )?(?:very )?"
    r"(?:furthest|farthest|closest|nearest|most|more|least|further|farther|closer|nearer|(?:first|second|third|"
    r"fourth|fifth|last|\d(?:st|nd|rd|th)) (?:from|in from)\b)"
)
_SIDE = (
    r"(?:(?:over|out|off|way|all the way|right|just|up|down|back) )*(?:to|on|at|in|towards?|toward|over) "
    r"(?:the |this )?(?:very |far |extreme )?"
    r"(?:left|right|front|back|rear|top|bottom|middle|centre|center|edge|side|corner)\b"
)
_BESIDE = r"(?:in front of|behind|(?:to the )?(?:left|right) of|next to|beside|near|between|above|below|under)\b"
_VERB = re.compile(
    rf"\b(?:(?P<aux>has|have|had|does|do|did|is|are|was|were|'s) )?(?:(?:just|already|been|always|now) )*"
    rf"(?P<verb>[a-z]+)(?= (?:(?P<ranked>{_RANKED})|{_SIDE}|{_BESIDE}))",
    re.IGNORECASE,
)
_LEADING_AUX = re.compile(r"^\s*(does|do|did)\s+", re.IGNORECASE)


def _place_verb(word: str, ranked: bool) -> bool:
    """Whether ``word`` can only say where its subject is: a posture verb, or a verb-shaped word the grammar has no
    meaning for (no noun, value, relation or grammar word), never a verb of direction unless a superlative follows."""
    if word in _NOT_VERBS or LEXICON.noun(word) is not None:
        return False
    if (word in _POSTURES or word in _PLACED) and (ranked or LEXICON.attribute_of(word) is None):
        return True  # a state ("parked", "sitting") only before a superlative: "parked furthest back"
    if LEXICON.attribute_of(word) is not None:
        return False
    if not ranked:  # "is there a cube spinning behind the ball": what it does is asked too
        return False
    return word in _DIRECTIONS or (
        word.endswith(("s", "ed", "ing", "pt")) and len(word) > 3 and word not in GRAMMAR_WORDS
    )


_AGENTS_VERBS = (
    "put placed place left leave set laid lay kept keep stored store brought bring added add included include "
    "drawn draw drew painted paint built build stacked stack lined arranged arrange dropped drop dumped dump used use "
    "find found spot spotted see seen count counted notice noticed"
)
"""What someone does to bring things into the picture, or to see them there: "how many cylinders has the entrant put
in", "how many cups has my flatmate left on the table", "how many cubes can the children find" ask how many there
are."""
_AGENT_PLACED = re.compile(
    r"(?:^|(?<=[:;,.!?] ))(?P<asked>\s*how many (?:[a-z]+ ){0,4}?[a-z]+) "
    r"(?:has|have|had|did|do|does|can|could|will|would|'ve) "
    r"(?P<agent>(?:[a-z']+ ){0,3}?[a-z']+) (?:(?:just|already|all|gone and|got and|actually) )*"
    rf"(?P<verb>{'|'.join(_AGENTS_VERBS.split())})"
    r"(?:(?: (?:in|out|up|down|away|about|around|together|there|here|altogether|in total|all told))*(?=[\s?.!]*$)|"
    r"(?= ))(?P<rest>.*)$",
    re.IGNORECASE,
)
_PLACE_START = re.compile(
    r"^\s*(?:on|in|at|by|near|next to|under|beside|behind|inside|upon|along|across|over|against|to the|in front of|"
    r"above|below|between)\b"
)


def agent_as_there(question: str) -> str:
    """``question`` with someone putting, leaving or finding the counted things said as their being there; unchanged
    if it is not such a count.

    >>> agent_as_there("How many cylinders has the entrant put in?")
    'How many cylinders are there?'
    >>> agent_as_there("how many cups has my flatmate left on the table")
    'how many cups are on the table'
    """
    return _AGENT_PLACED.sub(_there, question, count=1)


def _there(found: re.Match[str]) -> str:
    agent = found["agent"].lower().split()
    if any(word in _NOT_VERBS or LEXICON.attribute_of(word) is not None for word in agent):
        return found[0]  # "how many cubes are there that the ...": no agent
    rest = found["rest"]
    if _PLACE_START.match(rest):
        return f"{found['asked']} are{rest}"
    return f"{found['asked']} are there{rest}"


def place_as_being(question: str) -> str:
    """``question`` with a verb that only places its subject said as "is" (see the module); unchanged if none."""
    lead = _LEADING_AUX.match(question)
    for found in _VERB.finditer(question):
        verb, aux = found["verb"].lower(), (found["aux"] or "").lower()
        if not _place_verb(verb, found["ranked"] is not None):
            continue
        start, end = found.span()
        if aux in {"is", "are", "was", "were", "'s"}:  # "is kept at the back", "is sitting on the left"
            return question[:start] + found["aux"] + question[end:]
        if aux in {"does", "do", "did"} or (not aux and lead is not None and lead.end() < start):
            # "does the hexagon sit on ...": asked as "is the hexagon on ..."
            if lead is None or lead.end() > start:
                continue
            said = "are " if lead[1].lower() == "do" else "is "
            return said + question[lead.end() : start].rstrip() + question[end:]
        if aux:  # "has rolled", "have stayed"
            return question[:start] + ("are" if aux == "have" else "is") + question[end:]
        if verb.endswith("ing") or verb in _PLACED:  # "the shapes drawn in the top row"
            return question[:start].rstrip() + question[end:]  # "the ball sitting in front of it"
        if verb.endswith(("s", "ed", "pt")) or verb in {"sat", "stood", "lay", "hung"}:
            return question[:start] + "is" + question[end:]
        return question[:start] + "are" + question[end:]
    return question
