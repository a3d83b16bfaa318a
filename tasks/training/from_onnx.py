"""Continue training from shipped ONNX weights: rebuild trainable torch models from ``detector.onnx`` and
``attributes.onnx``.

The exported graphs have every batch norm folded into its convolution (weight ``W``, bias ``b``). A trainable
model needs the batch norm back; with the folded weights alone a training-mode batch norm would renormalise
every layer and destroy what was learned. So each convolution gets ``W`` and a batch norm whose running
statistics are the per-channel mean ``m`` and variance ``v`` of ``W * x`` measured on real inputs, with scale
``sqrt(v + eps)`` and shift ``b + m``: in eval mode the pair computes exactly ``W * x + b``, and in training mode
(batch statistics close to ``m``, ``v``) nearly so. :func:`check_close` compares the rebuilt model with the ONNX
session on real inputs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np

from nsvr.tasks.training.clevr_data import ClevrDataError


def onnx_initializers(path: Path) -> dict[str, np.ndarray]:
    """The ONNX model's initializers as float32 arrays, names without the ``_f16`` suffix that
    :func:`nsvr.tasks.training.onnx_size.store_weights_as_float16` adds."""
    import onnx
    from onnx import numpy_helper

    if not Path(path).is_file():
        raise ClevrDataError(f"no ONNX weights at {path}")
    model = onnx.load(str(path))
    return {i.name.removesuffix("_f16"): numpy_helper.to_array(i).astype(np.float32) for i in model.graph.initializer}


def refold_batchnorm(pairs: list[tuple[Any, Any, np.ndarray, np.ndarray]], run: Callable[[], None]) -> None:
    """Give each ``(conv, batchnorm, W, b)`` the folded weights back as a convolution plus batch norm.

    First every batch norm passes ``W * x + b`` through unchanged, then ``run()`` feeds real inputs through the
    model while hooks measure each convolution's output statistics, which become the batch norms' running
    statistics (see the module docstring)."""
    import torch

    stats: dict[int, list[torch.Tensor]] = {}
    hooks = []
    with torch.no_grad():
        for k, (conv, bn, weight, bias) in enumerate(pairs):
            conv.weight.copy_(torch.from_numpy(weight))
            bn.running_mean.zero_()
            bn.running_var.fill_(1.0 - bn.eps)
            bn.weight.fill_(1.0)
            bn.bias.copy_(torch.from_numpy(bias))
            stats[k] = [torch.zeros(weight.shape[0], dtype=torch.float64) for _ in range(3)]

            def measure(_module: Any, _inputs: Any, output: torch.Tensor, k: int = k) -> None:
                values = output.detach().double().transpose(0, 1).reshape(output.shape[1], -1)
                stats[k][0] += values.shape[1]
                stats[k][1] += values.sum(dim=1)
                stats[k][2] += (values**2).sum(dim=1)

            hooks.append(conv.register_forward_hook(measure))
        try:
            run()
        finally:
            for hook in hooks:
                hook.remove()
        for k, (_conv, bn, _weight, bias) in enumerate(pairs):
            count, total, squares = stats[k]
            mean = total / count.clamp(min=1)
            variance = (squares / count.clamp(min=1) - mean**2).clamp(min=1e-6)
            bn.running_mean.copy_(mean.float())
            bn.running_var.copy_(variance.float())
            bn.weight.copy_(torch.sqrt(variance + bn.eps).float())
            bn.bias.copy_(torch.from_numpy(bias) + mean.float())


def check_close(expected: list[np.ndarray], actual: list[np.ndarray], what: str, tolerance: float = 1e-2) -> float:
    """The largest absolute difference between two lists of outputs, relative to the outputs' scale; a
    :class:`ClevrDataError` when it exceeds ``tolerance`` (the ONNX file does not match the architecture)."""
    worst = 0.0
    for a, b in zip(expected, actual, strict=True):
        worst = max(worst, float(np.abs(a - b).max() / (np.abs(a).max() + 1e-6)))
    if worst > tolerance:
        raise ClevrDataError(f"{what}: rebuilt model differs from the ONNX weights by {worst:.3g} (relative)")
    return worst


def detector_from_onnx(onnx_path: Path, out_pt: Path, images: Iterable[Path], model_yaml: str = "yolo11n.yaml") -> Path:
    """Write an ultralytics checkpoint ``out_pt`` rebuilt from ``detector.onnx`` (a one-class ``model_yaml``
    detector exported by :func:`nsvr.tasks.training.detector.export_detector_onnx`); ``images`` (a few dozen
    training images) calibrate the batch norms. ``--detector-from`` then continues training it."""
    import onnxruntime
    import torch
    from PIL import Image
    from ultralytics.nn.modules.conv import Conv
    from ultralytics.nn.tasks import DetectionModel

    from nsvr.tools.clevr.detection import letterbox

    weights = onnx_initializers(onnx_path)
    model = DetectionModel(model_yaml, nc=1, verbose=False)
    pairs = []
    for name, module in model.named_modules():
        if isinstance(module, Conv) and f"{name}.conv.weight" in weights:
            pairs.append((module.conv, module.bn, weights[f"{name}.conv.weight"], weights[f"{name}.conv.bias"]))
    plain = {k: v for k, v in model.state_dict().items() if k in weights}
    if len(pairs) + len(plain) // 2 < 50 or len(pairs) != sum(isinstance(m, Conv) for m in model.modules()):
        raise ClevrDataError(f"{onnx_path} does not hold a {model_yaml} detector's weights")
    with torch.no_grad():
        for key in plain:
            model.state_dict()[key].copy_(torch.from_numpy(weights[key]))
    session = onnxruntime.InferenceSession(str(onnx_path), providers=["CPUExecutionProvider"])
    height, width = session.get_inputs()[0].shape[2:]
    tensors = []
    for path in images:
        with Image.open(path) as opened:
            tensors.append(letterbox(opened.convert("RGB"), (height, width))[0])
    if not tensors:
        raise ClevrDataError("no calibration images to rebuild the detector from ONNX")
    batch = torch.from_numpy(np.concatenate(tensors))
    model.eval()
    refold_batchnorm(pairs, lambda: model(batch))
    with torch.no_grad():
        rebuilt = model(batch[:2])[0].numpy()
    expected = [session.run(None, {session.get_inputs()[0].name: t})[0][0] for t in tensors[:2]]
    check_close(expected, list(rebuilt), f"detector from {onnx_path}")
    model.names = {0: "object"}
    out_pt = Path(out_pt)
    out_pt.parent.mkdir(parents=True, exist_ok=True)
    torch.save({"model": model, "train_args": {"imgsz": max(height, width)}, "epoch": -1}, out_pt)
    return out_pt


def attribute_net_from_onnx(onnx_path: Path, crops: np.ndarray, geometry: np.ndarray) -> Any:
    """The trainable attribute network (:func:`nsvr.tasks.training.attributes.build_attribute_net`) rebuilt
    from ``attributes.onnx`` (its flip-averaged export); ``crops``/``geometry`` (a few hundred training
    inputs) calibrate the batch norms."""
    import onnx
    import onnxruntime
    import torch
    from torch import nn

    from nsvr.tasks.training.attributes import build_attribute_net

    weights = onnx_initializers(onnx_path)
    graph = onnx.load(str(onnx_path)).graph
    folded: list[str] = []  # the folded conv weights, in the order the exported forward pass used them
    for node in graph.node:
        if node.op_type == "Conv" and not node.input[1].startswith("net.") and node.input[1] not in folded:
            folded.append(node.input[1])
    net = build_attribute_net()
    convs = [
        (module, following)
        for block in (*net.early, net.middle, net.late)
        for module, following in zip(block, list(block)[1:], strict=False)
        if isinstance(module, nn.Conv2d)
    ]
    if not folded or len(folded) % len(convs):  # the exporter may copy the weights for the mirrored pass
        raise ClevrDataError(f"{onnx_path} does not hold this attribute network's weights")
    folded = folded[: len(convs)]
    bias_of = {node.input[1]: node.input[2] for node in graph.node if node.op_type == "Conv" and len(node.input) > 2}
    pairs = [
        (conv, bn, weights[name.removesuffix("_f16")], weights[bias_of[name].removesuffix("_f16")])
        for (conv, bn), name in zip(convs, folded, strict=True)
    ]
    with torch.no_grad():
        for key, value in net.state_dict().items():
            if f"net.{key}" in weights:
                value.copy_(torch.from_numpy(weights[f"net.{key}"]))
    net.eval()
    inputs = (torch.from_numpy(crops), torch.from_numpy(geometry))
    refold_batchnorm(pairs, lambda: net(*inputs))
    from nsvr.tasks.training.attributes import with_flip_averaging

    session = onnxruntime.InferenceSession(str(onnx_path), providers=["CPUExecutionProvider"])
    expected = session.run(None, {"crops": crops[:64], "geometry": geometry[:64]})
    with torch.no_grad():
        actual = [t.numpy() for t in with_flip_averaging(net)(inputs[0][:64], inputs[1][:64])][: len(expected)]
    check_close(expected, actual, f"attribute network from {onnx_path}")
    return net
