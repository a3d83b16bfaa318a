"""Training nsvr's own models: ``train_clevr`` (CLEVR perception from pixels) and its evaluation.

The evaluation symbols load on first access so that ``python -m nsvr.tasks.training.evaluate_clevr`` runs its
module only once.
"""

from __future__ import annotations

import importlib
from typing import Any

from nsvr.tasks.training.clevr_data import ClevrDataError, write_yolo_dataset, yolo_label_lines
from nsvr.tasks.training.train_clevr import ClevrTrainingReport, train_clevr

_EVALUATION = ("ClevrEvaluation", "evaluate_clevr_perception", "format_evaluation")

__all__ = [
    "ClevrDataError",
    "ClevrTrainingReport",
    "train_clevr",
    "write_yolo_dataset",
    "yolo_label_lines",
    *_EVALUATION,
]


def __getattr__(name: str) -> Any:
    if name in _EVALUATION:
        return getattr(importlib.import_module("nsvr.tasks.training.evaluate_clevr"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
