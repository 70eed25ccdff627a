"""Exact rotated-rectangle (BEV) intersection / IoU on CPU with numba, in float64.

Plays the role of OpenPCDet's CUDA `rotate_iou_gpu_eval` (KITTI eval) and is the base of the CPU NMS.
Imports numpy and numba only.
"""
import numba
import numpy as np

__all__ = ['rotate_iou_matrix', 'rotate_iou_blocks', 'rotate_iou_blocks_flat', 'boxes_bev_iou_lidar']

# _MAX_PTS and _intersection_area are also used by ops/iou3d_nms.py: keep their names and signature
_MAX_PTS = 16  # a 4-gon clipped by 4 half-planes has at most 8 vertices; room to spare


@numba.njit(cache=True, inline='always')
def _box_corners(box, out):
    """Fill out (4, 2) with the corners of box [cx, cy, dx, dy, angle], counter-clockwise order.

    Convention of OpenPCDet's rotate_iou (KITTI camera BEV [x, z, l, w, ry]): the local x axis (size dx)
    points along (cos a, -sin a), i.e. a positive angle turns the box clockwise in the (x, y) plane.
    """
    c = np.cos(box[4])
    s = np.sin(box[4])
    hx = box[2] / 2.0
    hy = box[3] / 2.0
    # local corners in counter-clockwise order: (-,-), (+,-), (+,+), (-,+)
    for k in range(4):
        lx = hx if (k == 1 or k == 2) else -hx
        ly = hy if k >= 2 else -hy
        out[k, 0] = c * lx + s * ly + box[0]
        out[k, 1] = -s * lx + c * ly + box[1]


@numba.njit(cache=True)
def _intersection_area(box_a, box_b, ca, cb, buf_in, buf_out):
    """Area of box_a clipped by box_b (Sutherland-Hodgman on two convex 4-gons), float64."""
    if box_a[2] <= 0.0 or box_a[3] <= 0.0 or box_b[2] <= 0.0 or box_b[3] <= 0.0:
        return 0.0
    # quick reject: centre distance larger than the sum of half diagonals
    dx = box_a[0] - box_b[0]
    dy = box_a[1] - box_b[1]
    ra = 0.5 * np.sqrt(box_a[2] * box_a[2] + box_a[3] * box_a[3])
    rb = 0.5 * np.sqrt(box_b[2] * box_b[2] + box_b[3] * box_b[3])
    if dx * dx + dy * dy >= (ra + rb) * (ra + rb):
        return 0.0
    _box_corners(box_a, ca)
    _box_corners(box_b, cb)
    n = 4
    for k in range(4):
        buf_in[k, 0] = ca[k, 0]
        buf_in[k, 1] = ca[k, 1]
    for e in range(4):
        ex0 = cb[e, 0]
        ey0 = cb[e, 1]
        ex = cb[(e + 1) % 4, 0] - ex0
        ey = cb[(e + 1) % 4, 1] - ey0
        m = 0
        for k in range(n):
            px = buf_in[k, 0]
            py = buf_in[k, 1]
            qx = buf_in[(k + 1) % n, 0]
            qy = buf_in[(k + 1) % n, 1]
            sp = ex * (py - ey0) - ey * (px - ex0)  # >= 0: inside (left of a ccw edge)
            sq = ex * (qy - ey0) - ey * (qx - ex0)
            if sp >= 0.0:
                buf_out[m, 0] = px
                buf_out[m, 1] = py
                m += 1
                if sq < 0.0:
                    t = sp / (sp - sq)
                    buf_out[m, 0] = px + t * (qx - px)
                    buf_out[m, 1] = py + t * (qy - py)
                    m += 1
            elif sq >= 0.0:
                t = sp / (sp - sq)
                buf_out[m, 0] = px + t * (qx - px)
                buf_out[m, 1] = py + t * (qy - py)
                m += 1
        n = m
        if n < 3:
            return 0.0
        for k in range(n):
            buf_in[k, 0] = buf_out[k, 0]
            buf_in[k, 1] = buf_out[k, 1]
    area2 = 0.0
    for k in range(n):
        area2 += buf_in[k, 0] * buf_in[(k + 1) % n, 1] - buf_in[(k + 1) % n, 0] * buf_in[k, 1]
    return abs(area2) / 2.0


@numba.njit(cache=True, inline='always')
def _apply_criterion(inter, area_a, area_b, criterion):
    if criterion == -1:
        union = area_a + area_b - inter
        return inter / union if union > 0.0 else 0.0
    if criterion == 0:
        return inter / area_a if area_a > 0.0 else 0.0
    if criterion == 1:
        return inter / area_b if area_b > 0.0 else 0.0
    return inter


@numba.njit(cache=True, parallel=True)
def _rotate_iou_kernel(boxes, qboxes, criterion):
    n_a = boxes.shape[0]
    n_b = qboxes.shape[0]
    out = np.zeros((n_a, n_b), dtype=np.float64)
    for i in numba.prange(n_a):
        ca = np.empty((4, 2), dtype=np.float64)
        cb = np.empty((4, 2), dtype=np.float64)
        buf_in = np.empty((_MAX_PTS, 2), dtype=np.float64)
        buf_out = np.empty((_MAX_PTS, 2), dtype=np.float64)
        area_a = boxes[i, 2] * boxes[i, 3]
        for j in range(n_b):
            inter = _intersection_area(boxes[i], qboxes[j], ca, cb, buf_in, buf_out)
            out[i, j] = _apply_criterion(inter, area_a, qboxes[j, 2] * qboxes[j, 3], criterion)
    return out


@numba.njit(cache=True, parallel=True)
def _rotate_iou_blocks_kernel(boxes, qboxes, a_start, b_start, out_start, criterion):
    """Per-block (a_i x b_i) matrices written row-major into one flat array at out_start[i]."""
    n_blocks = a_start.shape[0] - 1
    out = np.zeros(out_start[n_blocks], dtype=np.float64)
    for blk in numba.prange(n_blocks):
        ca = np.empty((4, 2), dtype=np.float64)
        cb = np.empty((4, 2), dtype=np.float64)
        buf_in = np.empty((_MAX_PTS, 2), dtype=np.float64)
        buf_out = np.empty((_MAX_PTS, 2), dtype=np.float64)
        nb = b_start[blk + 1] - b_start[blk]
        for i in range(a_start[blk], a_start[blk + 1]):
            area_a = boxes[i, 2] * boxes[i, 3]
            row = out_start[blk] + (i - a_start[blk]) * nb
            for j in range(b_start[blk], b_start[blk + 1]):
                inter = _intersection_area(boxes[i], qboxes[j], ca, cb, buf_in, buf_out)
                out[row + j - b_start[blk]] = _apply_criterion(
                    inter, area_a, qboxes[j, 2] * qboxes[j, 3], criterion)
    return out


def _as_boxes(boxes, name, width):
    arr = np.ascontiguousarray(np.asarray(boxes, dtype=np.float64))
    if arr.ndim != 2 or arr.shape[1] < width:
        raise ValueError(f'{name}: expected shape (N, {width}), got {arr.shape}')
    return np.ascontiguousarray(arr[:, :width])


def _check_criterion(criterion):
    if criterion not in (-1, 0, 1, 2):
        raise ValueError(f'criterion: {criterion!r} not in (-1, 0, 1, 2)')
    return int(criterion)


def rotate_iou_matrix(boxes, qboxes, criterion=-1):
    """Exact rotated BEV overlap of every pair.

    boxes (N, 5), qboxes (M, 5): [cx, cy, dx, dy, angle] (dx along the box's local x axis; angle positive
    clockwise, the convention of OpenPCDet's rotate_iou for KITTI camera BEV boxes [x, z, l, w, ry]).
    criterion: -1 IoU, 0 intersection / area(boxes), 1 intersection / area(qboxes), 2 intersection area.
    Returns (N, M) float64; a pair with zero union (or zero reference area) gives 0.
    """
    criterion = _check_criterion(criterion)
    boxes = _as_boxes(boxes, 'boxes', 5)
    qboxes = _as_boxes(qboxes, 'qboxes', 5)
    if boxes.shape[0] == 0 or qboxes.shape[0] == 0:
        return np.zeros((boxes.shape[0], qboxes.shape[0]), dtype=np.float64)
    return _rotate_iou_kernel(boxes, qboxes, criterion)


def rotate_iou_blocks_flat(boxes, qboxes, num_boxes, num_qboxes, criterion=-1):
    """Many independent small matrices (e.g. one per frame) in one compiled call, packed flat.

    boxes (sum num_boxes, 5) and qboxes (sum num_qboxes, 5) are the frames' boxes concatenated;
    num_boxes / num_qboxes (F,) the per-frame counts. Returns (flat float64, starts int64 (F + 1,)):
    frame i's (num_boxes[i], num_qboxes[i]) matrix is flat[starts[i]:starts[i + 1]], row-major.
    """
    criterion = _check_criterion(criterion)
    boxes = _as_boxes(boxes, 'boxes', 5)
    qboxes = _as_boxes(qboxes, 'qboxes', 5)
    num_boxes = np.asarray(num_boxes, dtype=np.int64).reshape(-1)
    num_qboxes = np.asarray(num_qboxes, dtype=np.int64).reshape(-1)
    if num_boxes.shape != num_qboxes.shape:
        raise ValueError(f'num_boxes {num_boxes.shape} and num_qboxes {num_qboxes.shape} differ in length')
    a_start = np.concatenate([[0], np.cumsum(num_boxes)]).astype(np.int64)
    b_start = np.concatenate([[0], np.cumsum(num_qboxes)]).astype(np.int64)
    if a_start[-1] != boxes.shape[0] or b_start[-1] != qboxes.shape[0]:
        raise ValueError(f'counts sum to ({a_start[-1]}, {b_start[-1]}) boxes, '
                         f'arrays hold ({boxes.shape[0]}, {qboxes.shape[0]})')
    out_start = np.concatenate([[0], np.cumsum(num_boxes * num_qboxes)]).astype(np.int64)
    return _rotate_iou_blocks_kernel(boxes, qboxes, a_start, b_start, out_start, criterion), out_start


def rotate_iou_blocks(boxes, qboxes, num_boxes, num_qboxes, criterion=-1):
    """Like rotate_iou_blocks_flat, as a list of F arrays of shape (num_boxes[i], num_qboxes[i])."""
    flat, starts = rotate_iou_blocks_flat(boxes, qboxes, num_boxes, num_qboxes, criterion)
    num_boxes = np.asarray(num_boxes, dtype=np.int64).reshape(-1)
    num_qboxes = np.asarray(num_qboxes, dtype=np.int64).reshape(-1)
    return [flat[starts[i]:starts[i + 1]].reshape(num_boxes[i], num_qboxes[i]) for i in range(num_boxes.shape[0])]


def boxes_bev_iou_lidar(boxes_a, boxes_b):
    """BEV IoU of LiDAR boxes (N, 7) x (M, 7) [x, y, z, dx, dy, dz, heading] -> (N, M) float64.

    Heading is counter-clockwise from +x (OpenPCDet's LiDAR convention), so it is negated for
    rotate_iou_matrix. Same role as OpenPCDet's `iou3d_nms_utils.boxes_bev_iou_cpu`.
    """
    boxes_a = _as_boxes(boxes_a, 'boxes_a', 7)
    boxes_b = _as_boxes(boxes_b, 'boxes_b', 7)
    bev_a = np.stack([boxes_a[:, 0], boxes_a[:, 1], boxes_a[:, 3], boxes_a[:, 4], -boxes_a[:, 6]], axis=1)
    bev_b = np.stack([boxes_b[:, 0], boxes_b[:, 1], boxes_b[:, 3], boxes_b[:, 4], -boxes_b[:, 6]], axis=1)
    return rotate_iou_matrix(bev_a, bev_b, criterion=-1)
