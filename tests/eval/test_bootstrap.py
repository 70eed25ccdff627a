"""Paired bootstrap over frames: same AP as the metric on all frames and on every draw (bit for bit, per
class, metric and difficulty), zero interval for identical result sets, a negative interval for a model
that drops detections, determinism, seed combination, t quantiles."""
import copy

import numpy as np
import pytest

from pcdet_qat_plugin.errors import ConfigError, DataError
from pcdet_qat_plugin.eval.bootstrap import (FrameScorer, combine_seeds, frame_resamples, paired_bootstrap,
                                             student_t_quantile)
from pcdet_qat_plugin.eval.frame_stats import frame_weights
from pcdet_qat_plugin.eval.kitti_eval import get_official_eval_result

CLASSES = ('Car', 'Pedestrian', 'Cyclist')
SIZES = {'Car': (3.9, 1.56, 1.6), 'Pedestrian': (0.8, 1.73, 0.6), 'Cyclist': (1.76, 1.73, 0.6)}


def _anno(objs):
    return {'name': np.array([o[0] for o in objs], dtype='<U16'),
            'truncated': np.zeros(len(objs)), 'occluded': np.zeros(len(objs), dtype=np.int64),
            'alpha': np.zeros(len(objs)),
            'bbox': np.array([[100.0 + 60 * k, 100.0, 150.0 + 60 * k, 180.0] for k in range(len(objs))]).reshape(-1, 4),
            'dimensions': np.array([SIZES[o[0]] for o in objs]).reshape(-1, 3),
            'location': np.array([o[1] for o in objs], dtype=float).reshape(-1, 3),
            'rotation_y': np.array([o[2] for o in objs], dtype=float),
            'score': np.array([o[3] for o in objs], dtype=float)}


def make_frames(num_frames=60, seed=0):
    """gt: 1-3 objects a frame; detections: each gt with a few cm of noise and a random score, plus a
    false positive in some frames (so AP is neither 0 nor 100)."""
    rng = np.random.default_rng(seed)
    gt, dt = [], []
    for _ in range(num_frames):
        objs, dets = [], []
        for k in range(int(rng.integers(1, 4))):
            name = CLASSES[int(rng.integers(0, 3))]
            loc = (-6.0 + 6.0 * k, 1.7, float(rng.uniform(10, 30)))
            ry = float(rng.uniform(-np.pi, np.pi))
            objs.append((name, loc, ry, 0.0))
            if rng.random() < 0.85:
                noisy = tuple(np.add(loc, rng.normal(0, 0.08, 3) * [1, 0, 1]))
                dets.append((name, noisy, ry, float(rng.uniform(0.3, 1.0))))
        if rng.random() < 0.3:
            dets.append((CLASSES[int(rng.integers(0, 3))], (12.0, 1.7, 40.0), 0.0, float(rng.uniform(0.1, 0.9))))
        gt.append(_anno(objs))
        dt.append(_anno(dets))
    return gt, dt


def drop_detections(dt_annos, every=2):
    """Every `every`-th frame loses all its detections."""
    out = copy.deepcopy(dt_annos)
    for i in range(0, len(out), every):
        out[i] = _anno([])
    return out


def make_mixed_frames(num_frames=60, seed=0):
    """Frames exercising every rule: Van / Person_sitting neighbours, DontCare, occlusion and truncation
    levels, 2D heights around the 25 / 40 px limits (ignored gts and detections), duplicate and
    other-class detections, tied scores, empty frames."""
    rng = np.random.default_rng(seed)
    names = ('Car', 'Pedestrian', 'Cyclist', 'Van', 'Person_sitting', 'DontCare')
    sizes = dict(SIZES, Van=(4.5, 2.0, 1.8), Person_sitting=(0.8, 1.2, 0.6), DontCare=(1.0, 1.0, 1.0))

    def anno(objs, with_score):
        n = len(objs)
        out = {'name': np.array([o['name'] for o in objs], dtype='<U16'),
               'truncated': np.array([o['trunc'] for o in objs], dtype=float),
               'occluded': np.array([o['occ'] for o in objs], dtype=np.int64), 'alpha': np.zeros(n),
               'bbox': np.array([o['bbox'] for o in objs], dtype=float).reshape(-1, 4),
               'dimensions': np.array([sizes[o['name']] for o in objs], dtype=float).reshape(-1, 3),
               'location': np.array([o['loc'] for o in objs], dtype=float).reshape(-1, 3),
               'rotation_y': np.array([o['ry'] for o in objs], dtype=float)}
        if with_score:
            out['score'] = np.array([o['score'] for o in objs], dtype=float)
        return out

    gt, dt = [], []
    for f in range(num_frames):
        objs, dets = [], []
        for k in range(0 if f % 13 == 5 else int(rng.integers(1, 6))):
            name = names[int(rng.choice(6, p=[0.35, 0.2, 0.2, 0.1, 0.05, 0.1]))]
            x1, y1 = 60.0 * k + 50, 150.0
            height = float(rng.choice([20.0, 25.0, 30.0, 39.0, 41.0, 60.0], p=[.1, .1, .1, .1, .1, .5]))
            o = {'name': name, 'trunc': float(rng.choice([0.0, 0.2, 0.4, 0.6], p=[.7, .1, .1, .1])),
                 'occ': int(rng.choice(4, p=[.7, .1, .1, .1])),
                 'bbox': [x1, y1, x1 + 50, y1 + height], 'loc': (-8.0 + 4.0 * k, 1.7, float(rng.uniform(8, 40))),
                 'ry': float(rng.uniform(-np.pi, np.pi)), 'score': 0.0}
            objs.append(o)
            for _ in range(int(rng.integers(0, 3))):         # 0-2 detections per object, maybe renamed
                det = dict(o, score=float(np.round(rng.uniform(0.05, 1.0), 2)),   # rounded: tied scores
                           loc=tuple(np.add(o['loc'], rng.normal(0, 0.05, 3) * [1, 0, 1])),
                           bbox=list(np.add(o['bbox'], rng.normal(0, 2.0, 4))))
                if det['name'] in ('Van', 'Person_sitting', 'DontCare') or rng.random() < 0.1:
                    det['name'] = CLASSES[int(rng.integers(0, 3))]
                dets.append(det)
        for _ in range(int(rng.integers(0, 3))):             # false positives anywhere
            dets.append({'name': CLASSES[int(rng.integers(0, 3))], 'trunc': 0.0, 'occ': 0, 'ry': 0.0,
                         'bbox': [700.0, 100.0, 760.0, 100.0 + float(rng.uniform(20, 80))],
                         'loc': (float(rng.uniform(-10, 10)), 1.7, float(rng.uniform(5, 45))),
                         'score': float(np.round(rng.uniform(0.05, 1.0), 2))})
        gt.append(anno(objs, False))
        dt.append(anno(dets, True))
    return gt, dt


@pytest.mark.parametrize('metric,key', [('3d', '3d'), ('bev', 'bev'), ('bbox', 'image')])
def test_every_draw_is_bit_identical_to_the_official_metric_on_the_drawn_frames(metric, key):
    gt, dt = make_mixed_frames()
    draws = np.concatenate([np.arange(len(gt))[None],                      # the identity resample
                            frame_resamples(len(gt), 4, seed=11),          # random draws (with repeats)
                            np.repeat(np.arange(0, len(gt), 4), 4)[None]])  # every 4th frame, 4 times
    for difficulty in ('easy', 'moderate', 'hard'):
        scorer = FrameScorer(gt, dt, CLASSES, metric, difficulty)
        weights = frame_weights(draws, len(gt))
        fast = np.stack([c.table.r40(weights) for c in scorer.per_class], axis=1)
        means = scorer.resampled(draws)
        for b, draw in enumerate(draws):
            _, res = get_official_eval_result([copy.deepcopy(gt[i]) for i in draw],
                                              [copy.deepcopy(dt[i]) for i in draw], list(CLASSES))
            official = [res[f'{c}_{key}/{difficulty}_R40'] for c in CLASSES]
            assert fast[b].tolist() == official, (metric, difficulty, b)
            assert means[b] == scorer.mean_ap(draw) == float(np.mean(official))
    assert 0.0 < np.mean(fast) < 100.0


@pytest.fixture(scope='module')
def frames():
    return make_frames()


def test_all_frames_score_equals_official_metric(frames):
    gt, dt = frames
    _, res = get_official_eval_result(copy.deepcopy(gt), copy.deepcopy(dt), list(CLASSES))
    official = np.mean([res[f'{c}_3d/moderate_R40'] for c in CLASSES])
    assert 5.0 < official < 95.0
    assert FrameScorer(gt, dt).mean_ap() == pytest.approx(official, abs=1e-9)
    # one draw's score = the official metric on the drawn frames listed out
    draw = frame_resamples(len(gt), 1, seed=5)[0]
    _, res_draw = get_official_eval_result([copy.deepcopy(gt[i]) for i in draw],
                                           [copy.deepcopy(dt[i]) for i in draw], list(CLASSES))
    assert FrameScorer(gt, dt).mean_ap(draw) == pytest.approx(
        np.mean([res_draw[f'{c}_3d/moderate_R40'] for c in CLASSES]), abs=1e-9)


def test_identical_result_sets_give_zero_delta_and_zero_interval(frames):
    gt, dt = frames
    res = paired_bootstrap(gt, dt, copy.deepcopy(dt), num_resamples=50, seed=0)
    assert res.delta == 0.0 and res.lo == 0.0 and res.hi == 0.0
    assert np.all(res.resample_deltas == 0.0)


def test_dropping_detections_gives_a_negative_interval(frames):
    gt, dt = frames
    res = paired_bootstrap(gt, dt, drop_detections(dt), num_resamples=100, seed=0)
    assert res.delta < -10.0
    assert res.lo <= res.delta <= res.hi < 0.0
    # the reverse comparison mirrors it
    rev = paired_bootstrap(gt, drop_detections(dt), dt, num_resamples=100, seed=0)
    assert rev.delta == pytest.approx(-res.delta) and rev.lo == pytest.approx(-res.hi)


def test_deterministic_for_a_seed(frames):
    gt, dt = frames
    cand = drop_detections(dt, every=5)
    a = paired_bootstrap(gt, dt, cand, num_resamples=40, seed=3)
    b = paired_bootstrap(gt, dt, cand, num_resamples=40, seed=3)
    c = paired_bootstrap(gt, dt, cand, num_resamples=40, seed=4)
    np.testing.assert_array_equal(a.resample_deltas, b.resample_deltas)
    assert (a.lo, a.hi) == (b.lo, b.hi)
    assert not np.array_equal(a.resample_deltas, c.resample_deltas)
    assert a.as_dict()['num_resamples'] == 40


def test_combine_seeds_adds_seed_spread_in_quadrature():
    draws = np.zeros((3, 200))
    one = combine_seeds([-0.5], draws[:1])
    assert (one.delta, one.lo, one.hi, one.seed_half_width) == (-0.5, -0.5, -0.5, 0.0)
    three = combine_seeds([-1.0, 0.0, 1.0], draws)
    half = 4.302652729911275 * 1.0 / np.sqrt(3)
    assert three.delta == 0.0 and three.hi == pytest.approx(half, rel=1e-6) and three.lo == pytest.approx(-half)
    # frame part alone: the seed-mean delta's percentile interval
    spread = np.tile(np.linspace(-1.0, 1.0, 201), (2, 1))
    framed = combine_seeds([0.2, 0.2], spread)
    assert framed.seed_half_width == 0.0 and framed.frame_half_width == pytest.approx(0.95, abs=1e-9)
    assert framed.lo == pytest.approx(0.2 - 0.95)
    with pytest.raises(DataError, match='K = 2'):
        combine_seeds([0.1, 0.2], np.zeros((3, 10)))


def test_student_t_quantiles_match_tables():
    for dof, expected in ((1, 12.706), (2, 4.303), (3, 3.182), (4, 2.776), (9, 2.262), (30, 2.042)):
        assert student_t_quantile(0.95, dof) == pytest.approx(expected, abs=1e-3)
    assert student_t_quantile(0.99, 5) == pytest.approx(4.032, abs=1e-3)


def test_errors_name_what_is_wrong(frames):
    gt, dt = frames
    with pytest.raises(DataError, match='same frames'):
        paired_bootstrap(gt, dt, dt[:-1])
    with pytest.raises(ConfigError, match='confidence'):
        paired_bootstrap(gt, dt, dt, confidence=1.5)
    with pytest.raises(ConfigError, match='metric'):
        FrameScorer(gt, dt, metric='4d')
