"""Planners by name: the LLM planner's deadline, repairs that change something, ``llm`` falling back to the
embedded parser and ``auto`` trying the parser first — all with the scripted fake backend."""

from __future__ import annotations

import json
import time

import pytest

from nsvr.agent.llm import FakeBackend
from nsvr.agent.llm.base import ChatMessage
from nsvr.agent.llm_planner import LLMPlanner
from nsvr.agent.planners import (
    NO_LLM,
    AutoPlannerFunction,
    LLMPlannerFunction,
    PlannerConfigError,
    PlanningError,
    make_planner_function,
)

RED_CUBES = json.dumps(
    {
        "steps": [
            {"op": "select", "inputs": [], "name": "cube"},
            {"op": "filter", "inputs": [0], "attribute": "color", "value": "red"},
            {"op": "count", "inputs": [1]},
        ]
    }
)


@pytest.fixture
def no_llm_env(monkeypatch):
    for name in ("NSVR_LLM_URL", "NSVR_LLM_MODEL", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)


def test_repairs_carry_the_error_and_sample_so_they_can_change_the_reply():
    fake = FakeBackend(["not json", RED_CUBES])
    result = LLMPlanner(fake, max_repairs=1).plan("How many red cubes are there?")
    assert result.source == "llm"
    assert [c.temperature for c in fake.calls] == [0.0, 0.7]
    assert "the reply contains no JSON object" in fake.calls[1].messages[-1].content


def test_the_planning_deadline_bounds_every_try_together():
    def slow(messages: list[ChatMessage]) -> str:
        time.sleep(0.3)
        return "not a program"

    fake = FakeBackend(slow)
    started = time.monotonic()
    result = LLMPlanner(fake, max_repairs=5, timeout_s=0.5).plan("How many cubes?")
    assert time.monotonic() - started < 1.5 and len(fake.calls) <= 2
    assert result.program is None and "deadline (--llm-timeout)" in result.failure
    assert all(c.deadline is not None for c in fake.calls)


def test_the_llm_planner_falls_back_to_the_embedded_parser_and_says_so(capsys):
    function = LLMPlannerFunction(FakeBackend(["no program here"], repeat_last=True), timeout_s=5)
    program = function("How many red cubes are there?")
    assert [s.op for s in program.steps] == ["select", "filter", "count"]
    assert function.fallbacks == 1
    assert "the LLM failed (" in capsys.readouterr().err
    with pytest.raises(PlanningError, match="fallback failed"):
        function("Why is the sky blue?")


def test_auto_uses_the_parser_first_and_says_when_no_llm_is_configured(no_llm_env):
    auto = make_planner_function("auto")
    assert isinstance(auto, AutoPlannerFunction) and auto.llm is None
    assert auto("Count the rubber things.").steps[-1].op == "count"
    with pytest.raises(PlanningError) as caught:
        auto("How many cubes are glimmering at the ball?")
    assert "I don't understand 'glimmering'" in str(caught.value) and NO_LLM in str(caught.value)


def test_auto_asks_the_llm_for_what_the_parser_cannot_read(no_llm_env):
    auto = AutoPlannerFunction()
    fake = FakeBackend([RED_CUBES])
    auto.llm = LLMPlannerFunction(fake)
    assert auto("Fnorble the red cubes?").steps[-1].op == "count"
    assert auto("How many cubes are there?").steps[0].name == "cube" and len(fake.calls) == 1


def test_llm_without_configuration_names_the_flags(no_llm_env):
    with pytest.raises(PlannerConfigError, match=f"^{NO_LLM}$"):
        make_planner_function("llm")
    with pytest.raises(PlannerConfigError, match="--llm-timeout must be > 0"):
        make_planner_function("auto", llm_timeout=0)


def test_the_notation_reply_format_is_read_repaired_and_grammar_constrained():
    from nsvr.agent.llm.notation import GRAMMAR

    fake = FakeBackend(["count(f(sel(cube), color=red", "count(f(sel(cube), color=red))"])
    result = LLMPlanner(fake, reply_format="notation", max_repairs=1).plan("How many red cubes are there?")
    assert [s.op for s in result.program.steps] == ["select", "filter", "count"]
    assert all(c.grammar == GRAMMAR and c.json_schema is None for c in fake.calls)
    assert "was never closed" in fake.calls[1].messages[-1].content
    assert "count(f(sel(cube), color=red))" in fake.calls[0].messages[0].content  # the examples


def test_a_program_that_is_not_about_the_question_goes_back_for_repair():
    copied = "count(f(sel(cube), material=metal))"  # a worked example, copied
    fake = FakeBackend([copied, "count(f(scene(), size=large))"])
    result = LLMPlanner(fake, reply_format="notation", max_repairs=1).plan("Count the large things.")
    assert [a.errors for a in result.attempts][0] == [
        "object name 'cube' is not in the question",
        "value 'metal' is not in the question",
    ]
    assert result.source == "llm" and [s.op for s in result.program.steps] == ["scene", "filter", "count"]
    yes_no = LLMPlanner(FakeBackend([copied]), reply_format="notation", max_repairs=0).plan("Is there a metal cube?")
    assert yes_no.program is None and "the question wants yes or no, the program gives a number" in yes_no.failure
