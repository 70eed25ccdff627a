"""Rotated and axis-aligned BEV NMS and IoU on hand-made LiDAR boxes [x, y, z, dx, dy, dz, heading]."""
import math

import pytest
import torch

from pcdet_qat_plugin.ops import iou3d_nms
from pcdet_qat_plugin.models.model_utils import model_nms_utils
from easydict import EasyDict

A = [0.0, 0.0, 0.0, 4.0, 2.0, 1.5, 0.0]
B = [0.2, 0.0, 0.0, 4.0, 2.0, 1.5, 0.1]          # A nudged: BEV IoU ~0.8
C = [0.0, 0.0, 0.0, 4.0, 2.0, 1.5, math.pi / 2]  # A turned 90 deg: a cross, IoU = 4 / 12
D = [10.0, 10.0, 0.0, 4.0, 2.0, 1.5, 0.3]        # far away


def _boxes(*rows):
    return torch.tensor(rows, dtype=torch.float32)


def test_rotated_bev_iou_exact_values():
    unit = [0.0, 0.0, 0.0, 1.0, 1.0, 1.0, 0.0]
    turned = [0.0, 0.0, 0.0, 1.0, 1.0, 1.0, math.pi / 4]  # overlap: regular octagon of area 2(sqrt2 - 1)
    iou = iou3d_nms.boxes_iou_bev(_boxes(A, unit), _boxes(C, turned, D))
    octagon = 2 * (math.sqrt(2) - 1)
    assert iou[0, 0].item() == pytest.approx(1 / 3, abs=1e-5)
    assert iou[1, 1].item() == pytest.approx(octagon / (2 - octagon), abs=1e-5)
    assert iou[0, 2].item() == 0.0 and iou.shape == (2, 3)


def test_iou3d_height_overlap():
    up = list(A)
    up[2] = 0.75  # half the height above A: overlap 8 * 0.75 = 6, union 12 + 12 - 6 = 18
    iou = iou3d_nms.boxes_iou3d(_boxes(A), _boxes(A, up))
    assert iou[0, 0].item() == pytest.approx(1.0, abs=1e-5)
    assert iou[0, 1].item() == pytest.approx(1 / 3, abs=1e-5)


def test_nms_gpu_rotated_keeps_expected_boxes():
    boxes = _boxes(A, B, C, D)
    scores = torch.tensor([0.9, 0.8, 0.7, 0.95])
    keep, extra = iou3d_nms.nms_gpu(boxes, scores, thresh=0.5)
    assert extra is None
    assert keep.tolist() == [3, 0, 2]        # B suppressed by A; C (IoU 1/3) survives
    keep, _ = iou3d_nms.nms_gpu(boxes, scores, thresh=0.3)
    assert keep.tolist() == [3, 0]           # at 0.3 the cross C goes too
    keep, _ = iou3d_nms.nms_gpu(boxes, scores, thresh=0.5, pre_maxsize=2)
    assert keep.tolist() == [3, 0]


def test_nms_normal_ignores_heading():
    boxes = _boxes(A, B, C, D)
    scores = torch.tensor([0.9, 0.8, 0.7, 0.95])
    keep, _ = iou3d_nms.nms_normal_gpu(boxes, scores, thresh=0.5)
    assert keep.tolist() == [3, 0]           # C is A's axis-aligned twin


def test_nms_empty_and_dtype():
    keep, _ = iou3d_nms.nms_gpu(torch.zeros((0, 7)), torch.zeros((0,)), thresh=0.1)
    assert keep.numel() == 0
    keep, _ = iou3d_nms.nms_gpu(_boxes(A, B).double(), torch.tensor([0.1, 0.2]).double(), thresh=0.5)
    assert keep.tolist() == [1] and keep.dtype == torch.long


def test_class_agnostic_nms_with_score_threshold():
    cfg = EasyDict(NMS_TYPE='nms_gpu', NMS_THRESH=0.5, NMS_PRE_MAXSIZE=10, NMS_POST_MAXSIZE=2,
                   MULTI_CLASSES_NMS=False)
    boxes = _boxes(A, B, C, D, A)
    scores = torch.tensor([0.9, 0.8, 0.7, 0.95, 0.05])
    selected, sel_scores = model_nms_utils.class_agnostic_nms(scores, boxes, cfg, score_thresh=0.1)
    assert selected.tolist() == [3, 0] and sel_scores.tolist() == pytest.approx([0.95, 0.9])


def test_multi_classes_nms_runs_per_class():
    cfg = EasyDict(NMS_TYPE='nms_gpu', NMS_THRESH=0.5, NMS_PRE_MAXSIZE=10, NMS_POST_MAXSIZE=10)
    boxes = _boxes(A, B)
    cls_scores = torch.tensor([[0.9, 0.1], [0.2, 0.8]])
    scores, labels, out = model_nms_utils.multi_classes_nms(cls_scores, boxes, cfg, score_thresh=0.15)
    # class 0: A (0.9) suppresses B (0.2); class 1: B alone
    assert labels.tolist() == [0, 1] and scores.tolist() == pytest.approx([0.9, 0.8])
    assert torch.equal(out, boxes)


def test_nearest_bev_iou_swaps_sizes_for_turned_boxes():
    iou = iou3d_nms.boxes3d_nearest_bev_iou(_boxes(A), _boxes(C, A))
    assert iou[0, 0].item() == pytest.approx(1 / 3, abs=1e-6) and iou[0, 1].item() == pytest.approx(1.0)
