"""Training never leaves a bad or lost checkpoint: a non-finite loss stops the run naming the iteration
(the last good checkpoint stays), the output folder is locked, run values that would delete every
checkpoint are refused, and temp files of killed saves are removed at the next save."""
import logging
import os
import subprocess
import sys

import pytest
import torch

from pcdet_qat_plugin.errors import ConfigError, OutputError, TrainingError
from pcdet_qat_plugin.runners.train_main import run_training
from pcdet_qat_plugin.utils.fileio import LOCK_NAME, output_folder_lock

RUN = dict(batch_size=2, workers=0, run_eval=False, show_progress=False, iters_per_epoch=2)


@pytest.fixture(scope='module')
def one_epoch(tiny_kitti, tmp_path_factory, repo_root):
    """One float epoch (2 iterations) in its own output folder: checkpoint_epoch_1.pth."""
    from pcdet_qat_plugin.config import load_cfg
    cfg = load_cfg(repo_root / 'cfgs' / 'demo' / 'pointpillar_demo.yaml')
    cfg.DATA_CONFIG.DATA_PATH = str(tiny_kitti)
    out = tmp_path_factory.mktemp('one_epoch')
    return run_training(cfg, epochs=1, output_dir=str(out), **RUN), out


def test_non_finite_loss_stops_keeping_last_good_checkpoint(one_epoch, demo_cfg, tmp_path):
    s, out = one_epoch
    work = tmp_path / 'run'
    (work / 'ckpt').mkdir(parents=True)
    good = work / 'ckpt' / 'checkpoint_epoch_1.pth'
    good.write_bytes(open(s['ckpt'], 'rb').read())
    cfg = demo_cfg()
    cfg.OPTIMIZATION.LR = 1e30            # the first step of epoch 2 sends the weights to inf
    with pytest.raises(TrainingError) as info:
        run_training(cfg, epochs=3, output_dir=str(work), **RUN)
    msg = str(info.value)
    assert 'non-finite' in msg and 'at iteration 4 (epoch 2, frames [' in msg, msg
    assert f'last good checkpoint: {good}' in msg
    assert sorted(os.listdir(work / 'ckpt')) == ['checkpoint_epoch_1.pth']
    state = torch.load(good, map_location='cpu', weights_only=True)['model_state']
    assert all(torch.isfinite(v).all() for v in state.values() if v.is_floating_point())
    assert not (work / LOCK_NAME).exists()   # released on the error path too


@pytest.mark.parametrize('name, value', [('max_ckpt_save_num', 0), ('ckpt_save_interval', 0), ('batch_size', 0),
                                         ('epochs', 0), ('workers', -1), ('batch_size', 1.5)])
def test_run_values_refused_before_anything_is_written(demo_cfg, tmp_path, name, value):
    with pytest.raises(ConfigError, match=f'--{name}: {value!r} must be an integer >= '):
        run_training(demo_cfg(), output_dir=str(tmp_path / 'out'), **{**RUN, name: value})
    assert not (tmp_path / 'out').exists()


def test_busy_output_folder_refused_naming_holder(demo_cfg, tmp_path):
    out = tmp_path / 'busy'
    holder = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])
    try:
        out.mkdir()
        (out / LOCK_NAME).write_text(f'{holder.pid}\n{os.uname().nodename}\n')
        with pytest.raises(OutputError) as info:
            run_training(demo_cfg(), epochs=1, output_dir=str(out), **RUN)
        assert f'{out} is in use by another run (pid {holder.pid}' in str(info.value)
        assert sorted(p.name for p in out.rglob('*') if p.is_file()) == [LOCK_NAME]   # nothing written
    finally:
        holder.kill()
        holder.wait()


def test_stale_lock_of_dead_pid_taken_over(tmp_path, caplog):
    dead = subprocess.Popen([sys.executable, '-c', 'pass'])
    dead.wait()
    (tmp_path / LOCK_NAME).write_text(f'{dead.pid}\n{os.uname().nodename}\n')
    logger = logging.getLogger('pcdet_qat_plugin.utils.fileio')   # the package logger does not propagate
    logger.addHandler(caplog.handler)
    with output_folder_lock(tmp_path) as lock:
        assert lock.read_text().startswith(f'{os.getpid()}\n')
        with pytest.raises(OutputError, match=f'pid {os.getpid()}'):
            with output_folder_lock(tmp_path):
                pass
    logger.removeHandler(caplog.handler)
    assert f'(pid {dead.pid}) is no longer running' in caplog.text
    assert not (tmp_path / LOCK_NAME).exists()


def test_stale_temp_files_removed_at_next_save(one_epoch, demo_cfg, tmp_path):
    s, _ = one_epoch
    work = tmp_path / 'run'
    (work / 'ckpt').mkdir(parents=True)
    (work / 'ckpt' / 'checkpoint_epoch_1.pth').write_bytes(open(s['ckpt'], 'rb').read())
    stale = work / 'ckpt' / '.checkpoint_epoch_2.pth.k3j4l5.tmp'
    stale.write_bytes(b'\0' * 4096)
    other = work / 'ckpt' / 'notes.tmp'
    other.write_text('not ours')
    run_training(demo_cfg(), epochs=2, output_dir=str(work), **RUN)
    assert not stale.exists() and other.exists()
    assert sorted(p for p in os.listdir(work / 'ckpt') if p.endswith('.pth')) == [
        'checkpoint_epoch_1.pth', 'checkpoint_epoch_2.pth']
