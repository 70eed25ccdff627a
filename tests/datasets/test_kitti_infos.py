"""Info pickles and gt database in OpenPCDet's layout, created in a tmp copy of the generated and the real
sample frames (values of particular real objects checked on the real ones only)."""
import copy
import pickle

import numpy as np
import pytest

from pcdet_qat_plugin.datasets.kitti.kitti_dataset import KittiDataset
from pcdet_qat_plugin.datasets.kitti.kitti_infos import create_kitti_infos
from pcdet_qat_plugin.datasets.kitti.kitti_utils import load_dbinfos, load_infos, read_png_size, read_points
from pcdet_qat_plugin.datasets.kitti.object3d_kitti import get_objects_from_label
from pcdet_qat_plugin.errors import DataError

from conftest import all_ids, split_ids  # tests/conftest.py
from .conftest import real_copy_of

ANNO_KEYS = {'name', 'truncated', 'occluded', 'alpha', 'bbox', 'dimensions', 'location', 'rotation_y', 'score',
             'difficulty', 'index', 'gt_boxes_lidar', 'num_points_in_gt'}
DB_KEYS = {'name', 'path', 'image_idx', 'gt_idx', 'box3d_lidar', 'num_points_in_gt', 'difficulty', 'bbox', 'score'}


def test_info_files_and_structure(kitti_root, real_frames):
    for name in ('kitti_infos_train.pkl', 'kitti_infos_val.pkl', 'kitti_infos_trainval.pkl',
                 'kitti_dbinfos_train.pkl'):
        assert (kitti_root / name).is_file()
    val_ids = split_ids(kitti_root, 'val')
    val = load_infos(kitti_root / 'kitti_infos_val.pkl')
    assert [i['point_cloud']['lidar_idx'] for i in val] == val_ids
    assert len(load_infos(kitti_root / 'kitti_infos_trainval.pkl')) == len(all_ids(kitti_root))
    info, idx = val[-1], val_ids[-1]
    assert info['point_cloud'] == {'num_features': 4, 'lidar_idx': idx}
    shape = read_png_size(kitti_root / 'training' / 'image_2' / f'{idx}.png').tolist()
    assert info['image']['image_idx'] == idx and info['image']['image_shape'].tolist() == shape
    assert {k: v.shape for k, v in info['calib'].items()} == {'P2': (4, 4), 'R0_rect': (4, 4),
                                                              'Tr_velo_to_cam': (4, 4)}
    objs = get_objects_from_label(kitti_root / 'training' / 'label_2' / f'{idx}.txt')
    n, n_obj = len(objs), sum(o.cls_type != 'DontCare' for o in objs)
    annos = info['annos']
    assert set(annos) == ANNO_KEYS
    assert len(annos['name']) == n and annos['gt_boxes_lidar'].shape == (n_obj, 7)
    assert annos['bbox'].shape == (n, 4) and annos['dimensions'].shape == (n, 3)
    assert annos['index'].tolist() == list(range(n_obj)) + [-1] * (n - n_obj)
    assert (annos['num_points_in_gt'][:n_obj] >= 0).all() and (annos['num_points_in_gt'][n_obj:] == -1).all()
    assert annos['difficulty'].dtype == np.int32 and annos['score'].tolist() == [-1.0] * n
    if real_frames:
        assert (n, n_obj, shape) == (17, 15, [370, 1224]) and (annos['num_points_in_gt'][:15] > 0).all()
        f1 = val[0]['annos']  # 000001: Truck, Car, Cyclist, 4 x DontCare
        assert f1['name'].tolist() == ['Truck', 'Car', 'Cyclist'] + ['DontCare'] * 4
        assert f1['difficulty'].tolist()[:3] == [1, -1, -1]


def test_gt_database(kitti_root, real_frames):
    db = load_dbinfos(kitti_root / 'kitti_dbinfos_train.pkl')
    assert db and set(db) <= {'Car', 'Pedestrian', 'Cyclist', 'Van', 'Truck', 'Tram', 'Misc', 'Person_sitting'}
    if real_frames:
        assert list(db) == ['Pedestrian'] and len(db['Pedestrian']) == 1
        assert db['Pedestrian'][0]['path'] == 'gt_database/000000_Pedestrian_0.bin'
        assert db['Pedestrian'][0]['num_points_in_gt'] > 300
    for name, items in db.items():
        for item in items:
            assert set(item) == DB_KEYS and item['name'] == name
            assert item['path'] == f'gt_database/{item["image_idx"]}_{name}_{item["gt_idx"]}.bin'
            pts = read_points(kitti_root / item['path'])
            assert pts.shape[0] == item['num_points_in_gt']
            half = np.asarray(item['box3d_lidar'][3:6]) / 2 + 1e-3   # points relative to the (rotated) box centre
            half[:2] += 1e-2  # OpenPCDet's points_in_boxes_cpu keeps points up to 1 cm past the length and width
            assert (np.linalg.norm(pts[:, :2], axis=1) <= np.hypot(*half[:2])).all()
            assert (np.abs(pts[:, 2]) <= half[2]).all()


def test_reads_infos_with_openpcdet_dataset_api(kitti_root, pp_cfg):
    ds = KittiDataset(pp_cfg.DATA_CONFIG, pp_cfg.CLASS_NAMES, training=False, root_path=kitti_root)
    val_ids = split_ids(kitti_root, 'val')
    assert len(ds) == len(val_ids) and ds.split == 'val'
    sample = ds[len(ds) - 1]
    assert sample['frame_id'] == val_ids[-1]
    assert sample['gt_boxes'].shape[1] == 8 and set(sample['gt_boxes'][:, 7].tolist()) <= {1, 2, 3}
    assert sample['voxels'].shape[1:] == (32, 4) and sample['voxel_coords'].shape[1] == 3


@pytest.mark.parametrize('sub,frame,damage,pattern', [   # frame: index into the sorted labelled ids
    ('training/velodyne', 1, lambda f: f.with_suffix('.bin').write_bytes(b'\0' * 18), r'{}\.bin: 4 float32 values and 2 stray bytes'),
    ('training/calib', 2, lambda f: f.with_suffix('.txt').unlink(), r'calibration file not found: .*{}\.txt'),
    ('training/label_2', 3, lambda f: f.with_suffix('.txt').unlink(), r'label file not found: .*{}\.txt'),
    ('training/image_2', 1, lambda f: f.with_suffix('.png').unlink(), r'image file not found: .*{}\.png'),
    ('training/label_2', 2, lambda f: f.with_suffix('.txt').write_text('Car 0 0\n'), r'{}\.txt:1: '),
])
def test_bad_input_names_the_file(fresh_root, pp_cfg, sub, frame, damage, pattern):
    idx = all_ids(fresh_root)[frame]
    damage(real_copy_of(fresh_root, sub) / idx)
    pattern = pattern.format(idx)
    with pytest.raises(DataError, match=pattern):
        create_kitti_infos(pp_cfg.DATA_CONFIG, pp_cfg.CLASS_NAMES, fresh_root, workers=1)


def test_info_pickle_from_another_layout(tmp_path, pp_cfg):
    bad = tmp_path / 'kitti_infos_val.pkl'
    bad.write_bytes(pickle.dumps([{'lidar_path': 'x.bin', 'token': 'abc'}]))  # a nuScenes-style entry
    with pytest.raises(DataError, match=r'kitti_infos_val\.pkl: entry 0 is not a KITTI info dict'):
        load_infos(bad)
    bad.write_bytes(pickle.dumps({'infos': []}))
    with pytest.raises(DataError, match=r'kitti_infos_val\.pkl: expected a list'):
        KittiDataset(pp_cfg.DATA_CONFIG, pp_cfg.CLASS_NAMES, training=False, root_path=tmp_path)
    db = tmp_path / 'db.pkl'
    db.write_bytes(pickle.dumps({'Car': [{'path': 'a.bin'}]}))
    with pytest.raises(DataError, match=r'db\.pkl: Car\[0\] is not a gt-database info'):
        load_dbinfos(db)


def test_create_infos_command(fresh_root, tmp_path, capsys):
    from pcdet_qat_plugin.datasets.kitti.__main__ import main
    assert main(['create_infos', '--data_path', str(fresh_root), '--workers', '2']) == 0
    out = capsys.readouterr().out
    assert 'kitti_infos_trainval.pkl' in out
    assert {p.name for p in (fresh_root / 'gt_database').iterdir()} == {
        item['path'].split('/')[1] for items in load_dbinfos(fresh_root / 'kitti_dbinfos_train.pkl').values()
        for item in items}
    assert main(['create_infos', '--data_path', str(tmp_path / 'nowhere')]) == 2
    assert 'split file not found' in capsys.readouterr().err


def test_testing_split_without_labels(fresh_root, pp_cfg):
    imagesets = real_copy_of(fresh_root, 'ImageSets')
    ids = all_ids(fresh_root)
    (imagesets / 'test.txt').write_text(f'{ids[3]}\n{ids[2]}\n')
    (fresh_root / 'testing').mkdir()
    for sub in ('velodyne', 'calib', 'image_2'):  # no label_2 in testing/
        (fresh_root / 'testing' / sub).symlink_to((fresh_root / 'training' / sub).resolve())
    create_kitti_infos(pp_cfg.DATA_CONFIG, pp_cfg.CLASS_NAMES, fresh_root, workers=1)
    test_infos = load_infos(fresh_root / 'kitti_infos_test.pkl')
    assert [i['point_cloud']['lidar_idx'] for i in test_infos] == [ids[3], ids[2]]
    assert all('annos' not in i for i in test_infos)
    cfg = copy.deepcopy(pp_cfg.DATA_CONFIG)
    cfg.DATA_SPLIT = {'train': 'train', 'test': 'test'}
    cfg.INFO_PATH = {'train': ['kitti_infos_train.pkl'], 'test': ['kitti_infos_test.pkl']}
    ds = KittiDataset(cfg, pp_cfg.CLASS_NAMES, training=False, root_path=fresh_root)
    batch = ds.collate_batch([ds[0], ds[1]])
    assert 'gt_boxes' not in batch and batch['voxel_coords'][:, 0].max() == 1
    assert batch['image_shape'].tolist() == [read_png_size(fresh_root / 'training' / 'image_2' / f'{i}.png').tolist()
                                             for i in (ids[3], ids[2])]



def test_points_in_boxes_cpu_is_openpcdets_rule():
    """OpenPCDet's check_pt_in_box3d_cpu: strict 1 cm margin around length / width, height inclusive, none above."""
    from pcdet_qat_plugin.utils.box_utils import points_in_boxes_cpu, points_in_boxes_mask
    box = np.array([[10.0, 5.0, -1.0, 4.0, 2.0, 1.5, np.pi / 2]], dtype=np.float32)  # length along +y
    pts = np.array([[10.0, 7.005, -1.0],   # 0.5 cm past the length: in (margin)
                    [10.0, 7.02, -1.0],    # 2 cm past: out
                    [11.005, 5.0, -1.0],   # 0.5 cm past the width: in
                    [10.0, 5.0, -0.25],    # on the top face: in
                    [10.0, 5.0, -0.24]],   # 1 cm above: out (no margin on z)
                   dtype=np.float32)
    assert points_in_boxes_cpu(pts, box)[0].tolist() == [True, False, True, True, False]
    assert points_in_boxes_mask(pts, box)[0].tolist() == [False, False, False, True, False]


def test_gt_database_counts_match_openpcdets_rule(kitti_root, real_frames):
    """Every database object holds the points OpenPCDet's 1 cm rule finds in its box. On the real frames:
    000134's first Car has 570 points strictly inside its box, 580 with OpenPCDet's margin (what its
    create_groundtruth_database writes); the database and its num_points_in_gt hold the 580."""
    from pcdet_qat_plugin.utils.box_utils import points_in_boxes_cpu, points_in_boxes_mask
    for items in load_dbinfos(kitti_root / 'kitti_dbinfos_train.pkl').values():
        for item in items:
            points = read_points(kitti_root / 'training' / 'velodyne' / f'{item["image_idx"]}.bin')
            inside = int(points_in_boxes_cpu(points, np.asarray(item['box3d_lidar'])[None]).sum())
            assert inside == item['num_points_in_gt'] == read_points(kitti_root / item['path']).shape[0]
    if not real_frames:
        return
    info = load_infos(kitti_root / 'kitti_infos_val.pkl')[2]
    points = read_points(kitti_root / 'training' / 'velodyne' / '000134.bin')
    box = info['annos']['gt_boxes_lidar'][:1]
    assert (points_in_boxes_mask(points, box).sum(), points_in_boxes_cpu(points, box).sum()) == (570, 580)
    db = load_dbinfos(kitti_root / 'kitti_dbinfos_train.pkl')['Pedestrian'][0]  # 000000: 377 strict, 383
    assert db['num_points_in_gt'] == 383 == read_points(kitti_root / db['path']).shape[0]


def test_point_width_mismatch_names_file_floats_and_cfg_key(fresh_root, pp_cfg, real_frames):
    idx = all_ids(fresh_root)[1]
    floats = (fresh_root / 'training' / 'velodyne' / f'{idx}.bin').stat().st_size // 4
    assert floats == 481072 or not real_frames
    width = next(w for w in range(7, 40) if floats % w)
    cfg = copy.deepcopy(pp_cfg)
    cfg.DATA_CONFIG.POINT_FEATURE_ENCODING.src_feature_list = ['x', 'y', 'z', 'intensity'] + [
        f'f{i}' for i in range(width - 4)]
    ds = KittiDataset(cfg.DATA_CONFIG, cfg.CLASS_NAMES, training=False, root_path=fresh_root)
    with pytest.raises(DataError, match=rf'velodyne/{idx}\.bin: {floats} float32 values, not a multiple of {width} '
                                        r'features per point \(len\(DATA_CONFIG\.POINT_FEATURE_ENCODING\.'
                                        r'src_feature_list\)\)'):
        ds.get_lidar(idx)
