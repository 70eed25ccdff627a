"""Rotated BEV IoU kernel against an exact pure-Python polygon-clipping reference."""
import math
from fractions import Fraction

import numpy as np
import pytest

from pcdet_qat_plugin.ops.rotated_iou import boxes_bev_iou_lidar, rotate_iou_blocks, rotate_iou_matrix


def _corners(box):
    """Corners of [cx, cy, dx, dy, angle] (angle clockwise-positive), counter-clockwise, as Fractions."""
    cx, cy, dx, dy, a = (float(v) for v in box)
    c, s = math.cos(a), math.sin(a)
    pts = []
    for lx, ly in ((-dx / 2, -dy / 2), (dx / 2, -dy / 2), (dx / 2, dy / 2), (-dx / 2, dy / 2)):
        pts.append((Fraction(c * lx + s * ly + cx), Fraction(-s * lx + c * ly + cy)))
    return pts


def _clip(subject, clipper):
    """Sutherland-Hodgman in exact rational arithmetic; clipper is convex and counter-clockwise."""
    out = list(subject)
    for e in range(len(clipper)):
        (ax, ay), (bx, by) = clipper[e], clipper[(e + 1) % len(clipper)]
        inp, out = out, []
        if not inp:
            break

        def side(p):
            return (bx - ax) * (p[1] - ay) - (by - ay) * (p[0] - ax)

        for k in range(len(inp)):
            p, q = inp[k], inp[(k + 1) % len(inp)]
            sp, sq = side(p), side(q)
            if sp >= 0:
                out.append(p)
            if (sp >= 0) != (sq >= 0):
                t = sp / (sp - sq)
                out.append((p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])))
    return out


def _area(poly):
    if len(poly) < 3:
        return Fraction(0)
    s = sum(poly[k][0] * poly[(k + 1) % len(poly)][1] - poly[(k + 1) % len(poly)][0] * poly[k][1]
            for k in range(len(poly)))
    return abs(s) / 2


def _ref_overlap(a, b, criterion):
    inter = float(_area(_clip(_corners(a), _corners(b))))
    area_a, area_b = float(a[2] * a[3]), float(b[2] * b[3])
    if criterion == -1:
        return inter / (area_a + area_b - inter)
    if criterion == 0:
        return inter / area_a
    if criterion == 1:
        return inter / area_b
    return inter


def _random_boxes(rng, n, spread):
    return np.stack([rng.uniform(-spread, spread, n), rng.uniform(-spread, spread, n),
                     rng.uniform(0.3, 5.0, n), rng.uniform(0.3, 5.0, n),
                     rng.uniform(-np.pi, np.pi, n)], axis=1)


@pytest.mark.parametrize('criterion', [-1, 0, 1, 2])
def test_random_boxes_match_exact_reference(criterion):
    rng = np.random.default_rng(0)
    boxes, qboxes = _random_boxes(rng, 12, 2.0), _random_boxes(rng, 9, 2.0)
    got = rotate_iou_matrix(boxes, qboxes, criterion)
    assert got.shape == (12, 9) and got.dtype == np.float64
    ref = np.array([[_ref_overlap(a, b, criterion) for b in qboxes] for a in boxes])
    assert (ref > 0).sum() > 30  # the set really exercises overlaps
    np.testing.assert_allclose(got, ref, rtol=1e-9, atol=1e-12)


def test_identical_disjoint_contained():
    box = np.array([[1.0, 2.0, 4.0, 2.0, 0.3]])
    assert rotate_iou_matrix(box, box)[0, 0] == pytest.approx(1.0, abs=1e-12)
    far = np.array([[10.0, 2.0, 4.0, 2.0, 0.3]])
    assert rotate_iou_matrix(box, far)[0, 0] == 0.0
    # near but disjoint: side by side along the rotated x axis, gap 0.1
    c, s = math.cos(0.3), math.sin(0.3)
    beside = np.array([[1.0 + 4.1 * c, 2.0 - 4.1 * s, 4.0, 2.0, 0.3]])
    assert rotate_iou_matrix(box, beside)[0, 0] == 0.0
    inner = np.array([[1.0, 2.0, 2.0, 1.0, 0.3]])  # same centre and angle, a quarter of the area
    assert rotate_iou_matrix(box, inner)[0, 0] == pytest.approx(0.25, abs=1e-12)
    assert rotate_iou_matrix(box, inner, 2)[0, 0] == pytest.approx(2.0, abs=1e-12)
    assert rotate_iou_matrix(box, inner, 0)[0, 0] == pytest.approx(0.25, abs=1e-12)
    assert rotate_iou_matrix(box, inner, 1)[0, 0] == pytest.approx(1.0, abs=1e-12)


def test_45_degree_square_octagon():
    square = np.array([[0.0, 0.0, 1.0, 1.0, 0.0]])
    turned = np.array([[0.0, 0.0, 1.0, 1.0, np.pi / 4]])
    inter = 2.0 * (math.sqrt(2.0) - 1.0)  # regular octagon of a unit square and its 45-degree copy
    assert rotate_iou_matrix(square, turned, 2)[0, 0] == pytest.approx(inter, abs=1e-12)
    assert rotate_iou_matrix(square, turned)[0, 0] == pytest.approx(inter / (2.0 - inter), abs=1e-12)


def test_shared_edge_and_half_overlap():
    a = np.array([[0.0, 0.0, 2.0, 2.0, 0.0]])
    b = np.array([[1.0, 0.0, 2.0, 2.0, 0.0]])   # half overlap: inter 2, union 6
    assert rotate_iou_matrix(a, b)[0, 0] == pytest.approx(1.0 / 3.0, abs=1e-12)
    touching = np.array([[2.0, 0.0, 2.0, 2.0, 0.0]])
    assert rotate_iou_matrix(a, touching)[0, 0] == pytest.approx(0.0, abs=1e-12)


def test_angle_convention_is_clockwise():
    # long thin box turned by +30 deg (clockwise) covers (cos30, -sin30), not (cos30, +sin30)
    long_box = np.array([[0.0, 0.0, 4.0, 0.2, np.deg2rad(30.0)]])
    probe_cw = np.array([[1.5 * math.cos(np.deg2rad(30)), -1.5 * math.sin(np.deg2rad(30)), 0.1, 0.1, 0.0]])
    probe_ccw = probe_cw * np.array([1, -1, 1, 1, 1])
    assert rotate_iou_matrix(long_box, probe_cw, 1)[0, 0] == pytest.approx(1.0, abs=1e-9)
    assert rotate_iou_matrix(long_box, probe_ccw, 1)[0, 0] == 0.0


def test_lidar_wrapper_uses_ccw_heading():
    long_box = np.array([[0.0, 0.0, 0.0, 4.0, 0.2, 1.0, np.deg2rad(30.0)]])
    probe = np.array([[1.5 * math.cos(np.deg2rad(30)), 1.5 * math.sin(np.deg2rad(30)), 0.0, 0.1, 0.1, 1.0, 0.0]])
    assert boxes_bev_iou_lidar(long_box, probe)[0, 0] == pytest.approx(0.01 / (0.8 + 0.01 - 0.01), rel=1e-9)
    assert boxes_bev_iou_lidar(long_box, probe * np.array([1, -1, 1, 1, 1, 1, 1]))[0, 0] == 0.0


def test_empty_and_blocks():
    assert rotate_iou_matrix(np.zeros((0, 5)), np.zeros((3, 5))).shape == (0, 3)
    rng = np.random.default_rng(1)
    a, b = _random_boxes(rng, 7, 2.0), _random_boxes(rng, 6, 2.0)
    blocks = rotate_iou_blocks(a, b, [3, 0, 4], [2, 3, 1])
    assert [blk.shape for blk in blocks] == [(3, 2), (0, 3), (4, 1)]
    np.testing.assert_allclose(blocks[0], rotate_iou_matrix(a[:3], b[:2]), rtol=0, atol=0)
    np.testing.assert_allclose(blocks[2], rotate_iou_matrix(a[3:], b[5:]), rtol=0, atol=0)
    with pytest.raises(ValueError, match='criterion'):
        rotate_iou_matrix(a, b, criterion=3)
