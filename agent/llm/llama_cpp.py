"""A GGUF model run in-process by llama.cpp (``pip install 'nsvr[llamacpp]'``), with JSON-Schema constrained
decoding: the reply is guaranteed to parse as JSON fitting the schema (llama.cpp turns the schema into a GBNF
grammar).

The model loads on the first :meth:`LlamaCppBackend.complete`; ``llama_cpp`` is imported only then.

>>> backend = LlamaCppBackend("/models/qwen2.5-1.5b-instruct-q4_k_m.gguf", n_ctx=8192)
>>> backend.name
'llama.cpp:qwen2.5-1.5b-instruct-q4_k_m.gguf'
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from nsvr.agent.llm.base import (
    ChatMessage,
    LLMConfigError,
    LLMDependencyError,
    LLMResponseError,
    LLMUnavailableError,
    check_generation,
    check_messages,
)


class LlamaCppBackend:
    """Chat completions from a local GGUF file through llama-cpp-python.

    ``n_threads`` defaults to half the CPU count: llama.cpp slows down badly when its threads share busy cores.
    ``n_gpu_layers=-1`` offloads everything when llama.cpp was built with a GPU backend. ``constrain_json=False``
    leaves the schema to the prompt (for a schema llama.cpp's grammar converter cannot handle). ``llama_kwargs``
    go to ``llama_cpp.Llama`` unchanged."""

    def __init__(
        self,
        model_path: str | os.PathLike[str],
        *,
        n_ctx: int = 4096,
        n_threads: int | None = None,
        n_gpu_layers: int = 0,
        seed: int = 0,
        chat_format: str | None = None,
        verbose: bool = False,
        constrain_json: bool = True,
        **llama_kwargs: Any,
    ) -> None:
        self.model_path = Path(model_path).expanduser()
        if self.model_path.suffix.lower() != ".gguf":
            raise LLMConfigError(f"llama.cpp needs a .gguf model file, got {str(model_path)!r}")
        if n_ctx < 256:
            raise LLMConfigError(f"n_ctx must be at least 256, got {n_ctx}")
        self.options: dict[str, Any] = {
            "n_ctx": n_ctx,
            "n_threads": n_threads or max(1, (os.cpu_count() or 2) // 2),
            "n_gpu_layers": n_gpu_layers,
            "seed": seed,
            "chat_format": chat_format,
            "verbose": verbose,
            **llama_kwargs,
        }
        self.constrain_json = constrain_json
        self.name = f"llama.cpp:{self.model_path.name}"
        self._llama: Any = None
        self._lock = threading.Lock()

    def load(self) -> Any:
        """The ``llama_cpp.Llama`` instance, loaded on first call."""
        with self._lock:
            if self._llama is None:
                try:
                    import llama_cpp
                except ImportError as error:
                    raise LLMDependencyError("llama-cpp-python", "llamacpp", "the llama.cpp backend") from error
                if not self.model_path.is_file():
                    raise LLMUnavailableError(
                        f"GGUF model {self.model_path} not found; pass the path of a local .gguf file"
                    )
                try:
                    self._llama = llama_cpp.Llama(model_path=str(self.model_path), **self.options)
                except (ValueError, RuntimeError) as error:
                    raise LLMUnavailableError(f"llama.cpp could not load {self.model_path}: {error}") from error
            return self._llama

    def complete(
        self,
        messages: list[ChatMessage],
        *,
        json_schema: dict | None = None,
        max_tokens: int = 512,
        temperature: float = 0.0,
    ) -> str:
        checked = check_messages(messages)
        check_generation(max_tokens, temperature)
        llama = self.load()
        request: dict[str, Any] = {
            "messages": [m.model_dump() for m in checked],
            "max_tokens": max_tokens,
            "temperature": temperature,
        }
        if temperature == 0:
            request["top_k"] = 1  # greedy: llama.cpp still samples at temperature 0 unless top_k is 1
        if json_schema is not None and self.constrain_json:
            request["response_format"] = {"type": "json_object", "schema": json_schema}
        try:
            result = llama.create_chat_completion(**request)
        except (ValueError, RuntimeError) as error:
            raise LLMResponseError(f"llama.cpp failed on {self.model_path.name}: {error}") from error
        try:
            content = result["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError) as error:
            raise LLMResponseError(f"llama.cpp returned no message content: {result!r:.200}") from error
        return content or ""

    def close(self) -> None:
        """Free the model (it reloads on the next call)."""
        with self._lock:
            if self._llama is not None and hasattr(self._llama, "close"):
                self._llama.close()
            self._llama = None

    def __repr__(self) -> str:
        return f"LlamaCppBackend(model_path={str(self.model_path)!r})"
