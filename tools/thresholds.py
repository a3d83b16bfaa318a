"""Detection thresholds, chosen from the calibration curve of detection score against being right.

``python examples/benchmarks/calibrate_detection.py`` measures that curve and prints the numbers below:

- the offline SSD detector on the bundled photos (bus.jpg, zidane.jpg, and matplotlib's grace_hopper.jpg when
  installed; every person, bus and tie labelled by hand): no detection under 0.15 was right (0 of 20 in
  [0.10, 0.15)), 2 of 3 in [0.15, 0.20) were, and every one from 0.25 up. The count threshold is the lowest
  score from which detections are right more often than not: 0.15. Few photos stand behind it; more labelled
  photos would move it.
- SSD on CLEVR renders and synthetic shape scenes, where no COCO class is present: its wrong detections reach
  0.87 and 0.999 (0.57 and 0.63 per image at or above 0.5). No threshold fixes a detector asked about things it has no
  class for: that is the vocabulary check's job (a name it cannot see is "unknown"), and on flat drawings the
  region proposer's (its regions replace the detector's guesses).
- the region proposer on 300 shape scenes: 649 of 656 regions scoring 0.7 or more are right, 1 of 13 below.

One number per tool serves counting and abstention (an object good enough to count is good enough to answer
about). Below it, detections down to half of it are candidates, used when a question presupposes them
(revision); they hedge an answer only from ``HEDGE_SCORE`` up, and the curve gives no band under the threshold
where detections are right often enough (a tenth of the time) to hedge.
"""

from __future__ import annotations

DETECTION_THRESHOLD = 0.15
"""Detector detections scoring at least this are objects."""

REGION_THRESHOLD = 0.7
"""Region-proposer regions scoring at least this are objects."""

CANDIDATE_FRACTION = 0.5
"""Detections in ``[threshold * CANDIDATE_FRACTION, threshold)`` are candidates."""

ABSTAIN_BELOW = DETECTION_THRESHOLD
"""An answer resting on an object scoring less than this is not given."""

HEDGE_SCORE = DETECTION_THRESHOLD
"""A candidate scoring at least this can hedge an answer (the answer is "unknown" when taking it in changes it);
equal to the threshold, because under it the calibration found no band right often enough to matter."""

DRAWING_DETECTION_SCORE = 1.0
"""On a flat drawing, a detection at least this sure keeps its name over the region it covers; the offline
detector's wrong guesses at drawn shapes reach 0.999, so by default the region always wins."""
