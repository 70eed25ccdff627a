"""Exact int8 rewrites of the qdq graph (export/qdq_rewrite.py): bit-identical outputs in onnxruntime, the
PFN max and the scatter on 8-bit codes, the PFN conv input padded to 12 channels, DepthToSpace as
channels-last moves of the codes; nothing rewritten when the quantization parameters differ."""
import numpy as np
import onnx
import onnxruntime as ort
import pytest
from onnx import TensorProto, helper, numpy_helper

from pcdet_qat_plugin.export.qdq import int8_kernel_counts
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
    assert counts == {'max_before_dequantize': 1, 'reduce_max_as_max_pool': 1, 'scatter_in_int8': 1,
                      'pad_conv_input_channels': 0, 'depth_to_space_on_codes_nhwc': 0}
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
    assert s['int8_rewrites'] == {'max_before_dequantize': 1, 'reduce_max_as_max_pool': 1, 'scatter_in_int8': 1,
                                  'pad_conv_input_channels': 1, 'depth_to_space_on_codes_nhwc': 2}
    assert 'ReduceMax' not in s['int8_kernels'] and 'DepthToSpace' not in s['int8_kernels']
    assert s['int8_kernels'].get('DequantizeLinear', 0) <= 3              # the head outputs only


def _const(name, value):
    return numpy_helper.from_array(np.asarray(value), name)


def pfn_conv_graph(channels: int = 10, channel_scale: bool = True):
    """[x * per-channel pow2 scale] -> Q/DQ (int8) -> 1x1 Conv (int8 weight, int32 bias behind DQs) -> ReLU ->
    Q/DQ (uint8): the PFN conv of the export graph in miniature."""
    rng = np.random.default_rng(1)
    out_ch = 16
    weight = rng.integers(-60, 61, (out_ch, channels, 1, 1)).astype(np.int8)   # |pair sums| < 2^15: any kernel
    consts = [_const('s_in', np.float32(0.125)), _const('zp_s8', np.int8(0)), _const('s_out', np.float32(0.25)),
              _const('zp_u8', np.uint8(0)), _const('w', weight), _const('w_step', np.float32(1 / 64)),
              _const('b', rng.integers(-500, 500, out_ch).astype(np.int32)), _const('b_step', np.float32(1 / 512)),
              _const('cs', (2.0 ** rng.integers(-2, 3, (1, channels, 1, 1))).astype(np.float32))]
    first = [helper.make_node('Mul', ['x', 'cs'], ['xs'])] if channel_scale else []
    nodes = first + [
        helper.make_node('QuantizeLinear', ['xs' if channel_scale else 'x', 's_in', 'zp_s8'], ['xq']),
        helper.make_node('DequantizeLinear', ['xq', 's_in', 'zp_s8'], ['xd']),
        helper.make_node('DequantizeLinear', ['w', 'w_step', 'zp_s8'], ['wd']),
        helper.make_node('DequantizeLinear', ['b', 'b_step'], ['bd']),
        helper.make_node('Conv', ['xd', 'wd', 'bd'], ['y'], kernel_shape=[1, 1]),
        helper.make_node('Relu', ['y'], ['r']),
        helper.make_node('QuantizeLinear', ['r', 's_out', 'zp_u8'], ['rq']),
        helper.make_node('DequantizeLinear', ['rq', 's_out', 'zp_u8'], ['out'])]
    graph = helper.make_graph(nodes, 'pfn_conv',
                              [helper.make_tensor_value_info('x', TensorProto.FLOAT, [1, channels, P, V])],
                              [helper.make_tensor_value_info('out', TensorProto.FLOAT, [1, out_ch, P, V])], consts)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid('', 13)])


@pytest.mark.parametrize('channel_scale', [True, False])
def test_conv_input_padded_to_multiple_of_4_bit_exact(channel_scale, tmp_path):
    """10 input channels -> 12 (zero weights, zero inputs); with the pow2 channel-scale Mul the Mul and the
    padding become one diagonal 1x1 float conv. onnxruntime still fuses the int8 conv."""
    model = pfn_conv_graph(channel_scale=channel_scale)
    x = np.random.default_rng(2).uniform(-20, 20, (1, 10, P, V)).astype(np.float32)
    before = run(model, {'x': x})
    counts = rewrite_for_int8(model)
    assert counts['pad_conv_input_channels'] == 1
    onnx.checker.check_model(model, full_check=True)
    ops = [n.op_type for n in model.graph.node]
    assert ('Mul' not in ops and ops.count('Conv') == 2) if channel_scale else 'Pad' in ops
    weight = next(numpy_helper.to_array(i) for i in model.graph.initializer if i.name == 'w_padded')
    assert weight.shape == (16, 12, 1, 1) and not weight[:, 10:].any()
    np.testing.assert_array_equal(run(model, {'x': x}), before)
    onnx.save(model, str(tmp_path / 'padded.onnx'))
    assert int8_kernel_counts(str(tmp_path / 'padded.onnx'))['QLinearConv'] == 1


def depth_to_space_graph(blocksize: int = 2, out_scale: float = 0.25):
    """Q/DQ -> DepthToSpace (DCR) -> Q/DQ: the deconv shuffle of the export graph in miniature."""
    consts = [_const('s_a', np.float32(0.25)), _const('s_b', np.float32(out_scale)), _const('zp', np.uint8(0))]
    nodes = [helper.make_node('QuantizeLinear', ['x', 's_a', 'zp'], ['xq']),
             helper.make_node('DequantizeLinear', ['xq', 's_a', 'zp'], ['xd']),
             helper.make_node('DepthToSpace', ['xd'], ['d2s'], blocksize=blocksize),
             helper.make_node('QuantizeLinear', ['d2s', 's_b', 'zp'], ['dq']),
             helper.make_node('DequantizeLinear', ['dq', 's_b', 'zp'], ['out'])]
    c_out, hw = 3, 5
    graph = helper.make_graph(nodes, 'd2s', [helper.make_tensor_value_info(
        'x', TensorProto.FLOAT, [1, c_out * blocksize ** 2, hw, hw + 1])], [helper.make_tensor_value_info(
            'out', TensorProto.FLOAT, [1, c_out, hw * blocksize, (hw + 1) * blocksize])], consts)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid('', 13)])


@pytest.mark.parametrize('blocksize', [2, 4])
def test_depth_to_space_as_channels_last_moves_of_codes(blocksize):
    model = depth_to_space_graph(blocksize)
    x = np.random.default_rng(3).uniform(0, 60, model.graph.input[0].type.tensor_type.shape.dim[1].dim_value
                                         * 30).astype(np.float32).reshape(1, -1, 5, 6)
    before = run(model, {'x': x})
    assert rewrite_for_int8(model)['depth_to_space_on_codes_nhwc'] == 1
    onnx.checker.check_model(model, full_check=True)
    ops = [n.op_type for n in model.graph.node]
    assert 'DepthToSpace' not in ops and ops.count('DequantizeLinear') == 1 and ops.count('QuantizeLinear') == 1
    np.testing.assert_array_equal(run(model, {'x': x}), before)


def test_depth_to_space_kept_when_scales_differ():
    model = depth_to_space_graph(out_scale=0.5)
    x = np.random.default_rng(4).uniform(0, 60, (1, 12, 5, 6)).astype(np.float32)
    before = run(model, {'x': x})
    assert rewrite_for_int8(model)['depth_to_space_on_codes_nhwc'] == 0
    np.testing.assert_array_equal(run(model, {'x': x}), before)
