"""One augmented, voxelized training batch in OpenPCDet's batch_dict layout; seeded reproducibility."""
import copy

import numpy as np
import pytest

from pcdet_qat_plugin.datasets import build_dataloader
from pcdet_qat_plugin.errors import ConfigError, DataError

from conftest import all_ids  # tests/conftest.py


def _train_cfg(pp_cfg):
    cfg = copy.deepcopy(pp_cfg)
    cfg.DATA_CONFIG.INFO_PATH.train = ['kitti_infos_trainval.pkl']  # every labelled frame
    return cfg


def _batches(cfg, root, workers, seed=11, epochs=1, batch_size=2):
    _, loader, _ = build_dataloader(cfg.DATA_CONFIG, cfg.CLASS_NAMES, batch_size=batch_size, dist=False,
                                    root_path=root, workers=workers, seed=seed, training=True)
    return [list(loader) for _ in range(epochs)]


def test_augmented_voxelized_batch_shapes(kitti_root, pp_cfg):
    cfg = _train_cfg(pp_cfg)
    dataset, loader, sampler = build_dataloader(cfg.DATA_CONFIG, cfg.CLASS_NAMES, batch_size=2, dist=False,
                                                root_path=kitti_root, workers=0, seed=3, training=True)
    assert sampler is None and len(dataset) == len(all_ids(kitti_root))
    assert dataset.grid_size.tolist() == [432, 496, 1] and dataset.point_feature_encoder.num_point_features == 4
    batch = next(iter(loader))
    assert batch['batch_size'] == 2 and batch['frame_id'].shape == (2,) and len(batch['calib']) == 2
    v = batch['voxels']
    assert v.dtype == np.float32 and v.ndim == 3 and v.shape[1:] == (32, 4)
    assert batch['voxel_num_points'].shape == (v.shape[0],) and batch['voxel_num_points'].max() <= 32
    coords = batch['voxel_coords']
    assert coords.shape == (v.shape[0], 4) and set(np.unique(coords[:, 0])) == {0, 1}
    assert (coords[:, 1] == 0).all() and coords[:, 2].max() < 496 and coords[:, 3].max() < 432  # b, z, y, x
    assert v.shape[0] <= 2 * 16000
    pts = batch['points']
    assert pts.shape[1] == 5 and set(np.unique(pts[:, 0])) == {0, 1}
    pcr = np.array(cfg.DATA_CONFIG.POINT_CLOUD_RANGE)
    assert (pts[:, 1] >= pcr[0]).all() and (pts[:, 1] <= pcr[3]).all()
    gt = batch['gt_boxes']
    assert gt.shape[0] == 2 and gt.shape[2] == 8 and gt.dtype == np.float32
    real = gt[gt[:, :, 3] > 0]
    assert len(real) > 0 and set(real[:, 7].tolist()) <= {1.0, 2.0, 3.0}
    assert batch['image_shape'].shape == (2, 2)


def test_gt_sampling_pastes_database_objects(kitti_root, pp_cfg, real_frames):
    from pcdet_qat_plugin.utils.box_utils import points_in_boxes_mask
    cfg = _train_cfg(pp_cfg)
    cfg.DATA_CONFIG.DATA_AUGMENTOR.AUG_CONFIG_LIST = cfg.DATA_CONFIG.DATA_AUGMENTOR.AUG_CONFIG_LIST[:1]
    dataset, _, _ = build_dataloader(cfg.DATA_CONFIG, cfg.CLASS_NAMES, batch_size=1, dist=False,
                                     root_path=kitti_root, workers=0, seed=0, training=True)
    if real_frames:
        sample = dataset[1]  # 000001: Car, Cyclist (+ Truck); the database holds 000000's Pedestrian
        names = sample['gt_boxes'][:, 7].tolist()
        assert sorted(names) == [1.0, 2.0, 3.0]
        ped = sample['gt_boxes'][np.array(names) == 2.0, :7]
        assert points_in_boxes_mask(sample['points'], ped).sum() > 300  # its database points came along
        return
    pasted = 0
    for i in range(len(dataset)):
        own = len(dataset.kitti_infos[i]['annos']['gt_boxes_lidar'])
        sample = dataset[i]
        extra = sample['gt_boxes'][own:, :7]  # sampled boxes follow the frame's own
        pasted += len(extra)
        for box in extra:
            assert points_in_boxes_mask(sample['points'], box[None]).sum() > 0  # its database points came along
    assert pasted > 0


def test_seeded_batches_reproducible_across_workers(kitti_root, pp_cfg):
    cfg = _train_cfg(pp_cfg)
    a = _batches(cfg, kitti_root, workers=0, epochs=2)
    b = _batches(cfg, kitti_root, workers=2, epochs=2)
    for ea, eb in zip(a, b):
        for ba, bb in zip(ea, eb):
            assert ba['frame_id'].tolist() == bb['frame_id'].tolist()
            np.testing.assert_array_equal(ba['voxels'], bb['voxels'])
            np.testing.assert_array_equal(ba['gt_boxes'], bb['gt_boxes'])
    first = {f: b_['noise_rot'][i] for b_ in a[0] for i, f in enumerate(b_['frame_id'])}
    second = {f: b_['noise_rot'][i] for b_ in a[1] for i, f in enumerate(b_['frame_id'])}
    assert first != second  # a new epoch draws new augmentations


def test_unknown_names_raise_config_error(kitti_root, pp_cfg):
    cfg = _train_cfg(pp_cfg)
    cfg.DATA_CONFIG.DATA_AUGMENTOR.AUG_CONFIG_LIST[1].NAME = 'random_world_flop'
    with pytest.raises(ConfigError, match=r'AUG_CONFIG_LIST\[1\]\.NAME: .random_world_flop. not in'):
        build_dataloader(cfg.DATA_CONFIG, cfg.CLASS_NAMES, batch_size=1, dist=False, root_path=kitti_root,
                         workers=0, training=True)
    cfg = _train_cfg(pp_cfg)
    cfg.DATA_CONFIG.DATASET = 'NuScenesDataset'
    with pytest.raises(ConfigError, match=r'DATA_CONFIG\.DATASET: .NuScenesDataset. not in'):
        build_dataloader(cfg.DATA_CONFIG, cfg.CLASS_NAMES, batch_size=1, dist=False, root_path=kitti_root)


def test_no_class_boxes_anywhere_raises_instead_of_looping(kitti_root, pp_cfg, monkeypatch):
    monkeypatch.setattr('pcdet_qat_plugin.datasets.dataset.MAX_EMPTY_RETRIES', 5)
    cfg = _train_cfg(pp_cfg)
    cfg.DATA_CONFIG.DATA_AUGMENTOR.DISABLE_AUG_LIST = ['gt_sampling']
    dataset, _, _ = build_dataloader(cfg.DATA_CONFIG, ['Tram'], batch_size=1, dist=False, root_path=kitti_root,
                                     workers=0, seed=0, training=True)
    with pytest.raises(DataError, match=r"training frames in a row .* have no box of \['Tram'\]"):
        dataset[0]


def test_missing_infos_raise_with_the_command_to_make_them(fresh_root, pp_cfg):
    with pytest.raises(DataError, match=r'no test samples: .*kitti_infos_val\.pkl.*`pcdet-qat create-infos'):
        build_dataloader(pp_cfg.DATA_CONFIG, pp_cfg.CLASS_NAMES, batch_size=1, dist=False, root_path=fresh_root,
                         workers=0, training=False)
