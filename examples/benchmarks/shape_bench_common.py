"""What the shape-scene proxies share: the colour names a viewer may confuse, how an answer is scored, and the
loop that asks every question of every scene as ``nsvr ask`` does and tallies the outcomes by key."""

from __future__ import annotations

import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from PIL import Image

CONFUSABLE = {
    "red": {"orange", "pink", "magenta", "brown"},
    "orange": {"red", "yellow", "brown"},
    "yellow": {"orange", "green"},
    "green": {"teal", "yellow", "cyan"},
    "teal": {"green", "cyan", "blue"},
    "cyan": {"teal", "blue", "green"},
    "blue": {"cyan", "teal", "purple"},
    "purple": {"blue", "magenta", "pink"},
    "magenta": {"purple", "pink", "red"},
    "pink": {"red", "magenta", "purple"},
    "brown": {"red", "orange", "black"},
    "gray": {"black"},
    "black": {"gray", "brown"},
}
"""Colour names a viewer may give each other's shades: an absent colour is never one of these of a present one."""


def outcome(status: str, said: str, gold: str) -> str:
    if status == "error":
        return "planning error"
    if status != "ok":
        return "unknown"
    return "right" if said.strip().lower() == gold.strip().lower() else "wrong"


NUMBER_WORDS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten".split())}
ANSWER_SYNONYMS = {"grey": "gray", "violet": "purple", "disc": "circle", "disk": "circle", "none": "0", **NUMBER_WORDS}
"""Words an answer may use for a gold's ("grey" for "gray", "two" for "2")."""
FILLER = {"the", "a", "an", "it", "its", "it's", "is", "one", "shape", "thing", "object"}
TONES = {"light", "dark", "bright", "pale", "deep"}


def in_gold_terms(
    said: str, gold: str, colours: Sequence[str], kinds: Sequence[str], synonyms: dict[str, str] = ANSWER_SYNONYMS
) -> str:
    """``said`` as ``gold`` where it says the same in other words: synonyms and number words read, articles
    dropped; of a colour gold, shape words, tones and filler dropped too ("the dark blue one" is "blue"); of a
    shape gold, colour words, tones and filler ("the red circle" is "circle")."""
    words = [synonyms.get(w, w) for w in re.findall(r"[a-z0-9']+", said.lower())]
    if words == [gold]:
        return gold
    if gold in colours:
        rest = [w for w in words if w not in FILLER | TONES | set(kinds)]
    elif gold in kinds:
        rest = [w for w in words if w not in FILLER | TONES | set(colours)]
    else:
        rest = [w for w in words if w not in {"the", "a", "an"}]
    return gold if rest == [gold] else said


def lenient(normalise: Callable[[str, str], str]) -> Callable[[str, str, str], str]:
    """An outcome that first reads the answer in the gold's terms (``normalise(said, gold)``) and takes a gold
    "A|B" as either A or B (two right answers, such as a thing named by its colour or by its kind)."""

    def scored(status: str, said: str, gold: str) -> str:
        outcomes = [outcome(status, normalise(said, g), g) for g in gold.split("|")]
        return "right" if "right" in outcomes else outcomes[0]

    return scored


def ask_all(
    scenes: Iterator[Any],
    questions: Callable[[Any], Sequence[Any]],
    count: int,
    perception: str,
    keys: Callable[[Any, Any], list[str]],
    describe: Callable[[Any], dict[str, Any]],
    show_unknown: bool = False,
    limit: int = 60,
    score: Callable[[str, str, str], str] = outcome,
) -> tuple[int, dict[str, dict[str, float]], list[dict[str, Any]]]:
    """Ask ``count`` questions (``questions(scene)``: items with ``text`` and ``answer``) of the ``scenes``
    (each with ``image`` pixels and ``shapes``) end to end; the outcome shares for every key ``keys(scene, item)``
    gives, and up to ``limit`` wrong (and, on request, unknown) answers with ``describe(scene)``; ``score`` turns a
    status, an answer and a gold into an outcome (:func:`outcome`, or a :func:`lenient` one)."""
    from nsvr.agent.ask import AskOptions, ask

    options = AskOptions(perception=perception)
    tally: dict[str, Counter] = defaultdict(Counter)
    shown: list[dict[str, Any]] = []
    wanted = ("wrong", "planning error", "unknown") if show_unknown else ("wrong", "planning error")
    done = 0
    with tempfile.TemporaryDirectory() as folder:
        for index, scene in enumerate(scenes):
            if done >= count:
                break
            if not scene.shapes:
                continue
            path = Path(folder) / f"scene{index}.png"  # lossless: any JPEG damage is already in the pixels
            Image.fromarray(scene.image).save(path)
            for item in questions(scene)[: count - done]:
                result = ask(str(path), item.text, options)
                kind = score(result.status, result.answer, item.answer)
                for key in keys(scene, item):
                    tally[key][kind] += 1
                if kind in wanted and len(shown) < limit:
                    seen = [] if result.graph is None else result.graph.objects
                    shown.append(
                        {
                            "outcome": kind,
                            "question": item.text,
                            "gold": item.answer,
                            "said": result.answer,
                            "reason": result.reason if kind != "wrong" else None,
                            **describe(scene),
                            "seen": [(o.name, o.attribute("color")) for o in seen],
                        }
                    )
                done += 1
    shares = {
        key: {k: round(v / sum(c.values()), 4) for k, v in sorted(c.items())} | {"n": sum(c.values())}
        for key, c in sorted(tally.items())
    }
    return done, shares, shown


def print_shares(shares: dict[str, dict[str, float]], width: int) -> None:
    for key, s in shares.items():
        print(
            f"  {key:{width}s} n={s['n']:5d}  right {s.get('right', 0):7.2%}  unknown {s.get('unknown', 0):7.2%}  "
            f"confidently wrong {s.get('wrong', 0):7.2%}  planning error {s.get('planning error', 0):7.2%}"
        )
