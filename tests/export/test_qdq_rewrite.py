"""Exact int8 rewrites of the qdq graph (export/qdq_rewrite.py): bit-identical outputs in onnxruntime, the
PFN max and the scatter on 8-bit codes, nothing rewritten when the quantization parameters differ."""
import numpy as np
import onnx
import onnxruntime as ort
import pytest
from onnx import TensorProto, helper, numpy_helper

from pcdet_qat_plugin.export.qdq_rewrite import rewrite_for_int8

C, P, V, CELLS = 8, 4, 6, 20


def pfn_scatter_graph(scatter_scale: float = 0.25, pfn_scale: float = 0.25):
    """pillars (1, C, P, V) -> Q/DQ -> ReduceMax(axis 2) -> Reshape -> ScatterElements on a canvas -> Reshape
    -> Q/DQ: the PFN tail and scatter of the export graph in miniature."""
    consts = [numpy_helper.from_array(np.array(pfn_scale, np.float32), 'pfn_scale'),
              numpy_helper.from_array(np.array(scatter_scale, np.float32), 'scatter_scale'),
              numpy_helper.from_array(np.array(0, np.uint8), 'zp'),
              numpy_helper.from_array(np.array([1, C, V], np.int64), 'flat'),
              numpy_helper.from_array(np.array([1, C, 4, CELLS // 4], np.int64), 'grid')]
    nodes = [helper.make_node('QuantizeLinear', ['x', 'pfn_scale', 'zp'], ['xq']),
             helper.make_node('DequantizeLinear', ['xq', 'pfn_scale', 'zp'], ['xdq']),
             helper.make_node('ReduceMax', ['xdq'], ['xmax'], axes=[2], keepdims=1),
             helper.make_node('Reshape', ['xmax', 'flat'], ['upd']),
             helper.make_node('ScatterElements', ['canvas', 'idx', 'upd'], ['scattered'], axis=2),
             helper.make_node('Reshape', ['scattered', 'grid'], ['bev']),
             helper.make_node('QuantizeLinear', ['bev', 'scatter_scale', 'zp'], ['bevq']),
             helper.make_node('DequantizeLinear', ['bevq', 'scatter_scale', 'zp'], ['out'])]
    graph = helper.make_graph(nodes, 'pfn_scatter', [
        helper.make_tensor_value_info('x', TensorProto.FLOAT, [1, C, P, V]),
        helper.make_tensor_value_info('idx', TensorProto.INT64, [1, C, V]),
        helper.make_tensor_value_info('canvas', TensorProto.FLOAT, [1, C, CELLS])],
        [helper.make_tensor_value_info('out', TensorProto.FLOAT, [1, C, 4, CELLS // 4])], consts)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid('', 13)])


def run(model, feed):
    return ort.InferenceSession(model.SerializeToString(), providers=['CPUExecutionProvider']).run(None, feed)[0]


@pytest.fixture()
def feed():
    rng = np.random.default_rng(0)
    cells = rng.choice(CELLS, size=V, replace=False)
    return {'x': rng.uniform(-1, 60, (1, C, P, V)).astype(np.float32),
            'idx': np.broadcast_to(cells, (1, C, V)).astype(np.int64).copy(),
            'canvas': np.zeros((1, C, CELLS), np.float32)}


def test_rewrites_are_bit_exact_and_run_on_codes(feed):
    model = pfn_scatter_graph()
    before = run(model, feed)
    counts = rewrite_for_int8(model)
    assert counts == {'max_before_dequantize': 1, 'reduce_max_as_max_pool': 1, 'scatter_in_int8': 1}
    onnx.checker.check_model(model, full_check=True)
    ops = [n.op_type for n in model.graph.node]
    assert 'ReduceMax' not in ops and ops.count('DequantizeLinear') == 1      # only the final DQ is left
    pool = next(n for n in model.graph.node if n.op_type == 'MaxPool')
    assert pool.input[0] == 'xq'                                              # the max runs on the codes
    scatter = next(n for n in model.graph.node if n.op_type == 'ScatterElements')
    producer = {o: n for n in model.graph.node for o in n.output}
    assert producer[scatter.input[0]].op_type == 'QuantizeLinear'             # quantized canvas
    np.testing.assert_array_equal(run(model, feed), before)


def test_scatter_kept_in_float_when_scales_differ(feed):
    model = pfn_scatter_graph(scatter_scale=0.5)
    before = run(model, feed)
    counts = rewrite_for_int8(model)
    assert counts['scatter_in_int8'] == 0 and counts['max_before_dequantize'] == 1
    np.testing.assert_array_equal(run(model, feed), before)


def test_exported_qdq_graph_has_no_float_pfn_tail(exported):
    """The exported graph: rewrites applied, onnxruntime runs no float ReduceMax, PFN output not dequantized."""
    s = exported['qdq']
    assert s['int8_rewrites'] == {'max_before_dequantize': 1, 'reduce_max_as_max_pool': 1, 'scatter_in_int8': 1}
    assert 'ReduceMax' not in s['int8_kernels']
    assert s['int8_kernels'].get('DequantizeLinear', 0) <= 3              # the head outputs only
