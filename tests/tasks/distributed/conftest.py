"""What the tests of both worker backends (local processes, Ray) share: the serial CLEVR run they compare with,
the comparison, the GQA and graph-folder check, the command line, and finding and watching worker processes."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

GQA = Path(__file__).resolve().parents[1] / "gqa" / "data"
TIMINGS = {"seconds", "questions_per_second", "perception_seconds_per_image"}
RENDERS = 20


@pytest.fixture(scope="session")
def gqa_data() -> Path:
    """The small GQA set of tests/tasks/gqa/data (questions, scene graphs, choices)."""
    return GQA


@pytest.fixture(scope="session")
def timings() -> set[str]:
    """The summary fields that may differ between two runs of the same work."""
    return TIMINGS


@dataclass
class SerialClevr:
    folder: Path
    args: dict
    serial: object
    renders: int = RENDERS


@pytest.fixture(scope="session")
def clevr(shared_dir, tmp_path_factory) -> SerialClevr:
    """The questions of the first 20 clevr-mini val renders (``folder/questions.json``), the arguments that run
    them from pixels, and their serial run (``folder/serial``); shared by the tests of both backends."""
    pytest.importorskip("onnxruntime")
    from nsvr.tasks.clevr import run_clevr

    split = shared_dir / "clevr-mini" / "val"
    folder = tmp_path_factory.mktemp("clevr")
    released = json.loads((split / "questions.json").read_text())
    wanted = {f"CLEVR_val_{k:06d}.png" for k in range(RENDERS)}
    subset = {**released, "questions": [q for q in released["questions"] if q["image_filename"] in wanted]}
    (folder / "questions.json").write_text(json.dumps(subset))
    args = {"scenes": split / "scenes.json", "images": split / "images", "perception": "pixels", "progress": False}
    serial = run_clevr(folder / "questions.json", out=folder / "serial", **args)
    return SerialClevr(folder, args, serial)


def _stored(folder: Path) -> tuple[list[dict], dict[str, dict]]:
    """Every question record in file order (timings dropped) and the image records by image."""
    from nsvr.tasks.results import ResultStore

    store = ResultStore(folder / "results.jsonl")
    records = list(store.records())
    assert not store.skipped
    questions = [{k: v for k, v in r.items() if k != "seconds"} for r in records if r.get("kind") is None]
    images = {r["image"]: {k: v for k, v in r.items() if k != "perception_seconds"} for r in records if "graph" in r}
    return questions, images


def _assert_same_run(folder: Path, reference: Path) -> None:
    questions, images = _stored(folder)
    expected, expected_images = _stored(reference)
    ids = [r["id"] for r in questions]
    assert len(ids) == len(set(ids)), "a question was written twice"
    assert sorted(questions, key=lambda r: r["id"]) == sorted(expected, key=lambda r: r["id"])
    assert images == expected_images
    summaries = [json.loads((f / "summary.json").read_text()) for f in (folder, reference)]
    assert [{k: v for k, v in s.items() if k not in TIMINGS} for s in summaries][0] == {
        k: v for k, v in summaries[1].items() if k not in TIMINGS
    }


@pytest.fixture(scope="session")
def assert_same_run() -> Callable[[Path, Path], None]:
    """``assert_same_run(folder, reference)``: every question answered once, as in the reference run; the same
    graphs and summary, timings aside."""
    return _assert_same_run


@pytest.fixture(scope="session")
def lines() -> Callable[[Path], int]:
    """``lines(path)``: how many lines a results file has now (0 before it exists)."""
    return lambda path: path.read_bytes().count(b"\n") if path.exists() else 0


def _descendants(pid: int) -> list[tuple[int, bytes]]:
    """``(pid, command line)`` of every living process below ``pid``."""
    children: dict[int, list[int]] = {}
    names: dict[int, bytes] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                names[int(entry.name)] = (entry / "cmdline").read_bytes()
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], list(children.get(pid, []))
    while todo:
        below = todo.pop()
        if _running(below):
            found.append((below, names.get(below, b"")))
        todo += children.get(below, [])
    return found


def _running(pid: int) -> bool:
    try:
        return "\tZ" not in Path(f"/proc/{pid}/status").read_text().split("State:", 1)[1][:3]
    except (OSError, IndexError):
        return False


@pytest.fixture(scope="session")
def descendants() -> Callable[[int], list[tuple[int, bytes]]]:
    """``descendants(pid) -> [(pid, command line), ...]``: the living processes below ``pid``."""
    return _descendants


@pytest.fixture(scope="session")
def running() -> Callable[[int], bool]:
    """``running(pid)``: whether the process lives (a zombie does not)."""
    return _running


@pytest.fixture(scope="session")
def gone() -> Callable[[Callable[[], list], float], bool]:
    """``gone(find, seconds=30)``: whether ``find()`` (some processes) comes back empty within ``seconds``."""

    def wait(find: Callable[[], list], seconds: float = 30) -> bool:
        deadline = time.time() + seconds
        while find() and time.time() < deadline:
            time.sleep(0.1)
        return not find()

    return wait


@pytest.fixture(scope="session")
def nsvr() -> Callable[..., subprocess.CompletedProcess[str]]:
    """``nsvr(*args)``: the command line, run in a fresh interpreter."""

    def run(*args: str, **options) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-c", "from nsvr.tasks.cli import main; main()", *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=600, **options)

    return run


@pytest.fixture(scope="session")
def clevr_command(clevr) -> Callable[..., list[str]]:
    """``clevr_command(out, *flags)``: the command line of ``nsvr bench clevr`` on the 20 renders from pixels."""

    def command(out: Path, *flags: str) -> list[str]:
        return [
            sys.executable,
            "-c",
            "from nsvr.tasks.cli import main; main()",
            *("bench", "clevr", "--questions", str(clevr.folder / "questions.json")),
            *("--scenes", str(clevr.args["scenes"]), "--images", str(clevr.args["images"])),
            *("--perception", "pixels", "--out", str(out), "-q", *flags),
        ]

    return command


@pytest.fixture(scope="session")
def wait_for_lines(lines) -> Callable[[Path, int, subprocess.Popen | None], None]:
    """``wait_for_lines(out, count, driver=None)``: until ``out/results.jsonl`` has ``count`` lines, the driver
    (a process, if given) ended, or 3 minutes passed."""

    def wait(out: Path, count: int, driver: subprocess.Popen | None = None) -> None:
        deadline = time.time() + 180
        while lines(out / "results.jsonl") < count and time.time() < deadline:
            if driver is not None and driver.poll() is not None:
                return
            time.sleep(0.005)

    return wait


def _gqa_and_graph_folders_match_one_process(tmp_path: Path, shared_dir: Path, backend: str) -> None:
    from nsvr.tasks.distributed import graph_folder
    from nsvr.tasks.gqa import run_gqa
    from nsvr.tools.clevr import ClevrPerception

    args = (GQA / "questions.json", GQA / "scene_graphs.json")
    options = {"choices": GQA / "choices.json", "progress": False}
    serial = run_gqa(*args, tmp_path / "gqa1", **options)
    parallel = run_gqa(*args, tmp_path / "gqa2", workers=2, backend=backend, **options)
    assert parallel.model_dump(exclude=TIMINGS) == serial.model_dump(exclude=TIMINGS)
    assert json.loads((tmp_path / "gqa2" / "predictions.json").read_text()) == json.loads(
        (tmp_path / "gqa1" / "predictions.json").read_text()
    )

    frames = shared_dir / "clevr-mini" / "val" / "images"
    (tmp_path / "frames").mkdir()
    for k in range(6):
        (tmp_path / "frames" / f"{k}.png").symlink_to(frames / f"CLEVR_val_{k:06d}.png")
    one = graph_folder(tmp_path / "frames", tmp_path / "g1", ClevrPerception(), progress=False)
    two = graph_folder(
        tmp_path / "frames", tmp_path / "g2", ClevrPerception(), progress=False, workers=2, backend=backend
    )
    assert (one.written, two.written, two.failed) == (6, 6, {})
    for k in range(6):
        assert (tmp_path / "g2" / f"{k}.json").read_text() == (tmp_path / "g1" / f"{k}.json").read_text()


@pytest.fixture(scope="session")
def gqa_and_graph_folders_match_one_process() -> Callable[[Path, Path, str], None]:
    """``check(tmp_path, shared_dir, backend)``: GQA (answers, summary, predictions) and a folder of CLEVR frames
    turned into graph files come out the same on 2 workers of ``backend`` as in one process."""
    return _gqa_and_graph_folders_match_one_process
