"""The OpenAI-compatible backend against a real HTTP server on 127.0.0.1 (started per test, random port)."""

from __future__ import annotations

import socket
import time

import pytest

from nsvr.agent.llm import (
    ChatMessage,
    LLMBackend,
    LLMConfigError,
    LLMResponseError,
    LLMUnavailableError,
    OpenAIHTTPBackend,
)

CLIENTS = ["httpx", "urllib"]
MESSAGES = [ChatMessage(role="system", content="be brief"), ChatMessage(role="user", content="plan it")]


def completion(content: str) -> dict:
    return {
        "id": "x",
        "object": "chat.completion",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}}],
    }


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("client", CLIENTS)
def test_returns_the_completion_and_sends_schema_model_and_key(serve, client):
    server = serve((200, completion('{"steps": []}')))
    backend = OpenAIHTTPBackend(server.url, "tiny-model", "sk-test", client=client)
    schema = {"title": "Program", "type": "object"}
    reply = backend.complete(MESSAGES, json_schema=schema, max_tokens=77, temperature=0.0)
    assert reply == '{"steps": []}'
    assert isinstance(backend, LLMBackend) and backend.name == "openai-http:tiny-model"
    (sent,) = server.requests
    assert sent["model"] == "tiny-model" and sent["max_tokens"] == 77 and sent["temperature"] == 0.0
    assert sent["messages"] == [{"role": "system", "content": "be brief"}, {"role": "user", "content": "plan it"}]
    assert sent["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "Program", "schema": schema, "strict": False},
    }
    assert server.headers[0]["authorization"] == "Bearer sk-test"


@pytest.mark.parametrize("client", CLIENTS)
def test_retries_5xx_with_exponential_backoff_then_succeeds(serve, client):
    server = serve((500, "boom"), (502, "bad gateway"), (200, completion("fine")))
    waits: list[float] = []
    backend = OpenAIHTTPBackend(server.url, "m", client=client, backoff_s=0.01, sleep=waits.append)
    assert backend.complete(MESSAGES) == "fine"
    assert len(server.requests) == 3
    assert waits == [0.01, 0.02]


def test_429_retry_after_header_sets_the_wait(serve):
    server = serve((429, "slow down", {"Retry-After": "0.05"}), (200, completion("ok")))
    waits: list[float] = []
    backend = OpenAIHTTPBackend(server.url, "m", backoff_s=1.0, sleep=waits.append)
    assert backend.complete(MESSAGES) == "ok"
    assert waits == [0.05]


def test_persistent_503_raises_unavailable_after_all_retries(serve):
    server = serve(*[(503, "overloaded")] * 3)
    backend = OpenAIHTTPBackend(server.url, "m", max_retries=2, backoff_s=0.0)
    with pytest.raises(LLMUnavailableError, match=r"unavailable after 3 tries \(HTTP 503: overloaded\)"):
        backend.complete(MESSAGES)
    assert len(server.requests) == 3


@pytest.mark.parametrize("client", CLIENTS)
def test_closed_port_gives_a_clear_unavailable_error(client):
    url = f"http://127.0.0.1:{closed_port()}/v1"
    backend = OpenAIHTTPBackend(url, "m", max_retries=1, backoff_s=0.0, client=client)
    started = time.monotonic()
    with pytest.raises(LLMUnavailableError) as caught:
        backend.complete(MESSAGES)
    message = str(caught.value)
    assert url + "/chat/completions" in message and "NSVR_LLM_URL" in message and "2 tries" in message
    assert time.monotonic() - started < 5


def test_a_slow_server_times_out_and_is_retried(serve):
    server = serve((200, completion("late"), {}, 1.0), (200, completion("in time")))
    backend = OpenAIHTTPBackend(server.url, "m", timeout_s=0.3, max_retries=1, backoff_s=0.0)
    assert backend.complete(MESSAGES) == "in time"
    assert len(server.requests) == 2


def test_a_server_that_never_answers_in_time_is_unavailable(serve):
    server = serve((200, completion("late"), {}, 1.0))
    backend = OpenAIHTTPBackend(server.url, "m", timeout_s=0.2, max_retries=0)
    with pytest.raises(LLMUnavailableError, match="(?i)(timeout|timed out).*NSVR_LLM_URL"):
        backend.complete(MESSAGES)


def test_a_server_rejecting_json_schema_is_asked_with_json_object_and_remembered(serve):
    rejected = {"error": {"message": "response_format json_schema not supported"}}
    server = serve((400, rejected), (200, completion("{}")), (200, completion("{}")))
    backend = OpenAIHTTPBackend(server.url, "m")
    schema = {"type": "object"}
    assert backend.complete(MESSAGES, json_schema=schema) == "{}"
    assert backend.complete(MESSAGES, json_schema=schema) == "{}"
    formats = [r.get("response_format", {}).get("type") for r in server.requests]
    assert formats == ["json_schema", "json_object", "json_object"]
    assert backend.schema_mode == "json_object"


def test_client_errors_are_not_retried_and_name_the_fix(serve):
    server = serve((401, {"error": "invalid api key"}), (404, "no such model"))
    backend = OpenAIHTTPBackend(server.url, "m")
    with pytest.raises(LLMResponseError, match="HTTP 401.*NSVR_LLM_API_KEY"):
        backend.complete(MESSAGES)
    with pytest.raises(LLMResponseError, match="HTTP 404.*NSVR_LLM_MODEL"):
        backend.complete(MESSAGES)
    assert len(server.requests) == 2


@pytest.mark.parametrize(
    ("body", "problem"),
    [("<html>oops</html>", "non-JSON"), ({"choices": []}, "without choices"), (completion(None), "not text")],
)
def test_malformed_replies_raise_response_errors(serve, body, problem):
    server = serve((200, body))
    with pytest.raises(LLMResponseError, match=problem):
        OpenAIHTTPBackend(server.url, "m").complete(MESSAGES)


def test_configuration_comes_from_the_environment(serve, monkeypatch):
    server = serve((200, completion("env")))
    monkeypatch.setenv("NSVR_LLM_URL", server.url + "/")
    monkeypatch.setenv("NSVR_LLM_MODEL", "env-model")
    monkeypatch.delenv("NSVR_LLM_API_KEY", raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    backend = OpenAIHTTPBackend()
    assert backend.complete(MESSAGES) == "env"
    assert server.requests[0]["model"] == "env-model"
    assert server.headers[0]["authorization"] == "Bearer sk-env"


def test_missing_or_bad_configuration_is_a_config_error(monkeypatch):
    for name in ("NSVR_LLM_URL", "NSVR_LLM_MODEL", "NSVR_LLM_API_KEY", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(LLMConfigError, match="pass --llm-url URL or set NSVR_LLM_URL"):
        OpenAIHTTPBackend(model="m")
    with pytest.raises(LLMConfigError, match="pass --llm-model NAME or set NSVR_LLM_MODEL"):
        OpenAIHTTPBackend("http://127.0.0.1:1/v1")
    with pytest.raises(LLMConfigError, match="http://host:port/v1"):
        OpenAIHTTPBackend("localhost:8000", "m")
    backend = OpenAIHTTPBackend("http://127.0.0.1:1/v1", "m")
    with pytest.raises(LLMConfigError, match="max_tokens"):
        backend.complete(MESSAGES, max_tokens=0)
    with pytest.raises(LLMConfigError, match="messages must not be empty"):
        backend.complete([])
