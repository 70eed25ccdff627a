"""Public KITTI object metric on CPU: `get_official_eval_result` (OpenPCDet's signature, table and keys).

Pure function of the annos it is given (no file IO); see docs/evaluation.md for the rules.
"""
import logging

import numpy as np

from ..errors import DataError
from . import ap, rules
from .overlaps import block_offsets, frame_overlaps

logger = logging.getLogger(__name__)

_DT_FIELDS = (('bbox', 4), ('dimensions', 3), ('location', 3), ('rotation_y', 1), ('score', 1), ('alpha', 1))


def _frame_name(anno, index):
    frame_id = anno.get('frame_id') if isinstance(anno, dict) else None
    return f'frame {frame_id}' if frame_id is not None else f'frame index {index}'


def check_dt_annos(dt_annos):
    """Raise DataError naming the frame when a detection has NaN/inf fields or a negative size."""
    for index, anno in enumerate(dt_annos):
        missing = [k for k, _ in _DT_FIELDS if k not in anno] + ([] if 'name' in anno else ['name'])
        if missing:
            raise DataError(f'detections, {_frame_name(anno, index)}: missing keys {missing}')
        n = len(anno['name'])
        for key, width in _DT_FIELDS:
            values = np.asarray(anno[key], dtype=np.float64)
            if values.size != n * width:
                raise DataError(f'detections, {_frame_name(anno, index)}: {key!r} has {values.size} values, '
                                f'expected {n} x {width} for {n} names')
            bad = ~np.isfinite(values.reshape(n, width)).all(axis=1)
            if bad.any():
                raise DataError(f'detections, {_frame_name(anno, index)}: box {int(np.argmax(bad))} has a '
                                f'NaN/inf value in {key!r}')
        dims = np.asarray(anno['dimensions'], dtype=np.float64).reshape(n, 3)
        neg = (dims < 0).any(axis=1)
        if neg.any():
            raise DataError(f'detections, {_frame_name(anno, index)}: box {int(np.argmax(neg))} has a negative '
                            f'size {dims[np.argmax(neg)].tolist()} (dimensions l, h, w)')


class _FlatFrames:
    """All frames' boxes concatenated, with per-frame starts (the layout the ap kernels take)."""

    def __init__(self, gt_annos, dt_annos):
        def cat(annos, key, width, dtype=np.float64):
            parts = [np.asarray(a[key], dtype=dtype).reshape(-1, width) for a in annos]
            out = np.concatenate(parts) if parts else np.zeros((0, width), dtype=dtype)
            return np.ascontiguousarray(out if width > 1 else out[:, 0])

        num_gt = np.array([len(a['name']) for a in gt_annos], dtype=np.int64)
        num_dt = np.array([len(a['name']) for a in dt_annos], dtype=np.int64)
        self.gt_start = np.concatenate([[0], np.cumsum(num_gt)]).astype(np.int64)
        self.dt_start = np.concatenate([[0], np.cumsum(num_dt)]).astype(np.int64)
        self.ov_start = block_offsets(num_dt, num_gt)
        self.gt_names = np.concatenate([np.asarray(a['name'], dtype=str).reshape(-1) for a in gt_annos])
        self.dt_names = np.concatenate([np.asarray(a['name'], dtype=str).reshape(-1) for a in dt_annos])
        self.gt_names_lower = np.char.lower(self.gt_names)
        self.dt_names_lower = np.char.lower(self.dt_names)
        self.gt_bbox = cat(gt_annos, 'bbox', 4)
        self.dt_bbox = cat(dt_annos, 'bbox', 4)
        self.gt_alpha = cat(gt_annos, 'alpha', 1)
        self.dt_alpha = cat(dt_annos, 'alpha', 1)
        self.dt_score = cat(dt_annos, 'score', 1)
        self.gt_occluded = cat(gt_annos, 'occluded', 1)
        self.gt_truncated = cat(gt_annos, 'truncated', 1)
        dontcare = rules.is_dontcare(self.gt_names)
        frame_of_gt = np.repeat(np.arange(len(gt_annos)), num_gt)
        num_dc = np.bincount(frame_of_gt[dontcare], minlength=len(gt_annos)).astype(np.int64)
        self.dc_start = np.concatenate([[0], np.cumsum(num_dc)]).astype(np.int64)
        self.dc_bbox = np.ascontiguousarray(self.gt_bbox[dontcare])


def eval_class(frames, overlaps, current_classes, metric, min_overlaps, compute_aos=False):
    """precision / recall / orientation (num_class, 3 difficulties, num_overlap_sets, 41), as OpenPCDet."""
    shape = (len(current_classes), len(rules.DIFFICULTY_NAMES), min_overlaps.shape[0], ap.N_SAMPLE_PTS)
    precision, recall, aos = np.zeros(shape), np.zeros(shape), np.zeros(shape)
    fr = frames
    for m, current_class in enumerate(current_classes):
        for difficulty in range(len(rules.DIFFICULTY_NAMES)):
            ignored_gt, num_valid_gt = rules.gt_ignore_flags(
                fr.gt_names_lower, fr.gt_bbox, fr.gt_occluded, fr.gt_truncated, current_class, difficulty)
            ignored_dt = rules.dt_ignore_flags(fr.dt_names_lower, fr.dt_bbox, current_class, difficulty)
            ov, ov_start, gt_start, dt_start, gi, di = ap.select_boxes(
                overlaps, fr.ov_start, fr.gt_start, fr.dt_start, ignored_gt != -1, ignored_dt != -1)
            args = (ov, ov_start, gt_start, dt_start, fr.dc_start, fr.gt_alpha[gi], fr.dt_alpha[di],
                    fr.dt_score[di], fr.dt_bbox[di], fr.dc_bbox, ignored_gt[gi], ignored_dt[di], metric)
            for k in range(min_overlaps.shape[0]):
                min_overlap = float(min_overlaps[k, metric, m])
                tp_scores = ap.collect_tp_scores(*args, min_overlap)
                thresholds = ap.get_thresholds(tp_scores, num_valid_gt) if tp_scores.size else np.zeros(0)
                pr = ap.accumulate_pr(*args, min_overlap, thresholds, compute_aos)
                curves = ap.pr_to_curves(pr, compute_aos)
                precision[m, difficulty, k], recall[m, difficulty, k], aos[m, difficulty, k] = curves
    return {'recall': recall, 'precision': precision, 'orientation': aos}


def do_eval(gt_annos, dt_annos, current_classes, min_overlaps, compute_aos=False, PR_detail_dict=None):
    """R11 and R40 AP arrays (num_class, 3, num_overlap_sets) for bbox, bev, 3d (and aos)."""
    frames = _FlatFrames(gt_annos, dt_annos)
    out = {}
    for metric, metric_name in enumerate(rules.METRIC_NAMES):
        overlaps = frame_overlaps(dt_annos, gt_annos, metric)
        ret = eval_class(frames, overlaps, current_classes, metric, min_overlaps, compute_aos and metric == 0)
        out[metric_name] = (ap.get_mAP(ret['precision']), ap.get_mAP_R40(ret['precision']))
        if PR_detail_dict is not None:
            PR_detail_dict[metric_name] = ret['precision']
        if metric == 0 and compute_aos:
            out['aos'] = (ap.get_mAP(ret['orientation']), ap.get_mAP_R40(ret['orientation']))
            if PR_detail_dict is not None:
                PR_detail_dict['aos'] = ret['orientation']
    return out


def _dt_has_alpha(dt_annos):
    """OpenPCDet's rule: AOS is computed when the first non-empty detection anno has alpha[0] != -10."""
    for anno in dt_annos:
        if len(anno['alpha']) != 0:
            return bool(np.asarray(anno['alpha']).reshape(-1)[0] != -10)
    return False


def _format_block(title, res, j, i, with_aos):
    lines = [title]
    for name, label in (('bbox', 'bbox'), ('bev', 'bev '), ('3d', '3d  ')):
        lines.append(f'{label} AP:{res[name][j, 0, i]:.4f}, {res[name][j, 1, i]:.4f}, {res[name][j, 2, i]:.4f}')
    if with_aos:
        lines.append(f"aos  AP:{res['aos'][j, 0, i]:.2f}, {res['aos'][j, 1, i]:.2f}, {res['aos'][j, 2, i]:.2f}")
    return lines


def get_official_eval_result(gt_annos, dt_annos, current_classes, PR_detail_dict=None):
    """KITTI 2D / BEV / 3D / AOS AP at R11 and R40 -> (result_str, result_dict), like OpenPCDet.

    gt_annos / dt_annos: one KITTI anno dict per frame, same order (name, truncated, occluded, alpha,
    bbox (N, 4), dimensions (N, 3) as l, h, w, location (N, 3), rotation_y (N,); dt annos add score).
    current_classes: names or ints of ('Car', 'Pedestrian', 'Cyclist', 'Van', 'Person_sitting', 'Truck').
    result_dict keys: OpenPCDet's R40 keys ('Car_3d/moderate_R40', 'Car_image/easy_R40', 'Car_aos/...')
    plus the R11 values under the same names without '_R40' ('Car_3d/moderate').
    PR_detail_dict, if given, receives the precision arrays under 'bbox', 'bev', '3d' (and 'aos').
    """
    if len(gt_annos) != len(dt_annos):
        raise DataError(f'{len(gt_annos)} ground-truth frames but {len(dt_annos)} detection frames; '
                        'they must match one to one')
    if len(gt_annos) == 0:
        raise DataError('no frames to evaluate (gt_annos is empty)')
    classes = rules.resolve_classes(current_classes)
    check_dt_annos(dt_annos)
    min_overlaps = rules.MIN_OVERLAPS[:, :, classes]
    compute_aos = _dt_has_alpha(dt_annos)
    res = do_eval(gt_annos, dt_annos, classes, min_overlaps, compute_aos, PR_detail_dict)
    r11 = {name: vals[0] for name, vals in res.items()}
    r40 = {name: vals[1] for name, vals in res.items()}

    lines, result_dict = [], {}
    for j, cls in enumerate(classes):
        cls_name = rules.CLASS_NAMES[cls]
        for i in range(min_overlaps.shape[0]):
            thr = '{:.2f}, {:.2f}, {:.2f}'.format(*min_overlaps[i, :, j])
            lines += _format_block(f'{cls_name} AP@{thr}:', r11, j, i, compute_aos)
            lines += _format_block(f'{cls_name} AP_R40@{thr}:', r40, j, i, compute_aos)
        for metric_name, key_name in (('3d', '3d'), ('bev', 'bev'), ('bbox', 'image'), ('aos', 'aos')):
            if metric_name not in res:
                continue
            for d, diff in enumerate(rules.DIFFICULTY_NAMES):
                result_dict[f'{cls_name}_{key_name}/{diff}_R40'] = float(r40[metric_name][j, d, 0])
                result_dict[f'{cls_name}_{key_name}/{diff}'] = float(r11[metric_name][j, d, 0])
    logger.debug('evaluated %d frames, classes %s, aos=%s', len(gt_annos), classes, compute_aos)
    return '\n'.join(lines) + '\n', result_dict
