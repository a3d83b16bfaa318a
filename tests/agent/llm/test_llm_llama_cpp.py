"""The llama.cpp backend: argument checks always; real constrained decoding only where llama-cpp-python is
installed (marker ``llamacpp``; it is not a CI requirement)."""

from __future__ import annotations

import importlib.util
import json
import time

import pytest

from nsvr.agent.llm import (
    ChatMessage,
    LlamaCppBackend,
    LLMConfigError,
    LLMDependencyError,
    LLMResponseError,
    LLMUnavailableError,
)
from nsvr.agent.llm.prompts import parse_program_reply
from nsvr.agent.llm_planner import LLMPlanner
from nsvr.agent.parser import parse
from nsvr.scene_graph.models import Object, SceneGraph

HAS_LLAMA_CPP = importlib.util.find_spec("llama_cpp") is not None


def test_only_gguf_files_are_accepted_and_loading_is_lazy(tmp_path):
    with pytest.raises(LLMConfigError, match=r"\.gguf"):
        LlamaCppBackend(tmp_path / "model.bin")
    backend = LlamaCppBackend(tmp_path / "missing.gguf", n_ctx=512)
    assert backend.name == "llama.cpp:missing.gguf"
    expected = LLMUnavailableError if HAS_LLAMA_CPP else LLMDependencyError
    with pytest.raises(expected, match="not found" if HAS_LLAMA_CPP else r"pip install 'nsvr\[llamacpp\]'"):
        backend.complete([ChatMessage(role="user", content="hi")])


@pytest.mark.slow
@pytest.mark.llamacpp
def test_json_schema_constrains_the_reply_of_a_real_gguf_model(smollm2_gguf):
    if not HAS_LLAMA_CPP:
        pytest.skip("llama-cpp-python is not installed (pip install 'nsvr[llamacpp]')")
    schema = {
        "type": "object",
        "properties": {"name": {"type": "string", "maxLength": 12}, "count": {"type": "integer"}},
        "required": ["name", "count"],
    }
    backend = LlamaCppBackend(smollm2_gguf, n_ctx=1024, n_threads=1)
    messages = [ChatMessage(role="user", content="Give a JSON object with a fruit name and how many there are.")]
    reply = backend.complete(messages, json_schema=schema, max_tokens=48, temperature=0.0)
    data = json.loads(reply)
    assert set(data) == {"name", "count"} and isinstance(data["count"], int) and isinstance(data["name"], str)
    assert backend.complete(messages, json_schema=schema, max_tokens=48, temperature=0.0) == reply


@pytest.mark.slow
@pytest.mark.llamacpp
def test_the_planner_graph_with_constrained_decoding_of_the_program_schema(smollm2_gguf):
    if not HAS_LLAMA_CPP:
        pytest.skip("llama-cpp-python is not installed (pip install 'nsvr[llamacpp]')")
    backend = LlamaCppBackend(smollm2_gguf, n_ctx=4096, n_threads=1)
    scene = SceneGraph(width=9, height=9, objects=[Object(id="1", name="cube"), Object(id="2", name="cube")])
    planner = LLMPlanner(backend, max_repairs=1, max_tokens=64, fallback=parse, timeout_s=None)
    result = planner.run("How many cubes are there?", scene)
    llm_attempts = [a for a in result.plan.attempts if a.kind != "fallback"]
    assert llm_attempts and all(a.raw.lstrip().startswith("{") for a in llm_attempts)  # the grammar held
    for attempt in llm_attempts:
        assert attempt.errors == parse_program_reply(attempt.raw)[1]
    assert result.path[-4:] == ["perceive", "execute", "check", "answer"]
    if result.plan.source == "fallback":
        assert len(llm_attempts) == 2 and result.answer.value == 2
    else:
        assert result.plan.source == "llm" and llm_attempts[-1].valid


class RecordingLlama:
    """Stands in for ``llama_cpp.Llama`` to check what the backend asks for (no llama.cpp needed)."""

    def __init__(self, pieces: tuple[str, ...] = ('{"steps": ', "[]}"), prompt_tokens: int = 10) -> None:
        self.requests: list[dict] = []
        self.pieces = pieces
        self.prompt_tokens = prompt_tokens

    def tokenize(self, text: bytes, add_bos: bool = True, special: bool = False) -> list[int]:
        return [0] * self.prompt_tokens

    def create_chat_completion(self, **request: object):
        self.requests.append(request)
        assert request["stream"] is True
        return ({"choices": [{"delta": {"content": piece}}]} for piece in self.pieces)


@pytest.mark.parametrize("constrain", [True, False])
def test_requests_are_greedy_and_schema_constrained_unless_disabled(tmp_path, constrain):
    backend = LlamaCppBackend(tmp_path / "m.gguf", constrain_json=constrain)
    backend._llama = RecordingLlama()
    schema = {"type": "object"}
    assert (
        backend.complete([ChatMessage(role="user", content="hi")], json_schema=schema, max_tokens=9) == '{"steps": []}'
    )
    (request,) = backend._llama.requests
    assert request["messages"] == [{"role": "user", "content": "hi"}]
    assert (request["max_tokens"], request["temperature"], request["top_k"]) == (9, 0.0, 1)
    assert request.get("response_format") == ({"type": "json_object", "schema": schema} if constrain else None)


def test_sampling_uses_a_new_seed_each_call_so_a_repair_can_differ(tmp_path):
    backend = LlamaCppBackend(tmp_path / "m.gguf", seed=5)
    backend._llama = RecordingLlama()
    user = [ChatMessage(role="user", content="hi")]
    backend.complete(user, temperature=0.7)
    backend.complete(user, temperature=0.7)
    seeds = [r["seed"] for r in backend._llama.requests]
    assert len(set(seeds)) == 2 and "top_k" not in backend._llama.requests[0]


def test_a_reply_is_cut_short_at_the_deadline(tmp_path):
    backend = LlamaCppBackend(tmp_path / "m.gguf")
    backend._llama = RecordingLlama(pieces=('{"ste', 'ps": []}'))
    user = [ChatMessage(role="user", content="hi")]
    assert backend.complete(user, deadline=time.monotonic() - 1) == '{"ste'
    assert backend.complete(user, deadline=time.monotonic() + 60) == '{"steps": []}'


def test_a_prompt_without_room_for_the_reply_is_refused_with_the_numbers(tmp_path):
    backend = LlamaCppBackend(tmp_path / "m.gguf", n_ctx=4096)
    backend._llama = RecordingLlama(prompt_tokens=5211)
    with pytest.raises(LLMResponseError, match=r"about 5211 tokens .* 4096-token context .* n_ctx=8192"):
        backend.complete([ChatMessage(role="user", content="long")], max_tokens=512)
    assert backend._llama.requests == []


@pytest.mark.slow
@pytest.mark.llamacpp
def test_the_notation_grammar_holds_with_a_real_gguf_model(smollm2_gguf):
    if not HAS_LLAMA_CPP:
        pytest.skip("llama-cpp-python is not installed (pip install 'nsvr[llamacpp]')")
    from nsvr.agent.llm.notation import CALLS

    backend = LlamaCppBackend(smollm2_gguf, n_ctx=2048, n_threads=1)
    planner = LLMPlanner(backend, max_repairs=0, max_tokens=48, reply_format="notation", timeout_s=None)
    result = planner.plan("How many cubes are there?")
    (attempt,) = result.attempts
    assert attempt.raw.split("(")[0] in CALLS  # the grammar held: a call of the notation
    assert (result.program is not None) == (attempt.errors == [])
