"""Planners by name, as the runners and the CLI use them: a function ``question -> Program`` that raises
:class:`PlanningError` with the reason when it cannot plan."""

from __future__ import annotations

from collections.abc import Callable

from nsvr.agent.llm.base import LLMBackend
from nsvr.scene_graph.errors import NsvrError
from nsvr.scene_graph.program import Program

PlannerFunction = Callable[[str], Program]
_SPEC_PREFIXES = ("llamacpp:", "llama.cpp:", "transformers:", "openai:")


class PlannerConfigError(NsvrError, ValueError):
    """An unknown planner name or a planner that lacks its settings (an LLM without URL or model)."""


class PlanningError(NsvrError):
    """The planner could not produce a valid program for this question; the message says why."""


def make_llm_backend(llm_url: str | None = None, llm_model: str | None = None) -> LLMBackend:
    """The backend for ``--llm-url/--llm-model``: an OpenAI-compatible endpoint (URL, model and key also from
    NSVR_LLM_URL / NSVR_LLM_MODEL / NSVR_LLM_API_KEY), or a local model when ``llm_model`` is a spec such as
    ``llamacpp:/models/m.gguf`` or ``transformers:HuggingFaceTB/SmolLM2-1.7B-Instruct``."""
    if llm_model and llm_model.startswith(_SPEC_PREFIXES):
        from nsvr.agent.llm.factory import backend_from_spec

        return backend_from_spec(llm_model)
    from nsvr.agent.llm.openai_http import OpenAIHTTPBackend

    return OpenAIHTTPBackend(base_url=llm_url, model=llm_model)


class LLMPlannerFunction:
    """The LLM planner (langgraph: plan, validate, repair) as a ``question -> Program`` function."""

    planner_name = "llm"

    def __init__(self, backend: LLMBackend) -> None:
        from nsvr.agent.llm_planner import LLMPlanner

        self.planner = LLMPlanner(backend)

    def __call__(self, question: str) -> Program:
        result = self.planner.plan(question)
        if result.program is None:
            raise PlanningError(result.failure or "the LLM gave no valid program")
        return result.program


def make_planner_function(name: str, llm_url: str | None = None, llm_model: str | None = None) -> PlannerFunction:
    """``embedded`` -> the parser; ``llm`` -> the LLM planner (see :func:`make_llm_backend`)."""
    if name == "embedded":
        from nsvr.agent.parser import parse

        return parse
    if name == "llm":
        return LLMPlannerFunction(make_llm_backend(llm_url, llm_model))
    raise PlannerConfigError(f"unknown planner {name!r}: use gt, embedded or llm")
