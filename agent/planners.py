"""Planners by name, as the runners and the CLI use them: a function ``question -> Program`` that raises with
the reason when it cannot plan."""

from __future__ import annotations

from collections.abc import Callable

from nsvr.scene_graph.errors import NsvrError
from nsvr.scene_graph.program import Program

PlannerFunction = Callable[[str], Program]


class PlannerConfigError(NsvrError, ValueError):
    """An unknown planner name or a planner that lacks its settings (an LLM without URL or model)."""


def make_planner_function(name: str, llm_url: str | None = None, llm_model: str | None = None) -> PlannerFunction:
    """``embedded`` -> the parser; ``llm`` -> the LLM planner over an OpenAI-compatible endpoint (URL and model
    from the arguments or NSVR_LLM_URL / NSVR_LLM_MODEL)."""
    if name == "embedded":
        from nsvr.agent.parser import parse

        return parse
    if name == "llm":
        return _llm_planner_function(llm_url, llm_model)
    raise PlannerConfigError(f"unknown planner {name!r}: use gt, embedded or llm")


def _llm_planner_function(llm_url: str | None, llm_model: str | None) -> PlannerFunction:
    raise PlannerConfigError("the LLM planner is not wired yet")
