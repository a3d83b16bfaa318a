"""A scripted backend for deterministic tests and demos: canned replies (or a function of the messages),
every call recorded.

>>> fake = FakeBackend(["first", "second"])
>>> fake.complete([ChatMessage(role="user", content="a")]), fake.complete([ChatMessage(role="user", content="b")])
('first', 'second')
>>> fake.prompts
['a', 'b']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pydantic import BaseModel, ConfigDict

from nsvr.agent.llm.base import ChatMessage, LLMConfigError, LLMResponseError, check_generation, check_messages

ReplyFunction = Callable[[list[ChatMessage]], str]


class FakeCall(BaseModel):
    """One recorded call: the messages and the generation options it got."""

    model_config = ConfigDict(frozen=True)

    messages: list[ChatMessage]
    json_schema: dict | None
    max_tokens: int
    temperature: float
    deadline: float | None = None
    grammar: str | None = None


class FakeBackend:
    """Replies with ``replies`` in order (or ``replies(messages)`` when it is a function) and records each call.

    Running out of scripted replies raises :class:`LLMResponseError`, unless ``repeat_last`` is set."""

    def __init__(self, replies: Sequence[str] | ReplyFunction, *, repeat_last: bool = False, name: str = "fake"):
        if callable(replies):
            self._function: ReplyFunction | None = replies
            self._replies: list[str] = []
        else:
            if isinstance(replies, str) or not all(isinstance(r, str) for r in replies):
                raise LLMConfigError("FakeBackend replies must be a list of strings or a function")
            self._function = None
            self._replies = list(replies)
        self.repeat_last = repeat_last
        self.name = name
        self.calls: list[FakeCall] = []

    def complete(
        self,
        messages: list[ChatMessage],
        *,
        json_schema: dict | None = None,
        max_tokens: int = 512,
        temperature: float = 0.0,
        deadline: float | None = None,
        grammar: str | None = None,
    ) -> str:
        checked = check_messages(messages)
        check_generation(max_tokens, temperature)
        index = len(self.calls)
        self.calls.append(
            FakeCall(
                messages=checked,
                json_schema=json_schema,
                max_tokens=max_tokens,
                temperature=temperature,
                deadline=deadline,
                grammar=grammar,
            )
        )
        if self._function is not None:
            reply = self._function(checked)
            if not isinstance(reply, str):
                raise LLMResponseError(f"FakeBackend function returned {type(reply).__name__}, not str")
            return reply
        if index < len(self._replies):
            return self._replies[index]
        if self.repeat_last and self._replies:
            return self._replies[-1]
        raise LLMResponseError(f"FakeBackend ran out of scripted replies after {len(self._replies)} call(s)")

    @property
    def prompts(self) -> list[str]:
        """The last user message of every call, in call order."""
        return [next((m.content for m in reversed(c.messages) if m.role == "user"), "") for c in self.calls]

    def __repr__(self) -> str:
        return f"FakeBackend(name={self.name!r}, calls={len(self.calls)})"
