"""A local causal LM through Hugging Face transformers (``pip install 'nsvr[torch]'``): a hub id, a local folder,
or a GGUF file (``gguf_file=``, dequantized by transformers; needs the ``gguf`` and ``accelerate`` packages).

The model loads on the first call. Decoding is greedy at temperature 0. transformers cannot constrain decoding to
a JSON Schema, so the schema reaches the model through the prompt only; when one is given, the reply is started
with ``{`` for the model (``start_json``: small models otherwise drift into prose) and generation stops as soon as
the first JSON object is closed.

>>> backend = TransformersBackend("/models/SmolLM2-135M-Instruct.Q4_1.gguf")
>>> backend.model, backend.gguf_file
('/models', 'SmolLM2-135M-Instruct.Q4_1.gguf')
"""

from __future__ import annotations

import importlib.util
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


def json_object_end(text: str) -> int | None:
    """The index just past the first complete top-level JSON object in ``text`` (braces inside strings are
    ignored), or None while it is still open.

    >>> json_object_end('Sure: {"a": "}", "b": {}} trailing')
    25
    >>> json_object_end('{"a": [1, 2') is None
    True
    """
    depth = 0
    in_string = escaped = False
    for index, char in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"' and depth:
            in_string = True
        elif char == "{":
            depth += 1
        elif char == "}" and depth:
            depth -= 1
            if depth == 0:
                return index + 1
    return None


def _make_json_stop(tokenizer: Any, prompt_length: int, prefix: str) -> Any:
    from transformers import StoppingCriteria

    class StopAfterJsonObject(StoppingCriteria):
        def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
            import torch

            done = [
                json_object_end(prefix + tokenizer.decode(row[prompt_length:], skip_special_tokens=True)) is not None
                for row in input_ids
            ]
            return torch.tensor(done, dtype=torch.bool, device=input_ids.device)

    return StopAfterJsonObject()


class TransformersBackend:
    """Chat completions from a transformers causal LM, loaded lazily.

    ``model`` is a hub id, a local folder, or the path of a ``.gguf`` file (then ``gguf_file`` is set from it).
    ``device``: "auto" (CUDA when available), "cpu", "cuda", "cuda:N" or "mps"."""

    def __init__(
        self,
        model: str | os.PathLike[str],
        *,
        gguf_file: str | None = None,
        device: str = "auto",
        dtype: str | None = None,
        trust_remote_code: bool = False,
        stop_after_json: bool = True,
        start_json: bool = True,
    ) -> None:
        model = str(model)
        if not model.strip():
            raise LLMConfigError("TransformersBackend needs a model id, folder or .gguf path")
        if gguf_file is None and model.lower().endswith(".gguf"):
            path = Path(model).expanduser()
            model, gguf_file = str(path.parent), path.name
        if not (device in ("auto", "cpu", "mps") or device.startswith("cuda")):
            raise LLMConfigError(f"unknown device {device!r}; use 'auto', 'cpu', 'cuda', 'cuda:N' or 'mps'")
        self.model = model
        self.gguf_file = gguf_file
        self.device = device
        self.dtype = dtype
        self.trust_remote_code = trust_remote_code
        self.stop_after_json = stop_after_json
        self.start_json = start_json
        self.name = f"transformers:{gguf_file or model}"
        self._loaded: tuple[Any, Any] | None = None
        self._lock = threading.Lock()

    def _require(self) -> None:
        needed = [("torch", "torch"), ("transformers", "transformers")]
        if self.gguf_file:
            needed += [("gguf", "gguf"), ("accelerate", "accelerate")]
        for module, package in needed:
            if importlib.util.find_spec(module) is None:
                raise LLMDependencyError(package, "torch", "the transformers LLM backend")

    def _check_available(self) -> bool:
        """Whether the hub must be used (False: load from disk); raises :class:`LLMUnavailableError` early,
        before torch is imported, when the model is neither on disk nor cached and the hub is unreachable."""
        local = Path(self.model).expanduser()
        if local.exists():
            if self.gguf_file and not (local / self.gguf_file).is_file():
                raise LLMUnavailableError(f"GGUF file {local / self.gguf_file} not found")
            return False
        from nsvr.tools.base import hub_reachable

        if hub_reachable():
            return True
        from huggingface_hub import try_to_load_from_cache

        if not isinstance(try_to_load_from_cache(self.model, self.gguf_file or "config.json"), str):
            raise LLMUnavailableError(
                f"model {self.model} not available offline; pass a local folder or .gguf file as the model"
            )
        return False

    def _from_pretrained(self, loader: Any, online: bool, **kwargs: Any) -> Any:
        if self.gguf_file:
            kwargs["gguf_file"] = self.gguf_file
        local = Path(self.model).expanduser()
        source = str(local) if local.exists() else self.model
        if not online and not local.exists():
            kwargs["local_files_only"] = True
        try:
            return loader.from_pretrained(source, **kwargs)
        except (OSError, ValueError) as error:
            first_line = str(error).splitlines()[0][:160] if str(error) else type(error).__name__
            raise LLMUnavailableError(f"model {self.model} could not be loaded: {first_line}") from error

    def load(self) -> tuple[Any, Any]:
        """``(tokenizer, model)``, loaded on the first call."""
        with self._lock:
            if self._loaded is None:
                self._require()
                online = self._check_available()
                import torch
                from transformers import AutoModelForCausalLM, AutoTokenizer

                device = self.device
                if device == "auto":
                    device = "cuda" if torch.cuda.is_available() else "cpu"
                extra: dict[str, Any] = {"trust_remote_code": self.trust_remote_code}
                tokenizer = self._from_pretrained(AutoTokenizer, online, **extra)
                if self.dtype is not None:
                    extra["dtype"] = self.dtype
                model = self._from_pretrained(AutoModelForCausalLM, online, **extra)
                model.to(device).eval()
                self._loaded = (tokenizer, model)
            return self._loaded

    def _encode(self, tokenizer: Any, messages: list[ChatMessage], prefix: str) -> Any:
        chat = [m.model_dump() for m in messages]
        if getattr(tokenizer, "chat_template", None):
            text = tokenizer.apply_chat_template(chat, add_generation_prompt=True, tokenize=False)
            return tokenizer(text + prefix, return_tensors="pt", add_special_tokens=False)
        text = "".join(f"{m.role}: {m.content}\n" for m in messages) + "assistant: "
        return tokenizer(text + prefix, return_tensors="pt")

    def complete(
        self,
        messages: list[ChatMessage],
        *,
        json_schema: dict | None = None,
        max_tokens: int = 512,
        temperature: float = 0.0,
        deadline: float | None = None,
    ) -> str:
        checked = check_messages(messages)
        check_generation(max_tokens, temperature)
        tokenizer, model = self.load()
        import torch
        from transformers import StoppingCriteriaList

        prefix = "{" if json_schema is not None and self.start_json else ""
        encoded = self._encode(tokenizer, checked, prefix).to(model.device)
        prompt_length = int(encoded["input_ids"].shape[1])
        options: dict[str, Any] = {
            "max_new_tokens": max_tokens,
            "pad_token_id": tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id,
        }
        if deadline is not None:  # generation stops (with what it has) when the planning deadline comes
            options["max_time"] = max(deadline - time.monotonic(), 0.01)
        if temperature > 0:
            options.update(do_sample=True, temperature=float(temperature))
        else:
            options.update(do_sample=False, temperature=None, top_p=None, top_k=None)
        if json_schema is not None and self.stop_after_json:
            options["stopping_criteria"] = StoppingCriteriaList([_make_json_stop(tokenizer, prompt_length, prefix)])
        try:
            with self._lock, torch.inference_mode():
                output = model.generate(**encoded, **options)
        except (RuntimeError, ValueError) as error:
            raise LLMResponseError(f"generation with {self.name} failed: {error}") from error
        return prefix + tokenizer.decode(output[0, prompt_length:], skip_special_tokens=True)

    def close(self) -> None:
        """Free the model (it reloads on the next call)."""
        with self._lock:
            self._loaded = None

    def __repr__(self) -> str:
        return f"TransformersBackend(model={self.model!r}, gguf_file={self.gguf_file!r}, device={self.device!r})"
