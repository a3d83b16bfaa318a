"""How a scene graph declares its geometric relations: which families are computed on demand, with what margins.

Geometric relations (left, right, above, below, front, behind, near, inside, contains, overlaps) are functions of
the objects' boxes or positions, not rows: a graph says which families hold for it, and the executor computes
them for the objects a program asks about (vectorised with numpy, cached per graph; see
:mod:`nsvr.scene_graph.spatial`). Relations that geometry cannot give ("wearing", relations read from a file) stay
rows in ``SceneGraph.relations``; a predicate holds when a stored row or any declared family says so.

Four families:

- :class:`BoxRelations`: 2D from ``Object.box`` (pixels): left/right, above/below by box centres, inside/contains/
  overlaps by shared area, near by the gap between boxes.
- :class:`PositionRelations`: camera-frame 3D from ``Object.position_3d`` (x right, y down, z forward, as OpenCV's
  pinhole camera): left/right by x, above/below by y, front/behind by z, near by distance.
- :class:`LayerRelations`: a flat drawing's paint order, from each shape's ``layer`` attribute: front/behind
  (on top of, covering) between shapes whose masks meet.
- :class:`DirectionRelations`: CLEVR's rule on ``position_3d``: ``a rel b`` when ``(pos_a - pos_b) . d_rel > eps``,
  one direction vector per predicate (CLEVR's default camera, or one per viewpoint for a 3D scene memory).

>>> g = Geometry(clevr=DirectionRelations())
>>> sorted(g.predicates())
['behind', 'front', 'left', 'right']
>>> Geometry.model_validate_json(g.model_dump_json()) == g
True
>>> sorted(Geometry(boxes=BoxRelations(margin=0.02)).predicates())[:3]
['above', 'below', 'contains']
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

Vector3 = tuple[float, float, float]

CLEVR_DIRECTIONS: dict[str, Vector3] = {
    "behind": (-0.754490315914154, 0.6563112735748291, 0.0),
    "front": (0.754490315914154, -0.6563112735748291, -0.0),
    "left": (-0.6563112735748291, -0.7544902563095093, 0.0),
    "right": (0.6563112735748291, 0.7544902563095093, -0.0),
}
"""The direction vectors of the CLEVR v1.0 camera (identical in every released scene)."""

CLEVR_EPS = 0.2
"""CLEVR's margin: j is ``rel`` of i when (coords_j - coords_i) . direction > 0.2."""

BOX_PREDICATES = ("left", "right", "above", "below", "inside", "contains", "overlaps", "near")
ALIGNED_BOX_PREDICATES = (
    "directly above",
    "directly below",
    "directly left",
    "directly right",
    "same row",
    "same column",
)
"""Places in line with another ("directly above": in its column; "same row": level with it, either side), computed
from boxes on request but never listed as rows of their own (each is a place already listed, refined)."""
LAYER_PREDICATES = ("front", "behind", "on top of", "on", "covering", "covers")
POSITION_PREDICATES = ("left", "right", "above", "below", "front", "behind", "near")


class BoxRelations(BaseModel):
    """2D relations from boxes. ``a left b``: a's box centre is more than ``margin * width`` pixels left of b's
    (``above``: ``margin * height`` higher); ``a inside b``: at least ``inside_share`` of a's box lies in the larger
    box b (``b contains a``), else intersecting boxes ``overlap`` (both ways); ``near`` (both ways): the gap
    between the boxes is at most ``near_share`` of the larger box's mean side."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    margin: float = Field(default=0.01, ge=0.0, description="share of the image width / height")
    inside_share: float = Field(default=0.9, gt=0.0, le=1.0)
    near_share: float = Field(default=0.5, ge=0.0)


class PositionRelations(BaseModel):
    """Camera-frame 3D relations from ``position_3d``: ``a left b`` when ``x_a + margin < x_b``, ``a above b``
    when ``y_a + margin < y_b``, ``a front b`` (closer) when ``z_a + margin < z_b`` (and the converses); ``near``
    (both ways) within ``near`` units."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    margin: float = Field(default=0.1, ge=0.0)
    near: float = Field(default=1.0, ge=0.0)


class DirectionRelations(BaseModel):
    """CLEVR's rule: ``a rel b`` when ``(position_a - position_b) . directions[rel] > eps``, exactly as the CLEVR
    renderer computes ``relationships``. Any predicate may have a direction (a viewpoint's "left", "front" ...)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    directions: dict[str, Vector3] = Field(default_factory=lambda: dict(CLEVR_DIRECTIONS))
    eps: float = Field(default=CLEVR_EPS, ge=0.0)


class LayerRelations(BaseModel):
    """A flat drawing's paint order: ``a front b`` (on top of it, covering it) when their masks meet and a's
    ``layer`` attribute (its height in the paint order) is the higher; ``a behind b`` the converse. Shapes apart,
    or side by side on one layer, are neither."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Geometry(BaseModel):
    """The geometric relation families a graph computes on demand (None: that family is off)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    boxes: BoxRelations | None = None
    positions: PositionRelations | None = None
    clevr: DirectionRelations | None = None
    layers: LayerRelations | None = None

    def predicates(self) -> frozenset[str]:
        """Every predicate some declared family computes."""
        found: set[str] = set()
        if self.boxes is not None:
            found.update(BOX_PREDICATES)
        if self.positions is not None:
            found.update(POSITION_PREDICATES)
        if self.clevr is not None:
            found.update(self.clevr.directions)
        if self.layers is not None:
            found.update(LAYER_PREDICATES)
        return frozenset(found)
