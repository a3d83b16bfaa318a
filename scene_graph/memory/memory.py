"""``SceneMemory``: camera frames fused into one persistent 3D scene graph, asked questions from any viewpoint.

>>> from nsvr.scene_graph.models import Attribute, Object, SceneGraph
>>> memory = SceneMemory()  # in memory; SceneMemory.open("memory.db") keeps it in a file
>>> cup = Object(id="0", name="cup", attributes={"color": Attribute(value="red")}, position_3d=(0.0, 0.0, 2.0))
>>> report = memory.observe(SceneGraph(width=64, height=48, objects=[cup]), timestamp=10.0)
>>> report.created
['m1']
>>> report = memory.observe(SceneGraph(width=64, height=48, objects=[cup]), timestamp=11.0)
>>> report.matched, memory.graph().object("m1").attribute("last_seen")
({'0': 'm1'}, 't=11 s')
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from nsvr.scene_graph.errors import NsvrError
from nsvr.scene_graph.executor import Answer, execute
from nsvr.scene_graph.memory.association import AssociationConfig, associate, nearby
from nsvr.scene_graph.memory.camera import UP, as_intrinsics, as_pose
from nsvr.scene_graph.memory.fusion import FusionConfig, MemoryObject
from nsvr.scene_graph.memory.lifting import Frame, LiftingConfig, Observation, lift_frame
from nsvr.scene_graph.memory.store import MemoryStore
from nsvr.scene_graph.memory.views import HISTORY_ATTRIBUTES, Viewpoint, describe_place, describe_time, memory_graph
from nsvr.scene_graph.memory.visibility import VisibilityConfig, in_view, miss_kinds
from nsvr.scene_graph.models import SceneGraph
from nsvr.scene_graph.program import Program

Planner = Callable[[str], Program]


class SceneMemoryError(NsvrError, ValueError):
    """A memory operation that cannot be done as asked (no planner for a question, unknown viewpoint ...)."""


class MemoryConfig(BaseModel):
    """Every setting of a memory; stored in its file (the file's own settings win unless new ones are given)."""

    model_config = ConfigDict(extra="forbid")

    lifting: LiftingConfig = Field(default_factory=LiftingConfig)
    association: AssociationConfig = Field(default_factory=AssociationConfig)
    fusion: FusionConfig = Field(default_factory=FusionConfig)
    visibility: VisibilityConfig = Field(default_factory=VisibilityConfig)
    relation_margin: float = Field(default=0.2, ge=0, description="CLEVR's eps for left/right/front/behind")
    up: tuple[float, float, float] = Field(default=UP, description="the world's up axis (ground normal)")


class ObserveReport(BaseModel):
    """What one ``observe`` did: memory ids matched (perception id -> memory id), created, missed, removed."""

    frame: int
    name: str
    detections: int
    placed: int
    unplaced: list[str] = Field(default_factory=list, description="objects with no depth and no 3D estimate")
    matched: dict[str, str] = Field(default_factory=dict)
    created: list[str] = Field(default_factory=list)
    moved: list[str] = Field(default_factory=list)
    missed: dict[str, str] = Field(default_factory=dict, description="memory id -> kind of miss")
    removed: list[str] = Field(default_factory=list)
    seconds: float = 0.0


class SceneMemory:
    """A persistent 3D scene memory in an SQLite file (``":memory:"``: none). ``planner`` turns questions into
    programs for :meth:`ask` (e.g. ``nsvr.agent.parser.parse``; the scene-graph layer does not import planners)."""

    def __init__(
        self, path: str | Path = ":memory:", config: MemoryConfig | None = None, planner: Planner | None = None
    ) -> None:
        self.store = MemoryStore(path)
        stored = self.store.meta().get("config")
        if config is not None:
            self.config = config
            self.store.put_meta({"config": config.model_dump(mode="json")})
        elif stored is not None:
            self.config = MemoryConfig.model_validate(stored)
        else:
            self.config = MemoryConfig()
            self.store.put_meta({"config": self.config.model_dump(mode="json")})
        self.planner = planner
        self._load()

    @classmethod
    def open(cls, path: str | Path, config: MemoryConfig | None = None, planner: Planner | None = None) -> SceneMemory:
        """Open (or create) the memory file at ``path``; a reopened memory continues where it stopped."""
        return cls(path, config=config, planner=planner)

    def _load(self) -> None:
        """Read what every frame needs: frame names, object states, the id counter. Objects' fused records are
        parsed when an object is first needed (:meth:`_get`)."""
        self._objects: dict[str, MemoryObject] = {}
        self._states = self.store.states()
        self._frames: dict[int, dict[str, Any]] = {f["id"]: f for f in self.store.frames()}
        self._last_frame = max(self._frames, default=0)
        self._next_object = int(self.store.meta().get("next_object", 1))
        self._live_cache: tuple[list[str], np.ndarray, np.ndarray, dict[str, int]] | None = None

    def _get(self, ids: list[str]) -> list[MemoryObject]:
        """The objects ``ids``, parsing the records not read yet in one query."""
        missing = [i for i in ids if i not in self._objects]
        for object_id, record in self.store.records(missing):
            self._objects[object_id] = MemoryObject.from_record(object_id, record)
        return [self._objects[i] for i in ids]

    def _live(self) -> tuple[list[str], np.ndarray, np.ndarray]:
        """Ids, positions and half-widths of the objects not gone, as arrays (kept between frames, so a frame
        costs what it touches plus one vectorised pass over the memory)."""
        if self._live_cache is None:
            rows = self.store.placed(("present", "tentative"))
            ids = [row[0] for row in rows]
            numbers = np.array([row[1:] for row in rows], dtype=np.float64).reshape(-1, 4)
            self._live_cache = (ids, numbers[:, :3].copy(), numbers[:, 3].copy(), {i: k for k, i in enumerate(ids)})
        ids, positions, extents, _ = self._live_cache
        return ids, positions, extents

    def _refresh_live(self, changed: dict[str, MemoryObject]) -> None:
        if self._live_cache is None:
            return
        ids, positions, extents, rows = self._live_cache
        if any(o.state == "gone" for o in changed.values()):
            self._live_cache = None  # objects left: rebuilt on the next frame
            return
        arrived = [o for o in changed.values() if o.id not in rows]
        for obj in changed.values():
            if obj.id in rows:
                positions[rows[obj.id]] = obj.position
                extents[rows[obj.id]] = obj.extent
        if arrived:
            rows.update({o.id: len(ids) + k for k, o in enumerate(arrived)})
            ids.extend(o.id for o in arrived)
            positions = np.vstack([positions, [o.position for o in arrived]])
            extents = np.concatenate([extents, [o.extent for o in arrived]])
            self._live_cache = (ids, positions, extents, rows)

    # --- reading ---------------------------------------------------------------------------------------------
    @property
    def frame_count(self) -> int:
        return len(self._frames)

    def objects(self, include_gone: bool = False, include_tentative: bool = False) -> list[MemoryObject]:
        """The remembered objects: the present ones; with ``include_tentative`` also those seen with too little
        evidence so far, with ``include_gone`` also those judged moved or removed."""
        states = {"present"} | ({"tentative"} if include_tentative else set()) | ({"gone"} if include_gone else set())
        return self._get([i for i, state in self._states.items() if state in states])

    def object(self, object_id: str) -> MemoryObject:
        if object_id not in self._states:
            raise SceneMemoryError(f"no remembered object {object_id!r} (known: {', '.join(self._states) or '-'})")
        return self._get([object_id])[0]

    def history(self, object_id: str) -> list[dict[str, Any]]:
        """Every sighting of the object, oldest first: frame id and name, time, world position, detection score."""
        self.object(object_id)
        return [
            {**s, "frame_name": self._frames[s["frame"]]["name"], "timestamp": self._frames[s["frame"]]["timestamp"]}
            for s in self.store.sightings(object_id)
        ]

    def viewpoint(
        self, viewpoint: Any = None, intrinsics: Any = None, size: tuple[int, int] | None = None
    ) -> Viewpoint:
        """A :class:`Viewpoint` from a pose (any form :func:`~.camera.as_pose` reads), a frame id (that frame's
        camera) or None (the last frame's camera); intrinsics and size default to the frame's."""
        if isinstance(viewpoint, Viewpoint):
            return viewpoint
        if viewpoint is None or (isinstance(viewpoint, int) and not isinstance(viewpoint, bool)):
            frame_id = self._last_frame if viewpoint is None else viewpoint
            record = self.store.frame(frame_id) if frame_id else None
            if viewpoint is not None and record is None:
                raise SceneMemoryError(f"no frame {frame_id} in the memory (frames 1..{self._last_frame})")
            pose = as_pose(record["pose"]) if record and record["pose"] is not None else np.eye(4)
        else:
            pose = as_pose(viewpoint)
            record = self.store.frame(self._last_frame) if self._last_frame else None  # its camera model
        known_k = record.get("intrinsics") if record else None
        k = as_intrinsics(intrinsics) if intrinsics is not None else as_intrinsics(known_k) if known_k else None
        width, height = size if size is not None else ((record["width"], record["height"]) if record else (0, 0))
        return Viewpoint(pose=pose, intrinsics=k, width=int(width or 0), height=int(height or 0))

    def graph(
        self,
        viewpoint: Any = None,
        *,
        intrinsics: Any = None,
        size: tuple[int, int] | None = None,
        include_gone: bool = False,
    ) -> SceneGraph:
        """The memory as a :class:`SceneGraph` seen from ``viewpoint`` (see :meth:`viewpoint`)."""
        chosen = self.viewpoint(viewpoint, intrinsics, size)
        objects = sorted(self.objects(include_gone), key=lambda o: (o.state != "present", _number(o)))
        candidates = sorted(self._get([i for i, s in self._states.items() if s == "tentative"]), key=_number)
        names = {frame_id: f["name"] for frame_id, f in self._frames.items()}
        vocabulary = self.store.meta().get("vocabulary")
        return memory_graph(
            objects,
            chosen,
            names,
            up=self.config.up,
            eps=self.config.relation_margin,
            candidates=candidates,
            confirm_existence=self.config.fusion.confirm_existence,
            vocabulary=vocabulary,
            metadata={"memory": {"path": self.store.path, "frames": self.frame_count}},
        )

    def ask(self, question: str | Program, viewpoint: Any = None, planner: Planner | None = None) -> Answer:
        """Answer ``question`` (or run a program) on the memory seen from ``viewpoint``; evidence = memory ids.
        A program that asks about the observation history (:data:`HISTORY_ATTRIBUTES`) and finds nothing present
        is run again on everything the memory ever saw, so "where did you last see X" works after X was removed."""
        if isinstance(question, Program):
            program = question
        else:
            chosen = planner or self.planner
            if chosen is None:
                raise SceneMemoryError(
                    "no planner to read the question: pass planner=nsvr.agent.parser.parse (or a Program)"
                )
            try:
                program = chosen(question)
            except (NsvrError, ValueError) as error:
                return Answer(value=None, answer_type="value", status="error", reason=f"planning failed: {error}")
        answer = execute(program, self.graph(viewpoint))
        if answer.status == "unknown" and _reads_history(program):
            remembered = execute(program, self.graph(viewpoint, include_gone=True))
            if remembered.status == "ok":
                return remembered
        return answer

    # --- writing ---------------------------------------------------------------------------------------------
    def observe(self, frame: Frame | SceneGraph, **fields: Any) -> ObserveReport:
        """Fuse one frame (a :class:`Frame`, or a scene graph with the Frame's fields as keywords: depth,
        intrinsics, pose, timestamp (default: now), name, estimate_camera) into the memory, in one transaction."""
        started = time.perf_counter()
        if isinstance(frame, SceneGraph):
            frame = Frame(graph=frame, **fields)
        elif fields:
            raise SceneMemoryError("give either a Frame or a SceneGraph with keyword fields, not both")
        timestamp = float(frame.timestamp) if frame.timestamp is not None else time.time()
        observations, unplaced = lift_frame(frame, self.config.lifting)
        with self.store.transaction():
            if self.store.last_frame() != self._last_frame:  # another process wrote to the file meanwhile
                self._load()
            frame_id = self._last_frame + 1
            name = frame.name or str(frame.graph.metadata.get("image_filename") or frame_id)
            report = ObserveReport(
                frame=frame_id, name=name, detections=len(frame.graph.objects), placed=len(observations)
            )
            report.unplaced = unplaced
            changed, next_object = self._fuse(observations, frame, timestamp, report)
            changed.update(self._misses(observations, unplaced, frame, set(changed), report))
            self._write(frame, observations, changed, next_object, timestamp, report)
        self._objects.update(changed)
        self._states.update({o.id: o.state for o in changed.values()})
        self._refresh_live(changed)
        self._frames[frame_id] = {"id": frame_id, "name": name, "timestamp": timestamp}
        self._last_frame = frame_id
        self._next_object = next_object
        report.seconds = time.perf_counter() - started
        return report

    def _fuse(
        self, observations: list[Observation], frame: Frame, timestamp: float, report: ObserveReport
    ) -> tuple[dict[str, MemoryObject], int]:
        """Match the observations to nearby remembered objects and fuse them; the rest become new objects.
        Returns the changed objects and the next free object number."""
        ids, positions, extents = self._live()
        present = self._get([ids[j] for j in nearby(observations, positions, extents, self.config.association)])
        pairs = associate(observations, present, frame, self.config.association)
        changed: dict[str, MemoryObject] = {}
        for i, j in pairs:
            known, seen = present[j], observations[i]
            changed[known.id] = known.fused(seen, report.frame, timestamp, self.config.fusion)
            report.matched[seen.source_id] = known.id
            if changed[known.id].moves > known.moves:
                report.moved.append(known.id)
        next_object = self._next_object
        matched_rows = {i for i, _ in pairs}
        for i, seen in enumerate(observations):
            if i not in matched_rows:
                new_id = f"m{next_object}"
                next_object += 1
                changed[new_id] = MemoryObject.create(new_id, seen, report.frame, timestamp, self.config.fusion)
                report.created.append(new_id)
                report.matched[seen.source_id] = new_id
        return changed, next_object

    def _misses(
        self,
        observations: list[Observation],
        unplaced: list[str],
        frame: Frame,
        seen_ids: set[str],
        report: ObserveReport,
    ) -> dict[str, MemoryObject]:
        """The remembered objects in view that this frame should have shown and did not, after the miss."""
        ids, positions, extents = self._live()
        visible = np.flatnonzero(in_view(positions, extents, frame, self.config.visibility))
        unmatched = self._get([ids[j] for j in visible if ids[j] not in seen_ids])
        unplaced_boxes = [o.box for o in frame.graph.objects if o.id in set(unplaced) and o.box is not None]
        detected_boxes = [o.box for o in observations if o.box is not None] + unplaced_boxes
        kinds = miss_kinds(unmatched, frame, unplaced_boxes, detected_boxes, self.config.visibility)
        missed: dict[str, MemoryObject] = {}
        for obj, kind in zip(unmatched, kinds, strict=True):
            if kind is not None:
                missed[obj.id] = obj.missed(kind, report.frame, self.config.fusion)
                report.missed[obj.id] = kind
                if missed[obj.id].state == "gone":
                    report.removed.append(obj.id)
        return missed

    def _write(
        self,
        frame: Frame,
        observations: list[Observation],
        changed: dict[str, MemoryObject],
        next_object: int,
        timestamp: float,
        report: ObserveReport,
    ) -> None:
        """The frame's rows, inside the open transaction."""
        by_source = {o.source_id: o for o in observations}
        sightings = [
            (memory_id, report.frame, source, *map(float, by_source[source].position), float(by_source[source].score))
            for source, memory_id in report.matched.items()
        ]
        vocabulary = self._merged_vocabulary(frame.graph.vocabulary)
        self.store.write_frame(
            {
                "id": report.frame,
                "name": report.name,
                "timestamp": timestamp,
                "pose": frame.pose.tolist(),
                "intrinsics": frame.intrinsics.tolist() if frame.intrinsics is not None else None,
                "width": frame.graph.width,
                "height": frame.graph.height,
                "detections": report.detections,
                "placed": report.placed,
                "report": report.model_dump(include={"matched", "created", "moved", "missed", "removed"}),
            },
            [
                (o.id, o.name, o.state, o.last_frame, *map(float, o.position), o.extent, o.to_record())
                for o in changed.values()
            ],
            sightings,
            {"next_object": next_object, **({"vocabulary": vocabulary} if vocabulary is not None else {})},
        )

    def _merged_vocabulary(self, frame_vocabulary: list[str] | None) -> list[str] | None:
        """The names any frame's perception could detect (None while every frame was closed-world)."""
        if frame_vocabulary is None:
            return None
        known = self.store.meta().get("vocabulary") or []
        return sorted(set(known) | set(frame_vocabulary))

    # --- export and lifetime ---------------------------------------------------------------------------------
    def export(self) -> dict[str, Any]:
        """Everything as JSON-ready data: settings, frames (cameras, what each did) and objects with their fused
        position, uncertainty, attribute distributions, history and the frames that saw them."""
        seen_in: dict[str, list[int]] = {}
        for sighting in self.store.sightings():
            seen_in.setdefault(sighting["object"], []).append(sighting["frame"])
        names = {frame_id: f["name"] for frame_id, f in self._frames.items()}
        objects = []
        for obj in sorted(self.objects(include_gone=True, include_tentative=True), key=_number):
            objects.append(
                {
                    "id": obj.id,
                    "state": obj.state,
                    "name": obj.name,
                    "position": [round(float(x), 5) for x in obj.position],
                    "std": [round(float(x), 5) for x in np.sqrt(np.diag(obj.covariance))],
                    "extent": round(obj.extent, 5),
                    "attributes": {k: obj.distribution(k) for k in obj.votes},
                    "times_seen": obj.hits,
                    "existence": round(obj.existence, 4),
                    "first_seen": describe_time(obj.first_time, names.get(obj.first_frame, str(obj.first_frame))),
                    "last_seen": describe_time(obj.last_time, names.get(obj.last_frame, str(obj.last_frame))),
                    "location": describe_place(obj.last_position),
                    "frames": seen_in.get(obj.id, []),
                    "gone_frame": obj.gone_frame,
                }
            )
        return {
            "format": "nsvr-scene-memory",
            "config": self.config.model_dump(mode="json"),
            "frames": [self.store.frame(frame_id) for frame_id in sorted(self._frames)],
            "objects": objects,
        }

    def export_json(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.export(), indent=1), encoding="utf-8")

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> SceneMemory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _number(obj: MemoryObject) -> int:
    return int(obj.id[1:])


def _reads_history(program: Program) -> bool:
    return any(getattr(step, "attribute", None) in HISTORY_ATTRIBUTES for step in program.steps)
