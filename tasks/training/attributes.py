"""The attribute network: a small multi-head CNN that reads colour, shape, material and size from one crop.

Trained on ground-truth boxes with jitter (shifted and rescaled boxes, as a detector would give) and exported
to ONNX with inputs ``crops (n, 4, S, S)`` and ``geometry (n, 4)`` and one log-probability output per
attribute (averaged over the crop and its mirror image), in the order of
:data:`nsvr.tools.clevr.vocabulary.ATTRIBUTES`, then ``centre (n, 2)``: where the object's 3D centre projects,
relative to the box centre, in units of the crop window's side (:func:`nsvr.tools.clevr.crops.crop_window`). The
network sees what hides an object, so it places a half-hidden object better than its visible box does. Last,
``object (n,)``: the logit that the box holds one whole object (trained on :mod:`.negatives` and the
detector's own false boxes), with which the perception confirms or drops borderline detections. torch is
imported inside the functions.
"""

from __future__ import annotations

import logging
import random
import time
import warnings
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image
from pydantic import BaseModel

from nsvr.tasks.training.clevr_data import ObjectRecord
from nsvr.tasks.training.occlusion import make_cutouts, paste_occluder
from nsvr.tools.clevr.crops import (
    CONTEXT,
    CROP_SIZE,
    GEOMETRY_FEATURES,
    centre_offset,
    crop_window,
    geometry_features,
    object_crop,
)
from nsvr.tools.clevr.vocabulary import ATTRIBUTES

LOGGER = logging.getLogger(__name__)
BOX_JITTER = 0.15
CONTEXT_RANGE = (1.05, 1.6)
"""Training crops take a random context factor (inference uses :data:`CONTEXT`): scale augmentation."""
DROPOUT = 0.2
OCCLUSION_PROBABILITY = 0.5
"""Share of training crops that get another object's cut-out pasted over them (:mod:`.occlusion`)."""
CENTRE_WEIGHT = 5.0
"""Weight of the centre head's L1 loss (targets are fractions of the crop side, errors around 0.02)."""
FINE_TUNE_LR = 1e-3
"""Peak learning rate when continuing a trained network (3e-3 from scratch)."""


class AttributeReport(BaseModel):
    weights_onnx: str
    epochs: int
    seconds: float
    train_accuracy: dict[str, float]
    val_accuracy: dict[str, float] | None = None
    started_from: str | None = None


def build_attribute_net() -> Any:
    """The network (a ``torch.nn.Module``): four two-conv blocks, the box geometry, four attribute heads and
    the centre head.

    A mask head on the second block predicts the target object's visible pixels (trained on the scenes'
    masks, which are a training signal only); the third block's features are pooled under that predicted
    mask as well as globally, so an occluding neighbour in the crop does not decide the shape."""
    import torch
    from torch import nn

    def block(cin: int, cout: int) -> nn.Sequential:
        return nn.Sequential(
            nn.Conv2d(cin, cout, 3, padding=1, bias=False),
            nn.BatchNorm2d(cout),
            nn.ReLU(inplace=True),
            nn.Conv2d(cout, cout, 3, padding=1, bias=False),
            nn.BatchNorm2d(cout),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(2),
        )

    class AttributeNet(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.early = nn.Sequential(block(4, 32), block(32, 64))
            self.middle = block(64, 128)
            self.late = block(128, 192)
            self.mask_head = nn.Sequential(nn.Conv2d(64, 32, 3, padding=1), nn.ReLU(inplace=True), nn.Conv2d(32, 1, 1))
            self.trunk = nn.Sequential(
                nn.Linear(128 + 192 + GEOMETRY_FEATURES, 128), nn.ReLU(inplace=True), nn.Dropout(DROPOUT)
            )
            self.heads = nn.ModuleList([nn.Linear(128, len(values)) for values in ATTRIBUTES.values()])
            self.centre = nn.Linear(128, 2)
            self.objectness = nn.Linear(128, 1)
            # zero start: a new head on a trained trunk (fine-tuning) then does not disturb it at first
            nn.init.zeros_(self.centre.weight)
            nn.init.zeros_(self.centre.bias)
            nn.init.zeros_(self.objectness.weight)
            nn.init.constant_(self.objectness.bias, 2.0)  # most boxes are objects

        def forward(self, crops: torch.Tensor, geometry: torch.Tensor) -> tuple[torch.Tensor, ...]:
            return self.forward_with_mask(crops, geometry)[:-1]

        def forward_with_mask(self, crops: torch.Tensor, geometry: torch.Tensor) -> tuple[torch.Tensor, ...]:
            """The attribute logits, the centre offset, the objectness logit and, last, the target object's mask
            logits at 1/4 resolution."""
            early = self.early(crops)
            mask_logits = self.mask_head(early)
            middle = self.middle(early)
            attention = nn.functional.avg_pool2d(torch.sigmoid(mask_logits), 2)
            on_target = (middle * attention).sum(dim=(2, 3)) / (attention.sum(dim=(2, 3)) + 1e-3)
            overall = self.late(middle).mean(dim=(2, 3))
            hidden = self.trunk(torch.cat([on_target, overall, geometry], dim=1))
            heads = (head(hidden) for head in self.heads)
            return (*heads, self.centre(hidden), self.objectness(hidden)[:, 0], mask_logits[:, 0])

    return AttributeNet()


def with_flip_averaging(net: Any) -> Any:
    """``net`` wrapped for inference: the attribute probabilities averaged over the crop and its mirror image,
    returned as log-probabilities (so a softmax of the output gives the averaged probabilities), the centre
    offsets averaged (the mirror's horizontal offset negated) and the objectness logits averaged."""
    import torch
    from torch import nn

    class FlipAveraged(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.net = net

        def forward(self, crops: torch.Tensor, geometry: torch.Tensor) -> tuple[torch.Tensor, ...]:
            mirrored_geometry = torch.cat([1.0 - geometry[:, :1], geometry[:, 1:]], dim=1)
            *plain, centre, objectness = self.net(crops, geometry)
            *mirrored, mirrored_centre, mirrored_objectness = self.net(torch.flip(crops, dims=[3]), mirrored_geometry)
            unmirrored = torch.cat([-mirrored_centre[:, :1], mirrored_centre[:, 1:]], dim=1)
            return (
                *(torch.log((a.softmax(dim=1) + b.softmax(dim=1)) / 2) for a, b in zip(plain, mirrored, strict=True)),
                (centre + unmirrored) / 2,
                (objectness + mirrored_objectness) / 2,
            )

    return FlipAveraged().eval()


def _jittered(box: tuple[float, float, float, float], rng: random.Random) -> tuple[float, float, float, float]:
    x, y, w, h = box
    w2 = max(4.0, w * (1 + rng.uniform(-BOX_JITTER, BOX_JITTER)))
    h2 = max(4.0, h * (1 + rng.uniform(-BOX_JITTER, BOX_JITTER)))
    cx = x + w / 2 + rng.uniform(-BOX_JITTER, BOX_JITTER) * w
    cy = y + h / 2 + rng.uniform(-BOX_JITTER, BOX_JITTER) * h
    return (cx - w2 / 2, cy - h2 / 2, w2, h2)


def _labels(records: list[ObjectRecord]) -> np.ndarray:
    return np.array(
        [[values.index(getattr(r, name)) for name, values in ATTRIBUTES.items()] for r in records], dtype=np.int64
    )


MASK_SIZE = CROP_SIZE // 4


def _mask_patches(records: list[ObjectRecord]) -> list[tuple[Image.Image, float, float] | None]:
    """Each record's decoded mask cut to its box (with the box origin), or None without a mask."""
    if not any(r.mask for r in records):
        return [None] * len(records)
    from pycocotools import mask as mask_utils  # training only

    patches: list[tuple[Image.Image, float, float] | None] = []
    for record in records:
        if not record.mask:
            patches.append(None)
            continue
        rle = {"size": record.mask["size"], "counts": record.mask["counts"].encode("ascii")}
        x, y, w, h = (int(round(v)) for v in mask_utils.toBbox(rle))  # the mask's box, not the record's
        full = mask_utils.decode(rle)
        patches.append((Image.fromarray(full[y : y + max(1, h), x : x + max(1, w)] * 255), float(x), float(y)))
    return patches


def _mask_target(
    patch: tuple[Image.Image, float, float], box: tuple[float, float, float, float], context: float
) -> np.ndarray:
    image, x, y = patch
    x0, y0, x1, y1 = crop_window(box, context)
    window = (x0 - x, y0 - y, x1 - x, y1 - y)
    small = image.transform((MASK_SIZE, MASK_SIZE), Image.Transform.EXTENT, window, Image.Resampling.BILINEAR)
    return np.asarray(small, dtype=np.float32) / 255.0


def _inputs(
    records: list[ObjectRecord],
    images: dict[str, Image.Image],
    rng: random.Random | None,
    patches: list[tuple[Image.Image, float, float] | None] | None = None,
    cutouts: list[Image.Image | None] | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Crops, geometry, mask targets, mask-valid flags and centre targets (jittered, flipped and, with
    ``cutouts``, partly occluded when ``rng`` is given)."""
    crops = np.zeros((len(records), 4, CROP_SIZE, CROP_SIZE), dtype=np.float32)
    geometry = np.zeros((len(records), GEOMETRY_FEATURES), dtype=np.float32)
    centres = np.zeros((len(records), 2), dtype=np.float32)
    masks = np.zeros((len(records), MASK_SIZE, MASK_SIZE), dtype=np.float32)
    has_mask = np.zeros(len(records), dtype=np.float32)
    donors = [k for k, cutout in enumerate(cutouts or []) if cutout is not None]
    for i, record in enumerate(records):
        box = _jittered(record.box, rng) if rng is not None and record.is_object else record.box
        context = rng.uniform(*CONTEXT_RANGE) if rng is not None else CONTEXT
        image = images[record.image]
        crops[i] = object_crop(image, box, context)
        geometry[i] = geometry_features(box, image.width, image.height)
        centres[i] = centre_offset(box, record.pixel, context)
        if patches is not None and patches[i] is not None:
            masks[i], has_mask[i] = _mask_target(patches[i], box, context), 1.0
            if rng is not None and donors and rng.random() < OCCLUSION_PROBABILITY:
                x0, _, x1, _ = crop_window(box, context)
                paste_occluder(crops[i], masks[i], cutouts[rng.choice(donors)], x1 - x0, rng)
    if rng is not None:
        flip = np.array([rng.random() < 0.5 for _ in records], dtype=bool)
        crops[flip] = crops[flip][..., ::-1]
        masks[flip] = masks[flip][..., ::-1]
        geometry[flip, 0] = 1.0 - geometry[flip, 0]
        centres[flip, 0] = -centres[flip, 0]
        brightness = np.array([rng.uniform(0.9, 1.1) for _ in records], dtype=np.float32)
        crops[:, :3] *= brightness[:, None, None, None]
    return crops, geometry, masks, has_mask, centres


def _open_images(records: list[ObjectRecord], folder: Path | None) -> dict[str, Image.Image]:
    """The records' images by name; ``folder`` None when the records name their image's full path."""
    names = sorted({r.image for r in records})
    return {name: Image.open(Path(folder) / name if folder else Path(name)).convert("RGB") for name in names}


def attribute_accuracy(net: Any, records: list[ObjectRecord], images: dict[str, Image.Image]) -> dict[str, float]:
    """Per-attribute accuracy of ``net`` (as exported: flip-averaged) on ground-truth boxes, the centre
    head's mean error in pixels (``centre_px``) and the share of the boxes the objectness head accepts."""
    import torch

    net = with_flip_averaging(net)
    labels = _labels(records)
    crops, geometry, _, _, centres = _inputs(records, images, None)
    sides = np.array([CONTEXT * max(r.box[2], r.box[3], 1.0) for r in records])
    correct = np.zeros(len(ATTRIBUTES))
    centre_error = accepted = 0.0
    with torch.no_grad():
        for start in range(0, len(records), 256):
            chunk = slice(start, start + 256)
            *outputs, centre, objectness = net(torch.from_numpy(crops[chunk]), torch.from_numpy(geometry[chunk]))
            for k, logits in enumerate(outputs):
                correct[k] += (logits.argmax(1).numpy() == labels[chunk, k]).sum()
            centre_error += float((np.abs(centre.numpy() - centres[chunk]).sum(axis=1) * sides[chunk]).sum())
            accepted += float((objectness.numpy() > 0).sum())
    count = max(1, len(records))
    accuracy = {name: float(correct[k] / count) for k, name in enumerate(ATTRIBUTES)}
    return accuracy | {"centre_px": centre_error / count, "objects_accepted": accepted / count}


def train_attribute_net(
    records: list[ObjectRecord],
    images: Path | None,
    out: Path,
    epochs: int = 40,
    device: str = "cpu",
    val_records: list[ObjectRecord] | None = None,
    val_images: Path | None = None,
    seed: int = 0,
    batch: int = 64,
    start_from: Path | None = None,
) -> AttributeReport:
    """Train the attribute network on ``records`` (crops from ``images``, or from the full paths the records
    name when ``images`` is None) and export ``attributes.onnx`` into ``out``. Fresh box jitter every epoch;
    AdamW with a one-cycle schedule. ``start_from`` (an ``attributes.onnx``, e.g. the shipped one) continues
    training that network (:func:`nsvr.tasks.training.from_onnx.attribute_net_from_onnx`) at
    :data:`FINE_TUNE_LR`; heads it lacks start fresh."""
    import torch

    torch.manual_seed(seed)
    rng = random.Random(seed)
    started = time.perf_counter()
    train_images = _open_images(records, images)
    if start_from is not None:
        from nsvr.tasks.training.from_onnx import attribute_net_from_onnx

        calibration = random.Random(seed).sample(records, min(512, len(records)))
        crops, geometry, *_ = _inputs(calibration, train_images, None)
        net = attribute_net_from_onnx(Path(start_from), crops, geometry).to(device)
    else:
        net = build_attribute_net().to(device)
    peak = FINE_TUNE_LR if start_from is not None else 3e-3
    optimizer = torch.optim.AdamW(net.parameters(), lr=peak, weight_decay=1e-4)
    steps_per_epoch = (len(records) + batch - 1) // batch
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimizer, peak, total_steps=epochs * steps_per_epoch)
    labels = torch.from_numpy(_labels(records))
    is_object = torch.tensor([r.is_object for r in records], dtype=torch.float32)
    loss_fn = torch.nn.CrossEntropyLoss(label_smoothing=0.05, reduction="none")
    patches = _mask_patches(records)
    cutouts = make_cutouts([train_images[r.image] for r in records], patches)
    for epoch in range(epochs):
        net.train()
        crops, geometry, masks, has_mask, centres = (
            torch.from_numpy(a) for a in _inputs(records, train_images, rng, patches, cutouts)
        )
        order = torch.randperm(len(records))
        for start in range(0, len(records), batch):
            index = order[start : start + batch]
            *outputs, centre, objectness, mask_logits = net.forward_with_mask(
                crops[index].to(device), geometry[index].to(device)
            )
            positive = is_object[index].to(device)
            share = positive.sum().clamp(min=1.0)
            loss = sum(
                (loss_fn(logits, labels[index, k].to(device)) * positive).sum() / share
                for k, logits in enumerate(outputs)
            )
            centre_error = (centre - centres[index].to(device)).abs().mean(dim=1)
            loss = loss + CENTRE_WEIGHT * (centre_error * positive).sum() / share
            loss = loss + torch.nn.functional.binary_cross_entropy_with_logits(objectness, positive)
            per_pixel = torch.nn.functional.binary_cross_entropy_with_logits(
                mask_logits, masks[index].to(device), reduction="none"
            )
            loss = loss + (per_pixel.mean(dim=(1, 2)) * has_mask[index].to(device)).mean()
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
        LOGGER.info("attribute net epoch %d/%d: last batch loss %.4f", epoch + 1, epochs, loss.item())
    net = net.cpu()
    train_accuracy = attribute_accuracy(net, [r for r in records if r.is_object], train_images)
    negatives = [r for r in records if not r.is_object]
    if negatives:
        train_accuracy["negatives_rejected"] = 1 - attribute_accuracy(net, negatives, train_images)["objects_accepted"]
    val_accuracy = None
    if val_records is not None:
        val_accuracy = attribute_accuracy(net, val_records, _open_images(val_records, val_images))
    onnx = export_attribute_onnx(with_flip_averaging(net), Path(out) / "attributes.onnx")
    return AttributeReport(
        weights_onnx=str(onnx),
        epochs=epochs,
        seconds=time.perf_counter() - started,
        train_accuracy=train_accuracy,
        val_accuracy=val_accuracy,
        started_from=str(start_from) if start_from is not None else None,
    )


OUTPUTS = (*ATTRIBUTES, "centre", "object")
"""The exported network's outputs, in order."""


def export_attribute_onnx(net: Any, path: Path, outputs: int = len(OUTPUTS)) -> Path:
    """Export ``net`` (usually :func:`with_flip_averaging` of the trained one) with a dynamic batch axis,
    keeping its first ``outputs`` outputs (:data:`OUTPUTS`)."""
    import torch

    class FirstOutputs(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.net = net

        def forward(self, crops: torch.Tensor, geometry: torch.Tensor) -> tuple[torch.Tensor, ...]:
            return tuple(self.net(crops, geometry))[:outputs]

    net.eval()
    path.parent.mkdir(parents=True, exist_ok=True)
    crops = torch.zeros(2, 4, CROP_SIZE, CROP_SIZE)
    geometry = torch.zeros(2, GEOMETRY_FEATURES)
    names = list(OUTPUTS[:outputs])
    with warnings.catch_warnings():  # the TorchScript exporter is deprecated but needs no onnxscript
        warnings.simplefilter("ignore", DeprecationWarning)
        torch.onnx.export(
            FirstOutputs().eval(),
            (crops, geometry),
            str(path),
            input_names=["crops", "geometry"],
            output_names=names,
            dynamic_axes={"crops": {0: "n"}, "geometry": {0: "n"}, **{name: {0: "n"} for name in names}},
            opset_version=17,
            dynamo=False,
        )
    return path
