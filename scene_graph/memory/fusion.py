"""One remembered object and how observations change it.

Positions fuse as Gaussian information (the inverse covariance of each observation, summed): views from different
directions constrain each other's loose depth, a confident observation weighs more. Categories and attributes
fuse as votes (probability mass times detection score) whose normalised totals are the remembered distribution.
Existence is evidence that hits raise (by detection score times objectness) and visibility-aware misses lower: a
new object is tentative until it reaches ``confirm_existence``, and gone at zero.

>>> from nsvr.scene_graph.memory.lifting import Observation
>>> seen = Observation("a", np.array([1.0, 0, 0]), np.eye(3) * 0.01, 0.3, 0.9, {"name": {"cup": 1.0}})
>>> obj = MemoryObject.create("m1", seen, frame=1, time=None, config=FusionConfig())
>>> obj.name, obj.position.round(3).tolist(), obj.hits
('cup', [1.0, 0.0, 0.0], 1)
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from nsvr.scene_graph.memory.lifting import Observation

MissKind = Literal["unseen", "free", "frustum"]


class FusionConfig(BaseModel):
    """Evidence weights and limits of fusion."""

    model_config = ConfigDict(extra="forbid")

    max_existence: float = Field(default=3.0, gt=0, description="existence evidence saturates here")
    confirm_existence: float = Field(
        default=0.5, gt=0, description="a new object is tentative (a graph candidate) until its evidence reaches this"
    )
    unseen_miss: float = Field(
        default=0.75, ge=0, description="evidence lost when the object should be visible (depth agrees) but is not seen"
    )
    free_miss: float = Field(default=1.5, ge=0, description="evidence lost when the depth sees through where it was")
    frustum_miss: float = Field(default=0.4, ge=0, description="evidence lost when in view but no depth to check")
    move_ratio: float = Field(
        default=0.5, gt=0, description="an inconsistent observation this many half-widths away means the object moved"
    )
    move_chi2: float = Field(default=16.0, gt=0, description="... and this inconsistent (Mahalanobis squared)")
    min_sigma_ratio: float = Field(default=0.02, gt=0, description="position std never falls below this x half-width")


@dataclass
class MemoryObject:
    """A remembered object: fused position (information form), size, votes, history and existence."""

    id: str
    information: np.ndarray
    information_vector: np.ndarray
    extent: float
    votes: dict[str, dict[str, float]]
    hits: int
    existence: float
    first_frame: int
    last_frame: int
    first_time: float | None
    last_time: float | None
    last_position: np.ndarray
    misses: int = 0
    state: Literal["tentative", "present", "gone"] = "present"
    gone_frame: int | None = None
    weight: float = 0.0
    size_weight: float = 0.0
    moves: int = 0
    _position: np.ndarray | None = field(default=None, repr=False, compare=False)

    @classmethod
    def create(
        cls, object_id: str, seen: Observation, frame: int, time: float | None, config: FusionConfig
    ) -> MemoryObject:
        information = np.linalg.inv(seen.covariance)
        existence = min(config.max_existence, seen.score * seen.objectness)
        return cls(
            id=object_id,
            information=information,
            information_vector=information @ seen.position,
            extent=seen.extent,
            votes={k: {v: p * seen.score for v, p in d.items()} for k, d in seen.votes.items()},
            hits=1,
            existence=existence,
            state="present" if existence >= config.confirm_existence else "tentative",
            first_frame=frame,
            last_frame=frame,
            first_time=time,
            last_time=time,
            last_position=np.array(seen.position, dtype=np.float64),
            weight=seen.score,
            size_weight=seen.score * (1.0 - seen.occlusion) + 1e-6,
        )._capped(config)

    @property
    def position(self) -> np.ndarray:
        if self._position is None:
            self._position = np.linalg.solve(self.information, self.information_vector)
        return self._position

    @property
    def covariance(self) -> np.ndarray:
        return np.linalg.inv(self.information)

    @property
    def name(self) -> str:
        return self.value("name") or "object"

    def distribution(self, attribute: str) -> dict[str, float]:
        """The remembered distribution of ``attribute`` (value -> probability), most likely first."""
        votes = self.votes.get(attribute, {})
        total = sum(votes.values())
        if total <= 0:
            return {}
        return {v: w / total for v, w in sorted(votes.items(), key=lambda item: -item[1])}

    def value(self, attribute: str) -> str | None:
        found = self.distribution(attribute)
        return next(iter(found)) if found else None

    def _capped(self, config: FusionConfig) -> MemoryObject:
        """Limit the information so that the position never becomes infinitely certain (a moved object can then
        still be noticed and old evidence still gives way)."""
        ceiling = 1.0 / (config.min_sigma_ratio * max(self.extent, 1e-6)) ** 2
        largest = float(np.linalg.eigvalsh(self.information)[-1])
        if largest > ceiling:
            scale = ceiling / largest
            self.information = self.information * scale
            self.information_vector = self.information_vector * scale
        self._position = None
        return self

    def moved_to(self, seen: Observation, config: FusionConfig) -> bool:
        """Whether ``seen`` (matched to this object) says the object moved: far and inconsistent."""
        offset = seen.position - self.position
        distance = float(np.linalg.norm(offset))
        if distance <= config.move_ratio * max(self.extent, seen.extent):
            return False
        chi2 = float(offset @ np.linalg.solve(seen.covariance + self.covariance, offset))
        return chi2 > config.move_chi2

    def fused(self, seen: Observation, frame: int, time: float | None, config: FusionConfig) -> MemoryObject:
        """This object after also seeing ``seen`` in ``frame``."""
        information = np.linalg.inv(seen.covariance)
        moved = self.moved_to(seen, config)
        if moved:  # start the position afresh: the old evidence is about a place the object left
            total_information, total_vector = information, information @ seen.position
        else:
            total_information = self.information + information
            total_vector = self.information_vector + information @ seen.position
        votes = {k: dict(d) for k, d in self.votes.items()}
        for key, distribution in seen.votes.items():
            bucket = votes.setdefault(key, {})
            for value, p in distribution.items():
                bucket[value] = bucket.get(value, 0.0) + p * seen.score
        weight = self.weight + seen.score
        existence = min(config.max_existence, self.existence + seen.score * seen.objectness)
        size_weight = seen.score * (1.0 - seen.occlusion)  # a cut silhouette under-measures the width
        return replace(
            self,
            information=total_information,
            information_vector=total_vector,
            extent=(self.extent * self.size_weight + seen.extent * size_weight)
            / max(self.size_weight + size_weight, 1e-9),
            votes=votes,
            hits=self.hits + 1,
            existence=existence,
            state="present" if self.state == "present" or existence >= config.confirm_existence else "tentative",
            last_frame=frame,
            last_time=time,
            last_position=np.array(seen.position, dtype=np.float64),
            misses=0,
            weight=weight,
            size_weight=self.size_weight + size_weight,
            moves=self.moves + int(moved),
            _position=None,
        )._capped(config)

    def missed(self, kind: MissKind, frame: int, config: FusionConfig) -> MemoryObject:
        """This object after ``frame`` should have shown it and did not; gone when no evidence is left."""
        cost = {"unseen": config.unseen_miss, "free": config.free_miss, "frustum": config.frustum_miss}[kind]
        existence = self.existence - cost
        gone = existence <= 0
        return replace(
            self,
            existence=existence,
            misses=self.misses + 1,
            state="gone" if gone else self.state,
            gone_frame=frame if gone else self.gone_frame,
        )

    def to_record(self) -> dict[str, Any]:
        """A JSON-ready dict of everything (the persistence layer stores it)."""
        return {
            "information": self.information.tolist(),
            "information_vector": self.information_vector.tolist(),
            "extent": self.extent,
            "votes": self.votes,
            "hits": self.hits,
            "existence": self.existence,
            "first_frame": self.first_frame,
            "last_frame": self.last_frame,
            "first_time": self.first_time,
            "last_time": self.last_time,
            "last_position": self.last_position.tolist(),
            "misses": self.misses,
            "state": self.state,
            "gone_frame": self.gone_frame,
            "weight": self.weight,
            "size_weight": self.size_weight,
            "moves": self.moves,
        }

    @classmethod
    def from_record(cls, object_id: str, record: dict[str, Any]) -> MemoryObject:
        values = dict(record)
        for key in ("information", "information_vector", "last_position"):
            values[key] = np.asarray(values[key], dtype=np.float64)
        return cls(id=object_id, **values)
