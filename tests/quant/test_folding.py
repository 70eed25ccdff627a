"""BN folding owned by the weight module: BN statistics that follow a float run during QAT (both bias
constraints), SyncBatchNorm conversion of a quantized model, host keys kept, explicit freeze."""
import copy

import pytest
import torch
from torch import nn

from pcdet_qat_plugin.quant import QuantSettings, SiteSpec, iter_quant_sites, set_epoch, wrap_model
from pcdet_qat_plugin.quant.fold import FoldedBatchNorm

from .nets import TinyDetector, tiny_batch, tiny_specs


class ConvBnNet(nn.Module):
    """conv -> BN -> ReLU on a positive input: conv outputs of mean ~30, so the folded bias (about -mean * f)
    is far beyond what the accumulator holds at this weight scale and saturates under 'saturate'."""

    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Conv2d(4, 8, 3, padding=1, bias=False), nn.BatchNorm2d(8, momentum=0.1),
                                  nn.ReLU())
        with torch.no_grad():
            self.body[0].weight.uniform_(0.0, 0.5)

    def forward(self, x):
        return self.body(x)


CONV_BN_SPECS = [SiteSpec('input', 'input', 'body.0', signed=False),
                 SiteSpec('body.0', 'weight', 'body.0', bn='body.1', relu='body.2', signed=False,
                          input_from='input')]


def _inputs(n, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [torch.rand(4, 4, 6, 6, generator=g) + 3.0 for _ in range(n)]


@pytest.mark.parametrize('constraint', ['reduce_weight_scale', 'saturate'])
def test_bn_running_stats_follow_a_float_run(constraint):
    """Issue 15 item 2: the running mean used to drift (32 -> 670) with a saturated bias, because the BN saw
    the quantized bias while normalising with batch statistics."""
    torch.manual_seed(0)
    ref = ConvBnNet().train()
    qat = copy.deepcopy(ref)
    wrap_model(qat, CONV_BN_SPECS, QuantSettings(bias_constraint=constraint, freeze_bn_epoch=-1,
                                                 freeze_range_epoch=-1), 'train')
    qat.train()
    bn_ref, bn_q = ref.body[1], qat.body[0].bn
    with torch.no_grad():
        for i, x in enumerate(_inputs(300)):
            ref(x)
            qat(x)
            if i == 149:
                half_way = bn_q.running_mean.clone()
    mean = bn_ref.running_mean
    assert float(mean.mean()) > 20
    # the weights differ by their quantization (coarse under reduce_weight_scale), nothing else
    torch.testing.assert_close(bn_q.running_mean, mean, rtol=0.06, atol=0.05)
    torch.testing.assert_close(bn_q.running_var, bn_ref.running_var, rtol=0.15, atol=0.01)
    torch.testing.assert_close(bn_q.running_mean, half_way, rtol=0.01, atol=0.05)     # no drift


def test_keys_stay_the_hosts_and_load_both_ways():
    m = TinyDetector()
    float_keys = list(m.state_dict())
    wrap_model(m, tiny_specs(m), QuantSettings(), 'train')
    keys = list(m.state_dict())
    assert [k for k in keys if k in float_keys] == float_keys           # same keys, same order
    assert not any('.bn.' in k for k in keys)
    assert 'vfe.pfn_layers.0.norm.act_quant.clip_hi' in keys            # quantizer keys unchanged too
    assert isinstance(m.backbone_2d.blocks[0][2], FoldedBatchNorm)
    state = {k: v + 1 if v.is_floating_point() else v for k, v in m.state_dict().items()}
    r = TinyDetector()
    wrap_model(r, tiny_specs(r), QuantSettings(), 'train')
    assert r.load_state_dict(state, strict=True)
    for k, v in r.state_dict().items():
        assert torch.equal(v, state[k]), k
    sub = r.backbone_2d.state_dict()                                    # a sub-module keeps the layout too
    assert 'blocks.0.2.running_mean' in sub and r.backbone_2d.load_state_dict(sub, strict=True)


def test_sync_batchnorm_conversion_keeps_folding_hooks_and_freeze():
    """Issue 15 item 8: OpenPCDet's --sync_bn converts every BatchNorm after the model is built."""
    torch.manual_seed(0)
    m = TinyDetector()
    wrap_model(m, tiny_specs(m), QuantSettings(), 'train')
    m.eval()
    before = m(tiny_batch(1))[0]
    keys = list(m.state_dict())
    assert nn.SyncBatchNorm.convert_sync_batchnorm(m) is m
    bns = [s.bn for s in iter_quant_sites(m) if s.bn is not None]
    assert len(bns) == 7 and all(isinstance(bn, nn.SyncBatchNorm) for bn in bns)
    assert not any(type(x) in (nn.BatchNorm1d, nn.BatchNorm2d) for x in m.modules())
    assert list(m.state_dict()) == keys
    torch.testing.assert_close(m(tiny_batch(1))[0], before, rtol=0, atol=0)
    pfn_out = m.vfe.pfn_layers[0].linear.act_quant
    n = float(pfn_out.batches_observed)
    set_epoch(m, 5, 10)                        # BN frozen from 4, ranges from 6
    m.train()
    assert not any(bn.training for bn in bns)  # the freeze reaches the live SyncBatchNorm layers
    m(tiny_batch(2))                           # frozen BN: no batch statistics, so no process group needed
    assert float(pfn_out.batches_observed) == n + 1      # the PFN output quantizer still observes


def test_freeze_is_explicit_and_survives_train():
    m = ConvBnNet()
    wrap_model(m, CONV_BN_SPECS, QuantSettings(), 'train')
    conv = m.body[0]
    m.train()
    assert conv.bn.training and not conv.bn_stats_frozen()
    conv.freeze_bn_stats()
    assert not conv.bn.training and int(conv.bn_frozen) == 1
    m.train()
    assert not conv.bn.training
    stats = conv.bn.running_mean.clone()
    m(_inputs(1)[0])
    assert torch.equal(conv.bn.running_mean, stats)
    conv.update_bn_stats()
    assert conv.bn.training
