"""The TIDL 3D-OD layer emulation, driven only by the prototxt: its decode reproduces the PyTorch detector's
boxes (all anchors, before NMS); a wrong anchor step, offset or direction offset in the prototxt breaks
that; mismatched class / anchor counts are refused; OrtDetector(postproc='tidl') runs end to end and equals
OrtDetector(nms='tidl') on the same graph outputs."""
import math
import re

import numpy as np
import pytest
import torch

from pcdet_qat_plugin.errors import ConfigError
from pcdet_qat_plugin.export.meta_arch import read_meta_arch
from pcdet_qat_plugin.export.ort_runner import OrtDetector
from pcdet_qat_plugin.export.prototxt import make_prototxt
from pcdet_qat_plugin.export.tidl_3dod import Tidl3dodLayer, nms_bev_axis_aligned, to_center_boxes
from tests.export.conftest import make_batch


@pytest.fixture(scope='module')
def heads_and_boxes(float_setup):
    """One frame's head maps and the detector's own decoded boxes / class scores (all anchors)."""
    cfg, model = float_setup
    maps = {}
    hooks = [getattr(model.dense_head, k).register_forward_hook(
        lambda m, i, o, k=k: maps.__setitem__(k, o.detach()[0].numpy())) for k in ('conv_cls', 'conv_box',
                                                                                   'conv_dir_cls')]
    d = dict(make_batch(cfg, 21))
    with torch.no_grad():
        for mod in model.module_list:
            d = mod(d)
    for h in hooks:
        h.remove()
    return maps, d['batch_box_preds'][0].numpy(), torch.sigmoid(d['batch_cls_preds'][0]).numpy()


def _layer(cfg, tmp_path, edit=None):
    text = make_prototxt(cfg)
    if edit:
        text = edit(text)
    path = tmp_path / 'm.prototxt'
    path.write_text(text)
    return Tidl3dodLayer.from_prototxt(str(path))


def _box_error(layer, maps, ref):
    got = to_center_boxes(layer.decode(maps['conv_box'], maps['conv_dir_cls']).reshape(-1, 7))
    err = np.abs(got - ref)
    err[:, 6] = np.abs((got[:, 6] - ref[:, 6] + math.pi) % (2 * math.pi) - math.pi)     # heading modulo 2 pi
    return err


def test_decode_reproduces_pytorch_boxes_before_nms(float_setup, heads_and_boxes, tmp_path):
    cfg, _ = float_setup
    maps, ref_boxes, ref_scores = heads_and_boxes
    layer = _layer(cfg, tmp_path)
    assert _box_error(layer, maps, ref_boxes).max() < 1e-4
    np.testing.assert_allclose(layer.scores(maps['conv_cls']).reshape(ref_scores.shape), ref_scores, atol=1e-6)


@pytest.mark.parametrize('name,edit', [
    ('step_x', lambda t: re.sub(r'step_x: ([0-9.]+)', lambda m: f'step_x: {float(m.group(1)) * 1.01}', t)),
    ('offset_y', lambda t: re.sub(r'offset_y: (-?[0-9.]+)', lambda m: f'offset_y: {float(m.group(1)) + 0.5}', t)),
    ('offset_z', lambda t: re.sub(r'offset_z: (-?[0-9.]+)', lambda m: f'offset_z: {float(m.group(1)) + 0.2}', t)),
    # TI's own choice (offset_dir = -rotations[1]) and the naive DIR_OFFSET both flip headings by pi
    ('offset_dir=-1.57', lambda t: re.sub(r'offset_dir: [-0-9.e]+', 'offset_dir: -1.57', t)),
    ('offset_dir=DIR_OFFSET', lambda t: re.sub(r'offset_dir: [-0-9.e]+', 'offset_dir: 0.78539', t)),
])
def test_a_wrong_prototxt_value_breaks_the_decode(float_setup, heads_and_boxes, tmp_path, name, edit):
    cfg, _ = float_setup
    maps, ref_boxes, _ = heads_and_boxes
    assert _box_error(_layer(cfg, tmp_path, edit), maps, ref_boxes).max() > 1e-2, name


def test_offset_dir_is_dir_offset_minus_two_pi(float_setup, tmp_path):
    cfg, _ = float_setup
    path = tmp_path / 'm.prototxt'
    path.write_text(make_prototxt(cfg))
    for p in read_meta_arch(str(path))['prior_box_3dod_param']:
        assert abs(p['offset_dir'] - (cfg.MODEL.DENSE_HEAD.DIR_OFFSET - 2 * math.pi)) < 1e-9


def test_class_or_anchor_count_mismatch_is_refused(float_setup, heads_and_boxes, tmp_path):
    cfg, _ = float_setup
    maps, _, _ = heads_and_boxes
    layer = _layer(cfg, tmp_path, lambda t: t.replace('num_classes: 3', 'num_classes: 2'))
    with pytest.raises(ConfigError, match='class map of 12 channels, the graph gives 18'):
        layer(maps['conv_cls'], maps['conv_box'], maps['conv_dir_cls'])
    one_rot = _layer(cfg, tmp_path, lambda t: t.replace('    rotation: 1.57\n', ''))
    with pytest.raises(ConfigError, match='3 anchors'):
        one_rot(maps['conv_cls'], maps['conv_box'], maps['conv_dir_cls'])


def test_nms_axis_aligned_bev():
    boxes = np.array([[0, 0, 0, 4, 2, 1, 0], [0.5, 0, 0, 4, 2, 1, 1.5], [10, 0, 0, 4, 2, 1, 0]], np.float32)
    assert nms_bev_axis_aligned(boxes, 0.5).tolist() == [0, 2]          # IoU 0.78 (rotation ignored)
    assert nms_bev_axis_aligned(boxes, 0.9).tolist() == [0, 1, 2]


def test_ort_detector_tidl_postproc_end_to_end(float_setup, exported, tmp_path):
    cfg, model = float_setup
    onnx_path = exported['tidl']['onnx']
    batch = make_batch(cfg, 11, batch_size=2)
    got, _ = OrtDetector(onnx_path, cfg, postproc='tidl')(dict(batch))
    assert len(got) == 2 and all(g['pred_boxes'].shape[1] == 7 for g in got)
    assert all(int(g['pred_labels'].min()) >= 1 for g in got if len(g['pred_labels']))
    with pytest.raises(ConfigError, match='no meta-architecture file'):
        OrtDetector(exported['float']['onnx'], cfg, postproc='tidl')


def test_emulation_equals_decode_plus_tidl_nms_on_the_graph_outputs(quant_setup, exported):
    """End to end on the exported tidl graph in onnxruntime: the prototxt-driven layer gives exactly the
    detections of the model's own decode + `--nms tidl` on the same head outputs (same order, labels and
    scores; boxes to 1e-4, headings modulo 2 pi)."""
    cfg_q, _ = quant_setup
    batch = make_batch(cfg_q, 31, batch_size=2)
    ref, _ = OrtDetector(exported['tidl']['onnx'], cfg_q, nms='tidl')(dict(batch))
    got, _ = OrtDetector(exported['tidl']['onnx'], cfg_q, postproc='tidl')(dict(batch))
    for r, g in zip(ref, got):
        assert 0 < len(g['pred_scores']) < 500 and len(r['pred_scores']) == len(g['pred_scores'])
        assert torch.equal(g['pred_scores'], r['pred_scores']) and torch.equal(g['pred_labels'], r['pred_labels'])
        rb, gb = r['pred_boxes'].numpy(), g['pred_boxes'].numpy()
        np.testing.assert_allclose(gb[:, :6], rb[:, :6], atol=1e-4)
        assert np.abs((gb[:, 6] - rb[:, 6] + math.pi) % (2 * math.pi) - math.pi).max() < 1e-4


def test_direction_bins_other_than_two_are_refused(float_setup):
    """TIDL offsets each prior box's dir channels by anchors x 2 (extraParamSize): 2 bins, one per rotation."""
    import copy
    from pcdet_qat_plugin.errors import ExportError
    cfg = copy.deepcopy(float_setup[0])
    cfg.MODEL.DENSE_HEAD.NUM_DIR_BINS = 3
    with pytest.raises(ExportError, match='NUM_DIR_BINS: 3'):
        make_prototxt(cfg)
    cfg.MODEL.DENSE_HEAD.NUM_DIR_BINS = 2
    cfg.MODEL.DENSE_HEAD.ANCHOR_GENERATOR_CONFIG[0]['anchor_rotations'] = [0]
    with pytest.raises(ExportError, match='1 rotations but NUM_DIR_BINS 2'):
        make_prototxt(cfg)
