"""Built-in host end to end on tiny synthetic data: float train -> resume -> QAT -> calibration -> test,
checkpoints in OpenPCDet's format (weights_only loadable), quantized evaluation, TIDL-style NMS."""
import os

import pytest
import torch

from pcdet_qat_plugin.errors import CheckpointError, ConfigError
from pcdet_qat_plugin.runners.test_main import run_test
from pcdet_qat_plugin.runners.train_main import run_training


@pytest.fixture(scope='module')
def float_run(tiny_kitti, tmp_path_factory, repo_root):
    from pcdet_qat_plugin.config import load_cfg
    cfg = load_cfg(repo_root / 'cfgs' / 'demo' / 'pointpillar_demo.yaml')
    cfg.DATA_CONFIG.DATA_PATH = str(tiny_kitti)
    out = tmp_path_factory.mktemp('float')
    s = run_training(cfg, batch_size=2, epochs=1, workers=0, output_dir=str(out), run_eval=False,
                     show_progress=False, iters_per_epoch=2)
    return s, out


def test_float_checkpoint_format(float_run):
    s, out = float_run
    ckpt = torch.load(s['ckpt'], map_location='cpu', weights_only=True)
    assert {'model_state', 'optimizer_state', 'epoch', 'it', 'version'} <= set(ckpt)
    assert ckpt['epoch'] == 1 and ckpt['it'] == 2
    assert not [f for f in os.listdir(out / 'ckpt') if f.endswith('.tmp')]
    assert len(s['history']) == 2 and all(h['loss'] > 0 for h in s['history'])


def test_resume_continues_from_last_epoch(float_run, demo_cfg):
    s, out = float_run
    s2 = run_training(demo_cfg(), batch_size=2, epochs=2, workers=0, output_dir=str(out), run_eval=False,
                      show_progress=False, iters_per_epoch=2)
    assert s2['ckpt'].endswith('checkpoint_epoch_2.pth')
    assert [h['iter'] for h in s2['history']] == [3, 4]      # only epoch 2 ran


def test_qat_then_quantized_test_and_tidl_nms(float_run, demo_cfg, tmp_path):
    s, _ = float_run
    cfg = demo_cfg(quantize={'MODE': 'training', 'BITWIDTH_WEIGHTS': 8, 'BITWIDTH_ACTIVATIONS': 8})
    q = run_training(cfg, batch_size=2, epochs=1, workers=0, output_dir=str(tmp_path / 'qat'), run_eval=False,
                     show_progress=False, iters_per_epoch=2, pretrained_model=s['ckpt'])
    ckpt = torch.load(q['ckpt'], map_location='cpu', weights_only=True)
    assert ckpt['quant']['settings']['bitwidth_weights'] == 8
    assert not any(k.startswith('module.') for k in ckpt['model_state'])
    assert any('act_quant' in k or 'clip' in k for k in ckpt['model_state'])
    for nms in ('rotated', 'tidl'):
        res = run_test(demo_cfg(quantize={'MODE': 'training'}), ckpt=q['ckpt'], batch_size=2, workers=0,
                       output_dir=str(tmp_path / 'qat'), nms=nms, show_progress=False)[0]
        assert 'Car_3d/moderate_R40' in res and res['nms'] == nms
        assert os.path.isfile(os.path.join(res['result_dir'], 'result.pkl'))


def test_calibration_checkpoint_evaluates(float_run, demo_cfg, tmp_path):
    s, _ = float_run
    cfg = demo_cfg(quantize={'MODE': 'calibration', 'CALIBRATION_ITERS': 2})
    c = run_training(cfg, batch_size=2, workers=0, output_dir=str(tmp_path / 'calib'), run_eval=True,
                     show_progress=False, pretrained_model=s['ckpt'])
    assert c['mode'] == 'calibration' and c['ckpt'].endswith('checkpoint_epoch_12.pth')   # NUM_EPOCHS, as OpenPCDet
    assert 'Pedestrian_bev/moderate_R40' in c['eval']


def test_float_cfg_on_quant_checkpoint_warns(float_run, demo_cfg, tmp_path):
    s, _ = float_run
    cfg = demo_cfg(quantize={'MODE': 'calibration', 'CALIBRATION_ITERS': 1})
    c = run_training(cfg, batch_size=2, workers=0, output_dir=str(tmp_path / 'c'), run_eval=False,
                     show_progress=False, pretrained_model=s['ckpt'])
    res = run_test(demo_cfg(), ckpt=c['ckpt'], batch_size=2, workers=0, output_dir=str(tmp_path / 'c'),
                   show_progress=False)[0]
    logs = ''.join(open(os.path.join(res['result_dir'], f)).read()
                   for f in os.listdir(res['result_dir']) if f.startswith('log_eval_'))
    assert 'FLOAT path' in logs


def test_bad_arguments(demo_cfg, tmp_path):
    with pytest.raises(ConfigError, match='--ckpt'):
        run_test(demo_cfg(), output_dir=str(tmp_path))
    with pytest.raises(CheckpointError, match='no checkpoint'):
        run_test(demo_cfg(), eval_all=True, output_dir=str(tmp_path))
    with pytest.raises(ConfigError, match='--nms'):
        run_test(demo_cfg(), ckpt='x.pth', nms='fast', output_dir=str(tmp_path))


def test_float_checkpoint_under_quantize_cfg_is_refused_for_test(float_run, demo_cfg, tmp_path):
    s, _ = float_run
    with pytest.raises(CheckpointError, match='uncalibrated ranges'):
        run_test(demo_cfg(quantize={'MODE': 'training'}), ckpt=s['ckpt'], batch_size=2, workers=0,
                 output_dir=str(tmp_path), show_progress=False)


def test_qat_from_calibration_keeps_ranges_and_other_settings_are_refused(float_run, demo_cfg, tmp_path):
    s, _ = float_run
    c = run_training(demo_cfg(quantize={'MODE': 'calibration', 'CALIBRATION_ITERS': 2}), batch_size=2, workers=0,
                     output_dir=str(tmp_path / 'c'), run_eval=False, show_progress=False, pretrained_model=s['ckpt'])
    q = run_training(demo_cfg(quantize={'MODE': 'training', 'FREEZE_RANGE_EPOCH': 0}), batch_size=2, epochs=1,
                     workers=0, output_dir=str(tmp_path / 'q'), run_eval=False, show_progress=False,
                     iters_per_epoch=1, pretrained_model=c['ckpt'])
    calib, qat = (torch.load(x['ckpt'], map_location='cpu', weights_only=True)['model_state'] for x in (c, q))
    clips = [k for k in calib if k.endswith('_quant.clip_hi')]
    assert clips and all(torch.equal(calib[k], qat[k]) for k in clips)      # ranges frozen from epoch 0: kept
    logs = ''.join(open(tmp_path / 'q' / f).read() for f in os.listdir(tmp_path / 'q') if f.startswith('log_train'))
    assert logs.count('keeps its calibrated ranges') == 1
    mismatch = "QUANTIZE.BITWIDTH_16_LAYERS: \\[\\] in the checkpoint, \\['dense_head'\\]"
    with pytest.raises(CheckpointError, match=mismatch):
        run_test(demo_cfg(quantize={'MODE': 'training', 'BITWIDTH_16_LAYERS': ['dense_head']}), ckpt=q['ckpt'],
                 batch_size=2, workers=0, output_dir=str(tmp_path / 'q'), show_progress=False)
