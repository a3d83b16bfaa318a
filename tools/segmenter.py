"""Box-prompted segmenters: each returns the input detections with ``masks`` filled (COCO RLE, original size).

- :class:`SamSegmenter`: segment-anything's ``SamPredictor`` (checkpoint path + model type).
- :class:`UltralyticsSamSegmenter`: ultralytics SAM / MobileSAM / FastSAM weights by name or path.
- :class:`GrabCutSegmenter`: OpenCV GrabCut seeded by each box, the offline default (no weights), cut coarse to
  fine: at half resolution, then the boundary refined at full resolution. :class:`ProbeGrabCutSegmenter`: the
  previous default (a 64-px probe, else one round at 224 px); :class:`FullGrabCutSegmenter`: the one before
  (three rounds at 224 px).
- :class:`ColourModelSegmenter`: colour histograms of the box against its surroundings, refined a few times; 20x
  faster than GrabCut and rougher (``examples/benchmarks/masks.py`` measures them all).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from nsvr.scene_graph.models import RLE, Box
from nsvr.tools import masks as rle_masks
from nsvr.tools.base import Tool, ToolInput, is_local_path, require
from nsvr.tools.convert import Detections
from nsvr.tools.errors import ModelNotAvailableError, ToolConfigError
from nsvr.tools.image_io import LoadedImage


def mask_to_original_rle(image: LoadedImage, mask: np.ndarray, box: Box | None = None) -> RLE:
    """An RLE at the original image size from a mask at model resolution. With ``box`` (model pixels), ``mask``
    covers only that box (a crop), which keeps huge images cheap."""
    from PIL import Image

    width, height = image.original_size
    if box is None:
        box = (0.0, 0.0, float(image.width), float(image.height))
    x1, y1 = int(np.floor(box[0] / image.scale)), int(np.floor(box[1] / image.scale))
    x2 = min(width, max(x1 + 1, int(np.ceil(box[2] / image.scale))))
    y2 = min(height, max(y1 + 1, int(np.ceil(box[3] / image.scale))))
    x1, y1 = min(x1, x2 - 1), min(y1, y2 - 1)
    crop = mask.astype(bool)
    if crop.shape != (y2 - y1, x2 - x1):
        resized = Image.fromarray(crop.astype(np.uint8) * 255).resize((x2 - x1, y2 - y1), Image.Resampling.NEAREST)
        crop = np.asarray(resized) > 127
    return rle_masks.encode_crop(crop, (x1, y1), (height, width))


@dataclass(frozen=True)
class BoxCrop:
    """The part of an image around a box that box-prompted segmenters work on, shrunk to a work size."""

    box: Box  # the box, in model pixels
    bounds: tuple[int, int, int, int]  # the crop, box plus a margin, in model pixels
    crop: np.ndarray
    small: np.ndarray  # the crop shrunk so its longest side is at most the work size
    shrink: float

    @classmethod
    def around(cls, cv2: Any, image: LoadedImage, original_box: Box, work_size: int) -> BoxCrop | None:
        """None for a degenerate box (under two pixels wide or high)."""
        bx1, by1, bx2, by2 = image.box_to_model(original_box)
        if bx2 - bx1 < 2 or by2 - by1 < 2:
            return None
        margin = 0.1 * max(bx2 - bx1, by2 - by1) + 2
        cx1, cy1 = int(max(0, bx1 - margin)), int(max(0, by1 - margin))
        cx2, cy2 = int(min(image.width, bx2 + margin)), int(min(image.height, by2 + margin))
        crop = image.pixels[cy1:cy2, cx1:cx2]
        shrink = min(1.0, work_size / max(crop.shape[:2]))
        small = cv2.resize(crop, None, fx=shrink, fy=shrink, interpolation=cv2.INTER_AREA) if shrink < 1 else crop
        return cls((bx1, by1, bx2, by2), (cx1, cy1, cx2, cy2), crop, small, shrink)


class Segmenter(Tool[Detections]):
    """A tool that adds a mask to every input detection (``None`` where it finds nothing)."""

    kind = "segmenter"
    output_type = Detections

    def _segment(self, model: Any, item: ToolInput) -> list[RLE | None]:
        raise NotImplementedError

    def _predict(self, model: Any, inputs: Sequence[ToolInput]) -> list[Detections]:
        outputs = []
        for item in inputs:
            if len(item.detections) == 0:
                outputs.append(item.detections)
                continue
            outputs.append(item.detections.replace(masks=self._segment(model, item)))
        return outputs


class _OpenCVBoxSegmenter(Segmenter):
    """A segmenter working box by box with OpenCV on the CPU."""

    def _load_model(self, device: str) -> Any:
        require("cv2", "opencv-python-headless", purpose=f"{self.name} segmentation")
        import cv2

        return cv2

    def _segment(self, model: Any, item: ToolInput) -> list[RLE | None]:
        return [self.segment_box(model, item.image, box) for box in item.detections.boxes]

    def segment_box(self, cv2: Any, image: LoadedImage, original_box: Box) -> RLE | None:
        raise NotImplementedError


def _grabcut(cv2: Any, pixels: np.ndarray, rect: tuple[int, int, int, int], iterations: int) -> np.ndarray | None:
    """OpenCV GrabCut of ``pixels`` (RGB) started from ``rect`` = (x, y, w, h): the foreground, None when it fails."""
    labels = np.zeros(pixels.shape[:2], np.uint8)
    background, foreground = np.zeros((1, 65), np.float64), np.zeros((1, 65), np.float64)
    cv2.setRNGSeed(0)  # GrabCut's k-means draws on OpenCV's global RNG: same box, same mask, in any order
    bgr = np.ascontiguousarray(pixels[:, :, ::-1])  # GrabCut's colour models do not care, cv2 wants BGR
    try:
        cv2.grabCut(bgr, labels, rect, background, foreground, iterations, cv2.GC_INIT_WITH_RECT)
    except cv2.error:
        return None  # GrabCut needs both colours models: a box filling its crop has no background sample
    return (labels == cv2.GC_FGD) | (labels == cv2.GC_PR_FGD)


def _scaled_rect(cut: BoxCrop, factor: float) -> tuple[int, int, int, int]:
    """The box inside ``cut``'s crop, in pixels of the crop scaled by ``factor``, as GrabCut's (x, y, w, h)."""
    (bx1, by1, bx2, by2), (cx1, cy1, _, _) = cut.box, cut.bounds
    return (
        int((bx1 - cx1) * factor),
        int((by1 - cy1) * factor),
        max(1, int((bx2 - bx1) * factor)),
        max(1, int((by2 - by1) * factor)),
    )


def _fit_models(cv2: Any, pixels: np.ndarray, rect: tuple[int, int, int, int]) -> tuple[np.ndarray, np.ndarray] | None:
    """GrabCut's background and foreground colour models (5 Gaussians each, OpenCV's 1x65 layout) for ``rect`` in
    ``pixels``: its k-means start, without a cut; None when GrabCut cannot fit them."""
    labels = np.zeros(pixels.shape[:2], np.uint8)
    background, foreground = np.zeros((1, 65), np.float64), np.zeros((1, 65), np.float64)
    cv2.setRNGSeed(0)
    try:
        cv2.grabCut(
            np.ascontiguousarray(pixels[:, :, ::-1]), labels, rect, background, foreground, 0, cv2.GC_INIT_WITH_RECT
        )
    except cv2.error:
        return None
    return background, foreground


def _weighted_models(models: tuple[np.ndarray, np.ndarray], weight: float) -> tuple[np.ndarray, np.ndarray]:
    """The colour models with their evidence counting ``weight`` times as much against GrabCut's boundary cost.

    GrabCut's cut depends on the models only through log p_fg(colour) - log p_bg(colour). Dividing each Gaussian's
    covariance by ``weight`` and raising its coefficient to match multiplies a component's log-density by
    ``weight`` (exactly where one component dominates, as it mostly does). One offset common to both models keeps
    the coefficients in range: it cancels in the difference."""
    both = np.concatenate([m.reshape(1, 65) for m in models]).astype(np.float64)
    coefficients, covariances = both[:, :5], both[:, 20:].reshape(2, 5, 3, 3)
    used = coefficients > 0  # OpenCV skips the others (their covariances may be all zero)
    log_det = np.where(used, np.linalg.slogdet(np.where(used[..., None, None], covariances, np.eye(3)))[1], 0.0)
    log_coefficients = np.log(np.where(used, coefficients, 1.0))
    exponent = weight * (log_coefficients - 0.5 * log_det) + 0.5 * (log_det - 3 * np.log(weight))
    exponent = np.where(used, exponent - exponent[used].max(), -np.inf)
    both[:, :5] = np.where(used, np.exp(np.maximum(exponent, -600.0)), 0.0)
    covariances = covariances / weight
    tiny = used & (np.linalg.det(covariances) <= 1e-12)  # OpenCV refuses a component with a determinant near 0
    covariances[tiny] += 0.01 * np.eye(3)
    both[:, 20:] = covariances.reshape(2, 45)
    return both[:1].copy(), both[1:].copy()


def _frozen_cut(
    cv2: Any, pixels: np.ndarray, labels: np.ndarray, models: tuple[np.ndarray, np.ndarray], tight: bool = False
) -> np.ndarray | None:
    """One GrabCut min-cut of ``pixels`` with fixed colour models, started from ``labels`` (GC_* values: its sure
    pixels stay as they are): the foreground, None when OpenCV refuses. ``tight``: the cut runs on the undecided
    pixels' bounding box and one pixel around it; the sure background farther out touches no undecided pixel,
    though it still counts in GrabCut's contrast scale (beta, from the mean difference of neighbours)."""
    y1, x1, (y2, x2) = 0, 0, labels.shape
    if tight:
        undecided = labels != cv2.GC_BGD
        rows, columns = np.flatnonzero(undecided.any(1)), np.flatnonzero(undecided.any(0))
        if len(rows) == 0:
            return np.zeros(labels.shape, bool)
        y1, y2 = max(0, rows[0] - 1), min(y2, rows[-1] + 2)
        x1, x2 = max(0, columns[0] - 1), min(x2, columns[-1] + 2)
    part = np.ascontiguousarray(labels[y1:y2, x1:x2])
    background, foreground = models[0].copy(), models[1].copy()
    bgr = np.ascontiguousarray(pixels[y1:y2, x1:x2, ::-1])
    try:
        cv2.grabCut(bgr, part, None, background, foreground, 1, cv2.GC_EVAL_FREEZE_MODEL)
    except cv2.error:
        return None
    found = np.zeros(labels.shape, bool)
    found[y1:y2, x1:x2] = (part == cv2.GC_FGD) | (part == cv2.GC_PR_FGD)
    return found


def _band_labels(cv2: Any, mask: np.ndarray, inside: np.ndarray, width: int) -> np.ndarray:
    """GrabCut labels that leave undecided only the pixels within ``width`` of ``mask``'s boundary (inside the box):
    deeper inside is sure foreground, farther out (and outside the box) sure background."""
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * width + 1, 2 * width + 1))
    mask8 = mask.astype(np.uint8)
    labels = np.full(mask.shape, cv2.GC_BGD, np.uint8)
    labels[(cv2.dilate(mask8, kernel) > 0) & inside] = cv2.GC_PR_BGD
    labels[mask & inside] = cv2.GC_PR_FGD
    labels[(cv2.erode(mask8, kernel) > 0) & inside] = cv2.GC_FGD
    return labels


def _snap_to_local_colours(cv2: Any, pixels: np.ndarray, soft: np.ndarray, window: int = 5) -> np.ndarray:
    """The mask ``soft > 0.5`` with the pixels near its boundary (where ``soft``, an upsampled mask, is between 0
    and 1, and one pixel beyond) given to whichever side's mean colour in the ``window`` around them is nearer;
    the scores are smoothed a little so that the new boundary is not ragged."""
    mask = soft > 0.5
    unsure = cv2.dilate(((soft > 0) & (soft < 1)).astype(np.uint8), np.ones((3, 3), np.uint8))
    ys, xs = np.nonzero(unsure)
    if len(ys) == 0:
        return mask
    size = (window, window)
    mask8 = mask.astype(np.uint8)
    count_in = cv2.boxFilter(mask8, cv2.CV_32F, size, normalize=False)[ys, xs]
    sum_in = cv2.boxFilter(cv2.bitwise_and(pixels, pixels, mask=mask8), cv2.CV_32F, size, normalize=False)[ys, xs]
    sum_out = cv2.boxFilter(pixels, cv2.CV_32F, size, normalize=False)[ys, xs] - sum_in
    count_out = float(window * window) - count_in
    both = (count_in > 0.5) & (count_out > 0.5)
    colour = pixels[ys, xs].astype(np.float32)
    to_in = ((colour - sum_in / np.maximum(count_in, 1.0)[:, None]) ** 2).sum(1)
    to_out = ((colour - sum_out / np.maximum(count_out, 1.0)[:, None]) ** 2).sum(1)
    score = np.where(mask, 1.0, -1.0).astype(np.float32)
    score[ys[both], xs[both]] = ((to_out - to_in) / (to_out + to_in + 1e-3))[both]
    return cv2.GaussianBlur(score, (0, 0), 0.8) > 0


class GrabCutSegmenter(_OpenCVBoxSegmenter):
    """OpenCV GrabCut initialised with each box (plus a margin of background around it), cut coarse to fine.

    Each box is cut out and shrunk so its longest side is at most ``work_size`` pixels, which bounds the cost per
    object whatever the image size. A crop shrunk that way (a large box) is first cut at ``probe_size`` pixels,
    and that mask, scaled up, is kept when it still covers ``accept_fraction`` of the box (compact objects: a bus).

    Otherwise GrabCut's colour models are fitted (its k-means start) on the crop at 1/``coarse_factor`` of its
    size, and its min-cut, the costly part, runs there too, with fixed models whose evidence counts
    ``data_weight`` x ``coarse_factor`` times as much as in GrabCut's own energy (:func:`_weighted_models`): on a
    coarser grid every boundary costs more against the colour evidence it encloses, and at plain weight thin or
    low-contrast objects (people in photos) vanish. The coarse mask is scaled up and its boundary refined at full
    size: where the crop was shrunk to ``work_size``, by one more cut with the same models confined to a band
    ``band_width`` pixels either side of it (the cost there is the max-flow, which the band cuts tenfold); in
    crops at their own resolution, where GrabCut's per-pixel set-up would cost what the coarse cut saved, by
    giving each boundary pixel to the side whose mean colour around it is nearer. Such crops under
    ``native_below`` pixels skip the coarse cut: one cut at full size, models fitted at the coarse size, evidence
    counting ``data_weight`` times. Cuts of crops at their own resolution run on the box plus one pixel.

    ``coarse_factor=0`` is the previous default (:class:`ProbeGrabCutSegmenter`): the probe, else ``iterations``
    rounds of plain GrabCut at ``work_size`` (``iterations`` is the probe's rounds; cuts with fixed models make
    one). ``examples/benchmarks/masks.py``: CPU time 3.0-3.2x less than the previous default on the bundled photos
    and 2.3-2.4x on CLEVR renders (4-7x less than three rounds); mask IoU 0.947 with the previous default's masks
    on the photos (worst box 0.83, the one around two men: moving its edges by up to 3% of its size makes the
    previous default's mask cover anything from 7% to 63% of it); CLEVR masks 0.9706 IoU with the true ones (the
    previous default 0.9672: it loses four objects that this keeps, and has sharper boundaries, median 0.982
    against 0.979)."""

    name = "grabcut"
    default_model = "opencv-grabcut"

    def __init__(
        self,
        model: str | None = None,
        device: str = "auto",
        iterations: int = 1,
        work_size: int = 224,
        probe_size: int = 64,
        accept_fraction: float = 0.4,
        coarse_factor: float = 2.0,
        data_weight: float = 1.5,
        band_width: int = 3,
        native_below: int = 60,
    ) -> None:
        super().__init__(model=model, device="cpu")
        if iterations < 1 or work_size < 16 or not (probe_size == 0 or 16 <= probe_size < work_size):
            raise ToolConfigError(
                f"need iterations >= 1, work_size >= 16 and probe_size 0 or in [16, work_size), got {iterations}, "
                f"{work_size}, {probe_size}"
            )
        if not 0.0 <= accept_fraction <= 1.0:
            raise ToolConfigError(f"need 0 <= accept_fraction <= 1, got {accept_fraction}")
        if not (coarse_factor == 0 or 1 < coarse_factor <= 8) or data_weight <= 0 or band_width < 1 or native_below < 0:
            raise ToolConfigError(
                f"need coarse_factor 0 or in (1, 8], data_weight > 0, band_width >= 1 and native_below >= 0, got "
                f"{coarse_factor}, {data_weight}, {band_width}, {native_below}"
            )
        self.iterations = iterations
        self.work_size = work_size
        self.probe_size = probe_size
        self.accept_fraction = accept_fraction
        self.coarse_factor = coarse_factor
        self.data_weight = data_weight
        self.band_width = band_width
        self.native_below = native_below

    def options(self) -> dict[str, Any]:
        found = {
            "iterations": self.iterations,
            "work_size": self.work_size,
            "probe_size": self.probe_size,
            "accept_fraction": self.accept_fraction,
            "coarse_factor": self.coarse_factor,
        }
        if self.coarse_factor:
            found.update(data_weight=self.data_weight, band_width=self.band_width, native_below=self.native_below)
        return found

    def _probe(self, cv2: Any, cut: BoxCrop) -> np.ndarray | None:
        """The mask of a cut at ``probe_size``, at the crop's full size, or None when the probe is off, not
        smaller than the work size, or lost the object."""
        longest = max(cut.small.shape[:2])
        if not self.probe_size or cut.shrink >= 1 or longest <= self.probe_size:
            return None
        factor = self.probe_size / longest
        small = cv2.resize(cut.small, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
        rect = _scaled_rect(cut, cut.shrink * factor)
        found = _grabcut(cv2, small, rect, self.iterations)
        if found is None or found.sum() < self.accept_fraction * rect[2] * rect[3]:
            return None
        height, width = cut.crop.shape[:2]
        return cv2.resize(found.astype(np.float32), (width, height), interpolation=cv2.INTER_LINEAR) > 0.5

    def _coarse_to_fine(self, cv2: Any, cut: BoxCrop) -> np.ndarray | None:
        """The mask of ``cut.small`` (at its size), cut coarse to fine; None when GrabCut cannot fit its models."""
        pixels, native = cut.small, cut.shrink >= 1
        height, width = pixels.shape[:2]
        rect = _scaled_rect(cut, cut.shrink)
        inside = np.zeros((height, width), bool)
        inside[rect[1] : rect[1] + rect[3], rect[0] : rect[0] + rect[2]] = True
        factor = 1 / self.coarse_factor
        coarse = cv2.resize(pixels, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
        coarse_rect = _scaled_rect(cut, cut.shrink * factor)
        if min(coarse.shape[:2]) < 8:  # too few pixels for GrabCut's k-means at the coarse size
            coarse, coarse_rect = pixels, rect
        models = _fit_models(cv2, coarse, coarse_rect)
        if models is None:
            return None
        if max(height, width) < self.native_below or coarse is pixels:
            labels = np.where(inside, cv2.GC_PR_FGD, cv2.GC_BGD).astype(np.uint8)
            return _frozen_cut(cv2, pixels, labels, _weighted_models(models, self.data_weight), tight=native)
        x, y, w, h = coarse_rect
        labels = np.full(coarse.shape[:2], cv2.GC_BGD, np.uint8)
        labels[y : y + h, x : x + w] = cv2.GC_PR_FGD
        weight = self.data_weight * max(height, width) / max(coarse.shape[:2])
        found = _frozen_cut(cv2, coarse, labels, _weighted_models(models, weight), tight=native)
        if found is None or not found.any():
            return found
        soft = cv2.resize(found.astype(np.float32), (width, height), interpolation=cv2.INTER_LINEAR)
        if native:
            return _snap_to_local_colours(cv2, pixels, soft)
        return _frozen_cut(cv2, pixels, _band_labels(cv2, soft > 0.5, inside, self.band_width), models)

    def segment_box(self, cv2: Any, image: LoadedImage, original_box: Box) -> RLE | None:
        """The GrabCut mask of the object in ``original_box`` (None for a degenerate box)."""
        cut = BoxCrop.around(cv2, image, original_box, self.work_size)
        if cut is None:
            return None
        (bx1, by1, bx2, by2), (cx1, cy1, cx2, cy2), crop, shrink = cut.box, cut.bounds, cut.crop, cut.shrink
        mask = self._probe(cv2, cut)
        if mask is None:
            if self.coarse_factor:
                mask = self._coarse_to_fine(cv2, cut)
            else:
                mask = _grabcut(cv2, cut.small, _scaled_rect(cut, shrink), self.iterations)
            if mask is None:
                return None
            if shrink < 1:
                size = (crop.shape[1], crop.shape[0])
                mask = cv2.resize(mask.astype(np.uint8), size, interpolation=cv2.INTER_NEAREST) > 0
        inside = np.zeros_like(mask)
        inside[int(by1 - cy1) : int(np.ceil(by2 - cy1)), int(bx1 - cx1) : int(np.ceil(bx2 - cx1))] = True
        mask &= inside
        if not mask.any():
            return None
        return mask_to_original_rle(image, mask, (cx1, cy1, cx2, cy2))


class ProbeGrabCutSegmenter(GrabCutSegmenter):
    """The previous default: the 64-px probe, else one round of plain GrabCut at the work size (no coarse cut)."""

    name = "grabcut-probe"

    def __init__(
        self,
        model: str | None = None,
        device: str = "auto",
        iterations: int = 1,
        work_size: int = 224,
        probe_size: int = 64,
        accept_fraction: float = 0.4,
        coarse_factor: float = 0.0,
    ) -> None:
        super().__init__(model, device, iterations, work_size, probe_size, accept_fraction, coarse_factor)


class FullGrabCutSegmenter(GrabCutSegmenter):
    """The earlier default: GrabCut at the work size, three rounds, no probe, no coarse cut (for comparisons)."""

    name = "grabcut-full"

    def __init__(
        self,
        model: str | None = None,
        device: str = "auto",
        iterations: int = 3,
        work_size: int = 224,
        probe_size: int = 0,
        accept_fraction: float = 0.4,
        coarse_factor: float = 0.0,
    ) -> None:
        super().__init__(model, device, iterations, work_size, probe_size, accept_fraction, coarse_factor)


class ColourModelSegmenter(_OpenCVBoxSegmenter):
    """The object is what its box holds and its surroundings do not: colour histograms of the box's centre
    (object) and of a margin around the box (background) give each pixel a probability, smoothed, then
    re-estimated from the result ``rounds`` times; the largest connected part inside the box is the mask."""

    name = "colour-model"
    default_model = "colour-histograms"

    def __init__(
        self, model: str | None = None, device: str = "auto", work_size: int = 96, bins: int = 16, rounds: int = 3
    ) -> None:
        super().__init__(model=model, device="cpu")
        if work_size < 16 or not 2 <= bins <= 64 or rounds < 1:
            raise ToolConfigError(
                f"need work_size >= 16, 2 <= bins <= 64, rounds >= 1; got {work_size}, {bins}, {rounds}"
            )
        self.work_size, self.bins, self.rounds = work_size, bins, rounds

    def options(self) -> dict[str, Any]:
        return {"work_size": self.work_size, "bins": self.bins, "rounds": self.rounds}

    def segment_box(self, cv2: Any, image: LoadedImage, original_box: Box) -> RLE | None:
        cut = BoxCrop.around(cv2, image, original_box, self.work_size)
        if cut is None:
            return None
        (bx1, by1, bx2, by2), (cx1, cy1, cx2, cy2), crop, shrink = cut.box, cut.bounds, cut.crop, cut.shrink
        small = cut.small
        height, width = small.shape[:2]
        rx1, ry1 = int((bx1 - cx1) * shrink), int((by1 - cy1) * shrink)
        rx2 = min(width, int(np.ceil((bx2 - cx1) * shrink)))
        ry2 = min(height, int(np.ceil((by2 - cy1) * shrink)))
        inside = np.zeros((height, width), bool)
        inside[ry1:ry2, rx1:rx2] = True
        quantised = small.astype(np.int32) * self.bins // 256
        colour = (quantised[..., 0] * self.bins + quantised[..., 1]) * self.bins + quantised[..., 2]
        ys, xs = np.mgrid[0:height, 0:width]
        centre = (
            ((xs - (rx1 + rx2) / 2) / max(1, (rx2 - rx1) / 2)) ** 2
            + ((ys - (ry1 + ry2) / 2) / max(1, (ry2 - ry1) / 2)) ** 2
        ) <= 0.6
        objects, background = centre & inside, ~inside if (~inside).any() else ~centre
        probability = np.zeros((height, width), np.float32)
        for _ in range(self.rounds):
            object_hist = np.bincount(colour[objects], minlength=self.bins**3) + 0.5
            background_hist = np.bincount(colour[background], minlength=self.bins**3) + 0.5
            p_object = (object_hist / object_hist.sum())[colour]
            p_background = (background_hist / background_hist.sum())[colour]
            probability = cv2.GaussianBlur((p_object / (p_object + p_background)).astype(np.float32), (0, 0), 1.2)
            objects = (probability > 0.5) & inside
            background = ~inside | ((probability <= 0.5) & inside)
            if not objects.any():
                return None
        count, labels, stats, _ = cv2.connectedComponentsWithStats(objects.astype(np.uint8), connectivity=8)
        if count <= 1:
            return None
        mask = labels == 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
        if shrink < 1:
            mask = cv2.resize(mask.astype(np.uint8), (crop.shape[1], crop.shape[0]), interpolation=cv2.INTER_LINEAR) > 0
        return mask_to_original_rle(image, mask, (cx1, cy1, cx2, cy2))


class SamSegmenter(Segmenter):
    """segment-anything ``SamPredictor`` prompted with every detection box.

    ``model`` is the checkpoint path (``sam_vit_b_01ec64.pth``, ...), ``model_type`` its registry key
    (``vit_h``, ``vit_l``, ``vit_b``)."""

    name = "sam"
    default_model = "sam_vit_b_01ec64.pth"

    def __init__(self, model: str | None = None, device: str = "auto", model_type: str = "vit_b") -> None:
        super().__init__(model=model, device=device)
        self.model_type = model_type

    def options(self) -> dict[str, Any]:
        return {"model_type": self.model_type}

    def model_identity(self) -> str:
        return f"{self.model_name}:{self.model_type}"

    def _load_model(self, device: str) -> Any:
        require("segment_anything", "segment-anything", extra="torch", purpose="SAM segmentation")
        from segment_anything import SamPredictor, sam_model_registry

        checkpoint = Path(str(self.model_name)).expanduser()
        if not checkpoint.is_file():
            raise ModelNotAvailableError(str(self.model_name), hint="pass --model PATH to a SAM checkpoint (.pth)")
        if self.model_type not in sam_model_registry:
            known = ", ".join(sorted(sam_model_registry))
            raise ToolConfigError(f"unknown SAM model type {self.model_type!r}; known: {known}")
        sam = sam_model_registry[self.model_type](checkpoint=str(checkpoint))
        sam.to(device)
        return SamPredictor(sam)

    def _segment(self, model: Any, item: ToolInput) -> list[RLE | None]:
        import torch

        image = item.image
        model.set_image(image.pixels, image_format="RGB")
        boxes = torch.tensor([image.box_to_model(b) for b in item.detections.boxes], device=model.device)
        prompts = model.transform.apply_boxes_torch(boxes, image.pixels.shape[:2])
        with torch.inference_mode(), torch.autocast(device_type="cuda", enabled=self.half):
            masks, _, _ = model.predict_torch(None, None, boxes=prompts, multimask_output=False)
        model.reset_image()
        found = masks[:, 0].cpu().numpy()
        return [mask_to_original_rle(image, m) if m.any() else None for m in found]


class UltralyticsSamSegmenter(Segmenter):
    """ultralytics ``SAM`` (``sam_b.pt``, ``mobile_sam.pt``, ``sam2_t.pt`` ...) or ``FastSAM`` (``FastSAM-s.pt``)
    prompted with the detection boxes."""

    name = "ultralytics-sam"
    default_model = "mobile_sam.pt"

    def _load_model(self, device: str) -> Any:
        require("ultralytics", extra="torch", purpose="ultralytics SAM segmentation")
        from ultralytics import SAM, FastSAM

        name = str(self.model_name)
        loader = FastSAM if "fastsam" in Path(name).stem.lower() else SAM
        try:
            return loader(name)
        except (ConnectionError, OSError, FileNotFoundError) as error:
            hint = "pass --model PATH to local weights" if not is_local_path(name) else f"cannot read it ({error})"
            raise ModelNotAvailableError(name, hint=hint) from error

    def _segment(self, model: Any, item: ToolInput) -> list[RLE | None]:
        image = item.image
        boxes = [list(image.box_to_model(b)) for b in item.detections.boxes]
        results = model.predict(
            np.ascontiguousarray(image.pixels[:, :, ::-1]),
            bboxes=boxes,
            device=self.device,
            half=self.half,
            verbose=False,
        )
        found = Detections.from_ultralytics(results[0], scale=image.scale, source=self.name)
        masks: list[RLE | None] = list(found.masks or [])
        return (masks + [None] * len(boxes))[: len(boxes)]
