"""Issue 14 item 5: a small non-PointPillars network wraps, calibrates and evaluates through the public API
with the SiteSpecs documented in docs/quantization.md ("Quantizing another network")."""
import torch
from torch import nn

from pcdet_qat_plugin.quant import (QuantSettings, SiteSpec, calibrate, iter_quant_sites, uncalibrated_sites,
                                    wrap_model)


def _cbr(cin, cout, stride=1):
    return nn.Sequential(nn.Conv2d(cin, cout, 3, stride=stride, padding=1, bias=False), nn.BatchNorm2d(cout),
                         nn.ReLU())


class SmallSegNet(nn.Module):
    """stem (conv+BN+ReLU x 2) -> strided block -> ConvTranspose up -> concat with the stem -> 1x1 head."""

    def __init__(self):
        super().__init__()
        self.stem = nn.Sequential(*_cbr(3, 8), *_cbr(8, 8))
        self.down = _cbr(8, 16, stride=2)
        self.up = nn.Sequential(nn.ConvTranspose2d(16, 8, 2, stride=2, bias=False), nn.BatchNorm2d(8), nn.ReLU())
        self.head = nn.Conv2d(16, 4, 1)

    def forward(self, x):
        s = self.stem(x)
        return self.head(torch.cat([s, self.up(self.down(s))], dim=1))


SPECS = [
    SiteSpec('image', 'input', 'stem', signed=True),                       # the network input
    SiteSpec('stem.0', 'weight', 'stem.0', bn='stem.1', relu='stem.2', signed=False, input_from='image'),
    SiteSpec('stem.3', 'weight', 'stem.3', bn='stem.4', relu='stem.5', signed=False, input_from='stem.0'),
    SiteSpec('down.0', 'weight', 'down.0', bn='down.1', relu='down.2', signed=False, input_from='stem.3'),
    SiteSpec('up.0', 'weight', 'up.0', bn='up.1', relu='up.2', signed=False, input_from='down.0',
             quantize_output=False),                                       # quantized by the concat's range
    SiteSpec('concat', 'input', 'head', signed=False, attr='concat_quant'),  # the head's input is the concat
    SiteSpec('head', 'weight', 'head', signed=True, input_from='concat'),
]


def _trained_bn(model):
    model.train()
    g = torch.Generator().manual_seed(1)
    with torch.no_grad():
        for _ in range(5):
            model(torch.randn(4, 3, 16, 16, generator=g))
    return model.eval()


def test_generic_network_wraps_calibrates_and_evaluates():
    torch.manual_seed(0)
    model = _trained_bn(SmallSegNet())
    x = torch.randn(2, 3, 16, 16, generator=torch.Generator().manual_seed(5))
    with torch.no_grad():
        ref = model(x)
    float_keys = list(model.state_dict())
    settings = QuantSettings(mode='calibration')
    wrap_model(model, SPECS, settings, 'calibrate')
    assert isinstance(model.head.concat_quant, nn.Module)                  # the custom attr is used
    g = torch.Generator().manual_seed(2)
    assert calibrate(model, [torch.randn(4, 3, 16, 16, generator=g) for _ in range(4)]) == 4
    assert uncalibrated_sites(model) == []
    wrap_model(model, SPECS, settings, 'test')
    with torch.no_grad():
        out = model(x)
    assert float((out - ref).norm() / ref.norm()) < 0.1
    keys = list(model.state_dict())
    assert [k for k in keys if k in float_keys] == float_keys
    assert 'head.concat_quant.clip_hi' in keys and 'up.1.running_var' in keys
    concat = next(s for s in iter_quant_sites(model) if s.name == 'concat')
    assert float(concat.act_quant.batches_observed) == 4
    head_scale = float(next(s for s in iter_quant_sites(model) if s.name == 'head').act_quant.scale())
    assert torch.equal(out * head_scale, torch.round(out * head_scale))       # on the head's output grid
