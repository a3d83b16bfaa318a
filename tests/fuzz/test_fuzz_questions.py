"""Random and mutated questions through ``nsvr ask``: every one gets an answer or one error line naming it.

Perception is replaced by a fixed scene graph (the questions are what is fuzzed); the CLI, the planner, the
executor, the answer check and the printing are the real ones.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from nsvr.scene_graph.models import Attribute, Object, Relation, SceneGraph

SEED_QUESTIONS = [
    "How many buses are there?",
    "Is there a red car left of the bus?",
    "What color is the dog?",
    "Are there more people than dogs?",
    "What is written on the sign?",
    "Is the person to the right of the large blue bus wearing a hat?",
    "What shape is the small thing behind the cylinder?",
    "Do the car and the dog have the same color?",
]
NOISE = list("[]/\\{}()<>\"'`$%&*#@!?;:,.|~^_-+=0123456789") + [
    "[/x]",
    "[red]",
    "[bold]",
    "[/]",
    "[link=http://x]",
    ":smile:",
    "\x1b[31m",
    "\x00",
    "\t",
    "\n",
    "\r",
    "é",
    "ß",
    "中文",
    "😀",
    "\u200d",
    "\u202e",
    "\u0301",
    "NaN",
    "-1",
    "1e309",
    "%s",
    "{0}",
    "${HOME}",
    "'; DROP TABLE",
]
WORDS = "the a of left right behind front red blue large small how many what is are there color shape size".split()


def _graph() -> SceneGraph:
    def obj(i: int, name: str, box: tuple, **attributes: str) -> Object:
        return Object(id=str(i), name=name, box=box, attributes={k: Attribute(value=v) for k, v in attributes.items()})

    objects = [
        obj(0, "bus", (10, 60, 200, 180), color="blue", size="large"),
        obj(1, "person", (210, 90, 240, 200), color="red"),
        obj(2, "person", (250, 95, 280, 210), color="green"),
        obj(3, "car", (290, 150, 318, 200), color="red", size="small"),
        obj(4, "dog", (150, 190, 190, 230), color="brown"),
    ]
    objects[0].text = "LINE 7"
    relations = [Relation(subject=a, predicate="left", object=b) for a, b in (("0", "1"), ("1", "2"), ("2", "3"))]
    relations += [Relation(subject=b, predicate="right", object=a) for a, b in (("0", "1"), ("1", "2"), ("2", "3"))]
    return SceneGraph(width=320, height=240, objects=objects, relations=relations, vocabulary=None)


def _real_questions(shared: Path) -> list[str]:
    found: list[str] = []
    clevr = shared / "clevr-mini" / "val" / "questions.json"
    if clevr.is_file():
        found += [q["question"] for q in json.loads(clevr.read_text())["questions"][:300]]
    gqa = shared / "gqa-questions" / "ood_testdev_head.json"
    if gqa.is_file():
        found += [q["question"] for q in list(json.loads(gqa.read_text()).values())[:300]]
    return found or SEED_QUESTIONS


def mutate(rng: random.Random, question: str) -> str:
    """One to three random edits: noise inserted, words dropped, doubled or shuffled, cut, case flipped."""
    for _ in range(rng.randint(1, 3)):
        edit = rng.randrange(8)
        words = question.split(" ")
        if edit == 0:
            at = rng.randint(0, len(question))
            question = question[:at] + rng.choice(NOISE) + question[at:]
        elif edit == 1 and len(words) > 1:
            del words[rng.randrange(len(words))]
            question = " ".join(words)
        elif edit == 2:
            at = rng.randrange(len(words))
            question = " ".join(words[: at + 1] + words[at:])
        elif edit == 3:
            rng.shuffle(words)
            question = " ".join(words)
        elif edit == 4:
            question = question[: rng.randint(0, len(question))]
        elif edit == 5:
            question = question.upper() if rng.random() < 0.5 else question.swapcase()
        elif edit == 6:
            question = " ".join(rng.choice(WORDS + NOISE) for _ in range(rng.randint(1, 12)))
        else:
            question = question * rng.randint(2, 40)
    return question


def questions(rng: random.Random, count: int, shared: Path) -> list[str]:
    real = _real_questions(shared)
    made = ["", " ", "?", "-", "--json", "[/x]", "\x00", "a" * 5000]
    while len(made) < count:
        base = rng.choice(real)
        made.append(base if rng.random() < 0.15 else mutate(rng, base))
    return made[:count]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)[:4]


@pytest.mark.parametrize("count", [1000, pytest.param(5000, marks=pytest.mark.slow)])
def test_random_and_mutated_questions(count, rng, nsvr, one_line_error, fuzz_seed, monkeypatch, tmp_path):
    from nsvr.agent import ask as ask_module

    graph = _graph()
    monkeypatch.setattr(ask_module, "make_perceiver", lambda options: lambda image: graph)
    image = tmp_path / "scene[1].png"
    from PIL import Image

    Image.new("RGB", (320, 240), "gray").save(image)
    shared = Path(__file__).resolve().parents[2].parent / "shared"
    counts = {0: 0, 1: 0, 2: 0}
    for k, question in enumerate(questions(rng, count, shared)):
        as_json = k % 4 == 0
        save = ["--out", str(tmp_path / "out" / f"{k}.png")] if k % 50 == 0 else ["--no-save"]
        result = nsvr("ask", *save, *(["--json"] if as_json else []), "--", str(image), question)
        assert result.code in counts, (fuzz_seed, question, result)
        counts[result.code] += 1
        if as_json and result.code != 2:
            answer = json.loads(result.out)
            assert answer["status"] in {"ok", "unknown", "error"}
            assert (answer["status"] == "error") == (result.code == 1), (fuzz_seed, question, result)
        if result.code == 0 and not as_json:
            assert result.out.split("  (")[0] and "(ok," in result.out or "(unknown," in result.out
        if result.code != 0 and not as_json:
            one_line_error(result.err)
            named = " ".join(result.err.split())
            assert all(word in named for word in _words(question)) or not question.strip(), (fuzz_seed, question, named)
    assert counts[0] > count // 10  # the real questions among them are answered
    assert (tmp_path / "out").is_dir()  # pictures were written where asked
