"""Detection thresholds, chosen from the calibration curve of detection score against being right.

``python examples/benchmarks/calibrate_detection.py`` measures that curve and prints the numbers below:

- the offline SSD detector on 16 labelled pictures: the bundled bus.jpg and zidane.jpg, matplotlib's
  grace_hopper.jpg, and scikit-image's sample images (seven photos, and six pictures of other kinds: a retina
  scan, a logo, a colour chart, a scanned page, text, a deep-sky image; every person, animal and COCO object
  labelled by hand). Fitted non-decreasing in the score, detections in [0.15, 0.5) are right 31% of the time (5
  of 16: the ties of zidane.jpg and the person cut by bus.jpg's edge, but also four "beds" on a cat, a "clock"
  on a rocket, a "cell phone", an "umbrella" on a retina scan, a "cup" and a "vase" on a logo), in [0.5, 0.7)
  50%, from 0.7 up 93%; under 0.15 none of 294. The count threshold is where the fit reaches one half: 0.5. The
  hedge floor is where it reaches a tenth: 0.15. So a detection in [0.15, 0.5) is not counted as there, but an
  answer it would change is "unknown" (bus.jpg: "3, or 4 if object 4 (person, 0.17) is there"), and a question
  that presupposes it ("the tie on the left") brings it in. With only the three photos earlier calibrations used,
  every detection from 0.15 up looked right, and 0.15 counted beds on a cat: calibrate on more pictures, not
  fewer.
- SSD on CLEVR renders and synthetic shape scenes, where no COCO class is present: its wrong detections reach
  0.87 and 0.999 (0.57 and 0.63 per image at or above 0.5). No threshold fixes a detector asked about things it has no
  class for: that is the vocabulary check's job (a name it cannot see is "unknown"), and on flat drawings the
  region proposer's (its regions replace the detector's guesses).
- the region proposer on 300 shape scenes: 649 of 656 regions scoring 0.7 or more are right, 1 of 13 below.

Each tool's threshold decides what is counted and answered about. Under it, detections down to the hedge floor
(regions: down to half their threshold) are candidates: an answer one of them would change is "unknown", and a
question that presupposes one (revision) brings it in; an answer resting on something under the hedge floor is
not given.
"""

from __future__ import annotations

DETECTION_THRESHOLD = 0.5
"""Detector detections scoring at least this are objects (counted, answered about)."""

REGION_THRESHOLD = 0.7
"""Region-proposer regions scoring at least this are objects."""

HEDGE_FLOOR = 0.15
"""From this score up a detection is right often enough (a tenth of the time or more) to make an answer it would
change "unknown"; under it, detections are noise."""

CANDIDATE_FRACTION = HEDGE_FLOOR / DETECTION_THRESHOLD
"""Detections in ``[threshold * CANDIDATE_FRACTION, threshold)`` are candidates: from the hedge floor up."""

REGION_CANDIDATE_FRACTION = 0.5
"""Regions in ``[REGION_THRESHOLD * REGION_CANDIDATE_FRACTION, REGION_THRESHOLD)`` are candidates (the proposer's
regions under its threshold are rarely right: 1 of 13)."""

ABSTAIN_BELOW = HEDGE_FLOOR
"""An answer resting on an object scoring less than this is not given."""

HEDGE_SCORE = HEDGE_FLOOR
"""A candidate scoring at least this can hedge an answer (the answer is "unknown" when taking it in changes it)."""

DRAWING_DETECTION_SCORE = 1.0
"""On a flat drawing, a detection at least this sure keeps its name over the region it covers; the offline
detector's wrong guesses at drawn shapes reach 0.999, so by default the region always wins."""
