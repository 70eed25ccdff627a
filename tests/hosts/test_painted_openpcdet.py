"""Painted points on the fake OpenPCDet (its KittiDataset reads velodyne/ with 4 floats, as 0.6.0 does): the
hook's patch reads DATA_CONFIG.VELODYNE_DIR with the cfg's width, `python -m ... create_kitti_infos` writes the
painted gt database, gt sampling pastes painted objects, the PFN sees 14 inputs, and detections equal the
built-in host's on the same generated painted frames."""
import pickle
import runpy
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from pcdet_qat_plugin.errors import ConfigError, DataError, HostError
from pcdet_qat_plugin.hosts.openpcdet import hook, patches

ROOT = Path(__file__).resolve().parents[2]
OPENPCDET_CFGS = ROOT / 'cfgs' / 'openpcdet'
SMALL = ['DATA_CONFIG.POINT_CLOUD_RANGE', '[0, -20.48, -3, 40.96, 20.48, 1]', 'MODEL.VFE.NUM_FILTERS', '[16]',
         'MODEL.MAP_TO_BEV.NUM_BEV_FEATURES', '16', 'MODEL.BACKBONE_2D.NUM_FILTERS', '[16, 16, 16]',
         'MODEL.BACKBONE_2D.LAYER_NUMS', '[1, 1, 1]', 'MODEL.BACKBONE_2D.NUM_UPSAMPLE_FILTERS', '[16, 16, 16]']


@pytest.fixture(scope='module')
def painted_frames(tmp_path_factory):
    from pcdet_qat_plugin.datasets.synthetic import generate_kitti_dataset
    root = tmp_path_factory.mktemp('painted') / 'kitti'
    generate_kitti_dataset(root, num_frames=4, seed=3, val_fraction=0.5, painted=True)
    return root


@pytest.fixture
def openpcdet_data(fake_openpcdet, painted_frames, monkeypatch):
    """The fake checkout with OpenPCDet's layout: data/kitti (links to the generated frames), tools/cfgs with
    this project's cfgs/openpcdet, the working directory tools/ (where OpenPCDet's tools run)."""
    root, tools = fake_openpcdet
    data = root / 'data' / 'kitti'
    (data / 'training').mkdir(parents=True)
    (data / 'ImageSets').symlink_to(painted_frames / 'ImageSets', target_is_directory=True)
    for sub in (painted_frames / 'training').iterdir():
        (data / 'training' / sub.name).symlink_to(sub, target_is_directory=True)
    shutil.copytree(OPENPCDET_CFGS, tools / 'cfgs')
    monkeypatch.chdir(tools)
    hook.enable()
    return root, tools, data


def _create_infos(dataset_cfg_file):
    """`python -m pcdet.datasets.kitti.kitti_dataset create_kitti_infos <cfg>`, in this process."""
    saved = list(sys.argv)
    sys.argv[:] = ['kitti_dataset.py', 'create_kitti_infos', str(dataset_cfg_file)]
    try:
        with pytest.warns(RuntimeWarning, match='found in sys.modules'):  # runpy: the package imported it first
            runpy.run_module('pcdet.datasets.kitti.kitti_dataset', run_name='__main__', alter_sys=True)
    finally:
        sys.argv[:] = saved


def _model_cfg(name, extra=()):
    import pcdet.config
    from pcdet.config import cfg, cfg_from_list, cfg_from_yaml_file
    cfg_from_yaml_file(f'cfgs/kitti_models/{name}.yaml', cfg)
    cfg_from_list(SMALL + ['DATA_CONFIG.DATA_PATH', str(Path('..').resolve() / 'data' / 'kitti')] + list(extra), cfg)
    return pcdet.config.cfg


def test_create_kitti_infos_writes_the_painted_gt_database(openpcdet_data, tmp_path):
    """The command as a user runs it: `python -m pcdet.datasets.kitti.kitti_dataset create_kitti_infos <cfg>` in
    a fresh interpreter whose site dir holds this package's .pth (added by a sitecustomize), nothing enabled."""
    import os
    import subprocess
    root, tools, data = openpcdet_data
    site_dir, custom = tmp_path / 'site', tmp_path / 'custom'
    site_dir.mkdir()
    custom.mkdir()
    shutil.copy(ROOT / 'pcdet_qat_plugin_hook.pth', site_dir)
    (custom / 'sitecustomize.py').write_text(f'import site\nsite.addsitedir({str(site_dir)!r})\n')
    env = {k: v for k, v in os.environ.items() if k != hook.DISABLE_ENV}
    env['PYTHONPATH'] = os.pathsep.join([str(custom), str(ROOT), str(root)])
    res = subprocess.run([sys.executable, '-m', 'pcdet.datasets.kitti.kitti_dataset', 'create_kitti_infos',
                          'tools/cfgs/dataset_configs/kitti_dataset_painted.yaml'], cwd=root, env=env,
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-3000:]
    assert not (data / 'kitti_dbinfos_train.pkl').exists()  # OpenPCDet's float database left alone
    with open(data / 'kitti_dbinfos_train_painted.pkl', 'rb') as f:
        db = pickle.load(f)
    items = [item for items in db.values() for item in items]
    assert items and all(item['path'].startswith('gt_database_painted/') for item in items)
    for item in items:
        obj = np.fromfile(data / item['path'], dtype=np.float32).reshape(-1, 8)
        assert obj.shape[0] == item['num_points_in_gt']
        np.testing.assert_allclose(obj[:, 4:].sum(axis=1), 1.0, atol=1e-5)  # painted scores came along


def test_training_sample_has_painted_points_and_objects_and_14_pfn_inputs(openpcdet_data):
    root, tools, data = openpcdet_data
    _create_infos(tools / 'cfgs' / 'dataset_configs' / 'kitti_dataset_painted.yaml')
    cfg = _model_cfg('pointpillar_painted', ['DATA_CONFIG.DATA_AUGMENTOR.DISABLE_AUG_LIST',
                                             "['random_world_flip','random_world_rotation','random_world_scaling']"])
    from pcdet.datasets import build_dataloader
    from pcdet.models import build_network
    dataset, loader, _ = build_dataloader(cfg.DATA_CONFIG, cfg.CLASS_NAMES, 1, False, training=True)
    assert dataset.get_lidar(dataset.kitti_infos[0]['point_cloud']['lidar_idx']).shape[1] == 8
    np.random.seed(0)
    sample = dataset[0]
    labelled = sum(n != 'DontCare' for n in dataset.kitti_infos[0]['annos']['name'])
    assert sample['points'].shape[1] == 8 and sample['voxels'].shape[2] == 8
    assert len(sample['gt_boxes']) > labelled  # gt sampling pasted painted database objects
    with open(data / 'kitti_dbinfos_train_painted.pkl', 'rb') as f:
        db = [item for items in pickle.load(f).values() for item in items]
    pasted = sample['gt_boxes'][labelled:, :7]
    item = min(db, key=lambda it: np.abs(np.asarray(it['box3d_lidar']) - pasted[0]).sum())
    obj = np.fromfile(data / item['path'], dtype=np.float32).reshape(-1, 8)
    scene_rows = {tuple(r) for r in np.round(sample['points'][:, 3:], 5)}
    assert all(tuple(r) in scene_rows for r in np.round(obj[:, 3:], 5))  # its painted points are in the scene
    model = build_network(model_cfg=cfg.MODEL, num_class=len(cfg.CLASS_NAMES), dataset=dataset)
    assert model.vfe.pfn_layers[0].linear.in_features == 14  # 8 painted features + 3 cluster + 3 centre offsets

    qat = _model_cfg('pointpillar_painted_qat', ['QUANTIZE.FREEZE_BN_EPOCH', '1'])
    assert qat.QUANTIZE.FREEZE_BN_EPOCH == 1
    qmodel = build_network(model_cfg=qat.MODEL, num_class=len(qat.CLASS_NAMES), dataset=dataset)
    first = qmodel.vfe.pfn_layers[0].linear
    assert type(first).__name__.startswith('Quant') and first.in_features == 14
    batch = dataset.collate_batch([sample])
    from pcdet.models import load_data_to_gpu
    load_data_to_gpu(batch)
    qmodel.train()
    ret, _, _ = qmodel(batch)
    ret['loss'].backward()


def test_detections_equal_the_builtin_hosts_on_painted_frames(openpcdet_data):
    root, tools, data = openpcdet_data
    _create_infos(tools / 'cfgs' / 'dataset_configs' / 'kitti_dataset_painted.yaml')
    cfg = _model_cfg('pointpillar_painted', ['MODEL.POST_PROCESSING.SCORE_THRESH', '0.0'])
    from pcdet.datasets import build_dataloader
    from pcdet.models import build_network, load_data_to_gpu

    from pcdet_qat_plugin.datasets.kitti.kitti_dataset import KittiDataset as BuiltIn
    fake_set, _, _ = build_dataloader(cfg.DATA_CONFIG, cfg.CLASS_NAMES, 1, False, training=False)
    builtin_set = BuiltIn(cfg.DATA_CONFIG, cfg.CLASS_NAMES, training=False, root_path=data)
    assert type(fake_set) is not BuiltIn and len(fake_set) == len(builtin_set) == 2
    torch.manual_seed(0)
    model = build_network(model_cfg=cfg.MODEL, num_class=len(cfg.CLASS_NAMES), dataset=fake_set).eval()
    boxes, worst = 0, 0.0
    for i in range(len(fake_set)):
        out = []
        for dataset in (fake_set, builtin_set):
            batch = dataset.collate_batch([dataset[i]])
            load_data_to_gpu(batch)
            with torch.no_grad():
                out.append(model(batch)[0][0])
        assert out[0]['pred_boxes'].shape == out[1]['pred_boxes'].shape
        worst = max(worst, float((out[0]['pred_boxes'] - out[1]['pred_boxes']).abs().max()),
                    float((out[0]['pred_scores'] - out[1]['pred_scores']).abs().max()))
        boxes += len(out[0]['pred_boxes'])
    print(f'detections fake-OpenPCDet vs built-in: {boxes} boxes, max |difference| {worst:.3g}')
    assert boxes > 0 and worst < 1e-4


def test_width_mismatch_through_the_patched_reader_is_a_data_error(openpcdet_data, tmp_path):
    root, tools, data = openpcdet_data
    import pcdet.config
    from pcdet.datasets.kitti.kitti_dataset import KittiDataset
    cfg = _model_cfg('pointpillar_painted', ['DATA_CONFIG.VELODYNE_DIR', 'velodyne_odd'])
    (data / 'training' / 'velodyne_odd').mkdir()
    np.zeros(8 * 3 + 4, np.float32).tofile(data / 'training' / 'velodyne_odd' / '000000.bin')
    dataset = KittiDataset(cfg.DATA_CONFIG, cfg.CLASS_NAMES, training=False, root_path=data)
    with pytest.raises(DataError, match=r'velodyne_odd/000000\.bin: 28 float32 values, not a multiple of 8 '
                                        r'features per point \(len\(DATA_CONFIG\.POINT_FEATURE_ENCODING'):
        dataset.get_lidar('000000')
    assert pcdet.config.cfg.DATA_CONFIG.VELODYNE_DIR == 'velodyne_odd'
    cfg.DATA_CONFIG.VELODYNE_DIR = 'velodyne_painted'
    cfg.DATA_CONFIG.DATA_AUGMENTOR.AUG_CONFIG_LIST[0].NUM_POINT_FEATURES = 4  # the float gt database's width
    with pytest.raises(ConfigError, match=r'AUG_CONFIG_LIST\[0\] \(gt_sampling\)\.NUM_POINT_FEATURES is 4, but the '
                                          r'scene has 8 features per point'):
        dataset.get_lidar('000000')


def test_kitti_patch_idempotent_and_moved_reader_refuses_only_painted_runs(fake_openpcdet, tmp_path):
    root, tools = fake_openpcdet
    hook.enable()
    from pcdet.datasets.kitti import kitti_dataset
    first = kitti_dataset.KittiDataset.get_lidar
    assert getattr(first, patches.MARK, False)
    assert patches.patch_kitti_dataset(kitti_dataset) == [] and kitti_dataset.KittiDataset.get_lidar is first

    module_file = root / 'pcdet' / 'datasets' / 'kitti' / 'kitti_dataset.py'
    module_file.write_text(module_file.read_text().replace('def get_lidar(self, idx):\n',
                                                           'def get_lidar(self, frame):\n        idx = frame\n'))
    for name in [m for m in sys.modules if m == 'pcdet' or m.startswith('pcdet.')]:
        del sys.modules[name]
    patches.UNPATCHED.clear()
    import pcdet.config
    from pcdet.models import build_network  # noqa: F401  (importing is fine: nothing raised)
    from .test_patches import _build, _cfg
    float_cfg = _cfg(tmp_path)
    _build(float_cfg)  # a default (velodyne, 4 floats) run is unaffected
    float_cfg.DATA_CONFIG.VELODYNE_DIR = 'velodyne_painted'
    with pytest.raises(HostError, match=r"VELODYNE_DIR.*kitti_dataset\.KittiDataset\.get_lidar: "
                                        r"has no parameter\(s\) \['idx'\]"):
        _build(float_cfg)
    assert pcdet.config.cfg.DATA_CONFIG.VELODYNE_DIR == 'velodyne_painted'


def test_shipped_cfgs_fit_openpcdets_parser():
    """OpenPCDet's --set keeps a key's type (so freeze epochs must be numbers, not null) and expands
    _BASE_CONFIG_ one level (so the painted QAT model cfg repeats the float one: they must not drift)."""
    import yaml
    from pcdet_qat_plugin.config import load_cfg
    for path in sorted((ROOT / 'cfgs').rglob('*.yaml')):
        raw = yaml.safe_load(path.read_text())
        quantize = raw.get('QUANTIZE') or {}
        for key in ('FREEZE_BN_EPOCH', 'FREEZE_RANGE_EPOCH'):
            assert key not in quantize or type(quantize[key]) is int, f'{path.name}: QUANTIZE.{key}'
    models = OPENPCDET_CFGS / 'kitti_models'
    float_cfg, qat_cfg = (yaml.safe_load((models / f'{n}.yaml').read_text())
                          for n in ('pointpillar_painted', 'pointpillar_painted_qat'))
    assert set(qat_cfg) - set(float_cfg) == {'QUANTIZE'}
    assert {k: v for k, v in qat_cfg.items() if k not in ('QUANTIZE', 'OPTIMIZATION')} == \
        {k: v for k, v in float_cfg.items() if k != 'OPTIMIZATION'}
    dataset = yaml.safe_load((OPENPCDET_CFGS / 'dataset_configs' / 'kitti_dataset_painted.yaml').read_text())
    assert '_BASE_CONFIG_' not in dataset  # create_kitti_infos reads it with plain yaml
    assert dataset['VELODYNE_DIR'] == 'velodyne_painted'
    assert len(dataset['POINT_FEATURE_ENCODING']['src_feature_list']) == 8
    assert float_cfg['DATA_CONFIG']['DATA_AUGMENTOR'] == load_cfg(ROOT / 'cfgs/kitti/pointpillar_painted.yaml') \
        .DATA_CONFIG.DATA_AUGMENTOR  # the same painted gt sampling as this project's painted cfg
