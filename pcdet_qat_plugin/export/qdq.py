"""`qdq` graph surgery: 8-bit weights become int8 initializers + DequantizeLinear, conv biases int32 + DQ at
the accumulator scale (input scale x weight scale), so onnxruntime's QDQ fusion runs int8 kernels.

Activation Q/DQ pairs come from the network's QdqAct modules; `int8_kernel_counts` shows what ORT fused.
"""
import logging
import os
import tempfile
from collections import Counter
from typing import Dict

import numpy as np
import torch

from ..errors import ExportError
from .quantized import input_scale, pow2_grid_scale

_logger = logging.getLogger(__name__)

WEIGHT_OPS = {'Conv': 0, 'ConvTranspose': 1, 'MatMul': 1}   # op -> output-channel axis of its weight
INT8_OPS = ('QLinearConv', 'ConvInteger', 'QLinearMatMul', 'MatMulInteger', 'MatMulIntegerToFloat',
            'QLinearConvTranspose', 'QLinearAdd', 'QLinearConcat', 'QLinearSigmoid', 'QLinearReduceMean')
DEFAULT_QDQ_OPSET = 13   # per-channel DequantizeLinear (axis) needs 13


def _layer_of(init_name: str) -> str:
    for suffix in ('.weight_t', '.weight'):
        if init_name.endswith(suffix):
            return init_name[:-len(suffix)]
    return init_name


def quantize_weights_in_graph(model, sites: Dict[str, object], per_channel: bool) -> int:
    """In place: each 8-bit site's weight (and Conv bias) -> integer initializer + DequantizeLinear.

    Returns the number of weights converted. Raises ExportError if a weight is not on a pow2 grid.
    """
    from onnx import helper, numpy_helper
    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    new_nodes, drop = [], set()
    converted = 0
    for node in graph.node:
        if node.op_type not in WEIGHT_OPS or len(node.input) < 2 or node.input[1] not in inits:
            continue
        w_name = node.input[1]
        layer = _layer_of(w_name)
        site = sites.get(layer)
        if site is None or site.weight_bits != 8:
            continue          # float (16-bit layer or not quantized): ORT runs it in float
        axis = WEIGHT_OPS[node.op_type]
        w = torch.from_numpy(numpy_helper.to_array(inits[w_name]).copy())
        scale = pow2_grid_scale(w, 8, axis if per_channel else None)
        if scale is None:
            raise ExportError(f'{layer}: exported weight is not on an 8-bit power-of-2 grid')
        shape = [1] * w.dim()
        if per_channel:
            shape[axis] = -1
        w_int = torch.round(w.double() * scale.double().reshape(shape)).to(torch.int8).numpy()
        step = (1.0 / scale.double()).float().numpy().astype(np.float32)
        zp = np.zeros(step.shape, dtype=np.int8)
        qname = layer + ('.weight_t' if w_name.endswith('.weight_t') else '.weight')
        graph.initializer.extend([numpy_helper.from_array(w_int, qname + '_int8'),
                                  numpy_helper.from_array(step, qname + '_step'),
                                  numpy_helper.from_array(zp, qname + '_zero_point')])
        dq_kw = {'axis': axis} if per_channel else {}
        new_nodes.append(helper.make_node('DequantizeLinear', [qname + '_int8', qname + '_step',
                                                               qname + '_zero_point'],
                                          [qname + '_dq'], name=qname + '_DequantizeLinear', **dq_kw))
        node.input[1] = qname + '_dq'
        drop.add(w_name)
        converted += 1
        s_in = input_scale(sites, site)
        if node.op_type == 'MatMul' or len(node.input) < 3 or node.input[2] not in inits or s_in is None:
            continue
        b_name = node.input[2]
        b = numpy_helper.to_array(inits[b_name]).astype(np.float64)
        joint = s_in * scale.double().numpy() * np.ones_like(b)   # accumulator scale per output channel
        b_acc = b * joint
        if not np.allclose(b_acc, np.round(b_acc), atol=1e-3, rtol=0):
            _logger.warning('%s: bias not on the accumulator grid (max off %.3g steps); rounded', layer,
                            np.abs(b_acc - np.round(b_acc)).max())
        b_int = np.round(b_acc).astype(np.int32)
        graph.initializer.extend([numpy_helper.from_array(b_int, layer + '.bias_int32'),
                                  numpy_helper.from_array((1.0 / joint).astype(np.float32), layer + '.bias_step'),
                                  numpy_helper.from_array(np.zeros(b.shape, np.int32), layer + '.bias_zero_point')])
        new_nodes.append(helper.make_node('DequantizeLinear', [layer + '.bias_int32', layer + '.bias_step',
                                                               layer + '.bias_zero_point'],
                                          [layer + '.bias_dq'], name=layer + '.bias_DequantizeLinear', axis=0))
        node.input[2] = layer + '.bias_dq'
        drop.add(b_name)
    still_used = {i for n in graph.node for i in n.input}
    keep = [i for i in graph.initializer if i.name not in drop or i.name in still_used]
    del graph.initializer[:]
    graph.initializer.extend(keep)
    nodes = new_nodes + list(graph.node)
    del graph.node[:]
    graph.node.extend(nodes)
    return converted


def int8_kernel_counts(onnx_path: str, num_threads: int = 1) -> Counter:
    """Op counts of the graph onnxruntime actually runs (optimized model), e.g. {'QLinearConv': 19, ...}."""
    import onnx
    from .ort_runner import make_session
    fd, tmp = tempfile.mkstemp(suffix='.onnx')
    os.close(fd)
    try:
        make_session(onnx_path, num_threads=num_threads, optimized_model_path=tmp)
        return Counter(n.op_type for n in onnx.load(tmp).graph.node)
    finally:
        os.remove(tmp)
