"""Planners by name, as the runners and the CLI use them: a function ``question -> Program`` that raises
:class:`PlanningError` with the reason when it cannot plan.

- ``embedded``: nsvr's parser (no model, no network);
- ``llm``: the LLM planner; when the LLM fails (unreachable, past ``--llm-timeout``, no valid program after its
  repairs) the embedded parser answers instead, and the planner says so;
- ``auto``: the embedded parser, then the LLM for the questions it cannot read, when an LLM is configured
  (otherwise the parser's reason and :data:`NO_LLM`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from nsvr.agent.llm.base import LLMBackend
from nsvr.scene_graph.errors import NsvrError
from nsvr.scene_graph.program import Program

PlannerFunction = Callable[[str], Program]
_SPEC_PREFIXES = ("llamacpp:", "llama.cpp:", "transformers:", "openai:")
PLANNER_NAMES = ("embedded", "llm", "auto")
NO_LLM = "no LLM configured: set --llm-url/--llm-model or NSVR_LLM_URL"
DEFAULT_LLM_TIMEOUT = 30.0
"""Seconds the LLM planner may spend on one question, every try and repair together (``--llm-timeout``)."""


class PlannerConfigError(NsvrError, ValueError):
    """An unknown planner name or a planner that lacks its settings (an LLM without URL or model)."""


class PlanningError(NsvrError):
    """The planner could not produce a valid program for this question; the message says why."""


def llm_configured(llm_url: str | None = None, llm_model: str | None = None) -> bool:
    """Whether an LLM is set up, by option or by environment (``NSVR_LLM_URL``, ``NSVR_LLM_MODEL``)."""
    return bool(llm_url or llm_model or os.environ.get("NSVR_LLM_URL") or os.environ.get("NSVR_LLM_MODEL"))


def make_llm_backend(llm_url: str | None = None, llm_model: str | None = None) -> LLMBackend:
    """The backend for ``--llm-url/--llm-model``: an OpenAI-compatible endpoint (URL, model and key also from
    NSVR_LLM_URL / NSVR_LLM_MODEL / NSVR_LLM_API_KEY), or a local model when ``llm_model`` is a spec such as
    ``llamacpp:/models/m.gguf`` or ``transformers:HuggingFaceTB/SmolLM2-1.7B-Instruct``."""
    if llm_model and llm_model.startswith(_SPEC_PREFIXES):
        from nsvr.agent.llm.factory import backend_from_spec

        return backend_from_spec(llm_model)
    if not llm_configured(llm_url, llm_model) and not os.environ.get("OPENAI_API_KEY"):
        raise PlannerConfigError(NO_LLM)
    from nsvr.agent.llm.openai_http import OpenAIHTTPBackend

    return OpenAIHTTPBackend(base_url=llm_url, model=llm_model)


def _embedded_parse(question: str) -> Program:
    from nsvr.agent.parser import parse

    return parse(question)


class LLMPlannerFunction:
    """The LLM planner (langgraph: plan, validate, repair) as a ``question -> Program`` function; when the LLM
    fails the embedded parser plans instead (``fallbacks`` counts those questions; the first is reported on
    stderr with the LLM's reason). A local llama.cpp model replies in the compact notation under its grammar
    (several times faster on a CPU, and more often valid, than grammar-constrained JSON); servers reply in JSON."""

    planner_name = "llm"

    def __init__(self, backend: LLMBackend, timeout_s: float | None = DEFAULT_LLM_TIMEOUT) -> None:
        from nsvr.agent.llm.llama_cpp import LlamaCppBackend
        from nsvr.agent.llm_planner import LLMPlanner

        reply_format = "notation" if isinstance(backend, LlamaCppBackend) else "json"
        self.planner = LLMPlanner(backend, fallback=_embedded_parse, timeout_s=timeout_s, reply_format=reply_format)
        self.fallbacks = 0

    def __call__(self, question: str) -> Program:
        result = self.planner.plan(question)
        if result.program is None:
            raise PlanningError(result.failure or "the LLM gave no valid program")
        if result.source == "fallback":
            self.fallbacks += 1
            if self.fallbacks == 1:
                print(f"note: {fallback_note(result)} (reported once; later ones are counted)", file=sys.stderr)
        return result.program


def fallback_note(result: object) -> str:
    """ "the LLM failed (...); the embedded parser planned this question" for a PlanResult whose source is
    ``fallback``."""
    attempts = getattr(result, "attempts", [])
    reasons = [e for a in attempts if a.kind in ("plan", "repair") for e in a.errors]
    reason = reasons[-1] if reasons else "no valid program"
    return f"the LLM failed ({reason}); the embedded parser planned this question"


class AutoPlannerFunction:
    """The embedded parser, then the LLM planner for what the parser cannot read (when an LLM is configured)."""

    planner_name = "auto"

    def __init__(
        self, llm_url: str | None = None, llm_model: str | None = None, timeout_s: float | None = DEFAULT_LLM_TIMEOUT
    ) -> None:
        self.llm: LLMPlannerFunction | None = None
        if llm_configured(llm_url, llm_model):
            self.llm = LLMPlannerFunction(make_llm_backend(llm_url, llm_model), timeout_s)

    def __call__(self, question: str) -> Program:
        from nsvr.agent.parser import ParseError

        try:
            return _embedded_parse(question)
        except ParseError as error:
            if self.llm is None:
                raise PlanningError(f"{error} ({NO_LLM} to let an LLM try)") from error
            result = self.llm.planner.plan(question)
            if result.program is None or result.source != "llm":
                raise PlanningError(f"{error}; the LLM could not plan it either: {result.failure}") from error
            return result.program


def make_planner_function(
    name: str, llm_url: str | None = None, llm_model: str | None = None, llm_timeout: float = DEFAULT_LLM_TIMEOUT
) -> PlannerFunction:
    """``embedded``, ``llm`` or ``auto`` (see the module docstring)."""
    if name == "embedded":
        return _embedded_parse
    if llm_timeout is not None and not llm_timeout > 0:
        raise PlannerConfigError(f"--llm-timeout must be > 0 seconds, got {llm_timeout}")
    if name == "llm":
        return LLMPlannerFunction(make_llm_backend(llm_url, llm_model), llm_timeout)
    if name == "auto":
        return AutoPlannerFunction(llm_url, llm_model, llm_timeout)
    raise PlannerConfigError(f"unknown planner {name!r}: use gt, {', '.join(PLANNER_NAMES)}")
