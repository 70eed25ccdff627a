"""The patches against a real OpenPCDet install (skipped when `pcdet` is not importable): every target patched
without error, a real PointPillar built quantized, one QAT step, checkpoint metadata, float -> QAT loading."""
import importlib.util
import sys

import pytest

from pcdet_qat_plugin.hosts.openpcdet import hook, patches

try:
    HAVE_PCDET = importlib.util.find_spec('pcdet') is not None
except (ImportError, ValueError):
    HAVE_PCDET = False

pytestmark = pytest.mark.skipif(not HAVE_PCDET, reason='pcdet (OpenPCDet) is not importable')

QAT_SET = ['DATA_CONFIG.POINT_CLOUD_RANGE', '[0, -10.24, -3, 20.48, 10.24, 1]', 'QUANTIZE.FREEZE_RANGE_EPOCH', '1']


@pytest.fixture
def real_pcdet(monkeypatch):
    saved = list(sys.meta_path)
    monkeypatch.delenv(hook.DISABLE_ENV, raising=False)
    hook.enable()
    import pcdet.models
    yield pcdet
    sys.meta_path[:] = saved


def _marked(obj):
    return getattr(obj, patches.MARK, False)


def test_real_openpcdet_targets_are_patched(real_pcdet):
    import pcdet.models
    from pcdet.models.detectors import Detector3DTemplate
    assert _marked(pcdet.models.build_detector)
    assert all(_marked(getattr(Detector3DTemplate, n)) for n in patches.LOADER_TARGETS)
    from pcdet_qat_plugin.hosts.openpcdet.runner import find_openpcdet_tools
    try:
        tools = find_openpcdet_tools()
    except Exception as exc:  # an installed pcdet without its checkout's tools/ folder
        pytest.skip(f'OpenPCDet tools/ folder not found: {exc}')
    tools_path = str(tools)
    sys.path.insert(0, tools_path)
    try:
        import eval_utils.eval_utils as eu
        import train_utils.train_utils as tu
        assert all(_marked(getattr(tu, n)) for n in ('checkpoint_state', 'save_checkpoint', 'train_one_epoch',
                                                       'train_model'))
        assert _marked(eu.eval_one_epoch)
    finally:
        sys.path.remove(tools_path)


def test_real_pointpillar_quantized_step_and_checkpoint(real_pcdet, tmp_path):
    import logging

    import torch
    from pcdet.config import cfg as pcdet_cfg
    from pcdet.models import build_network, load_data_to_gpu

    import pcdet_qat_plugin
    from pcdet_qat_plugin.hosts.openpcdet import patch_actions
    from pcdet_qat_plugin.models import ModelInfo
    from pcdet_qat_plugin.quant import is_quant_key, is_quantized

    from .fake_openpcdet import make_batch
    cfg = pcdet_qat_plugin.load_cfg('cfgs/kitti/pointpillar_qat.yaml', QAT_SET)
    pcdet_cfg.update({k: v for k, v in cfg.items() if k not in ('ROOT_DIR', 'LOCAL_RANK')})
    info = ModelInfo.from_cfg(cfg)
    info.training = True
    model = build_network(model_cfg=pcdet_cfg.MODEL, num_class=len(cfg.CLASS_NAMES), dataset=info)
    assert is_quantized(model) and model.__dict__['_quant_phase'] == 'train'
    if torch.cuda.is_available():
        model.cuda()
    float_file = tmp_path / 'float.pth'
    torch.save({'model_state': {k: v for k, v in model.state_dict().items() if not is_quant_key(k)}}, float_file)
    model.load_params_with_optimizer(str(float_file), to_cpu=True, optimizer=None, logger=logging.getLogger('t'))
    model.train()
    batch = make_batch(info, 1, 0)
    load_data_to_gpu(batch)
    batch['voxel_coords'] = batch['voxel_coords'].int()
    batch['voxel_num_points'] = batch['voxel_num_points'].int()
    ret, _, _ = model(batch)
    ret['loss'].backward()
    meta = patch_actions.checkpoint_meta(model)
    assert meta['format'] == 'tidl_v1' and meta['phase'] == 'train'
    tracked = [float(v) for k, v in model.state_dict().items() if k.endswith('_quant.batches_observed')]
    assert tracked and min(tracked) == 1.0


def test_real_kitti_dataset_reads_painted_points_and_writes_the_painted_gt_database(real_pcdet, tmp_path,
                                                                                     monkeypatch):
    """Real OpenPCDet's KittiDataset on generated painted frames: (N, 8) points from velodyne_painted, its own
    create_kitti_infos writes the painted gt database, gt sampling pastes painted objects, the PFN sees 14
    inputs, and its reader gives the built-in reader's points."""
    import pickle
    import shutil
    from pathlib import Path

    import numpy as np
    import yaml
    from easydict import EasyDict
    from pcdet.config import cfg as pcdet_cfg
    from pcdet.config import cfg_from_yaml_file
    from pcdet.datasets import build_dataloader
    from pcdet.datasets.kitti import kitti_dataset
    from pcdet.models import build_network

    from pcdet_qat_plugin.datasets.kitti.kitti_dataset import KittiDataset as BuiltIn
    from pcdet_qat_plugin.datasets.synthetic import generate_kitti_dataset
    assert getattr(kitti_dataset.KittiDataset.get_lidar, patches.MARK, False)

    data = tmp_path / 'kitti'
    generate_kitti_dataset(data, num_frames=4, seed=3, val_fraction=0.5, painted=True)
    (data / 'ImageSets' / 'test.txt').write_text('')  # create_kitti_infos also writes (empty) test infos
    repo = Path(__file__).resolve().parents[2]
    tools = tmp_path / 'tools'
    shutil.copytree(repo / 'cfgs' / 'openpcdet', tools / 'cfgs')
    monkeypatch.chdir(tools)  # OpenPCDet resolves _BASE_CONFIG_ against the working directory
    dataset_cfg = EasyDict(yaml.safe_load(open('cfgs/dataset_configs/kitti_dataset_painted.yaml')))
    class_names = ['Car', 'Pedestrian', 'Cyclist']
    kitti_dataset.create_kitti_infos(dataset_cfg, class_names, data_path=data, save_path=data, workers=1)
    assert not (data / 'kitti_dbinfos_train.pkl').exists()
    with open(data / 'kitti_dbinfos_train_painted.pkl', 'rb') as f:
        items = [item for group in pickle.load(f).values() for item in group]
    assert items and all(item['path'].startswith('gt_database_painted/') for item in items)
    for item in items:
        assert np.fromfile(data / item['path'], np.float32).reshape(-1, 8).shape[0] == item['num_points_in_gt']

    cfg_from_yaml_file('cfgs/kitti_models/pointpillar_painted.yaml', pcdet_cfg)
    pcdet_cfg.DATA_CONFIG.DATA_PATH = str(data)
    train_set, _, _ = build_dataloader(pcdet_cfg.DATA_CONFIG, class_names, 1, False, workers=0, training=True)
    frame = train_set.kitti_infos[0]['point_cloud']['lidar_idx']
    builtin = BuiltIn(pcdet_cfg.DATA_CONFIG, class_names, training=False, root_path=data)
    builtin.set_split('train')
    points = train_set.get_lidar(frame)
    assert points.shape[1] == 8 and np.array_equal(points, builtin.get_lidar(frame))
    sample = train_set[0]
    assert sample['points'].shape[1] == 8
    labelled = sum(n != 'DontCare' for n in train_set.kitti_infos[0]['annos']['name'])
    assert len(sample['gt_boxes']) > labelled
    model = build_network(model_cfg=pcdet_cfg.MODEL, num_class=len(class_names), dataset=train_set)
    assert model.vfe.pfn_layers[0].linear.in_features == 14
