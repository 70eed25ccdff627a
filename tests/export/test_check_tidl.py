"""The TIDL contract checker: passes on exported `tidl` graphs (small and full grid) and reports, with the
right line, each rule broken by a small hand-made graph."""
import copy

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from pcdet_qat_plugin import load_cfg
from pcdet_qat_plugin.export.check_tidl import check_tidl_model, main, read_16bit_names
from pcdet_qat_plugin.export.exporter import export_onnx
from tests.export.conftest import SMALL_BACKBONE, quantized_model

F, I32, I64 = TensorProto.FLOAT, TensorProto.INT32, TensorProto.INT64


def _model(nodes, inputs, outputs, inits=()):
    graph = helper.make_graph(nodes, 'g', [helper.make_tensor_value_info(*i) for i in inputs],
                              [helper.make_tensor_value_info(*o) for o in outputs],
                              [numpy_helper.from_array(a, n) for n, a in inits])
    return helper.make_model(graph, opset_imports=[helper.make_opsetid('', 11)])


def _conv_weight(c_out, c_in, k, on_grid=True):
    w = np.random.default_rng(0).integers(-100, 100, (c_out, c_in, k, k)).astype(np.float32) / 64
    return w if on_grid else w + np.float32(0.001)


def _lines(model, **kw):
    return check_tidl_model(model, **kw)


def _single(lines, prefix):
    hits = [line for line in lines if line.startswith(prefix)]
    assert hits, lines
    return hits


def test_conforming_small_graph_passes():
    m = _model([helper.make_node('Conv', ['x', 'w', 'b'], ['y'], kernel_shape=[3, 3], pads=[1, 1, 1, 1]),
                helper.make_node('Relu', ['y'], ['r']),
                helper.make_node('Clip', ['r', 'lo', 'hi'], ['out'])],
               [('x', F, [1, 4, 8, 8])], [('out', F, [1, 2, 8, 8])],
               [('w', _conv_weight(2, 4, 3)), ('b', np.zeros(2, np.float32)),
                ('lo', np.array(0, np.float32)), ('hi', np.array(8, np.float32))])
    assert _lines(m) == []


def test_op_outside_tidl_list():
    m = _model([helper.make_node('Shape', ['x'], ['s']), helper.make_node('Cast', ['s'], ['out'], to=F)],
               [('x', F, [1, 4])], [('out', F, [2])])
    lines = _lines(m)
    assert any(line.startswith('op: Shape') for line in lines)


def test_convtranspose_kernel_equal_stride_4():
    w = _conv_weight(4, 2, 4)
    m = _model([helper.make_node('ConvTranspose', ['x', 'w'], ['out'], kernel_shape=[4, 4], strides=[4, 4])],
               [('x', F, [1, 4, 8, 8])], [('out', F, [1, 2, 32, 32])], [('w', w)])
    assert 'kernel (4, 4) stride (4, 4)' in _single(_lines(m), 'ConvTranspose:')[0]


def test_maxpool_over_points():
    m = _model([helper.make_node('MaxPool', ['x'], ['out'], kernel_shape=[1, 32])],
               [('x', F, [1, 4, 8, 32])], [('out', F, [1, 4, 8, 1])])
    assert '(1, 32)' in _single(_lines(m), 'MaxPool:')[0]


def test_scatter_with_computed_data_and_int64_indices():
    m = _model([helper.make_node('Mul', ['canvas', 'zero'], ['data']),
                helper.make_node('ScatterElements', ['data', 'idx', 'upd'], ['out'], axis=2)],
               [('canvas', F, [1, 4, 16]), ('idx', I64, [1, 4, 3]), ('upd', F, [1, 4, 3])], [('out', F, [1, 4, 16])],
               [('zero', np.zeros(1, np.float32))])
    lines = _single(_lines(m), 'ScatterElements:')
    assert any('data data is computed' in line for line in lines)
    assert any('indices idx must be an int32 graph input' in line for line in lines)
    assert any(line.startswith('int64: tensor idx') for line in _lines(m))


def test_cast_inside_the_graph():
    m = _model([helper.make_node('Relu', ['x'], ['r']), helper.make_node('Cast', ['r'], ['c'], to=F),
                helper.make_node('Relu', ['c'], ['out'])], [('x', F, [1, 2])], [('out', F, [1, 2])])
    _single(_lines(m), 'Cast:')


def test_resize_by_three():
    m = _model([helper.make_node('Resize', ['x', 'roi', 'scales'], ['out'], mode='nearest')],
               [('x', F, [1, 2, 4, 4])], [('out', F, [1, 2, 12, 12])],
               [('roi', np.zeros(0, np.float32)), ('scales', np.array([1, 1, 3, 3], np.float32))])
    _single(_lines(m), 'Resize:')


def test_depth_to_space_crd():
    m = _model([helper.make_node('DepthToSpace', ['x'], ['out'], blocksize=2, mode='CRD')],
               [('x', F, [1, 8, 4, 4])], [('out', F, [1, 2, 8, 8])])
    assert 'CRD' in _single(_lines(m), 'DepthToSpace:')[0]


def test_clip_bounds_not_pow2():
    m = _model([helper.make_node('Clip', ['x', 'lo', 'hi'], ['out'])], [('x', F, [1, 2])], [('out', F, [1, 2])],
               [('lo', np.array(0, np.float32)), ('hi', np.array(7.96875, np.float32))])
    assert '[0.0, 7.96875]' in _single(_lines(m), 'Clip:')[0]


def test_weight_off_its_pow2_grid_and_16bit_allowance():
    fine = (np.arange(16, dtype=np.float32).reshape(2, 2, 2, 2) - 8) / 4096      # needs > 8 bits at this range
    fine[0, 0, 0, 0] = 1.0
    m = _model([helper.make_node('Conv', ['x', 'w'], ['y'], kernel_shape=[1, 1]),
                helper.make_node('Clip', ['y', 'lo', 'hi'], ['out'])],
               [('x', F, [1, 2, 4, 4])], [('out', F, [1, 2, 4, 4])],
               [('w', fine[:, :, :1, :1].copy()), ('lo', np.array(-8, np.float32)), ('hi', np.array(8, np.float32))])
    m.graph.initializer[0].CopyFrom(numpy_helper.from_array(
        np.array([[[[1.0]], [[1 / 2048]]], [[[-0.5]], [[1 / 1024]]]], np.float32), 'w'))
    assert 'grid of 8 bits' in _single(_lines(m), 'weights:')[0]
    assert _lines(m, bits16=['out']) == []                                       # listed as a 16-bit layer
    m.graph.initializer[0].CopyFrom(numpy_helper.from_array(np.full((2, 2, 1, 1), 0.3, np.float32), 'w'))
    assert 'grid of 16 bits' in _single(_lines(m, bits16=['out']), 'weights:')[0]


def test_broken_graph_fails_onnx_checker():
    m = _model([helper.make_node('Relu', ['missing'], ['out'])], [('x', F, [1])], [('out', F, [1])])
    _single(_lines(m), 'onnx.checker:')


def test_prototxt_schema_and_tensor_names(tmp_path):
    m = _model([helper.make_node('Relu', ['x'], ['cls']), helper.make_node('Relu', ['x'], ['out'])],
               [('x', F, [1, 2])], [('out', F, [1, 2])])
    proto = tmp_path / 'bad.prototxt'
    proto.write_text('name: "3dod_ssd"\ntidl_3dod {\n  box_input: "nowhere"\n  class_input: "cls"\n'
                     '  output: "out"\n  min_x: "zero"\n  colour: 3\n  prior_box_3dod_param {\n    step_x: 1\n  }\n}\n')
    lines = _lines(m, prototxt_path=str(proto))
    text = '\n'.join(lines)
    assert all(line.startswith('prototxt:') for line in lines)
    assert 'box_input "nowhere" is not a tensor of the graph' in text
    assert "no field 'colour'" in text and 'min_x: expected a float, found "zero"' in text
    assert 'max_x: required field' in text and 'prior_box_3dod_param.step_y: required field' in text


def test_exported_small_graph_passes_and_cli(exported, tmp_path, capsys):
    assert exported['tidl']['tidl_violations'] == []
    assert main([exported['tidl']['onnx']]) == 0
    assert '0 TIDL contract violation(s)' in capsys.readouterr().out
    assert main([exported['float']['onnx']]) == 1            # float weights are off the 8-bit grids
    out = capsys.readouterr().out
    assert out.count('weights: Conv') >= 10


def test_exported_full_grid_graph_passes(float_setup, tmp_path):
    cfg_q = load_cfg('cfgs/kitti/pointpillar_qat.yaml', SMALL_BACKBONE)
    model = quantized_model(cfg_q, copy.deepcopy(float_setup[1].state_dict()), calibrate_batches=1)
    summary = export_onnx(model, cfg_q, str(tmp_path / 'full.onnx'), 'tidl')
    assert (summary['shapes']['nx'], summary['shapes']['ny']) == (432, 496)
    assert summary['tidl_violations'] == []
    assert main([str(tmp_path / 'full.onnx')]) == 0           # prototxt and 16-bit names found next to it
    assert 'box_preds' in read_16bit_names(summary['tidl_options'])      # conv_box is 16 bit in this cfg
    assert len(check_tidl_model(str(tmp_path / 'full.onnx'))) == 1       # ... which an 8-bit check flags
    text = open(summary['tidl_options']).read()
    for key in ("'accuracy_level': 0", "'advanced_options:quantization_scale_type': 1",
                "'object_detection:meta_arch_type': 7", "'object_detection:meta_layers_names_list': 'full.prototxt'"):
        assert key in text
    assert isinstance(onnx.load(str(tmp_path / 'full.onnx')), onnx.ModelProto)
