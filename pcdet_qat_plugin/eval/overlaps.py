"""Per-frame detection x ground-truth overlaps for the KITTI metric: 2D image IoU, BEV IoU, 3D IoU.

All frames are handled in one compiled call per metric; the result is one flat float64 array holding
frame f's (num_dt[f], num_gt[f]) matrix row-major at offset[f]. Camera-frame boxes, as OpenPCDet's
`calculate_iou_partly` (BEV box = [x, z, l, w, ry]; 3D height from y (bottom) upwards by h).
"""
import numba
import numpy as np

from ..ops.rotated_iou import rotate_iou_blocks_flat


def block_offsets(num_dt, num_gt):
    """Start of each frame's (num_dt, num_gt) block in the flat overlap array; length F + 1."""
    return np.concatenate([[0], np.cumsum(num_dt * num_gt)]).astype(np.int64)


@numba.njit(cache=True)
def _image_iou_blocks(dt_bbox, gt_bbox, dt_start, gt_start, out_start):
    """2D IoU, dt rows x gt columns; same arithmetic order as the official `image_box_overlap`."""
    out = np.zeros(out_start[-1], dtype=np.float64)
    for f in range(dt_start.shape[0] - 1):
        n_gt = gt_start[f + 1] - gt_start[f]
        for k in range(gt_start[f], gt_start[f + 1]):
            q_area = (gt_bbox[k, 2] - gt_bbox[k, 0]) * (gt_bbox[k, 3] - gt_bbox[k, 1])
            for n in range(dt_start[f], dt_start[f + 1]):
                iw = min(dt_bbox[n, 2], gt_bbox[k, 2]) - max(dt_bbox[n, 0], gt_bbox[k, 0])
                if iw > 0:
                    ih = min(dt_bbox[n, 3], gt_bbox[k, 3]) - max(dt_bbox[n, 1], gt_bbox[k, 1])
                    if ih > 0:
                        ua = (dt_bbox[n, 2] - dt_bbox[n, 0]) * (dt_bbox[n, 3] - dt_bbox[n, 1]) + q_area - iw * ih
                        out[out_start[f] + (n - dt_start[f]) * n_gt + (k - gt_start[f])] = iw * ih / ua
    return out


@numba.njit(cache=True)
def _height_to_3d_iou(inter_bev, dt_box, gt_box, dt_start, gt_start, out_start):
    """Turn BEV intersection areas into 3D IoU in place (camera boxes [x, y, z, l, h, w, ry])."""
    for f in range(dt_start.shape[0] - 1):
        n_gt = gt_start[f + 1] - gt_start[f]
        for i in range(dt_start[f], dt_start[f + 1]):
            for j in range(gt_start[f], gt_start[f + 1]):
                idx = out_start[f] + (i - dt_start[f]) * n_gt + (j - gt_start[f])
                if inter_bev[idx] > 0:
                    iw = min(dt_box[i, 1], gt_box[j, 1]) - max(dt_box[i, 1] - dt_box[i, 4], gt_box[j, 1] - gt_box[j, 4])
                    if iw > 0:
                        vol_dt = dt_box[i, 3] * dt_box[i, 4] * dt_box[i, 5]
                        vol_gt = gt_box[j, 3] * gt_box[j, 4] * gt_box[j, 5]
                        inc = iw * inter_bev[idx]
                        inter_bev[idx] = inc / (vol_dt + vol_gt - inc)
                    else:
                        inter_bev[idx] = 0.0
    return inter_bev


def _camera_boxes(annos):
    """(sum N, 7) [x, y, z, l, h, w, ry] from annos' location, dimensions (l, h, w), rotation_y."""
    if not annos:
        return np.zeros((0, 7))
    loc = np.concatenate([np.asarray(a['location'], dtype=np.float64).reshape(-1, 3) for a in annos])
    dims = np.concatenate([np.asarray(a['dimensions'], dtype=np.float64).reshape(-1, 3) for a in annos])
    rots = np.concatenate([np.asarray(a['rotation_y'], dtype=np.float64).reshape(-1) for a in annos])
    return np.concatenate([loc, dims, rots[:, None]], axis=1)


def frame_overlaps(dt_annos, gt_annos, metric):
    """Flat per-frame overlaps (see module doc) for metric 0 (2D bbox), 1 (BEV) or 2 (3D)."""
    num_dt = np.array([len(a['name']) for a in dt_annos], dtype=np.int64)
    num_gt = np.array([len(a['name']) for a in gt_annos], dtype=np.int64)
    dt_start = np.concatenate([[0], np.cumsum(num_dt)]).astype(np.int64)
    gt_start = np.concatenate([[0], np.cumsum(num_gt)]).astype(np.int64)
    out_start = block_offsets(num_dt, num_gt)
    if metric == 0:
        dt_bbox = np.concatenate([np.asarray(a['bbox'], dtype=np.float64).reshape(-1, 4) for a in dt_annos])
        gt_bbox = np.concatenate([np.asarray(a['bbox'], dtype=np.float64).reshape(-1, 4) for a in gt_annos])
        return _image_iou_blocks(dt_bbox, gt_bbox, dt_start, gt_start, out_start)
    dt_box, gt_box = _camera_boxes(dt_annos), _camera_boxes(gt_annos)
    bev_cols = [0, 2, 3, 5, 6]
    criterion = -1 if metric == 1 else 2
    flat, _ = rotate_iou_blocks_flat(dt_box[:, bev_cols], gt_box[:, bev_cols], num_dt, num_gt, criterion)
    if metric == 1:
        return flat
    if metric == 2:
        return _height_to_3d_iou(flat, dt_box, gt_box, dt_start, gt_start, out_start)
    raise ValueError(f'metric: {metric!r} not in (0, 1, 2)')
