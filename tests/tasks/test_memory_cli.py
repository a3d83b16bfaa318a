"""``nsvr memory observe | ask | show | export`` as a user runs them, on multi-view CLEVR frames."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image

from nsvr.tasks.memory_bench import load_multiview, oracle_graph


def nsvr(*args: str, cwd=None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from nsvr.tasks.cli import main; main()", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=cwd,
    )


@pytest.fixture(scope="module")
def scene_files(shared_dir, tmp_path_factory):
    """Scene 0's four views as files a robot would have: graph JSON, depth .npy, ROS-style K, poses as .npy/JSON."""
    root = shared_dir / "clevr-multiview"
    scenes, questions = load_multiview(root)
    scene = scenes[0]
    folder = tmp_path_factory.mktemp("frames")
    views = []
    for view in scene["views"]:
        k = view["view_index"]
        oracle_graph(scene, view).save(str(folder / f"graph{k}.json"))
        (folder / f"K{k}.json").write_text(json.dumps({"K": sum(view["K"], [])}))
        if k % 2:
            np.save(folder / f"pose{k}.npy", np.array(view["cam2world"]))
            pose = folder / f"pose{k}.npy"
        else:
            (folder / f"pose{k}.json").write_text(json.dumps(view["cam2world"]))
            pose = folder / f"pose{k}.json"
        views.append(
            {
                "graph": folder / f"graph{k}.json",
                "K": folder / f"K{k}.json",
                "pose": pose,
                "depth": root / "depth" / view["depth_filename"],
            }
        )
    return scene, questions[0], views, folder


def test_observe_ask_show_export(scene_files, tmp_path):
    scene, _, views, _ = scene_files
    db = tmp_path / "memory.db"
    for k, view in enumerate(views):
        result = nsvr(
            "memory",
            "observe",
            db,
            "--graph",
            view["graph"],
            "--depth",
            view["depth"],
            "--intrinsics",
            view["K"],
            "--pose",
            view["pose"],
            "--timestamp",
            1_700_000_000 + 60 * k,
        )
        assert result.returncode == 0, result.stderr
        assert f"frame {k + 1}" in result.stdout
    cubes = sum(o["shape"] == "cube" for o in scene["objects"])
    asked = nsvr("memory", "ask", db, "How many cubes are there?", "--viewpoint", "1", "--json")
    assert asked.returncode == 0, asked.stderr
    reply = json.loads(asked.stdout)
    assert reply["answer"] == str(cubes) and reply["status"] == "ok"
    assert all(i.startswith("m") for i in reply["evidence"]) and set(reply["positions"]) == set(reply["evidence"])
    where = nsvr("memory", "ask", db, "What is the location of the large cylinder?", "--json")
    truth = [o for o in scene["objects"] if o["shape"] == "cylinder" and o["size"] == "large"]
    if len(truth) == 1:
        place = json.loads(where.stdout)["answer"].strip("()").split(",")
        assert np.allclose([float(x) for x in place], truth[0]["3d_coords"], atol=0.15)
    picture = tmp_path / "map.png"
    shown = nsvr("memory", "show", db, "--out", picture, "--viewpoint", "1")
    assert shown.returncode == 0, shown.stderr
    assert "m1" in shown.stdout and Image.open(picture).size == (800, 800)
    as_graph = nsvr("memory", "graph", db, "--viewpoint", "1", "--out", tmp_path / "graph.json")
    assert as_graph.returncode == 0, as_graph.stderr
    from nsvr.scene_graph.models import SceneGraph

    seen_from_view0 = SceneGraph.load(str(tmp_path / "graph.json"))
    assert len(seen_from_view0.objects) == len(scene["objects"])
    assert seen_from_view0.metadata["directions"]["left"] == pytest.approx(scene["directions"]["left"], abs=1e-6)
    exported = nsvr("memory", "export", db, tmp_path / "memory.json")
    assert exported.returncode == 0, exported.stderr
    data = json.loads((tmp_path / "memory.json").read_text())
    assert len(data["frames"]) == 4 and len([o for o in data["objects"] if o["state"] == "present"]) == len(
        scene["objects"]
    )


def test_bad_inputs_give_one_line_errors(scene_files, tmp_path):
    _, _, views, folder = scene_files
    db = tmp_path / "memory.db"
    (tmp_path / "K33.npy").write_bytes(b"")
    np.save(tmp_path / "pose3x3.npy", np.eye(3))
    (tmp_path / "not.db").write_text("just text, not a database " * 40)
    cases = [
        (("memory", "observe", db, "--graph", tmp_path / "missing.json"), "not found"),
        (("memory", "observe", db, "--graph", views[0]["graph"], "--pose", tmp_path / "pose3x3.npy"), "4x4"),
        (("memory", "observe", db, "--graph", views[0]["graph"], "--depth", views[0]["depth"]), "intrinsics"),
        (("memory", "observe", db, "--graph", views[0]["graph"], "--intrinsics", tmp_path / "K33.npy"), "cannot read"),
        (("memory", "observe", db), "--graph"),
        (("memory", "ask", tmp_path / "nothing.db", "How many cubes?"), "not found"),
        (("memory", "show", tmp_path / "not.db"), "cannot open"),
    ]
    for args, message in cases:
        result = nsvr(*args)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert message in result.stderr and "Traceback" not in result.stderr, (args, result.stderr)


def test_a_clevr_image_without_camera_files_is_placed_in_clevrs_world(shared_dir, tmp_path):
    pytest.importorskip("onnxruntime")
    image = sorted((shared_dir / "clevr-mini" / "val" / "images").glob("*.png"))[0]
    scenes = json.loads((shared_dir / "clevr-mini" / "val" / "scenes.json").read_text())["scenes"]
    truth = next(s for s in scenes if s["image_filename"] == image.name)
    db = tmp_path / "memory.db"
    result = nsvr("memory", "observe", db, image, "--json")
    assert result.returncode == 0, result.stderr
    from nsvr.scene_graph.memory import SceneMemory

    with SceneMemory.open(db) as memory:
        found = np.array([o.position[:2] for o in memory.objects()])
    world = np.array([o["3d_coords"][:2] for o in truth["objects"]])
    nearest = np.linalg.norm(world[:, None] - found[None], axis=2).min(axis=1)
    assert np.median(nearest) < 0.3  # the perception's own estimates, in CLEVR's world frame


def test_memory_commands_are_listed():
    result = nsvr("memory", "--help")
    assert result.returncode == 0
    for command in ("observe", "ask", "show", "graph", "export", "bench"):
        assert command in result.stdout
