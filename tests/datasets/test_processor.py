"""Voxelization (spconv PointToVoxel on CPU, zero padding across reused buffers) and feature encoding."""
import numpy as np
import pytest
import torch
from easydict import EasyDict

from pcdet_qat_plugin.datasets.processor.data_processor import VoxelGeneratorWrapper
from pcdet_qat_plugin.datasets.processor.point_feature_encoder import PointFeatureEncoder
from pcdet_qat_plugin.errors import ConfigError, DataError

PCR = [0, -39.68, -3, 69.12, 39.68, 1]


def test_voxels_match_a_fresh_point_to_voxel_call():
    from spconv.pytorch.utils import PointToVoxel
    rng = np.random.default_rng(0)
    ours = VoxelGeneratorWrapper([0.16, 0.16, 4], PCR, 4, 32, 2000)
    for n in (20000, 800):  # the second, smaller cloud reuses buffers dirtied by the first
        pts = rng.uniform([0, -40, -3.5, 0], [70, 40, 1.5, 1], (n, 4)).astype(np.float32)
        pts[: n // 4, :2] = pts[0, :2]  # one overfull pillar
        fresh = PointToVoxel(vsize_xyz=[0.16, 0.16, 4], coors_range_xyz=PCR, num_point_features=4,
                             max_num_voxels=2000, max_num_points_per_voxel=32)
        ref = [x.numpy() for x in fresh(torch.from_numpy(pts))]
        got = ours.generate(pts)
        for a, b in zip(got, ref):
            np.testing.assert_array_equal(a, b)
        assert got[0].shape[0] <= 2000 and got[2].max() == 32 and got[1].dtype == np.int32


def test_point_feature_encoder_selects_columns():
    cfg = EasyDict(encoding_type='absolute_coordinates_encoding', used_feature_list=['x', 'y', 'z', 'score_car'],
                   src_feature_list=['x', 'y', 'z', 'intensity', 'score_bg', 'score_car'])
    enc = PointFeatureEncoder(cfg)
    pts = np.arange(12, dtype=np.float32).reshape(2, 6)
    out = enc.forward({'points': pts})
    assert enc.num_point_features == 4 and out['use_lead_xyz']
    np.testing.assert_array_equal(out['points'], pts[:, [0, 1, 2, 5]])
    with pytest.raises(DataError, match='points have 4 features'):
        enc.forward({'points': pts[:, :4]})
    with pytest.raises(ConfigError, match=r"used_feature_list: \['rgb'\] not in src_feature_list"):
        PointFeatureEncoder(EasyDict(cfg, used_feature_list=['x', 'y', 'z', 'rgb']))
