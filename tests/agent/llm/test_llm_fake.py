"""The scripted backend that the planner tests drive every branch with."""

from __future__ import annotations

import pytest

from nsvr.agent.llm import ChatMessage, FakeBackend, LLMBackend, LLMConfigError, LLMResponseError


def user(text: str) -> list[ChatMessage]:
    return [ChatMessage(role="system", content="rules"), ChatMessage(role="user", content=text)]


def test_replies_in_order_and_records_every_call():
    fake = FakeBackend(["one", "two"])
    assert isinstance(fake, LLMBackend)
    assert fake.complete(user("a"), json_schema={"type": "object"}, max_tokens=10, temperature=0.5) == "one"
    assert fake.complete(user("b")) == "two"
    assert fake.prompts == ["a", "b"]
    first = fake.calls[0]
    assert first.json_schema == {"type": "object"} and first.max_tokens == 10 and first.temperature == 0.5
    assert [m.role for m in first.messages] == ["system", "user"]


def test_running_out_of_replies_is_an_error_unless_repeat_last():
    fake = FakeBackend(["only"])
    fake.complete(user("a"))
    with pytest.raises(LLMResponseError, match="ran out of scripted replies after 1"):
        fake.complete(user("b"))
    repeating = FakeBackend(["again"], repeat_last=True)
    assert [repeating.complete(user(str(i))) for i in range(3)] == ["again"] * 3


def test_a_function_computes_the_reply_from_the_messages():
    fake = FakeBackend(lambda messages: messages[-1].content.upper())
    assert fake.complete(user("shout")) == "SHOUT"
    with pytest.raises(LLMResponseError, match="returned int"):
        FakeBackend(lambda messages: 3).complete(user("x"))


def test_dict_messages_are_accepted_and_bad_input_is_a_config_error():
    fake = FakeBackend(["ok"], repeat_last=True)
    assert fake.complete([{"role": "user", "content": "hi"}]) == "ok"
    with pytest.raises(LLMConfigError, match="message 0"):
        fake.complete([{"role": "robot", "content": "hi"}])
    with pytest.raises(LLMConfigError, match="list of ChatMessage"):
        fake.complete("hi")
    with pytest.raises(LLMConfigError, match="temperature"):
        fake.complete(user("x"), temperature=-1)
    with pytest.raises(LLMConfigError, match="list of strings"):
        FakeBackend("not a list")
