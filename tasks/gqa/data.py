"""Loading GQA files: questions, scene graphs, choices. A missing or malformed file is one
:class:`~nsvr.tasks.bench_common.BenchInputError` naming it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from nsvr.scene_graph.errors import NsvrError
from nsvr.scene_graph.gqa import GqaFormatError, scene_from_gqa
from nsvr.scene_graph.models import SceneGraph
from nsvr.tasks.bench_common import BenchInputError, load_json


def _load_dict(path: Path, what: str) -> dict[str, Any]:
    data = load_json(path, what)
    if not isinstance(data, dict):
        raise BenchInputError(f"{what} file {path} must be a JSON object keyed by id, got {type(data).__name__}")
    return {str(key): value for key, value in data.items()}


def load_gqa_questions(path: Path, balanced_only: bool = True) -> dict[str, Any]:
    """Questions keyed by question id, in file order (``isBalanced: false`` ones dropped unless asked).

    Records are returned as they are: a malformed one is reported when it is run, not here."""
    questions = _load_dict(path, "GQA questions")
    if balanced_only:
        questions = {
            qid: q for qid, q in questions.items() if not (isinstance(q, Mapping) and q.get("isBalanced") is False)
        }
    return questions


def load_gqa_choices(path: Path) -> dict[str, Any]:
    """``{questionId: {"valid": [...], "plausible": [...]}}`` from a GQA ``*_choices.json`` (an entry or list of
    another shape counts as absent)."""
    choices = {}
    for qid, entry in _load_dict(path, "GQA choices").items():
        if isinstance(entry, Mapping):
            choices[qid] = {
                key: [w for w in entry.get(key) or [] if isinstance(w, str)] if isinstance(entry.get(key), list) else []
                for key in ("valid", "plausible")
            }
    return choices


class GqaSceneGraphs:
    """The images of a GQA scene-graphs file, converted to :class:`SceneGraph` on first use and cached."""

    def __init__(self, raw: Mapping[str, Any], path: Path | None = None) -> None:
        self.raw, self.path = raw, path
        self.cache: dict[str, SceneGraph] = {}

    @classmethod
    def load(cls, path: Path) -> GqaSceneGraphs:
        return cls(_load_dict(path, "GQA scene graphs"), Path(path))

    def __contains__(self, image_id: object) -> bool:
        return str(image_id) in self.raw

    def get(self, image_id: str) -> SceneGraph:
        """The graph of ``image_id``; LookupError when absent, GqaFormatError when malformed (both name it)."""
        image_id = str(image_id)
        if image_id in self.cache:
            return self.cache[image_id]
        if image_id not in self.raw:
            raise LookupError(f"image {image_id} is not in the scene graphs file {self.path or ''}".rstrip())
        scene = self.raw[image_id]
        if not isinstance(scene, Mapping):
            raise GqaFormatError(f"GQA scene graph {image_id}: must be an object, got {type(scene).__name__}")
        graph = scene_from_gqa(scene, image_id)
        self.cache[image_id] = graph
        return graph


class PerceivedSceneGraphs:
    """GQA from pixels: the scene graph of ``images/<imageId>.jpg`` (or .png) built by ``perceive`` on first use.

    Same ``get`` as :class:`GqaSceneGraphs`; an image that is missing or cannot be perceived is a LookupError
    naming it, so the runner counts it as an error and goes on."""

    def __init__(self, images: Path, perceive: Callable[[Path], SceneGraph]) -> None:
        self.images, self.perceive = Path(images), perceive
        self.cache: dict[str, SceneGraph] = {}

    def get(self, image_id: str) -> SceneGraph:
        image_id = str(image_id)
        if image_id not in self.cache:
            found = [p for p in (self.images / f"{image_id}{s}" for s in (".jpg", ".jpeg", ".png")) if p.is_file()]
            if not found:
                raise LookupError(f"image {image_id} not found in {self.images}")
            try:
                self.cache[image_id] = self.perceive(found[0])
            except NsvrError as error:
                raise LookupError(f"image {image_id} could not be perceived: {error}") from error
        return self.cache[image_id]
