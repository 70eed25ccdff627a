"""cfg loading: OpenPCDet YAML semantics, nested bases, --set overrides, errors naming the key path."""
import pytest
import yaml

from pcdet_qat_plugin.config import cfg_from_list, load_cfg, require
from pcdet_qat_plugin.errors import ConfigError


def test_pointpillar_values(repo_root):
    cfg = load_cfg(repo_root / 'cfgs/kitti/pointpillar.yaml')
    assert cfg.DATA_CONFIG.POINT_CLOUD_RANGE == [0, -39.68, -3, 69.12, 39.68, 1]
    vox = [p for p in cfg.DATA_CONFIG.DATA_PROCESSOR if p.NAME == 'transform_points_to_voxels'][0]
    assert vox.VOXEL_SIZE == [0.16, 0.16, 4] and vox.MAX_POINTS_PER_VOXEL == 32
    assert vox.MAX_NUMBER_OF_VOXELS == {'train': 16000, 'test': 40000}
    assert [a['class_name'] for a in cfg.MODEL.DENSE_HEAD.ANCHOR_GENERATOR_CONFIG] == ['Car', 'Pedestrian', 'Cyclist']
    assert cfg.OPTIMIZATION.OPTIMIZER == 'adam_onecycle' and cfg.OPTIMIZATION.LR == 0.003
    assert cfg.EXP_GROUP_PATH == 'kitti' and cfg.TAG == 'pointpillar'


def test_nested_base_and_merge(tmp_path):
    (tmp_path / 'a.yaml').write_text(yaml.safe_dump({'X': {'A': 1, 'B': [1, 2]}, 'Y': 'a'}))
    (tmp_path / 'b.yaml').write_text(yaml.safe_dump({'_BASE_CONFIG_': 'a.yaml', 'X': {'B': [3]}, 'Z': 1}))
    (tmp_path / 'c.yaml').write_text(yaml.safe_dump({'_BASE_CONFIG_': 'b.yaml', 'X': {'C': 2}}))
    cfg = load_cfg(tmp_path / 'c.yaml')
    assert cfg.X == {'A': 1, 'B': [3], 'C': 2} and cfg.Y == 'a' and cfg.Z == 1


def test_base_cycle_and_missing(tmp_path):
    (tmp_path / 'a.yaml').write_text('_BASE_CONFIG_: b.yaml\n')
    (tmp_path / 'b.yaml').write_text('_BASE_CONFIG_: a.yaml\n')
    with pytest.raises(ConfigError, match='cycle'):
        load_cfg(tmp_path / 'a.yaml')
    (tmp_path / 'c.yaml').write_text('_BASE_CONFIG_: nope.yaml\n')
    with pytest.raises(ConfigError, match='nope.yaml'):
        load_cfg(tmp_path / 'c.yaml')


def test_set_overrides(repo_root):
    cfg = load_cfg(repo_root / 'cfgs/kitti/pointpillar.yaml',
                   ['OPTIMIZATION.LR', '0.001', 'DATA_CONFIG.POINT_CLOUD_RANGE', '0,-10,-3,20,10,1',
                    'OPTIMIZATION.NUM_EPOCHS', '3', 'QUANTIZE', 'training'])
    assert cfg.OPTIMIZATION.LR == 0.001 and cfg.OPTIMIZATION.NUM_EPOCHS == 3
    assert cfg.DATA_CONFIG.POINT_CLOUD_RANGE == [0, -10, -3, 20, 10, 1]
    assert cfg.QUANTIZE == 'training'
    with pytest.raises(ConfigError, match='OPTIMIZATION.NOPE|NOPE'):
        cfg_from_list(['OPTIMIZATION.NOPE.X', '1'], cfg)
    with pytest.raises(ConfigError, match='no such key'):
        cfg_from_list(['OPTIMIZATION.NOPE', '1'], cfg)
    with pytest.raises(ConfigError, match='looks like an option'):
        cfg_from_list(['--workers', '1'], cfg)
    with pytest.raises(ConfigError, match='odd'):
        cfg_from_list(['A'], cfg)
    with pytest.raises(ConfigError, match='OPTIMIZATION.NUM_EPOCHS'):
        cfg_from_list(['OPTIMIZATION.NUM_EPOCHS', '[1, 2]'], cfg)


def test_require_names_key_path(repo_root):
    cfg = load_cfg(repo_root / 'cfgs/kitti/pointpillar.yaml')
    assert require(cfg, 'MODEL.VFE.NAME') == 'PillarVFE'
    with pytest.raises(ConfigError, match='MODEL.DENSE_HEAD.NOPE'):
        require(cfg, 'MODEL.DENSE_HEAD.NOPE')
