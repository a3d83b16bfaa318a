"""The package installs as ``nsvr.*`` and never shadows (or is shadowed by) a user's own ``tools``/``agent``."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def test_core_imports_without_torch():
    code = (
        "import sys, nsvr.scene_graph, nsvr.tasks.clevr, nsvr.tasks.cli;"
        "assert 'torch' not in sys.modules, 'torch was imported';"
        "assert 'tools' not in sys.modules and 'agent' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO.parent)


@pytest.mark.slow
def test_non_editable_install_beside_user_tools_and_agent_packages(tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    install = [
        sys.executable,
        "-m",
        "pip",
        "--python",
        str(python),
        "install",
        "--no-deps",
        "--no-build-isolation",
        "--quiet",
        str(REPO),
    ]
    subprocess.run(install, check=True, capture_output=True, text=True)
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
