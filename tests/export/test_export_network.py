"""Float network part: decoration equals PillarVFE's, the ONNX graph (TI's input layout: (1, C, P, V)
features, int32 flat indices, zero canvas) equals the detector, deblock rewrites are exact, the onnxruntime
detector equals the PyTorch detector, the TIDL prototxt from the cfg."""
import numpy as np
import onnx
import onnxruntime as ort
import pytest
import torch

from pcdet_qat_plugin.errors import ConfigError
from pcdet_qat_plugin.export.decorate import decorate_pillars, graph_inputs, pad_pillars
from pcdet_qat_plugin.export.network import DeconvAsConv, DepthToSpace, export_shapes
from pcdet_qat_plugin.export.ort_runner import OrtDetector
from pcdet_qat_plugin.export.prototxt import make_prototxt


def _head_maps(model, batch):
    outs = {}
    hooks = [getattr(model.dense_head, k).register_forward_hook(
        lambda m, i, o, k=k: outs.__setitem__(k, o.detach().clone())) for k in ('conv_cls', 'conv_box', 'conv_dir_cls')]
    with torch.no_grad():
        model(dict(batch))
    for h in hooks:
        h.remove()
    return [outs['conv_cls'], outs['conv_box'], outs['conv_dir_cls']]


def _graph_inputs(model, cfg, batch):
    return graph_inputs(model.vfe, batch['voxels'], batch['voxel_num_points'], batch['voxel_coords'],
                        export_shapes(cfg), model.map_to_bev_module.num_bev_features)


def test_decoration_equals_pillar_vfe(float_setup, sample_batch):
    cfg, model = float_setup
    feats = decorate_pillars(model.vfe, sample_batch['voxels'], sample_batch['voxel_num_points'],
                             sample_batch['voxel_coords'])
    x = feats
    with torch.no_grad():
        for pfn in model.vfe.pfn_layers:
            x = pfn(x)
        ref = model.vfe(dict(sample_batch))['pillar_features']
    assert torch.equal(x.squeeze(1), ref)


def test_float_graph_checks_and_equals_detector(float_setup, sample_batch, exported):
    cfg, model = float_setup
    onnx.checker.check_model(onnx.load(exported['float']['onnx']), full_check=True)
    sess = ort.InferenceSession(exported['float']['onnx'], providers=['CPUExecutionProvider'])
    got = sess.run(None, _graph_inputs(model, cfg, sample_batch))
    for g, r in zip(got, _head_maps(model, sample_batch)):
        np.testing.assert_allclose(g, r.numpy(), rtol=1e-4, atol=1e-4 * float(r.abs().max()))


def test_graph_inputs_are_tis_layout(float_setup, exported):
    cfg, model = float_setup
    sh = export_shapes(cfg)
    m = onnx.load(exported['float']['onnx'])
    dims = {i.name: ([d.dim_value for d in i.type.tensor_type.shape.dim], i.type.tensor_type.elem_type)
            for i in m.graph.input}
    c_bev = model.map_to_bev_module.num_bev_features
    assert dims == {'pillar_features': ([1, 10, sh['max_points'], sh['max_voxels']], onnx.TensorProto.FLOAT),
                    'voxel_indices': ([1, c_bev, sh['max_voxels']], onnx.TensorProto.INT32),
                    'bev_canvas': ([1, c_bev, sh['ny'] * sh['nx']], onnx.TensorProto.FLOAT)}
    ops = {n.op_type for n in m.graph.node}
    assert {'ReduceMax', 'ScatterElements', 'DepthToSpace'} <= ops
    assert not ops & {'ScatterND', 'MaxPool', 'ConvTranspose', 'Shape', 'Expand', 'Where', 'Equal', 'Cast'}


def test_padding_repeats_the_last_pillar():
    feats = torch.arange(2 * 3 * 4, dtype=torch.float32).reshape(2, 3, 4)
    coords = torch.tensor([[0, 0, 1, 2], [0, 0, 3, 1]])
    f, idx = pad_pillars(feats, coords, max_voxels=5, nx=10, num_bev_features=6)
    assert f.shape == (1, 4, 3, 5) and idx.shape == (1, 6, 5) and idx.dtype == torch.int32
    assert idx[0, 0].tolist() == [12, 31, 31, 31, 31] and torch.equal(idx[0, 5], idx[0, 0])
    assert torch.equal(f[0, :, :, 4], feats[1].t()) and torch.equal(f[0, :, :, 0], feats[0].t())


def test_deblock_rewrites_are_exact():
    torch.manual_seed(0)
    x = torch.randn(2, 8, 5, 7)
    for k in (1, 2, 4):
        deconv = torch.nn.ConvTranspose2d(8, 6, k, stride=k, bias=True)
        as_conv = DeconvAsConv(deconv, deconv.weight, deconv.bias)
        y = as_conv(x)
        if k > 1:
            y = DepthToSpace(k)(y)
        assert (y - deconv(x)).abs().max() < 1e-6, k


def test_ort_detector_equals_pytorch_detector(float_setup, exported):
    from tests.export.conftest import make_batch
    cfg, model = float_setup
    batch = make_batch(cfg, 11, batch_size=2)
    with torch.no_grad():
        ref, _ = model(dict(batch))
    got, _ = OrtDetector(exported['float']['onnx'], cfg)(dict(batch))
    for r, g in zip(ref, got):
        assert len(r['pred_boxes']) > 0
        assert torch.equal(r['pred_labels'], g['pred_labels'])
        torch.testing.assert_close(g['pred_boxes'], r['pred_boxes'], rtol=1e-3, atol=1e-3)
        torch.testing.assert_close(g['pred_scores'], r['pred_scores'], rtol=1e-3, atol=1e-4)


def test_tidl_nms_option(float_setup, exported):
    from pcdet_qat_plugin.export.tidl_postproc import TidlSelection
    from tests.export.conftest import make_batch
    cfg, _ = float_setup
    det = OrtDetector(exported['float']['onnx'], cfg, nms='tidl')
    assert isinstance(det.model.post_processing, TidlSelection)
    assert cfg.MODEL.POST_PROCESSING.NMS_CONFIG.NMS_TYPE == 'nms_gpu'      # the caller's cfg is untouched
    pred, _ = det(dict(make_batch(cfg, 12)))
    assert pred[0]['pred_boxes'].shape[1] == 7
    with pytest.raises(ConfigError, match='--nms'):
        OrtDetector(exported['float']['onnx'], cfg, nms='fast')


def test_prototxt_from_cfg(float_setup):
    cfg, _ = float_setup
    text = make_prototxt(cfg)
    assert text.startswith('name: "3dod_ssd"\ntidl_3dod {')
    assert text.count('prior_box_3dod_param {') == len(cfg.MODEL.DENSE_HEAD.ANCHOR_GENERATOR_CONFIG)
    for line in ('box_input: "box_preds"', 'class_input: "cls_preds"', 'dir_input: "dir_cls_preds"',
                 'max_points_per_voxel: 32', 'voxel_size_x: 0.16', 'min_y: -5.12', 'max_x: 10.24',
                 'anchor_width: 3.9', 'rotation: 1.57', 'offset_z: -1.78', 'num_classes: 3',
                 'nms_threshold: 0.01', 'top_k: 4096', 'keep_top_k: 500', 'confidence_threshold: 0.1',
                 'code_type: CODE_TYPE_3DOD'):
        assert line in text, line
    # anchor centres: OpenPCDet (align_center False) puts the first at x_min and the last at x_max
    step_x = float(text.split('step_x: ')[1].split('\n')[0])
    offset_x = float(text.split('offset_x: ')[1].split('\n')[0])
    fx = 64 // 2
    assert abs((offset_x + fx - 1) * step_x - 10.24) < 1e-6 and abs(offset_x * step_x) < 1e-9
