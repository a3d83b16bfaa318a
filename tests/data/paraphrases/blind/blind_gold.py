"""Plain-python gold answers for the blind paraphrase sets (independent of nsvr: no nsvr import).

A CLEVR scene is read from the released ``scenes.json`` (``relationships[rel][i]`` lists the objects j that are
``rel`` of object i); a photo-like graph from ``photo_scenes.json`` (relations ``subject predicate object``).
Each question carries a function of the scene that returns the answer text (yes/no, digits, a value), or ``None``
for a question that must be refused.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
CLEVR_SCENES = ROOT.parent / "shared" / "clevr-mini" / "val" / "scenes.json"
PHOTO_SCENES = HERE.parent / "photo_scenes.json"
PEOPLE = {"man", "woman", "boy", "girl", "person"}


class NotUnique(Exception):
    pass


def yes(flag: bool) -> str:
    return "yes" if flag else "no"


def n(items) -> str:
    return str(len(items))


class Clevr:
    def __init__(self, raw: dict) -> None:
        self.raw = raw
        self.objects = raw["objects"]

    def f(self, among=None, **want) -> list[int]:
        """Objects (indices) whose attributes equal every given value (a value may be a tuple of options)."""
        among = range(len(self.objects)) if among is None else among
        out = []
        for i in among:
            o = self.objects[i]
            if all(o[k] in (v if isinstance(v, tuple) else (v,)) for k, v in want.items()):
                out.append(i)
        return out

    def the(self, **want) -> int:
        found = self.f(**want)
        if len(found) != 1:
            raise NotUnique(f"{want}: {found}")
        return found[0]

    def rel(self, relation: str, i: int) -> list[int]:
        """The objects that are ``relation`` of object i (left: the objects left of i)."""
        return list(self.raw["relationships"][relation][i])

    def one(self, items: list[int]) -> int:
        if len(items) != 1:
            raise NotUnique(str(items))
        return items[0]

    def a(self, i: int, attribute: str) -> str:
        return self.objects[i][attribute]

    def all(self) -> list[int]:
        return list(range(len(self.objects)))


class Photo:
    def __init__(self, raw: dict) -> None:
        self.raw = raw
        self.objects = {o["id"]: o for o in raw["objects"]}

    def value(self, oid: str, attribute: str):
        found = self.objects[oid]["attributes"].get(attribute)
        return None if found is None else found["value"]

    def f(self, names=None, **want) -> list[str]:
        names = None if names is None else ({names} if isinstance(names, str) else set(names))
        out = []
        for oid, o in self.objects.items():
            if names is not None and o["name"] not in names:
                continue
            if all(self.value(oid, k) == v for k, v in want.items()):
                out.append(oid)
        return out

    def the(self, names=None, **want) -> str:
        found = self.f(names, **want)
        if len(found) != 1:
            raise NotUnique(f"{names} {want}: {found}")
        return found[0]

    def has(self, subject: str, predicate: str, obj: str) -> bool:
        return any(
            r["subject"] == subject and r["predicate"] == predicate and r["object"] == obj
            for r in self.raw["relations"]
        )

    def subjects(self, predicate: str, obj: str) -> list[str]:
        return [r["subject"] for r in self.raw["relations"] if r["predicate"] == predicate and r["object"] == obj]

    def objects_of(self, subject: str, predicate: str) -> list[str]:
        return [r["object"] for r in self.raw["relations"] if r["predicate"] == predicate and r["subject"] == subject]

    def by_x(self, ids: list[str]) -> list[str]:
        """Left to right by box centre."""
        return sorted(ids, key=lambda i: (self.objects[i]["box"][0] + self.objects[i]["box"][2]) / 2)

    def name(self, oid: str) -> str:
        return self.objects[oid]["name"]


def load_scenes():
    clevr = {s["image_filename"]: s for s in json.loads(CLEVR_SCENES.read_text())["scenes"]}
    photo = json.loads(PHOTO_SCENES.read_text())
    return clevr, photo


def build(questions, out_path: Path) -> None:
    """questions: (kind, scene, text, fn) with scene an int (clevr val index) or a photo name; fn None = refuse."""
    clevr, photo = load_scenes()
    lines, problems = [], []
    for kind, scene, text, fn in questions:
        if isinstance(scene, int):
            name = f"CLEVR_val_{scene:06d}.png"
            key, view = f"clevr:{name}", Clevr(clevr[name])
        else:
            key, view = f"photo:{scene}", Photo(photo[scene])
        try:
            answer = None if fn is None else fn(view)
        except NotUnique as error:
            problems.append(f"{key} {text}: not unique {error}")
            continue
        gold = "refuse" if fn is None else "answer-only"
        lines.append(json.dumps({"kind": kind, "scene": key, "question": text, "gold": gold, "answer": answer}))
    if problems:
        raise SystemExit("\n".join(problems))
    texts = [q[2].lower() for q in questions]
    dupes = {t for t in texts if texts.count(t) > 1}
    if dupes:
        raise SystemExit(f"duplicate questions: {sorted(dupes)}")
    out_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out_path}: {len(lines)} questions")


def make(questions: list[tuple], check: bool = False) -> list[dict]:
    """The items of ``questions`` ((kind, scene, text, gold program or None, answer function or None)), answers
    from plain Python; with ``check``, each gold program is also run with nsvr."""
    clevr, photo = load_scenes()
    items, problems = [], []
    for kind, scene, text, gold, fn in questions:
        if isinstance(scene, int):
            name = f"CLEVR_val_{scene:06d}.png"
            key, view = f"clevr:{name}", Clevr(clevr[name])
        else:
            key, view = f"photo:{scene}", Photo(photo[scene])
        if (fn is None) != (gold is None):
            problems.append(f"{key} {text}: a gold program needs an answer function and the other way round")
            continue
        try:
            answer = None if fn is None else fn(view)
        except NotUnique as error:
            problems.append(f"{key} {text}: not unique {error}")
            continue
        items.append({"kind": kind, "scene": key, "question": text, "gold": gold or "refuse", "answer": answer})
    texts = [i["question"].lower().strip() for i in items]
    problems += [f"duplicate question: {t}" for t in sorted({t for t in texts if texts.count(t) > 1})]
    if check:
        problems += gold_problems(items)
    if problems:
        raise SystemExit("\n".join(problems))
    return items


def gold_problems(items: list[dict]) -> list[str]:
    """Items whose gold program, run by nsvr's executor, does not give the plain-Python answer."""
    from nsvr.agent.llm.notation import compile_gold
    from nsvr.scene_graph.executor import execute
    from nsvr.tasks.paraphrase_bench import Scenes

    scenes = Scenes(CLEVR_SCENES, PHOTO_SCENES)
    problems = []
    for item in items:
        if item["gold"] == "refuse":
            continue
        result = execute(compile_gold(item["gold"]), scenes.graph(item["scene"]))
        if (result.status, result.text) != ("ok", item["answer"]):
            problems.append(f"{item['scene']} {item['question']}: gold program gives {result.status} "
                            f"{result.text!r} ({result.reason}), plain Python {item['answer']!r}")  # fmt: skip
    return problems


def write_set(questions: list[tuple], out: Path, argv: list[str]) -> None:
    """Build the set (``--check`` in ``argv``: also run every gold program with nsvr) and write it to ``out``."""
    built = make(questions, check="--check" in argv)
    out.write_text("".join(json.dumps(i) + "\n" for i in built), encoding="utf-8")
    print(f"{out}: {len(built)} questions")


def question_recorder() -> tuple[list[tuple], Callable, Callable, Callable]:
    """The list a builder fills and its three recorders: ``C`` (a CLEVR question) and ``P`` (a photo one), each
    ``(kind, scene, text, gold program, answer function)``, and ``X(scene, text)``, a question to refuse."""
    questions: list[tuple] = []

    def record(kind, scene, text, gold, fn) -> None:
        questions.append((kind, scene, text, gold, fn))

    def refuse(scene, text) -> None:
        questions.append(("refuse", scene, text, None, None))

    return questions, record, record, refuse


def said_same(answer: str) -> str:
    """ "same" or "different" for a sameness offered as a choice ("same colour or different?"), from its yes or no."""
    return {"yes": "same", "no": "different"}[answer]
