"""One string names a backend, for command lines and config files.

``openai`` or ``openai:MODEL`` (URL and key from the environment), ``llamacpp:PATH.gguf``,
``transformers:MODEL_ID_OR_PATH`` (a folder, a hub id or a ``.gguf`` file).

>>> backend_from_spec("transformers:/models/SmolLM2-135M-Instruct.Q4_1.gguf").name
'transformers:SmolLM2-135M-Instruct.Q4_1.gguf'
"""

from __future__ import annotations

from nsvr.agent.llm.base import LLMBackend, LLMConfigError

SPEC_KINDS = ("openai", "llamacpp", "transformers")


def backend_from_spec(spec: str) -> LLMBackend:
    """The backend that ``spec`` (``KIND`` or ``KIND:TARGET``) names; :class:`LLMConfigError` otherwise."""
    kind, _, target = spec.strip().partition(":")
    kind = kind.lower()
    if kind == "openai":
        from nsvr.agent.llm.openai_http import OpenAIHTTPBackend

        return OpenAIHTTPBackend(model=target or None)
    if kind in ("llamacpp", "llama.cpp") and target:
        from nsvr.agent.llm.llama_cpp import LlamaCppBackend

        return LlamaCppBackend(target)
    if kind == "transformers" and target:
        from nsvr.agent.llm.transformers_local import TransformersBackend

        return TransformersBackend(target)
    raise LLMConfigError(
        f"unknown LLM backend {spec!r}; use openai[:MODEL], llamacpp:PATH.gguf or transformers:MODEL_OR_PATH"
    )
