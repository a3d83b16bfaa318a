"""The official GQA metrics, computed from nsvr's per-question result records.

They follow the GQA evaluation script (``eval.py`` of the GQA release): percentages of balanced questions, with

- ``accuracy``: exact match of prediction and gold answer; ``binary``/``open`` split as the script does (open:
  ``types.structural == "query"``, binary: every other type); per ``types.structural``, ``types.semantic``, word
  count and number of reasoning steps (:func:`reasoning_steps`).
- ``consistency``: for every question answered correctly, the accuracy over its ``entailed`` questions (itself
  excepted), averaged. Only entailed questions that were run count (the script needs all of them; a balanced
  subset has few): questions with none are left out, ``consistency_n`` says how many counted.
- ``validity`` / ``plausibility``: the prediction is in the question's ``valid`` / ``plausible`` list of a
  ``*_choices.json`` (for "common" questions any of color/material/shape, as the script does), over the
  questions the choices file lists.
- ``distribution``: chi-square of predicted against gold answer counts per ``groups.global`` group, weighted by
  group size, averaged, divided by 100 (lower is better).
- ``grounding`` (:func:`grounding_score`): nsvr has no attention map; its evidence objects take the attention's
  place, each carrying an equal share.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from nsvr.tasks.bench_common import accuracy_by

_NOT_A_STEP = ("exist", "query: name", "choose name")


def reasoning_steps(semantic: Sequence[Mapping[str, Any]]) -> int:
    """GQA's reasoning length: the program's steps except ``exist``, ``query: name`` and ``choose name``.

    >>> reasoning_steps([{"operation": "select", "argument": "cat (1)"},
    ...                  {"operation": "query", "argument": "name"}])
    1
    """
    return sum(
        1
        for step in semantic
        if not any(skip in f"{step.get('operation', '')}: {step.get('argument', '')}" for skip in _NOT_A_STEP)
    )


def annotated_ids(annotations: Mapping[str, Any] | None) -> set[str]:
    """The scene-graph object ids a question and its full answer point at (GQA's grounding regions).

    >>> sorted(annotated_ids({"question": {"6:9": "17"}, "fullAnswer": {"1:4": "17", "6": "3"}, "answer": {}}))
    ['17', '3']
    """
    found: set[str] = set()
    for part in ("question", "fullAnswer"):
        pointers = (annotations or {}).get(part) or {}
        for value in pointers.values() if isinstance(pointers, Mapping) else []:
            found.update(i.strip() for i in str(value).split(",") if i.strip())
    return found


def has_scene_step(semantic: Sequence[Mapping[str, Any]]) -> bool:
    return any(str(step.get("argument", "")).strip() == "scene" for step in semantic)


def grounding_score(evidence: Sequence[str], annotations: Mapping[str, Any] | None, whole_scene: bool) -> float | None:
    """The share of the evidence that lies on the question's annotated objects.

    Each evidence object carries ``1/len(evidence)`` of the attention; the score is the attention on objects the
    question or full-answer annotations point at. A program with a ``scene`` step refers to the whole image, which
    holds all attention: score 1. No evidence: 0. A question with no annotated object and no scene step has
    nothing to ground: None (left out of the average).

    >>> grounding_score(["17", "3"], {"question": {"6:9": "17"}}, False)
    0.5
    >>> grounding_score([], {"question": {}}, False) is None
    True
    """
    if whole_scene:
        return 1.0
    gold = annotated_ids(annotations)
    if not gold:
        return None
    if not evidence:
        return 0.0
    return sum(1 for i in evidence if i in gold) / len(evidence)


def chi_square(gold: Mapping[str, Mapping[str, int]], predicted: Mapping[str, Mapping[str, int]]) -> float | None:
    """The GQA distribution score: per group, sum over gold answers of (observed - expected)^2 / expected,
    weighted by the group's size, averaged, / 100.

    >>> chi_square({"g": {"a": 2, "b": 2}}, {"g": {"a": 4}})
    0.04
    """
    total_score, total_size = 0.0, 0
    for group, answers in gold.items():
        score = sum((predicted.get(group, {}).get(a, 0) - e) ** 2 / e for a, e in answers.items())
        size = sum(answers.values())
        total_score += score * size
        total_size += size
    return total_score / total_size / 100 if total_size else None


def _percent(values: Iterable[float]) -> float | None:
    values = list(values)
    return round(100.0 * sum(values) / len(values), 3) if values else None


def consistency(
    records: Mapping[str, Mapping[str, Any]], questions: Mapping[str, Mapping[str, Any]]
) -> tuple[float | None, int]:
    """Mean accuracy over the (run) entailed questions of each correctly answered question; and how many counted."""
    scores = []
    for qid, record in records.items():
        if not record.get("correct"):
            continue
        entailed = [e for e in (questions.get(qid, {}).get("entailed") or []) if e != qid and e in records]
        if entailed:
            scores.append(sum(bool(records[e].get("correct")) for e in entailed) / len(entailed))
    return _percent(scores), len(scores)


def _in_choices(record: Mapping[str, Any], allowed: Sequence[str]) -> bool:
    if "Common" in str(record.get("detailed", "")):
        allowed = ["color", "material", "shape"]
    return record.get("prediction") in allowed


def gqa_metrics(
    records: Sequence[Mapping[str, Any]],
    questions: Mapping[str, Mapping[str, Any]],
    choices: Mapping[str, Mapping[str, Any]] | None = None,
) -> dict[str, Any]:
    """Every official GQA metric over ``records`` (one per question, as the runner writes them)."""
    by_id = {str(r["id"]): r for r in records}
    gold: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    predicted: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for record in records:
        if record.get("group") is not None:
            gold[record["group"]][str(record.get("answer"))] += 1
            predicted[record["group"]][str(record.get("prediction") or "")] += 1
    consistent, consistency_n = consistency(by_id, questions)
    groundings = [r["grounding"] for r in records if r.get("grounding") is not None]
    metrics: dict[str, Any] = {
        "accuracy": _percent(bool(r.get("correct")) for r in records) or 0.0,
        "binary": _percent(bool(r.get("correct")) for r in records if r.get("structural") != "query"),
        "open": _percent(bool(r.get("correct")) for r in records if r.get("structural") == "query"),
        "consistency": consistent,
        "consistency_n": consistency_n,
        "validity": None,
        "plausibility": None,
        "distribution": _round(chi_square(gold, predicted)),
        "grounding": _percent(groundings),
        "grounding_n": len(groundings),
        "per_structural": accuracy_by(records, lambda r: r.get("structural")),
        "per_semantic": accuracy_by(records, lambda r: r.get("semantic")),
        "per_words": accuracy_by(records, lambda r: r.get("words")),
        "per_steps": accuracy_by(records, lambda r: r.get("steps")),
    }
    if choices is not None:  # over the questions the choices file lists (the script wants every one listed)
        listed = [(r, choices[str(r["id"])]) for r in records if isinstance(choices.get(str(r["id"])), Mapping)]
        metrics["validity"] = _percent(_in_choices(r, c.get("valid") or []) for r, c in listed)
        metrics["plausibility"] = _percent(_in_choices(r, c.get("plausible") or []) for r, c in listed)
    return metrics


def _round(value: float | None) -> float | None:
    return round(value, 5) if value is not None else None
