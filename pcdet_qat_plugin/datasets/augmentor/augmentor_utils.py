"""Global augmentations on (gt_boxes, points) with numpy's global stream (OpenPCDet semantics), a
rotated-BEV-box collision test (separating axes) and a numba points-in-boxes removal for gt sampling.
"""
import numba
import numpy as np


def random_flip_along_x(gt_boxes, points, return_flip=False, enable=None):
    """With p=0.5 mirror y: boxes (N, 7+) y and heading negated, points (M, 3+) y negated."""
    if enable is None:
        enable = np.random.choice([False, True], replace=False, p=[0.5, 0.5])
    if enable:
        gt_boxes[:, 1] = -gt_boxes[:, 1]
        gt_boxes[:, 6] = -gt_boxes[:, 6]
        points[:, 1] = -points[:, 1]
        if gt_boxes.shape[1] > 7:
            gt_boxes[:, 8] = -gt_boxes[:, 8]
    if return_flip:
        return gt_boxes, points, enable
    return gt_boxes, points


def random_flip_along_y(gt_boxes, points, return_flip=False, enable=None):
    """With p=0.5 mirror x: boxes x negated, heading -> -(heading + pi), points x negated."""
    if enable is None:
        enable = np.random.choice([False, True], replace=False, p=[0.5, 0.5])
    if enable:
        gt_boxes[:, 0] = -gt_boxes[:, 0]
        gt_boxes[:, 6] = -(gt_boxes[:, 6] + np.pi)
        points[:, 0] = -points[:, 0]
        if gt_boxes.shape[1] > 7:
            gt_boxes[:, 7] = -gt_boxes[:, 7]
    if return_flip:
        return gt_boxes, points, enable
    return gt_boxes, points


def _rotate_xy(xy: np.ndarray, angle: float) -> np.ndarray:
    """Rotate (N, 2) counter-clockwise about +z by `angle` (same as common_utils.rotate_points_along_z)."""
    cosa, sina = np.cos(angle), np.sin(angle)
    rot = np.array([[cosa, sina], [-sina, cosa]], dtype=np.float32)
    return xy @ rot


def global_rotation(gt_boxes, points, rot_range, return_rot=False, noise_rotation=None):
    """Rotate the scene about +z by U(rot_range); heading += angle."""
    if noise_rotation is None:
        noise_rotation = np.random.uniform(rot_range[0], rot_range[1])
    points[:, 0:2] = _rotate_xy(points[:, 0:2], noise_rotation)
    gt_boxes[:, 0:2] = _rotate_xy(gt_boxes[:, 0:2], noise_rotation)
    gt_boxes[:, 6] += noise_rotation
    if gt_boxes.shape[1] > 8:
        gt_boxes[:, 7:9] = _rotate_xy(gt_boxes[:, 7:9], noise_rotation)
    if return_rot:
        return gt_boxes, points, noise_rotation
    return gt_boxes, points


def global_scaling(gt_boxes, points, scale_range, return_scale=False):
    """Scale xyz and box sizes by U(scale_range); no-op for a range narrower than 1e-3."""
    if scale_range[1] - scale_range[0] < 1e-3:
        return (gt_boxes, points, 1.0) if return_scale else (gt_boxes, points)
    noise_scale = np.random.uniform(scale_range[0], scale_range[1])
    points[:, :3] *= noise_scale
    gt_boxes[:, :6] *= noise_scale
    if gt_boxes.shape[1] > 7:
        gt_boxes[:, 7:] *= noise_scale
    if return_scale:
        return gt_boxes, points, noise_scale
    return gt_boxes, points


def boxes_bev_corners(boxes: np.ndarray) -> np.ndarray:
    """(N, 7+) LiDAR boxes -> (N, 4, 2) BEV corners, counter-clockwise."""
    template = np.array([[1, 1], [-1, 1], [-1, -1], [1, -1]], dtype=np.float64) / 2
    local = boxes[:, None, 3:5].astype(np.float64) * template[None]
    cosa, sina = np.cos(boxes[:, 6])[:, None], np.sin(boxes[:, 6])[:, None]
    x = local[..., 0] * cosa - local[..., 1] * sina + boxes[:, 0:1]
    y = local[..., 0] * sina + local[..., 1] * cosa + boxes[:, 1:2]
    return np.stack((x, y), axis=-1)


def boxes_bev_overlap(boxes_a: np.ndarray, boxes_b: np.ndarray, eps: float = 1e-6) -> np.ndarray:
    """(N, 7+), (M, 7+) LiDAR boxes -> (N, M) bool: rotated BEV rectangles overlap with positive area.

    Separating-axis test over the 2 edge normals of each box; touching edges do not count (IoU 0).
    """
    n, m = boxes_a.shape[0], boxes_b.shape[0]
    if n == 0 or m == 0:
        return np.zeros((n, m), dtype=bool)
    ca, cb = boxes_bev_corners(boxes_a), boxes_bev_corners(boxes_b)  # (N,4,2), (M,4,2)
    axes_a = np.stack((ca[:, 1] - ca[:, 0], ca[:, 3] - ca[:, 0]), axis=1)  # (N, 2, 2)
    axes_b = np.stack((cb[:, 1] - cb[:, 0], cb[:, 3] - cb[:, 0]), axis=1)  # (M, 2, 2)
    axes_a /= np.maximum(np.linalg.norm(axes_a, axis=-1, keepdims=True), 1e-12)
    axes_b /= np.maximum(np.linalg.norm(axes_b, axis=-1, keepdims=True), 1e-12)
    overlap = np.ones((n, m), dtype=bool)
    for axes, per_a in ((axes_a, True), (axes_b, False)):
        for k in range(2):
            ax = axes[:, k]  # (N, 2) or (M, 2)
            if per_a:
                pa = np.einsum('ncd,nd->nc', ca, ax)[:, None, :]  # (N, 1, 4)
                pb = np.einsum('mcd,nd->nmc', cb, ax)  # (N, M, 4)
            else:
                pa = np.einsum('ncd,md->nmc', ca, ax)  # (N, M, 4)
                pb = np.einsum('mcd,md->mc', cb, ax)[None, :, :]  # (1, M, 4)
            sep = (pa.max(-1) <= pb.min(-1) + eps) | (pb.max(-1) <= pa.min(-1) + eps)
            overlap &= ~sep
    return overlap


@numba.njit(cache=True)
def _points_in_any_box(xyz, boxes):
    n, m = xyz.shape[0], boxes.shape[0]
    out = np.zeros(n, dtype=np.bool_)
    cosa, sina, r2 = np.empty(m), np.empty(m), np.empty(m)
    for j in range(m):
        cosa[j] = np.cos(-boxes[j, 6])
        sina[j] = np.sin(-boxes[j, 6])
        r2[j] = (boxes[j, 3] * boxes[j, 3] + boxes[j, 4] * boxes[j, 4]) / 4 + 1e-4
    for i in range(n):
        for j in range(m):
            dz = xyz[i, 2] - boxes[j, 2]
            if abs(dz) > boxes[j, 5] / 2:
                continue
            dx = xyz[i, 0] - boxes[j, 0]
            dy = xyz[i, 1] - boxes[j, 1]
            if dx * dx + dy * dy > r2[j]:
                continue
            if abs(dx * cosa[j] - dy * sina[j]) <= boxes[j, 3] / 2 and abs(dx * sina[j] + dy * cosa[j]) <= boxes[j, 4] / 2:
                out[i] = True
                break
    return out


def points_in_any_box(points: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """(N,) bool: point inside at least one of the (M, 7+) LiDAR boxes (same test as
    box_utils.points_in_boxes_mask(...).any(0), compiled; O(N * M) without (M, N) temporaries)."""
    if boxes.shape[0] == 0 or points.shape[0] == 0:
        return np.zeros(points.shape[0], dtype=bool)
    return _points_in_any_box(np.ascontiguousarray(points[:, 0:3], dtype=np.float64),
                              np.ascontiguousarray(boxes[:, 0:7], dtype=np.float64))
