"""`qdq` graph: a 16-bit 1x1 conv on an 8-bit input (the box head, TIDL's 16-bit last layer) as two integer
matmuls on the input codes, where onnxruntime (no 16-bit conv kernel) would run it in float on
dequantized input.

The weight codes w (16 bit) split into bytes, w = 256 * hi + lo with hi = floor(w / 256) in [-128, 127]
and lo in [0, 255]; each byte gets a MatMulInteger on the channels-last codes x (uint8, zero point z):
acc_hi = sum (x - z) * hi and acc_lo = sum (x - z) * lo are exact int32 sums, below 2^24 for the head's 384
channels, so their float casts are exact too. The output is acc_hi * (256 * step) + acc_lo * step + bias
with step = input step x weight step (powers of 2): the exact accumulator up to the rounding of the two
float additions, the float conv's own order of error. Both weights go in as uint8 (hi + 128 with zero
point 128): onnxruntime's uint8 x uint8 kernel has no 16-bit intermediate, so nothing saturates (its
uint8 x int8 kernel on x86 without VNNI adds products in pairs in int16 and can).
Imports numpy and onnx only (and qdq_rewrite's graph index).
"""
import logging
from typing import Optional

import numpy as np

from .qdq_rewrite import GraphIndex, node_attributes, per_tensor_qparams

_logger = logging.getLogger(__name__)

HI_ZERO_POINT = 128


def is_pointwise_conv(node, weight: np.ndarray) -> bool:
    """A plain 1x1 conv: kernel 1x1, stride 1, no padding, no dilation, group 1."""
    attrs = node_attributes(node)
    return (node.op_type == 'Conv' and weight.ndim == 4 and weight.shape[2:] == (1, 1)
            and attrs.get('group', 1) == 1 and set(attrs.get('strides', [1, 1])) == {1}
            and not any(attrs.get('pads', [0])) and set(attrs.get('dilations', [1, 1])) == {1})


def _uint8_input(graph, node) -> Optional[tuple]:
    """(codes tensor name, step, zero point) when the conv's input is a per-tensor uint8 DequantizeLinear."""
    g = GraphIndex(graph)
    dq = g.producer.get(node.input[0])
    params = per_tensor_qparams(g, dq) if dq is not None and dq.op_type == 'DequantizeLinear' else None
    if params is None or params[2] != np.uint8:
        return None
    return dq.input[0], params[0], params[1]


def wide_conv_as_integer_matmuls(graph, node, layer) -> bool:
    """Replace Conv `node` (a 16-bit `layer` of the Deployable) by the byte-split integer matmuls (module
    doc); False (graph untouched) when the conv or its input does not qualify."""
    from onnx import helper, numpy_helper
    codes = layer.weight_int
    if layer.op != 'conv' or codes.ndim != 4 or not is_pointwise_conv(node, codes) or len(node.input) < 3:
        return False
    if codes.min() < -2 ** 15 or codes.max() >= 2 ** 15:
        return False
    source = _uint8_input(graph, node)
    if source is None:
        return False
    x_codes, x_step, x_zp = source
    bias = GraphIndex(graph).const(node.input[2])
    if bias is None:
        return False
    bias = bias.astype(np.float32)
    w = codes[:, :, 0, 0].astype(np.int64)                           # (C_out, C_in)
    hi = np.floor_divide(w, 256)
    lo = w - 256 * hi
    step = (x_step / layer.weight_scale).astype(np.float64)          # (C_out,) accumulator step
    stem = layer.name
    graph.initializer.extend([
        numpy_helper.from_array((hi + HI_ZERO_POINT).T.astype(np.uint8), stem + '.weight_hi_uint8'),
        numpy_helper.from_array(lo.T.astype(np.uint8), stem + '.weight_lo_uint8'),
        numpy_helper.from_array(np.array(HI_ZERO_POINT, np.uint8), stem + '.weight_hi_zero_point'),
        numpy_helper.from_array(np.asarray(x_zp, np.uint8), stem + '.input_zero_point'),
        numpy_helper.from_array((256 * step).astype(np.float32), stem + '.hi_step'),
        numpy_helper.from_array(step.astype(np.float32), stem + '.lo_step'),
        numpy_helper.from_array(bias, stem + '.bias_nhwc')])
    t = stem + '_int'
    nodes = [
        helper.make_node('Transpose', [x_codes], [t + '_x_nhwc'], perm=[0, 2, 3, 1]),
        helper.make_node('MatMulInteger', [t + '_x_nhwc', stem + '.weight_hi_uint8', stem + '.input_zero_point',
                                           stem + '.weight_hi_zero_point'], [t + '_acc_hi']),
        helper.make_node('MatMulInteger', [t + '_x_nhwc', stem + '.weight_lo_uint8', stem + '.input_zero_point'],
                         [t + '_acc_lo']),
        helper.make_node('Cast', [t + '_acc_hi'], [t + '_acc_hi_float'], to=1),
        helper.make_node('Cast', [t + '_acc_lo'], [t + '_acc_lo_float'], to=1),
        helper.make_node('Mul', [t + '_acc_hi_float', stem + '.hi_step'], [t + '_hi']),
        helper.make_node('Mul', [t + '_acc_lo_float', stem + '.lo_step'], [t + '_lo']),
        helper.make_node('Add', [t + '_hi', t + '_lo'], [t + '_sum']),
        helper.make_node('Add', [t + '_sum', stem + '.bias_nhwc'], [t + '_nhwc']),
        helper.make_node('Transpose', [t + '_nhwc'], [node.output[0]], perm=[0, 3, 1, 2])]
    for k, extra in enumerate(nodes):
        extra.name = f'{t}_{k}_{extra.op_type}'
    at = list(graph.node).index(node)
    graph.node.remove(node)
    for extra in reversed(nodes):
        graph.node.insert(at, extra)
    _logger.debug('%s: 16-bit 1x1 conv as two integer matmuls', stem)
    return True
