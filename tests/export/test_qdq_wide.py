"""16-bit 1x1 conv on an 8-bit input as two integer matmuls (export/qdq_wide.py): the float conv's result to
float rounding at the extreme codes (nothing saturates), and the exported box head runs no float conv."""
from types import SimpleNamespace

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto, helper, numpy_helper

from pcdet_qat_plugin.export.qdq_wide import wide_conv_as_integer_matmuls

C_IN, C_OUT, H, W = 24, 6, 5, 7


def wide_conv_graph(codes: np.ndarray, weight_scale: np.ndarray, x_step: float = 1 / 16):
    """uint8 codes -> DequantizeLinear -> 1x1 Conv with float weight codes / scale and a float bias."""
    bias = np.linspace(-3, 3, C_OUT).astype(np.float32)
    weight = (codes / weight_scale.reshape(-1, 1, 1, 1)).astype(np.float32)
    consts = [numpy_helper.from_array(np.float32(x_step), 'x_step'), numpy_helper.from_array(np.uint8(0), 'x_zp'),
              numpy_helper.from_array(weight, 'conv_box.weight'), numpy_helper.from_array(bias, 'conv_box.bias')]
    nodes = [helper.make_node('DequantizeLinear', ['x', 'x_step', 'x_zp'], ['xd']),
             helper.make_node('Conv', ['xd', 'conv_box.weight', 'conv_box.bias'], ['y'], kernel_shape=[1, 1])]
    graph = helper.make_graph(nodes, 'wide', [helper.make_tensor_value_info('x', TensorProto.UINT8, [1, C_IN, H, W])],
                              [helper.make_tensor_value_info('y', TensorProto.FLOAT, [1, C_OUT, H, W])], consts)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid('', 13)])


def run(model, x):
    return ort.InferenceSession(model.SerializeToString(), providers=['CPUExecutionProvider']).run(None, {'x': x})[0]


def test_wide_conv_matches_exact_accumulator_at_extreme_codes():
    rng = np.random.default_rng(0)
    codes = rng.integers(-2 ** 15, 2 ** 15, (C_OUT, C_IN, 1, 1))
    codes[0] = 2 ** 15 - 1                     # hi byte 127, lo byte 255 everywhere
    codes[1] = -2 ** 15                        # hi byte -128, lo byte 0
    weight_scale = 2.0 ** rng.integers(10, 14, C_OUT)                      # per-channel pow2 steps
    x = rng.integers(0, 256, (1, C_IN, H, W)).astype(np.uint8)
    x[..., 0, :] = 255                         # the largest products
    model = wide_conv_graph(codes, weight_scale)
    conv = next(n for n in model.graph.node if n.op_type == 'Conv')
    layer = SimpleNamespace(name='conv_box', op='conv', weight_int=codes.astype(np.int32), weight_scale=weight_scale)
    assert wide_conv_as_integer_matmuls(model.graph, conv, layer)
    onnx.checker.check_model(model, full_check=True)
    ops = [n.op_type for n in model.graph.node]
    assert 'Conv' not in ops and ops.count('MatMulInteger') == 2
    got = run(model, x).astype(np.float64)
    acc = np.einsum('oc,nchw->nohw', codes[:, :, 0, 0].astype(np.float64), x.astype(np.float64))
    exact = acc / 16 / weight_scale.reshape(1, -1, 1, 1) + np.linspace(-3, 3, C_OUT).reshape(1, -1, 1, 1)
    np.testing.assert_allclose(got, exact, rtol=3e-7, atol=1e-6)   # float32 rounding of the sums only


def test_strided_or_non_uint8_input_conv_is_left_alone():
    codes = np.ones((C_OUT, C_IN, 1, 1), np.int64)
    model = wide_conv_graph(codes, np.full(C_OUT, 1024.0))
    conv = next(n for n in model.graph.node if n.op_type == 'Conv')
    conv.attribute.extend([helper.make_attribute('strides', [2, 2])])
    layer = SimpleNamespace(name='conv_box', op='conv', weight_int=codes.astype(np.int32),
                            weight_scale=np.full(C_OUT, 1024.0))
    assert not wide_conv_as_integer_matmuls(model.graph, conv, layer)
    assert [n.op_type for n in model.graph.node] == ['DequantizeLinear', 'Conv']


def test_exported_16bit_box_head_runs_integer_matmuls(float_setup, tmp_path):
    """BITWIDTH_16_LAYERS: [dense_head.conv_box] (the shipped QAT cfg): no float conv on a layer, and the
    box regression agrees with PyTorch quantized evaluation."""
    import copy

    import torch

    from pcdet_qat_plugin.export.exporter import export_onnx
    from pcdet_qat_plugin.export.ort_runner import OrtDetector
    from tests.export.conftest import make_batch, make_cfg, quantized_model
    cfg_q = make_cfg({'CALIBRATION_ITERS': 2, 'BITWIDTH_16_LAYERS': ['dense_head.conv_box']})
    model = quantized_model(cfg_q, copy.deepcopy(float_setup[1].state_dict()), calibrate_batches=2)
    s = export_onnx(model, cfg_q, str(tmp_path / 'box16.onnx'), 'qdq')
    assert s['int8_kernels'].get('MatMulInteger') == 2 and s['int8_kernels'].get('Conv', 0) == 1   # the input scale
    batch = make_batch(cfg_q, 5)
    ref, got = dict(batch), dict(batch)
    with torch.no_grad():
        model(ref)
    OrtDetector(s['onnx'], cfg_q)(got)
    centre = (ref['batch_box_preds'][..., :3] - got['batch_box_preds'][..., :3]).norm(dim=-1)
    assert float(centre.quantile(0.99)) < 0.05
