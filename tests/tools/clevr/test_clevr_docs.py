"""The examples in the CLEVR perception and training modules' docstrings."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "nsvr.tools.clevr.crops",
    "nsvr.tools.clevr.detection",
    "nsvr.tools.clevr.geometry",
    "nsvr.tasks.training.clevr_data",
    "nsvr.tasks.training.evaluate_multiview",
    "nsvr.tasks.clevr.perception_quality",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0
