"""TIDL's detection output as post-processing: the prototxt-driven 3D-OD layer emulation on the PyTorch
(quantized) model's head maps gives exactly the detections of the model's own decode + `--nms tidl` (one
selection implementation, TI's); at AP level on synthetic frames the two agree, and a wrong prototxt breaks
that; TIDL's score codes, scan-order ties and keep_top_k rule; the PyTorch backend's `--postproc tidl`."""
import math
import re

import numpy as np
import pytest
import torch

from pcdet_qat_plugin.errors import ConfigError
from pcdet_qat_plugin.export.prototxt import detection_output_params, make_prototxt
from pcdet_qat_plugin.export.tidl_3dod import (SSD_CONF_DATA_Q, DetectionOutputParams, Tidl3dodLayer,
                                               quantized_scores, select_detections)
from pcdet_qat_plugin.export.tidl_postproc import TidlLayerPostProcessing, TidlSelection, install_postprocessing
from tests.export.conftest import make_batch


def _layer(cfg, tmp_path, edit=None) -> Tidl3dodLayer:
    text = make_prototxt(cfg)
    path = tmp_path / 'm.prototxt'
    path.write_text(edit(text) if edit else text)
    return Tidl3dodLayer.from_prototxt(str(path))


def _same_detections(got, ref):
    """Same count, labels, scores (exactly) and order; boxes to 1e-4, heading modulo 2 pi."""
    for g, r in zip(got, ref):
        assert len(g['pred_scores']) == len(r['pred_scores'])
        assert torch.equal(g['pred_labels'], r['pred_labels'])
        assert torch.equal(g['pred_scores'], r['pred_scores'])
        gb, rb = g['pred_boxes'].numpy(), r['pred_boxes'].numpy()
        np.testing.assert_allclose(gb[:, :6], rb[:, :6], atol=1e-4)
        assert np.abs((gb[:, 6] - rb[:, 6] + math.pi) % (2 * math.pi) - math.pi).max(initial=0) < 1e-4


def test_pytorch_head_maps_through_the_emulation_equal_decode_plus_tidl_nms(quant_setup, tmp_path):
    """The quantized model (the deployed arithmetic, bit-exact with the integer reference) on two frames."""
    cfg_q, model = quant_setup
    batch = make_batch(cfg_q, 41, batch_size=2)
    with torch.no_grad():
        install_postprocessing(model, cfg_q, nms='tidl')
        ref, _ = model(dict(batch))
        install_postprocessing(model, cfg_q, postproc='tidl', layer=_layer(cfg_q, tmp_path))
        got, _ = model(dict(batch))
    del model.post_processing                       # back to the class's own
    assert all(0 < len(r['pred_scores']) < 500 for r in ref)
    _same_detections(got, ref)


def test_tidl_nms_equals_openpcdet_per_class_axis_aligned_nms_up_to_score_codes(float_setup):
    """`--nms tidl` = OpenPCDet's MULTI_CLASSES_NMS with nms_normal_gpu at the cfg's NMS_THRESH, but with
    TIDL's uint16 scores (<= 1/32767 lower)."""
    import copy
    cfg, model = float_setup
    cfg_same = copy.deepcopy(cfg)
    cfg_same.MODEL.POST_PROCESSING.NMS_CONFIG.MULTI_CLASSES_NMS = True
    cfg_same.MODEL.POST_PROCESSING.NMS_CONFIG.NMS_TYPE = 'nms_normal_gpu'
    d = dict(make_batch(cfg, 43))
    with torch.no_grad():
        for mod in model.module_list:
            d = mod(d)
    got, _ = TidlSelection(model, cfg)(dict(d))
    model.model_cfg = cfg_same.MODEL
    try:
        ref, _ = model.post_processing(dict(d))
    finally:
        model.model_cfg = cfg.MODEL
    g, r = got[0], ref[0]
    assert 0 < len(g['pred_scores']) == len(r['pred_scores'])
    go, ro = (torch.from_numpy(np.lexsort((p['pred_boxes'][:, 1].numpy(), p['pred_boxes'][:, 0].numpy(),
                                           p['pred_labels'].numpy()))) for p in (g, r))
    assert torch.equal(g['pred_labels'][go], r['pred_labels'][ro])
    diff = (r['pred_scores'][ro] - g['pred_scores'][go]).numpy()
    assert diff.min() >= -1e-6 and diff.max() <= 1.0 / SSD_CONF_DATA_Q
    torch.testing.assert_close(g['pred_boxes'][go], r['pred_boxes'][ro])


def test_score_codes_threshold_and_scan_order_ties():
    logits = np.array([[0.0], [0.0], [-2.1972], [-2.1973], [3.0]], np.float32)    # sigmoid 0.5, 0.5, ~0.1, <0.1
    codes = quantized_scores(logits)[:, 0]
    assert codes.tolist()[:2] == [16383, 16383] and codes[4] == int(SSD_CONF_DATA_Q / (1 + math.exp(-3.0)))
    boxes = np.zeros((5, 7), np.float32)
    boxes[:, 0] = np.arange(5) * 10.0                     # far apart: NMS keeps all
    boxes[:, 3:6] = 1.0
    params = DetectionOutputParams(1, 0.1, 0.5, 100, 100)
    # 5 anchors = one cell of 5 anchors: scan order = anchor order; the equal scores keep it
    det = select_detections(boxes, logits, 5, params)
    assert det['indices'].tolist() == [4, 0, 1, 2]          # index 3 is below the threshold
    assert det['scores'][1] == np.float32(16383 / SSD_CONF_DATA_Q)
    # 1 anchor per cell: anchor 1 of ... scan order = cell order; with 2 anchors per cell, anchor 0 of every
    # cell comes before anchor 1 of any cell
    tied = np.array([[0.0], [0.0], [0.0], [0.0]], np.float32)
    assert select_detections(boxes[:4], tied, 2, params)['indices'].tolist() == [0, 2, 1, 3]
    assert select_detections(boxes[:4], tied, 1, params)['indices'].tolist() == [0, 1, 2, 3]


def test_top_k_nms_and_keep_top_k():
    boxes = np.zeros((4, 7), np.float32)
    boxes[:, 3:6] = 2.0
    boxes[:, 0] = [0.0, 0.5, 10.0, 20.0]                 # 0 and 1 overlap (IoU 0.6)
    logits = np.array([[3.0, -9], [2.0, -9], [1.0, 0.5], [0.5, 2.5]], np.float32)
    det = select_detections(boxes, logits, 1, DetectionOutputParams(2, 0.1, 0.5, 100, 100))
    assert det['indices'].tolist() == [0, 2, 3, 3, 2] and det['labels'].tolist() == [0, 0, 0, 1, 1]
    assert select_detections(boxes, logits, 1, DetectionOutputParams(2, 0.1, 0.7, 100, 100))['indices'][:4].tolist() \
        == [0, 1, 2, 3]
    assert select_detections(boxes, logits, 1, DetectionOutputParams(2, 0.1, 0.5, 2, 100))['indices'].tolist() \
        == [0, 3, 2]                                     # top_k 2 per class before NMS
    # keep_top_k 3: class 1's best (score of logit 2.5) replaces the lowest slot (logit 0.5); its second
    # (logit 0.5) is lower than every slot and is dropped
    det = select_detections(boxes, logits, 1, DetectionOutputParams(2, 0.1, 0.5, 100, 3))
    assert det['indices'].tolist() == [0, 2, 3] and det['labels'].tolist() == [0, 0, 1]


def test_normalized_scores_are_refused(float_setup):
    cfg, model = float_setup
    with pytest.raises(ConfigError, match='logits'):
        TidlSelection(model, cfg)({'batch_size': 1, 'cls_preds_normalized': True})


def test_detection_output_params_follow_the_cfg(float_setup, tmp_path):
    cfg, _ = float_setup
    post = cfg.MODEL.POST_PROCESSING
    want = DetectionOutputParams(len(cfg.CLASS_NAMES), post.SCORE_THRESH, post.NMS_CONFIG.NMS_THRESH,
                                 post.NMS_CONFIG.NMS_PRE_MAXSIZE, post.NMS_CONFIG.NMS_POST_MAXSIZE)
    assert detection_output_params(cfg) == want
    assert _layer(cfg, tmp_path).params == want              # what the prototxt carries


# ---- AP level: oracle head maps from the ground truth of a few synthetic frames -------------------------

@pytest.fixture(scope='module')
def gt_frames(tiny_kitti, repo_root):
    """The demo cfg's float model (for its anchors, decode, recall) and the tiny synthetic set's 6 train frames
    evaluated as a test split."""
    from pcdet_qat_plugin import build_model
    from pcdet_qat_plugin.config import load_cfg
    from pcdet_qat_plugin.datasets import build_dataloader
    from pcdet_qat_plugin.models import load_data_to_device
    cfg = load_cfg(repo_root / 'cfgs' / 'demo' / 'pointpillar_demo.yaml')
    cfg.DATA_CONFIG.DATA_PATH = str(tiny_kitti)
    cfg.DATA_CONFIG.DATA_SPLIT['test'] = 'train'
    cfg.DATA_CONFIG.INFO_PATH['test'] = ['kitti_infos_train.pkl']
    dataset, loader, _ = build_dataloader(cfg.DATA_CONFIG, cfg.CLASS_NAMES, batch_size=3, dist=False, workers=0,
                                          training=False)
    batches = []
    for b in loader:
        load_data_to_device(b)
        batches.append(b)
    return cfg, build_model(cfg).eval(), dataset, batches


def oracle_head_maps(model, batch) -> dict:
    """NHWC cls / box / dir maps that decode to the frame's gt boxes: each gt box on the anchor of its class
    nearest to it (centre, then heading modulo pi), encoded by the head's own box coder; other anchors score
    sigmoid(-9)."""
    head = model.dense_head
    anchors = head.get_flat_anchors()
    num_anchors, num_class = int(head.num_anchors_per_location), head.num_class
    bins = head.model_cfg.NUM_DIR_BINS
    cells = anchors.shape[0] // num_anchors
    h, w = head.anchors[0].shape[1:3]                    # (nz, ny, nx, sizes, rotations, 7)
    assert w * h == cells
    batch_size = int(batch['batch_size'])
    cls = torch.full((batch_size, cells * num_anchors, num_class), -9.0)
    box = torch.zeros((batch_size, cells * num_anchors, 7))
    dirs = torch.zeros((batch_size, cells * num_anchors, bins))
    anchor_class = torch.arange(anchors.shape[0]) % num_anchors // (num_anchors // num_class)
    for b in range(batch_size):
        gts = batch['gt_boxes'][b]
        gts = gts[gts[:, 3] > 0]
        for k, gt in enumerate(gts):
            label = int(gt[7]) - 1
            dist = torch.norm(anchors[:, :2] - gt[:2], dim=1) + 1e3 * (anchor_class != label)
            dist = dist + 0.01 * torch.abs(torch.remainder(gt[6] - anchors[:, 6] + math.pi / 2, math.pi) - math.pi / 2)
            n = int(torch.argmin(dist))
            box[b, n] = head.box_coder.encode_torch(gt[None, :7], anchors[n:n + 1])[0]
            cls[b, n, label] = 2.0 + 0.1 * k
            rot = torch.remainder(gt[6] - head.model_cfg.DIR_OFFSET, 2 * math.pi)
            dirs[b, n, int(rot // (2 * math.pi / bins)) % bins] = 1.0
    shape = (batch_size, h, w, -1)
    return {'cls_preds': cls.view(shape), 'box_preds': box.view(shape), 'dir_cls_preds': dirs.view(shape)}


def _mean_moderate_ap(dataset, cfg, annos) -> float:
    _, result = dataset.evaluation(annos, cfg.CLASS_NAMES)
    return float(np.mean([result[f'{c}_3d/moderate_R40'] for c in cfg.CLASS_NAMES]))


@pytest.fixture(scope='module')
def oracle(gt_frames):
    """Per batch the oracle maps, and the AP of decode + `--nms tidl` on them (the reference)."""
    cfg, model, dataset, batches = gt_frames
    maps, annos = [], []
    for batch in batches:
        m = oracle_head_maps(model, batch)
        d = dict(batch)
        d['batch_cls_preds'], d['batch_box_preds'] = model.dense_head.generate_predicted_boxes(
            int(batch['batch_size']), m['cls_preds'], m['box_preds'], m['dir_cls_preds'])
        d['cls_preds_normalized'] = False
        annos += dataset.generate_prediction_dicts(batch, TidlSelection(model, cfg)(d)[0], cfg.CLASS_NAMES)
        maps.append(m)
    return maps, _mean_moderate_ap(dataset, cfg, annos)


def _emulation_ap(gt_frames, oracle, layer) -> float:
    cfg, model, dataset, batches = gt_frames
    annos = []
    for batch, maps in zip(batches, oracle[0]):
        model.dense_head.forward_ret_dict.update(maps)
        pred, _ = TidlLayerPostProcessing(model, layer)(dict(batch))
        annos += dataset.generate_prediction_dicts(batch, pred, cfg.CLASS_NAMES)
    return _mean_moderate_ap(dataset, cfg, annos)


def test_ap_of_the_emulation_equals_decode_plus_tidl_nms(gt_frames, oracle, tmp_path):
    ap = _emulation_ap(gt_frames, oracle, _layer(gt_frames[0], tmp_path))
    assert oracle[1] > 40 and ap == pytest.approx(oracle[1], abs=1e-6)


@pytest.mark.parametrize('edit', [
    lambda t: re.sub(r'step_x: ([0-9.]+)', lambda m: f'step_x: {float(m.group(1)) * 1.02}', t),
    lambda t: re.sub(r'offset_y: (-?[0-9.]+)', lambda m: f'offset_y: {float(m.group(1)) + 1.0}', t),
    lambda t: re.sub(r'offset_z: (-?[0-9.]+)', lambda m: f'offset_z: {float(m.group(1)) + 0.5}', t),
], ids=['step_x', 'offset_y', 'offset_z'])
def test_a_wrong_prototxt_changes_the_ap(gt_frames, oracle, tmp_path, edit):
    assert _emulation_ap(gt_frames, oracle, _layer(gt_frames[0], tmp_path, edit)) < oracle[1] - 5


def test_pytorch_backend_postproc_tidl_runs_and_writes_its_prototxt(quant_setup, tmp_path):
    from pcdet_qat_plugin.models import ModelInfo
    from pcdet_qat_plugin.runners.test_main import build_eval_model
    cfg_q, _ = quant_setup
    info = ModelInfo.from_cfg(cfg_q)
    with pytest.raises(ConfigError, match='--postproc'):
        build_eval_model(cfg_q, info, None, None, postproc='nope', result_dir=str(tmp_path))
    model = build_eval_model(cfg_q, info, None, None, postproc='tidl', result_dir=str(tmp_path))
    assert isinstance(model.post_processing, TidlLayerPostProcessing)
    assert (tmp_path / 'tidl_3dod.prototxt').read_text() == make_prototxt(cfg_q)
    assert isinstance(build_eval_model(cfg_q, info, None, None, nms='tidl').post_processing, TidlSelection)
    with pytest.raises(ConfigError, match='no meta-architecture file'):
        build_eval_model(cfg_q, info, None, None, postproc='tidl', prototxt=str(tmp_path / 'missing.prototxt'))
