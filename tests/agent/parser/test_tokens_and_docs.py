"""The tokenizer, the lexicon, and the examples in the parser's docstrings."""

from __future__ import annotations

import doctest
import importlib

import pytest

from nsvr.agent.parser.lexicon import LEXICON, MULTIWORD
from nsvr.agent.parser.predicates import ing_form
from nsvr.agent.parser.tokens import tokenize

MODULES = [
    "__init__",
    "compiler",
    "lexicon",
    "parser",
    "predicates",
    "tokens",
    "spelling",
    "written_forms",
    "placed_first",
    "place_verbs",
    "where_asked",
    "extremes",
    "setting",
    "normalize",
]


@pytest.mark.parametrize("module", MODULES)
def test_docstring_examples(module: str) -> None:
    name = "nsvr.agent.parser" if module == "__init__" else f"nsvr.agent.parser.{module}"
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0


def test_tokenizer_joins_phrases_and_drops_fillers() -> None:
    texts = [t.text for t in tokenize("What color do you think the cup on the left side of the photo isn't?")]
    assert texts == ["what", "color", "the", "cup", "on the left side of", "the", "photo", "is", "not", "?"]


def test_tokenizer_keeps_word_positions_for_errors() -> None:
    tokens = tokenize("Is the T-shirt in front of the man?")
    assert [(t.text, t.position) for t in tokens][3:5] == [("in front of", 4), ("the", 7)]


def test_lexicon_canonical_values() -> None:
    assert LEXICON.attribute_of("big") == ("size", "large")
    assert LEXICON.attribute_of("matte") == ("material", "rubber")
    assert LEXICON.attribute_of("sleeveless") == (None, "sleeveless")  # a family GQA names but datasets file apart
    assert LEXICON.noun("blocks") == ("block", True)
    assert all(" " in phrase for phrase in MULTIWORD)


def test_verbs_take_gqa_spelling() -> None:
    assert [ing_form(v) for v in ("wears", "sits", "lies", "carries", "hit")] == [
        "wearing",
        "sitting",
        "lying",
        "carrying",
        "hitting",
    ]
