"""`qdq` graph surgery: 8-bit weights become int8 initializers + DequantizeLinear, conv biases int32 + DQ at
the accumulator scale (input scale x weight scale), so onnxruntime's QDQ fusion runs int8 kernels; a 16-bit
1x1 conv on an 8-bit input becomes two integer matmuls (export/qdq_wide.py).

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
from .onnx_io import WEIGHT_OPS, weight_nodes_by_value
from .qdq_wide import wide_conv_as_integer_matmuls

_logger = logging.getLogger(__name__)

INT8_OPS = ('QLinearConv', 'ConvInteger', 'QLinearMatMul', 'MatMulInteger', 'MatMulIntegerToFloat',
            'QLinearConvTranspose', 'QLinearAdd', 'QLinearConcat', 'QLinearSigmoid', 'QLinearReduceMean')
DEFAULT_QDQ_OPSET = 13   # per-channel DequantizeLinear (axis) needs 13


def quantize_weights_in_graph(model, deployable, weight_layers: Dict[str, torch.nn.Module]) -> int:
    """In place: each 8-bit layer's weight (and Conv bias) -> integer initializer + DequantizeLinear, the codes
    and scales taken from the Deployable (a deconv exported as 1x1 conv + DepthToSpace maps each conv
    channel to its deconv channel by DeconvAsConv.source_channel). Returns the number of weights converted."""
    from onnx import helper, numpy_helper
    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    nodes_of = weight_nodes_by_value(graph, {n: m.weight.detach().cpu().numpy() for n, m in weight_layers.items()})
    new_nodes, drop, wide = [], set(), []
    converted = 0
    for layer_name, node in nodes_of.items():
        layer = deployable.weight(layer_name)
        if layer.weight_bits != 8:
            wide.append((node, layer))
            continue
        axis = WEIGHT_OPS[node.op_type]
        w = numpy_helper.to_array(inits[node.input[1]]).astype(np.float64)
        source = getattr(weight_layers[layer_name], 'source_channel', None)   # deconv as conv: channel map
        chan = np.arange(w.shape[axis]) if source is None else source.numpy()
        scale = layer.weight_scale[chan]
        shape = [1] * w.ndim
        shape[axis] = -1
        codes = w * scale.reshape(shape)
        w_int = np.round(codes)
        if np.abs(codes - w_int).max() > 1e-6:
            raise ExportError(f'{layer_name}: graph weight is not on the deployable\'s 8-bit pow2 grid')
        per_channel = layer.per_channel
        step = (1.0 / scale).astype(np.float32) if per_channel else np.float32(1.0 / scale[0])
        zp = np.zeros(np.shape(step), dtype=np.int8)
        qname = layer_name + ('.weight_t' if node.op_type == 'ConvTranspose' else '.weight')
        graph.initializer.extend([numpy_helper.from_array(w_int.astype(np.int8), qname + '_int8'),
                                  numpy_helper.from_array(np.asarray(step), qname + '_step'),
                                  numpy_helper.from_array(np.asarray(zp), qname + '_zero_point')])
        dq_kw = {'axis': axis} if per_channel else {}
        new_nodes.append(helper.make_node('DequantizeLinear', [qname + '_int8', qname + '_step',
                                                               qname + '_zero_point'],
                                          [qname + '_dq'], name=qname + '_DequantizeLinear', **dq_kw))
        drop.add(node.input[1])
        node.input[1] = qname + '_dq'
        converted += 1
        if len(node.input) < 3 or node.input[2] not in inits or layer.bias_int is None:
            continue
        b_int = layer.bias_int[chan].astype(np.int32)
        acc = layer.accumulator_scale[chan]
        graph.initializer.extend([numpy_helper.from_array(b_int, layer_name + '.bias_int32'),
                                  numpy_helper.from_array((1.0 / acc).astype(np.float32), layer_name + '.bias_step'),
                                  numpy_helper.from_array(np.zeros(b_int.shape, np.int32),
                                                          layer_name + '.bias_zero_point')])
        new_nodes.append(helper.make_node('DequantizeLinear', [layer_name + '.bias_int32', layer_name + '.bias_step',
                                                               layer_name + '.bias_zero_point'],
                                          [layer_name + '.bias_dq'], name=layer_name + '.bias_DequantizeLinear',
                                          axis=0))
        drop.add(node.input[2])
        node.input[2] = layer_name + '.bias_dq'
    for node, layer in wide:     # 16-bit: a 1x1 conv on 8-bit input as integer matmuls, else ORT runs it in float
        weight_inputs = list(node.input[1:])
        if wide_conv_as_integer_matmuls(graph, node, layer):
            drop.update(weight_inputs)
            _logger.info('%s: 16-bit 1x1 conv exported as two integer matmuls (export/qdq_wide.py)', layer.name)
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
