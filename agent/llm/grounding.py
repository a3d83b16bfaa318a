"""Checks that an LLM's program is about the question it was asked: every object name and attribute value it
uses comes from the question's words (or their synonyms), and its answer is of the kind the question asks for.

A small model that cannot read a question tends to copy a worked example ("count the metal cubes" for "Count the
large things."): the program is valid, runs, and answers confidently wrong. These problems go back to the model
for repair like any other; a program that never passes is not used.

>>> from nsvr.agent.llm.notation import compile_gold
>>> grounding_problems(compile_gold("count(f(sel(cube), material=metal))"), "Count the large things.")
["object name 'cube' is not in the question", "value 'metal' is not in the question"]
>>> grounding_problems(compile_gold("count(f(scene(), size=large))"), "Count the big things.")
[]
>>> grounding_problems(compile_gold("count(sel(cube))"), "Is there a cube?")
['the question wants yes or no, the program gives a number']
"""

from __future__ import annotations

import re

from nsvr.agent.parser import lexicon as L
from nsvr.agent.parser.normalize import normalize
from nsvr.scene_graph import program as P
from nsvr.scene_graph.names import GENERIC_NAMES, name_matches, same_value, singular

YES_NO = {"is", "are", "does", "do", "can", "could", "was", "were", "has", "have", "did"}
WORD = re.compile(r"[a-z]+(?: [a-z]+)?")
ANSWERS = {"bool": "yes or no", "number": "a number", "value": "a word", "objects": "objects", "object": "an object"}
POSITIONS = {"left", "right", "top", "bottom", "middle", "center", "front", "behind", "back"}


def _question_words(question: str) -> set[str]:
    text = normalize(question)
    words = set(re.findall(r"[a-z]+", text))
    pairs = {" ".join(pair) for pair in zip(text.split(), text.split()[1:], strict=False)}
    return words | pairs | {singular(w) for w in words}


def _said(value: str, words: set[str]) -> bool:
    value = value.lower()
    if value in words or singular(value) in words:
        return True
    for word in words:
        if singular(word) in GENERIC_NAMES:
            continue  # "things" says no class
        meaning = L.LEXICON.attribute_of(word)
        noun = L.LEXICON.noun(word)
        if (meaning and same_value(meaning[1], value)) or (noun and name_matches(value, noun[0])):
            return True
        if " " not in word and (same_value(word, value) or name_matches(value, word) or name_matches(word, value)):
            return True
    return False


def _expected_answer(question: str) -> str | None:
    first = normalize(question).split(" ", 1)[0]
    if first in YES_NO:
        return "bool"
    if first == "how" and "how many" in normalize(question):
        return "number"
    if first in {"what", "which", "who", "where"}:
        return "value"
    return None


def grounding_problems(program: P.Program, question: str) -> list[str]:
    """What in ``program`` the question does not say (see the module docstring); empty when it is grounded."""
    words = _question_words(question)
    problems = []
    for step in program.steps:
        name = getattr(step, "name", None)
        if isinstance(step, P.Select | P.Relate) and name and name not in GENERIC_NAMES and not _said(name, words):
            problems.append(f"object name {name!r} is not in the question")
        values: list[str] = []
        if isinstance(step, P.Filter | P.Verify) and step.attribute not in {"text", "hposition", "vposition"}:
            values = [step.value]
        elif isinstance(step, P.Choose):
            values = list(step.options)
        problems.extend(
            f"value {v!r} is not in the question" for v in values if v not in POSITIONS and not _said(v, words)
        )
    expected = _expected_answer(question)
    produced = program.answer_type()
    kind = "value" if produced in {"objects", "object", "number"} and expected == "value" else produced
    if expected is not None and kind != expected:
        problems.append(f"the question wants {ANSWERS[expected]}, the program gives {ANSWERS[produced]}")
    return list(dict.fromkeys(problems))
