"""pcdet_qat_plugin.build_model: float from a path, quant phases from a QUANTIZE section, ModelInfo from cfg."""
import pytest

import pcdet_qat_plugin
from pcdet_qat_plugin.errors import ConfigError
from pcdet_qat_plugin.models import ModelInfo


def test_model_info_from_cfg_alone():
    info = ModelInfo.from_cfg(pcdet_qat_plugin.load_cfg('cfgs/kitti/pointpillar_painted.yaml'))
    assert info.grid_size.tolist() == [432, 496, 1]
    assert info.point_feature_encoder.num_point_features == 8
    assert info.class_names == ['Car', 'Pedestrian', 'Cyclist']


def test_qat_cfg_keeps_float_keys():
    float_keys = set(pcdet_qat_plugin.build_model('cfgs/kitti/pointpillar.yaml').state_dict())
    qat = pcdet_qat_plugin.build_model('cfgs/kitti/pointpillar_qat.yaml')
    assert float_keys <= set(qat.state_dict())
    assert len(qat.module_list) == 4 and hasattr(qat, 'post_processing')


def test_quantize_mode_needs_quantize_section():
    with pytest.raises(ConfigError, match='QUANTIZE'):
        pcdet_qat_plugin.build_model('cfgs/kitti/pointpillar.yaml', quantize_mode='test')
