"""cfg values are checked by type and range once, when the cfg is loaded; errors name the key path."""
import pytest
import yaml

from pcdet_qat_plugin.config import load_cfg
from pcdet_qat_plugin.errors import ConfigError

BASE = 'cfgs/kitti/pointpillar.yaml'


@pytest.mark.parametrize('cfg_file', ['cfgs/kitti/pointpillar.yaml', 'cfgs/kitti/pointpillar_qat.yaml',
                                      'cfgs/kitti/pointpillar_qat16.yaml', 'cfgs/kitti/pointpillar_calib.yaml',
                                      'cfgs/kitti/pointpillar_painted.yaml', 'cfgs/kitti/pointpillar_painted_qat.yaml',
                                      'cfgs/kitti/pointpillar_qat_mixed.yaml', 'cfgs/demo/pointpillar_demo.yaml',
                                      'cfgs/demo/pointpillar_painted_demo.yaml'])
def test_shipped_cfgs_pass(repo_root, cfg_file):
    load_cfg(repo_root / cfg_file)


@pytest.mark.parametrize('key, value, culprit', [
    ('OPTIMIZATION.NUM_EPOCHS', '1.5', 'OPTIMIZATION.NUM_EPOCHS: 1.5 must be an integer >= 1'),
    ('OPTIMIZATION.NUM_EPOCHS', '0', 'OPTIMIZATION.NUM_EPOCHS: 0'),
    ('OPTIMIZATION.NUM_EPOCHS', '-1', 'OPTIMIZATION.NUM_EPOCHS: -1'),
    ('OPTIMIZATION.BATCH_SIZE_PER_GPU', '0', 'OPTIMIZATION.BATCH_SIZE_PER_GPU: 0'),
    ('OPTIMIZATION.BATCH_SIZE_PER_GPU', '-2', 'OPTIMIZATION.BATCH_SIZE_PER_GPU: -2'),
    ('OPTIMIZATION.LR', 'abc', "OPTIMIZATION.LR: 'abc' must be a finite number"),
    ('OPTIMIZATION.LR', '.nan', 'OPTIMIZATION.LR: nan must be a finite number'),
    ('OPTIMIZATION.LR', '0', 'OPTIMIZATION.LR: 0 must be > 0'),
    ('OPTIMIZATION.GRAD_NORM_CLIP', '-1', 'OPTIMIZATION.GRAD_NORM_CLIP'),
    ('OPTIMIZATION.MOMENTUM', '1.5', 'OPTIMIZATION.MOMENTUM'),
    ('DATA_CONFIG.POINT_CLOUD_RANGE', '[69.12, -39.68, -3, 0, 39.68, 1]', 'min >= max on x'),
    ('DATA_CONFIG.POINT_CLOUD_RANGE', '[0, -39.68, 69.12, 39.68]', 'must be a list of 6 finite numbers'),
    ('DATA_CONFIG.POINT_CLOUD_RANGE', '[0, -39.68, -3, 69.12, 39.68, .inf]', 'POINT_CLOUD_RANGE'),
    ('CLASS_NAMES', '[]', 'CLASS_NAMES'),
    ('CLASS_NAMES', "['Car', 'Car']", 'class name twice'),
    ('MODEL.POST_PROCESSING.SCORE_THRESH', '2', 'MODEL.POST_PROCESSING.SCORE_THRESH'),
    ('MODEL.POST_PROCESSING.NMS_CONFIG.NMS_POST_MAXSIZE', '0', 'NMS_POST_MAXSIZE'),
])
def test_bad_value_names_key_path(repo_root, tmp_path, key, value, culprit):
    """The bad value written in a cfg file that includes the shipped one."""
    node = leaf = {}
    *parents, last = key.split('.')
    for part in parents:
        leaf[part] = {}
        leaf = leaf[part]
    leaf[last] = yaml.safe_load(value)
    node['_BASE_CONFIG_'] = str(repo_root / BASE)
    (tmp_path / 'bad.yaml').write_text(yaml.safe_dump(node))
    with pytest.raises(ConfigError) as info:
        load_cfg(tmp_path / 'bad.yaml')
    assert culprit in str(info.value) and 'bad.yaml' in str(info.value)


@pytest.mark.parametrize('key, value', [('OPTIMIZATION.NUM_EPOCHS', '0'), ('OPTIMIZATION.BATCH_SIZE_PER_GPU', '-1'),
                                        ('DATA_CONFIG.POINT_CLOUD_RANGE', '[1, 0, 0, 0, 1, 1]')])
def test_bad_set_override_names_key_path(repo_root, key, value):
    with pytest.raises(ConfigError, match=key):
        load_cfg(repo_root / BASE, [key, value])


def test_bad_value_in_list_item_names_index(repo_root, tmp_path):
    text = (repo_root / BASE).read_text().replace('VOXEL_SIZE: [0.16, 0.16, 4]', 'VOXEL_SIZE: [0.16, -0.16, 4]')
    (tmp_path / 'bad.yaml').write_text(text)
    with pytest.raises(ConfigError, match=r'DATA_CONFIG.DATA_PROCESSOR\[2\].VOXEL_SIZE.*> 0'):
        load_cfg(tmp_path / 'bad.yaml')


@pytest.mark.parametrize('text', ['', '# only a comment\n'])
def test_empty_cfg_file_refused(tmp_path, text):
    (tmp_path / 'empty.yaml').write_text(text)
    with pytest.raises(ConfigError, match=r'empty\.yaml: the cfg is empty'):
        load_cfg(tmp_path / 'empty.yaml')


def test_every_problem_listed_at_once(repo_root):
    with pytest.raises(ConfigError) as info:
        load_cfg(repo_root / BASE, ['OPTIMIZATION.NUM_EPOCHS', '0', 'OPTIMIZATION.LR', '-1'])
    assert 'OPTIMIZATION.NUM_EPOCHS' in str(info.value) and 'OPTIMIZATION.LR' in str(info.value)
