"""Attributes of detected objects: colour names, relative size, CLIP zero-shot values.

Colours are named per pixel in CIELAB lightness / chroma / hue (not RGB thresholds), then voted over the
object's mask (or the centre of its box when it has none).

>>> name_color(np.array([[173, 35, 35], [170, 30, 40]]))[0]
'red'
>>> name_color(np.array([[87, 87, 87]]))[0]
'gray'
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from nsvr.scene_graph.models import Attribute
from nsvr.tools import masks as rle_masks
from nsvr.tools.base import Tool, ToolInput, from_pretrained_offline, require
from nsvr.tools.convert import Detections
from nsvr.tools.errors import ToolConfigError
from nsvr.tools.image_io import LoadedImage

_SRGB_TO_XYZ = np.array(
    [[0.4124564, 0.3575761, 0.1804375], [0.2126729, 0.7151522, 0.0721750], [0.0193339, 0.1191920, 0.9503041]]
)
_D65_WHITE = np.array([0.95047, 1.0, 1.08883])

HUE_NAMES: list[tuple[float, float, str]] = [
    (0, 45, "red"),
    (45, 95, "orange"),
    (95, 115, "yellow"),
    (115, 170, "green"),
    (170, 240, "cyan"),
    (240, 310, "blue"),
    (310, 345, "purple"),
    (345, 360.001, "red"),
]
"""CIELAB hue-angle ranges (degrees) of the chromatic colour names."""

PIXEL_COLOR_NAMES = [
    *dict.fromkeys(name for _, _, name in HUE_NAMES),
    "brown",
    "beige",
    "pink",
    "black",
    "white",
    "gray",
]
"""Every name :func:`pixel_color_names` gives."""

ACHROMATIC_CHROMA = 10.0
"""Pixels with CIELAB chroma below this are black, gray or white by lightness."""


def rgb_to_lab(rgb: np.ndarray) -> np.ndarray:
    """CIELAB (D65) of sRGB uint8 colours, shape ``(..., 3)``.

    >>> [round(float(v), 1) + 0.0 for v in rgb_to_lab(np.array([255, 255, 255]))]
    [100.0, 0.0, 0.0]
    """
    c = np.asarray(rgb, dtype=np.float64) / 255.0
    linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    xyz = linear @ _SRGB_TO_XYZ.T / _D65_WHITE
    delta = 6 / 29
    f = np.where(xyz > delta**3, np.cbrt(xyz), xyz / (3 * delta * delta) + 4 / 29)
    lightness = 116 * f[..., 1] - 16
    return np.stack([lightness, 500 * (f[..., 0] - f[..., 1]), 200 * (f[..., 1] - f[..., 2])], axis=-1)


def pixel_color_names(rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The colour name of each ``(N, 3)`` sRGB pixel, and whether it is achromatic.

    Rules on lightness L, chroma C, hue h: C < 10 gives black (L < 22), white (L > 82) or gray; otherwise the
    hue range names it, with dark orange (L < 50) called brown, pale light orange/yellow (L > 70,
    C < 30) beige and light red/purple (L > 65) pink."""
    lab = rgb_to_lab(np.asarray(rgb).reshape(-1, 3))
    lightness = lab[:, 0]
    chroma = np.hypot(lab[:, 1], lab[:, 2])
    hue = np.degrees(np.arctan2(lab[:, 2], lab[:, 1])) % 360
    names = np.empty(len(lab), dtype=object)
    for low, high, name in HUE_NAMES:
        names[(hue >= low) & (hue < high)] = name
    names[(names == "orange") & (lightness < 50)] = "brown"  # shaded yellow stays yellow (olive), not brown
    names[np.isin(names, ["orange", "yellow"]) & (lightness > 70) & (chroma < 30)] = "beige"
    names[np.isin(names, ["red", "purple"]) & (lightness > 65)] = "pink"
    achromatic = chroma < ACHROMATIC_CHROMA
    gray_levels = np.where(lightness < 22, "black", np.where(lightness > 82, "white", "gray")).astype(object)
    names[achromatic] = gray_levels[achromatic]
    return names, achromatic


def name_color(rgb: np.ndarray) -> tuple[str, float]:
    """The colour name most of the pixels get, and the share of pixels that got it (plurality vote)."""
    names, _ = pixel_color_names(rgb)
    if len(names) == 0:
        raise ValueError("name_color needs at least one pixel")
    winner, votes = Counter(names.tolist()).most_common(1)[0]
    return str(winner), float(votes / len(names))


COLOR_PROTOTYPES: dict[str, tuple[tuple[int, int, int], ...]] = {
    "red": ((255, 0, 0), (220, 20, 60), (178, 34, 34), (139, 0, 0), (214, 39, 40), (205, 92, 92), (240, 128, 128)),
    "orange": ((255, 165, 0), (255, 140, 0), (255, 127, 14), (245, 130, 48)),
    "yellow": ((255, 255, 0), (255, 215, 0), (240, 230, 140), (188, 189, 34)),
    "green": ((0, 128, 0), (0, 255, 0), (34, 139, 34), (50, 205, 50), (0, 100, 0), (107, 142, 35), (144, 238, 144)),
    "cyan": ((0, 255, 255), (64, 224, 208), (0, 206, 209), (23, 190, 207), (127, 255, 212)),
    "teal": ((0, 128, 128), (0, 139, 139), (32, 128, 128)),
    "blue": (
        (0, 0, 255),
        (0, 0, 139),
        (0, 0, 128),
        (25, 25, 112),
        (65, 105, 225),
        (30, 144, 255),
        (31, 119, 180),
        (70, 130, 180),
        (135, 206, 235),
        (100, 149, 237),
    ),
    "purple": (
        (128, 0, 128),
        (148, 0, 211),
        (138, 43, 226),
        (143, 0, 255),
        (75, 0, 130),
        (148, 103, 189),
        (186, 85, 211),
    ),
    "pink": ((255, 192, 203), (255, 105, 180), (238, 130, 238), (255, 20, 147), (227, 119, 194), (219, 112, 147)),
    "magenta": ((255, 0, 255), (230, 0, 230)),
    "brown": ((139, 69, 19), (160, 82, 45), (140, 86, 75), (128, 64, 0), (101, 67, 33), (150, 75, 0), (165, 42, 42)),
    "beige": ((245, 245, 220), (210, 180, 140), (222, 184, 135)),
    "black": ((0, 0, 0), (30, 30, 30), (50, 50, 50)),
    "gray": ((128, 128, 128), (169, 169, 169), (192, 192, 192), (105, 105, 105), (90, 90, 90)),
    "white": ((255, 255, 255), (240, 240, 240)),
}
"""Typical shades of the colour names people use (CSS and matplotlib colours), for naming flat colours."""

_PROTOTYPE_NAMES = [name for name, shades in COLOR_PROTOTYPES.items() for _ in shades]
_PROTOTYPE_LAB = rgb_to_lab(np.array([rgb for shades in COLOR_PROTOTYPES.values() for rgb in shades]))
_LIGHTNESS_WEIGHT = np.where(np.isin(_PROTOTYPE_NAMES, ["black", "gray", "white", "teal", "cyan"]), 1.0, 0.5)
"""How much lightness counts towards each shade: half for a hue's name (it covers light and dark shades), in full
for the names lightness tells apart: black, gray and white (a faint tint must not blur that difference), and
teal and cyan, one hue whose dark shades are teal (a bluish teal is no cyan for being as blue as a light one)."""


def _same_hue_pairs(hue_gap: float = 6.0) -> np.ndarray:
    """Index pairs of the shades of one name with the same hue (within ``hue_gap`` degrees): a lighter and a
    darker or a duller and a more vivid shade of one hue, whose name covers the shades between them too."""
    hue = np.degrees(np.arctan2(_PROTOTYPE_LAB[:, 2], _PROTOTYPE_LAB[:, 1])) % 360
    chromatic = np.hypot(_PROTOTYPE_LAB[:, 1], _PROTOTYPE_LAB[:, 2]) >= ACHROMATIC_CHROMA
    pairs = [
        (i, j)
        for i in range(len(_PROTOTYPE_NAMES))
        for j in range(i + 1, len(_PROTOTYPE_NAMES))
        if _PROTOTYPE_NAMES[i] == _PROTOTYPE_NAMES[j]
        and chromatic[i]
        and chromatic[j]
        and min(abs(hue[i] - hue[j]), 360 - abs(hue[i] - hue[j])) < hue_gap
    ]
    return np.array(pairs, dtype=int).reshape(-1, 2)


_SAME_HUE_PAIRS = _same_hue_pairs()


FUZZY_BOUNDARIES: dict[frozenset[str], float] = {frozenset(("teal", "cyan")): 1.6}
"""Pairs of names whose boundary people draw in different places, and how much wider the doubt between them is
than between other names: a mid teal (light sea green) is teal to some and cyan (turquoise) to others."""


def name_flat_color(rgb: np.ndarray | Sequence[int], spread: float = 5.0) -> Attribute:
    """The colour name of one flat colour (a drawn shape's fill): the nearest typical shade, lightness counting
    half towards a hue's shades (a name covers light and dark shades) and in full towards black, gray and white,
    with a confidence from how much nearer it is than the nearest shade of another name, and those names as
    alternatives.

    >>> name_flat_color((0, 128, 128)).value, name_flat_color((160, 82, 45)).value, name_flat_color((0, 0, 255)).value
    ('teal', 'brown', 'blue')
    """
    lab = rgb_to_lab(np.asarray(rgb, dtype=np.float64).reshape(3))
    delta = _PROTOTYPE_LAB - lab
    chroma_weight = 1.0 + 0.3 * (np.hypot(lab[1], lab[2]) < ACHROMATIC_CHROMA)
    distance = np.sqrt((_LIGHTNESS_WEIGHT * delta[:, 0]) ** 2 + chroma_weight * (delta[:, 1] ** 2 + delta[:, 2] ** 2))
    nearest: dict[str, float] = {}
    for name, d in zip(_PROTOTYPE_NAMES, distance.tolist(), strict=True):
        nearest[name] = min(d, nearest.get(name, float("inf")))
    # the shades between two of one hue (a mid blue between navy and pure blue) are as near as the line between them
    for i, j in _SAME_HUE_PAIRS:
        scale = np.array([_LIGHTNESS_WEIGHT[i], np.sqrt(chroma_weight), np.sqrt(chroma_weight)])
        start, step = _PROTOTYPE_LAB[i] * scale, (_PROTOTYPE_LAB[j] - _PROTOTYPE_LAB[i]) * scale
        t = float(np.clip(np.dot(lab * scale - start, step) / max(float(np.dot(step, step)), 1e-9), 0.0, 1.0))
        d = float(np.linalg.norm(lab * scale - start - t * step))
        nearest[_PROTOTYPE_NAMES[i]] = min(d, nearest[_PROTOTYPE_NAMES[i]])
    best = min(nearest.values())
    first = min(nearest, key=nearest.__getitem__)
    weights = {
        name: float(np.exp(-(((d - best) / (spread * FUZZY_BOUNDARIES.get(frozenset((first, name)), 1.0))) ** 2)))
        for name, d in nearest.items()
    }
    total = sum(weights.values())
    ranked = sorted(weights.items(), key=lambda item: -item[1])
    name, weight = ranked[0]
    alternatives = {other: round(w / total, 4) for other, w in ranked[1:4] if w / total >= 0.01}
    confidence = weight / total
    shared = _shared_hue(np.asarray(rgb, dtype=np.float64).reshape(3), name)
    if shared is not None and alternatives.get(shared, 0.0) < SHARED_HUE_DOUBT:
        alternatives = {shared: SHARED_HUE_DOUBT, **{k: v for k, v in alternatives.items() if k != shared}}
        confidence = min(confidence, 1.0 - SHARED_HUE_DOUBT)
    return Attribute(value=name, confidence=round(confidence, 4), alternatives=alternatives)


SHARED_HUES: dict[frozenset[str], tuple[float, float]] = {frozenset(("magenta", "pink")): (308.0, 325.0)}
"""Hues (HSV degrees) of vivid colours that two names share: a hot pink between fuchsia and deep pink is magenta to
some and pink to others, whichever prototype lies nearer."""
SHARED_HUE_DOUBT = 0.35
"""The other name's share of a vivid colour in a shared band of hues."""


def _shared_hue(rgb: np.ndarray, name: str) -> str | None:
    """The other name a vivid colour named ``name`` shares (:data:`SHARED_HUES`), or None.

    >>> _shared_hue(np.array([255.0, 0.0, 190.0]), "pink"), _shared_hue(np.array([255.0, 0.0, 255.0]), "magenta")
    ('magenta', None)
    """
    import colorsys

    hue, saturation, value = colorsys.rgb_to_hsv(*(np.clip(rgb, 0, 255) / 255.0))
    if saturation < 0.6 or value < 0.5:
        return None
    for names, (low, high) in SHARED_HUES.items():
        if name in names and low <= hue * 360.0 <= high:
            return next(iter(names - {name}))
    return None


TONES = ("light", "dark", "mid")
"""A drawn fill's tone beside its colour name: a light shade of it ("light blue"), a dark one ("navy is dark
blue"), or neither."""
TONE_STEP = (20.0, 18.0)
"""CIELAB lightness a light (dark) shade lies above (below) its name's typical shades, at least: the median of the
name's shades in :data:`COLOR_PROTOTYPES` (light green, sky blue and light gray 25-35 above theirs; navy, dark green
and dark red 19-35 below; pure blue 16 below blue's, and no dark blue)."""
_TYPICAL_SHADE = {
    name: (float(np.median(lab[:, 0])), float(np.median(np.hypot(lab[:, 1], lab[:, 2]))))
    for name, lab in (
        (name, rgb_to_lab(np.array(shades, dtype=np.float64))) for name, shades in COLOR_PROTOTYPES.items()
    )
}


def name_tone(rgb: np.ndarray | Sequence[int], colour: str) -> Attribute:
    """The tone (:data:`TONES`) of a flat colour named ``colour``: light where it is :data:`TONE_STEP` lighter than
    the name's typical shades and no more vivid (a tint: the colour mixed with white; a vivid lime is no light
    green), dark where it is that much darker; black is dark and white light. Its confidence falls near the steps.

    >>> [name_tone(c, n).value for c, n in [((170, 230, 160), "green"), ((0, 0, 128), "blue"), ((0, 0, 255), "blue")]]
    ['light', 'dark', 'mid']
    """
    if colour in ("black", "white"):
        return Attribute(value="dark" if colour == "black" else "light", confidence=0.99)
    lightness, chroma = _TYPICAL_SHADE.get(colour, (50.0, 0.0))
    lab = rgb_to_lab(np.asarray(rgb, dtype=np.float64).reshape(3))
    above = float(lab[0]) - lightness
    vivid = float(np.hypot(lab[1], lab[2])) > chroma + 5.0
    if above >= 0 and not vivid:
        tone, margin = ("light", above - TONE_STEP[0]) if above >= TONE_STEP[0] else ("mid", TONE_STEP[0] - above)
        other = "mid" if tone == "light" else "light"
    else:
        below = max(0.0, -above)
        tone, margin = ("dark", below - TONE_STEP[1]) if below >= TONE_STEP[1] else ("mid", TONE_STEP[1] - below)
        other = "mid" if tone == "dark" else "dark"
    confidence = round(min(0.99, 0.5 + margin / 10.0), 4)
    return Attribute(value=tone, confidence=confidence, alternatives={other: round(1.0 - confidence, 4)})


def object_pixels(image: LoadedImage, box: tuple[float, float, float, float], mask: Any | None) -> np.ndarray:
    """``(N, 3)`` RGB pixels of an object: under its mask, else the central half of its box."""
    x1, y1, x2, y2 = image.box_to_model(box)
    if mask is not None:
        full = rle_masks.decode(mask)
        ix1, iy1 = int(x1), int(y1)
        ix2, iy2 = max(ix1 + 1, int(np.ceil(x2))), max(iy1 + 1, int(np.ceil(y2)))
        # Sample the full-resolution mask at the centres of the model-resolution pixels of the box.
        rows = np.minimum(((np.arange(iy1, iy2) + 0.5) / image.scale).astype(int), full.shape[0] - 1)
        cols = np.minimum(((np.arange(ix1, ix2) + 0.5) / image.scale).astype(int), full.shape[1] - 1)
        selected = image.pixels[iy1:iy2, ix1:ix2][full[np.ix_(rows, cols)]]
        if len(selected):
            return selected
    w, h = x2 - x1, y2 - y1
    cx1, cy1 = int(x1 + w / 4), int(y1 + h / 4)
    centre = image.pixels[cy1 : max(cy1 + 1, int(y2 - h / 4)), cx1 : max(cx1 + 1, int(x2 - w / 4))]
    return centre.reshape(-1, 3)


def merge_attributes(detections: Detections, found: Sequence[Mapping[str, Attribute]]) -> Detections:
    """``detections`` with ``found[i]`` added to the attributes of instance i."""
    current = detections.attributes or [{} for _ in range(len(detections))]
    return detections.replace(attributes=[{**old, **new} for old, new in zip(current, found, strict=True)])


class _AttributeTool(Tool[Detections]):
    kind = "attributes"
    output_type = Detections
    compares_instances = False
    """Whether an instance's value depends on the other instances (relative size): such a tool sees every
    object of the graph at once."""

    @property
    def provides(self) -> list[str]:
        """The attributes this tool adds (what a program must read for it to run)."""
        return [self.name]

    def attribute_values(self) -> dict[str, list[str] | None]:
        return {attribute: None for attribute in self.provides}

    def _attributes(self, model: Any, item: ToolInput) -> list[dict[str, Attribute]]:
        raise NotImplementedError

    def _predict(self, model: Any, inputs: Sequence[ToolInput]) -> list[Detections]:
        return [merge_attributes(item.detections, self._attributes(model, item)) for item in inputs]


class ColorAttributes(_AttributeTool):
    """Adds ``color`` (a CIELAB colour name) to every detection, from its mask pixels."""

    name = "color"
    default_model = "cielab-rules"

    def __init__(
        self,
        model: str | None = None,
        device: str = "auto",
        skip: Sequence[str] = ("text",),
        max_pixels: int = 20_000,
    ) -> None:
        super().__init__(model=model, device="cpu")
        if max_pixels < 1:
            raise ToolConfigError(f"max_pixels must be >= 1, got {max_pixels}")
        self.skip = list(skip)
        self.max_pixels = max_pixels

    def options(self) -> dict[str, Any]:
        return {"skip": self.skip, "max_pixels": self.max_pixels}

    def attribute_values(self) -> dict[str, list[str] | None]:
        return {"color": PIXEL_COLOR_NAMES}

    def _load_model(self, device: str) -> Any:
        return None

    def _attributes(self, model: Any, item: ToolInput) -> list[dict[str, Attribute]]:
        dets = item.detections
        found: list[dict[str, Attribute]] = []
        for index, box in enumerate(dets.boxes):
            pixels = object_pixels(item.image, box, dets.masks[index] if dets.masks else None)
            if dets.class_names[index] in self.skip or len(pixels) == 0:
                found.append({})
                continue
            color, share = name_color(pixels[:: max(1, len(pixels) // self.max_pixels)])  # an even sample
            found.append({"color": Attribute(value=color, confidence=round(share, 4))})
        return found


def relative_sizes(detections: Detections, ratio: float = 1.5) -> list[dict[str, Attribute]]:
    """``size`` = ``large`` / ``small`` for objects whose area is at least ``ratio`` times larger / smaller than
    the median area of all objects of the same class (mask area when known, else box area), ``medium`` between;
    none for the only object of its class (nothing to compare it with: "is the bus large?" is then unknown).

    >>> dets = Detections(boxes=[(0, 0, 10, 10), (0, 0, 2, 2), (0, 0, 9, 9), (0, 0, 20, 20), (0, 0, 50, 50)],
    ...                   scores=[1, 1, 1, 1, 1], class_names=["cup", "cup", "cup", "cup", "bus"])
    >>> [a["size"].value if a else None for a in relative_sizes(dets)]
    ['medium', 'small', 'medium', 'large', None]
    """
    areas = []
    for index, box in enumerate(detections.boxes):
        mask = detections.masks[index] if detections.masks else None
        areas.append(rle_masks.area(mask) if mask is not None else (box[2] - box[0]) * (box[3] - box[1]))
    found: list[dict[str, Attribute]] = []
    for index, name in enumerate(detections.class_names):
        same = [areas[j] for j, other in enumerate(detections.class_names) if other == name]
        if len(same) < 2 or areas[index] <= 0 or float(np.median(same)) <= 0:
            found.append({})
            continue
        factor = areas[index] / float(np.median(same))
        if factor >= ratio:
            found.append({"size": Attribute(value="large", confidence=round(min(1.0, factor / (2 * ratio)), 4))})
        elif factor <= 1 / ratio:
            found.append({"size": Attribute(value="small", confidence=round(min(1.0, 1 / (2 * ratio * factor)), 4))})
        else:
            found.append({"size": Attribute(value="medium", confidence=1.0)})
    return found


class SizeAttributes(_AttributeTool):
    """Adds ``size`` (small / medium / large relative to the other objects of the same class)."""

    name = "size"
    default_model = "relative-area"
    compares_instances = True

    def __init__(
        self, model: str | None = None, device: str = "auto", ratio: float = 1.5, skip: Sequence[str] = ("text",)
    ) -> None:
        super().__init__(model=model, device="cpu")
        if ratio <= 1.0:
            raise ToolConfigError(f"size ratio must be > 1, got {ratio}")
        self.ratio = ratio
        self.skip = list(skip)

    def options(self) -> dict[str, Any]:
        return {"ratio": self.ratio, "skip": self.skip}

    def attribute_values(self) -> dict[str, list[str] | None]:
        return {"size": ["large", "medium", "small"]}

    def _load_model(self, device: str) -> Any:
        return None

    def _attributes(self, model: Any, item: ToolInput) -> list[dict[str, Attribute]]:
        sizes = relative_sizes(item.detections, self.ratio)
        return [
            {} if name in self.skip else size for name, size in zip(item.detections.class_names, sizes, strict=True)
        ]


DEFAULT_CLIP_VALUES: dict[str, list[str]] = {
    "color": ["red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "black", "white", "gray"],
    "material": ["metal", "wood", "plastic", "glass", "fabric", "rubber", "stone", "paper"],
}


class ClipAttributes(_AttributeTool):
    """CLIP zero-shot attributes: for each attribute family, the value whose prompt ``"a photo of a {value}
    {name}"`` best matches the object's crop (softmax confidence). ``model`` is a transformers model id or
    folder (``openai/clip-vit-base-patch32``)."""

    name = "clip"
    default_model = "openai/clip-vit-base-patch32"
    batch_size = 4

    def __init__(
        self,
        model: str | None = None,
        device: str = "auto",
        values: Mapping[str, Sequence[str]] | None = None,
        template: str = "a photo of a {value} {name}",
    ) -> None:
        super().__init__(model=model, device=device)
        self.values = {k: list(v) for k, v in (values or DEFAULT_CLIP_VALUES).items()}
        if not self.values or any(len(v) < 2 for v in self.values.values()):
            raise ToolConfigError("CLIP attributes need at least one family with two or more values")
        self.template = template

    def options(self) -> dict[str, Any]:
        return {"values": self.values, "template": self.template}

    @property
    def provides(self) -> list[str]:
        return list(self.values)

    def attribute_values(self) -> dict[str, list[str] | None]:
        return {attribute: list(values) for attribute, values in self.values.items()}

    def _load_model(self, device: str) -> Any:
        require("transformers", extra="torch", purpose="CLIP attributes")
        from transformers import AutoModelForZeroShotImageClassification, AutoProcessor

        name = str(self.model_name)
        processor = from_pretrained_offline(AutoProcessor, name)
        model = from_pretrained_offline(AutoModelForZeroShotImageClassification, name)
        model = model.to(device).eval()
        return (processor, model.half() if self.half else model)

    def _attributes(self, model: Any, item: ToolInput) -> list[dict[str, Attribute]]:
        import torch

        processor, network = model
        found: list[dict[str, Attribute]] = []
        for box, name in zip(item.detections.boxes, item.detections.class_names, strict=True):
            x1, y1, x2, y2 = (int(round(v)) for v in item.image.box_to_model(box))
            crop = item.image.to_pil().crop((x1, y1, max(x1 + 1, x2), max(y1 + 1, y2)))
            values: dict[str, Attribute] = {}
            for family, options in self.values.items():
                prompts = [self.template.format(value=value, name=name) for value in options]
                batch = processor(text=prompts, images=[crop], return_tensors="pt", padding=True).to(network.device)
                if self.half:
                    batch["pixel_values"] = batch["pixel_values"].half()
                with torch.inference_mode():
                    probabilities = network(**batch).logits_per_image.float().softmax(-1)[0]
                best = int(probabilities.argmax())
                values[family] = Attribute(value=options[best], confidence=round(float(probabilities[best]), 4))
            found.append(values)
        return found
