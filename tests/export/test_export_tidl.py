"""`tidl` format: checker, power-of-2 weights, one Clip per quantized activation, onnxruntime equals
PyTorch quantized evaluation within one quantization step (layer by layer), prototxt beside it."""
import os

import numpy as np
import onnx
import onnxruntime as ort
import torch
from onnx import numpy_helper

from pcdet_qat_plugin.export.exporter import build_export_net, num_quantized_activations
from pcdet_qat_plugin.export.quantized import pow2_grid_scale
from pcdet_qat_plugin.export.verify import verify_tidl_layers


def test_tidl_graph_passes_checker_and_opset(exported):
    m = onnx.load(exported['tidl']['onnx'])
    onnx.checker.check_model(m, full_check=True)
    assert m.opset_import[0].version == 11
    assert [i.name for i in m.graph.input] == ['pillar_features', 'voxel_indices', 'bev_canvas']
    assert [o.name for o in m.graph.output] == ['cls_preds', 'box_preds', 'dir_cls_preds', 'detections']


def test_every_weight_on_its_pow2_grid(exported, quant_setup):
    m = onnx.load(exported['tidl']['onnx'])
    inits = {i.name: numpy_helper.to_array(i) for i in m.graph.initializer}
    weights = [n.input[1] for n in m.graph.node if n.op_type in ('Conv', 'ConvTranspose', 'Gemm', 'MatMul')]
    deployable = build_export_net(quant_setup[1], 'tidl')[1]
    assert len(weights) == len(deployable.weights)
    for name in weights:
        w = torch.from_numpy(inits[name].copy())
        assert pow2_grid_scale(w, 8) is not None, f'{name} is not on an 8-bit power-of-2 grid'
        assert len(np.unique(inits[name])) <= 256
    # and a float (unquantized) weight is not
    assert pow2_grid_scale(torch.tensor([0.3, -0.7, 0.11]), 8) is None


def test_one_clip_per_quantized_activation(exported, quant_setup):
    m = onnx.load(exported['tidl']['onnx'])
    clips = [n for n in m.graph.node if n.op_type == 'Clip']
    _, deployable = build_export_net(quant_setup[1], 'tidl')
    assert len(clips) == num_quantized_activations(deployable) == exported['tidl']['act_points']
    inits = {i.name: numpy_helper.to_array(i) for i in m.graph.initializer}
    consts = {n.output[0]: numpy_helper.to_array(n.attribute[0].t) for n in m.graph.node if n.op_type == 'Constant'}
    ranges = sorted((float(consts.get(c.input[1], inits.get(c.input[1]))),
                     float(consts.get(c.input[2], inits.get(c.input[2])))) for c in clips)
    for lo, hi in ranges:                      # TI PAct2: [0, clip] or [-clip, clip], clip a power of 2
        assert np.log2(hi) == np.round(np.log2(hi)) and lo in (0.0, -hi)


def test_input_multiplied_by_pow2_channel_scales_before_its_clip(exported, quant_setup):
    m = onnx.load(exported['tidl']['onnx'])
    inits = {i.name: numpy_helper.to_array(i) for i in m.graph.initializer}
    consts = {n.output[0]: numpy_helper.to_array(n.attribute[0].t) for n in m.graph.node if n.op_type == 'Constant'}
    mul = next(n for n in m.graph.node if 'pillar_features' in n.input)
    assert mul.op_type == 'Mul'
    scale = next(consts.get(i, inits.get(i)) for i in mul.input if i != 'pillar_features')
    q = quant_setup[1].vfe.pfn_layers[0].input_quant
    assert q.channels == scale.size and np.array_equal(scale.reshape(-1), q.channel_scale().numpy())
    assert np.array_equal(np.log2(scale), np.round(np.log2(scale)))
    assert [n.op_type for n in m.graph.node if mul.output[0] in n.input] == ['Clip']


def test_onnxruntime_equals_quantized_eval_within_one_step(exported, quant_setup, sample_batch):
    cfg_q, model = quant_setup
    _, deployable = build_export_net(model, 'tidl')
    rows = verify_tidl_layers(onnx.load(exported['tidl']['onnx']), model, sample_batch, deployable)
    assert len(rows) == len(deployable.roles) - len(deployable.inputs)
    worst = max(rows, key=lambda r: r['max_steps'])
    assert worst['max_steps'] <= 1.0, worst


def test_prototxt_written_beside_graph(exported):
    path = exported['tidl']['prototxt']
    assert path and os.path.isfile(path)
    text = open(path).read()
    m = onnx.load(exported['tidl']['onnx'])
    for out in m.graph.output:                 # the head tensors and the replaced output are graph outputs
        assert f'"{out.name}"' in text
    assert 'code_type: CODE_TYPE_3DOD' in text


def test_pow2_grid_scale_per_tensor_and_per_channel():
    w = torch.tensor([[-1.0, 0.5], [0.125, -0.0625]])        # row 0 on step 1/128 (-128 included)
    assert float(pow2_grid_scale(w, 8)) == 128.0
    per_ch = pow2_grid_scale(w, 8, axis=0)
    assert per_ch.tolist() == [128.0, 512.0]     # row 1 fits a finer grid (0.125 * 512 = 64 <= 127)
    assert pow2_grid_scale(torch.zeros(3, 2), 8, axis=0).tolist() == [1.0, 1.0, 1.0]
    assert pow2_grid_scale(torch.tensor([1.0, 1.0 / 1024]), 8) is None   # needs more than 8 bits


def test_onnxruntime_equals_the_torch_export_net(exported, quant_setup, sample_batch):
    """The traced graph (TI layout: ScatterElements, ReduceMax, deconvs as Conv + DepthToSpace) computes what
    the torch export net computes, to float rounding."""
    from pcdet_qat_plugin.export.decorate import graph_inputs
    from pcdet_qat_plugin.export.network import export_shapes
    cfg_q, model = quant_setup
    net, _ = build_export_net(model, 'tidl')
    feeds = graph_inputs(model.vfe, sample_batch['voxels'], sample_batch['voxel_num_points'],
                         sample_batch['voxel_coords'], export_shapes(cfg_q), model.map_to_bev_module.num_bev_features)
    sess = ort.InferenceSession(exported['tidl']['onnx'], providers=['CPUExecutionProvider'])
    got = sess.run(None, feeds)
    with torch.no_grad():
        ref = net(*(torch.from_numpy(feeds[k]) for k in ('pillar_features', 'voxel_indices', 'bev_canvas')))
    assert len(got) == len(ref) == 4
    for g, r in zip(got, ref):
        np.testing.assert_allclose(g, r.numpy(), rtol=1e-5, atol=1e-4)
