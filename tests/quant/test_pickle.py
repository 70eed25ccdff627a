"""Quantized models pickle (torch.save(model), copy.deepcopy): the classes made by class swap at run time
are rebuilt by name-independent functions, hooks are picklable objects."""
import copy
import io

import torch

from pcdet_qat_plugin.quant import QuantSettings, calibrate, wrap_model

from .nets import TinyDetector, tiny_batch, tiny_specs


def test_quantized_model_pickles_and_deepcopies():
    torch.manual_seed(0)
    m = TinyDetector()
    wrap_model(m, tiny_specs(m), QuantSettings(mode='calibration'), 'calibrate')
    calibrate(m, [tiny_batch(i) for i in range(2)])
    wrap_model(m, tiny_specs(m), QuantSettings(), 'test')
    m.eval()
    expected = m(tiny_batch(5))[0]
    buf = io.BytesIO()
    torch.save(m, buf)
    buf.seek(0)
    loaded = torch.load(buf, weights_only=False)
    for other in (loaded, copy.deepcopy(m)):
        assert type(other).__name__ == type(m).__name__ and isinstance(other, TinyDetector)
        assert type(other.backbone_2d.blocks[0][1]) is type(m.backbone_2d.blocks[0][1])
        assert torch.equal(other(tiny_batch(5))[0], expected)
