"""LLM backends for the planner, one per module, all following :class:`LLMBackend`:

- :class:`OpenAIHTTPBackend` (``openai_http``): any OpenAI-compatible server (vLLM, Ollama, llama.cpp, OpenAI);
- :class:`LlamaCppBackend` (``llama_cpp``): a GGUF file in-process, JSON-Schema constrained;
- :class:`TransformersBackend` (``transformers_local``): a local transformers causal LM;
- :class:`FakeBackend` (``fake``): scripted replies for tests.

Importing this package imports no heavy library; each backend imports its own on first use.
"""

from nsvr.agent.llm.base import (
    ChatMessage,
    LLMBackend,
    LLMConfigError,
    LLMDependencyError,
    LLMError,
    LLMResponseError,
    LLMUnavailableError,
)
from nsvr.agent.llm.factory import backend_from_spec
from nsvr.agent.llm.fake import FakeBackend
from nsvr.agent.llm.llama_cpp import LlamaCppBackend
from nsvr.agent.llm.openai_http import OpenAIHTTPBackend
from nsvr.agent.llm.transformers_local import TransformersBackend

__all__ = [
    "ChatMessage",
    "FakeBackend",
    "LLMBackend",
    "LLMConfigError",
    "LLMDependencyError",
    "LLMError",
    "LLMResponseError",
    "LLMUnavailableError",
    "LlamaCppBackend",
    "OpenAIHTTPBackend",
    "TransformersBackend",
    "backend_from_spec",
]
