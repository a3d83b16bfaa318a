"""Tiny random-weight transformers models saved with ``save_pretrained``, to exercise the real loading and
inference code of the captioner, CLIP attributes and depth tools offline."""

from __future__ import annotations

import json
import string
from pathlib import Path


def tiny_blip(folder: Path) -> Path:
    from transformers import (
        BertTokenizerFast,
        BlipConfig,
        BlipForConditionalGeneration,
        BlipImageProcessor,
        BlipProcessor,
    )

    words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "a", "red", "bus", "man", "on", "the", "street"]
    vocab = folder / "vocab.txt"
    vocab.write_text("\n".join(words) + "\n")
    tokenizer = BertTokenizerFast(str(vocab))
    layer = {"hidden_size": 32, "intermediate_size": 64, "num_hidden_layers": 1, "num_attention_heads": 2}
    config = BlipConfig(
        vision_config={**layer, "image_size": 32, "patch_size": 8},
        text_config={
            **layer,
            "vocab_size": len(words),
            "max_position_embeddings": 32,
            "bos_token_id": 2,
            "sep_token_id": 3,
            "pad_token_id": 0,
        },
        projection_dim=16,
    )
    target = folder / "tiny-blip"
    BlipForConditionalGeneration(config).save_pretrained(target)
    BlipProcessor(BlipImageProcessor(size={"height": 32, "width": 32}), tokenizer).save_pretrained(target)
    return target


def tiny_clip(folder: Path) -> Path:
    from transformers import CLIPConfig, CLIPImageProcessor, CLIPModel, CLIPProcessor, CLIPTokenizer

    vocab = {"<|startoftext|>": 0, "<|endoftext|>": 1}
    for letter in string.ascii_lowercase:
        vocab[letter] = len(vocab)
        vocab[letter + "</w>"] = len(vocab)
    (folder / "vocab.json").write_text(json.dumps(vocab))
    (folder / "merges.txt").write_text("#version: 0.2\n")
    tokenizer = CLIPTokenizer(str(folder / "vocab.json"), str(folder / "merges.txt"))
    layer = {"hidden_size": 16, "intermediate_size": 32, "num_hidden_layers": 1, "num_attention_heads": 2}
    config = CLIPConfig(
        text_config={
            **layer,
            "vocab_size": len(vocab),
            "max_position_embeddings": 64,
            "bos_token_id": 0,
            "eos_token_id": 1,
            "pad_token_id": 1,
        },
        vision_config={**layer, "image_size": 32, "patch_size": 8},
        projection_dim=8,
    )
    target = folder / "tiny-clip"
    CLIPModel(config).save_pretrained(target)
    processor = CLIPProcessor(
        CLIPImageProcessor(size={"shortest_edge": 32}, crop_size={"height": 32, "width": 32}), tokenizer
    )
    processor.save_pretrained(target)
    return target


def tiny_dpt(folder: Path) -> Path:
    from transformers import DPTConfig, DPTForDepthEstimation, DPTImageProcessor

    config = DPTConfig(
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        image_size=32,
        patch_size=8,
        backbone_out_indices=[0, 1],
        neck_hidden_sizes=[8, 16],
        fusion_hidden_size=16,
        reassemble_factors=[1, 1],
        head_in_index=-1,
    )
    target = folder / "tiny-dpt"
    DPTForDepthEstimation(config).save_pretrained(target)
    DPTImageProcessor(size={"height": 32, "width": 32}).save_pretrained(target)
    return target


def tiny_glpn(folder: Path) -> Path:
    from transformers import GLPNConfig, GLPNForDepthEstimation, GLPNImageProcessor

    config = GLPNConfig(
        num_encoder_blocks=2,
        depths=[1, 1],
        sr_ratios=[2, 1],
        hidden_sizes=[8, 16],
        patch_sizes=[7, 3],
        strides=[4, 2],
        num_attention_heads=[1, 1],
        mlp_ratios=[2, 2],
        decoder_hidden_size=8,
    )
    target = folder / "tiny-glpn"
    GLPNForDepthEstimation(config).save_pretrained(target)
    GLPNImageProcessor().save_pretrained(target)
    return target
