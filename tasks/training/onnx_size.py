"""Halving shipped ONNX files: float32 weights stored as float16, cast back when the session loads.

onnxruntime folds the ``Cast`` of a constant at session creation, so inference still runs in float32 at the
same speed; only the file shrinks. Needs the ``onnx`` package (training only).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

MIN_ELEMENTS = 256
"""Smaller tensors (biases, shape constants) stay float32: not worth a node each."""


def store_weights_as_float16(path: Path) -> Path:
    """Rewrite the ONNX model at ``path`` in place with float16 initializers plus ``Cast`` nodes."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    model = onnx.load(str(path))
    graph = model.graph
    kept, casts = [], []
    for initializer in graph.initializer:
        if initializer.data_type != TensorProto.FLOAT or np.prod(initializer.dims) < MIN_ELEMENTS:
            kept.append(initializer)
            continue
        half = numpy_helper.from_array(numpy_helper.to_array(initializer).astype(np.float16), initializer.name + "_f16")
        kept.append(half)
        casts.append(helper.make_node("Cast", [half.name], [initializer.name], to=TensorProto.FLOAT))
    del graph.initializer[:]
    graph.initializer.extend(kept)
    nodes = casts + list(graph.node)
    del graph.node[:]
    graph.node.extend(nodes)
    onnx.checker.check_model(model)
    onnx.save(model, str(path))
    return Path(path)
