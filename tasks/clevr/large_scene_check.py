"""nsvr beside the official CLEVR question engine on large scenes (hundreds to thousands of objects).

    python -m nsvr.tasks.clevr.large_scene_check --engine /tmp/clevr_engine --objects 200 1000 3000 --programs 500

``--engine`` is the folder holding the official ``question_engine.py`` (facebookresearch/clevr-dataset-gen,
``question_generation/``); it is loaded from there at run time, never copied into nsvr.

Scenes: N random objects (every CLEVR colour, shape, material and size) on a table whose side grows with sqrt(N),
the CLEVR v1.0 camera's ``directions`` and the renderer's relationship rule (``compute_all_relationships`` in
``image_generation/render_images.py``: j is ``rel`` of i when ``(coords_j - coords_i) . directions[rel] > 0.2``,
the same floating-point operations in the same order), reproduced here in numpy. The engine reads
``relationships[rel][i]``; the rows are made on first read (:class:`OfficialRelationships`), which is what a
scene file with the full O(N^2) lists would give it (:func:`compute_all_relationships` makes those). Objects
carry no ``pixel_coords``, ``bbox`` or ``mask``: neither the engine nor nsvr's CLEVR importer reads them.

Programs: the released ``program`` of every question in clevr-mini's val and train ``questions.json`` (all 90
template families); ``--programs K`` takes K of them round-robin over the families. Each program runs

* ``raw``: on the random scene as it is (a ``unique`` step then nearly always sees many objects, so the engine
  says ``__INVALID__``; that checks that nsvr then says "unknown" too), and
* ``planted``: on a copy of the scene edited so that every ``unique`` step sees exactly one object
  (:func:`plant`): the objects a ``unique`` sees besides the one kept get another value of a filtered attribute
  (one the program never asks about), or, when nothing is filtered ("the thing left of X"), are moved into the
  band along the relation's axis where they are neither side of X; when a ``unique`` sees nothing, one object
  is given the attributes and moved to a place that satisfies the relations. The engine decides at the end
  whether the planted scene is valid.

Outcomes: ``agree``/``disagree`` where the engine gives a valid answer; ``nsvr_only`` (engine ``__INVALID__``,
nsvr answers), ``engine_only`` (engine answers, nsvr says unknown) and ``both_invalid``. Times are CPU seconds per
question: the engine with its relationship rows and ``same_*`` caches present (as with a released scene file),
nsvr on a graph whose index is built (relate results not cached), nsvr cold (first question on a fresh graph),
and nsvr's graph build.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from nsvr.scene_graph.clevr import compile_clevr, normalize_clevr_answer, program_from_clevr, scene_from_clevr
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.index import graph_index
from nsvr.tasks.bench_common import BenchInputError, load_json
from nsvr.tasks.scale_bench import load_engine, official_nodes

SHARED = Path(__file__).resolve().parents[3] / "shared"
QUESTION_FILES = (SHARED / "clevr-mini/val/questions.json", SHARED / "clevr-mini/train/questions.json")

DIRECTIONS: dict[str, tuple[float, float, float]] = {
    "behind": (-0.754490315914154, 0.6563112735748291, 0.0),
    "front": (0.754490315914154, -0.6563112735748291, -0.0),
    "left": (-0.6563112735748291, -0.7544902563095093, 0.0),
    "right": (0.6563112735748291, 0.7544902563095093, -0.0),
    "above": (0.0, 0.0, 1.0),
    "below": (-0.0, -0.0, -1.0),
}
"""The ``directions`` of every scene in clevr-mini (the CLEVR v1.0 camera)."""
RELATIONS = ("left", "right", "front", "behind")
EPS = 0.2
"""The renderer's margin (``compute_all_relationships(scene_struct, eps=0.2)``)."""
VALUES: dict[str, tuple[str, ...]] = {
    "color": ("gray", "red", "blue", "green", "brown", "purple", "cyan", "yellow"),
    "shape": ("cube", "sphere", "cylinder"),
    "material": ("rubber", "metal"),
    "size": ("small", "large"),
}
HEIGHT = {"large": 0.699999988079071, "small": 0.3499999940395355}
"""``3d_coords[2]`` of released objects: their radius (float32 0.7 and 0.35)."""
AXES = {"left": ("left", 1.0), "right": ("left", -1.0), "behind": ("behind", 1.0), "front": ("behind", -1.0)}
"""Each relation as (axis, sign): right is minus left, front minus behind."""
INVALID = "__INVALID__"
KINDS = ("agree", "disagree", "both_invalid", "nsvr_only", "engine_only")


# --- scenes -------------------------------------------------------------------------------------------------------
def table_side(n: int) -> float:
    """Half the side of the table for ``n`` objects: CLEVR's [-3, 3] square for 10, the same density beyond."""
    return 3.0 * float(np.sqrt(max(n, 10) / 10))


def random_scene(n: int, seed: int, layout: str = "uniform") -> dict[str, Any]:
    """``n`` random CLEVR objects. ``uniform``: positions uniform over the table; ``lattice``: positions on a grid
    of step 0.1 along the left and behind axes, so that many pairs lie exactly 0.2 apart along a relation (the
    renderer's margin, where rounding decides); ``stacked``: sqrt(n) spots on a grid of step 0.2, many objects on
    each (ties: pairs at distance 0, and at exact multiples of the margin)."""
    rng = np.random.default_rng([seed, n])
    side = table_side(n)
    picks = {a: rng.integers(0, len(v), n) for a, v in VALUES.items()}
    if layout == "lattice":
        steps = int(side / 0.1)
        u, v = rng.integers(-steps, steps + 1, n) * 0.1, rng.integers(-steps, steps + 1, n) * 0.1
        xy = [plane_point(a, b) for a, b in zip(u.tolist(), v.tolist(), strict=True)]
    elif layout == "stacked":
        spots = rng.integers(-10, 11, (max(2, int(np.sqrt(n))), 2)) * 0.2
        xy = [plane_point(a, b) for a, b in spots[rng.integers(0, len(spots), n)].tolist()]
    elif layout == "uniform":
        xy = rng.uniform(-side, side, (n, 2)).tolist()
    else:
        raise ValueError(f"unknown layout {layout!r}")
    rotations = rng.uniform(0, 360, n).tolist()
    objects = []
    for k in range(n):
        obj = {a: VALUES[a][int(picks[a][k])] for a in VALUES}
        x, y = xy[k]
        obj["3d_coords"] = [float(x), float(y), HEIGHT[obj["size"]]]
        obj["rotation"] = rotations[k]
        objects.append(obj)
    return {"objects": objects, "directions": {k: list(v) for k, v in DIRECTIONS.items()}}


def plane_point(u: float, v: float) -> tuple[float, float]:
    """The table point whose coordinate along ``left`` is u and along ``behind`` is v."""
    left, behind = DIRECTIONS["left"], DIRECTIONS["behind"]
    x, y = np.linalg.solve(np.array([left[:2], behind[:2]]), np.array([u, v]))
    return float(x), float(y)


def coords_of(objects: Sequence[Mapping[str, Any]]) -> np.ndarray:
    return np.array([o["3d_coords"] for o in objects], dtype=float).reshape(len(objects), 3)


def related_flags(coords: np.ndarray, i: int, direction: Sequence[float], eps: float = EPS) -> np.ndarray:
    """The renderer's rule for one object i: object j is related when ``(coords_j - coords_i) . direction > eps``.
    Same operations in the same order as ``sum(diff[k] * direction_vec[k] for k in [0, 1, 2])`` (``0 + a`` is
    ``a``), so the same rounding. i itself is skipped; the renderer skips every j with ``obj_j == obj_i`` (dict
    equality), which adds only identical objects, at the same point and so never related anyway."""
    diff = coords - coords[i]
    dot = diff[:, 0] * direction[0] + diff[:, 1] * direction[1] + diff[:, 2] * direction[2]
    flags = dot > eps
    flags[i] = False
    return flags


def compute_all_relationships(
    coords: np.ndarray, directions: Mapping[str, Sequence[float]] = DIRECTIONS, eps: float = EPS
) -> dict[str, list[list[int]]]:
    """The full ``relationships`` block as the renderer writes it (O(N^2)): ``out[rel][i]`` lists the j that are
    ``rel`` of i, sorted; above and below are left out, as the renderer leaves them."""
    return {
        name: [np.flatnonzero(related_flags(coords, i, d, eps)).tolist() for i in range(len(coords))]
        for name, d in directions.items()
        if name not in ("above", "below")
    }


class _Rows(Sequence):
    """``relationships[rel]`` of one relation, each row made when first read."""

    def __init__(self, coords: np.ndarray, direction: Sequence[float]) -> None:
        self.coords, self.direction = coords, direction
        self.rows: dict[int, list[int]] = {}

    def __len__(self) -> int:
        return len(self.coords)

    def __getitem__(self, i: Any) -> Any:
        if not isinstance(i, int | np.integer):
            return [self[k] for k in range(len(self))[i]]
        i = int(i)
        if not -len(self) <= i < len(self):
            raise IndexError(i)
        i %= len(self)
        row = self.rows.get(i)
        if row is None:
            row = self.rows[i] = np.flatnonzero(related_flags(self.coords, i, self.direction)).tolist()
        return row


class OfficialRelationships(Mapping):
    """A scene's ``relationships`` by the renderer's rule, row by row on demand: ``self[rel][i]`` equals
    ``compute_all_relationships(coords)[rel][i]``. The coordinates are copied: later edits are not seen."""

    def __init__(self, coords: np.ndarray, directions: Mapping[str, Sequence[float]] = DIRECTIONS) -> None:
        frozen = np.array(coords, dtype=float)
        self._rows = {name: _Rows(frozen, directions[name]) for name in RELATIONS}

    def __getitem__(self, name: str) -> _Rows:
        return self._rows[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def engine_scene(scene: Mapping[str, Any], coords: np.ndarray | None = None) -> dict[str, Any]:
    """A fresh scene struct for the engine (its ``same_*`` caches live in it, so one per edited scene)."""
    coords = coords_of(scene["objects"]) if coords is None else coords
    return {
        "objects": scene["objects"],
        "directions": scene["directions"],
        "relationships": OfficialRelationships(coords),
    }


# --- programs -----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ClevrProgram:
    key: str  # "<split>/<question_index>"
    family: str  # "<template file stem>:<question_family_index>"
    question: str
    program: list[dict[str, Any]]


def load_programs(paths: Sequence[Path] = QUESTION_FILES) -> list[ClevrProgram]:
    found = []
    for path in paths:
        for q in load_json(path, "CLEVR questions")["questions"]:
            family = f"{Path(q['template_filename']).stem}:{q['question_family_index']}"
            key = f"{q.get('split', path.parent.name)}/{q['question_index']}"
            found.append(ClevrProgram(key, family, q["question"], q["program"]))
    return found


def sample_programs(programs: Sequence[ClevrProgram], limit: int) -> list[ClevrProgram]:
    """``limit`` programs (all for 0), round-robin over the families in file order, so that every family is in."""
    if limit <= 0 or limit >= len(programs):
        return list(programs)
    by_family: dict[str, list[ClevrProgram]] = defaultdict(list)
    for p in programs:
        by_family[p.family].append(p)
    queues = [iter(v) for v in by_family.values()]
    chosen: list[ClevrProgram] = []
    while len(chosen) < limit and queues:
        alive = []
        for queue in queues:
            item = next(queue, None)
            if item is not None:
                alive.append(queue)
                if len(chosen) < limit:
                    chosen.append(item)
        queues = alive
    return chosen


def program_text(program: Sequence[Mapping[str, Any]]) -> str:
    """``0 scene; 1 filter_color[red](0); 2 unique(1) ...``"""
    parts = []
    for k, s in enumerate(program):
        values = s.get("value_inputs") or []
        arg = f"[{','.join(map(str, values))}]" if values else ""
        ins = f"({','.join(map(str, s['inputs']))})" if s["inputs"] else ""
        parts.append(f"{k} {s['function']}{arg}{ins}")
    return "; ".join(parts)


# --- planting -----------------------------------------------------------------------------------------------------
class _Edit:
    """A copy of a scene that can be edited object by object (copy on write)."""

    def __init__(self, objects: Sequence[dict[str, Any]], coords: np.ndarray, attrs: Mapping[str, np.ndarray]):
        self.objects = list(objects)
        self.coords = coords.copy()
        self.attrs = {a: v.copy() for a, v in attrs.items()}
        self.touched: set[int] = set()

    def _own(self, i: int) -> dict[str, Any]:
        if i not in self.touched:
            self.objects[i] = {**self.objects[i], "3d_coords": list(self.objects[i]["3d_coords"])}
            self.touched.add(i)
        return self.objects[i]

    def set(self, i: int, attribute: str, value: str) -> None:
        obj = self._own(i)
        obj[attribute] = value
        self.attrs[attribute][i] = value
        if attribute == "size":
            self.coords[i, 2] = obj["3d_coords"][2] = HEIGHT[value]

    def move(self, i: int, x: float, y: float) -> None:
        obj = self._own(i)
        self.coords[i, 0], self.coords[i, 1] = x, y
        obj["3d_coords"][0], obj["3d_coords"][1] = float(x), float(y)

    def along(self, i: int, axis: str) -> float:
        d = DIRECTIONS[axis]
        c = self.coords[i]
        return float(c[0] * d[0] + c[1] * d[1] + c[2] * d[2])


def attribute_table(objects: Sequence[Mapping[str, Any]]) -> dict[str, np.ndarray]:
    return {a: np.array([o[a] for o in objects], dtype="<U16") for a in VALUES}


def evaluate_sets(program: Sequence[Mapping[str, Any]], edit: _Edit) -> tuple[list[Any], int | None]:
    """The object-set steps of ``program`` on the edited scene (boolean vectors; ``unique`` gives the index), up to
    the first ``unique`` that does not see exactly one object (its step index is returned, else None). Only steers
    the planting: the engine judges the result."""
    n = len(edit.objects)
    outs: list[Any] = []
    for k, step in enumerate(program):
        f, ins = step["function"], step["inputs"]
        out: Any = None
        if f == "scene":
            out = np.ones(n, dtype=bool)
        elif f.startswith("filter_"):
            out = outs[ins[0]] & (edit.attrs[f[len("filter_") :]] == step["value_inputs"][0])
        elif f == "unique":
            found = np.flatnonzero(outs[ins[0]])
            if len(found) != 1:
                outs.append(None)
                return outs, k
            out = int(found[0])
        elif f == "relate":
            out = related_flags(edit.coords, outs[ins[0]], DIRECTIONS[step["value_inputs"][0]])
        elif f.startswith("same_"):
            attribute, anchor = f[len("same_") :], outs[ins[0]]
            out = edit.attrs[attribute] == edit.attrs[attribute][anchor]
            out[anchor] = False
        elif f == "intersect":
            out = outs[ins[0]] & outs[ins[1]]
        elif f == "union":
            out = outs[ins[0]] | outs[ins[1]]
        outs.append(out)
    return outs, None


@dataclass
class _Needs:
    """What an object must be to be in a step's output: attribute values, relations to anchors."""

    attrs: dict[str, str] = field(default_factory=dict)
    rels: list[tuple[str, int]] = field(default_factory=list)
    exclude: set[int] = field(default_factory=set)

    def merge(self, other: _Needs) -> bool:
        for a, v in other.attrs.items():
            if self.attrs.setdefault(a, v) != v:
                return False
        self.rels += other.rels
        self.exclude |= other.exclude
        return True


def _needs(program: Sequence[Mapping[str, Any]], k: int, outs: list[Any], edit: _Edit) -> _Needs | None:
    step = program[k]
    f, ins = step["function"], step["inputs"]
    if f == "scene":
        return _Needs()
    if f.startswith("filter_"):
        inner = _needs(program, ins[0], outs, edit)
        if inner is None or not inner.merge(_Needs(attrs={f[len("filter_") :]: step["value_inputs"][0]})):
            return None
        return inner
    if f == "relate":
        return _Needs(rels=[(step["value_inputs"][0], outs[ins[0]])], exclude={outs[ins[0]]})
    if f.startswith("same_"):
        attribute, anchor = f[len("same_") :], outs[ins[0]]
        return _Needs(attrs={attribute: str(edit.attrs[attribute][anchor])}, exclude={anchor})
    if f == "intersect":
        first, second = _needs(program, ins[0], outs, edit), _needs(program, ins[1], outs, edit)
        if first is None or second is None or not first.merge(second):
            return None
        return first
    if f == "union":
        return _needs(program, ins[0], outs, edit)
    return None


def _place(edit: _Edit, i: int, rels: list[tuple[str, int]], rng: np.random.Generator) -> bool:
    """Move object i where it stands in every relation of ``rels`` to its anchor; False when none can."""
    coordinate = {"left": edit.along(i, "left"), "behind": edit.along(i, "behind")}
    for axis in coordinate:
        low, high = -np.inf, np.inf
        for relation, anchor in rels:
            on, sign = AXES[relation]
            if on != axis:
                continue
            at = edit.along(anchor, axis)
            if sign > 0:
                low = max(low, at + EPS)
            else:
                high = min(high, at - EPS)
        if np.isfinite(low) and np.isfinite(high):
            if high - low < 0.1:
                return False
            coordinate[axis] = (low + high) / 2
        elif np.isfinite(low):
            coordinate[axis] = low + rng.uniform(0.3, 1.0)
        elif np.isfinite(high):
            coordinate[axis] = high - rng.uniform(0.3, 1.0)
    edit.move(i, *plane_point(coordinate["left"], coordinate["behind"]))
    return True


def _fix(program: Sequence[Mapping[str, Any]], u: int, outs: list[Any], edit: _Edit, rng: np.random.Generator) -> bool:
    """Edit the scene so that the ``unique`` at step u sees exactly one object; False when it cannot."""
    needs = _needs(program, program[u]["inputs"][0], outs, edit)
    if needs is None:
        return False
    protected = {o for o, s in zip(outs, program, strict=False) if s["function"] == "unique" and o is not None}
    seen = np.flatnonzero(outs[program[u]["inputs"][0]]).tolist()
    if not seen:
        free = [i for i in range(len(edit.objects)) if i not in protected and i not in needs.exclude]
        if not free:
            return False
        chosen = int(rng.choice(free))
        for attribute, value in needs.attrs.items():
            edit.set(chosen, attribute, value)
        return _place(edit, chosen, needs.rels, rng) if needs.rels else True
    kept = [i for i in seen if i in protected] or [int(rng.choice(seen))]
    used = _asked_values(program)
    for attribute in VALUES:
        used[attribute] |= {str(edit.attrs[attribute][p]) for p in protected | {kept[0]}}
    for i in seen:
        if i == kept[0] or i in protected:
            continue
        if needs.attrs:
            _change_one(edit, i, needs.attrs, used, rng)
        elif needs.rels:
            relation, anchor = needs.rels[0]
            axis = AXES[relation][0]
            coordinate = {a: edit.along(i, a) for a in ("left", "behind")}
            coordinate[axis] = edit.along(anchor, axis) + rng.uniform(-0.15, 0.15)
            edit.move(i, *plane_point(coordinate["left"], coordinate["behind"]))
        else:
            return False
    return True


def _asked_values(program: Sequence[Mapping[str, Any]]) -> dict[str, set[str]]:
    asked: dict[str, set[str]] = {a: set() for a in VALUES}
    for step in program:
        if step["function"].startswith("filter_"):
            asked[step["function"][len("filter_") :]].add(step["value_inputs"][0])
    return asked


def _change_one(
    edit: _Edit, i: int, wanted: Mapping[str, str], used: Mapping[str, set[str]], rng: np.random.Generator
) -> None:
    """Give object i another value of one of the ``wanted`` attributes, one the program does not ask about when
    there is one."""
    attributes = list(wanted)
    rng.shuffle(attributes)
    for attribute in attributes:
        free = [v for v in VALUES[attribute] if v not in used[attribute] and v != wanted[attribute]]
        if free:
            edit.set(i, attribute, free[int(rng.integers(len(free)))])
            return
    attribute = attributes[0]
    others = [v for v in VALUES[attribute] if v != wanted[attribute]]
    edit.set(i, attribute, others[int(rng.integers(len(others)))])


@dataclass
class Planted:
    scene: dict[str, Any]
    coords: np.ndarray
    planned: bool  # every unique step sees one object by the planting's own reckoning
    edited: int  # objects changed


def plant(
    program: Sequence[Mapping[str, Any]],
    scene: Mapping[str, Any],
    seed: int | Sequence[int],
    coords: np.ndarray | None = None,
    attrs: Mapping[str, np.ndarray] | None = None,
) -> Planted:
    """A copy of ``scene`` edited so that each ``unique`` step of ``program`` sees exactly one object (see the
    module docstring); ``coords``/``attrs`` of the scene may be given to save recomputing them."""
    rng = np.random.default_rng(seed)
    objects = scene["objects"]
    edit = _Edit(
        objects,
        coords_of(objects) if coords is None else coords,
        attribute_table(objects) if attrs is None else attrs,
    )
    uniques = sum(s["function"] == "unique" for s in program)
    planned = False
    for _ in range(4 * uniques + 4):
        outs, failing = evaluate_sets(program, edit)
        if failing is None:
            planned = True
            break
        if not _fix(program, failing, outs, edit, rng):
            break
    planted = {**scene, "objects": edit.objects}
    return Planted(planted, edit.coords, planned, len(edit.touched))


# --- running both -------------------------------------------------------------------------------------------------
@dataclass
class Outcome:
    n: int
    mode: str  # raw | planted
    key: str
    family: str
    kind: str
    engine: str | None
    nsvr: str | None
    nsvr_reason: str | None = None
    engine_s: float = 0.0
    nsvr_s: float = 0.0
    nsvr_cold_s: float = 0.0
    build_s: float = 0.0
    edited: int = 0
    planned: bool = True
    paths_differ: bool = False


def engine_answer(engine: ModuleType, nodes: Mapping[str, Any], struct: Mapping[str, Any]) -> str | None:
    """The engine's answer, normalised (None for ``__INVALID__``)."""
    said = engine.answer_question(nodes, None, struct, cache_outputs=False)
    return None if said == INVALID else normalize_clevr_answer(said)


def nsvr_answer(answer: Any) -> str | None:
    return normalize_clevr_answer(answer.value) if answer.status == "ok" else None


def classify(engine: str | None, nsvr: str | None) -> str:
    if engine is None:
        return "both_invalid" if nsvr is None else "nsvr_only"
    if nsvr is None:
        return "engine_only"
    return "agree" if engine == nsvr else "disagree"


def _cpu(run: Any) -> tuple[Any, float]:
    started = time.process_time()
    result = run()
    return result, time.process_time() - started


def run_one(
    engine: ModuleType,
    item: ClevrProgram,
    scene: Mapping[str, Any],
    struct: Mapping[str, Any],
    graph: Any,
    n: int,
    mode: str,
    build_s: float = 0.0,
) -> Outcome:
    """One program on one scene with both; the engine's scene struct and nsvr's graph are given (built once)."""
    nodes = official_nodes(item.program)
    said = engine_answer(engine, nodes, struct)  # cold: makes the relationship rows and same_* caches it reads
    _, engine_s = _cpu(lambda: engine.answer_question(nodes, None, struct, cache_outputs=False))
    compiled = compile_clevr(item.program)
    answer, cold_s = _cpu(lambda: compiled.run(graph))
    graph_index(graph).relate_cache.clear()
    again, warm_s = _cpu(lambda: compiled.run(graph))
    other = execute(program_from_clevr(item.program), graph)  # the pydantic path must say the same
    ours = nsvr_answer(answer)
    differ = nsvr_answer(again) != ours or nsvr_answer(other) != ours
    return Outcome(
        n=n,
        mode=mode,
        key=item.key,
        family=item.family,
        kind=classify(said, ours),
        engine=said,
        nsvr=ours,
        nsvr_reason=answer.reason,
        engine_s=engine_s,
        nsvr_s=warm_s,
        nsvr_cold_s=cold_s,
        build_s=build_s,
        paths_differ=differ,
    )


def planted_seed(seed: int, n: int, key: str) -> list[int]:
    split, _, index = key.partition("/")
    return [seed, n, sum(split.encode()), int(index)]


def check(
    engine: ModuleType,
    programs: Sequence[ClevrProgram],
    sizes: Sequence[int],
    seed: int = 0,
    modes: Sequence[str] = ("raw", "planted"),
    layout: str = "uniform",
) -> list[Outcome]:
    """Every program on scenes of every size, raw and planted; one :class:`Outcome` each."""
    outcomes = []
    for n in sizes:
        base = random_scene(n, seed, layout)
        coords, attrs = coords_of(base["objects"]), attribute_table(base["objects"])
        if "raw" in modes:
            struct, graph = engine_scene(base, coords), scene_from_clevr(base)
            outcomes += [run_one(engine, item, base, struct, graph, n, "raw") for item in programs]
        if "planted" in modes:
            for item in programs:
                planted = plant(item.program, base, planted_seed(seed, n, item.key), coords, attrs)
                graph, build_s = _cpu(lambda p=planted: scene_from_clevr(p.scene))
                struct = engine_scene(planted.scene, planted.coords)
                outcome = run_one(engine, item, planted.scene, struct, graph, n, "planted", build_s)
                outcome.edited, outcome.planned = planted.edited, planted.planned
                outcomes.append(outcome)
    return outcomes


# --- report -------------------------------------------------------------------------------------------------------
def _ms(values: Sequence[float]) -> str:
    return f"{statistics.median(values) * 1000:9.3f}" if values else f"{'-':>9s}"


def _family_order(family: str) -> tuple[str, int]:
    stem, _, index = family.rpartition(":")
    return stem, int(index) if index.isdigit() else -1


def answer_mix(outcomes: Sequence[Outcome]) -> Counter:
    """The engine's valid answers by kind: yes, no, 0-10, >10, or an attribute value."""
    mix: Counter = Counter()
    for o in outcomes:
        if o.engine is None:
            continue
        if o.engine.isdigit():
            mix["0-10" if int(o.engine) <= 10 else ">10"] += 1
        else:
            mix[o.engine if o.engine in ("yes", "no") else "value"] += 1
    return mix


def report(outcomes: Sequence[Outcome], programs: Sequence[ClevrProgram], seed: int, show: int, out: Any) -> None:
    sizes = sorted({o.n for o in outcomes})
    modes = [m for m in ("planted", "raw") if any(o.mode == m for o in outcomes)]
    print("\nSummary (valid = the engine gives an answer; agree/disagree are among those)", file=out)
    print(f"  {'N':>6s} {'mode':8s} {'progs':>6s} {'valid':>6s} {'agree':>6s} {'disagr':>6s} {'both_inv':>8s} "
          f"{'nsvr_only':>9s} {'eng_only':>8s} {'paths':>6s} {'count>10':>8s} {'edited':>7s}", file=out)  # fmt: skip
    for n in sizes:
        for mode in modes:
            rows = [o for o in outcomes if o.n == n and o.mode == mode]
            kinds = Counter(o.kind for o in rows)
            valid = kinds["agree"] + kinds["disagree"] + kinds["engine_only"]
            big = sum(1 for o in rows if o.engine is not None and o.engine.isdigit() and int(o.engine) > 10)
            edited = statistics.median([o.edited for o in rows]) if mode == "planted" else 0
            print(
                f"  {n:6d} {mode:8s} {len(rows):6d} {valid:6d} {kinds['agree']:6d} {kinds['disagree']:6d} "
                f"{kinds['both_invalid']:8d} {kinds['nsvr_only']:9d} {kinds['engine_only']:8d} "
                f"{sum(o.paths_differ for o in rows):6d} {big:8d} {edited:7.0f}",
                file=out,
            )
    for n in sizes:
        mix = answer_mix([o for o in outcomes if o.n == n and o.mode == modes[0]])
        print(f"  N={n} {modes[0]}: valid answers " + ", ".join(f"{k} {v}" for k, v in sorted(mix.items())), file=out)
    print("\nCPU ms per question (median; planted scenes, valid and invalid alike)", file=out)
    print(f"  {'N':>6s} {'engine':>9s} {'nsvr':>9s} {'ratio':>7s} {'nsvr cold':>9s} {'build':>9s}", file=out)
    for n in sizes:
        rows = [o for o in outcomes if o.n == n and o.mode == modes[0]]
        engine_ms, nsvr_ms = [o.engine_s for o in rows], [o.nsvr_s for o in rows]
        ratio = statistics.median(engine_ms) / max(statistics.median(nsvr_ms), 1e-9)
        builds = [o.build_s for o in rows if o.build_s]
        print(
            f"  {n:6d} {_ms(engine_ms)} {_ms(nsvr_ms)} {ratio:6.2f}x {_ms([o.nsvr_cold_s for o in rows])} "
            f"{_ms(builds)}",
            file=out,
        )
    print("  (ratio = engine / nsvr; nsvr cold = first question on a fresh graph; build = scene_from_clevr)", file=out)
    families = sorted({o.family for o in outcomes}, key=_family_order)
    legend = "d = disagree, o = nsvr_only, e = engine_only"
    print(f"\nPer family, {modes[0]} scenes: agree/valid/programs per N ({legend})", file=out)
    print(f"  {'family':42s}" + "".join(f"{n:>16d}" for n in sizes), file=out)
    for family in families:
        cells = []
        for n in sizes:
            rows = [o for o in outcomes if o.n == n and o.mode == modes[0] and o.family == family]
            kinds = Counter(o.kind for o in rows)
            valid = kinds["agree"] + kinds["disagree"] + kinds["engine_only"]
            extra = "".join(f" {c}{kinds[k]}" for c, k in (("d", "disagree"), ("o", "nsvr_only"), ("e", "engine_only")))
            extra = extra if kinds["disagree"] + kinds["nsvr_only"] + kinds["engine_only"] else ""
            cells.append(f"{kinds['agree']}/{valid}/{len(rows)}{extra}")
        print(f"  {family:42s}" + "".join(f"{c:>16s}" for c in cells), file=out)
    print("  (cells: agree/valid/programs)", file=out)
    by_key = {p.key: p for p in programs}
    odd = [o for o in outcomes if o.kind in ("disagree", "nsvr_only", "engine_only") or o.paths_differ]
    print(f"\nDisagreements and one-sided answers: {len(odd)}", file=out)
    for o in odd[:show]:
        item = by_key[o.key]
        print(f"- {o.kind} N={o.n} {o.mode} {o.key} ({o.family}): engine {o.engine!r}, nsvr {o.nsvr!r}", file=out)
        print(f"    question: {item.question}", file=out)
        print(f"    program: {program_text(item.program)}", file=out)
        if o.nsvr_reason:
            print(f"    nsvr says: {o.nsvr_reason}", file=out)
        print(
            f"    reproduce: python -m nsvr.tasks.clevr.large_scene_check --engine ENGINE --objects {o.n} "
            f"--seed {seed} --program-id {o.key} --modes {o.mode} --dump repro.json",
            file=out,
        )


def dump(path: Path, item: ClevrProgram, n: int, seed: int, mode: str, layout: str) -> None:
    """The (planted) scene with its full ``relationships`` and the program, as JSON."""
    base = random_scene(n, seed, layout)
    scene = base if mode == "raw" else plant(item.program, base, planted_seed(seed, n, item.key)).scene
    scene = {**scene, "relationships": compute_all_relationships(coords_of(scene["objects"]))}
    question = {"question": item.question, "program": item.program, "key": item.key, "family": item.family}
    path.write_text(json.dumps({"scenes": [scene], "questions": [question]}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", type=Path, required=True, help="clevr-dataset-gen/question_generation folder")
    parser.add_argument("--objects", type=int, nargs="+", default=[200, 1000, 3000])
    parser.add_argument("--programs", type=int, default=500, help="programs to run (0: all), over all families")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--questions", type=Path, nargs="+", default=list(QUESTION_FILES))
    parser.add_argument("--modes", nargs="+", choices=("planted", "raw"), default=["planted", "raw"])
    parser.add_argument("--layout", choices=("uniform", "lattice", "stacked"), default="uniform")
    parser.add_argument("--program-id", help="run only this program (<split>/<question_index>)")
    parser.add_argument("--show", type=int, default=10, help="disagreements listed")
    parser.add_argument("--dump", type=Path, help="with --program-id: write the scene and program here")
    args = parser.parse_args(argv)
    try:
        engine = load_engine(args.engine)
        programs = load_programs(args.questions)
    except BenchInputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.program_id:
        programs = [p for p in programs if p.key == args.program_id]
        if not programs:
            print(f"error: no program {args.program_id}", file=sys.stderr)
            return 2
    else:
        programs = sample_programs(programs, args.programs)
    families = len({p.family for p in programs})
    print(f"{len(programs)} programs from {families} families; scenes of {args.objects} objects, seed {args.seed}")
    started = time.perf_counter()
    outcomes = check(engine, programs, args.objects, args.seed, args.modes, args.layout)
    report(outcomes, programs, args.seed, args.show, sys.stdout)
    if args.dump and args.program_id:
        dump(args.dump, programs[0], args.objects[0], args.seed, args.modes[0], args.layout)
        print(f"\nwrote {args.dump}")
    print(f"\n({time.perf_counter() - started:.1f} s wall)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
