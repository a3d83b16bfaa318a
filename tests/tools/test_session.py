"""Perception that follows the program: only the tools a program needs run, once per image."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from nsvr.scene_graph.program import Count, Program, Query, Select, Unique
from nsvr.tools.builder import PerceptionConfig, PerceptionPipeline, ToolSpec
from nsvr.tools.image_io import load_image
from nsvr.tools.needs import needs_of
from nsvr.tools.session import ProgramPerceiver, ToolCall, perceive_with

pytest.importorskip("cv2")

COUNT = Program(steps=[Select(name="red blob"), Count(inputs=[0])])
COLOUR = Program(steps=[Select(name="blue blob"), Unique(inputs=[0]), Query(inputs=[1], attribute="color")])


@pytest.fixture
def pipeline(blob_detector_class) -> PerceptionPipeline:
    config = PerceptionConfig(
        detectors=[], regions=None, ocr=None, attributes=[ToolSpec(name="color"), ToolSpec(name="size")]
    )
    return PerceptionPipeline(config, tools=[blob_detector_class()])


def ran(calls: list[ToolCall]) -> list[str]:
    return [c.tool for c in calls if not c.cached]


def test_a_count_runs_the_detector_only_and_a_colour_question_adds_masks_of_what_it_asks(pipeline, blobs_image):
    session = pipeline.session(load_image(blobs_image))
    calls: list[ToolCall] = []
    counted = session.graph(needs_of(COUNT), calls)
    assert ran(calls) == ["colour-blobs"] and all(not o.attributes and o.mask is None for o in counted.objects)
    calls = []
    coloured = session.graph(needs_of(COLOUR), calls)
    assert ran(calls) == ["grabcut", "color"] and [c.tool for c in calls if c.cached] == ["colour-blobs"]
    blue = [o for o in coloured.objects if o.name == "blue blob"]
    red = [o for o in coloured.objects if o.name == "red blob"]
    assert blue[0].attribute("color") == "blue" and blue[0].mask is not None
    assert all(o.mask is None and o.attribute("color") is None for o in red)  # nobody asked about them
    assert [o.id for o in counted.objects] == [o.id for o in coloured.objects]  # ids are stable


def test_the_same_needs_again_are_served_from_the_session(pipeline, blobs_image):
    session = pipeline.session(load_image(blobs_image))
    first = session.graph(needs_of(COLOUR))
    calls: list[ToolCall] = []
    assert session.graph(needs_of(COLOUR), calls) is first
    assert [(c.tool, c.cached) for c in calls] == [("scene-graph", True)]


def test_the_eager_graph_is_the_same_machinery_with_every_need(pipeline, blobs_image):
    eager = pipeline.run([load_image(blobs_image)])[0]
    assert all(o.attribute("color") and o.mask is not None for o in eager.objects) and eager.all_relations()


def test_a_program_perceiver_keeps_sessions_per_image_file(pipeline, blobs_image, tmp_path: Path):
    from PIL import Image

    path = tmp_path / "blobs.png"
    Image.fromarray(blobs_image).save(path)
    perceiver = ProgramPerceiver(pipeline)
    calls: list[ToolCall] = []
    perceiver(path, COUNT, calls)
    assert ran(calls) == ["load-image", "colour-blobs"]
    again: list[ToolCall] = []
    graph = perceive_with(perceiver, path, COUNT)
    assert perceiver.last_calls and all(c.cached for c in perceiver.last_calls)
    perceiver(str(path), COUNT, again)
    assert all(c.cached for c in again) and graph.objects
    assert perceive_with(lambda image: graph, path, COUNT) is graph  # plain image -> graph functions still work


def test_closed_set_detectors_skip_images_when_no_name_is_theirs(pipeline, blobs_image):
    calls: list[ToolCall] = []
    graph = pipeline.session(load_image(blobs_image)).graph(
        needs_of(Program(steps=[Select(name="giraffe"), Count(inputs=[0])])), calls
    )
    assert calls == [] and graph.objects == [] and "giraffe" not in (graph.vocabulary or [])


def test_flat_drawings_get_the_region_proposer_and_its_names_win():
    from nsvr.tools.shape_scenes import generate_scene

    scene = generate_scene(np.random.default_rng(4), side=192, count=3)
    pipeline = PerceptionPipeline(PerceptionConfig())  # the default: the detector, regions on flat drawings
    calls: list[ToolCall] = []
    graph = pipeline.session(load_image(scene.image)).graph(
        needs_of(Program(steps=[Select(name="shape"), Count(inputs=[0])])), calls
    )
    assert "shapes" in ran(calls)
    assert {o.source for o in graph.objects} == {"shapes"}  # no COCO guesses at drawn shapes
    assert len(graph.objects) == len(scene.shapes) and "triangle" in (graph.vocabulary or [])
    # the detector did not run on the drawing: what it would name was not looked for ("how many people": unknown)
    assert "person" not in (graph.vocabulary or [])


def test_open_vocabulary_detectors_are_asked_for_the_programs_names_once_each(blob_detector_class, blobs_image):
    class PromptedBlobs(blob_detector_class):  # type: ignore[misc, valid-type]
        """Finds only the blob kinds it is asked for, like YOLO-World told its classes."""

        open_vocabulary = True
        classes = None

        def __init__(self, **options) -> None:  # noqa: ANN003 - the detector's options
            super().__init__(**options)
            self.asked: list[list[str]] = []

        def _predict(self, model, inputs):  # noqa: ANN001, ANN202 - the Tool hook
            self.asked.append(list(inputs[0].vocabulary or []))
            found = super()._predict(model, inputs)
            return [d.filter(names=inputs[0].vocabulary or []) for d in found]

    detector = PromptedBlobs()
    config = PerceptionConfig(detectors=[], regions=None, ocr=None, segmenter=None, attributes=[])
    session = PerceptionPipeline(config, tools=[detector]).session(load_image(blobs_image))
    red = session.graph(needs_of(COUNT))
    assert detector.asked == [["red blob"]] and {o.name for o in red.objects} == {"red blob"}
    assert red.vocabulary == ["red blob"]  # what it was asked for is what it can be said to see
    both = session.graph(needs_of(COLOUR))
    assert detector.asked == [["red blob"], ["blue blob"]]  # only the new name is asked
    assert {o.name for o in both.objects} == {"red blob", "blue blob"}
    session.graph(needs_of(COUNT))
    assert len(detector.asked) == 2
