"""KITTI matching and AP: per-frame TP/FP/FN at 41 score thresholds, monotone precision, R11 / R40.

Same semantics as the official devkit / OpenPCDet `compute_statistics_jit`, `get_thresholds`,
`eval_class`, `get_mAP(_R40)`, numba-compiled over all frames at once (frames matched in parallel, sums
run in frame order). Frame data are flat arrays with per-frame start offsets.
"""
import numba
import numpy as np

N_SAMPLE_PTS = 41
NO_DETECTION = -10000000.0


@numba.njit(cache=True)
def _frame_statistics(f, ov, ov_start, gt_start, dt_start, dc_start, gt_alpha, dt_alpha, dt_score,
                      dt_bbox, dc_bbox, ignored_gt, ignored_dt, metric, min_overlap, thresh,
                      compute_fp, compute_aos, assigned, tp_scores, n_tp_scores):
    """Match one frame. Returns (tp, fp, fn, similarity, n_tp_scores); similarity -1 = nothing to score.

    Without compute_fp every detection takes part and TP scores are appended to tp_scores.
    """
    g0, d0, c0 = gt_start[f], dt_start[f], dc_start[f]
    n_gt, n_dt, n_dc = gt_start[f + 1] - g0, dt_start[f + 1] - d0, dc_start[f + 1] - c0
    o0 = ov_start[f]
    for j in range(n_dt):
        assigned[j] = False
    tp, fp, fn = 0, 0, 0
    similarity = 0.0
    for i in range(n_gt):
        if ignored_gt[g0 + i] == -1:
            continue
        det_idx = -1
        valid_detection = NO_DETECTION
        max_overlap = 0.0
        assigned_ignored_det = False
        for j in range(n_dt):
            ig_det = ignored_dt[d0 + j]
            if ig_det == -1 or assigned[j]:
                continue
            if compute_fp and dt_score[d0 + j] < thresh:
                continue
            overlap = ov[o0 + j * n_gt + i]
            if not compute_fp:
                if overlap > min_overlap and dt_score[d0 + j] > valid_detection:
                    det_idx = j
                    valid_detection = dt_score[d0 + j]
            elif overlap > min_overlap and (overlap > max_overlap or assigned_ignored_det) and ig_det == 0:
                max_overlap = overlap
                det_idx = j
                valid_detection = 1.0
                assigned_ignored_det = False
            elif overlap > min_overlap and valid_detection == NO_DETECTION and ig_det == 1:
                det_idx = j
                valid_detection = 1.0
                assigned_ignored_det = True
        if valid_detection == NO_DETECTION:
            if ignored_gt[g0 + i] == 0:
                fn += 1
        elif ignored_gt[g0 + i] == 1 or ignored_dt[d0 + det_idx] == 1:
            assigned[det_idx] = True   # matched to an ignored gt or by an ignored detection: not counted
        else:
            tp += 1
            if not compute_fp:
                tp_scores[n_tp_scores] = dt_score[d0 + det_idx]
                n_tp_scores += 1
            if compute_aos:
                similarity += (1.0 + np.cos(gt_alpha[g0 + i] - dt_alpha[d0 + det_idx])) / 2.0
            assigned[det_idx] = True
    if compute_fp:
        for j in range(n_dt):
            if not (assigned[j] or ignored_dt[d0 + j] != 0 or dt_score[d0 + j] < thresh):
                fp += 1
        if metric == 0:
            # unmatched detections covering a DontCare region (intersection / detection area) are no FP
            n_stuff = 0
            for k in range(n_dc):
                for j in range(n_dt):
                    if assigned[j] or ignored_dt[d0 + j] != 0 or dt_score[d0 + j] < thresh:
                        continue
                    b = dt_bbox[d0 + j]
                    c = dc_bbox[c0 + k]
                    iw = min(b[2], c[2]) - max(b[0], c[0])
                    if iw > 0:
                        ih = min(b[3], c[3]) - max(b[1], c[1])
                        if ih > 0 and iw * ih / ((b[2] - b[0]) * (b[3] - b[1])) > min_overlap:
                            assigned[j] = True
                            n_stuff += 1
            fp -= n_stuff
        if compute_aos and not (tp > 0 or fp > 0):
            similarity = -1.0
    return tp, fp, fn, similarity, n_tp_scores


@numba.njit(cache=True)
def select_boxes(ov, ov_start, gt_start, dt_start, gt_keep, dt_keep):
    """Drop boxes whose flag is -1 (other class): they never match, count or cover. Exact; order kept.

    Returns (ov, ov_start, gt_start, dt_start, gt_index, dt_index) of the kept boxes, the index arrays
    pointing into the original flat box arrays.
    """
    n_frames = gt_start.shape[0] - 1
    gt_index = np.nonzero(gt_keep)[0]
    dt_index = np.nonzero(dt_keep)[0]
    new_gt_start = np.zeros(n_frames + 1, dtype=np.int64)
    new_dt_start = np.zeros(n_frames + 1, dtype=np.int64)
    new_ov_start = np.zeros(n_frames + 1, dtype=np.int64)
    for f in range(n_frames):
        n_gt = 0
        for i in range(gt_start[f], gt_start[f + 1]):
            n_gt += gt_keep[i]
        n_dt = 0
        for j in range(dt_start[f], dt_start[f + 1]):
            n_dt += dt_keep[j]
        new_gt_start[f + 1] = new_gt_start[f] + n_gt
        new_dt_start[f + 1] = new_dt_start[f] + n_dt
        new_ov_start[f + 1] = new_ov_start[f] + n_gt * n_dt
    new_ov = np.empty(new_ov_start[n_frames], dtype=np.float64)
    for f in range(n_frames):
        n_gt_old = gt_start[f + 1] - gt_start[f]
        pos = new_ov_start[f]
        for j in range(dt_start[f], dt_start[f + 1]):
            if not dt_keep[j]:
                continue
            row = ov_start[f] + (j - dt_start[f]) * n_gt_old
            for i in range(gt_start[f], gt_start[f + 1]):
                if gt_keep[i]:
                    new_ov[pos] = ov[row + i - gt_start[f]]
                    pos += 1
    return new_ov, new_ov_start, new_gt_start, new_dt_start, gt_index, dt_index


@numba.njit(cache=True)
def collect_tp_scores_by_frame(ov, ov_start, gt_start, dt_start, dc_start, gt_alpha, dt_alpha, dt_score, dt_bbox,
                               dc_bbox, ignored_gt, ignored_dt, metric, min_overlap):
    """Scores of the true positives of every frame at score threshold 0 (OpenPCDet's first pass), in frame
    order, and the frame of each."""
    n_frames = gt_start.shape[0] - 1
    max_dt = 0
    for f in range(n_frames):
        max_dt = max(max_dt, dt_start[f + 1] - dt_start[f])
    assigned = np.zeros(max_dt, dtype=np.bool_)
    tp_scores = np.empty(gt_start[n_frames], dtype=np.float64)
    frame_of = np.empty(gt_start[n_frames], dtype=np.int64)
    n = 0
    for f in range(n_frames):
        before = n
        _, _, _, _, n = _frame_statistics(f, ov, ov_start, gt_start, dt_start, dc_start, gt_alpha, dt_alpha,
                                          dt_score, dt_bbox, dc_bbox, ignored_gt, ignored_dt, metric,
                                          min_overlap, 0.0, False, False, assigned, tp_scores, n)
        frame_of[before:n] = f
    return tp_scores[:n], frame_of[:n]


@numba.njit(cache=True)
def collect_tp_scores(ov, ov_start, gt_start, dt_start, dc_start, gt_alpha, dt_alpha, dt_score, dt_bbox,
                      dc_bbox, ignored_gt, ignored_dt, metric, min_overlap):
    """Scores of the true positives of every frame at score threshold 0 (OpenPCDet's first pass)."""
    return collect_tp_scores_by_frame(ov, ov_start, gt_start, dt_start, dc_start, gt_alpha, dt_alpha, dt_score,
                                      dt_bbox, dc_bbox, ignored_gt, ignored_dt, metric, min_overlap)[0]


@numba.njit(cache=True)
def get_thresholds(scores, num_gt, num_sample_pts=N_SAMPLE_PTS):
    """Score thresholds at (about) evenly spaced recall steps of 1 / (num_sample_pts - 1)."""
    scores = np.sort(scores)[::-1]
    n = scores.shape[0]
    out = np.empty(n, dtype=np.float64)
    k = 0
    current_recall = 0.0
    for i in range(n):
        l_recall = (i + 1) / num_gt
        r_recall = (i + 2) / num_gt if i < n - 1 else l_recall
        if (r_recall - current_recall) < (current_recall - l_recall) and i < n - 1:
            continue
        out[k] = scores[i]
        k += 1
        current_recall += 1 / (num_sample_pts - 1.0)
    return out[:k]


@numba.njit(cache=True, parallel=True)
def accumulate_pr(ov, ov_start, gt_start, dt_start, dc_start, gt_alpha, dt_alpha, dt_score, dt_bbox, dc_bbox,
                  ignored_gt, ignored_dt, metric, min_overlap, thresholds, compute_aos):
    """(T, 4) sums over frames of [tp, fp, fn, similarity] at each score threshold.

    Frames are matched in parallel into a (F, T, 4) table, then summed in frame order. Along
    non-increasing thresholds a frame whose set of detections at or above the threshold did not change
    reuses its previous result (the matching only depends on that set).
    """
    n_frames = gt_start.shape[0] - 1
    n_thr = thresholds.shape[0]
    max_dt = 0
    for f in range(n_frames):
        max_dt = max(max_dt, dt_start[f + 1] - dt_start[f])
    per_frame = np.zeros((n_frames, n_thr, 4), dtype=np.float64)
    for f in numba.prange(n_frames):
        assigned = np.zeros(max_dt, dtype=np.bool_)
        dummy = np.empty(0, dtype=np.float64)
        prev_count = -1
        for t in range(n_thr):
            count = 0
            for j in range(dt_start[f], dt_start[f + 1]):
                if dt_score[j] >= thresholds[t]:
                    count += 1
            if t > 0 and count == prev_count and thresholds[t] <= thresholds[t - 1]:
                for c in range(4):
                    per_frame[f, t, c] = per_frame[f, t - 1, c]
                continue
            prev_count = count
            tp, fp, fn, similarity, _ = _frame_statistics(
                f, ov, ov_start, gt_start, dt_start, dc_start, gt_alpha, dt_alpha, dt_score, dt_bbox, dc_bbox,
                ignored_gt, ignored_dt, metric, min_overlap, thresholds[t], True, compute_aos, assigned,
                dummy, 0)
            per_frame[f, t, 0] = tp
            per_frame[f, t, 1] = fp
            per_frame[f, t, 2] = fn
            per_frame[f, t, 3] = similarity
    pr = np.zeros((n_thr, 4), dtype=np.float64)
    for f in range(n_frames):
        for t in range(n_thr):
            pr[t, 0] += per_frame[f, t, 0]
            pr[t, 1] += per_frame[f, t, 1]
            pr[t, 2] += per_frame[f, t, 2]
            if per_frame[f, t, 3] != -1.0:
                pr[t, 3] += per_frame[f, t, 3]
    return pr


def pr_to_curves(pr, compute_aos):
    """(T, 4) counts -> (precision, recall, aos) each (41,), made monotone (max over higher recall)."""
    precision = np.zeros(N_SAMPLE_PTS)
    recall = np.zeros(N_SAMPLE_PTS)
    aos = np.zeros(N_SAMPLE_PTS)
    n = min(pr.shape[0], N_SAMPLE_PTS)
    with np.errstate(divide='ignore', invalid='ignore'):
        recall[:n] = pr[:n, 0] / (pr[:n, 0] + pr[:n, 2])
        precision[:n] = pr[:n, 0] / (pr[:n, 0] + pr[:n, 1])
        if compute_aos:
            aos[:n] = pr[:n, 3] / (pr[:n, 0] + pr[:n, 1])
    for arr in (precision, recall, aos):
        arr[:n] = np.maximum.accumulate(arr[::-1])[::-1][:n]
    return precision, recall, aos


def get_mAP(prec):
    """R11: mean of precision at recall 0, 0.1, ..., 1 (every 4th of 41 points), in percent."""
    sums = 0
    for i in range(0, prec.shape[-1], 4):
        sums = sums + prec[..., i]
    return sums / 11 * 100


def get_mAP_R40(prec):
    """R40: mean of precision at recall 1/40, ..., 1 (points 1..40 of 41), in percent."""
    sums = 0
    for i in range(1, prec.shape[-1]):
        sums = sums + prec[..., i]
    return sums / 40 * 100
