"""Augmentation primitives: BEV collision test, flip / rotation / scaling semantics."""
import numpy as np

from pcdet_qat_plugin.datasets.augmentor import augmentor_utils as au
from pcdet_qat_plugin.utils import box_utils


def test_bev_overlap_matches_point_sampling():
    rng = np.random.default_rng(0)
    a = np.concatenate([rng.uniform(-4, 4, (40, 2)), np.zeros((40, 1)), rng.uniform(0.5, 4, (40, 3)),
                        rng.uniform(-np.pi, np.pi, (40, 1))], axis=1).astype(np.float32)
    overlap = au.boxes_bev_overlap(a, a)
    assert overlap.diagonal().all() and (overlap == overlap.T).all()
    grid = np.stack(np.meshgrid(np.linspace(-8, 8, 201), np.linspace(-8, 8, 201)), -1).reshape(-1, 2)
    pts = np.concatenate([grid, np.zeros((len(grid), 1))], axis=1).astype(np.float32)
    inside = box_utils.points_in_boxes_mask(pts, a)
    shared = (inside[:, None, :] & inside[None, :, :]).any(-1)
    assert (overlap | ~shared).all()  # sharing a sample point means overlapping
    assert (shared | ~overlap).mean() > 0.97  # the grid misses only slivers


def test_touching_boxes_do_not_collide():
    a = np.array([[0, 0, 0, 2, 2, 2, 0]], dtype=np.float32)
    b = np.array([[2, 0, 0, 2, 2, 2, 0], [1.9, 0, 0, 2, 2, 2, 0], [0, 0, 0, 1, 1, 1, np.pi / 4]], dtype=np.float32)
    assert au.boxes_bev_overlap(a, b).tolist() == [[False, True, True]]


def test_flip_rotation_scaling_keep_points_in_boxes():
    boxes = np.array([[10, 3, -1, 4, 2, 1.5, 0.3]], dtype=np.float32)
    rng = np.random.default_rng(1)
    local = rng.uniform(-0.45, 0.45, (50, 3)) * boxes[0, 3:6]
    c, s = np.cos(boxes[0, 6]), np.sin(boxes[0, 6])
    pts = np.stack([local[:, 0] * c - local[:, 1] * s + 10, local[:, 0] * s + local[:, 1] * c + 3,
                    local[:, 2] - 1, np.ones(50)], 1).astype(np.float32)
    b, p, _ = au.random_flip_along_x(boxes.copy(), pts.copy(), return_flip=True, enable=True)
    assert b[0, 1] == -3 and np.isclose(b[0, 6], -0.3)
    b, p, _ = au.global_rotation(b, p, [0.7, 0.7], return_rot=True)
    np.random.seed(0)
    b, p, scale = au.global_scaling(b, p, [0.9, 1.1], return_scale=True)
    assert 0.9 <= scale <= 1.1
    assert box_utils.points_in_boxes_mask(p, b).all()
    assert (p[:, 3] == 1).all()


def test_points_in_any_box_matches_box_utils():
    rng = np.random.default_rng(2)
    pts = rng.uniform([-10, -10, -2, 0], [10, 10, 2, 1], (20000, 4)).astype(np.float32)
    boxes = np.concatenate([rng.uniform(-9, 9, (30, 2)), rng.uniform(-1, 1, (30, 1)), rng.uniform(0.5, 4, (30, 3)),
                            rng.uniform(-np.pi, np.pi, (30, 1))], axis=1).astype(np.float32)
    ref = box_utils.points_in_boxes_mask(pts, boxes).any(0)
    got = au.points_in_any_box(pts, boxes)
    assert ref.sum() > 1000 and (got != ref).sum() <= 2  # float32 vs float64 on a face at most
    assert not au.points_in_any_box(pts, boxes[:0]).any()
