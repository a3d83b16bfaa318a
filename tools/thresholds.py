"""Detection thresholds, chosen from the calibration curve of detection score against being right.

``examples/benchmarks/calibrate_detection.py`` measures that curve (the offline SSD detector on the bundled
photos, labelled by hand, and on CLEVR renders and synthetic shape scenes, where none of its classes is present;
the region proposer on shape scenes and CLEVR renders with their true masks) and prints the thresholds below.
One number serves counting and abstention: an object is in the scene when its score says it is more likely
right than wrong, and an answer is given without hedging unless it would change when the detections the
detector was unsure of (scores between the candidate floor and the threshold) are taken in or left out.
"""

from __future__ import annotations

DETECTION_THRESHOLD = 0.25
"""Detections scoring at least this are objects."""

CANDIDATE_FRACTION = 0.5
"""Detections in ``[DETECTION_THRESHOLD * CANDIDATE_FRACTION, DETECTION_THRESHOLD)`` are candidates."""

ABSTAIN_BELOW = DETECTION_THRESHOLD
"""An answer resting on an object scoring less than this is not given (the same number as the threshold:
an object good enough to count is good enough to answer about)."""

HEDGE_SCORE = DETECTION_THRESHOLD * CANDIDATE_FRACTION
"""A candidate scoring at least this can hedge an answer (the answer is "unknown" when taking it in changes it)."""

DRAWING_DETECTION_SCORE = 0.8
"""On a flat drawing, a detection at least this sure keeps its name over the region it covers; below it, the
region's geometric name wins (the offline COCO detector's guesses at drawn shapes score less)."""
