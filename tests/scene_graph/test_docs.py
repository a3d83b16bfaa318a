"""The examples in the scene_graph modules' docstrings run and say what they show."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "answer",
    "clevr",
    "compiler",
    "executor",
    "geometry",
    "gqa",
    "index",
    "models",
    "names",
    "ops",
    "program",
    "relations",
    "revision",
    "spatial",
    "text_match",
]


@pytest.mark.parametrize("module", MODULES)
def test_docstring_examples_run(module: str) -> None:
    result = doctest.testmod(importlib.import_module(f"nsvr.scene_graph.{module}"))
    assert result.failed == 0 and result.attempted > 0
