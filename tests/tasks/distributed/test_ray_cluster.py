"""A Ray cluster of two worker nodes (a raylet and an object store each, one CPU each, and a head with none), all
on this machine: the closest thing to several machines a test can start. nsvr joins it by address as it would a
real cluster, its workers land on both nodes, and a node lost mid-run loses and doubles nothing. Skipped when Ray
is not installed."""

from __future__ import annotations

import subprocess
import threading
import time

import pytest

ray = pytest.importorskip("ray", reason="the Ray tests need the ray extra: pip install 'nsvr[ray]'")
pytest.importorskip("onnxruntime")
cluster_utils = pytest.importorskip("ray.cluster_utils")

from nsvr.tasks.clevr import run_clevr  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def two_nodes():
    """The cluster and its two worker nodes; nsvr's workers (one CPU each) can only run on those."""
    if ray.is_initialized():
        ray.shutdown()
    cluster = cluster_utils.Cluster(initialize_head=True, head_node_args={"num_cpus": 0, "include_dashboard": False})
    nodes = [cluster.add_node(num_cpus=1) for _ in range(2)]
    cluster.wait_for_nodes()
    yield cluster, nodes
    cluster.shutdown()


def test_the_command_line_joins_a_cluster_of_two_nodes_and_gives_the_serial_results(
    two_nodes, clevr, clevr_command, assert_same_run, tmp_path
):
    """``nsvr bench ... --ray-address`` from a folder of its own, as on a cluster's machine."""
    cluster, _ = two_nodes
    out = clevr.folder / "two-nodes"
    command = clevr_command(out, "--workers", "2", "--ray-address", cluster.address)
    run = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert_same_run(out, clevr.folder / "serial")


def test_a_node_lost_mid_run_leaves_its_images_to_the_other_node(two_nodes, clevr, assert_same_run, lines, tmp_path):
    """Both nodes perceive images; then one node is removed (its raylet, object store and worker gone, as when a
    machine is lost). Ray cannot restart that worker anywhere (the other node's CPU is taken), so the run hands its
    images to the worker left: every question answered once, as in the serial run."""
    from nsvr.tools.clevr import ClevrPerception

    noted = tmp_path / "nodes.txt"

    class NodeNoting(ClevrPerception):  # defined here, so Ray ships it by value; slower, so the loss lands mid-run
        def __call__(self, image):
            time.sleep(0.1)
            with open(noted, "a") as file:
                file.write(ray.get_runtime_context().get_node_id() + "\n")
            return super().__call__(image)

    cluster, nodes = two_nodes
    out = clevr.folder / "node-lost"
    outcome: dict = {}
    args = {**clevr.args, "workers": 2, "ray_address": cluster.address, "perceive": NodeNoting()}
    run = threading.Thread(
        target=lambda: outcome.setdefault("summary", run_clevr(clevr.folder / "questions.json", out=out, **args))
    )
    run.start()
    deadline = time.time() + 120
    while len(set(noted.read_text().split()) if noted.exists() else ()) < 2 and time.time() < deadline:
        time.sleep(0.05)
    used = set(noted.read_text().split()) if noted.exists() else set()
    assert used == {node.node_id for node in nodes}, "the workers should run on both nodes"
    cluster.remove_node(nodes[1])
    written, perceived = lines(out / "results.jsonl"), len(noted.read_text().split())
    run.join(timeout=300)
    assert not run.is_alive() and "summary" in outcome
    assert written < 11 * clevr.renders, "the node should have been lost mid-run"
    assert_same_run(out, clevr.folder / "serial")
    assert nodes[0].node_id in noted.read_text().split()[perceived:], "the node left should take the images"
