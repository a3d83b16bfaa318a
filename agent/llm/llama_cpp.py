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
import time
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

    ``n_ctx`` is the context (prompt and reply) in tokens; a prompt that does not leave ``max_tokens`` room is
    refused before the model runs, with the numbers. ``n_threads`` defaults to half the CPU count: llama.cpp
    slows down badly when its threads share busy cores. With ``temperature > 0`` every call samples with a new
    seed (a repair must not repeat the reply it repairs); a ``deadline`` cuts the reply short when it comes.
    ``n_gpu_layers=-1`` offloads everything when llama.cpp was built with a GPU backend. ``constrain_json=False``
    leaves the schema to the prompt (for a schema llama.cpp's grammar converter cannot handle). ``llama_kwargs``
    go to ``llama_cpp.Llama`` unchanged."""

    def __init__(
        self,
        model_path: str | os.PathLike[str],
        *,
        n_ctx: int = 8192,
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
        self._calls = 0
        self._grammars: dict[str, Any] = {}

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
        deadline: float | None = None,
        grammar: str | None = None,
    ) -> str:
        """The reply; ``grammar`` (GBNF text) constrains it instead of ``json_schema``."""
        checked = check_messages(messages)
        check_generation(max_tokens, temperature)
        llama = self.load()
        self._check_room(llama, checked, max_tokens)
        self._calls += 1
        request: dict[str, Any] = {
            "messages": [m.model_dump() for m in checked],
            "max_tokens": max_tokens,
            "temperature": temperature,
            "stream": True,
        }
        if temperature == 0:
            request["top_k"] = 1  # greedy: llama.cpp still samples at temperature 0 unless top_k is 1
        else:
            request["seed"] = self.options["seed"] + self._calls
        if grammar is not None:
            request["grammar"] = self._grammar(grammar)
        elif json_schema is not None and self.constrain_json:
            request["response_format"] = {"type": "json_object", "schema": json_schema}
        pieces: list[str] = []
        try:
            for chunk in llama.create_chat_completion(**request):
                pieces.append(chunk["choices"][0]["delta"].get("content") or "")
                if deadline is not None and time.monotonic() >= deadline:
                    break  # the planning deadline: keep what came so far (the planner sees it is cut short)
        except (ValueError, RuntimeError) as error:
            raise LLMResponseError(f"llama.cpp failed on {self.model_path.name}: {error}") from error
        except (KeyError, IndexError, TypeError) as error:
            raise LLMResponseError(f"llama.cpp returned no message content: {error}") from error
        return "".join(pieces)

    def _grammar(self, text: str) -> Any:
        """The compiled llama.cpp grammar for ``text`` (compiled once)."""
        if text not in self._grammars:
            import llama_cpp

            self._grammars[text] = llama_cpp.LlamaGrammar.from_string(text, verbose=False)
        return self._grammars[text]

    def _check_room(self, llama: Any, messages: list[ChatMessage], max_tokens: int) -> None:
        """Refuse a prompt that leaves no room for the reply (llama.cpp would fail or truncate)."""
        text = "\n".join(m.content for m in messages)
        try:
            count = len(llama.tokenize(text.encode("utf-8"), add_bos=True, special=False))
        except (AttributeError, TypeError, ValueError, RuntimeError):
            return  # a stand-in without a tokenizer: let the model say it
        n_ctx = self.options["n_ctx"]
        if count + max_tokens + 64 > n_ctx:  # 64: the chat template's own tokens
            raise LLMResponseError(
                f"the prompt has about {count} tokens and the reply may take {max_tokens}: more than the "
                f"{n_ctx}-token context of {self.model_path.name}; load it with a larger n_ctx "
                f"(LlamaCppBackend(..., n_ctx={2 ** (count + max_tokens + 64).bit_length()}))"
            )

    def close(self) -> None:
        """Free the model (it reloads on the next call)."""
        with self._lock:
            if self._llama is not None and hasattr(self._llama, "close"):
                self._llama.close()
            self._llama = None

    def __repr__(self) -> str:
        return f"LlamaCppBackend(model_path={str(self.model_path)!r})"
