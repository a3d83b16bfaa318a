"""Hindi-English code-mixed questions (``agent/parser/code_mixed.py``): Hindi's little words around English nouns,
colours and places, read as the English question (blind52's first run refused all six)."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.agent.parser.code_mixed import code_mixed, from_hinglish
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # the blocks scene (conftest): 0 large red metal sphere, 1 small blue rubber cube, 2 small red rubber cube,
        # 3 large green metal cylinder, 4 small yellow rubber sphere; left to right 1 0 4 2 3, front to back 4 1 3 0 2
        ("Yaar, kitne cubes hain is picture mein? Just the count bata do.", "2"),
        ("Dono red waale objects — same material ke hain kya?", "no"),
        ("Arre, the cylinder — uska colour kya hai?", "green"),
        ("Sabse peeche wala object, matlab the one furthest back — kaunsa shape hai?", "cube"),
        ("Red ball ke left mein kitni cheezein hain, bhai?", "1"),
        ("Kya saare spheres metal ke bane hain? All of them?", "no"),
        ("Kya cylinder green hai?", "yes"),
    ],
)
def test_hinglish_questions(blocks: SceneGraph, question: str, answer: str) -> None:
    result = execute(parse(question), blocks)
    assert (result.status, result.text) == ("ok", answer), result.reason


@pytest.mark.parametrize(
    "question",
    ["How many cubes are there?", "Is the man in the hat near the bike?", "What colour is the kayak?"],
)
def test_english_passes_through(question: str) -> None:
    assert not code_mixed(question)
    assert from_hinglish(question) == question
