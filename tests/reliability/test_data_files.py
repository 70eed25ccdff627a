"""Data files cannot run code or smuggle non-finite values: info pickles go through a restricted
unpickler, point clouds with NaN / inf are refused naming the frame."""
import os
import pickle

import numpy as np
import pytest

from pcdet_qat_plugin.datasets.data_io import load_dbinfos, read_points
from pcdet_qat_plugin.datasets.kitti.kitti_utils import load_infos
from pcdet_qat_plugin.errors import DataError


def openpcdet_style_infos():
    """One frame as OpenPCDet's KittiDataset.get_infos writes it (same keys, dtypes and nesting)."""
    n = 2
    annos = {
        'name': np.array(['Car', 'DontCare']), 'truncated': np.array([0.0, -1.0]), 'occluded': np.array([0, -1]),
        'alpha': np.array([-1.57, -10.0]), 'bbox': np.zeros((n, 4)), 'dimensions': np.ones((n, 3)),
        'location': np.zeros((n, 3)), 'rotation_y': np.zeros(n), 'score': np.full(n, -1.0),
        'difficulty': np.array([0, -1], dtype=np.int32), 'index': np.array([0, -1], dtype=np.int32),
        'gt_boxes_lidar': np.zeros((1, 7)), 'num_points_in_gt': np.array([57, -1], dtype=np.int32),
    }
    calib = {'P2': np.eye(4), 'R0_rect': np.eye(4), 'Tr_velo_to_cam': np.eye(4)}
    return [{'point_cloud': {'num_features': 4, 'lidar_idx': '000000'},
             'image': {'image_idx': '000000', 'image_shape': np.array([375, 1242], dtype=np.int32)},
             'calib': calib, 'annos': annos}]


def openpcdet_style_dbinfos():
    info = {'name': 'Car', 'path': 'gt_database/000000_Car_0.bin', 'image_idx': '000000', 'gt_idx': 0,
            'box3d_lidar': np.zeros(7, dtype=np.float32), 'num_points_in_gt': 57, 'difficulty': np.int32(0),
            'bbox': np.zeros(4), 'score': np.float64(-1.0)}
    return {'Car': [info]}


@pytest.mark.parametrize('protocol', [2, 4, 5])
def test_openpcdet_structure_loads(tmp_path, protocol):
    infos, dbinfos = openpcdet_style_infos(), openpcdet_style_dbinfos()
    (tmp_path / 'kitti_infos_train.pkl').write_bytes(pickle.dumps(infos, protocol=protocol))
    (tmp_path / 'kitti_dbinfos_train.pkl').write_bytes(pickle.dumps(dbinfos, protocol=protocol))
    loaded = load_infos(tmp_path / 'kitti_infos_train.pkl')
    assert loaded[0]['point_cloud']['lidar_idx'] == '000000'
    np.testing.assert_array_equal(loaded[0]['annos']['name'], infos[0]['annos']['name'])
    assert loaded[0]['annos']['num_points_in_gt'].dtype == np.int32
    db = load_dbinfos(tmp_path / 'kitti_dbinfos_train.pkl')
    assert db['Car'][0]['score'] == -1.0 and db['Car'][0]['box3d_lidar'].shape == (7,)


def test_numpy1_pickle_loads(tmp_path):
    """Files written under numpy 1.x name numpy.core.multiarray (numpy 2 renamed it numpy._core)."""
    data = pickle.dumps(openpcdet_style_infos(), protocol=2).replace(b'numpy._core.', b'numpy.core.')
    assert b'numpy.core.multiarray' in data
    (tmp_path / 'old.pkl').write_bytes(data)
    assert load_infos(tmp_path / 'old.pkl')[0]['calib']['P2'].shape == (4, 4)


class _RunsCode:
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.mkdir, (self.marker,))


@pytest.mark.parametrize('loader, name', [(load_infos, 'kitti_infos_train.pkl'),
                                          (load_dbinfos, 'kitti_dbinfos_train.pkl')])
def test_crafted_pickle_refused_without_running(tmp_path, loader, name):
    marker = str(tmp_path / 'code_ran')
    payload = openpcdet_style_infos() if loader is load_infos else openpcdet_style_dbinfos()
    payload = [payload, _RunsCode(marker)] if loader is load_infos else {**payload, 'x': [_RunsCode(marker)]}
    (tmp_path / name).write_bytes(pickle.dumps(payload))
    with pytest.raises(DataError) as info:
        loader(tmp_path / name)
    assert name in str(info.value) and 'refused posix.mkdir' in str(info.value)
    assert not os.path.exists(marker)


def test_pickled_class_instance_refused(tmp_path):
    """Not only callables: any class the file names is refused (here a stdlib one)."""
    import collections
    (tmp_path / 'i.pkl').write_bytes(pickle.dumps([collections.Counter('ab')]))
    with pytest.raises(DataError, match=r'i\.pkl.*refused collections\.Counter'):
        load_infos(tmp_path / 'i.pkl')


@pytest.mark.parametrize('bad', [np.nan, np.inf, -np.inf])
def test_non_finite_points_refused_naming_frame(tmp_path, bad):
    pts = np.random.default_rng(0).uniform(0, 10, (50, 4)).astype(np.float32)
    pts[17, 2] = bad
    pts.tofile(tmp_path / '000042.bin')
    with pytest.raises(DataError, match=r'000042\.bin: 1 of 50 points hold NaN or inf values \(first at point 17'):
        read_points(tmp_path / '000042.bin', 4)


def test_finite_points_read_unchanged(tmp_path):
    pts = np.random.default_rng(1).uniform(-5, 5, (30, 4)).astype(np.float32)
    pts.tofile(tmp_path / 'a.bin')
    np.testing.assert_array_equal(read_points(tmp_path / 'a.bin', 4), pts)
