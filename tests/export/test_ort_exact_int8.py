"""Evaluation runs onnxruntime's exact int8 kernels: a QLinearConv whose uint8 x int8 products overflow an
int16 pair sum (what the default kernel of x86 CPUs without VNNI saturates) gives the exact integer result
through EXACT_INT8_CONFIG, and OrtDetector uses that config unless told otherwise."""
import numpy as np
import pytest
import onnx
from onnx import TensorProto, helper, numpy_helper

from pcdet_qat_plugin.export.ort_runner import EXACT_INT8_CONFIG, make_session


def _qlinearconv_graph(path, channels):
    """y = x (*) w, 1x1, uint8 input, int8 weights, unit scales; the output scale 256 maps the exact sum
    (2 * 255 * 127 = 64770) to code 253, a saturated pair sum (32767) to 128."""
    w = np.full((1, channels, 1, 1), 127, np.int8)
    inits = [numpy_helper.from_array(np.array(1.0, np.float32), 'x_s'),
             numpy_helper.from_array(np.array(0, np.uint8), 'x_z'),
             numpy_helper.from_array(w, 'w'),
             numpy_helper.from_array(np.array(1.0, np.float32), 'w_s'),
             numpy_helper.from_array(np.array(0, np.int8), 'w_z'),
             numpy_helper.from_array(np.array(256.0, np.float32), 'y_s'),
             numpy_helper.from_array(np.array(0, np.uint8), 'y_z')]
    node = helper.make_node('QLinearConv', ['x', 'x_s', 'x_z', 'w', 'w_s', 'w_z', 'y_s', 'y_z'], ['y'])
    graph = helper.make_graph([node], 'g', [helper.make_tensor_value_info('x', TensorProto.UINT8, [1, channels, 4, 4])],
                              [helper.make_tensor_value_info('y', TensorProto.UINT8, [1, 1, 4, 4])], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid('', 13)])
    onnx.save(model, path)


def test_exact_config_gives_the_integer_sum(tmp_path):
    channels = 2                                   # 2 * 255 * 127 = 64770 > 32767: a saturating pair sum
    path = str(tmp_path / 'conv.onnx')
    _qlinearconv_graph(path, channels)
    x = np.full((1, channels, 4, 4), 255, np.uint8)
    expected = np.round(channels * 255 * 127 / 256.0)          # 253.0, within uint8
    got = make_session(path, num_threads=1, config=EXACT_INT8_CONFIG).run(None, {'x': x})[0]
    assert np.all(got == expected), (got.ravel()[:4], expected)


def test_ort_detector_uses_the_exact_kernels(exported, quant_setup):
    """OrtDetector's session carries EXACT_INT8_CONFIG by default, and onnxruntime's defaults with
    exact_int8=False (what the speed benchmark measures)."""
    from pcdet_qat_plugin.export.ort_runner import OrtDetector
    path, cfg_q, key = exported['qdq']['onnx'], quant_setup[0], 'session.x64quantprecision'
    exact = OrtDetector(path, cfg_q).session.get_session_options()
    default = OrtDetector(path, cfg_q, exact_int8=False).session.get_session_options()
    assert exact.get_session_config_entry(key) == EXACT_INT8_CONFIG[key]
    with pytest.raises(RuntimeError, match='does not have configuration'):
        default.get_session_config_entry(key)
