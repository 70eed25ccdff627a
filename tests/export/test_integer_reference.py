"""Issue 14 item 2: the pure-integer reference (numpy int64) of the exported network against PyTorch quantized
evaluation (bit for bit at 8 bits, <= 1 step at 16) and against the `qdq` graph in onnxruntime (differences
only from rounding ties: the reference with onnxruntime's ties-to-even reproduces it exactly; checked on a
session without graph optimizations, the graph's own semantics: the optimized session's fused int8 kernels
are off by one step on ~2 % of the head outputs on this CPU, see export/agreement.unoptimized)."""
import copy

import numpy as np
import pytest

from pcdet_qat_plugin.export import agreement
from pcdet_qat_plugin.export.deployable import ActGrid
from pcdet_qat_plugin.export.exporter import build_export_net, export_onnx
from pcdet_qat_plugin.export.integer_reference import IntegerPointPillars, requantize
from pcdet_qat_plugin.export.ort_runner import OrtDetector

from .conftest import make_batch, make_cfg, quantized_model


def test_requantize_rounds_half_up_or_to_even():
    grid = ActGrid(bits=8, signed=True, scale=1.0)
    acc = np.array([5, 6, 7, -5, -6, -7, 10000, -10000], dtype=np.int64)          # scale 4: 1.25, 1.5, ...
    up = requantize(acc, np.array([4.0]), grid, axis=0)
    even = requantize(acc, np.array([4.0]), grid, axis=0, rounding='half_even')
    assert up.tolist() == [1, 2, 2, -1, -1, -2, 127, -128]
    assert even.tolist() == [1, 2, 2, -1, -2, -2, 127, -128]


@pytest.mark.parametrize('bits', [8, 16])
def test_pytorch_quantized_eval_equals_integer_reference(float_setup, bits):
    _, fmodel = float_setup
    cfg_q = make_cfg({'CALIBRATION_ITERS': 2, 'BITWIDTH_WEIGHTS': bits, 'BITWIDTH_ACTIVATIONS': bits})
    model = quantized_model(cfg_q, copy.deepcopy(fmodel.state_dict()), calibrate_batches=2)
    net, dep = build_export_net(model, 'tidl')
    batch = make_batch(cfg_q, 41, batch_size=2)
    got = agreement.torch_head_codes(model, dict(batch), dep)
    ref = agreement.reference_head_codes(model, batch, IntegerPointPillars(dep, net))
    rows = agreement.compare(got, ref)
    assert set(rows) == set(dep.of_role('head')) and len(rows) == 3
    for name, row in rows.items():
        assert row['max_steps'] <= (0 if bits == 8 else 1), (name, row)


def test_qdq_graph_differs_from_the_integer_reference_only_at_ties(quant_setup, tmp_path):
    cfg_q, model = quant_setup                                   # 8 bits everywhere
    net, dep = build_export_net(model, 'tidl')
    path = str(tmp_path / 'q.onnx')
    export_onnx(model, cfg_q, path, 'qdq')
    ort = OrtDetector(path, cfg_q)
    ort.onnx_path = path
    batch = make_batch(cfg_q, 43, batch_size=1)
    ort_codes = agreement.ort_head_codes(agreement.unoptimized(ort), batch, dep)
    tidl = agreement.reference_head_codes(model, batch, IntegerPointPillars(dep, net))
    even = agreement.reference_head_codes(model, batch, IntegerPointPillars(dep, net, 'half_even'))
    assert agreement.ties_only(even, ort_codes)       # every difference to TIDL's rounding is a tie's
    rows = agreement.compare(ort_codes, tidl)
    assert any(r['identical_pct'] < 100 for r in rows.values()), rows    # and there are such ties
