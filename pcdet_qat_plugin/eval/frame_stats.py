"""Per-frame KITTI matching statistics, computed once, so the R40 AP of any multiset of frames is a weighted sum.

KITTI's AP on a list of frames needs (ap.py): the TP scores of the "highest score wins" pass, pooled over
frames; the score thresholds `get_thresholds` picks from them; and TP / FP / FN summed over frames at each
threshold. Each frame's part of all three depends on that frame alone, and its counts at a threshold depend
only on which of its detections score at or above it, so they change only at the frame's own scores. A
threshold is always one of the pooled TP scores ("levels"). `FrameStatsTable` stores, per frame, its TP
scores as level indices and its count changes as (level, delta) events; the AP of a draw of frames is then
counts weighted by how often each frame was drawn, `get_thresholds` on the pooled counts, and the same
precision / R40 arithmetic as `ap.pr_to_curves` + `ap.get_mAP_R40`: bit-identical to re-running the metric on
the drawn frames listed out (tests/eval/test_bootstrap.py). numpy + numba; docs/evaluation.md.
"""
import numba
import numpy as np

from . import ap


@numba.njit(cache=True)
def _count_events(ov, ov_start, gt_start, dt_start, dc_start, gt_alpha, dt_alpha, dt_score, dt_bbox, dc_bbox,
                  ignored_gt, ignored_dt, metric, min_overlap, levels):
    """Per frame: counts (tp, fp, fn) with no detection (base, (F, 3)), and one event per level where they
    change: (frame, level index, delta (3,)). Counts at level a = base + deltas of events at levels >= a."""
    n_frames = gt_start.shape[0] - 1
    n_det = dt_start[n_frames]
    max_dt = 0
    for f in range(n_frames):
        max_dt = max(max_dt, dt_start[f + 1] - dt_start[f])
    assigned = np.zeros(max_dt, dtype=np.bool_)
    dummy = np.empty(0, dtype=np.float64)
    base = np.zeros((n_frames, 3), dtype=np.int64)
    ev_frame = np.empty(n_det, dtype=np.int64)
    ev_level = np.empty(n_det, dtype=np.int64)
    ev_delta = np.empty((n_det, 3), dtype=np.int64)
    n_ev = 0
    for f in range(n_frames):
        tp, fp, fn, _, _ = ap._frame_statistics(f, ov, ov_start, gt_start, dt_start, dc_start, gt_alpha,
                                                dt_alpha, dt_score, dt_bbox, dc_bbox, ignored_gt, ignored_dt,
                                                metric, min_overlap, np.inf, True, False, assigned, dummy, 0)
        base[f, 0], base[f, 1], base[f, 2] = tp, fp, fn
        prev_tp, prev_fp, prev_fn = tp, fp, fn
        # the frame's detection sets at the levels, from the highest level down: a level's set is every
        # detection scoring >= it, so only levels at or below some detection score can differ
        scores = np.sort(dt_score[dt_start[f]:dt_start[f + 1]])[::-1]
        last_level = levels.shape[0]
        for s in scores:
            level = np.searchsorted(levels, s, side='right') - 1     # highest level <= s
            if level < 0 or level == last_level:
                continue
            last_level = level
            tp, fp, fn, _, _ = ap._frame_statistics(f, ov, ov_start, gt_start, dt_start, dc_start, gt_alpha,
                                                    dt_alpha, dt_score, dt_bbox, dc_bbox, ignored_gt, ignored_dt,
                                                    metric, min_overlap, levels[level], True, False, assigned,
                                                    dummy, 0)
            if tp != prev_tp or fp != prev_fp or fn != prev_fn:
                ev_frame[n_ev], ev_level[n_ev] = f, level
                ev_delta[n_ev, 0], ev_delta[n_ev, 1], ev_delta[n_ev, 2] = tp - prev_tp, fp - prev_fp, fn - prev_fn
                n_ev += 1
                prev_tp, prev_fp, prev_fn = tp, fp, fn
    return base, ev_frame[:n_ev], ev_level[:n_ev], ev_delta[:n_ev]


@numba.njit(cache=True)
def _threshold_levels(level_counts, num_gt, num_sample_pts):
    """`ap.get_thresholds` on the pooled TP scores given as counts per level (ascending levels): the level
    index of each threshold, same float arithmetic and order."""
    n = 0
    for c in level_counts:
        n += c
    out = np.empty(n, dtype=np.int64)
    k = 0
    current_recall = 0.0
    i = 0
    for level in range(level_counts.shape[0] - 1, -1, -1):      # scores in descending order
        for _ in range(level_counts[level]):
            l_recall = (i + 1) / num_gt
            r_recall = (i + 2) / num_gt if i < n - 1 else l_recall
            if not ((r_recall - current_recall) < (current_recall - l_recall) and i < n - 1):
                out[k] = level
                k += 1
                current_recall += 1 / (num_sample_pts - 1.0)
            i += 1
    return out[:k]


@numba.njit(cache=True, error_model='numpy')
def _r40_from_counts(tp, fp):
    """`ap.get_mAP_R40(ap.pr_to_curves(pr)[0])` for the counts at the thresholds (same operations)."""
    n_pts = ap.N_SAMPLE_PTS
    precision = np.zeros(n_pts)
    n = min(tp.shape[0], n_pts)
    for k in range(n):
        precision[k] = tp[k] / (tp[k] + fp[k])
    running = precision[n_pts - 1]
    for k in range(n_pts - 1, -1, -1):          # max over own and later points; NaN propagates as np.maximum
        x = precision[k]
        running = np.nan if (np.isnan(running) or np.isnan(x)) else max(running, x)
        if k < n:
            precision[k] = running
    sums = 0.0
    for k in range(1, n_pts):
        sums = sums + precision[k]
    return sums / 40 * 100


@numba.njit(cache=True, parallel=True)
def _resampled_r40(weights, frame_num_gt, tp_frame, tp_level, n_levels, base, ev_frame, ev_level, ev_delta):
    """(B,) R40 AP for each row of frame weights (B, F) (how often each frame is drawn)."""
    n_draws = weights.shape[0]
    out = np.zeros(n_draws)
    for b in numba.prange(n_draws):
        w = weights[b]
        num_gt = 0
        for f in range(w.shape[0]):
            num_gt += w[f] * frame_num_gt[f]
        level_counts = np.zeros(n_levels, dtype=np.int64)
        for t in range(tp_frame.shape[0]):
            level_counts[tp_level[t]] += w[tp_frame[t]]
        if tp_frame.shape[0] == 0 or num_gt == 0:
            continue                            # no TP scores: no thresholds, AP 0
        thr = _threshold_levels(level_counts, num_gt, ap.N_SAMPLE_PTS)
        if thr.shape[0] == 0:
            continue
        # counts at every level: base totals plus the suffix sums of the weighted events
        change = np.zeros((n_levels, 3), dtype=np.int64)
        for e in range(ev_frame.shape[0]):
            for c in range(3):
                change[ev_level[e], c] += w[ev_frame[e]] * ev_delta[e, c]
        total = np.zeros(3, dtype=np.int64)
        for f in range(w.shape[0]):
            for c in range(3):
                total[c] += w[f] * base[f, c]
        at_level = np.zeros((n_levels, 3), dtype=np.int64)
        for level in range(n_levels - 1, -1, -1):
            for c in range(3):
                total[c] += change[level, c]
                at_level[level, c] = total[c]
        tp = np.empty(thr.shape[0])
        fp = np.empty(thr.shape[0])
        for k in range(thr.shape[0]):
            tp[k] = at_level[thr[k], 0]
            fp[k] = at_level[thr[k], 1]
        out[b] = _r40_from_counts(tp, fp)
    return out


@numba.njit(cache=True)
def frame_weights(resamples, num_frames):
    """(B, F) int64 draw counts of each frame from (B, N) frame indices."""
    out = np.zeros((resamples.shape[0], num_frames), dtype=np.int64)
    for b in range(resamples.shape[0]):
        for i in range(resamples.shape[1]):
            out[b, resamples[b, i]] += 1
    return out


class FrameStatsTable:
    """One class / difficulty / metric of one result set as per-frame tables; `r40(weights)` scores draws.

    Built from the arrays `ap.select_boxes` returns (the layout of `kitti_eval.eval_class`).
    """

    def __init__(self, ov, ov_start, gt_start, dt_start, dc_start, gt_alpha, dt_alpha, dt_score, dt_bbox,
                 dc_bbox, ignored_gt, ignored_dt, metric: int, min_overlap: float):
        args = (ov, ov_start, gt_start, dt_start, dc_start, gt_alpha, dt_alpha, dt_score, dt_bbox, dc_bbox,
                ignored_gt, ignored_dt, metric, min_overlap)
        self.num_frames = gt_start.shape[0] - 1
        frame_of_gt = np.repeat(np.arange(self.num_frames), np.diff(gt_start))
        self.frame_num_gt = np.bincount(frame_of_gt[ignored_gt == 0], minlength=self.num_frames).astype(np.int64)
        tp_scores, self.tp_frame = ap.collect_tp_scores_by_frame(*args)
        self.levels = np.unique(tp_scores)                # ascending; every threshold is one of them
        self.tp_level = np.searchsorted(self.levels, tp_scores).astype(np.int64)
        self.base, self.ev_frame, self.ev_level, self.ev_delta = _count_events(*args, self.levels)

    def r40(self, weights: np.ndarray) -> np.ndarray:
        """(B,) R40 AP (percent) for (B, F) int64 frame draw counts (`frame_weights`)."""
        return _resampled_r40(np.ascontiguousarray(weights, dtype=np.int64), self.frame_num_gt, self.tp_frame,
                              self.tp_level, self.levels.shape[0], self.base, self.ev_frame, self.ev_level,
                              self.ev_delta)
