"""Every text variant of CLEVR's 90 templates, filled in, parses to a program that answers like the template's own
program (expanded the way the official generator expands it) on real CLEVR scenes; and real questions of every
template family answer correctly."""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from nsvr.agent.parser import EmbeddedParser, parse
from nsvr.scene_graph.clevr import normalize_clevr_answer, program_from_clevr, scene_from_clevr
from nsvr.scene_graph.executor import execute

WORDS = {
    "Size": {"large": ["large", "big"], "small": ["small", "tiny"]},
    "Color": {c: [c] for c in ("gray", "red", "blue", "green", "brown", "purple", "cyan", "yellow")},
    "Material": {"metal": ["metal", "metallic", "shiny"], "rubber": ["rubber", "matte"]},
    "Shape": {"cube": ["cube", "block"], "sphere": ["sphere", "ball"], "cylinder": ["cylinder"]},
    "Relation": {
        "left": ["left of", "to the left of", "on the left side of"],
        "right": ["right of", "to the right of", "on the right side of"],
        "behind": ["behind"],
        "front": ["in front of"],
    },
}
ATTRIBUTE_OF = {"Size": "size", "Color": "color", "Material": "material", "Shape": "shape"}


def _fill(template: dict[str, Any], text: str, scene: dict[str, Any], rng: random.Random) -> tuple[str, dict[str, str]]:
    """The template text filled in from objects of ``scene`` (each noun phrase describes a random object, some
    attributes left out as the generator does), and the values used."""
    values: dict[str, str] = {}
    surfaces: dict[str, str] = {}
    described: dict[str, dict[str, Any]] = {}  # parameter suffix ("", "2", ...) -> the object it describes
    for param in template["params"]:
        kind, name = param["type"], param["name"]
        choices = WORDS[kind]
        if kind == "Relation":
            value = rng.choice(sorted(choices))
        else:
            target = described.setdefault(name[2:-1], rng.choice(scene["objects"]))
            value = target[ATTRIBUTE_OF[kind]] if rng.random() < 0.6 else ""
        values[name], surfaces[name] = value, rng.choice(choices[value]) if value else ""
    text = re.sub(r"\[([^\]]*)\]", lambda m: m.group(1) if rng.random() < 0.5 else "", text)
    for name in sorted(surfaces, key=len, reverse=True):
        if name.startswith("<S"):
            noun = surfaces[name] or rng.choice(["thing", "object"])
            text = text.replace(f"{name}s", noun + "s").replace(name, noun)
        else:
            text = text.replace(name, surfaces[name])
    return " ".join(text.split()).replace(" ;", ";").replace(" ?", "?"), values


def _expand(template: dict[str, Any], values: dict[str, str]) -> list[dict[str, Any]]:
    """The template's nodes as a runnable CLEVR program (filter_count -> filters + count, ...)."""
    steps: list[dict[str, Any]] = []
    index_of: list[int] = []
    params = {p["name"]: p["type"] for p in template["params"]}

    def add(function: str, inputs: list[int], value_inputs: list[str] | None = None) -> int:
        steps.append({"function": function, "inputs": inputs, "value_inputs": value_inputs or []})
        return len(steps) - 1

    for node in template["nodes"]:
        kind = node["type"]
        inputs = [index_of[i] for i in node["inputs"]]
        side = node.get("side_inputs", [])
        if kind.startswith(("filter", "relate_filter")) or (kind == "relate" and side):
            current = inputs[0] if inputs else None
            if kind.startswith("relate"):
                current = add("relate", inputs, [values[side[0]]])
                side = side[1:]
            for name in side:
                if values.get(name):
                    current = add(f"filter_{ATTRIBUTE_OF[params[name]]}", [current], [values[name]])
            suffix = kind.rsplit("_", 1)[-1] if kind not in {"filter", "relate_filter", "relate"} else ""
            if kind.startswith("filter_") and suffix in {"size", "color", "material", "shape"}:
                suffix = ""
            if suffix in {"count", "exist", "unique"}:
                current = add(suffix, [current])
            index_of.append(current)  # type: ignore[arg-type]
        else:
            index_of.append(add(kind, inputs))
    return steps


def _templates(shared: Path) -> list[tuple[str, int, dict[str, Any]]]:
    found = []
    for path in sorted((shared / "clevr-templates" / "CLEVR_1.0_templates").glob("*.json")):
        for family, template in enumerate(json.loads(path.read_text())):
            found.append((path.stem, family, template))
    return found


def test_every_template_text_variant_answers_like_the_template(shared_dir: Path) -> None:
    rng = random.Random(7)
    scenes = json.loads((shared_dir / "clevr-mini" / "val" / "scenes.json").read_text())["scenes"][:3]
    graphs = [scene_from_clevr(s) for s in scenes]
    parser = EmbeddedParser(unique=True)
    checked, answered, mismatches = 0, 0, []
    for stem, family, template in _templates(shared_dir):
        for text in template["text"]:
            for scene, graph in zip(scenes, graphs, strict=True):
                question, values = _fill(template, text, scene, rng)
                program = parser.parse(question)
                reference = program_from_clevr(_expand(template, values))
                assert program.answer_type() == reference.answer_type(), question
                expected, got = execute(reference, graph), execute(program, graph)
                checked += 1
                answered += expected.status == "ok"
                if expected.text != got.text:
                    mismatches.append(f"{stem}/{family}: {question} -> {got.text}, template {expected.text}")
    assert checked > 1200 and answered > checked // 3
    assert mismatches == []


@pytest.fixture(scope="module")
def real_questions(shared_dir: Path) -> dict[str, list[tuple[dict[str, Any], dict[str, Any]]]]:
    """Up to three real questions per template family with their scenes, from clevr-mini and clevr-val0."""
    by_family: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = defaultdict(list)
    for folder in ("clevr-mini/train", "clevr-mini/val", "clevr-val0"):
        scenes = {
            s["image_filename"]: s for s in json.loads((shared_dir / folder / "scenes.json").read_text())["scenes"]
        }
        for question in json.loads((shared_dir / folder / "questions.json").read_text())["questions"]:
            family = f"{question['template_filename'].removesuffix('.json')}/{question['question_family_index']}"
            if len(by_family[family]) < 3:
                by_family[family].append((question, scenes[question["image_filename"]]))
    return by_family


def test_real_questions_of_every_family_answer_correctly(real_questions) -> None:
    assert len(real_questions) == 90
    wrong = []
    for family, items in sorted(real_questions.items()):
        for question, scene in items:
            answer = execute(parse(question["question"]), scene_from_clevr(scene))
            if answer.text != normalize_clevr_answer(question["answer"]):
                wrong.append(f"{family}: {question['question']} -> {answer.text} (expected {question['answer']})")
    assert wrong == []


def test_clevr_program_shape_mirrors_clevr() -> None:
    program = EmbeddedParser(unique=True).parse(
        "There is a tiny rubber thing that is behind the big gray cylinder; how many big red things are behind it?"
    )
    assert program.pretty().splitlines() == [
        "0 select(name=cylinder)",
        "1 filter[0](attribute=size, value=large)",
        "2 filter[1](attribute=color, value=gray)",
        "3 unique[2]()",
        "4 relate[3](predicate=behind)",
        "5 filter[4](attribute=size, value=small)",
        "6 filter[5](attribute=material, value=rubber)",
        "7 unique[6]()",
        "8 relate[7](predicate=behind)",
        "9 filter[8](attribute=size, value=large)",
        "10 filter[9](attribute=color, value=red)",
        "11 count[10]()",
    ]
