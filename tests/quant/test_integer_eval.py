"""Quantized evaluation computes the deployed integer arithmetic: exact whatever the float dtype or reduction
order, and equal to QAT's fast float form except where the exact value sits on a rounding tie."""
import pytest
import torch

from pcdet_qat_plugin.quant import QuantSettings, calibrate, iter_quant_sites, wrap_model
from pcdet_qat_plugin.quant import modules as qmodules
from pcdet_qat_plugin.quant.fake_quant import qrange

from .nets import TinyDetector, tiny_batch, tiny_specs


def _calibrated_test_model(bits, seed=0):
    torch.manual_seed(seed)
    m = TinyDetector()
    settings = QuantSettings(mode='calibration', bitwidth_weights=bits, bitwidth_activations=bits)
    wrap_model(m, tiny_specs(m), settings, 'calibrate')
    calibrate(m, [tiny_batch(i) for i in range(3)])
    wrap_model(m, tiny_specs(m), settings, 'test')
    return m.eval()


def _weight_inputs(m, batch):
    """Each quantized weight module's input in one test-phase forward, by site name."""
    got, handles = {}, []
    for s in iter_quant_sites(m):
        if s.kind == 'weight':
            handles.append(s.module.register_forward_pre_hook(
                lambda mod, args, name=s.name: got.__setitem__(name, args[0].detach().clone())))
    with torch.no_grad():
        out = m(batch)[0]
    for h in handles:
        h.remove()
    return got, out


@pytest.mark.parametrize('bits', [8, 16])
def test_float32_form_is_exact(bits, monkeypatch):
    """float32 is used only where every partial sum stays below 2^24: forcing float64 everywhere gives the
    same bits (and 16-bit layers already run in float64)."""
    m = _calibrated_test_model(bits)
    batch = tiny_batch(7)
    dtypes = set()
    for s in iter_quant_sites(m):
        if s.kind == 'weight' and s.module.uses_integer_arithmetic():
            s.module.register_forward_hook(lambda mod, a, out: dtypes.add(out.dtype))
    out32 = m(dict(batch))[0]
    assert torch.float32 in dtypes
    monkeypatch.setattr(qmodules, 'EXACT_FLOAT32_LIMIT', 0)
    out64 = m(dict(batch))[0]
    assert out32.dtype == torch.float32 and torch.equal(out32, out64)


@pytest.mark.parametrize('bits', [8, 16])
def test_fast_qat_form_differs_only_at_ties(bits):
    """Layer by layer on the same input: the QAT form conv(x, w_q, b_q) in float and the integer form round
    to the same output step except where the exact value is k + 1/2 steps (float noise breaks the tie). At
    16 bits a float32 sum of up to 2^16-step values is itself only good to ~0.01 step: there a difference
    may also sit within that of a tie."""
    m = _calibrated_test_model(bits)
    inputs, _ = _weight_inputs(m, tiny_batch(5))
    compared = 0
    for s in iter_quant_sites(m):
        if s.kind != 'weight' or s.act_quant is None:
            continue
        mod, x = s.module, inputs[s.name]
        assert mod.uses_integer_arithmetic()
        with torch.no_grad():
            exact = mod._integer_forward(x).double()
            w_q, b_q = mod.effective_weight_bias()
            fast = mod._q_apply(x, w_q, b_q).double()
        scale = float(s.act_quant.scale())
        qmin, qmax = qrange(s.act_quant.bits, s.act_quant.signed)
        steps_exact = exact * scale
        q_exact = torch.floor(steps_exact + 0.5).clamp(qmin, qmax)
        q_fast = torch.floor(fast * scale + 0.5).clamp(qmin, qmax)
        differ = q_exact != q_fast
        tie = ((steps_exact - torch.floor(steps_exact)) - 0.5).abs() <= (0.0 if bits == 8 else 0.01)
        assert bool((tie | ~differ).all()), f'{s.name}: {int((differ & ~tie).sum())} differences off a tie'
        assert int((q_exact - q_fast).abs().max()) <= 1
        compared += x.numel()
    assert compared > 0


def test_integer_form_does_not_depend_on_batch_layout():
    """The same pillars in another order / batch split give the same per-pillar outputs, bit for bit."""
    m = _calibrated_test_model(8)
    b = tiny_batch(3, batch_size=1, voxels=10)
    pfn = m.vfe.pfn_layers[0]
    with torch.no_grad():
        full = pfn(b['voxels'])
        perm = torch.randperm(10, generator=torch.Generator().manual_seed(0))
        parts = torch.cat([pfn(b['voxels'][perm[:3]]), pfn(b['voxels'][perm[3:]])])
    assert torch.equal(full[perm], parts)


def test_folded_bn_never_runs_in_quantized_evaluation():
    """What made hosts differ: a BN executed on host-specific views (its float noise landing on rounding
    boundaries). In quantized evaluation the BN exists only inside the folded integer weights and bias."""
    m = _calibrated_test_model(8)
    calls = []
    for s in iter_quant_sites(m):
        if s.bn is not None:
            s.bn.register_forward_hook(lambda *a: calls.append(1))
    m(tiny_batch(2))
    assert calls == []

