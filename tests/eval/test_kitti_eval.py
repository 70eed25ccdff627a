"""KITTI metric on hand-computed cases: perfect detections, IoU at 0.7, Van, DontCare, difficulty."""
import copy
from pathlib import Path

import numpy as np
import pytest

from pcdet_qat_plugin.errors import ConfigError, DataError
from pcdet_qat_plugin.eval import rules
from pcdet_qat_plugin.eval.kitti_eval import get_official_eval_result
from pcdet_qat_plugin.eval.kitti_io import read_kitti_label_dir

SAMPLES = Path(__file__).resolve().parents[2] / '..' / 'shared' / 'data' / 'kitti_samples'
N = 41  # with >= 41 valid gt, every one of the 41 recall sample points gets its own score threshold


def make_anno(objs, score=False):
    """objs: list of dicts with name, bbox, loc, dims (l, h, w), ry, [occ, trunc, alpha, score]."""
    anno = {
        'name': np.array([o['name'] for o in objs], dtype='<U16'),
        'truncated': np.array([o.get('trunc', 0.0) for o in objs], dtype=float),
        'occluded': np.array([o.get('occ', 0) for o in objs], dtype=np.int64),
        'alpha': np.array([o.get('alpha', 0.0) for o in objs], dtype=float),
        'bbox': np.array([o['bbox'] for o in objs], dtype=float).reshape(-1, 4),
        'dimensions': np.array([o.get('dims', (4.0, 1.5, 1.6)) for o in objs], dtype=float).reshape(-1, 3),
        'location': np.array([o.get('loc', (0.0, 1.7, 20.0)) for o in objs], dtype=float).reshape(-1, 3),
        'rotation_y': np.array([o.get('ry', 0.0) for o in objs], dtype=float),
        'score': np.array([o.get('score', 0.0) for o in objs], dtype=float),
    }
    return anno


CAR = dict(name='Car', bbox=(100, 100, 200, 180), loc=(0.0, 1.7, 20.0), dims=(4.0, 1.5, 1.6), ry=0.3)
CYC = dict(name='Cyclist', bbox=(400, 120, 440, 190), loc=(5.0, 1.6, 25.0), dims=(1.8, 1.7, 0.6), ry=-1.0)


def perfect_frames(template, n=N):
    gt = [make_anno([template]) for _ in range(n)]
    dt = [make_anno([dict(template, score=0.5 + 0.01 * i)]) for i in range(n)]
    return gt, dt


def evaluate(gt, dt, classes=('Car',)):
    return get_official_eval_result(copy.deepcopy(gt), copy.deepcopy(dt), list(classes))


def test_perfect_detections_give_100_everywhere():
    gt, dt = perfect_frames(CAR)
    text, res = evaluate(gt, dt)
    for metric in ('image', 'bev', '3d', 'aos'):
        for diff in rules.DIFFICULTY_NAMES:
            assert res[f'Car_{metric}/{diff}_R40'] == pytest.approx(100.0)
            assert res[f'Car_{metric}/{diff}'] == pytest.approx(100.0)
    lines = text.splitlines()
    assert lines[0] == 'Car AP@0.70, 0.70, 0.70:'
    assert lines[1] == 'bbox AP:100.0000, 100.0000, 100.0000'
    assert lines[2].startswith('bev  AP:') and lines[3].startswith('3d   AP:')
    assert lines[4] == 'aos  AP:100.00, 100.00, 100.00'
    assert lines[5] == 'Car AP_R40@0.70, 0.70, 0.70:'
    assert 'Car AP@0.70, 0.50, 0.50:' in lines and 'Car AP_R40@0.70, 0.50, 0.50:' in lines
    assert len(lines) == 20


def test_single_perfect_detection_follows_sample_point_rule():
    # one valid gt -> one score threshold -> only sample point 0 has precision 1 (official behaviour)
    gt, dt = perfect_frames(CAR, n=1)
    _, res = evaluate(gt, dt)
    assert res['Car_3d/easy'] == pytest.approx(100.0 / 11)
    assert res['Car_3d/easy_R40'] == 0.0


@pytest.mark.parametrize('iou,expected', [(0.695, 0.0), (0.705, 100.0)])
def test_iou_just_below_and_above_0_7(iou, expected):
    # same box shifted by d along its length l (ry = 0): BEV and 3D IoU = (l - d) / (l + d)
    length = 4.0
    shift = length * (1 - iou) / (1 + iou)
    car = dict(CAR, ry=0.0)
    gt, _ = perfect_frames(car)
    dt = [make_anno([dict(car, loc=(shift, 1.7, 20.0), score=0.5 + 0.01 * i)]) for i in range(N)]
    _, res = evaluate(gt, dt)
    assert res['Car_3d/moderate_R40'] == pytest.approx(expected)
    assert res['Car_bev/moderate_R40'] == pytest.approx(expected)
    assert res['Car_image/moderate_R40'] == pytest.approx(100.0)  # 2D boxes are identical


def _with_extra(frames_gt, frames_dt, gt_obj, dt_obj):
    gt = [make_anno([CAR] + ([gt_obj] if gt_obj else [])) for _ in frames_gt]
    dt = [make_anno([dict(CAR, score=0.5 + 0.01 * i), dt_obj]) for i in range(len(frames_dt))]
    return gt, dt


def test_car_detection_on_van_is_neither_tp_nor_fp():
    extra_box = dict(bbox=(600, 100, 700, 180), loc=(8.0, 1.7, 20.0), dims=(4.5, 1.9, 1.8), ry=0.3)
    det = dict(extra_box, name='Car', score=1.0)       # above every true positive
    gt0, dt0 = perfect_frames(CAR)
    gt, dt = _with_extra(gt0, dt0, dict(extra_box, name='Van'), det)
    _, res = evaluate(gt, dt)
    assert res['Car_3d/moderate_R40'] == pytest.approx(100.0)
    assert res['Car_image/moderate_R40'] == pytest.approx(100.0)
    # the same detection on a Truck (no neighbour class of Car) is a false positive in every frame:
    # at the k-th threshold precision = (k + 1) / (k + 1 + 41), made monotone -> 41 / 82 everywhere
    gt, dt = _with_extra(gt0, dt0, dict(extra_box, name='Truck'), det)
    _, res = evaluate(gt, dt)
    assert res['Car_3d/moderate_R40'] == pytest.approx(50.0)
    assert res['Car_3d/moderate'] == pytest.approx(50.0)


def test_dontcare_removes_2d_false_positives_only():
    dontcare = dict(name='DontCare', bbox=(590, 90, 720, 200), loc=(-1000, -1000, -1000), dims=(-1, -1, -1),
                    ry=-10, occ=-1, trunc=-1, alpha=-10)
    det = dict(name='Car', bbox=(600, 100, 700, 180), loc=(8.0, 1.7, 20.0), dims=(4.5, 1.9, 1.8), ry=0.3,
               score=1.0)
    gt0, dt0 = perfect_frames(CAR)
    gt, dt = _with_extra(gt0, dt0, dontcare, det)
    _, res = evaluate(gt, dt)
    assert res['Car_image/moderate_R40'] == pytest.approx(100.0)   # inside DontCare: not a 2D FP
    assert res['Car_3d/moderate_R40'] == pytest.approx(50.0)       # OpenPCDet: DontCare only in 2D
    assert res['Car_bev/moderate_R40'] == pytest.approx(50.0)
    # DontCare covering too little of the detection (overlap / detection area <= 0.7) does not help
    gt, dt = _with_extra(gt0, dt0, dict(dontcare, bbox=(600, 100, 660, 180)), det)
    _, res = evaluate(gt, dt)
    assert res['Car_image/moderate_R40'] == pytest.approx(50.0)


def test_small_detections_are_ignored_not_false_positives():
    det = dict(name='Car', bbox=(600, 100, 700, 130), loc=(8.0, 1.7, 20.0), dims=(4.5, 1.9, 1.8), ry=0.3,
               score=1.0)  # 30 px high: ignored for easy (< 40), counted for moderate (>= 25)
    gt0, dt0 = perfect_frames(CAR)
    gt, dt = _with_extra(gt0, dt0, None, det)
    _, res = evaluate(gt, dt)
    assert res['Car_3d/easy_R40'] == pytest.approx(100.0)
    assert res['Car_3d/moderate_R40'] == pytest.approx(50.0)


@pytest.fixture(scope='module')
def frame_000001():
    label_dir = SAMPLES / 'training' / 'label_2'
    if not (label_dir / '000001.txt').is_file():
        pytest.skip(f'KITTI sample frames not found at {label_dir}')
    return read_kitti_label_dir(label_dir, ['000001'])[0]


def test_frame_000001_flags(frame_000001):
    gt = frame_000001
    names = np.char.lower(gt['name'].astype(str))
    assert list(gt['name']) == ['Truck', 'Car', 'Cyclist'] + ['DontCare'] * 4
    for difficulty in range(3):
        car, n_car = rules.gt_ignore_flags(names, gt['bbox'], gt['occluded'], gt['truncated'], 0, difficulty)
        cyc, n_cyc = rules.gt_ignore_flags(names, gt['bbox'], gt['occluded'], gt['truncated'], 2, difficulty)
        assert list(car) == [-1, 1, -1, -1, -1, -1, -1] and n_car == 0    # Car is 21.6 px high
        assert list(cyc) == [-1, -1, 1, -1, -1, -1, -1] and n_cyc == 0    # Cyclist has occlusion 3
    assert list(rules.is_dontcare(gt['name'])) == [False] * 3 + [True] * 4


def test_frame_000001_undetected_objects_are_not_misses(frame_000001):
    gt0, dt0 = perfect_frames(CYC)
    no_det = make_anno([])
    _, res = evaluate(gt0 + [frame_000001], dt0 + [no_det], ('Car', 'Cyclist'))
    for diff in rules.DIFFICULTY_NAMES:
        assert res[f'Cyclist_3d/{diff}_R40'] == pytest.approx(100.0)
    # the same Cyclist with occlusion 1 counts for moderate and hard: it is now a miss there
    visible = copy.deepcopy(frame_000001)
    visible['occluded'][2] = 1
    _, res = evaluate(gt0 + [visible], dt0 + [no_det], ('Cyclist',))
    assert res['Cyclist_3d/easy_R40'] == pytest.approx(100.0)
    assert res['Cyclist_3d/moderate_R40'] < 100.0 and res['Cyclist_3d/hard_R40'] < 100.0


def test_empty_predictions_give_zero():
    gt, _ = perfect_frames(CAR, n=3)
    text, res = evaluate(gt, [make_anno([]) for _ in gt], ('Car', 'Pedestrian', 'Cyclist'))
    assert all(v == 0.0 for v in res.values())
    assert 'Car_3d/moderate_R40' in res and 'aos' not in text   # no alpha to judge -> no AOS, as OpenPCDet


def test_bad_detections_name_the_frame():
    gt, dt = perfect_frames(CAR, n=2)
    dt[1]['location'][0, 0] = np.nan
    dt[1]['frame_id'] = '000042'
    with pytest.raises(DataError, match='000042'):
        evaluate(gt, dt)
    gt, dt = perfect_frames(CAR, n=2)
    dt[0]['dimensions'][0, 1] = -1.0
    with pytest.raises(DataError, match='frame index 0.*negative size'):
        evaluate(gt, dt)
    with pytest.raises(DataError, match='2 ground-truth frames but 1'):
        evaluate(gt, dt[:1])
    with pytest.raises(ConfigError, match='Bus'):
        evaluate(gt, dt, ('Bus',))


def test_pr_detail_and_int_classes():
    gt, dt = perfect_frames(CAR)
    detail = {}
    _, res_int = get_official_eval_result(gt, dt, 0, PR_detail_dict=detail)
    assert set(detail) == {'bbox', 'bev', '3d', 'aos'}
    assert detail['3d'].shape == (1, 3, 2, 41)
    assert res_int['Car_3d/easy_R40'] == pytest.approx(100.0)
