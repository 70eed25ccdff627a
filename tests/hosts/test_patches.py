"""Patch logic against a fake OpenPCDet 0.6.0 (same public names and signatures, built-in CPU model): import
order, idempotence, missing targets, unsupported detectors, unrelated modules, checkpoints, the env opt-out."""
import importlib
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import torch

from pcdet_qat_plugin.errors import ConfigError, HostError
from pcdet_qat_plugin.hosts.openpcdet import hook, patches

from .fake_openpcdet import FAKE_VERSION, small_cfg_yaml

ROOT = Path(__file__).resolve().parents[2]


def _cfg(tmp_path, quantize=None, name='cfg.yaml'):
    from pcdet_qat_plugin.config import load_cfg
    return load_cfg(small_cfg_yaml(tmp_path / name, quantize))


def _build(cfg, training=True):
    import pcdet.config
    from pcdet.datasets import build_dataloader
    from pcdet.models import build_network
    pcdet.config.cfg.update(cfg)
    dataset, _, _ = build_dataloader(pcdet.config.cfg.DATA_CONFIG, cfg.CLASS_NAMES, 1, False, training=training)
    return build_network(model_cfg=pcdet.config.cfg.MODEL, num_class=len(cfg.CLASS_NAMES), dataset=dataset)


def _patched(obj) -> bool:
    return getattr(obj, patches.MARK, False)


def test_hook_patches_on_import(fake_openpcdet, tmp_path):
    hook.enable()
    import pcdet.models
    from pcdet.models.detectors import Detector3DTemplate
    assert _patched(pcdet.models.build_detector)
    for name in ('_load_state_dict', 'load_params_from_file', 'load_params_with_optimizer'):
        assert _patched(getattr(Detector3DTemplate, name)), name
    import train_utils.train_utils as tu
    import eval_utils.eval_utils as eu
    assert all(_patched(getattr(tu, n)) for n in ('checkpoint_state', 'save_checkpoint', 'train_one_epoch',
                                                    'train_model'))
    assert _patched(eu.eval_one_epoch)
    model = _build(_cfg(tmp_path))  # float cfg: a plain float model
    assert type(model).__name__ == 'PointPillar'


def test_enable_after_import_and_by_name_binding(fake_openpcdet):
    from pcdet.models import build_network  # bound before any patch, like tools/train.py
    import pcdet.models
    assert not _patched(pcdet.models.build_detector)
    assert hook.enable() == ['pcdet.models']
    assert _patched(pcdet.models.build_detector)
    assert 'build_detector' in build_network.__code__.co_names  # so the early binding builds patched models


def test_patches_are_idempotent(fake_openpcdet):
    hook.enable()
    import pcdet.models
    import train_utils.train_utils as tu
    first = pcdet.models.build_detector, tu.save_checkpoint
    assert hook.enable() == ['pcdet.models', 'train_utils.train_utils']
    assert patches.patch_pcdet_models(pcdet.models) == []
    assert patches.patch_train_utils(tu) == []
    assert (pcdet.models.build_detector, tu.save_checkpoint) == first
    assert not _patched(first[0].__wrapped__)  # wrapped once, around the original


def test_missing_target_refuses_only_quantize_runs(fake_openpcdet, tmp_path):
    root, _ = fake_openpcdet
    models_init = root / 'pcdet/models/__init__.py'
    models_init.write_text(models_init.read_text().replace('def build_network(', 'def build_network_v2(')
                           .replace('from .detectors import build_detector', 'from .detectors import build_detector'
                                    '\nbuild_network = None'))
    hook.enable()
    import pcdet.models  # importing a changed OpenPCDet raises nothing: float users are unaffected
    assert not _patched(pcdet.models.build_detector)
    import train_utils.train_utils as tu
    model = _build_v2(_cfg(tmp_path))
    assert 'quant' not in tu.checkpoint_state(model, None, 1, 1)  # a float run goes on (patched parts too)
    import pcdet.config
    pcdet.config.cfg.update(_cfg(tmp_path, 'MODE: training', name='q.yaml'))
    with pytest.raises(HostError, match=r'the cfg has QUANTIZE, but OpenPCDet could not be patched for it: cannot '
                                        r'patch OpenPCDet pcdet\.models\.build_network: not found \(pcdet '
                                        + FAKE_VERSION.replace('+', r'\+')):
        tu.checkpoint_state(model, None, 1, 1)


def _build_v2(cfg):
    import pcdet.config
    from pcdet.datasets import build_dataloader
    from pcdet.models import build_network_v2
    pcdet.config.cfg.update(cfg)
    dataset, _, _ = build_dataloader(pcdet.config.cfg.DATA_CONFIG, cfg.CLASS_NAMES, 1, False)
    return build_network_v2(model_cfg=pcdet.config.cfg.MODEL, num_class=len(cfg.CLASS_NAMES), dataset=dataset)


def test_changed_signature_refuses_only_quantize_runs(fake_openpcdet, tmp_path):
    root, tools = fake_openpcdet
    import pcdet.models  # noqa: F401 (train_utils checks need pcdet loaded)
    tu_file = tools / 'train_utils/train_utils.py'
    tu_file.write_text(tu_file.read_text().replace('cur_epoch=None,', 'epoch_now=None,')
                       .replace('cur_epoch=cur_epoch,', 'epoch_now=cur_epoch,'))
    hook.enable()
    import train_utils.train_utils as tu  # no error at import
    assert not _patched(tu.train_one_epoch) and _patched(tu.train_model)
    assert type(_build(_cfg(tmp_path))).__name__ == 'PointPillar'  # float build unaffected
    with pytest.raises(HostError, match=r'train_utils\.train_utils\.train_one_epoch: has no parameter.*cur_epoch'):
        _build(_cfg(tmp_path, 'MODE: training', name='q.yaml'))


def _epoch_args(model, loader):
    """train_one_epoch's 18 leading parameters, all positional, up to cur_epoch=1 and total_epochs=2."""
    import pcdet.models
    optimizer = torch.optim.SGD(model.parameters(), lr=0.0)
    return [model, optimizer, loader, pcdet.models.model_fn_decorator(), None, 0, None, 0, None, len(loader), None,
            None, False, False, None, 50, 1, 2]


def test_positional_train_one_epoch_runs_the_freeze_schedule(fake_openpcdet, tmp_path):
    hook.enable()
    import train_utils.train_utils as tu
    from pcdet.datasets import build_dataloader
    cfg = _cfg(tmp_path, 'MODE: training\nFREEZE_BN_EPOCH: 1\nFREEZE_RANGE_EPOCH: 1')
    model = _build(cfg)
    _, loader, _ = build_dataloader(cfg.DATA_CONFIG, cfg.CLASS_NAMES, 1, False, training=True)
    frozen = lambda: {int(v) for k, v in model.state_dict().items() if k.endswith('_quant.range_frozen')}  # noqa
    assert frozen() == {0}
    tu.train_one_epoch(*_epoch_args(model, loader))  # cur_epoch=1 passed by position
    assert frozen() == {1}


def test_quantized_epoch_that_cannot_be_bound_is_a_host_error(fake_openpcdet, tmp_path):
    hook.enable()
    import train_utils.train_utils as tu
    from pcdet.datasets import build_dataloader
    float_cfg = _cfg(tmp_path, name='float.yaml')
    float_model = _build(float_cfg)
    _, loader, _ = build_dataloader(float_cfg.DATA_CONFIG, float_cfg.CLASS_NAMES, 1, False, training=True)
    assert tu.train_one_epoch(*_epoch_args(float_model, loader)[:16]) == len(loader)  # float: as OpenPCDet
    model = _build(_cfg(tmp_path, 'MODE: training'))
    with pytest.raises(HostError, match=r'train_one_epoch: called without cur_epoch / total_epochs \(got None, '
                                        r'None\).*FREEZE_BN_EPOCH'):
        tu.train_one_epoch(*_epoch_args(model, loader)[:16])


def test_unrelated_train_utils_is_left_alone(tmp_path, monkeypatch):
    (tmp_path / 'train_utils').mkdir()
    (tmp_path / 'train_utils' / 'train_utils.py').write_text('def train_model():\n    return 42\n')
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(sys.modules, 'pcdet', None)  # not an OpenPCDet process
    for name in ('train_utils', 'train_utils.train_utils'):
        monkeypatch.delitem(sys.modules, name, raising=False)
    saved = list(sys.meta_path)
    try:
        hook.enable()
        import train_utils.train_utils as tu
        assert tu.train_model() == 42 and not _patched(tu.train_model)
    finally:
        sys.meta_path[:] = saved
        sys.modules.pop('train_utils.train_utils', None)
        sys.modules.pop('train_utils', None)


def test_quantize_on_other_detector_is_a_clear_error(fake_openpcdet, tmp_path):
    hook.enable()
    cfg = _cfg(tmp_path, 'MODE: training')
    cfg.MODEL.NAME = 'SECONDNet'
    with pytest.raises(ConfigError, match=r"MODEL.NAME 'SECONDNet' is not supported.*\['PointPillar'\]"):
        _build(cfg)


def test_float_checkpoint_state_and_atomic_save(fake_openpcdet, tmp_path):
    hook.enable()
    import train_utils.train_utils as tu  # noqa: F401 (imports pcdet first, like OpenPCDet's)
    model = _build(_cfg(tmp_path))
    import numpy as np
    optimizer = torch.optim.Adam(model.parameters(), lr=np.float64(1e-3))  # like OpenPCDet's one-cycle betas
    state = tu.checkpoint_state(model, optimizer, 1, 5)
    assert 'quant' not in state and state['epoch'] == 1
    assert type(state['optimizer_state']['param_groups'][0]['lr']) is float
    tu.save_checkpoint(state, filename=str(tmp_path / 'ckpt' / 'checkpoint_epoch_1'))
    files = sorted(p.name for p in (tmp_path / 'ckpt').iterdir())
    assert files == ['checkpoint_epoch_1.pth']
    loaded = torch.load(tmp_path / 'ckpt' / 'checkpoint_epoch_1.pth', weights_only=True)
    assert loaded['it'] == 5


LIGHT_PCDET = {  # the patch targets without torch, so the subprocesses below start fast
    'pcdet/__init__.py': '__version__ = "0.6.0+light"\n',
    'pcdet/models/__init__.py': textwrap.dedent('''
        from . import detectors
        from .detectors import build_detector

        def build_network(model_cfg, num_class, dataset):
            return build_detector(model_cfg=model_cfg, num_class=num_class, dataset=dataset)
        '''),
    'pcdet/models/detectors/__init__.py': textwrap.dedent('''
        class Detector3DTemplate:
            def _load_state_dict(self, model_state_disk, *, strict=True): pass
            def load_params_from_file(self, filename, logger, to_cpu=False, pre_trained_path=None): pass
            def load_params_with_optimizer(self, filename, to_cpu=False, optimizer=None, logger=None): pass

        def build_detector(model_cfg, num_class, dataset): pass
        '''),
    'pcdet/datasets/__init__.py': '',
    'pcdet/datasets/kitti/__init__.py': '',
    'pcdet/datasets/kitti/kitti_dataset.py': textwrap.dedent('''
        class DatasetTemplate:
            pass

        class KittiDataset(DatasetTemplate):
            def get_lidar(self, idx): pass
            def create_groundtruth_database(self, info_path=None, used_classes=None, split='train'): pass
        '''),
}


def test_env_var_turns_the_hook_off(tmp_path):
    root = tmp_path / 'light'
    for rel, text in LIGHT_PCDET.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    site_dir = tmp_path / 'site'
    site_dir.mkdir()
    shutil.copy(ROOT / 'pcdet_qat_plugin_hook.pth', site_dir)
    probe = textwrap.dedent('''
        import site, sys
        site.addsitedir(sys.argv[1])
        import pcdet.models
        from pcdet.datasets.kitti.kitti_dataset import KittiDataset
        print(bool(getattr(pcdet.models.build_detector, '__pcdet_qat_patched__', False)),
              bool(getattr(KittiDataset.get_lidar, '__pcdet_qat_patched__', False)), 'torch' in sys.modules)
    ''')
    env = {k: v for k, v in os.environ.items() if k != hook.DISABLE_ENV}
    env['PYTHONPATH'] = os.pathsep.join([str(ROOT), str(root)])
    out = {}
    for value in ('0', '1'):
        env[hook.DISABLE_ENV] = value
        res = subprocess.run([sys.executable, '-c', probe, str(site_dir)], env=env, cwd=tmp_path,
                             capture_output=True, text=True, timeout=120)
        assert res.returncode == 0, res.stderr
        out[value] = res.stdout.strip()
    assert out == {'0': 'True True False', '1': 'False False False'}  # patching itself imports no torch


def test_float_checkpoint_after_quantized_one_is_refused_in_test_phase(fake_openpcdet, tmp_path):
    from pcdet_qat_plugin.errors import CheckpointError
    from pcdet_qat_plugin.models import load_data_to_device
    from pcdet_qat_plugin.quant import is_quant_key

    from .fake_openpcdet import make_batch
    hook.enable()
    import train_utils.train_utils as tu
    cfg = _cfg(tmp_path, 'MODE: training')
    qat = _build(cfg, training=True)
    qat.train()
    qat(load_data_to_device(make_batch(qat.dataset, 1, 0)))  # observe one batch of ranges
    state = tu.checkpoint_state(qat, None, 1, 1)
    tu.save_checkpoint(state, filename=str(tmp_path / 'qat'))
    float_state = dict(state, model_state={k: v for k, v in state['model_state'].items() if not is_quant_key(k)})
    tu.save_checkpoint(float_state, filename=str(tmp_path / 'float'))
    test_model = _build(cfg, training=False)
    test_model.load_params_from_file(str(tmp_path / 'qat.pth'), logger=None, to_cpu=True)
    with pytest.raises(CheckpointError, match=r'float\.pth: no quantizer state'):  # no stale ranges kept
        test_model.load_params_from_file(str(tmp_path / 'float.pth'), logger=None, to_cpu=True)


def test_checkpoint_policy_settings_and_calibrated_start(fake_openpcdet, tmp_path, caplog):
    """quant/load_policy through OpenPCDet's loaders: a checkpoint made under other QUANTIZE settings is a
    CheckpointError naming the key and both values; QAT started from a calibration checkpoint
    (--pretrained_model) keeps the calibrated ranges and says so in one line."""
    import logging

    from pcdet_qat_plugin.errors import CheckpointError
    from pcdet_qat_plugin.models import load_data_to_device
    from pcdet_qat_plugin.quant import calibrate

    from .fake_openpcdet import make_batch
    hook.enable()
    import train_utils.train_utils as tu
    calib = _build(_cfg(tmp_path, 'MODE: calibration', name='calib.yaml'), training=True)
    calibrate(calib, [load_data_to_device(make_batch(calib.dataset, 1, i)) for i in range(2)])
    tu.save_checkpoint(tu.checkpoint_state(calib, None, 1, 2), filename=str(tmp_path / 'calib'))
    clips = {k: v for k, v in calib.state_dict().items() if k.endswith('clip_hi')}
    qat = _build(_cfg(tmp_path, 'MODE: training', name='qat.yaml'), training=True)
    with caplog.at_level(logging.INFO):
        qat.load_params_from_file(str(tmp_path / 'calib.pth'), logger=logging.getLogger('run'), to_cpu=True)
    assert all(torch.equal(qat.state_dict()[k], v) for k, v in clips.items())
    assert sum('keeps its calibrated ranges' in r.getMessage() for r in caplog.records) == 1
    other = _build(_cfg(tmp_path, 'MODE: training\nNORMALIZE_INPUT_CHANNELS: False', name='other.yaml'), training=False)
    with pytest.raises(CheckpointError, match=r'calib\.pth.*QUANTIZE.NORMALIZE_INPUT_CHANNELS: True in the checkpoint, '
                                              r'False in the cfg'):
        other.load_params_from_file(str(tmp_path / 'calib.pth'), logger=None, to_cpu=True)
