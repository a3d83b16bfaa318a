"""What the shape-scene proxies share: the colour names a viewer may confuse, how an answer is scored, the loop
that asks every question of every scene as ``nsvr ask`` does and tallies the outcomes by key, how the templates
of the askers benchmarks are registered and picked, and how a benchmark draws its pictures, asks them, keeps the
pictures of its failures and prints its tables."""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
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
PURE_HUE_SYNONYMS = ANSWER_SYNONYMS | {"pink": "magenta", "fuchsia": "magenta", "aqua": "cyan", "lime": "green"}
"""The answer synonyms of a palette of pure hues that names magenta, cyan and green (and no pink): "pink" and
"fuchsia" for magenta, "aqua" for cyan, "lime" for green, besides :data:`ANSWER_SYNONYMS`."""
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


def report(result: dict[str, Any], headline: str, width: int, examples: str, as_json: bool) -> None:
    """Print a run's ``result`` (from :func:`ask_all`'s ``shares`` and the answers it listed under ``examples``)
    as JSON, or as the ``headline``, the outcome shares and one line per listed answer."""
    if as_json:
        print(json.dumps(result, indent=1))
        return
    print(headline)
    print_shares(result["shares"], width)
    for example in result[examples]:
        print(f"{example.pop('outcome')}:", example)


# ----------------------------------------------------------------------------------- the askers' templates

Template = Callable[[Any, np.random.Generator], list[tuple[str, str]]]
"""A question template of the askers benchmarks: from a view of a scene's truth, (question, gold) pairs."""


def new_templates() -> tuple[list[tuple[Any, ...]], Callable[..., Callable[[Template], Template]]]:
    """An empty list of templates, and the decorator ``template(family, name, *labels)`` that adds the template it
    decorates to that list as ``(family, name, *labels, template)``, in the order the templates are written."""
    templates: list[tuple[Any, ...]] = []

    def template(*names: str) -> Callable[[Template], Template]:
        def add(fn: Template) -> Template:
            templates.append((*names, fn))
            return fn

        return add

    return templates, template


def yn(flag: bool) -> str:
    """The gold of a yes / no question."""
    return "yes" if flag else "no"


def cap(text: str) -> str:
    """``text`` with its first letter in upper case."""
    return text[0].upper() + text[1:]


def pick_items(
    view: Any,
    templates: Sequence[tuple[Any, ...]],
    per_image: int,
    used: Counter,
    rng: np.random.Generator,
    item: Callable[..., Any],
    group: str | None = None,
) -> list[Any]:
    """``per_image`` questions of different families from ``templates`` (see :func:`new_templates`; each
    template is called with ``view`` and ``rng``), the families and templates used least so far first (``used``,
    updated: ``used[family]`` and ``used[family, name]``, or with a ``group`` of scenes counted apart,
    ``used[group, family]`` ...); within a template, a yes/no (or any) gold is picked first so that no answer
    dominates by construction. ``item(text, gold, family, name, *labels)`` makes each question."""

    def key(*names: str) -> Any:
        names = names if group is None else (group, *names)
        return names[0] if len(names) == 1 else names

    offers: dict[str, list[tuple[str, list[str], list[tuple[str, str]]]]] = defaultdict(list)
    for family, name, *labels, fn in templates:
        found = fn(view, rng)
        if found:
            offers[family].append((name, labels, found))
    chosen: list[Any] = []
    families = list(offers)
    rng.shuffle(families)
    families.sort(key=lambda f: used[key(f)])
    for family in families[:per_image]:
        names = offers[family]
        order = rng.permutation(len(names))
        name, labels, found = min((names[i] for i in order), key=lambda offer: used[key(family, offer[0])])
        golds = sorted({gold for _, gold in found})
        gold = golds[int(rng.integers(len(golds)))]
        texts = [text for text, g in found if g == gold]
        chosen.append(item(texts[int(rng.integers(len(texts)))], gold, family, name, *labels))
        used[key(family)] += 1
        used[key(family, name)] += 1
    return chosen


# ------------------------------------------------------------------------------------------ command line

SHOW_FAILURES = "list every unknown and wrong answer"
"""The help of the benchmarks' ``--show-failures``."""


def command_line(
    doc: str, count: str = "--images", default: int = 150, count_help: str | None = None
) -> argparse.ArgumentParser:
    """The command line of a benchmark described by the first line of its ``doc``, with the arguments every one
    takes first: ``--seed``, and how many pictures (or questions) to ask, ``count`` ("--images", "--n-images")."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(count, type=int, default=default, help=count_help)
    return parser


def asking_arguments(
    parser: argparse.ArgumentParser,
    per_image: int | None = 6,
    noun: str = "image",
    perception: bool = True,
    show_failures: bool = True,
) -> None:
    """Add the arguments most benchmarks take after their own: unless ``per_image`` is None, ``--per-image``, the
    most questions of each ``noun``; with ``perception``, ``--perception`` as ``nsvr ask`` takes it; with
    ``show_failures``, ``--show-failures``."""
    if per_image is not None:
        most = f"questions asked of each {noun} (at most)"
        parser.add_argument("--per-image", type=int, default=per_image, help=most)
    if perception:
        choices = ["photo", "shapes"]
        parser.add_argument("--perception", choices=choices, default="photo", help="as nsvr ask --perception")
    if show_failures:
        parser.add_argument("--show-failures", action="store_true", help=SHOW_FAILURES)


def standard_arguments(
    doc: str,
    count: str = "--images",
    default: int = 150,
    count_help: str | None = None,
    per_image: int | None = 6,
    noun: str = "image",
    perception: bool = True,
    show_failures: bool = True,
) -> argparse.ArgumentParser:
    """The command line of a benchmark with no arguments of its own before ``--per-image``: those of
    :func:`command_line`, then those of :func:`asking_arguments`; the benchmark adds its own after them."""
    parser = command_line(doc, count, default, count_help)
    asking_arguments(parser, per_image, noun, perception, show_failures)
    return parser


# ------------------------------------------------------------------------ questions, asking and scoring

Maker = Callable[[str], Any]
"""Makes one question (with ``text`` and a gold) of a picture, or None; given the yes / no answer wanted."""


def pick_balanced(
    makers: Sequence[tuple[float, Maker]],
    rng: np.random.Generator,
    per_image: int,
    tries: int,
    key: Callable[[Any], Any] = lambda question: question.text.lower(),
    gold: Callable[[Any], str] = lambda question: question.gold,
    admit: Callable[[Any, list[Any], int], bool] | None = None,
) -> list[Any]:
    """Up to ``per_image`` questions of one picture from ``makers`` (weight, maker), in at most ``tries`` draws of
    a maker by weight. Each maker is asked for the yes / no answer behind so far in this picture (on a tie, a
    coin's); a question whose ``key`` was made before is passed over, and so is one that ``admit(question, made,
    draw)`` (where given) refuses."""
    weights = np.array([w for w, _ in makers])
    made: list[Any] = []
    keys: set[Any] = set()
    answers: Counter = Counter()
    for draw in range(tries):
        if len(made) >= per_image:
            break
        maker = makers[int(rng.choice(len(makers), p=weights / weights.sum()))][1]
        want = (
            "yes"
            if answers["yes"] < answers["no"]
            else "no"
            if answers["no"] < answers["yes"]
            else str(rng.choice(["yes", "no"]))
        )
        question = maker(want)
        if question is None or key(question) in keys:
            continue
        if admit is not None and not admit(question, made, draw):
            continue
        keys.add(key(question))
        answers[gold(question)] += 1
        made.append(question)
    return made


class Picker:
    """The base of a benchmark's question makers (its ``Asker``): ``pick`` draws one of some options with the
    maker's ``rng``."""

    rng: np.random.Generator

    def pick(self, options: Sequence[Any]) -> Any:
        return options[int(self.rng.integers(len(options)))]


def article(word: str) -> str:
    """ "a" or "an", the article before ``word``."""
    return "an" if word[0] in "aeiou" else "a"


def until_answer(want: str, make: Callable[[], tuple[Any, ...] | None], tries: int) -> tuple[Any, ...] | None:
    """The first thing ``make`` makes, in up to ``tries`` calls, whose answer is the yes / no ``want``ed: ``make``
    gives a question, whether its answer is yes and anything else (or None); None where no call gives one."""
    for _ in range(tries):
        made = make()
        if made is not None and ("yes" if made[1] else "no") == want:
            return made
    return None


def ask_pictures(
    count: int,
    picture: Callable[[int, Path], tuple[Any, Sequence[Any]]],
    perception: str | None,
    name: str,
    catch: bool = False,
) -> Iterator[tuple[int, Any, Path, Any, Any]]:
    """Ask ``count`` pictures end to end, as ``nsvr ask --perception`` does (None: its default): ``picture(index,
    path)`` draws picture ``index`` into ``path`` (``name`` and the index, in a temporary folder) and gives what it
    shows and its questions (items with ``text``); yields (index, what it shows, path, question, nsvr's result)
    for every question, the pictures drawn one at a time, as they are asked. With ``catch``, an error nsvr raises
    is a result too: status "exception", answer "unknown", the error as its reason."""
    from nsvr.agent.ask import AskOptions, ask

    options = AskOptions(perception=perception) if perception else AskOptions()
    with tempfile.TemporaryDirectory() as folder:
        for index in range(count):
            path = Path(folder) / f"{name}{index:04d}.png"
            shown, items = picture(index, path)
            for item in items:
                try:
                    result = ask(str(path), item.text, options)
                except Exception as error:
                    if not catch:
                        raise
                    reason = f"{type(error).__name__}: {error}"
                    result = SimpleNamespace(status="exception", answer="unknown", reason=reason, graph=None)
                yield index, shown, path, item, result


def clear_folder(folder: Path, stale: str) -> None:
    """Make ``folder`` where it is missing, and delete the files there that ``stale`` (a glob pattern) matches: the
    failure pictures an earlier run left."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob(stale):
        old.unlink()


class FailureImages:
    """Where a benchmark keeps a copy of each picture with a failed question: ``folder``, cleared of the files that
    ``stale`` matches (see :func:`clear_folder`)."""

    def __init__(self, folder: Path, stale: str):
        self.folder = folder
        self.kept: set[Path] = set()
        clear_folder(folder, stale)

    def keep(self, path: Path, name: str) -> Path:
        """The copy of the picture at ``path`` named ``name`` in the folder, made the first time it is asked for."""
        saved = self.folder / name
        if saved not in self.kept:
            shutil.copyfile(path, saved)
            self.kept.add(saved)
        return saved


def failure(verdict: str, question: str, gold: str, result: Any, path: Path | str | None, **details: Any) -> dict:
    """A failed question as the benchmarks list it: its outcome (``verdict``), the question, nsvr's answer, status
    and reason, the gold and the path of the picture kept ("" where none was), with the benchmark's own
    ``details`` (what the picture shows, the question's template ...)."""
    return {
        "outcome": verdict,
        **details,
        "question": question,
        "said": result.answer,
        "status": result.status,
        "reason": result.reason,
        "gold": gold,
        "path": str(path) if path else "",
    }


def plain_answer(text: str, aliases: dict[str, str]) -> str:
    """An answer in lower case without end punctuation or a leading article, read through ``aliases`` ("grey"
    is "gray", "two" is "2")."""
    text = text.strip().lower().rstrip(".!")
    for lead in ("the ", "a ", "an "):
        if text.startswith(lead):
            text = text[len(lead) :]
    return aliases.get(text, text)


def read_outcome(status: str, said: str, golds: Iterable[str], normal: Callable[[str], str]) -> str:
    """The outcome of an answer compared with its golds (any of them is right), both read by ``normal``; an
    answer that reads "unknown" is unknown."""
    if status == "error":
        return "planning error"
    if status != "ok" or normal(said) == "unknown":
        return "unknown"
    return "right" if normal(said) in {normal(g) for g in golds} else "wrong"


def answer_group(gold: str, colours: Collection[str], other: str = "a shape") -> str:
    """What kind of answer ``gold`` is: yes, no, a number, a colour, or ``other``."""
    if gold in ("yes", "no"):
        return gold
    if gold.isdigit():
        return "a number"
    return "a colour" if gold in colours else other


def wording(text: str, marks: dict[str, Collection[str] | Callable[[str], bool]]) -> str:
    """A question's wording: each word that is one of the words of a mark (or passes its test), read in lower
    case without end punctuation, replaced by the mark ("X" for a shape word, "C" for a colour), its end
    punctuation kept; the first mark that fits counts."""
    words = []
    for word in text.split(" "):
        bare = word.strip("?.,:").lower()
        tail = word[len(word.rstrip("?.,:")) :]
        for mark, test in marks.items():
            if test(bare) if callable(test) else bare in test:
                word = mark + tail
                break
        words.append(word)
    return " ".join(words)


def shape_word(kinds: Collection[str]) -> Callable[[str], bool]:
    """A test (for :func:`wording`) of a word naming one of ``kinds`` or, with an "s", several."""
    return lambda word: word in kinds or word.rstrip("s") in kinds


# ----------------------------------------------------------------------------------------------- tables


def new_tables() -> defaultdict[str, defaultdict[str, Counter]]:
    """Outcome tallies by table and row: ``tables[table][row][outcome] += 1``."""
    return defaultdict(lambda: defaultdict(Counter))


def tally_row(name: str, tally: Counter, width: int) -> str:
    """One row of a table: how many were asked, the share right, unknown (with planning errors, also on their
    own) and confidently wrong."""
    n = sum(tally.values())
    share = {k: v / n for k, v in tally.items()}
    unknown = share.get("unknown", 0) + share.get("planning error", 0)
    return (
        f"  {name:{width}s} n={n:4d}  right {share.get('right', 0):7.2%}  unknown {unknown:7.2%}"
        f" (planning error {share.get('planning error', 0):6.2%})  confidently wrong {share.get('wrong', 0):7.2%}"
    )


def most_asked(table: dict[str, Counter]) -> list[tuple[str, Counter]]:
    """A table's rows, the most asked first (then by name)."""
    return sorted(table.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))


def print_tables(
    tables: dict[str, dict[str, Counter]],
    names: Sequence[str],
    width: int,
    order: dict[str, Callable[[tuple[str, Counter]], Any]] | None = None,
) -> None:
    """Print the tables ``names``, each as "by <name>:" and its rows, the most asked first, or sorted by the key
    that ``order`` gives for that table."""
    for table in names:
        print(f"by {table}:")
        rows = most_asked(tables[table])
        if order and table in order:
            rows = sorted(tables[table].items(), key=order[table])
        for name, tally in rows:
            print(tally_row(name, tally, width))


def print_wordings(heading: str, wordings: dict[str, Counter], width: int, least: int = 5) -> None:
    """Print ``heading`` and the rows of the wordings asked at least ``least`` times, the most asked first."""
    print(heading)
    for name, tally in most_asked(wordings):
        if sum(tally.values()) >= least:
            print(tally_row(name, tally, width))


def print_counts(heading: str, counts: Counter, asked: dict[str, Counter] | None = None) -> None:
    """Print ``heading`` and each counted thing, the most common first ("failing wordings:"); with ``asked`` (the
    table of the things counted), how many of each were asked too ("  3 /  12  What shape is X?")."""
    print(heading)
    for name, n in counts.most_common():
        if asked is None:
            print(f"  {n:3d}  {name}")
        else:
            print(f"  {n:3d} / {sum(asked[name].values()):3d}  {name}")


def failure_total(failures: list[dict]) -> str:
    """How many failed, and how many of them were confidently wrong ("12 failures (3 confidently wrong)")."""
    wrong = sum(1 for f in failures if f["outcome"] == "wrong")
    return f"{len(failures)} failures ({wrong} confidently wrong)"


def report_failures(
    failures: list[dict],
    note: str,
    show: bool,
    heading: Callable[[dict], str],
    before: Callable[[dict], list[str]] = lambda f: [],
    after: Callable[[dict], list[str]] = lambda f: [],
    every_reason: bool = False,
) -> None:
    """Print how many failed (see :func:`failure_total`) with ``note`` after it ("; their images in ...") and, with
    ``show``, list them (see :func:`print_failures`)."""
    print(f"{failure_total(failures)}{note}")
    if show:
        print_failures(failures, heading, before, after, every_reason)


def print_failures(
    failures: list[dict],
    heading: Callable[[dict], str],
    before: Callable[[dict], list[str]] = lambda f: [],
    after: Callable[[dict], list[str]] = lambda f: [],
    every_reason: bool = False,
) -> None:
    """List each failure (see :func:`failure`): its ``heading`` line, the lines ``before``, the question with
    what nsvr said (and nsvr's reason, for an unknown or a planning error; with ``every_reason``, for a wrong
    answer too) and the gold (and the other answers taken as right, a failure's ``also``), the lines ``after``,
    and the path of its picture (where it was kept)."""
    for f in failures:
        print(heading(f))
        for line in before(f):
            print(f"    {line}")
        reason = f" ({f['reason']})" if f["reason"] and (every_reason or f["outcome"] != "wrong") else ""
        also = f" (or {', '.join(f['also'])})" if f.get("also") else ""
        print(f"    Q: {f['question']}  said: {f['said']!r}{reason}  gold: {f['gold']!r}{also}")
        for line in after(f):
            print(f"    {line}")
        if f["path"]:
            print(f"    image: {f['path']}")


# ------------------------------------------------------------------- scene benchmarks that ask through ask_all


@dataclass
class SceneQuestion:
    """A question a scene benchmark asks of a picture: its ``text``, its gold ``answer``, and the ``family`` and
    ``template`` it is counted under (a benchmark's own adds what the question names, and its key)."""

    text: str
    answer: str
    family: str
    template: str


class ScenePicker(Picker):
    """The base of a scene benchmark's question makers (its ``Asker``): a :class:`Picker` that also tosses a coin
    (``chance``), asks a maker until it makes a question (``first``) or one with the yes / no answer wanted
    (``until``, in at most ``tries`` calls), and makes a maker of a question about two things (``of_pair``)."""

    tries = 30

    def chance(self, p: float) -> bool:
        """True with the probability ``p``."""
        return bool(self.rng.random() < p)

    def first(self, make: Callable[[], Any], tries: int) -> Any:
        """The first question ``make`` makes (not None) in up to ``tries`` calls; None where no call makes one."""
        for _ in range(tries):
            made = make()
            if made is not None:
                return made
        return None

    def of_pair(self, pair: Callable[[], Sequence[Any] | None], ask: Callable[[Any, Any], Any]) -> Callable[[], Any]:
        """A maker (for :meth:`until` or :meth:`first`) of the question ``ask(a, b)`` makes of the two things
        ``pair()`` draws; None where it draws none."""

        def make() -> Any:
            drawn = pair()
            return None if drawn is None else ask(*drawn)

        return make

    def until(self, want: str, make: Callable[[], Any]) -> Any:
        """The first question ``make`` makes (one with an ``answer``, or None) whose answer is ``want``; None where
        no call of the ``tries`` makes one."""
        for _ in range(self.tries):
            made = make()
            if made is not None and made.answer == want:
                return made
        return None


def toward(side: str) -> tuple[int, float, Callable[[Sequence[float]], float]]:
    """Which way the leftmost (rightmost, topmost, lowest) thing lies, ``side`` "left", "right", "top" or "bottom":
    the axis (0 across, 1 down), the sign (-1.0 toward the left or the top, else 1.0; the thing furthest that way
    has the largest sign times its coordinate) and the edge of a box (x0, y0, x1, y1) on that side, times the
    sign."""
    axis = 0 if side in ("left", "right") else 1
    sign = -1.0 if side in ("left", "top") else 1.0

    def edge(box: Sequence[float]) -> float:
        x0, y0, x1, y1 = box
        return sign * ((x0, y0)[axis] if sign < 0 else (x1, y1)[axis])

    return axis, sign, edge


def add_balanced(maker: Maker, answers: Counter, keys: set[str], made: list[Any], rng: np.random.Generator) -> bool:
    """Ask ``maker`` for the yes / no answer behind in ``answers`` (a family's answers so far; on a tie, a coin's)
    and add the question it makes to ``made`` and its answer to ``answers``, unless it makes none or one whose
    ``key`` is in ``keys`` (the keys asked of the picture so far, updated); whether it added one."""
    if answers["yes"] != answers["no"]:
        want = "yes" if answers["yes"] < answers["no"] else "no"
    else:
        want = str(rng.choice(["yes", "no"]))
    question = maker(want)
    if question is None or question.key in keys:
        return False
    keys.add(question.key)
    answers[question.answer] += 1
    made.append(question)
    return True


def lenient_or_unknown(normalise: Callable[[str, str], str]) -> Callable[[str, str, str], str]:
    """A :func:`lenient` outcome that takes an answer of "unknown", "i don't know" or nothing (an end full stop
    aside) as unknown."""
    scored = lenient(normalise)

    def score(status: str, said: str, gold: str) -> str:
        if status == "ok" and said.strip().lower().rstrip(".") in ("unknown", "", "i don't know"):
            return "unknown"
        return scored(status, said, gold)

    return score


def scene_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the arguments a scene benchmark takes after its own: ``--perception`` (see :func:`asking_arguments`),
    ``--show-failures`` (the unknown answers listed too), ``--json`` and ``--save`` (a folder: write the pictures
    and their questions there and ask nothing)."""
    asking_arguments(parser, per_image=None, show_failures=False)
    parser.add_argument("--show-failures", action="store_true", help="list the unknown answers too")
    parser.add_argument("--json", action="store_true", help="print the shares and failures as JSON")
    parser.add_argument("--save", type=Path, help="write the images and their questions here and ask nothing")


def ask_or_save(
    parser: argparse.ArgumentParser,
    ask: Callable[[argparse.Namespace], None],
    save: Callable[[argparse.Namespace], None],
) -> None:
    """Read the command line (see :func:`scene_arguments`) and ``save`` the pictures (with ``--save``) or ``ask``
    them."""
    args = parser.parse_args()
    if args.save:
        save(args)
        return
    ask(args)


def save_scenes(
    folder: Path, scenes: Iterable[Any], name: Callable[[Any], str], lines: Callable[[Any], list[str]]
) -> None:
    """Write each of the ``scenes`` (with ``image`` pixels and ``questions``) into ``folder`` as ``name(scene)``,
    and into "questions.txt" there and on the screen the ``lines(scene)`` describing it (its file's name first),
    each followed by its questions and their golds."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for scene in scenes:
        Image.fromarray(scene.image).save(folder / name(scene))
        written += lines(scene)
        written += [f"  [{q.family}] {q.text}  ->  {q.answer}" for q in scene.questions]
    (folder / "questions.txt").write_text("\n".join(written) + "\n")
    print("\n".join(written))


def report_groups(
    shares: dict[str, dict[str, float]],
    shown: list[dict[str, Any]],
    groups: Sequence[str],
    width: int,
    picture: Callable[[dict[str, Any]], str],
    show_unknown: bool,
) -> None:
    """Print the outcome shares (from :func:`ask_all`) group by group, each ``groups`` name heading the keys "<name>:
    ..." ("all" alone, no heading), in a column ``width`` wide; then the wrong answers and planning errors listed
    (``shown``; with ``show_unknown``, the unknown answers too), each with the line ``picture(answer)`` about its
    picture and what nsvr saw."""
    for group in groups:
        part = {k: v for k, v in shares.items() if k == group or k.startswith(group + ": ")}
        if group != "all":
            print(f"by {group}:")
        print_shares(part, width)
    wrong = [s for s in shown if s["outcome"] in ("wrong", "planning error")]
    print(f"wrong answers and planning errors ({len(wrong)}):")
    for s in shown:
        if s["outcome"] == "unknown" and not show_unknown:
            continue
        reason = f" ({s['reason']})" if s.get("reason") else ""
        print(f"- {s['outcome']}: {s['question']!r}  gold {s['gold']!r}  said {s['said']!r}{reason}")
        print(f"    {picture(s)}")
        print(f"    seen: {s['seen']}")


def ask_scenes(
    scenes: Iterator[Any],
    args: argparse.Namespace,
    keys: Callable[[Any, Any], list[str]],
    describe: Callable[[Any], dict[str, Any]],
    score: Callable[[str, str, str], str],
    headline: Callable[[int, float], str],
    groups: Sequence[str],
    width: int,
    picture: Callable[[dict[str, Any]], str],
) -> dict[str, dict[str, float]] | None:
    """Ask up to ``args.images`` x ``args.per_image`` questions of the ``scenes`` (each with its ``questions``)
    with :func:`ask_all` (``args.perception``, ``keys``, ``describe`` and ``score``; every wrong answer and planning
    error kept, and with ``args.show_failures`` every unknown one), and print how many were asked, in how many
    seconds, the shares and the answers kept: as JSON (``args.json``), or as ``headline(questions, seconds)`` and
    :func:`report_groups`' tables (``groups``, ``width``, ``picture``). The shares, for tables of the caller's own
    after these (None when printed as JSON)."""
    started = time.perf_counter()
    done, shares, shown = ask_all(
        scenes,
        lambda scene: scene.questions,
        args.images * args.per_image,
        args.perception,
        keys,
        describe,
        show_unknown=args.show_failures,
        limit=10_000,
        score=score,
    )
    seconds = time.perf_counter() - started
    if args.json:
        json.dump(
            {"questions": done, "seconds": round(seconds), "shares": shares, "failures": shown}, sys.stdout, indent=1
        )
        print()
        return None
    print(headline(done, seconds))
    report_groups(shares, shown, groups, width, picture, args.show_failures)
    return shares
