"""Perception that follows the program: one :class:`PerceptionSession` per image runs each tool only when a
program needs it, keeps every result, and builds the scene graph a program needs from what it has.

A second question about the same image reuses everything (detections, masks, attributes, OCR lines); only a tool
the new question needs and no earlier one did runs. Every call (or reuse) is recorded as a :class:`ToolCall`.

    session = PerceptionSession(PerceptionPipeline(), load_image("examples/bus.jpg"))
    graph = session.graph(needs_of(program))      # runs the detector only, for a count
    graph = session.graph(needs_of(colour_program))  # + masks and colours of the objects asked about
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import numpy as np
from pydantic import BaseModel, Field

from nsvr.scene_graph.models import RLE, Attribute, SceneGraph
from nsvr.tools.base import Tool, ToolInput
from nsvr.tools.convert import Detections, box_iou
from nsvr.tools.image_io import LoadedImage
from nsvr.tools.needs import TEXT_ATTRIBUTE, PerceptionNeeds
from nsvr.tools.ocr import attach_texts, containment, line_holders

if TYPE_CHECKING:
    from nsvr.tools.builder import PerceptionPipeline


LABEL_READS = 24
"""At most this many drawn shapes (the first the proposer found) are read for a label the OCR missed."""
CLEAR_BACKGROUND = 0.7
"""The confidence of a background colour's name at or above which an answer that rests on it is not hedged."""


class ToolCall(BaseModel):
    """One use of a tool for a question: what it was asked, how much it returned, how long it took, and whether
    the result came from this image's cache (``cached``: nothing ran)."""

    tool: str
    request: str
    returned: int = Field(ge=0, description="objects, masks, attribute values or text lines returned")
    seconds: float = Field(ge=0.0)
    cached: bool = False

    def describe(self) -> str:
        how = "cached" if self.cached else f"{self.seconds * 1000:.0f} ms"
        return f"{self.tool}({self.request}) -> {self.returned} [{how}]"


class PerceptionSession:
    """All that has been perceived about one image, grown on demand.

    Objects live in one pool (every detection at or above the candidate floor, from every tool that ran), so an
    object keeps its id across questions; masks and attribute values are cached per pool entry."""

    def __init__(self, pipeline: PerceptionPipeline, image: LoadedImage) -> None:
        self.pipeline = pipeline
        self.image = image
        self.pool = Detections()
        self._origin: list[str] = []  # which tool key produced each pool entry
        self._ran: dict[str, int] = {}  # tool key -> entries it added
        self._names_asked: dict[int, set[str]] = {}  # open-vocabulary detector index -> names already asked
        self._masks: dict[int, RLE | None] = {}
        self._attributes: dict[tuple[int, int], dict[str, Attribute]] = {}
        self._sizes: dict[tuple[int, ...], list[dict[str, Attribute]]] = {}
        self._texts: Detections | None = None
        self._labels_read: set[int] = set()  # drawn shapes whose labels were looked for
        self._depth: dict[int, Any] = {}
        self._caption: Any = None
        self._plain: bool | None = None
        self._background_facts: tuple[dict[str, str], dict[str, Attribute]] | None = None
        self._graphs: dict[PerceptionNeeds, SceneGraph] = {}
        self.calls: list[ToolCall] = []

    # ---- the one public entry -------------------------------------------------------------------------------

    def graph(self, needs: PerceptionNeeds, calls: list[ToolCall] | None = None) -> SceneGraph:
        """The scene graph ``needs`` call for; tool calls (and reuses) are appended to ``calls``."""
        record = [] if calls is None else calls
        known = self._graphs.get(needs)
        if known is not None:
            record.append(
                ToolCall(
                    tool="scene-graph", request=needs.describe(), returned=len(known.objects), seconds=0.0, cached=True
                )
            )
            return known
        drawing = self._is_drawing(record)
        sources = [] if self._skips_detectors(drawing) else self._detect(needs, record)
        if self._wants_regions(sources, drawing):
            sources.append(self._run_once("regions", self.pipeline.regions, "plain-background regions", record))
        labelled = needs.labels and "regions" in self._ran  # a drawing's figures, whose labels may tell them apart
        if self.pipeline.ocr is not None and (needs.text or labelled or self.pipeline.config.ocr_always):
            self._read_text(record)
            self._read_labels(record)
        objects, candidates = self._choose(needs, sources)
        scope = [i for i in objects + candidates if needs.wants_name(self.pool.class_names[i])]
        if needs.masks and self.pipeline.segmenter is not None:
            self._segment([i for i in scope if self._origin[i] != "regions"], record)
        attributes = self._describe(needs, objects, candidates, scope, record)
        graph = self._assemble(needs, objects, candidates, attributes, record)
        self._graphs[needs] = graph
        return graph

    # ---- detection ------------------------------------------------------------------------------------------

    def _detect(self, needs: PerceptionNeeds, record: list[ToolCall]) -> list[str]:
        """Run the detectors the needs call for; the keys of the pool parts this graph draws on."""
        sources = []
        for index, detector in enumerate(self.pipeline.detectors):
            vocabulary = detector.vocabulary if not _open_vocabulary(detector) else None  # type: ignore[attr-defined]
            if vocabulary is not None:
                if not needs.any_object and not any(needs.wants_name(n) for n in vocabulary):
                    continue  # no name of the program is one it can see: the executor answers "unknown" anyway
                sources.append(self._run_once(f"detector{index}", detector, f"{len(vocabulary)} classes", record))
                continue
            wanted = self._open_names(index, detector, needs)
            missing = sorted(wanted - self._names_asked.setdefault(index, set()))
            key = f"detector{index}"
            if missing:
                self._run(key, detector, ", ".join(missing), record, vocabulary=missing)
                self._names_asked[index].update(missing)
            elif wanted:
                record.append(
                    ToolCall(
                        tool=detector.name,
                        request=", ".join(sorted(wanted)),
                        returned=self._ran.get(key, 0),
                        seconds=0.0,
                        cached=True,
                    )
                )
            sources.append(key)
        return sources

    def _open_names(self, index: int, detector: Tool, needs: PerceptionNeeds) -> set[str]:
        """The classes an open-vocabulary detector is asked for: the program's names (its configured classes
        too when the program takes objects of any kind)."""
        names = set(needs.names) - {TEXT_ATTRIBUTE}
        if needs.any_object:
            names |= set(getattr(detector, "classes", None) or self._names_asked.get(index, set()))
        return names

    def _run_once(self, key: str, tool: Tool | None, request: str, record: list[ToolCall]) -> str:
        if tool is None:
            return key
        if key in self._ran:
            record.append(ToolCall(tool=tool.name, request=request, returned=self._ran[key], seconds=0.0, cached=True))
        else:
            self._run(key, tool, request, record)
        return key

    def _run(
        self, key: str, tool: Tool, request: str, record: list[ToolCall], vocabulary: list[str] | None = None
    ) -> None:
        with self._timed(tool.name, request, record) as call:
            found = tool.run([ToolInput(image=self.image, vocabulary=vocabulary)])[0]
            found = found.filter(min_score=self.pipeline.config.candidate_floor)
            added = self._add(key, found)
            call["returned"] = added
        self._ran[key] = self._ran.get(key, 0) + added

    def _add(self, key: str, found: Detections) -> int:
        """Append new detections to the pool, dropping same-class duplicates of entries already there."""
        found = found.deduplicate(self.pipeline.config.dedup_iou)
        if len(self.pool) and len(found):
            overlaps = box_iou(found.xyxy, self.pool.xyxy)
            keep = [
                i
                for i in range(len(found))
                if not any(
                    overlaps[i, j] >= self.pipeline.config.dedup_iou and self.pool.class_names[j] == name
                    for j in range(len(self.pool))
                    for name in [found.class_names[i]]
                )
            ]
            found = found.select(keep)
        start = len(self.pool)
        self.pool = Detections.concatenate([self.pool, found]) if start else found
        self._origin.extend([key] * len(found))
        for offset, attributes in enumerate(found.attributes or []):
            if attributes:
                self._attributes[(-1, start + offset)] = dict(attributes)  # the tool's own (a region's shape ...)
        for offset, mask in enumerate(found.masks or []):
            if mask is not None:
                self._masks[start + offset] = mask
        return len(found)

    def _is_drawing(self, record: list[ToolCall]) -> bool:
        """Whether the image is a flat drawing on a plain background (checked once, with the region proposer's
        cheap test, when the proposer is at hand in auto mode)."""
        proposer = self.pipeline.regions
        if proposer is None or self.pipeline.config.regions_mode != "auto":
            return False
        if self._plain is not None:
            record.append(
                ToolCall(
                    tool=proposer.name, request="flat drawing?", returned=int(self._plain), seconds=0.0, cached=True
                )
            )
            return self._plain
        with self._timed(proposer.name, "flat drawing?", record) as call:
            self._plain = bool(proposer.is_flat_scene(self.image))  # type: ignore[attr-defined]
            call["returned"] = int(self._plain)
        return self._plain

    def _skips_detectors(self, drawing: bool) -> bool:
        """On flat drawings the detector's guesses were all wrong in calibration: it does not run there."""
        return drawing and self.pipeline.config.drawing_detection_score >= 1.0

    def _wants_regions(self, sources: list[str], drawing: bool) -> bool:
        """The region proposer runs when configured to always run, or (auto) on a flat drawing, or when the
        detectors found nothing at all on a plain background."""
        proposer = self.pipeline.regions
        if proposer is None:
            return False
        mode = self.pipeline.config.regions_mode
        if mode == "always" or "regions" in self._ran:
            return True
        if mode != "auto":
            return False
        if not self.pipeline.detectors or drawing:
            return True
        found = [
            i for i in range(len(self.pool)) if self._origin[i] in sources and self.pool.scores[i] >= self._threshold(i)
        ]
        return not found and proposer.has_plain_background(self.image)  # type: ignore[attr-defined]

    # ---- choosing objects and candidates --------------------------------------------------------------------

    def _choose(self, needs: PerceptionNeeds, sources: list[str]) -> tuple[list[int], list[int]]:
        """Pool entries that are objects of this graph, and the best candidates (under the threshold, not part of
        a surer object of the same class)."""
        config = self.pipeline.config
        usable = [i for i in range(len(self.pool)) if self._origin[i] in sources]
        if "regions" in sources and len(sources) > 1:
            usable = self._drawings_over_detections(usable)
        if needs.restrict_names:
            usable = [i for i in usable if needs.wants_name(self.pool.class_names[i])]
        objects = [i for i in usable if self.pool.scores[i] >= self._threshold(i)]
        below = [
            i
            for i in usable
            if self._threshold(i) * self._candidate_fraction(i) <= self.pool.scores[i] < self._threshold(i)
            and config.candidate_fraction > 0
            and not self._part_of(i, objects)
        ]
        best = sorted(below, key=lambda i: -self.pool.scores[i])[: config.max_candidates]
        return objects, sorted(best)

    def _threshold(self, index: int) -> float:
        """The score an entry needs to be an object: each tool's own, from its calibration."""
        config = self.pipeline.config
        return config.region_threshold if self._origin[index] == "regions" else config.min_score

    def _candidate_fraction(self, index: int) -> float:
        """How far under its threshold an entry is still a candidate: each tool's own, from its calibration."""
        config = self.pipeline.config
        return config.region_candidate_fraction if self._origin[index] == "regions" else config.candidate_fraction

    def _part_of(self, index: int, objects: Sequence[int], share: float = 0.8) -> bool:
        """Whether pool entry ``index`` lies mostly inside an object of the same class (a part of it)."""
        box, name = self.pool.boxes[index], self.pool.class_names[index]
        return any(self.pool.class_names[j] == name and containment(box, self.pool.boxes[j]) >= share for j in objects)

    def _drawings_over_detections(self, usable: list[int]) -> list[int]:
        """Where a detection and a region of a flat drawing are one thing, the detector's name stands only when
        it is sure (a custom detector of the drawing's objects); an unsure guess at a region (a "frisbee" for a
        drawn circle) gives way to the region."""
        regions = [i for i in usable if self._origin[i] == "regions"]
        others = [i for i in usable if self._origin[i] != "regions"]
        if not regions or not others:
            return usable
        overlaps = box_iou(self.pool.xyxy[others], self.pool.xyxy[regions])
        sure = self.pipeline.config.drawing_detection_score
        dropped: set[int] = set()
        for row, index in zip(overlaps, others, strict=True):
            if row.max() < 0.5:
                continue
            if self.pool.scores[index] >= sure:
                dropped.add(regions[int(row.argmax())])
            else:
                dropped.add(index)
        return [i for i in usable if i not in dropped]

    # ---- masks, attributes ----------------------------------------------------------------------------------

    def _segment(self, indices: list[int], record: list[ToolCall]) -> None:
        from nsvr.tools.builder import reconcile_masks

        segmenter = self.pipeline.segmenter
        assert segmenter is not None
        missing = [i for i in indices if i not in self._masks]
        request = f"{len(indices)} boxes"
        if not missing:
            if indices:
                record.append(
                    ToolCall(tool=segmenter.name, request=request, returned=len(indices), seconds=0.0, cached=True)
                )
            return
        with self._timed(segmenter.name, f"{len(missing)} boxes", record) as call:
            boxes = self.pool.select(missing)
            done = segmenter.run([ToolInput(image=self.image, detections=boxes)])[0]
            done = reconcile_masks(done, self.pipeline.config.mask_min_iou)
            for i, mask in zip(missing, done.masks or [None] * len(missing), strict=True):
                self._masks[i] = mask
            call["returned"] = sum(m is not None for m in done.masks or [])

    def _describe(
        self,
        needs: PerceptionNeeds,
        objects: list[int],
        candidates: list[int],
        scope: list[int],
        record: list[ToolCall],
    ) -> dict[int, dict[str, Attribute]]:
        """Attribute values of the graph's entries: the producing tool's own, then each attribute tool the needs
        call for (per instance on the entries in scope; tools comparing instances on all objects, then on the
        candidates beside them)."""
        found: dict[int, dict[str, Attribute]] = {
            i: dict(self._attributes.get((-1, i), {})) for i in objects + candidates
        }
        own = {i for i in objects + candidates if self._origin[i] == "regions"}  # regions bring colour, shape, size
        for index, tool in enumerate(self.pipeline.attributes):
            if not any(needs.wants_attribute(a) for a in _provides(tool)):
                continue
            if getattr(tool, "compares_instances", False):
                values = self._compared(
                    tool, [i for i in objects if i not in own], [i for i in candidates if i not in own], record
                )
            else:
                values = self._per_instance(index, tool, [i for i in scope if i not in own], record)
            for i, value in values.items():
                found[i].update(value)
        return found

    def _per_instance(self, index: int, tool: Tool, targets: list[int], record: list[ToolCall]) -> dict[int, dict]:
        missing = [i for i in targets if (index, i) not in self._attributes]
        if missing:
            with self._timed(tool.name, f"{len(missing)} objects", record) as call:
                part = self.pool.select(missing)
                part = part.replace(masks=[self._masks.get(i) for i in missing])
                done = tool.run([ToolInput(image=self.image, detections=part)])[0]
                for i, value in zip(missing, done.attributes or [{}] * len(missing), strict=True):
                    self._attributes[(index, i)] = {k: v for k, v in value.items() if k in _provides(tool)}
                call["returned"] = len(missing)
        elif targets:
            record.append(
                ToolCall(
                    tool=tool.name, request=f"{len(targets)} objects", returned=len(targets), seconds=0.0, cached=True
                )
            )
        return {i: self._attributes[(index, i)] for i in targets}

    def _compared(self, tool: Tool, objects: list[int], candidates: list[int], record: list[ToolCall]) -> dict:
        """A tool comparing instances (relative size) sees the objects alone, then each candidate beside them,
        so candidates never change what the objects get."""
        key = (id(tool), *objects, -1, *candidates)
        if key not in self._sizes:
            with self._timed(tool.name, f"{len(objects)} objects", record) as call:
                every = objects + candidates
                part = self.pool.select(every).replace(masks=None)
                alone = tool.run([ToolInput(image=self.image, detections=part.select(range(len(objects))))])[0]
                values = list(alone.attributes or [{}] * len(objects))
                if candidates:
                    joined = tool.run([ToolInput(image=self.image, detections=part)])[0]
                    values += list(joined.attributes or [{}] * len(every))[len(objects) :]
                self._sizes[key] = values
                call["returned"] = len(every)
        else:
            record.append(
                ToolCall(
                    tool=tool.name, request=f"{len(objects)} objects", returned=len(objects), seconds=0.0, cached=True
                )
            )
        return dict(zip(objects + candidates, self._sizes[key], strict=True))

    # ---- text -----------------------------------------------------------------------------------------------

    def _read_text(self, record: list[ToolCall]) -> None:
        ocr = self.pipeline.ocr
        assert ocr is not None
        if self._texts is not None:
            record.append(
                ToolCall(tool=ocr.name, request="text lines", returned=len(self._texts), seconds=0.0, cached=True)
            )
            return
        with self._timed(ocr.name, "text lines", record) as call:
            lines = ocr.run([ToolInput(image=self.image)])[0].deduplicate(self.pipeline.config.dedup_iou)
            self._texts = lines
            call["returned"] = len(lines)

    def _read_labels(self, record: list[ToolCall]) -> None:
        """Labels the OCR missed on the whole picture, read inside the drawn shapes that hold writing and no line
        (:func:`~nsvr.tools.lettering.writing_box`): a short word in a small shape among others, beside an arrow,
        escapes the text detector, and the recogniser reads it from the shape's own crop. Each region is looked at
        once; the lines read join the OCR's."""
        ocr = self.pipeline.ocr
        if self._texts is None or ocr is None or not hasattr(ocr, "read_line"):
            return
        shapes = [i for i, origin in enumerate(self._origin) if origin == "regions" and i not in self._labels_read]
        if not shapes:
            return
        self._labels_read.update(shapes)
        held = set(line_holders(self.pool.select(shapes), self._texts).values())
        bare = [i for k, i in enumerate(shapes) if k not in held and self.pool.masks and self.pool.masks[i]]
        if not bare:
            return
        with self._timed(ocr.name, f"labels in {len(bare)} shapes", record) as call:
            found = [line for i in bare[:LABEL_READS] if (line := self._label_of(i, ocr)) is not None]
            if found:
                boxes, texts, scores = zip(*found, strict=True)
                read = Detections(
                    boxes=list(boxes), scores=list(scores), class_names=["text"] * len(found), texts=list(texts)
                )
                self._texts = Detections.concatenate([self._texts, read]) if len(self._texts) else read
            call["returned"] = len(found)

    def _not_figures(self, indices: list[int]) -> list[int]:
        """The text lines that are no drawn figure read as a letter: a line whose box holds a region's (a small
        triangle read "A", a square "D": a label's own letters are no regions) is that figure, which must not label
        the shape around it."""
        if self._texts is None:
            return []
        figures = [self.pool.boxes[i] for i in indices if self._origin[i] == "regions"]
        return [
            i
            for i, line in enumerate(self._texts.boxes)
            if not any(containment(figure, line) >= 0.8 for figure in figures)
        ]

    def _inked(self, lines: Detections) -> Detections:
        """Text lines no object holds, each with the colour of its ink (a diagram's black title): a program that
        picks "the purple shape" among every object can then leave the title out, where a colour it could not tell
        left it "unknown"."""
        from nsvr.tools.attributes import name_flat_color
        from nsvr.tools.lettering import ink_colour

        attributes = [dict(a) for a in lines.attributes or [{} for _ in range(len(lines))]]
        for entry, box in zip(attributes, lines.boxes, strict=True):
            x0, y0, x1, y1 = (int(round(v)) for v in self.image.box_to_model(box))
            ink = ink_colour(self.image.pixels[y0:y1, x0:x1])
            if ink is not None and "color" not in entry:
                entry["color"] = name_flat_color(ink)
        return lines.replace(attributes=attributes)

    def _label_of(self, index: int, ocr: Tool) -> tuple[tuple[float, float, float, float], str, float] | None:
        """The line written on drawn shape ``index`` (its box in original pixels, its text, its score), or None."""
        import cv2

        from nsvr.tools import masks as rle_masks
        from nsvr.tools.lettering import silhouette, writing_box
        from nsvr.tools.regions import to_lab

        decoded = rle_masks.decode_crop(self.pool.masks[index])  # type: ignore[index]
        if decoded is None:
            return None
        crop, (x0, y0) = decoded
        scale = self.image.scale
        left, top = int(x0 * scale), int(y0 * scale)
        shape = silhouette(crop).astype(np.uint8)
        if abs(scale - 1.0) > 1e-9:
            size = (max(1, round(crop.shape[1] * scale)), max(1, round(crop.shape[0] * scale)))
            shape = cv2.resize(shape, size, interpolation=cv2.INTER_NEAREST)
        pixels = self.image.pixels[top : top + shape.shape[0], left : left + shape.shape[1]]
        box = writing_box(to_lab(pixels), shape[: pixels.shape[0], : pixels.shape[1]] > 0)
        if box is None:
            return None
        pad = max(2, round(0.25 * (box[3] - box[1])))
        bx0, by0 = max(0, box[0] - pad), max(0, box[1] - pad)
        bx1, by1 = min(pixels.shape[1], box[2] + pad), min(pixels.shape[0], box[3] + pad)
        read = ocr.read_line(pixels[by0:by1, bx0:bx1])  # type: ignore[attr-defined]
        if read is None:
            return None
        corner = ((left + bx0) / scale, (top + by0) / scale, (left + bx1) / scale, (top + by1) / scale)
        return corner, read[0], read[1]

    # ---- the graph ------------------------------------------------------------------------------------------

    def _assemble(
        self,
        needs: PerceptionNeeds,
        objects: list[int],
        candidates: list[int],
        attributes: dict[int, dict[str, Attribute]],
        record: list[ToolCall],
    ) -> SceneGraph:
        from nsvr.tools.builder import graph_from_detections

        def part(indices: list[int]) -> Detections:
            chosen = self.pool.select(indices)
            return chosen.replace(
                masks=[self._masks.get(i) for i in indices] if indices else None,
                attributes=[attributes.get(i, {}) for i in indices],
            )

        found, unsure = part(objects), part(candidates)
        reads_text = self._texts is not None and (needs.text or self.pipeline.config.ocr_always)
        free_lines: list[int] = []
        if (reads_text or needs.labels) and self._texts is not None:
            # a line goes to the object holding it; lines no object holds are objects named "text" (where the
            # program reads text: for labels alone, a title is no figure)
            texts = self._texts.select(self._not_figures(objects + candidates))
            held = line_holders(found, texts)
            free_lines = [i for i in range(len(texts)) if i not in held] if reads_text else []
            unsure = _tail(attach_texts(Detections.concatenate([found, unsure]), texts), len(found))
            free = self._inked(texts.select(free_lines))
            found = Detections.concatenate([attach_texts(found, texts), free])
        if needs.depth and self.pipeline.depth is not None:
            found, unsure = self._positions(found, unsure, record)
        captions = self._captions(found, record) if needs.all_attributes and self.pipeline.captioner else None
        ids = [str(i) for i in objects]
        ids += [f"t{i}" for i in free_lines]
        facts, readings = self._background(record) if needs.wants_attribute("background") else ({}, {})
        return graph_from_detections(
            self.pipeline,
            self.image,
            found,
            unsure,
            captions,
            ids=ids,
            candidate_ids=[str(i) for i in candidates],
            vocabulary=self._vocabulary(needs, reads_text),
            facts=facts,
            fact_readings=readings,
        )

    def _background(self, record: list[ToolCall]) -> tuple[dict[str, str], dict[str, Attribute]]:
        """The scene fact ``background`` (its colour) when the region proposer finds a plain background, and its
        reading when the colour lies between two names (an answer that rests on it is hedged); nothing (so
        "unknown") for a photo's surroundings."""
        proposer = self.pipeline.regions
        if proposer is None:
            return {}, {}
        if self._background_facts is None:
            with self._timed(proposer.name, "background colour", record) as call:
                found = proposer.background_colour(self.image)  # type: ignore[attr-defined]
                call["returned"] = int(found is not None)
            if found is None:
                self._background_facts = {}, {}
            else:
                clear = found.confidence >= CLEAR_BACKGROUND
                self._background_facts = {"background": found.value}, {} if clear else {"background": found}
        return self._background_facts

    def _positions(
        self, found: Detections, unsure: Detections, record: list[ToolCall]
    ) -> tuple[Detections, Detections]:
        depth = self.pipeline.depth
        assert depth is not None
        joined = Detections.concatenate([found, unsure])
        with self._timed(depth.name, f"{len(joined)} objects", record) as call:
            done = depth.run([ToolInput(image=self.image, detections=joined)])[0]
            call["returned"] = len(done)
        return done.select(range(len(found))), _tail(done, len(found))

    def _captions(self, found: Detections, record: list[ToolCall]) -> Any:
        captioner = self.pipeline.captioner
        assert captioner is not None
        if self._caption is None:
            with self._timed(captioner.name, f"{len(found)} regions", record) as call:
                self._caption = captioner.run([ToolInput(image=self.image, detections=found)])[0]
                call["returned"] = len(found)
        return self._caption

    def _vocabulary(self, needs: PerceptionNeeds, reads_text: bool) -> list[str]:
        wanted = sorted(needs.names) if needs.restrict_names else None
        names = self.pipeline.vocabulary(wanted, asked=self._asked())
        if self._skips_detectors(bool(self._plain)):  # a drawn person is not "no person": nothing looked for one
            names = [n for n in names if n == TEXT_ATTRIBUTE]
        if "regions" in self._ran or self.pipeline.config.regions_mode == "always":
            from nsvr.scene_graph.names import FIGURE_NAMES, SHAPE_NAMES

            # and a flat drawing's figures (a chart's bars, a house), but what it could not see there (a diagram's
            # arrows); a photographed thing on a plain table is no pictogram, nor is its absence one's
            unseen = getattr(self.pipeline.regions, "unseen_names", None)
            drawing = bool(self._plain) or self.pipeline.config.regions_mode == "always"
            seen = unseen is not None and "regions" in self._ran and drawing
            hidden = unseen(self.image) if seen else frozenset(FIGURE_NAMES)
            shown = [*SHAPE_NAMES, *(n for n in FIGURE_NAMES if n not in hidden)]
            names += [n for n in shown if n not in names and (wanted is None or needs.wants_name(n))]
        if not reads_text:
            names = [n for n in names if n != TEXT_ATTRIBUTE]
        elif TEXT_ATTRIBUTE not in names:
            names.append(TEXT_ATTRIBUTE)
        return names

    def _asked(self) -> dict[int, list[str]]:
        return {index: sorted(names) for index, names in self._names_asked.items()}

    @contextmanager
    def _timed(self, tool: str, request: str, record: list[ToolCall]) -> Iterator[dict[str, int]]:
        started = time.perf_counter()
        holder = {"returned": 0}
        yield holder
        call = ToolCall(tool=tool, request=request, returned=holder["returned"], seconds=time.perf_counter() - started)
        record.append(call)
        self.calls.append(call)


def _provides(tool: Tool) -> list[str]:
    """The attributes an attribute tool adds (``provides``, else its name: "color", "size")."""
    provided = getattr(tool, "provides", None)
    if callable(provided):
        provided = provided()
    return list(provided) if provided else [tool.name]


def _open_vocabulary(detector: Tool) -> bool:
    return bool(getattr(detector, "open_vocabulary", False))


def _tail(detections: Detections, start: int) -> Detections:
    return detections.select(range(start, len(detections)))


def _image_key(image: Any) -> tuple | None:
    """A cheap identity for an image source: a file by path, modification time and size; None when the
    content itself must be read to know it."""
    from pathlib import Path

    if isinstance(image, str | Path) and "://" not in str(image):
        path = Path(image).expanduser()
        try:
            stat = path.stat()
        except OSError:
            return None
        return ("file", str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    return None


class ProgramPerceiver:
    """Scene graphs for programs: one lazy :class:`PerceptionSession` per image, the last ``keep`` images
    remembered, so a second question about an image reuses all that the first one perceived.

    ``perceiver(image)`` is the eager graph (every tool); ``perceiver(image, program)`` runs only what the
    program needs. Each call's tool uses are in :attr:`last_calls`."""

    follows_programs = True

    def __init__(self, pipeline: PerceptionPipeline, keep: int = 8, cache_dir: str | None = None) -> None:
        self.pipeline = pipeline
        self.keep = keep
        self.cache_dir = cache_dir
        self._sessions: dict[Any, PerceptionSession] = {}
        self.last_calls: list[ToolCall] = []
        self.restrict_names: list[str] | None = None
        """Objects of these names only (a user narrowing the classes), whatever the program asks."""

    def session(self, image: Any, calls: list[ToolCall]) -> PerceptionSession:
        from nsvr.tools.image_io import load_image

        key = _image_key(image)
        if key is not None and key in self._sessions:
            return self._remember(key, self._sessions.pop(key))
        started = time.perf_counter()
        loaded = load_image(image, max_side=self.pipeline.config.max_side)
        calls.append(
            ToolCall(
                tool="load-image",
                request=str(getattr(loaded, "source", "") or "image"),
                returned=1,
                seconds=time.perf_counter() - started,
            )
        )
        content = ("content", loaded.content_hash)
        found = self._sessions.pop(content, None) or self.pipeline.session(loaded)
        if key is not None:
            self._remember(key, found)
        return self._remember(content, found)

    def _remember(self, key: Any, session: PerceptionSession) -> PerceptionSession:
        self._sessions[key] = session
        while len(self._sessions) > 2 * self.keep:
            self._sessions.pop(next(iter(self._sessions)))
        return session

    def needs(self, program: Any = None) -> PerceptionNeeds:
        from nsvr.tools.needs import needs_of

        needs = self.pipeline.everything(self.restrict_names) if program is None else needs_of(program)
        if self.restrict_names is not None and program is not None:
            needs = needs.model_copy(
                update={"names": frozenset(self.restrict_names), "any_object": False, "restrict_names": True}
            )
        return needs

    def __call__(self, image: Any, program: Any = None, calls: list[ToolCall] | None = None) -> SceneGraph:
        record: list[ToolCall] = [] if calls is None else calls
        session = self.session(image, record)
        needs = self.needs(program)
        if self.cache_dir is None:
            graph = session.graph(needs, record)
        else:
            graph = self._through_disk(session, needs, record)
        self.last_calls = list(record)
        return graph

    def _through_disk(self, session: PerceptionSession, needs: PerceptionNeeds, record: list[ToolCall]) -> SceneGraph:
        """The graph from ``cache_dir`` when an earlier process built it for the same image, tools and needs."""
        import hashlib
        from pathlib import Path

        digest = hashlib.sha256(needs.model_dump_json().encode()).hexdigest()[:12]
        name = f"{session.image.content_hash}-{self.pipeline.fingerprint(None)}-{digest}.json"
        path = Path(str(self.cache_dir)) / session.image.content_hash[:2] / name
        if path.is_file():
            started = time.perf_counter()
            graph = SceneGraph.load(str(path))
            record.append(
                ToolCall(
                    tool="graph-cache",
                    request=str(path),
                    returned=len(graph.objects),
                    seconds=time.perf_counter() - started,
                    cached=True,
                )
            )
            return graph
        graph = session.graph(needs, record)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        graph.save(str(temporary))
        temporary.replace(path)
        return graph


def perceive_with(perceive: Callable[..., SceneGraph], image: Any, program: Any = None) -> SceneGraph:
    """``perceive(image, program)`` when the perceiver follows programs (:class:`ProgramPerceiver`), else
    ``perceive(image)``: any plain image -> graph function still works."""
    if program is not None and getattr(perceive, "follows_programs", False):
        return perceive(image, program)
    return perceive(image)
