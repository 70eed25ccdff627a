"""Distributed QAT on CPU (gloo, 2 processes, built-in PointPillar): after every update the activation ranges
and frozen flags are identical on both ranks, and they are the all-reduced (mean) statistics, not rank 0's."""
import socket

import pytest
import torch
import torch.distributed as dist
import torch.multiprocessing as mp

import pcdet_qat_plugin
from pcdet_qat_plugin.models import ModelInfo, load_data_to_device
from pcdet_qat_plugin.quant import is_quant_key, set_epoch

from .fake_openpcdet import SMALL_RANGE, make_batch

WORLD = 2
STEPS_PER_EPOCH = (2, 1)  # ranges and BN freeze from epoch 1
SMALL_MODEL = ['DATA_CONFIG.POINT_CLOUD_RANGE', str(SMALL_RANGE), 'MODEL.VFE.NUM_FILTERS', '[16]',
               'MODEL.MAP_TO_BEV.NUM_BEV_FEATURES', '16', 'MODEL.BACKBONE_2D.LAYER_NUMS', '[1, 1, 1]',
               'MODEL.BACKBONE_2D.NUM_FILTERS', '[16, 16, 16]', 'MODEL.BACKBONE_2D.NUM_UPSAMPLE_FILTERS', '[16, 16, 16]',
               'QUANTIZE.FREEZE_BN_EPOCH', '1', 'QUANTIZE.FREEZE_RANGE_EPOCH', '1']
FIRST_SITE = 'vfe.pfn_layers.0.input_quant.'  # sees raw features only: its stats do not depend on other ranges


def _quant_state(model):
    return {k: v.detach().clone() for k, v in model.state_dict().items() if is_quant_key(k)}


def _qat_run(rank: int, world: int, out_file=None):
    """QAT steps of the built-in model on this rank's own random batches; returns the quant state after each."""
    torch.set_num_threads(1)
    torch.manual_seed(0)
    cfg = pcdet_qat_plugin.load_cfg('cfgs/kitti/pointpillar_qat.yaml', SMALL_MODEL)
    model = pcdet_qat_plugin.build_model(cfg)
    info = ModelInfo.from_cfg(cfg)
    net = torch.nn.parallel.DistributedDataParallel(model, broadcast_buffers=False) if world > 1 else model
    optimizer = torch.optim.SGD(model.parameters(), lr=1e-3)
    history, step = [], 0
    for epoch, steps in enumerate(STEPS_PER_EPOCH):
        set_epoch(model, epoch, len(STEPS_PER_EPOCH))
        for _ in range(steps):
            batch = load_data_to_device(make_batch(info, 1, seed=1000 * rank + step))
            net.train()
            optimizer.zero_grad()
            ret_dict, _, _ = net(batch)
            ret_dict['loss'].backward()
            optimizer.step()
            history.append(_quant_state(model))
            step += 1
    if out_file is not None:
        torch.save(history, out_file)
    return history


def _worker(rank: int, world: int, port: int, out_dir: str):
    dist.init_process_group('gloo', init_method=f'tcp://127.0.0.1:{port}', rank=rank, world_size=world)
    try:
        _qat_run(rank, world, f'{out_dir}/rank{rank}.pt')
    finally:
        dist.destroy_process_group()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


@pytest.fixture(scope='module')
def ddp_histories(tmp_path_factory):
    if not dist.is_available() or not dist.is_gloo_available():
        pytest.skip('torch.distributed with the gloo backend is not available in this torch build')
    out = tmp_path_factory.mktemp('ddp')
    mp.spawn(_worker, args=(WORLD, _free_port(), str(out)), nprocs=WORLD, join=True)
    return [torch.load(out / f'rank{r}.pt', weights_only=True) for r in range(WORLD)]


def test_quant_state_identical_on_every_rank_after_each_update(ddp_histories):
    h0, h1 = ddp_histories
    assert len(h0) == len(h1) == sum(STEPS_PER_EPOCH)
    assert any(k.endswith('range_frozen') for k in h0[0]) and any(k.endswith('bn_frozen') for k in h0[0])
    for step, (s0, s1) in enumerate(zip(h0, h1)):
        assert s0.keys() == s1.keys()
        for key in s0:
            assert torch.equal(s0[key], s1[key]), f'step {step}: {key} differs between ranks'
    last = h0[-1]
    assert {int(v) for k, v in last.items() if k.endswith('range_frozen')} == {1}
    assert {int(v) for k, v in last.items() if k.endswith('bn_frozen')} == {1}
    assert {float(v) for k, v in last.items() if k.endswith('batches_observed')} == {2.0}  # epoch 0 only


def test_ranges_are_reduced_not_broadcast(ddp_histories):
    alone = [_qat_run(rank, 1)[0] for rank in range(WORLD)]  # each rank's first batch without torch.distributed
    ddp = ddp_histories[0][0]
    for name in ('channel_lo', 'channel_hi'):       # its per-channel ranges (input channel normalisation)
        key = FIRST_SITE + name
        mean = (alone[0][key] + alone[1][key]) / 2
        assert not torch.equal(alone[0][key], alone[1][key])
        assert torch.allclose(ddp[key], mean, rtol=1e-6, atol=1e-7), (key, ddp[key], alone[0][key], alone[1][key])
        assert not torch.allclose(ddp[key], alone[0][key])
    differs = [k for k in ddp if k.endswith('clip_hi') and not torch.allclose(ddp[k], alone[0][k])]
    assert len(differs) >= len([k for k in ddp if k.endswith('clip_hi')]) // 2
