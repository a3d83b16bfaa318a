"""The one interface every LLM backend follows, the chat message type and the errors backends raise.

A backend turns a list of chat messages into the assistant's reply text. ``json_schema`` asks for output that
fits a JSON Schema: backends that can constrain decoding (OpenAI-compatible servers, llama.cpp) do; the others
get the schema only through the prompt, and the planner validates whatever comes back.

>>> from nsvr.agent.llm.base import ChatMessage, LLMBackend
>>> from nsvr.agent.llm.fake import FakeBackend
>>> backend = FakeBackend(['{"steps": []}'])
>>> isinstance(backend, LLMBackend)
True
>>> backend.complete([ChatMessage(role="user", content="plan")], max_tokens=64, temperature=0.0)
'{"steps": []}'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict

from nsvr.scene_graph.errors import NsvrError

Role = Literal["system", "user", "assistant"]


class ChatMessage(BaseModel):
    """One message of a chat: who says it and what."""

    model_config = ConfigDict(frozen=True)

    role: Role
    content: str


@runtime_checkable
class LLMBackend(Protocol):
    """Anything that completes a chat. ``name`` identifies the backend and model in logs and results."""

    name: str

    def complete(
        self,
        messages: list[ChatMessage],
        *,
        json_schema: dict | None = None,
        max_tokens: int = 512,
        temperature: float = 0.0,
    ) -> str:
        """The assistant's reply to ``messages``; raises :class:`LLMError` subclasses on failure."""
        ...


class LLMError(NsvrError):
    """Base class of every error raised by ``nsvr.agent.llm``."""


class LLMConfigError(LLMError, ValueError):
    """A backend was set up with options it cannot work with (no model name, a bad URL, ...)."""


class LLMUnavailableError(LLMError):
    """The model cannot be reached or loaded: endpoint down, model file missing, weights not available
    offline. The message says what to start, set or pass."""


class LLMResponseError(LLMError):
    """The backend answered, but not with a usable completion (HTTP 4xx, no choices, empty content)."""


class LLMDependencyError(LLMError, ImportError):
    """An optional Python package a backend needs is not installed."""

    def __init__(self, package: str, extra: str, purpose: str) -> None:
        self.package = package
        self.extra = extra
        super().__init__(
            f"python package {package!r} is not installed (needed for {purpose}); run: pip install 'nsvr[{extra}]'"
        )


def check_messages(messages: Sequence[ChatMessage]) -> list[ChatMessage]:
    """``messages`` as a list of :class:`ChatMessage` (dicts with role/content are accepted), or
    :class:`LLMConfigError` naming what is wrong.

    >>> check_messages([{"role": "user", "content": "hi"}])[0].content
    'hi'
    """
    if isinstance(messages, str | bytes) or not isinstance(messages, Sequence):
        raise LLMConfigError(f"messages must be a list of ChatMessage, got {type(messages).__name__}")
    if not messages:
        raise LLMConfigError("messages must not be empty")
    checked: list[ChatMessage] = []
    for index, message in enumerate(messages):
        if isinstance(message, ChatMessage):
            checked.append(message)
        elif isinstance(message, dict) and set(message) >= {"role", "content"}:
            try:
                checked.append(ChatMessage(role=message["role"], content=message["content"]))
            except ValueError as error:
                raise LLMConfigError(f"message {index} is not a valid chat message: {error}") from error
        else:
            raise LLMConfigError(f"message {index} must be a ChatMessage or a role/content dict, got {message!r}")
    return checked


def check_generation(max_tokens: int, temperature: float) -> None:
    """Raise :class:`LLMConfigError` for a non-positive ``max_tokens`` or a negative ``temperature``."""
    if not isinstance(max_tokens, int) or isinstance(max_tokens, bool) or max_tokens < 1:
        raise LLMConfigError(f"max_tokens must be a positive integer, got {max_tokens!r}")
    if not isinstance(temperature, int | float) or temperature < 0:
        raise LLMConfigError(f"temperature must be a number >= 0, got {temperature!r}")
