"""Calibration: idempotent (a second call gives the same model, unless resuming), loaders shorter than
CALIBRATION_ITERS passed again, an empty loader a DataError, and under torch.distributed the bias-correction
deltas averaged over processes (2 gloo processes on CPU)."""
import socket

import pytest
import torch
import torch.distributed as dist
import torch.multiprocessing as mp

from pcdet_qat_plugin.errors import DataError
from pcdet_qat_plugin.quant import QuantSettings, calibrate, is_quant_key, wrap_model
from pcdet_qat_plugin.quant.calibrate import loader_batches

from .nets import TinyDetector, tiny_batch, tiny_specs


def _calib_model(bias_calibration=True):
    torch.manual_seed(0)
    m = TinyDetector()
    wrap_model(m, tiny_specs(m), QuantSettings(mode='calibration', calibration_iters=3,
                                               bias_calibration=bias_calibration), 'calibrate')
    return m


def _quant_state(m):
    return {k: v.clone() for k, v in m.state_dict().items() if is_quant_key(k)}


def test_calibrating_twice_gives_the_same_model():
    m = _calib_model()
    batches = [tiny_batch(i) for i in range(3)]
    calibrate(m, batches)
    first = _quant_state(m)
    calibrate(m, batches)
    second = _quant_state(m)
    assert first.keys() == second.keys()
    assert [k for k in first if not torch.equal(first[k], second[k])] == []
    calibrate(m, batches, resume=True)                     # asked for: continues counts and correction
    counts = [int(v) for k, v in m.state_dict().items() if k.endswith('batches_observed')]
    assert counts and set(counts) == {6}
    assert any(not torch.equal(first[k], v) for k, v in _quant_state(m).items() if k.endswith('bias_correction'))


def test_short_loader_is_passed_again_and_empty_loader_is_an_error():
    assert list(loader_batches([1, 2], 5)) == [1, 2, 1, 2, 1]
    with pytest.raises(DataError, match='no batches'):
        list(loader_batches([], 5))
    with pytest.raises(DataError, match='no batches'):
        calibrate(_calib_model(), [])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def _worker(rank, world, port, out_dir):
    torch.set_num_threads(1)
    dist.init_process_group('gloo', init_method=f'tcp://127.0.0.1:{port}', rank=rank, world_size=world)
    try:
        m = _calib_model()
        calibrate(m, [tiny_batch(100 * rank + i) for i in range(3)])
        torch.save(_quant_state(m), f'{out_dir}/rank{rank}.pt')
    finally:
        dist.destroy_process_group()


def test_ddp_calibration_reduces_bias_correction(tmp_path):
    mp.spawn(_worker, args=(2, _free_port(), str(tmp_path)), nprocs=2, join=True)
    r0, r1 = (torch.load(tmp_path / f'rank{r}.pt', weights_only=True) for r in range(2))
    corrections = [k for k in r0 if k.endswith('bias_correction')]
    assert corrections and any(r0[k].abs().sum() > 0 for k in corrections)
    assert all(torch.equal(r0[k], r1[k]) for k in r0), [k for k in r0 if not torch.equal(r0[k], r1[k])]
