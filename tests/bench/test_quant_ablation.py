"""bench/quant_ablation.py's switches: each row turns off its part of the quantization and restores it after."""
import copy
import dataclasses
import importlib.util
import sys
from pathlib import Path

import torch

from pcdet_qat_plugin.quant import QuantSettings, calibrate, wrap_model
from pcdet_qat_plugin.quant.spec import act_quantizers, weight_modules

from tests.quant.nets import tiny_batch, tiny_specs
from tests.quant.test_engine import _model

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    sys.path.insert(0, str(ROOT / 'bench'))
    spec = importlib.util.spec_from_file_location('bench_quant_ablation', ROOT / 'bench' / 'quant_ablation.py')
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rows_switch_their_parts_off_and_restore_them():
    bench = _bench()
    float_model = _model()
    float_model.eval()
    m = copy.deepcopy(float_model)
    specs = tiny_specs(m)
    specs[0] = dataclasses.replace(specs[0], channels=10)      # the PFN input normalised per channel, as PointPillars'
    wrap_model(m, specs, QuantSettings(mode='calibration'), 'calibrate')
    calibrate(m, [tiny_batch(i) for i in range(3)])
    wrap_model(m, specs, QuantSettings(mode='calibration'), 'test')
    m.eval()
    batch = tiny_batch(7)
    with torch.no_grad():
        want = float_model(dict(batch))[0]
        got = {}
        for row in bench.ROWS:
            with bench.switched(m, row):
                got[row] = m(dict(batch))[0]
    assert [q.channels for q in act_quantizers(m) if q.channels] == [10]
    assert all(w.q_enabled for w in weight_modules(m)) and all(q.enabled for q in act_quantizers(m))
    torch.testing.assert_close(got['float'], want)
    err = {row: float((got[row] - want).norm() / want.norm()) for row in bench.ROWS}
    assert err['quantized'] > 0.01
    # each half of the quantization alone: a smaller error than both (the per-channel normalised PFN input
    # switches with the weights that hold its scales; switched with the activations, either row's error is
    # of order 1 or more)
    assert 0 < err['float weights'] < err['quantized'] and 0 < err['float activations'] < err['quantized']


def test_a_group_row_switches_only_the_activations_under_its_prefix():
    from pcdet_qat_plugin.quant.modules import ActQuantizer
    bench = _bench()
    m = _model()
    wrap_model(m, tiny_specs(m), QuantSettings(mode='calibration'), 'calibrate')
    named = [(n, q) for n, q in m.named_modules() if isinstance(q, ActQuantizer)]
    with bench.switched(m, bench.GROUP_ROW + 'backbone_2d.blocks.1'):
        off = sorted(n for n, q in named if not q.enabled)
    assert off and all(n.startswith('backbone_2d.blocks.1.') for n in off)
    assert all(q.enabled for _, q in named) and all(w.q_enabled for w in weight_modules(m))
