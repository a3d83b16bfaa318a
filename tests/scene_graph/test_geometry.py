"""Geometric relations computed on demand agree with the rules written pair by pair, and with stored rows."""

from __future__ import annotations

import random
from itertools import permutations

import numpy as np
import pytest

from nsvr.scene_graph import execute
from nsvr.scene_graph import program as P
from nsvr.scene_graph.geometry import BoxRelations, DirectionRelations, Geometry, PositionRelations
from nsvr.scene_graph.index import graph_index
from nsvr.scene_graph.models import Object, Relation, SceneGraph
from nsvr.scene_graph.relations import compute_relations_2d, compute_relations_3d, relate_clevr


def _pairwise_2d(objects: list[Object], width: int, height: int) -> set[tuple[str, str, str]]:
    """The 2D rules written pair by pair (the reference)."""
    found = set()
    boxed = [o for o in objects if o.box is not None]

    def centre(b):
        return (b[0] + b[2]) / 2, (b[1] + b[3]) / 2

    def area(b):
        return max(0.0, b[2] - b[0]) * max(0.0, b[3] - b[1])

    for a, b in permutations(boxed, 2):
        if centre(a.box)[0] + 0.01 * width < centre(b.box)[0]:
            found |= {(a.id, "left", b.id), (b.id, "right", a.id)}
        if centre(a.box)[1] + 0.01 * height < centre(b.box)[1]:
            found |= {(a.id, "above", b.id), (b.id, "below", a.id)}
    for i, a in enumerate(boxed):
        for b in boxed[i + 1 :]:
            w = min(a.box[2], b.box[2]) - max(a.box[0], b.box[0])
            h = min(a.box[3], b.box[3]) - max(a.box[1], b.box[1])
            shared = max(0.0, w) * max(0.0, h)
            if shared > 0:
                small, big = (a, b) if area(a.box) <= area(b.box) else (b, a)
                if area(small.box) > 0 and shared / area(small.box) >= 0.9:
                    found |= {(small.id, "inside", big.id), (big.id, "contains", small.id)}
                else:
                    found |= {(a.id, "overlaps", b.id), (b.id, "overlaps", a.id)}
            side = max((a.box[2] - a.box[0] + a.box[3] - a.box[1]) / 2, (b.box[2] - b.box[0] + b.box[3] - b.box[1]) / 2)
            dx = max(0.0, max(a.box[0], b.box[0]) - min(a.box[2], b.box[2]))
            dy = max(0.0, max(a.box[1], b.box[1]) - min(a.box[3], b.box[3]))
            if (dx * dx + dy * dy) ** 0.5 <= 0.5 * side:
                found |= {(a.id, "near", b.id), (b.id, "near", a.id)}
    return found


def _random_objects(n: int, seed: int) -> list[Object]:
    rng = random.Random(seed)
    objects = []
    for k in range(n):
        x, y = rng.randint(0, 90), rng.randint(0, 90)  # integers: ties in centres and areas happen
        box = None if k % 7 == 3 else (x, y, x + rng.randint(0, 20), y + rng.randint(0, 20))
        position = None if k % 5 == 2 else (rng.uniform(-3, 3), rng.uniform(-3, 3), rng.choice((0.35, 0.7)))
        objects.append(Object(id=f"o{k}", name="thing", box=box, position_3d=position))
    return objects


def _triples(relations: list[Relation]) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in relations}


@pytest.mark.parametrize("seed", range(4))
def test_box_rows_equal_the_pairwise_rules(seed):
    objects = _random_objects(40, seed)
    assert _triples(compute_relations_2d(objects, 100, 80)) == _pairwise_2d(objects, 100, 80)


@pytest.mark.parametrize("seed", range(3))
def test_clevr_rows_equal_the_renderers_formula(seed):
    positions = [o.position_3d or (0.0, 0.0, 0.0) for o in _random_objects(30, seed)]
    directions = {
        "left": (-0.6, -0.8, 0.0),
        "right": (0.6, 0.8, 0.0),
        "front": (0.8, -0.6, 0.0),
        "behind": (-0.8, 0.6, 0),
    }
    expected = set()
    for predicate, d in directions.items():
        for i, j in permutations(range(len(positions)), 2):
            if sum((positions[j][k] - positions[i][k]) * d[k] for k in range(3)) > 0.2:
                expected.add((str(j), predicate, str(i)))
    assert _triples(relate_clevr(positions, directions=directions)) == expected


def _graph(objects: list[Object], geometry: Geometry, relations: list[Relation] | None = None) -> SceneGraph:
    return SceneGraph(width=100, height=80, objects=objects, geometry=geometry, relations=relations or [])


@pytest.mark.parametrize(
    "geometry",
    [
        Geometry(boxes=BoxRelations()),
        Geometry(positions=PositionRelations()),
        Geometry(clevr=DirectionRelations()),
        Geometry(boxes=BoxRelations(margin=0.05), positions=PositionRelations(margin=0.3, near=2.0)),
    ],
)
def test_relate_from_any_set_is_the_union_of_the_rows(geometry):
    objects = _random_objects(25, 7)
    graph = _graph(objects, geometry)
    rows = _triples(graph.all_relations())
    ix = graph_index(graph)
    rng = random.Random(1)
    for predicate in sorted(geometry.predicates()):
        for size in (1, 2, 5, 25):
            sources = rng.sample(range(len(objects)), size)
            ids = {objects[s].id for s in sources}
            mask = sum(1 << s for s in sources)
            for role in ("subject", "object"):
                found = set(ix.ids_of(ix.related(mask, predicate, role)))
                if role == "subject":
                    expected = {a for a, p, b in rows if p == predicate and b in ids}
                else:
                    expected = {b for a, p, b in rows if p == predicate and a in ids}
                if size == 1:
                    expected -= ids
                assert found == expected, (predicate, size, role)


def test_stored_rows_and_declared_geometry_both_hold():
    objects = [Object(id="a", name="man", box=(0, 0, 10, 10)), Object(id="b", name="hat", box=(50, 0, 60, 10))]
    graph = _graph(objects, Geometry(boxes=BoxRelations()), [Relation(subject="a", predicate="wearing", object="b")])
    who_wears = P.Program(steps=[P.Select(name="hat"), P.Relate(inputs=[0], predicate="wearing"), P.Count(inputs=[1])])
    left_of_hat = P.Program(
        steps=[
            P.Select(name="hat"),
            P.Relate(inputs=[0], predicate="to the left of"),
            P.Query(inputs=[1], attribute="name"),
        ]
    )
    assert execute(who_wears, graph).value == 1
    assert execute(left_of_hat, graph).value == "man"
    assert ("a", "wearing", "b") in _triples(graph.all_relations())
    assert ("a", "left", "b") in _triples(graph.all_relations())


def test_materialized_graph_round_trips_and_answers_the_same():
    graph = _graph(_random_objects(12, 3), Geometry(boxes=BoxRelations(), clevr=DirectionRelations()))
    rows = graph.materialize_relations()
    assert rows.geometry is None and _triples(rows.relations) == _triples(graph.all_relations())
    assert SceneGraph.model_validate_json(graph.model_dump_json()) == graph
    program = P.Program(
        steps=[
            P.Scene(),
            P.Relate(inputs=[0], predicate="right"),  # from every object: the most permissive source decides
            P.Relate(inputs=[1], predicate="front"),
            P.Count(inputs=[2]),
        ]
    )
    assert execute(program, rows).value == execute(program, graph).value > 0


def test_objects_without_geometry_have_no_geometric_relations():
    objects = [Object(id="a", name="cup"), Object(id="b", name="cup", box=(0, 0, 5, 5), position_3d=(0, 0, 1))]
    graph = _graph(objects, Geometry(boxes=BoxRelations(), positions=PositionRelations()))
    assert all("a" not in (r.subject, r.object) for r in graph.all_relations())


def test_3d_rows_equal_the_pairwise_rule():
    objects = _random_objects(20, 11)
    placed = [o for o in objects if o.position_3d is not None]
    expected = set()
    for a, b in permutations(placed, 2):
        pa, pb = a.position_3d, b.position_3d
        for axis, less, more in ((0, "left", "right"), (1, "above", "below"), (2, "front", "behind")):
            if pa[axis] + 0.1 < pb[axis]:
                expected.add((a.id, less, b.id))
            if pa[axis] > pb[axis] + 0.1:
                expected.add((a.id, more, b.id))
        if float(np.linalg.norm(np.subtract(pa, pb))) <= 1.0:
            expected.add((a.id, "near", b.id))
    assert _triples(compute_relations_3d(objects)) == expected


def test_geometry_declaration_is_validated():
    with pytest.raises(ValueError, match="greater than or equal to 0"):
        BoxRelations(margin=-1)
    with pytest.raises(ValueError):
        Geometry(clevr=DirectionRelations(directions={"left": (1.0, 0.0)}))
