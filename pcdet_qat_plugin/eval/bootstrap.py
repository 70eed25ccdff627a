"""Confidence intervals for the difference in KITTI AP between two result sets on the same frames.

Paired bootstrap over frames: draw frames with replacement, recompute the AP of both result sets on that
same draw (TP scores, score thresholds and precision curve redone per draw, bit-identical to
`kitti_eval.get_official_eval_result` on the drawn frames listed out), and take percentiles of the
differences. `combine_seeds` adds the spread of repeated training runs. Each frame is matched once
(frame_stats.FrameStatsTable), so a draw costs weighted sums over frames, not a matching.
numpy and this package's eval kernels only; see docs/evaluation.md.
"""
import math
from dataclasses import dataclass, field
from typing import List, Sequence

import numpy as np

from ..errors import ConfigError, DataError
from . import ap, rules
from .frame_stats import FrameStatsTable, frame_weights
from .kitti_eval import _FlatFrames, check_dt_annos
from .overlaps import frame_overlaps

DEFAULT_CLASSES = ('Car', 'Pedestrian', 'Cyclist')


@dataclass
class BootstrapDelta:
    """candidate minus reference, mean AP over the classes (percent), with the percentile interval."""
    delta: float                  # on all frames
    lo: float
    hi: float
    reference_ap: float
    candidate_ap: float
    confidence: float
    num_frames: int
    resample_deltas: np.ndarray = field(repr=False)   # (num_resamples,)

    def as_dict(self) -> dict:
        return {'delta': round(self.delta, 4), 'lo': round(self.lo, 4), 'hi': round(self.hi, 4),
                'reference_ap': round(self.reference_ap, 4), 'candidate_ap': round(self.candidate_ap, 4),
                'confidence': self.confidence, 'num_frames': self.num_frames,
                'num_resamples': int(self.resample_deltas.shape[0])}


@dataclass
class SeedCombinedDelta:
    """Mean over seeds of per-seed deltas; interval half-width sqrt(frame_half**2 + seed_half**2)."""
    delta: float
    lo: float
    hi: float
    frame_half_width: float       # half the percentile interval of the seed-mean delta over frame draws
    seed_half_width: float        # t(confidence, K-1) * seed std / sqrt(K); 0 with one seed
    seed_std: float               # std over seeds (ddof 1) of the per-seed deltas; nan with one seed
    per_seed: List[float]
    confidence: float

    def as_dict(self) -> dict:
        return {'delta': round(self.delta, 4), 'lo': round(self.lo, 4), 'hi': round(self.hi, 4),
                'frame_half_width': round(self.frame_half_width, 4),
                'seed_half_width': round(self.seed_half_width, 4),
                'seed_std': None if math.isnan(self.seed_std) else round(self.seed_std, 4),
                'per_seed': [round(d, 4) for d in self.per_seed], 'confidence': self.confidence}


def frame_resamples(num_frames: int, num_resamples: int = 1000, seed: int = 0) -> np.ndarray:
    """(num_resamples, num_frames) int64 frame indices drawn with replacement, from np.random.default_rng(seed)."""
    if num_frames < 1 or num_resamples < 1:
        raise ConfigError(f'frame_resamples: num_frames ({num_frames}) and num_resamples ({num_resamples}) '
                          f'must be >= 1')
    return np.random.default_rng(seed).integers(0, num_frames, size=(num_resamples, num_frames), dtype=np.int64)


def _gather(starts: np.ndarray, frames: np.ndarray):
    """Frames' element ranges [starts[f], starts[f+1]) concatenated in `frames` order -> (new starts, index)."""
    lengths = np.diff(starts)[frames]
    new_starts = np.zeros(len(frames) + 1, dtype=np.int64)
    np.cumsum(lengths, out=new_starts[1:])
    index = np.repeat(starts[frames] - new_starts[:-1], lengths) + np.arange(new_starts[-1], dtype=np.int64)
    return new_starts, index


class _ClassFrames:
    """One class / difficulty / metric of one result set: its boxes, flags and overlaps, frame-indexed."""

    def __init__(self, frames: _FlatFrames, overlaps: np.ndarray, cls: int, difficulty: int, metric: int):
        ignored_gt, _ = rules.gt_ignore_flags(frames.gt_names_lower, frames.gt_bbox, frames.gt_occluded,
                                              frames.gt_truncated, cls, difficulty)
        ignored_dt = rules.dt_ignore_flags(frames.dt_names_lower, frames.dt_bbox, cls, difficulty)
        (self.ov, self.ov_start, self.gt_start, self.dt_start, gi, di) = ap.select_boxes(
            overlaps, frames.ov_start, frames.gt_start, frames.dt_start, ignored_gt != -1, ignored_dt != -1)
        self.gt_alpha, self.ignored_gt = frames.gt_alpha[gi], ignored_gt[gi]
        self.dt_alpha, self.dt_score = frames.dt_alpha[di], frames.dt_score[di]
        self.dt_bbox, self.ignored_dt = frames.dt_bbox[di], ignored_dt[di]
        self.dc_start, self.dc_bbox = frames.dc_start, frames.dc_bbox
        self.metric = metric
        self.min_overlap = float(rules.MIN_OVERLAPS[0, metric, cls])
        self.table = FrameStatsTable(self.ov, self.ov_start, self.gt_start, self.dt_start, self.dc_start,
                                     self.gt_alpha, self.dt_alpha, self.dt_score, self.dt_bbox, self.dc_bbox,
                                     self.ignored_gt, self.ignored_dt, metric, self.min_overlap)

    def ap_r40(self, frames: np.ndarray) -> float:
        """R40 AP (percent) on the frames listed in `frames` (repeats allowed), by matching them again: the
        slow reference for `self.table.r40` (bench/bootstrap_speed.py times both)."""
        gt_start, gi = _gather(self.gt_start, frames)
        dt_start, di = _gather(self.dt_start, frames)
        ov_start, oi = _gather(self.ov_start, frames)
        dc_start, ci = _gather(self.dc_start, frames)
        ignored_gt = self.ignored_gt[gi]
        args = (self.ov[oi], ov_start, gt_start, dt_start, dc_start, self.gt_alpha[gi], self.dt_alpha[di],
                self.dt_score[di], self.dt_bbox[di], self.dc_bbox[ci], ignored_gt, self.ignored_dt[di],
                self.metric)
        tp_scores = ap.collect_tp_scores(*args, self.min_overlap)
        num_valid_gt = int((ignored_gt == 0).sum())
        thresholds = ap.get_thresholds(tp_scores, num_valid_gt) if tp_scores.size else np.zeros(0)
        pr = ap.accumulate_pr(*args, self.min_overlap, thresholds, False)
        precision, _, _ = ap.pr_to_curves(pr, False)
        return float(ap.get_mAP_R40(precision))


class FrameScorer:
    """Mean AP over classes of one result set on any multiset of its frames (R40, one metric/difficulty)."""

    def __init__(self, gt_annos: Sequence[dict], dt_annos: Sequence[dict], classes=DEFAULT_CLASSES,
                 metric: str = '3d', difficulty: str = 'moderate'):
        if len(gt_annos) != len(dt_annos):
            raise DataError(f'{len(gt_annos)} ground-truth frames but {len(dt_annos)} detection frames; '
                            'they must match one to one')
        if len(gt_annos) == 0:
            raise DataError('no frames to evaluate (gt_annos is empty)')
        if metric not in rules.METRIC_NAMES:
            raise ConfigError(f'metric: {metric!r} not in {rules.METRIC_NAMES}')
        if difficulty not in rules.DIFFICULTY_NAMES:
            raise ConfigError(f'difficulty: {difficulty!r} not in {rules.DIFFICULTY_NAMES}')
        check_dt_annos(dt_annos)
        self.num_frames = len(gt_annos)
        frames = _FlatFrames(gt_annos, dt_annos)
        m = rules.METRIC_NAMES.index(metric)
        overlaps = frame_overlaps(dt_annos, gt_annos, m)
        d = rules.DIFFICULTY_NAMES.index(difficulty)
        self.per_class = [_ClassFrames(frames, overlaps, c, d, m) for c in rules.resolve_classes(list(classes))]

    def mean_ap(self, frames: np.ndarray = None) -> float:
        """Mean over classes of the R40 AP on `frames` (all frames in order when None)."""
        frames = np.arange(self.num_frames) if frames is None else np.asarray(frames, dtype=np.int64)
        return float(np.mean([c.ap_r40(frames) for c in self.per_class]))

    def resampled(self, resamples: np.ndarray) -> np.ndarray:
        """(num_resamples,) mean AP on each row of frame indices, from the per-frame tables (equal to
        `mean_ap(row)` for every row)."""
        resamples = np.asarray(resamples)
        if resamples.ndim != 2 or (resamples.size and (resamples.min() < 0 or resamples.max() >= self.num_frames)):
            raise DataError(f'resamples: need a (B, F) array of frame indices in [0, {self.num_frames})')
        weights = frame_weights(resamples.astype(np.int64), self.num_frames)
        per_class = np.stack([c.table.r40(weights) for c in self.per_class], axis=1)   # (B, C)
        return np.array([float(np.mean(row)) for row in per_class])


def paired_bootstrap(gt_annos: Sequence[dict], reference_annos: Sequence[dict], candidate_annos: Sequence[dict],
                     classes=DEFAULT_CLASSES, metric: str = '3d', difficulty: str = 'moderate',
                     num_resamples: int = 1000, seed: int = 0, confidence: float = 0.95) -> BootstrapDelta:
    """candidate AP - reference AP (mean over `classes`, R40) with a paired-bootstrap percentile interval.

    gt_annos / reference_annos / candidate_annos: KITTI anno dicts, one per frame, in the same frame order
    (as `get_official_eval_result` takes them). Every draw picks frames with replacement and scores both
    result sets on the same draw; the interval is the (1 -/+ confidence) / 2 percentiles of the deltas.
    """
    _check_confidence(confidence)
    if len(reference_annos) != len(candidate_annos):
        raise DataError(f'reference has {len(reference_annos)} frames, candidate {len(candidate_annos)}; '
                        'the paired bootstrap needs both on the same frames')
    ref = FrameScorer(gt_annos, reference_annos, classes, metric, difficulty)
    cand = FrameScorer(gt_annos, candidate_annos, classes, metric, difficulty)
    draws = frame_resamples(ref.num_frames, num_resamples, seed)
    deltas = cand.resampled(draws) - ref.resampled(draws)
    lo, hi = percentile_interval(deltas, confidence)
    ref_ap, cand_ap = ref.mean_ap(), cand.mean_ap()
    return BootstrapDelta(cand_ap - ref_ap, lo, hi, ref_ap, cand_ap, confidence, ref.num_frames, deltas)


def percentile_interval(values: np.ndarray, confidence: float = 0.95):
    """(lo, hi) percentiles enclosing `confidence` of the values."""
    tail = (1.0 - confidence) / 2.0 * 100.0
    lo, hi = np.percentile(np.asarray(values, dtype=np.float64), [tail, 100.0 - tail])
    return float(lo), float(hi)


def combine_seeds(per_seed_deltas: Sequence[float], per_seed_resample_deltas: np.ndarray,
                  confidence: float = 0.95) -> SeedCombinedDelta:
    """Mean delta over K seeds with an interval for both val-frame sampling and training-seed spread.

    per_seed_deltas (K,): each seed's delta on all frames. per_seed_resample_deltas (K, B): each seed's
    deltas on the SAME B frame draws (`frame_resamples`). Frame part: half the percentile interval of the
    seed-mean delta over the draws. Seed part: t(confidence, K-1) * std(deltas) / sqrt(K). They are taken
    as independent and added in quadrature, around the mean: delta +- sqrt(frame**2 + seed**2).
    """
    _check_confidence(confidence)
    deltas = np.asarray(per_seed_deltas, dtype=np.float64).reshape(-1)
    draws = np.asarray(per_seed_resample_deltas, dtype=np.float64)
    if draws.ndim != 2 or draws.shape[0] != deltas.shape[0] or deltas.shape[0] < 1:
        raise DataError(f'combine_seeds: per_seed_resample_deltas must be (K, B) with K = {deltas.shape[0]} '
                        f'seeds, found shape {draws.shape}')
    k = deltas.shape[0]
    lo_f, hi_f = percentile_interval(draws.mean(axis=0), confidence)
    frame_half = (hi_f - lo_f) / 2.0
    seed_std = float(deltas.std(ddof=1)) if k > 1 else float('nan')
    seed_half = student_t_quantile(confidence, k - 1) * seed_std / math.sqrt(k) if k > 1 else 0.0
    half = math.hypot(frame_half, seed_half)
    mean = float(deltas.mean())
    return SeedCombinedDelta(mean, mean - half, mean + half, frame_half, seed_half, seed_std,
                             deltas.tolist(), confidence)


def student_t_quantile(confidence: float, dof: int) -> float:
    """Two-sided Student t quantile: P(|T| <= t) = confidence with `dof` (integer >= 1) degrees of freedom.

    >>> round(student_t_quantile(0.95, 2), 3)
    4.303
    """
    if dof < 1:
        raise ConfigError(f'student_t_quantile: dof {dof} must be >= 1')
    lo, hi = 0.0, 1.0
    while _t_central_prob(hi, dof) < confidence:
        hi *= 2.0
    for _ in range(80):
        mid = (lo + hi) / 2.0
        lo, hi = (mid, hi) if _t_central_prob(mid, dof) < confidence else (lo, mid)
    return (lo + hi) / 2.0


def _t_central_prob(t: float, dof: int) -> float:
    """P(|T| <= t) for integer dof, closed form (Abramowitz & Stegun 26.7.3 / 26.7.4)."""
    theta = math.atan(t / math.sqrt(dof))
    s, c = math.sin(theta), math.cos(theta)
    if dof % 2 == 1:
        total, term = 0.0, c
        for j in range(1, (dof - 1) // 2 + 1):    # c + 2/3 c^3 + (2*4)/(3*5) c^5 + ... up to c^(dof-2)
            total += term
            term *= c * c * (2 * j) / (2 * j + 1)
        return (2.0 / math.pi) * (theta + s * total) if dof > 1 else 2.0 * theta / math.pi
    total, term = 0.0, 1.0
    for j in range(1, dof // 2 + 1):              # 1 + 1/2 c^2 + (1*3)/(2*4) c^4 + ... up to c^(dof-2)
        total += term
        term *= c * c * (2 * j - 1) / (2 * j)
    return s * total


def _check_confidence(confidence: float) -> None:
    if not 0.0 < confidence < 1.0:
        raise ConfigError(f'confidence: {confidence} not in (0, 1)')
