"""Worksheet and quiz forms: a statement with a gap to fill, or with the choices printed in it, asked as a question.

Tests, worksheets and quiz cards ask by statement: "Fill in the gap with a colour: The large cube is ___.", "Complete
the sentence: the person holding the dog is standing in front of the ___.", "Choose the correct word: The sphere is
(big / small).". :func:`worksheet` rewrites such a message as the question it stands for; the instructions around
the statement ("Look at the picture.", "(Write a colour.)") only say what kind of answer goes in the gap.

A gap whose kind of answer the message does not say ("The bus is ___.") is left alone: guessing colour or shape
there would answer a question nobody asked.

>>> worksheet("Fill in the gap with a colour: The large cube is ___.")
'what color is the large cube?'
>>> worksheet("Choose the correct word: The yellow cube is made of (metal / rubber).")
'is the yellow cube made of metal or rubber?'
>>> worksheet("Is the cube red?")
'Is the cube red?'
>>> worksheet("Q2. Name the material the fork is made of.")
'what material is the fork made of?'
>>> worksheet("1. Record the total number of cylinders in Table 1.")
'how many cylinders are there?'
"""

from __future__ import annotations

import re

from nsvr.agent.parser.written_forms import ITEM_NUMBER

_GAP = r"(?:_{2,}|\.{3,}|…)"
_ATTRIBUTE = re.compile(r"(?i)\b(colou?r|shape|material|size)s?\b")
_INSTRUCTION = re.compile(
    r"(?i)\b(?:fill(?:ing)? in|fill|complete|finish|blank|gap|missing|write|circle|underline|choose|pick|select|"
    r"tick|cross out|correct (?:word|answer|option)|right (?:word|answer|option))\b"
)
_BOUNDARY = re.compile(r"[.:;!?]\s+|[:;]|\s[—–-]+\s|—")
_GAP_AT_END = re.compile(rf"(?i)^(?P<said>.*?)\s*(?:an? |the )?{_GAP}\s*(?P<hint>\([^()]*\))?\s*[.!?]*\s*$")
_OFFERED = re.compile(
    r"(?i)^(?P<subject>.+?) (?P<verb>is|are) (?P<made>made (?:of|from|out of) )?\(?\s*(?P<one>[a-z][a-z ]*?)\s*"
    r"(?:/|\bor\b)\s*(?P<other>[a-z][a-z ]*?)\s*\)?(?P<rest>(?: [a-z ]+)?)\s*[.!]*\s*$"
)
_RELATION_END = re.compile(
    r"(?i)\b(?:of|to|near|beside|behind|by|next to|in front of|on|under|with|holding|wearing|carrying|above|below)$"
)


def _split_gap_sentence(question: str) -> tuple[str, str] | None:
    """The sentence that holds the gap and the rest of the message (the instructions), or None without one gap."""
    gaps = list(re.finditer(_GAP, question))
    if len(gaps) != 1:
        return None
    gap = gaps[0]
    start = 0
    for boundary in _BOUNDARY.finditer(question[: gap.start()]):
        start = boundary.end()
    after = re.match(r"\s*(?:\([^()]*\))?\s*[.!?]*", question[gap.end() :])
    end = gap.end() + (after.end() if after else 0)
    return question[start:end], f"{question[:start]} {question[end:]}"


def _gap_question(statement: str, attribute: str | None) -> str | None:
    found = _GAP_AT_END.match(statement.strip())
    if found is None:
        return None
    said = found["said"].strip()
    if found["hint"]:
        named = _ATTRIBUTE.search(found["hint"])
        attribute = named[1] if named else attribute
    made_of = re.match(r"(?i)^(.+?) (is|are) made (?:of|from|out of)$", said)
    if made_of:
        return f"what {made_of[2].lower()} {made_of[1]} made of?"
    counted = re.match(r"(?i)^the (?:total )?(?:number|count|amount) of (.+?) (?:is|are)$", said)
    if counted:
        return f"how many {counted[1]} are there?"
    related = re.match(r"(?i)^(.+?) (is|are) (.+)$", said)
    if related and _RELATION_END.search(related[3]):
        return f"what {related[2].lower()} {related[1]} {related[3]}?"
    described = re.match(r"(?i)^(.+?) (is|are)$", said)
    if described and attribute:
        colour = "color" if attribute.lower().startswith("colo") else attribute.lower()
        return f"what {colour} {described[2].lower()} {described[1]}?"
    return None


def _lower_article(text: str) -> str:
    return re.sub(r"^(The|A|An|This|That|These|Those|It|They)\b", lambda m: m[1].lower(), text)


_ANSWER_VERB = (
    r"(?:please )?(?:state|record|note(?: down)?|write(?: down)?|jot down|enter|give|provide|report|say|name|tell me|"
    r"identify|indicate|find|work out|determine)"
)
_FORM_TAIL = re.compile(
    r"(?i)\s*(?:,\s*)?(?:\b(?:and|then|and then)\s+)?\b(?:write|put|enter|fill in|record|note|jot)(?: it)?(?: down)? "
    r"(?:the (?:number|value|answer|total|count)|how many|it|your answer|the result)"
    r"(?: (?:in|on|into|under) (?:the|your|this) "
    r"(?:box|space|blank|gap|table(?: \d+)?|sheet|notebook|answer box|line))?"
    r"\s*[.!]*\s*$|\s*(?:,\s*)?\b(?:and |then |and then )?colou?r (?:it|them) in\s*[.!]*\s*$|"
    r"\s+(?:out loud|aloud)(?=\s*[.!?]*\s*$)|\s+(?:in|from) (?:figure|fig\.?|table|diagram|picture) \d+(?=\W*$)"
)
"""What the answer is for, after the question: "... and write the number in the box", "... out loud"."""
_NUMBER_ASKED = re.compile(
    rf"(?i)^\s*{_ANSWER_VERB} (?:the )?(?:total )?(?:number|count|amount|quantity) of (.+?)"
    r"(?: (?:shown|drawn|seen|pictured|depicted|visible|present|there))?"
    r"(?: (?:in|on) (?:the|this) (?:picture|image|photo|figure|drawing|diagram|scene))?\s*[.!]*\s*$"
)
_ATTRIBUTE_ASKED = re.compile(
    rf"(?i)^\s*{_ANSWER_VERB} (?:the |its |their )?(colou?r|shape|material|size)s? (?:of )?(.+?)\s*[.!]*\s*$"
)


def _asked(question: str) -> str:
    """An imperative that asks for a number or a value, said as the question."""
    question = _FORM_TAIL.sub("", question)
    counted = _NUMBER_ASKED.match(question)
    if counted:
        return f"how many {counted[1]} are there?"
    valued = _ATTRIBUTE_ASKED.match(question)
    if valued is None:
        return question
    attribute = "color" if valued[1].lower().startswith("colo") else valued[1].lower()
    thing = valued[2]
    made = re.match(r"(?i)^(.+?) (?:is|are) made (?:of|from|out of)$", thing)
    if made:
        return f"what {attribute} is {made[1]} made of?"
    if re.match(r"(?i)^(?:it|its|them|they|that|this)$", thing):
        return f"what {attribute} is {thing.lower() if thing.lower() in ('it', 'that', 'this') else 'it'}?"
    if re.match(r"(?i)^(?:the|this|that|those|these|each|every|all)\b", thing):
        return f"what {attribute} is {thing}?"
    return question


_CHECKED = re.compile(
    r"(?i)^\s*(?:(?:please )?(?:confirm|verify|check|make sure)(?: that)?|"
    r"say (?:yes|true) or (?:no|false)|answer (?:yes or no|true or false)|yes or no|"
    r"true or false|is it true that)\s*[:,-]?\s+(?=(?:the|there|this|that|it|all|every|each|both|no|none|"
    r"exactly|at least|more|fewer)\b)(?P<statement>[^?]+?)\s*(?:\((?:y/n|yes/no|t/f|true/false)\))?\s*[.!]*\s*$"
)
_WHICH_MORE = re.compile(
    r"(?i)^\s*which (?:one )?is (?:the )?(?P<more>[a-z]+er|more [a-z]+|less [a-z]+) (?:shape|one|thing|object|"
    r"item|piece|of the two)?\s*[:,;—–-]\s*(?P<pair>(?:the |a )?[a-z -]+? or (?:the |a )?[a-z -]+?)\s*[?.!]*\s*$"
)


def _checked(question: str) -> str:
    """ "Confirm that the cube is yellow and it is metal." -> "true or false: the cube is yellow and metal"."""
    found = _CHECKED.match(question)
    if found is None:  # after a lead-in ("Last one for the mug: true or false, ..."), when it refers to nothing said
        lead = re.match(r"^[^:?!]{1,60}[:!]\s*", question)
        found = _CHECKED.match(question[lead.end() :]) if lead else None
        if found is None or re.search(r"(?i)\b(?:it|its|they|them|their|one|ones|that|this)\b", found["statement"]):
            return question
    statement = re.sub(r"(?i)\band (?:it|they) (?:is|are)\b", "and", found["statement"])
    return f"true or false: {statement}"


def worksheet(question: str) -> str:
    """The question a worksheet's statement stands for, or ``question`` as it is (see the module's docstring)."""
    question = _checked(_asked(ITEM_NUMBER.sub("", question, count=1)))
    question = _WHICH_MORE.sub(r"which is \g<more>, \g<pair>?", question)
    split = _split_gap_sentence(question)
    if split is not None:
        statement, rest = split
        if "?" in rest or not (_INSTRUCTION.search(rest) or re.search(r"_{2,}", statement)):
            return question
        named = _ATTRIBUTE.search(rest)
        asked = _gap_question(_lower_article(statement.strip()), named[1] if named else None)
        return asked if asked is not None else question
    if "/" not in question and "(" not in question or not _INSTRUCTION.search(question):
        return question
    parts = _BOUNDARY.split(question)
    statement = next((part for part in reversed(parts) if re.search(r"/|\(", part)), "")
    rest = question.replace(statement, " ")
    if "?" in rest or not _INSTRUCTION.search(rest):
        return question
    offered = _OFFERED.match(_lower_article(statement.strip()))
    if offered is None or offered["one"].lower() == offered["other"].lower():
        return question
    made = offered["made"] or ""
    return (
        f"{offered['verb'].lower()} {offered['subject']} {made}{offered['one']} or {offered['other']}{offered['rest']}?"
    )
