"""Exact rewrites of the `qdq` graph that keep work in int8 where onnxruntime would dequantize to float.

* `max_before_dequantize`: Q -> DQ -> ReduceMax becomes Q -> ReduceMax -> DQ. DequantizeLinear with one
  positive scale is increasing, so max(DQ(q)) == DQ(max(q)) bit for bit; the max then runs on the 8-bit
  codes (the PFN's (1, 64, P, V) output: 32x fewer values to dequantize).
* `reduce_max_as_max_pool`: ReduceMax over axis 2 of a 4-D (N, C, H, W) tensor (keepdims) becomes MaxPool
  with kernel and stride (H, 1): the same maximum, but onnxruntime runs its 8-bit NHWC MaxPool kernel
  on it (its 8-bit ReduceMax is a slow generic loop: 7x the float one in the PFN).
* `scatter_in_int8`: DQ_a -> [Reshape] -> ScatterElements(canvas, idx, .) -> [Reshape] -> Q_b -> DQ_b, with
  Q_b's scale and zero point equal to DQ_a's, becomes ScatterElements(Q_b(canvas), idx, codes) -> DQ_b:
  quantization is element-wise, so it commutes with moving elements, and Q_b(DQ_a(q)) == q when the
  parameters agree. The canvas (float zeros by TI's graph contract) is quantized in the graph.

* `pad_conv_input_channels`: Q -> DQ -> Conv whose input channel count is not a multiple of 4 (the PFN's 10
  decorated features) gets zero channels appended to the float input of Q and zero weight columns: the
  added products are 0 * 0. onnxruntime's int8 conv with 10 input channels takes a slow path (1x1 PFN
  conv at the full grid: about 3x the time of 12 channels, bench/onnx_int8.py --profile). When the input is a
  Mul by a per-channel constant (the pow2 input normalisation), the Mul and the padding become one 1x1
  float Conv with a diagonal weight (each output is scale * x plus products with 0: exact).
* `depth_to_space_on_codes_nhwc`: DQ_a -> DepthToSpace (DCR) -> Q_b of equal parameters becomes the same
  element moves on the codes, written channels-last: Transpose to NHWC, Reshape (N, H, W, s, s, C), Transpose
  (0, 1, 3, 2, 4, 5), Reshape (N, H*s, W*s, C), Transpose back. onnxruntime's layout pass cancels the
  transposes against those around its NHWC int8 convs, so the deconv shuffle, the concat and the head convs
  stay channels-last (its DepthToSpace moves single bytes in NCHW).

All five leave every output value unchanged; `rewrite_for_int8` applies them and returns how often each
fired (tests/export/test_qdq_rewrite.py runs both graphs in onnxruntime and compares bit for bit).
Not done: folding the input's pow2 channel-scale Mul into a per-channel QuantizeLinear is exact too,
but onnxruntime then no longer fuses the PFN conv into QLinearConv (it ran in float: slower overall).
"""
from typing import Dict, List, Optional

import numpy as np

PASS_THROUGH_SHAPE_OPS = ('Reshape', 'Squeeze', 'Unsqueeze', 'Flatten')


def node_attributes(node) -> Dict[str, object]:
    """{name: value} of an ONNX node's attributes (onnx.helper.get_attribute_value: ints as lists, strings
    as bytes)."""
    from onnx import helper
    return {a.name: helper.get_attribute_value(a) for a in node.attribute}


class GraphIndex(object):
    """Producer / consumer maps and constant lookup of an ONNX graph (rebuilt after every edit)."""

    def __init__(self, graph):
        from onnx import numpy_helper
        self.graph = graph
        self.producer = {o: n for n in graph.node for o in n.output}
        self.consumers: Dict[str, List] = {}
        for n in graph.node:
            for i in n.input:
                self.consumers.setdefault(i, []).append(n)
        self.outputs = {o.name for o in graph.output}
        self.initializers = {i.name: i for i in graph.initializer}
        self._to_array = numpy_helper.to_array

    def const(self, name: str) -> Optional[np.ndarray]:
        if name in self.initializers:
            return self._to_array(self.initializers[name])
        node = self.producer.get(name)
        if node is not None and node.op_type == 'Constant':
            return self._to_array(node.attribute[0].t)
        return None

    def only_consumer(self, name: str):
        users = self.consumers.get(name, [])
        return users[0] if len(users) == 1 and name not in self.outputs else None


def per_tensor_qparams(g: GraphIndex, node):
    """(scale, zero point, zero-point dtype) of a per-tensor Q/DQ node with constant parameters, else None."""
    scale = g.const(node.input[1])
    zp = g.const(node.input[2]) if len(node.input) > 2 and node.input[2] else np.zeros((), np.uint8)
    if scale is None or zp is None or scale.size != 1 or zp.size != 1:
        return None
    return float(scale.reshape(())), zp.reshape(()).item(), zp.dtype


def max_before_dequantize(graph) -> int:
    """Q -> DQ -> ReduceMax (DQ's only user) => Q -> ReduceMax -> DQ. Returns the number rewritten."""
    done = 0
    for node in list(graph.node):
        if node.op_type != 'ReduceMax':
            continue
        g = GraphIndex(graph)
        dq = g.producer.get(node.input[0])
        if dq is None or dq.op_type != 'DequantizeLinear' or g.only_consumer(dq.output[0]) is not node:
            continue
        params = per_tensor_qparams(g, dq)
        if params is None or not params[0] > 0:
            continue
        reduced = node.output[0]
        node.input[0] = dq.input[0]
        node.output[0] = reduced + '_quantized'
        dq.input[0] = node.output[0]
        dq.output[0] = reduced
        done += 1
    return done


def _reduce_axes(g: GraphIndex, node) -> Optional[List[int]]:
    axes = node_attributes(node).get('axes')
    if axes is not None:
        return list(axes)
    if len(node.input) > 1 and node.input[1]:
        axes = g.const(node.input[1])
        return None if axes is None else [int(v) for v in axes.reshape(-1)]
    return None


def reduce_max_as_max_pool(model) -> int:
    """ReduceMax(axes=[2], keepdims=1) of a 4-D tensor with a static axis 2 => MaxPool (module doc)."""
    from onnx import helper
    shapes = _static_shapes(model)
    graph, done = model.graph, 0
    g = GraphIndex(graph)
    for node in list(graph.node):
        if node.op_type != 'ReduceMax':
            continue
        keepdims = node_attributes(node).get('keepdims', 1)
        shape = shapes.get(node.input[0])
        axes = _reduce_axes(g, node)
        if not keepdims or shape is None or len(shape) != 4 or axes not in ([2], [-2]) or not shape[2]:
            continue
        pool = helper.make_node('MaxPool', [node.input[0]], list(node.output), name=node.name + '_as_MaxPool',
                                kernel_shape=[shape[2], 1], strides=[shape[2], 1])
        graph.node.insert(list(graph.node).index(node), pool)
        graph.node.remove(node)
        done += 1
    return done


def _through_shape_ops(g: GraphIndex, name: str, downstream: bool):
    """Follow single-use Reshape-like nodes from tensor `name` (down: to its user, up: to its producer);
    returns (the node reached, the shape nodes passed)."""
    passed = []
    while True:
        node = g.only_consumer(name) if downstream else g.producer.get(name)
        if node is None or node.op_type not in PASS_THROUGH_SHAPE_OPS:
            return node, passed
        if not downstream and g.only_consumer(node.output[0]) is None:
            return None, passed
        passed.append(node)
        name = node.output[0] if downstream else node.input[0]


def scatter_in_int8(graph) -> int:
    """ScatterElements between DQ_a and Q_b of equal parameters runs on the integer codes (module doc)."""
    from onnx import helper
    done = 0
    for node in list(graph.node):
        if node.op_type != 'ScatterElements':
            continue
        g = GraphIndex(graph)
        dq_a, up_shapes = _through_shape_ops(g, node.input[2], downstream=False)
        q_b, down_shapes = _through_shape_ops(g, node.output[0], downstream=True)
        if dq_a is None or dq_a.op_type != 'DequantizeLinear' or q_b is None or q_b.op_type != 'QuantizeLinear':
            continue
        pa, pb = per_tensor_qparams(g, dq_a), per_tensor_qparams(g, q_b)
        if pa is None or pa != pb or g.only_consumer(dq_a.output[0]) is None:
            continue
        codes = dq_a.input[0]
        first_up = up_shapes[-1] if up_shapes else node
        first_up.input[list(first_up.input).index(dq_a.output[0])] = codes
        graph.node.remove(dq_a)
        canvas_q = node.input[0] + '_quantized'
        q_canvas = helper.make_node('QuantizeLinear', [node.input[0]] + list(q_b.input[1:]), [canvas_q],
                                    name=q_b.name + '_canvas')
        node.input[0] = canvas_q
        last = down_shapes[-1] if down_shapes else node
        for user in g.consumers.get(q_b.output[0], []):
            for k, name in enumerate(user.input):
                if name == q_b.output[0]:
                    user.input[k] = last.output[0]
        if q_b.output[0] in g.outputs:                 # keep the graph output's name
            last.output[0] = q_b.output[0]
        graph.node.remove(q_b)
        graph.node.append(q_canvas)
        done += 1
    return done


def pad_conv_input_channels(graph, multiple: int = 4) -> int:
    """Q -> DQ -> Conv (group 1, int8 weight behind a DQ) with C_in not a multiple of `multiple` => the float
    input of Q padded with zero channels and the weight with zero input columns (module doc)."""
    from onnx import helper, numpy_helper
    done = 0
    for conv in list(graph.node):
        if conv.op_type != 'Conv' or node_attributes(conv).get('group', 1) != 1:
            continue
        g = GraphIndex(graph)
        dq_x, dq_w = g.producer.get(conv.input[0]), g.producer.get(conv.input[1])
        q = g.producer.get(dq_x.input[0]) if dq_x is not None and dq_x.op_type == 'DequantizeLinear' else None
        if (q is None or q.op_type != 'QuantizeLinear' or g.only_consumer(dq_x.output[0]) is not conv
                or g.only_consumer(q.output[0]) is not dq_x or per_tensor_qparams(g, q) is None
                or dq_w is None or dq_w.op_type != 'DequantizeLinear' or dq_w.input[0] not in g.initializers):
            continue
        w = g.const(dq_w.input[0])
        channels = w.shape[1]
        padded = -(-channels // multiple) * multiple
        if w.ndim != 4 or padded == channels:
            continue
        w_pad = np.zeros((w.shape[0], padded) + w.shape[2:], w.dtype)
        w_pad[:, :channels] = w
        graph.initializer.append(numpy_helper.from_array(w_pad, dq_w.input[0] + '_padded'))
        dq_w.input[0] = dq_w.input[0] + '_padded'
        x = q.input[0]
        out = x + '_padded'
        mul = g.producer.get(x)
        scale = _channel_scale(g, mul, channels) if g.only_consumer(x) is q else None
        if scale is not None:        # Mul by a per-channel constant + Pad = one 1x1 conv with a diagonal weight
            diag = np.zeros((padded, channels, 1, 1), np.float32)
            diag[np.arange(channels), np.arange(channels), 0, 0] = scale
            graph.initializer.append(numpy_helper.from_array(diag, mul.name + '_diagonal'))
            data = next(i for i in mul.input if g.const(i) is None)
            graph.node.insert(list(graph.node).index(mul), helper.make_node(
                'Conv', [data, mul.name + '_diagonal'], [out], name=mul.name + '_as_Conv', kernel_shape=[1, 1]))
            graph.node.remove(mul)
        else:
            pads = [0] * 8
            pads[5] = padded - channels                   # end of axis 1 (pads: begins of 4 axes, then ends)
            graph.initializer.append(numpy_helper.from_array(np.array(pads, np.int64), out + '_pads'))
            graph.node.insert(list(graph.node).index(q), helper.make_node(
                'Pad', [x, out + '_pads'], [out], name=q.name + '_Pad'))
        q.input[0] = out
        done += 1
    return done


def _channel_scale(g: GraphIndex, mul, channels: int) -> Optional[np.ndarray]:
    """The (C,) constant of Mul(x, const) when it scales axis 1 of a 4-D tensor only, else None."""
    if mul is None or mul.op_type != 'Mul':
        return None
    consts = [g.const(i) for i in mul.input]
    if sum(c is not None for c in consts) != 1:
        return None
    scale = next(c for c in consts if c is not None)
    if scale.shape not in ((1, channels, 1, 1), (channels, 1, 1)):
        return None
    return scale.reshape(-1).astype(np.float32)


def depth_to_space_on_codes_nhwc(model) -> int:
    """DQ_a -> DepthToSpace (DCR, static 4-D shape) -> Q_b of equal parameters => on the codes: Transpose to
    NHWC, Reshape (N, H, W, s, s, C), Transpose (0, 1, 3, 2, 4, 5), Reshape (N, H*s, W*s, C), Transpose to NCHW
    (module doc)."""
    from onnx import helper, numpy_helper
    shapes = _static_shapes(model)
    graph, done = model.graph, 0
    for node in list(graph.node):
        mode = node_attributes(node).get('mode', b'DCR')
        if node.op_type != 'DepthToSpace' or mode not in (b'DCR', 'DCR'):
            continue
        g = GraphIndex(graph)
        dq_a, q_b = g.producer.get(node.input[0]), g.only_consumer(node.output[0])
        shape = shapes.get(node.input[0])
        if (dq_a is None or dq_a.op_type != 'DequantizeLinear' or q_b is None or q_b.op_type != 'QuantizeLinear'
                or g.only_consumer(dq_a.output[0]) is not node or shape is None or len(shape) != 4
                or not all(shape)):
            continue
        pa, pb = per_tensor_qparams(g, dq_a), per_tensor_qparams(g, q_b)
        if pa is None or pa != pb:
            continue
        s = node_attributes(node)['blocksize']
        n, c, h, w = shape
        stem = node.name or node.output[0]
        graph.initializer.extend([
            numpy_helper.from_array(np.array([n, h, w, s, s, c // (s * s)], np.int64), stem + '_blocks'),
            numpy_helper.from_array(np.array([n, h * s, w * s, c // (s * s)], np.int64), stem + '_nhwc')])
        names = [stem + k for k in ('_in_nhwc', '_blocks_nhwc', '_moved', '_out_nhwc')]
        chain = [helper.make_node('Transpose', [dq_a.input[0]], [names[0]], perm=[0, 2, 3, 1]),
                 helper.make_node('Reshape', [names[0], stem + '_blocks'], [names[1]]),
                 helper.make_node('Transpose', [names[1]], [names[2]], perm=[0, 1, 3, 2, 4, 5]),
                 helper.make_node('Reshape', [names[2], stem + '_nhwc'], [names[3]]),
                 helper.make_node('Transpose', [names[3]], [q_b.output[0]], perm=[0, 3, 1, 2])]
        for k, extra in enumerate(chain):
            extra.name = f'{stem}_nhwc_{k}'
        at = list(graph.node).index(node)
        for extra in reversed(chain):
            graph.node.insert(at, extra)
        for old in (dq_a, node, q_b):
            graph.node.remove(old)
        done += 1
    return done


def _static_shapes(model) -> Dict[str, List[Optional[int]]]:
    """Tensor name -> its inferred shape (None for an unknown dimension)."""
    from onnx import shape_inference
    infos = list(shape_inference.infer_shapes(model).graph.value_info) + list(model.graph.input)
    return {v.name: [d.dim_value if d.HasField('dim_value') else None for d in v.type.tensor_type.shape.dim]
            for v in infos}


def topological_sort(graph) -> None:
    """Reorder graph.node so every node follows the producers of its inputs (stable otherwise)."""
    available = {i.name for i in graph.input} | {i.name for i in graph.initializer} | {''}
    pending, ordered = list(graph.node), []
    while pending:
        ready = [n for n in pending if all(i in available for i in n.input)]
        if not ready:
            raise ValueError('graph has a cycle or an undefined input: ' + pending[0].name)
        for n in ready:
            available.update(n.output)
        ordered.extend(ready)
        pending = [n for n in pending if n not in ready]
    del graph.node[:]
    graph.node.extend(ordered)


def _drop_unused_initializers(graph) -> None:
    used = {i for n in graph.node for i in n.input} | {o.name for o in graph.output}
    keep = [i for i in graph.initializer if i.name in used]
    del graph.initializer[:]
    graph.initializer.extend(keep)


def rewrite_for_int8(model) -> Dict[str, int]:
    """Apply the exact int8 rewrites to an ONNX model in place; {pass name: times applied}."""
    counts = {'max_before_dequantize': max_before_dequantize(model.graph)}
    counts['reduce_max_as_max_pool'] = reduce_max_as_max_pool(model)
    counts['scatter_in_int8'] = scatter_in_int8(model.graph)
    counts['pad_conv_input_channels'] = pad_conv_input_channels(model.graph)
    topological_sort(model.graph)                  # shape inference below reads the nodes in order
    counts['depth_to_space_on_codes_nhwc'] = depth_to_space_on_codes_nhwc(model)
    topological_sort(model.graph)
    _drop_unused_initializers(model.graph)
    return counts
