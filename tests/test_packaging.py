"""The package installs as ``nsvr.*`` and never shadows (or is shadowed by) a user's own ``tools``/``agent``."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
NOT_SOURCES = shutil.ignore_patterns(".git", ".venv*", "build", "dist", "runs", "*.egg-info", "__pycache__", ".*cache")


def test_core_imports_without_torch():
    code = (
        "import sys, nsvr.scene_graph, nsvr.tasks.clevr, nsvr.tasks.cli;"
        "assert 'torch' not in sys.modules, 'torch was imported';"
        "assert 'tools' not in sys.modules and 'agent' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO.parent)


def _dependency_folders() -> list[str]:
    """The folders this interpreter imports third-party packages from (nsvr's dependencies)."""
    folders = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    folders.update(p for p in sys.path if Path(p).name in {"site-packages", "dist-packages"})
    return sorted(p for p in folders if Path(p).is_dir())


def _pip_failed(result: subprocess.CompletedProcess[str]) -> str:
    return f"pip failed (exit {result.returncode}):\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"


@pytest.mark.slow
def test_non_editable_install_beside_user_tools_and_agent_packages(tmp_path):
    """A real (non-editable) install into a new environment that has nothing of the base interpreter's packages:
    pip builds nsvr in an isolated build environment with the setuptools and wheel pyproject.toml asks for, so an
    old setuptools (or no wheel) where the tests run does not matter. The dependencies are borrowed from the
    environment running the tests; nsvr itself must come from the install."""
    if subprocess.run([sys.executable, "-m", "pip", "--version"], capture_output=True).returncode != 0:
        pytest.skip("pip is not installed in the environment running the tests")
    source = tmp_path / "source"  # pip builds in the source folder: a copy keeps build/ out of the repo
    shutil.copytree(REPO, source, ignore=NOT_SOURCES)
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(system_site_packages=False, with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    (Path(purelib) / "_nsvr_test_dependencies.pth").write_text("\n".join(_dependency_folders()) + "\n")
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", str(source)]
    result = subprocess.run(install, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, _pip_failed(result)
    user = tmp_path / "user_project"
    for name in ("tools", "agent"):
        (user / name).mkdir(parents=True)
        (user / name / "__init__.py").write_text(f"WHO = 'user {name}'\n")
    code = (
        "import tools, agent, nsvr.scene_graph, nsvr.tools, nsvr.agent;"
        "assert tools.WHO == 'user tools' and agent.WHO == 'user agent';"
        f"assert nsvr.scene_graph.__file__.startswith({str(env_dir)!r}), nsvr.scene_graph.__file__;"
        "print('ok')"
    )
    result = subprocess.run([str(python), "-c", code], cwd=user, capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr
    cli = subprocess.run([str(env_dir / "bin" / "nsvr"), "--help"], cwd=user, capture_output=True, text=True)
    assert cli.returncode == 0, cli.stderr
    assert "bench" in cli.stdout and "ask" in cli.stdout
