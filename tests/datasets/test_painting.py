"""PointPainting: projection into image_2, score sampling, outside-image policy, painted gt database."""
import numpy as np
import pytest

from pcdet_qat_plugin.config import load_cfg
from pcdet_qat_plugin.datasets import build_dataloader
from pcdet_qat_plugin.datasets.kitti import kitti_utils
from pcdet_qat_plugin.datasets.kitti.calibration import Calibration
from pcdet_qat_plugin.datasets.kitti.kitti_infos import create_kitti_infos
from pcdet_qat_plugin.datasets.painting import load_score_map, paint_kitti, paint_points
from pcdet_qat_plugin.errors import ConfigError, DataError

from conftest import all_ids  # tests/conftest.py


def _frame(root, idx='000000'):
    points = kitti_utils.read_points(root / 'training' / 'velodyne' / f'{idx}.bin')
    calib = Calibration(root / 'training' / 'calib' / f'{idx}.txt')
    shape = kitti_utils.read_png_size(root / 'training' / 'image_2' / f'{idx}.png')
    return points, calib, shape


def _left_right_scores(shape, scale=1):
    h, w = int(shape[0]) // scale, int(shape[1]) // scale
    scores = np.zeros((h, w, 4), np.float32)
    scores[:, : w // 2, 1] = 1.0  # left half: car
    scores[:, w // 2:, 3] = 1.0  # right half: cyclist
    return scores


@pytest.mark.parametrize('scale', [1, 2])
def test_paint_points_samples_scores_at_projection(kitti_frames, scale):
    points, calib, shape = _frame(kitti_frames)
    painted = paint_points(points, calib, shape, _left_right_scores(shape, scale), outside='background')
    assert painted.shape == (points.shape[0], 8) and painted.dtype == np.float32
    np.testing.assert_array_equal(painted[:, :4], points)
    inside = kitti_utils.get_fov_flag(calib.lidar_to_rect(points[:, :3]), shape, calib)
    assert 0 < inside.sum() < len(points)
    assert (painted[~inside, 4:] == [1, 0, 0, 0]).all()
    u = calib.lidar_to_img(points[inside, :3])[0][:, 0]
    far_left, far_right = u < shape[1] / 2 - 4, u > shape[1] / 2 + 4
    assert (painted[inside][far_left, 4:] == [0, 1, 0, 0]).all()
    assert (painted[inside][far_right, 4:] == [0, 0, 0, 1]).all()
    dropped = paint_points(points, calib, shape, _left_right_scores(shape, scale), outside='drop')
    assert dropped.shape == (inside.sum(), 8)


def test_score_map_formats_and_errors(tmp_path, kitti_frames):
    labels = np.array([[0, 1], [2, 3]], dtype=np.uint8)
    np.save(tmp_path / 'a.npy', labels)
    np.testing.assert_array_equal(load_score_map(tmp_path / 'a.npy')[1, 1], [0, 0, 0, 1])
    np.save(tmp_path / 'b.npy', np.ones((4, 3, 5), np.float32))
    assert load_score_map(tmp_path / 'b.npy').shape == (3, 5, 4)
    np.save(tmp_path / 'c.npy', np.ones((3, 5, 7), np.float32))
    with pytest.raises(DataError, match=r'c\.npy: score map shape'):
        load_score_map(tmp_path / 'c.npy')
    points, calib, shape = _frame(kitti_frames)
    with pytest.raises(ConfigError, match=r'OUTSIDE_IMAGE: .keep. not in'):
        paint_points(points, calib, shape, _left_right_scores(shape), outside='keep')


def test_painted_dataset_end_to_end(fresh_root):
    def segment(image):
        return _left_right_scores(image.shape[:2])
    ids = all_ids(fresh_root)
    assert paint_kitti(fresh_root, segment=segment, splits=['trainval']) == len(ids)
    out = fresh_root / 'training' / 'velodyne_painted' / f'{ids[-1]}.bin'
    assert kitti_utils.read_points(out, 8).shape[1] == 8
    with pytest.raises(ConfigError, match='must not be velodyne'):
        paint_kitti(fresh_root, segment=segment, output_dir='velodyne')

    cfg = load_cfg('cfgs/kitti/pointpillar_painted.yaml')
    written = create_kitti_infos(cfg.DATA_CONFIG, cfg.CLASS_NAMES, fresh_root, workers=1)
    assert written['dbinfos'].name == 'kitti_dbinfos_train_painted.pkl'
    db = kitti_utils.load_dbinfos(written['dbinfos'])
    item = db['Pedestrian'][0]
    assert item['path'] == f'gt_database_painted/{item["image_idx"]}_Pedestrian_{item["gt_idx"]}.bin'
    assert kitti_utils.read_points(fresh_root / item['path'], 8).shape[0] == item['num_points_in_gt']

    cfg.DATA_CONFIG.INFO_PATH.train = ['kitti_infos_trainval.pkl']
    dataset, loader, _ = build_dataloader(cfg.DATA_CONFIG, cfg.CLASS_NAMES, batch_size=2, dist=False,
                                          root_path=fresh_root, workers=0, seed=1, training=True)
    assert dataset.point_feature_encoder.num_point_features == 8
    batch = next(iter(loader))
    assert batch['voxels'].shape[1:] == (32, 8) and batch['points'].shape[1] == 9
    assert np.allclose(batch['points'][:, 5:9].sum(1), 1.0)  # scores of every point sum to one


def test_paint_points_tool_with_score_maps_and_drop(fresh_root, repo_root, monkeypatch, capsys):
    score_dir = fresh_root / 'training' / 'score_2'
    score_dir.mkdir()
    ids = all_ids(fresh_root)
    for idx in ids:
        shape = kitti_utils.read_png_size(fresh_root / 'training' / 'image_2' / f'{idx}.png')
        labels = np.zeros((shape[0] // 2, shape[1] // 2), np.uint8)
        labels[:, labels.shape[1] // 2:] = 2  # right half: pedestrian
        np.save(score_dir / f'{idx}.npy', labels)
    monkeypatch.syspath_prepend(str(repo_root / 'tools'))
    import paint_points
    paint_points.main(['--data_path', str(fresh_root), '--outside', 'drop', '--splits', 'trainval'])
    assert f'painted {len(ids)} frames' in capsys.readouterr().out
    painted = kitti_utils.read_points(fresh_root / 'training' / 'velodyne_painted' / '000000.bin', 8)
    points, calib, shape = _frame(fresh_root)
    assert len(painted) == kitti_utils.get_fov_flag(calib.lidar_to_rect(points[:, :3]), shape, calib).sum()
    assert set(np.unique(painted[:, 4:].argmax(1))) == {0, 2}
