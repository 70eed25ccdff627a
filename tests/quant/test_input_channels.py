"""Per-channel pow2 normalisation of a mixed-unit input (PointPillars' decorated points) before its 8-bit
quantizer, folded into the consuming layer's weight columns: scales, grids, accuracy, settings key."""
import pytest
import torch
from torch import nn

from pcdet_qat_plugin.errors import ConfigError
from pcdet_qat_plugin.quant import QuantSettings, SiteSpec, calibrate, iter_quant_sites, quant_disabled, wrap_model

RANGES = torch.tensor([60.0, 0.1, 2.0])            # metres of position, centimetres of offset, height


class Stage(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(3, 8)

    def forward(self, x):
        return self.linear(x)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.pfn = Stage()

    def forward(self, x):
        return self.pfn(x)


def _data(seed):
    g = torch.Generator().manual_seed(seed)
    return (torch.rand(4096, 3, generator=g) * 2 - 1) * RANGES


def _calibrated(normalize: bool):
    torch.manual_seed(0)
    net = Net()
    with torch.no_grad():                          # every channel contributes about equally to the output
        net.pfn.linear.weight.copy_(torch.randn(8, 3) / RANGES)
    specs = [SiteSpec('pfn.input', 'input', 'pfn', signed=True, channels=3),
             SiteSpec('pfn.linear', 'weight', 'pfn.linear', signed=True, input_from='pfn.input')]
    wrap_model(net, specs, QuantSettings(mode='calibration', normalize_input_channels=normalize), 'calibrate')
    calibrate(net, [_data(i) for i in range(4)])
    wrap_model(net, specs, QuantSettings(mode='calibration', normalize_input_channels=normalize), 'test')
    return net, {s.name: s for s in iter_quant_sites(net)}


def _rel_error(net, x):
    q = net(x)
    with quant_disabled(net):
        f = net(x)
    return float((q - f).norm() / f.norm())


def test_channel_scales_are_pow2_of_each_range_and_output_on_grid():
    net, sites = _calibrated(True)
    q = sites['pfn.input'].act_quant
    assert q.channels == 3 and float(q.clip()) == 1.0
    assert q.channel_scale().tolist() == [1 / 64, 8.0, 0.5]          # 1 / ceil2(range) per channel
    x = _data(9)
    out = q(x)
    assert out.abs().max() <= 1.0
    assert torch.equal(out * 128, torch.round(out * 128))            # one 8-bit grid for all channels
    # the layer's weight columns carry 1 / scale, so float and quantized agree in units
    w_q, _ = sites['pfn.linear'].effective_weight_bias()
    w_ref = net.pfn.linear.weight.detach() / q.channel_scale()[None, :]
    assert float((w_q - w_ref).abs().max()) <= float(w_ref.abs().max()) / 128


def test_normalisation_keeps_the_small_channels():
    x = _data(7)
    with_norm, _ = _calibrated(True)
    without, sites = _calibrated(False)
    assert sites['pfn.input'].act_quant.channels == 0
    assert _rel_error(with_norm, x) < 0.02
    assert _rel_error(without, x) > 4 * _rel_error(with_norm, x)     # the 0.1 m channel rounds to 0 without


def test_settings_key():
    assert QuantSettings.from_value({'NORMALIZE_INPUT_CHANNELS': False}).normalize_input_channels is False
    assert QuantSettings.from_value(True).normalize_input_channels is True
    with pytest.raises(ConfigError, match='NORMALIZE_INPUT_CHANNELS'):
        QuantSettings.from_value({'NORMALIZE_INPUT_CHANNELS': 'yes'})
