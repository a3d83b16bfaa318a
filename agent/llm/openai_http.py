"""OpenAI-compatible chat completions over HTTP: vLLM, Ollama, llama.cpp's server, LM Studio, OpenAI itself.

Configuration comes from arguments or the environment: ``NSVR_LLM_URL`` (the base URL, e.g.
``http://localhost:11434/v1`` for Ollama, ``http://localhost:8000/v1`` for vLLM), ``NSVR_LLM_MODEL`` and
``NSVR_LLM_API_KEY`` (or ``OPENAI_API_KEY``). With only ``OPENAI_API_KEY`` set, the URL defaults to OpenAI's.

Requests time out, 429/5xx replies and connection failures are retried with exponential backoff (honouring
``Retry-After``), and an endpoint that stays unreachable raises :class:`LLMUnavailableError`. A JSON Schema is
sent as ``response_format`` (``json_schema``); a server that rejects it is asked again with ``json_object`` and
then with no ``response_format``, and the weakest accepted form is remembered. Uses httpx when installed, else
urllib.

>>> chat_completions_url("http://localhost:8000/v1/")
'http://localhost:8000/v1/chat/completions'
"""

from __future__ import annotations

import json
import os
import re
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlparse

from nsvr.agent.llm.base import (
    ChatMessage,
    LLMConfigError,
    LLMResponseError,
    LLMUnavailableError,
    check_generation,
    check_messages,
)

OPENAI_URL = "https://api.openai.com/v1"
SchemaMode = Literal["json_schema", "json_object", "none"]
_WEAKER: dict[SchemaMode, SchemaMode] = {"json_schema": "json_object", "json_object": "none"}


def chat_completions_url(base_url: str) -> str:
    """The chat-completions endpoint under ``base_url`` (kept as is when it already is one).

    >>> chat_completions_url("https://api.openai.com/v1/chat/completions")
    'https://api.openai.com/v1/chat/completions'
    """
    url = base_url.strip().rstrip("/")
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise LLMConfigError(f"LLM URL must look like http://host:port/v1, got {base_url!r}")
    return url if url.endswith("/chat/completions") else f"{url}/chat/completions"


@dataclass(frozen=True)
class _Reply:
    status: int
    headers: Mapping[str, str]
    text: str


class _ConnectionFailure(Exception):
    """No HTTP reply at all: refused, reset, DNS failure, timeout."""


def _post_httpx(url: str, headers: dict[str, str], body: bytes, timeout: float) -> _Reply:
    import httpx

    try:
        response = httpx.post(url, content=body, headers=headers, timeout=timeout)
    except httpx.TransportError as error:
        raise _ConnectionFailure(f"{type(error).__name__}: {error}") from error
    return _Reply(response.status_code, {k.lower(): v for k, v in response.headers.items()}, response.text)


def _post_urllib(url: str, headers: dict[str, str], body: bytes, timeout: float) -> _Reply:
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - the user's endpoint
            text = response.read().decode("utf-8", errors="replace")
            return _Reply(response.status, {k.lower(): v for k, v in response.headers.items()}, text)
    except urllib.error.HTTPError as error:
        text = error.read().decode("utf-8", errors="replace") if error.fp is not None else ""
        return _Reply(error.code, {k.lower(): v for k, v in (error.headers or {}).items()}, text)
    except (urllib.error.URLError, OSError) as error:
        raise _ConnectionFailure(f"{type(error).__name__}: {getattr(error, 'reason', error)}") from error


def _pick_transport(client: str) -> Callable[[str, dict[str, str], bytes, float], _Reply]:
    if client == "urllib":
        return _post_urllib
    try:
        import httpx  # noqa: F401
    except ImportError:
        if client == "httpx":
            raise LLMConfigError("client='httpx' needs httpx; run: pip install 'nsvr[llm]'") from None
        return _post_urllib
    return _post_httpx


class OpenAIHTTPBackend:
    """Chat completions from an OpenAI-compatible server.

    ``max_retries`` counts the retries after the first try; the n-th retry waits ``backoff_s * 2**n`` seconds
    (at most ``max_backoff_s``, or the server's ``Retry-After``). ``extra_body`` is merged into every request
    (e.g. ``{"top_k": 1}`` for vLLM)."""

    def __init__(
        self,
        base_url: str | None = None,
        model: str | None = None,
        api_key: str | None = None,
        *,
        timeout_s: float = 60.0,
        max_retries: int = 3,
        backoff_s: float = 0.5,
        max_backoff_s: float = 8.0,
        schema_mode: SchemaMode = "json_schema",
        extra_body: dict[str, Any] | None = None,
        client: Literal["auto", "httpx", "urllib"] = "auto",
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.api_key = api_key or os.environ.get("NSVR_LLM_API_KEY") or os.environ.get("OPENAI_API_KEY")
        base_url = base_url or os.environ.get("NSVR_LLM_URL") or (OPENAI_URL if self.api_key else None)
        if not base_url:
            raise LLMConfigError(
                "no LLM endpoint: pass --llm-url URL or set NSVR_LLM_URL (e.g. http://localhost:11434/v1 for "
                "Ollama, http://localhost:8000/v1 for vLLM)"
            )
        self.url = chat_completions_url(base_url)
        self.model = model or os.environ.get("NSVR_LLM_MODEL") or ""
        if not self.model:
            raise LLMConfigError("no LLM model name: pass --llm-model NAME or set NSVR_LLM_MODEL")
        if timeout_s <= 0 or max_retries < 0 or backoff_s < 0:
            raise LLMConfigError("the request timeout must be > 0 s, retries and backoff >= 0")
        if schema_mode not in ("json_schema", "json_object", "none"):
            raise LLMConfigError(f"schema_mode must be json_schema, json_object or none, got {schema_mode!r}")
        if client not in ("auto", "httpx", "urllib"):
            raise LLMConfigError(f"client must be auto, httpx or urllib, got {client!r}")
        self.timeout_s = timeout_s
        self.max_retries = max_retries
        self.backoff_s = backoff_s
        self.max_backoff_s = max_backoff_s
        self.schema_mode: SchemaMode = schema_mode
        self.extra_body = dict(extra_body or {})
        self._post = _pick_transport(client)
        self._sleep = sleep
        self.name = f"openai-http:{self.model}"

    def complete(
        self,
        messages: list[ChatMessage],
        *,
        json_schema: dict | None = None,
        max_tokens: int = 512,
        temperature: float = 0.0,
        deadline: float | None = None,
    ) -> str:
        """The reply; ``deadline`` (a ``time.monotonic()`` time) caps every request's timeout and the retries."""
        checked = check_messages(messages)
        check_generation(max_tokens, temperature)
        while True:
            body = self._body(checked, json_schema, max_tokens, temperature)
            reply = self._post_with_retries(body, deadline)
            if reply.status < 400:
                return _content(reply, self.url)
            uses_format = json_schema is not None and self.schema_mode != "none"
            if reply.status in (400, 422) and uses_format:
                self.schema_mode = _WEAKER[self.schema_mode]  # the server rejects this response_format
                continue
            raise _http_error(reply, self.url)

    def _body(self, messages: list[ChatMessage], schema: dict | None, max_tokens: int, temperature: float) -> dict:
        body: dict[str, Any] = {
            "model": self.model,
            "messages": [m.model_dump() for m in messages],
            "max_tokens": max_tokens,
            "temperature": temperature,
        }
        if schema is not None and self.schema_mode == "json_schema":
            name = re.sub(r"[^A-Za-z0-9_-]", "_", str(schema.get("title") or "output"))[:64]
            spec = {"name": name, "schema": schema, "strict": False}
            body["response_format"] = {"type": "json_schema", "json_schema": spec}
        elif schema is not None and self.schema_mode == "json_object":
            body["response_format"] = {"type": "json_object", "schema": schema}
        body.update(self.extra_body)
        return body

    def _post_with_retries(self, body: dict, deadline: float | None = None) -> _Reply:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        data = json.dumps(body).encode("utf-8")
        previous: _Reply | None = None
        problem = ""
        for attempt in range(self.max_retries + 1):
            if attempt:
                self._sleep(self._delay(attempt, previous))
            timeout = self.timeout_s
            if deadline is not None:
                timeout = min(timeout, deadline - time.monotonic())
                if timeout <= 0:
                    raise LLMUnavailableError(
                        f"LLM endpoint {self.url} gave no usable reply before the planning deadline "
                        f"({problem or 'no reply yet'}); raise --llm-timeout or check the server"
                    )
            try:
                reply = self._post(self.url, headers, data, timeout)
            except _ConnectionFailure as failure:
                previous, problem = None, str(failure)
                continue
            if reply.status == 429 or reply.status >= 500:
                previous, problem = reply, f"HTTP {reply.status}: {_excerpt(reply.text)}"
                continue
            return reply
        tries = self.max_retries + 1
        raise LLMUnavailableError(
            f"LLM endpoint {self.url} unavailable after {tries} tr{'y' if tries == 1 else 'ies'} ({problem}); "
            "start the server or point --llm-url (NSVR_LLM_URL) at a running one"
        )

    def _delay(self, attempt: int, reply: _Reply | None) -> float:
        delay = min(self.backoff_s * 2 ** (attempt - 1), self.max_backoff_s)
        retry_after = reply.headers.get("retry-after") if reply is not None else None
        if retry_after is not None:
            try:
                delay = min(max(float(retry_after), 0.0), self.max_backoff_s)
            except ValueError:
                pass  # an HTTP date: keep the exponential delay
        return delay

    def __repr__(self) -> str:
        return f"OpenAIHTTPBackend(url={self.url!r}, model={self.model!r})"


def _excerpt(text: str, limit: int = 200) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def _http_error(reply: _Reply, url: str) -> LLMResponseError:
    hint = ""
    if reply.status in (401, 403):
        hint = "; set NSVR_LLM_API_KEY (or OPENAI_API_KEY)"
    elif reply.status == 404:
        hint = "; check --llm-url (NSVR_LLM_URL; it should end in /v1) and --llm-model (NSVR_LLM_MODEL)"
    return LLMResponseError(f"LLM endpoint {url} answered HTTP {reply.status}: {_excerpt(reply.text)}{hint}")


def _content(reply: _Reply, url: str) -> str:
    try:
        payload = json.loads(reply.text)
    except json.JSONDecodeError as error:
        raise LLMResponseError(f"LLM endpoint {url} answered non-JSON: {_excerpt(reply.text)}") from error
    try:
        content = payload["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError) as error:
        raise LLMResponseError(
            f"LLM endpoint {url} answered without choices[0].message.content: {_excerpt(reply.text)}"
        ) from error
    if not isinstance(content, str):
        raise LLMResponseError(f"LLM endpoint {url} answered content={content!r}, not text")
    return content
