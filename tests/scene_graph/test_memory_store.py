"""The memory file: reopening continues, every frame is all-or-nothing even when the process is killed (-9)."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from nsvr.scene_graph.memory import MemoryConfig, MemoryFileError, SceneMemory
from nsvr.scene_graph.models import Attribute, Object, SceneGraph


def scene_frame(k: int, count: int = 10) -> SceneGraph:
    """``count`` objects in a row, seen from a camera that does not move (positions in the camera frame)."""
    rng = np.random.default_rng(k)
    objects = [
        Object(
            id=str(i),
            name="cube" if i % 2 else "sphere",
            attributes={"color": Attribute(value=["red", "blue", "green"][i % 3])},
            position_3d=(float(i - count / 2) + rng.normal(0, 0.01), 0.0, 8.0 + rng.normal(0, 0.01)),
        )
        for i in range(count)
    ]
    return SceneGraph(width=64, height=48, objects=objects)


def assert_consistent(path: Path) -> int:
    """Every frame fully in or fully out: frame ids 1..n, every object's hit count equals its sightings, every
    frame's sightings equal what its report matched. Returns the number of frames."""
    with SceneMemory.open(path) as memory:
        frame_ids = [f["id"] for f in memory.store.frames()]
        assert frame_ids == list(range(1, len(frame_ids) + 1))
        sightings = memory.store.sightings()
        per_object = Counter(s["object"] for s in sightings)
        per_frame = Counter(s["frame"] for s in sightings)
        everything = memory.objects(include_gone=True, include_tentative=True)
        assert {o.id for o in everything} == set(per_object)
        for obj in everything:
            assert obj.hits == per_object[obj.id] and obj.last_frame <= len(frame_ids)
        for frame_id in frame_ids:
            assert per_frame[frame_id] == len(memory.store.frame(frame_id)["report"]["matched"])
        numbers = [int(o.id[1:]) for o in everything]
        assert memory.store.meta()["next_object"] > max(numbers, default=0)
        return len(frame_ids)


def test_reopening_continues_where_it_stopped(tmp_path):
    path = tmp_path / "memory.db"
    with SceneMemory.open(path) as memory:
        for k in range(3):
            memory.observe(scene_frame(k, count=4), timestamp=float(k))
        positions = {o.id: o.position.tolist() for o in memory.objects()}
    with SceneMemory.open(path) as memory:
        assert memory.frame_count == 3
        assert {o.id: o.position.tolist() for o in memory.objects()} == positions
        report = memory.observe(scene_frame(3, count=5), timestamp=3.0)
        assert report.frame == 4 and report.created == ["m5"]
        assert memory.object("m1").hits == 4
        assert [h["frame_name"] for h in memory.history("m1")] == ["1", "2", "3", "4"]
    assert assert_consistent(path) == 4


def test_two_writers_on_one_file_take_turns(tmp_path):
    path = tmp_path / "memory.db"
    first, second = SceneMemory.open(path), SceneMemory.open(path)
    assert first.observe(scene_frame(0, count=3), timestamp=0.0).frame == 1
    report = second.observe(scene_frame(1, count=3), timestamp=1.0)  # sees the first writer's frame first
    assert report.frame == 2 and report.created == [] and len(report.matched) == 3
    assert first.observe(scene_frame(2, count=4), timestamp=2.0).created == ["m4"]
    first.close()
    second.close()
    assert assert_consistent(path) == 3


def test_settings_are_stored_with_the_memory(tmp_path):
    path = tmp_path / "memory.db"
    config = MemoryConfig(relation_margin=0.5)
    SceneMemory.open(path, config=config).close()
    with SceneMemory.open(path) as memory:
        assert memory.config.relation_margin == 0.5


def test_export_holds_objects_frames_and_history(tmp_path):
    memory = SceneMemory()
    for k in range(2):
        memory.observe(scene_frame(k, count=3), timestamp=1_700_000_000.0 + k, name=f"cam{k}.png")
    memory.export_json(tmp_path / "memory.json")
    exported = json.loads((tmp_path / "memory.json").read_text())
    assert [f["name"] for f in exported["frames"]] == ["cam0.png", "cam1.png"]
    first = exported["objects"][0]
    assert first["id"] == "m1" and first["frames"] == [1, 2] and first["times_seen"] == 2
    assert first["attributes"]["color"] == {"red": 1.0} and first["last_seen"] == "2023-11-14T22:13:21Z"
    assert first["position"] == pytest.approx([-1.5, 0.0, 8.0], abs=0.05)


def test_files_that_are_not_memories_are_refused(tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("not a database at all, just some text that is long enough " * 20)
    with pytest.raises(MemoryFileError, match="cannot open"):
        SceneMemory.open(text)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE users (name TEXT)")
    with pytest.raises(MemoryFileError, match="not an nsvr scene memory"):
        SceneMemory.open(other)
    with pytest.raises(MemoryFileError, match="folder"):
        SceneMemory.open(tmp_path)


CHILD = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {tests!r})
    from test_memory_store import scene_frame
    from nsvr.scene_graph.memory import SceneMemory
    from nsvr.scene_graph.memory.store import MemoryStore

    path, mode = sys.argv[1], sys.argv[2]
    if mode == "stall":  # hold the write lock after writing every row of the next frame, before COMMIT
        original = MemoryStore.write_frame
        def stalled(self, *args, **kwargs):
            original(self, *args, **kwargs)
            print("written", flush=True)
            time.sleep(60)
        memory = SceneMemory.open(path)
        for k in range(5):
            memory.observe(scene_frame(k), timestamp=float(k))
        MemoryStore.write_frame = stalled
        memory.observe(scene_frame(5, count=12), timestamp=5.0)
    else:
        memory = SceneMemory.open(path)
        print("ready", memory.frame_count, flush=True)
        k = memory.frame_count
        while True:
            memory.observe(scene_frame(k, count=10 + k % 3), timestamp=float(k))
            k += 1
    """
)


def _start(tmp_path: Path, path: Path, mode: str) -> subprocess.Popen[str]:
    script = tmp_path / "child.py"
    script.write_text(CHILD.format(tests=str(Path(__file__).parent)))
    return subprocess.Popen(
        [sys.executable, str(script), str(path), mode], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _kill(child: subprocess.Popen[str]) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


def test_kill_inside_the_transaction_leaves_the_frame_out(tmp_path):
    path = tmp_path / "memory.db"
    child = _start(tmp_path, path, "stall")
    line = child.stdout.readline()
    assert line.strip() == "written", child.stderr.read()
    _kill(child)
    assert assert_consistent(path) == 5
    with SceneMemory.open(path) as memory:
        assert len(memory.objects()) == 10  # the two objects of the killed frame never arrived
        assert memory.observe(scene_frame(6), timestamp=6.0).frame == 6


def test_kill_at_random_moments_keeps_every_frame_whole(tmp_path):
    path = tmp_path / "memory.db"
    seen = 0
    rng = random.Random(14)
    for _ in range(4):
        child = _start(tmp_path, path, "loop")
        ready = child.stdout.readline().split()
        assert ready and ready[0] == "ready", child.stderr.read()
        assert int(ready[1]) == seen  # reopened with everything committed so far
        time.sleep(rng.uniform(0.05, 0.4))
        _kill(child)
        frames = assert_consistent(path)
        assert frames >= seen
        seen = frames
    assert seen > 0
