"""Which points lie in which LiDAR boxes, fast: only points inside a box's BEV azimuth wedge are tested
exactly (with utils.box_utils.points_in_boxes_mask). Boxes must not contain the sensor origin.
"""
from typing import List

import numpy as np

from ...utils.box_utils import points_in_boxes_mask


def box_point_indices(points: np.ndarray, boxes: np.ndarray, margin: float = 0.0) -> List[np.ndarray]:
    """(N, 3+) points, (M, 7) boxes -> M sorted index arrays of the points inside each box grown by
    `margin` metres on every side."""
    if boxes.shape[0] == 0:
        return []
    boxes = np.asarray(boxes, dtype=np.float32).copy()
    boxes[:, 3:6] += 2 * margin
    phi = np.arctan2(points[:, 1], points[:, 0])
    order = np.argsort(phi, kind='stable')
    phi_sorted = phi[order]
    cs, sn = np.cos(boxes[:, 6]), np.sin(boxes[:, 6])
    out = []
    for i, box in enumerate(boxes):
        sx = np.array([1, 1, -1, -1]) * box[3] / 2
        sy = np.array([1, -1, -1, 1]) * box[4] / 2
        cx, cy = box[0] + cs[i] * sx - sn[i] * sy, box[1] + sn[i] * sx + cs[i] * sy
        corner_phi = np.arctan2(cy, cx)
        if corner_phi.max() - corner_phi.min() > np.pi:   # wedge crosses +-pi: test everything
            cand = np.arange(points.shape[0])
        else:
            lo, hi = np.searchsorted(phi_sorted, [corner_phi.min() - 1e-6, corner_phi.max() + 1e-6])
            cand = np.sort(order[lo:hi])
        inside = points_in_boxes_mask(points[cand, :3], box[None])[0]
        out.append(cand[inside])
    return out
