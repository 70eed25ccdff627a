"""Box IoU and NMS with OpenPCDet's iou3d_nms_utils names, on CPU for any input device.

Rotated BEV overlap comes from ops.rotated_iou (numba); tensors on another device are copied to the
CPU for the kernel and results come back on the input device. Imports torch, numpy, numba only.
"""
import math

import numba
import numpy as np
import torch

from ..utils.common_utils import limit_period
from .rotated_iou import _intersection_area, _MAX_PTS, rotate_iou_matrix

__all__ = ['boxes_iou_bev', 'boxes_bev_iou_cpu', 'boxes_iou3d', 'boxes_iou3d_gpu', 'nms_gpu', 'nms_normal_gpu',
           'boxes_iou_normal', 'boxes3d_lidar_to_aligned_bev_boxes', 'boxes3d_nearest_bev_iou']

EPS = 1e-8  # OpenPCDet's CUDA kernels: iou = inter / max(union, EPS)


def _check_boxes(boxes, name):
    if boxes.dim() != 2 or boxes.shape[1] < 7:
        raise ValueError(f'{name}: expected (N, 7) LiDAR boxes [x, y, z, dx, dy, dz, heading], '
                         f'got {tuple(boxes.shape)}')


def _bev_numpy(boxes: torch.Tensor) -> np.ndarray:
    """(N, 7+) LiDAR boxes -> (N, 5) float64 [x, y, dx, dy, -heading] (rotated_iou's clockwise angle)."""
    b = boxes.detach().to('cpu', torch.float64).numpy()
    return np.ascontiguousarray(np.stack([b[:, 0], b[:, 1], b[:, 3], b[:, 4], -b[:, 6]], axis=1))


def boxes_bev_overlap(boxes_a: torch.Tensor, boxes_b: torch.Tensor) -> torch.Tensor:
    """(N, 7) x (M, 7) -> (N, M) rotated BEV intersection areas, float32 on boxes_a's device."""
    _check_boxes(boxes_a, 'boxes_a')
    _check_boxes(boxes_b, 'boxes_b')
    inter = rotate_iou_matrix(_bev_numpy(boxes_a), _bev_numpy(boxes_b), criterion=2)
    return torch.from_numpy(inter).to(device=boxes_a.device, dtype=torch.float32)


def boxes_iou_bev(boxes_a: torch.Tensor, boxes_b: torch.Tensor) -> torch.Tensor:
    """(N, 7) x (M, 7) LiDAR boxes -> (N, M) rotated BEV IoU, float32 on boxes_a's device."""
    overlap = boxes_bev_overlap(boxes_a, boxes_b)
    area_a = (boxes_a[:, 3] * boxes_a[:, 4]).view(-1, 1).float()
    area_b = (boxes_b[:, 3] * boxes_b[:, 4]).view(1, -1).float().to(boxes_a.device)
    return overlap / torch.clamp(area_a + area_b - overlap, min=EPS)


boxes_bev_iou_cpu = boxes_iou_bev


def boxes_iou3d(boxes_a: torch.Tensor, boxes_b: torch.Tensor) -> torch.Tensor:
    """(N, 7) x (M, 7) LiDAR boxes -> (N, M) 3D IoU (rotated BEV overlap x height overlap)."""
    overlaps_bev = boxes_bev_overlap(boxes_a, boxes_b)
    boxes_a = boxes_a.float()
    boxes_b = boxes_b.float().to(boxes_a.device)
    a_max = (boxes_a[:, 2] + boxes_a[:, 5] / 2).view(-1, 1)
    a_min = (boxes_a[:, 2] - boxes_a[:, 5] / 2).view(-1, 1)
    b_max = (boxes_b[:, 2] + boxes_b[:, 5] / 2).view(1, -1)
    b_min = (boxes_b[:, 2] - boxes_b[:, 5] / 2).view(1, -1)
    overlaps_h = torch.clamp(torch.min(a_max, b_max) - torch.max(a_min, b_min), min=0)
    overlaps_3d = overlaps_bev * overlaps_h
    vol_a = (boxes_a[:, 3] * boxes_a[:, 4] * boxes_a[:, 5]).view(-1, 1)
    vol_b = (boxes_b[:, 3] * boxes_b[:, 4] * boxes_b[:, 5]).view(1, -1)
    return overlaps_3d / torch.clamp(vol_a + vol_b - overlaps_3d, min=1e-6)


boxes_iou3d_gpu = boxes_iou3d


@numba.njit(cache=True)
def _nms_rotated_kernel(bev, thresh):
    """Greedy NMS over (N, 5) BEV boxes sorted by descending score; returns kept positions."""
    n = bev.shape[0]
    suppressed = np.zeros(n, dtype=np.bool_)
    keep = np.empty(n, dtype=np.int64)
    ca = np.empty((4, 2), dtype=np.float64)
    cb = np.empty((4, 2), dtype=np.float64)
    buf_in = np.empty((_MAX_PTS, 2), dtype=np.float64)
    buf_out = np.empty((_MAX_PTS, 2), dtype=np.float64)
    num = 0
    for i in range(n):
        if suppressed[i]:
            continue
        keep[num] = i
        num += 1
        area_i = bev[i, 2] * bev[i, 3]
        for j in range(i + 1, n):
            if suppressed[j]:
                continue
            inter = _intersection_area(bev[i], bev[j], ca, cb, buf_in, buf_out)
            union = area_i + bev[j, 2] * bev[j, 3] - inter
            if inter / max(union, 1e-8) > thresh:
                suppressed[j] = True
    return keep[:num]


@numba.njit(cache=True)
def _nms_normal_kernel(bev, thresh):
    """Greedy NMS on axis-aligned [x, y, dx, dy] boxes (heading ignored), sorted by descending score."""
    n = bev.shape[0]
    suppressed = np.zeros(n, dtype=np.bool_)
    keep = np.empty(n, dtype=np.int64)
    num = 0
    for i in range(n):
        if suppressed[i]:
            continue
        keep[num] = i
        num += 1
        for j in range(i + 1, n):
            if suppressed[j]:
                continue
            w = min(bev[i, 0] + bev[i, 2] / 2, bev[j, 0] + bev[j, 2] / 2) - \
                max(bev[i, 0] - bev[i, 2] / 2, bev[j, 0] - bev[j, 2] / 2)
            h = min(bev[i, 1] + bev[i, 3] / 2, bev[j, 1] + bev[j, 3] / 2) - \
                max(bev[i, 1] - bev[i, 3] / 2, bev[j, 1] - bev[j, 3] / 2)
            inter = max(w, 0.0) * max(h, 0.0)
            union = bev[i, 2] * bev[i, 3] + bev[j, 2] * bev[j, 3] - inter
            if inter / max(union, 1e-8) > thresh:
                suppressed[j] = True
    return keep[:num]


def _run_nms(kernel, boxes, scores, thresh, pre_maxsize):
    _check_boxes(boxes, 'boxes')
    order = scores.sort(0, descending=True)[1]
    if pre_maxsize is not None:
        order = order[:pre_maxsize]
    if order.numel() == 0:
        return order, None
    keep = kernel(_bev_numpy(boxes[order]), float(thresh))
    return order[torch.from_numpy(keep).to(order.device)].contiguous(), None


def nms_gpu(boxes: torch.Tensor, scores: torch.Tensor, thresh: float, pre_maxsize=None, **kwargs):
    """Rotated BEV NMS (OpenPCDet's name; runs on CPU). boxes (N, 7), scores (N,).

    Returns (keep, None): indices into boxes, by descending score, on the input device; a box is dropped
    when its BEV IoU with a kept higher-scoring box is > thresh.
    """
    return _run_nms(_nms_rotated_kernel, boxes, scores, thresh, pre_maxsize)


def nms_normal_gpu(boxes: torch.Tensor, scores: torch.Tensor, thresh: float, pre_maxsize=None, **kwargs):
    """Axis-aligned BEV NMS (heading ignored), otherwise as nms_gpu."""
    return _run_nms(_nms_normal_kernel, boxes, scores, thresh, pre_maxsize)


def boxes_iou_normal(boxes_a: torch.Tensor, boxes_b: torch.Tensor) -> torch.Tensor:
    """(N, 4) x (M, 4) [x1, y1, x2, y2] -> (N, M) IoU, in torch on the inputs' device."""
    x_min = torch.max(boxes_a[:, 0, None], boxes_b[None, :, 0])
    x_max = torch.min(boxes_a[:, 2, None], boxes_b[None, :, 2])
    y_min = torch.max(boxes_a[:, 1, None], boxes_b[None, :, 1])
    y_max = torch.min(boxes_a[:, 3, None], boxes_b[None, :, 3])
    inter = torch.clamp_min(x_max - x_min, min=0) * torch.clamp_min(y_max - y_min, min=0)
    area_a = (boxes_a[:, 2] - boxes_a[:, 0]) * (boxes_a[:, 3] - boxes_a[:, 1])
    area_b = (boxes_b[:, 2] - boxes_b[:, 0]) * (boxes_b[:, 3] - boxes_b[:, 1])
    return inter / torch.clamp_min(area_a[:, None] + area_b[None, :] - inter, min=1e-6)


def boxes3d_lidar_to_aligned_bev_boxes(boxes3d: torch.Tensor) -> torch.Tensor:
    """(N, 7+) LiDAR boxes -> (N, 4) [x1, y1, x2, y2] of the nearest axis-aligned box (dx, dy swapped
    when |heading| mod pi is >= pi / 4)."""
    rot_angle = limit_period(boxes3d[:, 6], offset=0.5, period=math.pi).abs()
    choose_dims = torch.where(rot_angle[:, None] < math.pi / 4, boxes3d[:, [3, 4]], boxes3d[:, [4, 3]])
    return torch.cat((boxes3d[:, 0:2] - choose_dims / 2, boxes3d[:, 0:2] + choose_dims / 2), dim=1)


def boxes3d_nearest_bev_iou(boxes_a: torch.Tensor, boxes_b: torch.Tensor) -> torch.Tensor:
    """(N, 7) x (M, 7) -> (N, M) IoU of the nearest axis-aligned BEV boxes (the anchor matching metric)."""
    return boxes_iou_normal(boxes3d_lidar_to_aligned_bev_boxes(boxes_a), boxes3d_lidar_to_aligned_bev_boxes(boxes_b))
