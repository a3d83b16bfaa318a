"""Captions from a transformers image-to-text model (BLIP, GIT, VisionEncoderDecoder, Florence-2, SmolVLM ...).

The whole-image caption becomes the scene graph's ``facts["caption"]``; region captions (one per detected
object, from its crop) become the object's ``caption`` attribute.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, Field

from nsvr.tools.base import Tool, ToolInput, from_pretrained_offline, require
from nsvr.tools.errors import ToolConfigError


class Captions(BaseModel):
    """A caption of the whole image and one per input detection (None when not asked for)."""

    caption: str | None = None
    regions: list[str | None] = Field(default_factory=list)


class Captioner(Tool[Captions]):
    """Image captioning by transformers model id or folder (``Salesforce/blip-image-captioning-base``,
    ``HuggingFaceTB/SmolVLM-256M-Instruct``, ``microsoft/Florence-2-base``).

    ``prompt`` is passed as text: a task token for Florence-2 (``"<CAPTION>"``), an instruction for chat VLMs
    (sent through the processor's chat template), a caption prefix for BLIP (``"a photo of"``), or nothing.
    ``regions=True`` also captions every detection's crop (at most ``max_regions``)."""

    name = "captioner"
    kind = "captioner"
    output_type = Captions
    default_model = "Salesforce/blip-image-captioning-base"

    def __init__(
        self,
        model: str | None = None,
        device: str = "auto",
        prompt: str | None = None,
        regions: bool = False,
        max_regions: int = 16,
        max_new_tokens: int = 30,
    ) -> None:
        super().__init__(model=model, device=device)
        if max_new_tokens < 1 or max_regions < 0:
            raise ToolConfigError("max_new_tokens must be >= 1 and max_regions >= 0")
        self.prompt = prompt
        self.regions = regions
        self.max_regions = max_regions
        self.max_new_tokens = max_new_tokens

    def options(self) -> dict[str, Any]:
        return {
            "prompt": self.prompt,
            "regions": self.regions,
            "max_regions": self.max_regions,
            "max_new_tokens": self.max_new_tokens,
        }

    def _load_model(self, device: str) -> Any:
        require("transformers", extra="torch", purpose="captioning")
        from transformers import AutoModelForImageTextToText, AutoProcessor

        name = str(self.model_name)
        processor = from_pretrained_offline(AutoProcessor, name)
        model = from_pretrained_offline(AutoModelForImageTextToText, name).to(device).eval()
        return (processor, model.half() if self.half else model)

    def caption_images(self, model: Any, images: Sequence[Any]) -> list[str]:
        """Captions of PIL images, generated in one batch."""
        import torch

        if not images:
            return []
        processor, network = model
        batch = self._encode(processor, list(images)).to(network.device)
        if self.half and "pixel_values" in batch:
            batch["pixel_values"] = batch["pixel_values"].half()
        with torch.inference_mode():
            generated = network.generate(**batch, max_new_tokens=self.max_new_tokens)
        prompt_ids = batch.get("input_ids")
        if prompt_ids is not None and generated.shape[1] > prompt_ids.shape[1]:
            if torch.equal(generated[:, : prompt_ids.shape[1]], prompt_ids):
                generated = generated[:, prompt_ids.shape[1] :]  # decoder-only VLMs echo the prompt
        texts = processor.batch_decode(generated, skip_special_tokens=True)
        return [" ".join(text.split()) for text in texts]

    def _encode(self, processor: Any, images: list[Any]) -> Any:
        if self.prompt is None:
            return processor(images=images, return_tensors="pt")
        if getattr(processor, "chat_template", None):
            messages = [{"role": "user", "content": [{"type": "image"}, {"type": "text", "text": self.prompt}]}]
            text = processor.apply_chat_template(messages, add_generation_prompt=True)
            return processor(images=[[image] for image in images], text=[text] * len(images), return_tensors="pt")
        return processor(images=images, text=[self.prompt] * len(images), return_tensors="pt", padding=True)

    def _predict(self, model: Any, inputs: Sequence[ToolInput]) -> list[Captions]:
        outputs = []
        whole = self.caption_images(model, [item.image.to_pil() for item in inputs])
        for item, caption in zip(inputs, whole, strict=True):
            regions: list[str | None] = []
            if self.regions and len(item.detections):
                pil = item.image.to_pil()
                crops = []
                for box in item.detections.boxes[: self.max_regions]:
                    x1, y1, x2, y2 = (int(round(v)) for v in item.image.box_to_model(box))
                    crops.append(pil.crop((x1, y1, max(x1 + 1, x2), max(y1 + 1, y2))))
                regions = list(self.caption_images(model, crops))
                regions += [None] * (len(item.detections) - len(regions))
            outputs.append(Captions(caption=caption, regions=regions))
        return outputs
