"""Bad cfgs fail at build time with ConfigError naming the key path (and the valid names)."""
import pytest

import pcdet_qat_plugin
from pcdet_qat_plugin.errors import ConfigError


def _cfg():
    return pcdet_qat_plugin.load_cfg('cfgs/kitti/pointpillar.yaml')


def _build_error(mutate):
    cfg = _cfg()
    mutate(cfg)
    with pytest.raises(ConfigError) as err:
        pcdet_qat_plugin.build_model(cfg)
    return str(err.value)


def test_missing_anchor_generator_config():
    msg = _build_error(lambda c: c.MODEL.DENSE_HEAD.pop('ANCHOR_GENERATOR_CONFIG'))
    assert 'MODEL.DENSE_HEAD.ANCHOR_GENERATOR_CONFIG' in msg


def test_missing_key_inside_anchor_entry():
    msg = _build_error(lambda c: c.MODEL.DENSE_HEAD.ANCHOR_GENERATOR_CONFIG[1].pop('anchor_sizes'))
    assert 'MODEL.DENSE_HEAD.ANCHOR_GENERATOR_CONFIG[1].anchor_sizes' in msg


@pytest.mark.parametrize('section, valid', [('VFE', 'PillarVFE'), ('MAP_TO_BEV', 'PointPillarScatter'),
                                            ('BACKBONE_2D', 'BaseBEVBackbone'), ('DENSE_HEAD', 'AnchorHeadSingle')])
def test_unknown_module_name_lists_valid(section, valid):
    msg = _build_error(lambda c: c.MODEL[section].__setitem__('NAME', 'Nope'))
    assert f'MODEL.{section}.NAME' in msg and "'Nope'" in msg and valid in msg


def test_unknown_detector_box_coder_and_nms():
    assert 'PointPillar' in _build_error(lambda c: c.MODEL.__setitem__('NAME', 'PVRCNN'))
    msg = _build_error(lambda c: c.MODEL.DENSE_HEAD.TARGET_ASSIGNER_CONFIG.__setitem__('BOX_CODER', 'X'))
    assert 'MODEL.DENSE_HEAD.TARGET_ASSIGNER_CONFIG.BOX_CODER' in msg and 'ResidualCoder' in msg
    msg = _build_error(lambda c: c.MODEL.POST_PROCESSING.NMS_CONFIG.__setitem__('NMS_TYPE', 'soft'))
    assert 'MODEL.POST_PROCESSING.NMS_CONFIG.NMS_TYPE' in msg and 'nms_gpu' in msg and 'nms_normal_gpu' in msg


def test_unsupported_stage_is_named():
    msg = _build_error(lambda c: c.MODEL.__setitem__('BACKBONE_3D', {'NAME': 'VoxelBackBone8x'}))
    assert 'MODEL.BACKBONE_3D.NAME' in msg


def test_missing_data_config_keys():
    msg = _build_error(lambda c: c.DATA_CONFIG.POINT_FEATURE_ENCODING.pop('used_feature_list'))
    assert 'DATA_CONFIG.POINT_FEATURE_ENCODING.used_feature_list' in msg
    msg = _build_error(lambda c: c.DATA_CONFIG.__setitem__('DATA_PROCESSOR', c.DATA_CONFIG.DATA_PROCESSOR[:2]))
    assert 'transform_points_to_voxels' in msg
    msg = _build_error(lambda c: c.MODEL.VFE.pop('NUM_FILTERS'))
    assert 'MODEL.VFE.NUM_FILTERS' in msg
    msg = _build_error(lambda c: c.MODEL.DENSE_HEAD.ANCHOR_GENERATOR_CONFIG[0].__setitem__('class_name', 'Van'))
    assert 'ANCHOR_GENERATOR_CONFIG[0].class_name' in msg and 'Van' in msg


def test_unknown_quantize_mode():
    with pytest.raises(ConfigError, match='quantize_mode'):
        pcdet_qat_plugin.build_model(_cfg(), quantize_mode='int4')
