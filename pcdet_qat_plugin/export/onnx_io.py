"""Trace a NetworkPart to ONNX (TorchScript exporter, fixed shapes), tidy the graph, check and save atomically.

Tidying: initializers shared through Identity nodes (equal tensors the exporter de-duplicated) are
copied back, one weight per layer under its layer's name, as TIDL's importer expects.
"""
import io
import logging
import warnings
from typing import Dict

import torch

from ..errors import ExportError
from ..utils.fileio import atomic_write, atomic_write_text
from .network import DETECTIONS_NAME, INPUT_NAMES, OUTPUT_NAMES, NetworkPart

_logger = logging.getLogger(__name__)

DEFAULT_OPSET = 11


def dummy_inputs(shapes: Dict[str, int], num_features: int, num_bev_features: int, seed: int = 0):
    """(pillar_features (1, C, P, V), voxel_indices (1, C_bev, V) int64, bev_canvas (1, C_bev, ny * nx)) of
    the export shapes, indices distinct cells of the grid (the int64 input becomes int32 after tracing)."""
    g = torch.Generator().manual_seed(seed)
    v, p, cells = shapes['max_voxels'], shapes['max_points'], shapes['ny'] * shapes['nx']
    feats = torch.randn(1, num_features, p, v, generator=g)
    flat = torch.randperm(cells, generator=g)[:v]
    if flat.numel() < v:                      # fewer cells than voxels: repeat (tracing only needs shapes)
        flat = flat.repeat(v // max(flat.numel(), 1) + 1)[:v]
    indices = flat.reshape(1, 1, v).expand(1, num_bev_features, v).contiguous()
    return feats, indices, torch.zeros(1, num_bev_features, cells)


def _indices_input_as_int32(model) -> None:
    """The voxel_indices graph input as int32 (TIDL reads no int64; ONNX ScatterElements takes int32
    indices): torch's scatter needs int64 while tracing, so the input type is set afterwards, as TI's own
    export does. ExportError when anything but ScatterElements reads the input."""
    import onnx
    name = INPUT_NAMES[1]
    readers = [n.op_type for n in model.graph.node if name in n.input]
    if readers != ['ScatterElements']:
        raise ExportError(f'graph input {name} is read by {readers}, expected one ScatterElements')
    for inp in model.graph.input:
        if inp.name == name:
            inp.type.tensor_type.elem_type = onnx.TensorProto.INT32


def _inline_identity_initializers(model) -> None:
    """Identity(initializer) -> a copy of the initializer under the Identity's output name."""
    import onnx
    inits = {i.name: i for i in model.graph.initializer}
    keep = []
    for node in model.graph.node:
        if node.op_type == 'Identity' and node.input[0] in inits:
            t = onnx.TensorProto()
            t.CopyFrom(inits[node.input[0]])
            t.name = node.output[0]
            model.graph.initializer.append(t)
        else:
            keep.append(node)
    del model.graph.node[:]
    model.graph.node.extend(keep)


def to_onnx_model(net: NetworkPart, shapes: Dict[str, int], num_features: int, opset: int = DEFAULT_OPSET):
    """Trace `net` with fixed input shapes and return the tidied onnx.ModelProto (checked)."""
    import onnx
    inputs = dummy_inputs(shapes, num_features, net.num_bev_features)
    out_names = list(OUTPUT_NAMES[:3 if net.dense_head.conv_dir_cls is not None else 2])
    out_names += [DETECTIONS_NAME] if net.detections_output else []
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')  # the TorchScript exporter's deprecation notice
        try:
            torch.onnx.export(net.eval(), inputs, buf, opset_version=int(opset), dynamo=False,
                              input_names=list(INPUT_NAMES), output_names=out_names, do_constant_folding=True)
        except Exception as exc:  # the exporter raises many types (RuntimeError, SymbolicValueError, ...)
            raise ExportError(f'torch.onnx.export failed at opset {opset}: {exc}') from exc
    model = onnx.load_from_string(buf.getvalue())
    _inline_identity_initializers(model)
    _indices_input_as_int32(model)
    check(model)
    return model


def check(model) -> None:
    """onnx.checker with full shape inference; raises ExportError with the checker's message."""
    import onnx
    try:
        onnx.checker.check_model(model, full_check=True)
    except onnx.checker.ValidationError as exc:
        raise ExportError(f'exported graph fails onnx.checker: {exc}') from exc


def save_atomic(model, path: str) -> str:
    """Write an onnx.ModelProto to `path` via a temp file + os.replace."""
    atomic_write(path, lambda f: f.write(model.SerializeToString()), durable=True)
    return path


def write_text_atomic(text: str, path: str) -> str:
    """Write a text file via a temp file + os.replace."""
    atomic_write_text(path, text)
    return path


WEIGHT_OPS = {'Conv': 0, 'ConvTranspose': 1, 'MatMul': 1}   # op -> output-channel axis of its weight


def weight_nodes_by_value(graph, weights: Dict[str, 'np.ndarray']) -> Dict[str, object]:
    """name -> the Conv / ConvTranspose / MatMul node whose weight initializer holds exactly `weights[name]`
    (float32 values, compared flat with equal element count). Matching by value, not by initializer name,
    finds a weight the exporter renamed or de-duplicated. ExportError names the layers not found."""
    import numpy as np
    from onnx import numpy_helper
    inits = {i.name: i for i in graph.initializer}
    wanted = {n: np.asarray(w, dtype=np.float32).ravel() for n, w in weights.items()}
    found: Dict[str, object] = {}
    for node in graph.node:
        if node.op_type not in WEIGHT_OPS or len(node.input) < 2 or node.input[1] not in inits:
            continue
        w = numpy_helper.to_array(inits[node.input[1]]).astype(np.float32).ravel()
        for name, ref in wanted.items():
            if name not in found and ref.size == w.size and np.array_equal(ref, w):
                found[name] = node
                break
    lost = sorted(set(wanted) - set(found))
    if lost:
        raise ExportError(f'weight layers {lost} are not in the graph (no weight initializer holds their values; '
                          f'rule: every quantized layer must be converted)')
    return found
