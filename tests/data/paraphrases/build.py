"""Builds the paraphrase sets (``dev.jsonl``, ``heldout.jsonl``) from hand-written frames.

A CLEVR frame is ``kind | question | gold`` with slots that this script fills from one clevr-mini val scene, so
that definite descriptions point at exactly one object there:

- ``{P}``/``{P2}``: a plural description ("big shiny balls"), gold: its objects; ``{S}``: singular with an
  article ("a big shiny ball"); ``{s}``: singular without one;
- ``{D}``/``{D2}``: a definite description of one object ("the red cube"), ``{d}``/``{d2}`` without "the";
- ``{A}``: an attribute word ("colour"), gold ``{a}``; ``{C}``/``{M}``/``{Z}``: a colour/material/size word,
  gold ``{c}``/``{m}``/``{z}``; ``{M2}``: the other material (``{m2}``);
- ``{R}``: a relation phrase ("to the left of"), gold ``{r}``; ``{RC}``: a comparative relation ("closer to the
  camera than"), gold ``{rc}``.

Photo frames (``photo_frames.txt``) are written against the graphs of ``photo_scenes.json`` directly:
``scene | kind | question | gold``. A gold of ``refuse`` means the planner must refuse the question.

    .venv/bin/python tests/data/paraphrases/build.py     # rewrites dev.jsonl and heldout.jsonl
"""

from __future__ import annotations

import itertools
import json
import random
import re
import sys
from pathlib import Path

from nsvr.agent.llm.notation import compile_gold
from nsvr.scene_graph.clevr import scene_from_clevr
from nsvr.scene_graph.executor import execute

HERE = Path(__file__).resolve().parent
SCENES = HERE.parents[2] / ".." / "shared" / "clevr-mini" / "val" / "scenes.json"
ATTRIBUTES = ("size", "color", "material", "shape")
SURFACE = {
    "large": ["large", "big"],
    "small": ["small", "tiny", "little"],
    "metal": ["metal", "metallic", "shiny"],
    "rubber": ["rubber", "matte"],
    "gray": ["gray", "grey"],
}
NOUNS = {"cube": ["cube", "block"], "sphere": ["sphere", "ball"], "cylinder": ["cylinder"], None: ["thing", "object"]}
PLURAL = {"cube": "cubes", "block": "blocks", "sphere": "spheres", "ball": "balls", "cylinder": "cylinders",
          "thing": "things", "object": "objects", "item": "items"}  # fmt: skip
ATTRIBUTE_WORDS = {"color": ["color", "colour"], "size": ["size"], "material": ["material"], "shape": ["shape"]}
RELATIONS = {
    "left": ["left of", "to the left of", "on the left side of"],
    "right": ["right of", "to the right of", "on the right side of"],
    "front": ["in front of"],
    "behind": ["behind"],
}
COMPARATIVE_RELATIONS = {
    "front": ["closer to the camera than", "nearer to the camera than", "in front of"],
    "behind": ["further back than", "farther from the camera than", "farther away than", "behind"],
}
COLORS = ["gray", "red", "blue", "green", "brown", "purple", "cyan", "yellow"]


def _word(rng: random.Random, value: str) -> str:
    return rng.choice(SURFACE.get(value, [value]))


def _article(text: str) -> str:
    return ("an " if text[0] in "aeiou" else "a ") + text


def describe(rng: random.Random, spec: dict[str, str], plural: bool) -> tuple[str, str]:
    """Surface text and gold expression of the objects with the attribute values ``spec``."""
    shape = spec.get("shape")
    noun = rng.choice(NOUNS[shape])
    words = [_word(rng, spec[a]) for a in ("size", "color", "material") if a in spec]
    text = " ".join([*words, PLURAL[noun] if plural else noun])
    gold = f"sel({shape})" if shape else "scene()"
    filters = ", ".join(f"{a}={spec[a]}" for a in ("size", "color", "material") if a in spec)
    return text, f"f({gold}, {filters})" if filters else gold


def _matches(obj: dict, spec: dict[str, str]) -> bool:
    return all(obj[a] == v for a, v in spec.items())


def plural_spec(rng: random.Random, objects: list[dict]) -> dict[str, str]:
    """Attribute values of a set: mostly present in the scene, sometimes not (counts of 0, "no")."""
    keys = rng.choice([("shape",), ("color",), ("size", "shape"), ("color", "shape"), ("material", "shape"),
                       ("material",), ("size", "color"), ("color", "material", "shape"), ("size",)])  # fmt: skip
    source = rng.choice(objects)
    spec = {k: source[k] for k in keys}
    if rng.random() < 0.25 and "color" in spec:
        spec["color"] = rng.choice(COLORS)
    return spec


def unique_specs(obj: dict, objects: list[dict]) -> list[dict[str, str]]:
    """Descriptions (with at most three values) that fit ``obj`` and no other object."""
    found = []
    for size in (1, 2, 3):
        for keys in itertools.combinations(ATTRIBUTES, size):
            spec = {k: obj[k] for k in keys}
            if sum(_matches(o, spec) for o in objects) == 1:
                found.append(spec)
    return [s for s in found if "shape" in s or len(s) < 3] or found


class Filler:
    """Fills one frame's slots for one scene."""

    def __init__(self, rng: random.Random, scene: dict) -> None:
        self.rng, self.objects, self.values = rng, scene["objects"], {}

    def definite(self, avoid: int | None = None, generic: bool = False) -> tuple[int, str, str]:
        def specs(i: int) -> list[dict[str, str]]:
            found = unique_specs(self.objects[i], self.objects)
            return [s for s in found if "shape" not in s] if generic else found

        choices = [i for i in range(len(self.objects)) if i != avoid and specs(i)]
        if not choices:
            return self.definite(avoid)
        index = self.rng.choice(choices)
        spec = self.rng.choice(specs(index))
        text, gold = describe(self.rng, spec, plural=False)
        return index, text, gold

    def fill(self, question: str, gold: str) -> tuple[str, str]:
        rng, values = self.rng, {}
        first = second = None
        if "{D" in question or "{d" in question:
            first, text, expr = self.definite()
            values.update(D="the " + text, d=text, Dg=expr)
        if "{D2" in question or "{d2" in question:
            second, text, expr = self.definite(avoid=first)
            values.update(D2="the " + text, d2=text, D2g=expr)
        if "{G" in question or "{g" in question:
            first, text, expr = self.definite(generic=True)
            values.update(G="the " + text, g=text, Gg=expr)
        target = self.objects[first] if first is not None else rng.choice(self.objects)
        spec = plural_spec(rng, self.objects)
        text, expr = describe(rng, spec, plural=True)
        singular_text, _ = describe(random.Random(text), spec, plural=False)
        values.update(P=text, Pg=expr, S=_article(singular_text), s=singular_text)
        spec2 = plural_spec(rng, self.objects)
        while spec2 == spec:
            spec2 = plural_spec(rng, self.objects)
        text2, expr2 = describe(rng, spec2, plural=True)
        singular_text2, _ = describe(random.Random(text2), spec2, plural=False)
        values.update(P2=text2, P2g=expr2, S2=_article(singular_text2), s2=singular_text2)
        attribute = rng.choice(ATTRIBUTES[:3] if "{D}" not in question else ATTRIBUTES)
        values.update(A=rng.choice(ATTRIBUTE_WORDS[attribute]), a=attribute)
        color = target["color"] if rng.random() < 0.5 else rng.choice(COLORS)
        material = target["material"] if rng.random() < 0.5 else rng.choice(["rubber", "metal"])
        size = target["size"] if rng.random() < 0.5 else rng.choice(["small", "large"])
        other = "rubber" if material == "metal" else "metal"
        values.update(C=_word(rng, color), c=color, M=_word(rng, material), m=material, Z=_word(rng, size), z=size,
                      M2=_word(rng, other), m2=other)  # fmt: skip
        relation = rng.choice(list(RELATIONS))
        values.update(R=rng.choice(RELATIONS[relation]), r=relation)
        comparative = rng.choice(list(COMPARATIVE_RELATIONS))
        values.update(RC=rng.choice(COMPARATIVE_RELATIONS[comparative]), rc=comparative)
        gold_values = {**values, "P": expr, "P2": expr2}
        gold_values.update(D=values.get("Dg", ""), D2=values.get("D2g", ""), G=values.get("Gg", ""))
        return _substitute(question, values), _substitute(gold, gold_values)


def _substitute(template: str, values: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], template)


def read_frames(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append([part.strip() for part in line.split(" | ")])
    return rows


def clevr_items(frames: list[list[str]], scenes: list[dict], seed: int, per_frame: int) -> list[dict]:
    rng = random.Random(seed)
    items = []
    for number, (kind, question, gold) in enumerate(frames):
        for copy in range(per_frame):
            scene = scenes[(number * per_frame + copy) * 7 % len(scenes)]
            question_text, gold_text = Filler(rng, scene).fill(question, gold)
            items.append({"kind": kind, "scene": f"clevr:{scene['image_filename']}", "question": question_text,
                          "gold": gold_text})  # fmt: skip
    return items


def photo_items(path: Path) -> list[dict]:
    return [{"kind": kind, "scene": f"photo:{scene}", "question": question, "gold": gold}
            for scene, kind, question, gold in read_frames(path)]  # fmt: skip


def finish(items: list[dict], clevr_scenes: dict[str, dict], photo_scenes: dict[str, dict]) -> list[dict]:
    """Compile every gold program and record its answer; duplicates (same question, same scene) are dropped."""
    from nsvr.scene_graph.models import SceneGraph

    seen, done = set(), []
    for item in items:
        key = (item["question"].lower(), item["scene"])
        if key in seen:
            continue
        seen.add(key)
        source, _, name = item["scene"].partition(":")
        if item["gold"] == "refuse":
            done.append({**item, "program": None, "answer": None})
            continue
        program = compile_gold(item["gold"])
        graph = scene_from_clevr(clevr_scenes[name]) if source == "clevr" else SceneGraph(**photo_scenes[name])
        answer = execute(program, graph)
        if answer.status != "ok":
            print(f"gold program fails ({answer.reason}): {item}", file=sys.stderr)
            continue
        done.append({**item, "program": program.model_dump(mode="json")["steps"], "answer": answer.text})
    return done


def main() -> None:
    scenes = json.loads(SCENES.read_text())["scenes"]
    by_name = {s["image_filename"]: s for s in scenes}
    photos = json.loads((HERE / "photo_scenes.json").read_text())
    for name, seed, per_frame in (("dev", 11, 3), ("heldout", 29, 2)):
        frames = HERE / f"{name}_clevr_frames.txt"
        if not frames.exists():
            continue
        items = clevr_items(read_frames(frames), scenes, seed, per_frame)
        photo = HERE / f"{name}_photo_frames.txt"
        items += photo_items(photo) if photo.exists() else []
        done = finish(items, by_name, photos)
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as out:
            for item in done:
                out.write(json.dumps(item) + "\n")
        print(f"{name}: {len(done)} questions")


if __name__ == "__main__":
    main()
