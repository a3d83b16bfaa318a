"""The normalizer tries a rule only when the question holds a text every match of the rule needs
(``normalize._required_text``): that text must really be needed, or a rule would be skipped where it applies."""

from __future__ import annotations

import json
import re
from pathlib import Path

from nsvr.agent.parser import normalize as N

SETS = Path(__file__).resolve().parents[2] / "data" / "paraphrases"


def _texts() -> list[str]:
    """Questions as the rules see them (lower case, punctuation spaced), from several paraphrase sets."""
    questions = []
    for name in ("dev", "heldout", "blind12", "blind18", "blind21"):
        lines = (SETS / f"{name}.jsonl").read_text().splitlines()
        questions += [json.loads(line)["question"] for line in lines[::3] if line.strip()]
    spaced = [re.sub(r"([?!.,;:])", r" \1 ", q.lower()) for q in questions]
    return [f" {text} " for text in spaced]


def _holds(required: str | tuple[str, ...], text: str) -> bool:
    return required in text if isinstance(required, str) else any(r in text for r in required)


def test_a_rule_that_matches_holds_its_required_text() -> None:
    texts = _texts()
    checked = 0
    for _, rules in N._SECTIONS:
        for pattern, _, required in rules:
            if required is None:
                continue
            for text in texts:
                if pattern.search(text):
                    checked += 1
                    assert _holds(required, text), (pattern.pattern, required, text)
    assert checked > 500  # the sample reaches many rules


def test_required_text_of_alternatives_groups_and_repeats() -> None:
    assert N._required_text(re.compile(r"^\s*how many (\w+) are there")) in {"how many ", " are there"}
    either = N._required_text(re.compile(r"\b(?:furthest|farthest) (?:left|right)\b"))
    assert isinstance(either, tuple)  # one of the alternatives' texts
    assert _holds(either, " the furthest left ") and _holds(either, " farthest right ") and not _holds(either, " near ")
    assert N._required_text(re.compile(r"(?:abc)?xy")) is None  # an optional group needs nothing
    assert N._required_text(re.compile(r"(?:quick|x) fox")) == " fox"  # a short alternative: the other text
    assert N._required_text(re.compile(r"(?i)colour")) is None  # case-insensitive rules are always tried
