"""Synthetic KITTI generator: byte determinism, label sanity (boxes hold points unless fully occluded),
calib/2D-box consistency, painted scores, placeholder PNG size, atomic writing and config errors."""
import json
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest

from pcdet_qat_plugin.datasets.synthetic import (CLASS_NAMES, SyntheticCalib, SyntheticConfig, generate_frame,
                                                 generate_kitti_dataset)
from pcdet_qat_plugin.errors import ConfigError, DataError
from pcdet_qat_plugin.utils.box_utils import points_in_boxes_mask

NUM_FRAMES = 3


def read_calib(path: Path) -> dict:
    out = {}
    for line in path.read_text().splitlines():
        key, vals = line.split(':', 1)
        out[key] = np.array(vals.split(), dtype=np.float64)
    return out


def read_labels(path: Path) -> list:
    """Tiny label_2 parser: (name, truncated, occluded, alpha, bbox (4,), h, w, l, loc (3,), ry)."""
    labels = []
    for line in path.read_text().splitlines():
        f = line.split()
        assert len(f) == 15, line
        v = [float(x) for x in f[1:]]
        labels.append(dict(name=f[0], truncated=v[0], occluded=int(v[1]), alpha=v[2], bbox=np.array(v[3:7]),
                           hwl=np.array(v[7:10]), loc=np.array(v[10:13]), ry=v[13]))
    return labels


def camera_to_lidar_boxes(labels, calib) -> np.ndarray:
    """KITTI camera boxes (bottom centre) -> LiDAR [x, y, z, dx, dy, dz, heading] (OpenPCDet convention)."""
    r0 = calib['R0_rect'].reshape(3, 3)
    v2c = np.vstack([calib['Tr_velo_to_cam'].reshape(3, 4), [0, 0, 0, 1]])
    rect_to_velo = np.linalg.inv(np.vstack([np.hstack([r0, np.zeros((3, 1))]), [0, 0, 0, 1]]) @ v2c)
    boxes = []
    for lab in labels:
        h, w, l = lab['hwl']
        xyz = (rect_to_velo @ np.append(lab['loc'], 1.0))[:3]
        boxes.append([xyz[0], xyz[1], xyz[2] + h / 2, l, w, h, -(lab['ry'] + np.pi / 2)])
    return np.array(boxes, dtype=np.float32).reshape(-1, 7)


@pytest.fixture(scope='module')
def synth_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp('synth') / 'kitti'
    summary = generate_kitti_dataset(root, num_frames=NUM_FRAMES, seed=3, val_fraction=0.34, painted=True)
    assert summary['num_frames'] == NUM_FRAMES and summary['train'] + summary['val'] == NUM_FRAMES
    return root


def test_layout_and_imagesets(synth_root):
    ids = [f'{i:06d}' for i in range(NUM_FRAMES)]
    for sub, ext in (('velodyne', 'bin'), ('velodyne_painted', 'bin'), ('calib', 'txt'), ('label_2', 'txt'),
                     ('image_2', 'png')):
        assert sorted(p.stem for p in (synth_root / 'training' / sub).glob(f'*.{ext}')) == ids, sub
    sets = {n: (synth_root / 'ImageSets' / f'{n}.txt').read_text().split() for n in ('train', 'val', 'trainval')}
    assert sorted(sets['train'] + sets['val']) == sets['trainval'] == ids
    assert not set(sets['train']) & set(sets['val']) and sets['val']
    assert not list(synth_root.parent.glob('.*tmp*'))   # the temporary folder was renamed away


def test_same_seed_gives_identical_bytes(synth_root, tmp_path):
    other = tmp_path / 'again'
    generate_kitti_dataset(other, num_frames=NUM_FRAMES, seed=3, val_fraction=0.34, painted=True, workers=2)
    files = sorted(p.relative_to(synth_root) for p in synth_root.rglob('*') if p.is_file())
    assert files == sorted(p.relative_to(other) for p in other.rglob('*') if p.is_file())
    for rel in files:
        assert (synth_root / rel).read_bytes() == (other / rel).read_bytes(), rel
    p1, l1, _ = generate_frame(np.random.default_rng([4, 0]))
    p2, l2, _ = generate_frame(np.random.default_rng([5, 0]))
    assert p1.shape != p2.shape or not np.array_equal(p1, p2)


def test_labels_have_points_unless_fully_occluded(synth_root):
    total = 0
    for i in range(NUM_FRAMES):
        fid = f'{i:06d}'
        points = np.fromfile(synth_root / 'training' / 'velodyne' / f'{fid}.bin', dtype=np.float32).reshape(-1, 4)
        labels = read_labels(synth_root / 'training' / 'label_2' / f'{fid}.txt')
        calib = read_calib(synth_root / 'training' / 'calib' / f'{fid}.txt')
        assert len(labels) >= 3 and points.shape[0] > 5000
        assert np.isfinite(points).all() and points[:, 3].min() >= 0 and points[:, 3].max() <= 1
        boxes = camera_to_lidar_boxes(labels, calib)
        counts = points_in_boxes_mask(points, boxes).sum(axis=1)
        for lab, n, box in zip(labels, counts, boxes):
            assert lab['name'] in CLASS_NAMES
            assert 0 <= lab['truncated'] <= 1 and lab['occluded'] in (0, 1, 2, 3)
            assert (lab['hwl'] > 0).all() and -np.pi <= lab['ry'] <= np.pi
            assert 0 < box[0] < 55 and abs(box[1]) < box[0] * np.tan(np.deg2rad(45))
            if lab['occluded'] < 3:
                assert n >= 1, (fid, lab)
            total += 1
        ground = points[:, 2] < -1.5
        assert ground.mean() > 0.3                                # plenty of ground returns near z = -1.73
        assert abs(np.median(points[ground, 2]) + 1.73) < 0.15
    assert total >= 3 * NUM_FRAMES


def test_2d_boxes_match_projection_with_p2(synth_root):
    for i in range(NUM_FRAMES):
        fid = f'{i:06d}'
        labels = read_labels(synth_root / 'training' / 'label_2' / f'{fid}.txt')
        calib = read_calib(synth_root / 'training' / 'calib' / f'{fid}.txt')
        p2 = calib['P2'].reshape(3, 4)
        for lab in labels:
            h, w, l = lab['hwl']
            x = np.array([l, l, -l, -l, l, l, -l, -l]) / 2
            z = np.array([w, -w, -w, w, w, -w, -w, w]) / 2
            y = np.array([0, 0, 0, 0, -h, -h, -h, -h])
            c, s = np.cos(lab['ry']), np.sin(lab['ry'])
            corners = np.stack([c * x + s * z, y, -s * x + c * z], axis=1) + lab['loc']
            uvw = corners @ p2[:, :3].T + p2[:, 3]
            uv = uvw[:, :2] / uvw[:, 2:3]
            expect = np.array([max(uv[:, 0].min(), 0), max(uv[:, 1].min(), 0),
                               min(uv[:, 0].max(), 1241), min(uv[:, 1].max(), 374)])
            np.testing.assert_allclose(lab['bbox'], expect, atol=0.02)
            assert lab['bbox'][3] - lab['bbox'][1] >= 25                # mostly easy/moderate objects
            alpha = (lab['ry'] - np.arctan2(lab['loc'][0], lab['loc'][2]) + np.pi) % (2 * np.pi) - np.pi
            assert abs((lab['alpha'] - alpha + np.pi) % (2 * np.pi) - np.pi) < 0.02


def test_painted_points(synth_root):
    for i in range(NUM_FRAMES):
        fid = f'{i:06d}'
        plain = np.fromfile(synth_root / 'training' / 'velodyne' / f'{fid}.bin', dtype=np.float32).reshape(-1, 4)
        painted = np.fromfile(synth_root / 'training' / 'velodyne_painted' / f'{fid}.bin', dtype=np.float32)
        painted = painted.reshape(-1, 8)
        np.testing.assert_array_equal(painted[:, :4], plain)
        scores = painted[:, 4:]
        assert scores.min() >= 0
        np.testing.assert_allclose(scores.sum(axis=1), 1.0, atol=1e-5)
        labels = read_labels(synth_root / 'training' / 'label_2' / f'{fid}.txt')
        boxes = camera_to_lidar_boxes(labels, read_calib(synth_root / 'training' / 'calib' / f'{fid}.txt'))
        inside = points_in_boxes_mask(plain, boxes)
        agree = [(scores[mask].argmax(axis=1) == CLASS_NAMES.index(lab['name']) + 1).sum()
                 for lab, mask in zip(labels, inside)]
        assert sum(agree) / max(inside.sum(), 1) > 0.7    # whole-object confusion (3 %) may flip one object
        assert (scores[~inside.any(axis=0)].argmax(axis=1) == 0).mean() > 0.9


def test_painting_noise_is_configurable():
    clean = SyntheticConfig.from_dict({'painting': {'point_confusion_prob': 0.0, 'object_confusion_prob': 0.0,
                                                    'bleed_prob': 0.0, 'confidence': [1.0, 1.0]}})
    _, _, extras = generate_frame(np.random.default_rng([0, 1]), clean, painted=True)
    scores, owner = extras['painted_points'][:, 4:], extras['point_owner']
    cls_of_owner = np.array([CLASS_NAMES.index(n) + 1 for n in extras['gt_names']])
    expect = np.where(owner >= 0, cls_of_owner[np.maximum(owner, 0)], 0)
    uv, depth = SyntheticCalib().lidar_to_img(extras['painted_points'][:, :3])
    in_image = (depth > 0) & (uv[:, 0] >= 0) & (uv[:, 0] < 1242) & (uv[:, 1] >= 0) & (uv[:, 1] < 375)
    assert 0.5 < in_image.mean() < 1.0                       # rays cover a little more than the camera sees
    np.testing.assert_array_equal(scores.argmax(axis=1), np.where(in_image, expect, 0))
    np.testing.assert_allclose(scores.max(axis=1), 1.0)


def test_placeholder_png_has_the_image_size(synth_root):
    data = (synth_root / 'training' / 'image_2' / '000000.png').read_bytes()
    assert data[:8] == b'\x89PNG\r\n\x1a\n' and data[12:16] == b'IHDR'
    assert struct.unpack('>II', data[16:24]) == (1242, 375)
    assert len(data) < 1000
    idat_len = struct.unpack('>I', data[33:37])[0]
    assert len(zlib.decompress(data[41:41 + idat_len])) == 375 * (1 + (1242 + 7) // 8)


def test_errors_and_overwrite(tmp_path):
    with pytest.raises(ConfigError, match='objects.num_carz: unknown key; valid keys: .*num_cars'):
        generate_kitti_dataset(tmp_path / 'x', num_frames=1, config={'objects': {'num_carz': [1, 2]}})
    foreign = tmp_path / 'foreign'
    foreign.mkdir()
    (foreign / 'keep.txt').write_text('user data')
    with pytest.raises(DataError, match='not a synthetic dataset'):
        generate_kitti_dataset(foreign, num_frames=1)
    assert (foreign / 'keep.txt').read_text() == 'user data'
    out = tmp_path / 'synth'
    small = {'objects': {'num_cars': [1, 1], 'num_pedestrians': [0, 0], 'num_cyclists': [0, 0]}}
    generate_kitti_dataset(out, num_frames=1, config=small)
    generate_kitti_dataset(out, num_frames=2, config=small)          # an earlier synthetic dataset is replaced

    def fail(done, total):
        raise RuntimeError('interrupted')
    with pytest.raises(RuntimeError):
        generate_kitti_dataset(out, num_frames=2, seed=1, config=small, progress=fail)
    assert len(list((out / 'training' / 'velodyne').iterdir())) == 2    # the old dataset is untouched
    assert not [p for p in tmp_path.iterdir() if p.name.startswith('.')]


def test_scene_without_objects():
    empty = SyntheticConfig.from_dict({'objects': {'num_cars': [0, 0], 'num_pedestrians': [0, 0],
                                                   'num_cyclists': [0, 0]}})
    points, labels, extras = generate_frame(np.random.default_rng([0, 2]), empty, painted=True)
    assert labels == [] and extras['gt_boxes_lidar'].shape == (0, 7) and points.shape[0] > 5000
    assert (extras['point_owner'] == -1).all()
    np.testing.assert_allclose(extras['painted_points'][:, 4:].sum(axis=1), 1.0, atol=1e-5)


def test_kitti_reader_sees_mostly_easy_and_moderate_objects(synth_root):
    """The project's own KITTI reader parses the files; its difficulty levels are mostly easy/moderate."""
    object3d = pytest.importorskip('pcdet_qat_plugin.datasets.kitti.object3d_kitti')
    calibration = pytest.importorskip('pcdet_qat_plugin.datasets.kitti.calibration')
    from pcdet_qat_plugin.utils.box_utils import boxes3d_kitti_camera_to_lidar
    levels = []
    for i in range(NUM_FRAMES):
        fid = f'{i:06d}'
        objs = object3d.get_objects_from_label(synth_root / 'training' / 'label_2' / f'{fid}.txt')
        calib = calibration.Calibration(synth_root / 'training' / 'calib' / f'{fid}.txt')
        _, _, extras = generate_frame(np.random.default_rng([3, i]))
        cam = np.array([[*o.loc, o.l, o.h, o.w, o.ry] for o in objs], dtype=np.float32)
        np.testing.assert_allclose(boxes3d_kitti_camera_to_lidar(cam, calib), extras['gt_boxes_lidar'], atol=1e-3)
        levels += [o.level for o in objs]
    assert np.mean([lv in (0, 1) for lv in levels]) >= 0.8, levels


def _object_distances(config, frames=6):
    dist = []
    for i in range(frames):
        _, _, extras = generate_frame(np.random.default_rng([0, i]), config)
        dist += np.hypot(extras['gt_boxes_lidar'][:, 0], extras['gt_boxes_lidar'][:, 1]).tolist()
    return np.array(dist)


def test_range_exponent_moves_objects_out_and_one_keeps_frames():
    from pcdet_qat_plugin.datasets.synthetic import resolve_config
    few = {'num_cars': [3, 3], 'num_pedestrians': [1, 1], 'num_cyclists': [1, 1]}
    uniform = SyntheticConfig.from_dict({'objects': few})
    far = SyntheticConfig.from_dict({'objects': {**few, 'range_exponent': 0.4}})
    assert np.median(_object_distances(far)) > np.median(_object_distances(uniform)) + 4.0
    # exponent 1 is the old uniform draw: the same frame byte for byte as without the key
    same = SyntheticConfig.from_dict({'objects': {**few, 'range_exponent': 1}})
    a, _, _ = generate_frame(np.random.default_rng([0, 1]), uniform)
    b, _, _ = generate_frame(np.random.default_rng([0, 1]), same)
    assert a.tobytes() == b.tobytes()
    with pytest.raises(ConfigError, match='objects.range_exponent: 0.0 must be > 0'):
        SyntheticConfig.from_dict({'objects': {'range_exponent': 0}})
    assert resolve_config(None) == SyntheticConfig()


def test_harder_preset(tmp_path):
    from pcdet_qat_plugin.datasets.synthetic import PRESETS, preset_overrides, resolve_config
    harder = resolve_config('harder')
    assert harder.objects.range_m == (5.0, 50.0) and harder.lidar.beams_per_block == 32
    assert resolve_config('default') == SyntheticConfig()
    preset_overrides('harder')['objects']['range_m'][1] = 99.0        # a copy: the preset stays as it is
    assert PRESETS['harder']['objects']['range_m'][1] == 50.0
    with pytest.raises(ConfigError, match="preset 'hardest': unknown; valid presets: default, harder"):
        generate_kitti_dataset(tmp_path / 'x', num_frames=1, config='hardest')
    summary = generate_kitti_dataset(tmp_path / 'h', num_frames=2, config='harder', val_fraction=0.5)
    assert summary['val'] == 1
    written = json.loads((tmp_path / 'h' / 'synthetic_kitti.json').read_text())['config']
    assert written['objects']['range_exponent'] == 0.85 and written['lidar']['beams_per_block'] == 32
