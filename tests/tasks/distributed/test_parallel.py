"""Scaling out, whatever the backend: graphs for a folder of images, which backend --workers uses, and what
happens when Ray is asked for but absent (the runs on workers are in test_local.py and test_ray.py)."""

from __future__ import annotations

import doctest
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from nsvr.tasks.distributed import RayError, backends, graph_folder, graphs


def test_docstring_examples(monkeypatch):
    monkeypatch.delenv("RAY_ADDRESS", raising=False)
    for module in (graphs, backends):
        outcome = doctest.testmod(module)
        assert outcome.attempted > 0 and outcome.failed == 0, module


@pytest.fixture
def frames(shared_dir, tmp_path) -> Path:
    """Three CLEVR renders, one of them twice under another suffix, and a file that is not an image."""
    folder = tmp_path / "frames"
    folder.mkdir()
    renders = shared_dir / "clevr-mini" / "val" / "images"
    for k in range(3):
        shutil.copy(renders / f"CLEVR_val_{k:06d}.png", folder)
    shutil.copy(renders / "CLEVR_val_000001.png", folder / "CLEVR_val_000001.jpg")  # a PNG named .jpg
    (folder / "broken.png").write_text("not an image")
    (folder / "notes.txt").write_text("not an image either, and not one by its name")
    return folder


def test_graph_folder_writes_one_file_per_image_and_skips_them_next_time(frames, tmp_path):
    pytest.importorskip("onnxruntime")
    from nsvr.scene_graph.models import SceneGraph
    from nsvr.tools.clevr import ClevrPerception

    perceive = ClevrPerception()
    out = tmp_path / "graphs"
    report = graph_folder(frames, out, perceive, progress=False)
    assert (report.images, report.written, report.skipped) == (5, 4, 0)
    assert list(report.failed) == [str(frames / "broken.png")]
    assert "cannot read" in report.failed[str(frames / "broken.png")]
    written = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert written == ["CLEVR_val_000000.json", "CLEVR_val_000001.jpg.json", "CLEVR_val_000001.png.json"] + [
        "CLEVR_val_000002.json"
    ]
    for name in ("CLEVR_val_000000", "CLEVR_val_000002"):  # the same file `nsvr graph IMAGE --out` writes
        assert (out / f"{name}.json").read_text() == perceive(frames / f"{name}.png").model_dump_json(indent=1)
    graph = SceneGraph.load(str(out / "CLEVR_val_000001.jpg.json"))
    assert graph.objects and graph.objects == SceneGraph.load(str(out / "CLEVR_val_000001.png.json")).objects

    (out / "CLEVR_val_000002.json").unlink()
    again = graph_folder(frames, out, perceive, relations=True, progress=False)
    assert (again.written, again.skipped, len(again.failed)) == (1, 3, 1)  # only what was missing, and broken.png
    redone = json.loads((out / "CLEVR_val_000002.json").read_text())
    assert redone["relations"], "--relations writes the relations as rows"


def test_nsvr_graph_on_a_folder(frames, tmp_path, nsvr):
    pytest.importorskip("onnxruntime")
    out = tmp_path / "graphs"
    result = nsvr("graph", str(frames), "--perception", "clevr", "--out", str(out))
    assert result.returncode == 1  # broken.png could not be perceived: one line for it, the others written
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith(f"error {frames / 'broken.png'}: cannot read")
    assert lines[-1] == f"4 graphs written, 0 already there, 1 failed -> {out}"
    (frames / "broken.png").unlink()
    result = nsvr("graph", str(frames), "--perception", "clevr", "--out", str(out))
    assert (result.returncode, result.stderr) == (0, f"0 graphs written, 4 already there -> {out}\n")

    result = nsvr("graph", str(frames), "--perception", "clevr")
    assert result.returncode == 2
    assert result.stderr == f"error: {frames} is a folder: give --out OUT_DIR for its graph files (one per image)\n"
    result = nsvr("graph", str(frames), "--out", str(out), "--show", str(tmp_path / "g.png"))
    assert (result.returncode, result.stderr) == (
        2,
        "error: --show draws one image's graph: give an image, not a folder\n",
    )
    result = nsvr("graph", str(tmp_path / "graphs"), "--out", str(tmp_path / "x"))  # a folder without images
    assert result.returncode == 2 and result.stderr.startswith("error: no images (.jpg, .jpeg, .png")


def test_one_worker_never_imports_ray_nor_do_local_workers(tmp_path, gqa_data):
    """``workers=1`` runs in this process; ``workers=2`` without a Ray address runs on local workers: neither
    imports Ray (with ``RAY_ADDRESS`` set, the local backend is only used when asked for)."""
    code = (
        "import sys\nfrom pathlib import Path\nfrom nsvr.tasks.gqa import run_gqa\n"
        f"d, out = Path({str(gqa_data)!r}), Path({str(tmp_path)!r})\n"
        "one = run_gqa(d / 'questions.json', d / 'scene_graphs.json', out / 'one', progress=False)\n"
        "two = run_gqa(d / 'questions.json', d / 'scene_graphs.json', out / 'two', progress=False, workers=2)\n"
        "print(one.correct, two.correct, 'ray' in sys.modules)\n"
    )
    environment = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environment)
    assert ran.returncode == 0 and ran.stdout.split() == ["11", "11", "False"], ran.stderr
    forced = code.replace("workers=2)", "workers=2, backend='local')").replace("'two'", "'three'")
    ran = subprocess.run(
        [sys.executable, "-c", forced], capture_output=True, text=True, env={**environment, "RAY_ADDRESS": "x:1"}
    )
    assert ran.returncode == 0 and ran.stdout.split() == ["11", "11", "False"], ran.stderr


def test_ray_asked_for_without_ray_says_how_to_install_it(tmp_path, monkeypatch, gqa_data):
    from nsvr.tasks.gqa import run_gqa

    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` now fails as if Ray were not installed
    args = (gqa_data / "questions.json", gqa_data / "scene_graphs.json")
    with pytest.raises(RayError, match=r"^running on several workers needs Ray .*: pip install 'nsvr\[ray\]'$"):
        run_gqa(*args, tmp_path / "two", workers=2, backend="ray")
    monkeypatch.setenv("RAY_ADDRESS", "127.0.0.1:1")  # an address means Ray, unless local is asked for
    with pytest.raises(RayError, match=r"needs Ray"):
        run_gqa(*args, tmp_path / "three", workers=2)


def test_cli_without_ray_is_one_line(tmp_path, gqa_data, nsvr):
    code = (
        "import sys; sys.modules['ray'] = None\n"
        "from nsvr.tasks.cli import main\n"
        "sys.argv = ['nsvr', 'bench', 'gqa', '--questions', {q!r}, '--scene-graphs', {g!r}, '--out', {o!r}, "
        "'--workers', '2', '--backend', 'ray', '-q']\n"
        "main()\n"
    ).format(q=str(gqa_data / "questions.json"), g=str(gqa_data / "scene_graphs.json"), o=str(tmp_path / "out"))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1].startswith("error: running on several workers needs Ray")
    assert "Traceback" not in result.stderr
    result = nsvr("bench", "gqa", "--questions", "q.json", "--workers", "-1")
    invalid = "Invalid value for '--workers': Input should be greater than or equal to 0"
    assert result.stderr == f"error: {invalid} (see: nsvr bench gqa --help)\n"


def test_backend_flags_that_cannot_work_are_one_line(tmp_path, gqa_data, nsvr):
    data = ("--questions", str(gqa_data / "questions.json"), "--scene-graphs", str(gqa_data / "scene_graphs.json"))
    result = nsvr("bench", "gqa", *data, "--out", str(tmp_path / "a"), "--workers", "2", "--backend", "threads")
    assert (result.returncode, result.stderr) == (2, "error: unknown backend 'threads': use local or ray\n")
    result = nsvr(
        *("bench", "gqa", *data, "--out", str(tmp_path / "b"), "--workers", "2"),
        *("--backend", "local", "--ray-address", "127.0.0.1:1"),
    )
    expected = "error: --ray-address joins a Ray cluster: it needs --backend ray, not local\n"
    assert (result.returncode, result.stderr) == (2, expected)


def test_a_ray_address_where_nothing_answers_is_one_line(tmp_path, gqa_data, nsvr):
    pytest.importorskip("ray")
    questions, graphs = str(gqa_data / "questions.json"), str(gqa_data / "scene_graphs.json")
    result = nsvr(
        *("bench", "gqa", "--questions", questions, "--scene-graphs", graphs, "--out", str(tmp_path)),
        *("--workers", "2", "--ray-address", "127.0.0.1:1"),
    )
    assert result.returncode == 2
    refused = "nothing answers at 127.0.0.1:1 (Connection refused)"
    assert result.stderr == f"error: cannot join the Ray cluster at 127.0.0.1:1: {refused}\n"
