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

All three leave every output value unchanged; `rewrite_for_int8` applies them and returns how often each
fired. Not done: folding the input's pow2 channel-scale Mul into a per-channel QuantizeLinear is exact too,
but onnxruntime then no longer fuses the PFN conv into QLinearConv (it ran in float: slower overall).
"""
from typing import Dict, List, Optional

import numpy as np

PASS_THROUGH_SHAPE_OPS = ('Reshape', 'Squeeze', 'Unsqueeze', 'Flatten')


class _Graph(object):
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
        self._inits = {i.name: i for i in graph.initializer}
        self._to_array = numpy_helper.to_array

    def const(self, name: str) -> Optional[np.ndarray]:
        if name in self._inits:
            return self._to_array(self._inits[name])
        node = self.producer.get(name)
        if node is not None and node.op_type == 'Constant':
            return self._to_array(node.attribute[0].t)
        return None

    def only_consumer(self, name: str):
        users = self.consumers.get(name, [])
        return users[0] if len(users) == 1 and name not in self.outputs else None


def _qparams(g: _Graph, node):
    """(scale, zero point) constants of a per-tensor Q/DQ node, None when per-axis or not constant."""
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
        g = _Graph(graph)
        dq = g.producer.get(node.input[0])
        if dq is None or dq.op_type != 'DequantizeLinear' or g.only_consumer(dq.output[0]) is not node:
            continue
        params = _qparams(g, dq)
        if params is None or not params[0] > 0:
            continue
        reduced = node.output[0]
        node.input[0] = dq.input[0]
        node.output[0] = reduced + '_quantized'
        dq.input[0] = node.output[0]
        dq.output[0] = reduced
        done += 1
    return done


def _reduce_axes(g: _Graph, node) -> Optional[List[int]]:
    for a in node.attribute:
        if a.name == 'axes':
            return list(a.ints)
    if len(node.input) > 1 and node.input[1]:
        axes = g.const(node.input[1])
        return None if axes is None else [int(v) for v in axes.reshape(-1)]
    return None


def reduce_max_as_max_pool(model) -> int:
    """ReduceMax(axes=[2], keepdims=1) of a 4-D tensor with a static axis 2 => MaxPool (module doc)."""
    from onnx import helper, shape_inference
    shapes = {v.name: [d.dim_value if d.HasField('dim_value') else None for d in v.type.tensor_type.shape.dim]
              for v in list(shape_inference.infer_shapes(model).graph.value_info) + list(model.graph.input)}
    graph, done = model.graph, 0
    g = _Graph(graph)
    for node in list(graph.node):
        if node.op_type != 'ReduceMax':
            continue
        keepdims = next((a.i for a in node.attribute if a.name == 'keepdims'), 1)
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


def _through_shape_ops(g: _Graph, name: str, downstream: bool):
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
        g = _Graph(graph)
        dq_a, up_shapes = _through_shape_ops(g, node.input[2], downstream=False)
        q_b, down_shapes = _through_shape_ops(g, node.output[0], downstream=True)
        if dq_a is None or dq_a.op_type != 'DequantizeLinear' or q_b is None or q_b.op_type != 'QuantizeLinear':
            continue
        pa, pb = _qparams(g, dq_a), _qparams(g, q_b)
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


def rewrite_for_int8(model) -> Dict[str, int]:
    """Apply the exact int8 rewrites to an ONNX model in place; {pass name: times applied}."""
    counts = {'max_before_dequantize': max_before_dequantize(model.graph)}
    counts['reduce_max_as_max_pool'] = reduce_max_as_max_pool(model)
    counts['scatter_in_int8'] = scatter_in_int8(model.graph)
    topological_sort(model.graph)
    return counts
