"""Power-of-2 fake quantization: grids, rounding, idempotence, error bound, STE, observers."""
import torch

from pcdet_qat_plugin.quant.fake_quant import (CPU_CHUNK, ceil2, fake_quant_act, pow2_scale,
                                               quantize_bias, quantize_weight, round_half_away)
from pcdet_qat_plugin.quant.observers import batch_extrema, update_running_range


def _is_pow2(t):
    return torch.all(torch.log2(t) == torch.round(torch.log2(t)))


def test_ceil2_and_rounding():
    assert ceil2(torch.tensor([0.3, 1.0, 1.01, 5.0])).tolist() == [0.5, 1.0, 2.0, 8.0]
    assert round_half_away(torch.tensor([0.5, -0.5, 1.5, -2.5, 0.49])).tolist() == [1, -1, 2, -3, 0]
    below_half = torch.nextafter(torch.tensor(0.5), torch.tensor(0.0))      # 0.49999997 in float32
    below_2_5 = torch.nextafter(torch.tensor(2.5), torch.tensor(0.0))
    assert round_half_away(torch.stack([below_half, -below_half, below_2_5, -below_2_5])).tolist() == [0, 0, 2, -2]


def _half_away_reference(x: torch.Tensor) -> torch.Tensor:
    """floor(|x| + 0.5) with the sign of x, in float64 (exact for float32 and float16 inputs)."""
    d = x.double()
    return torch.floor(d.abs() + 0.5) * torch.where(d < 0, -1.0, 1.0)


def test_round_half_away_is_exact_where_a_half_could_round():
    """The fast form (|x| + the float below 0.5, floored) against exact arithmetic: every finite float16,
    every float32 in [0.25, 1) (where x + 0.5 rounds), and the 4 floats either side of each tie n + 0.5 and
    of each power of 2 up to 2^16, both signs."""
    f16 = torch.arange(-(1 << 15), 1 << 15, dtype=torch.int32).to(torch.int16).view(torch.float16)
    f16 = f16[torch.isfinite(f16)]
    assert torch.equal(round_half_away(f16).double(), _half_away_reference(f16))
    lo, hi = (torch.tensor(v).view(torch.int32).item() for v in (0.25, 1.0))
    f32 = torch.arange(lo, hi, dtype=torch.int32).view(torch.float32)
    assert torch.equal(round_half_away(f32).double(), _half_away_reference(f32))
    centres = torch.cat([torch.arange(0, 1 << 16, dtype=torch.float32) + 0.5,
                         2.0 ** torch.arange(0, 17, dtype=torch.float32)])
    near = [centres]
    up, down = centres, centres
    for _ in range(4):
        up, down = torch.nextafter(up, up + 1), torch.nextafter(down, down - 1)
        near += [up, down]
    x = torch.cat(near)
    x = torch.cat([x, -x])
    assert torch.equal(round_half_away(x).double(), _half_away_reference(x))
    d = torch.tensor([0.5, 2.5, 0.49999999999999994, 2.4999999999999996, 1e15 + 0.5], dtype=torch.float64)
    assert round_half_away(torch.cat([d, -d])).tolist() == [1, 3, 0, 2, 1e15 + 1, -1, -3, 0, -2, -1e15 - 1]


def test_weight_on_pow2_grid_idempotent_and_half_step_error():
    g = torch.Generator().manual_seed(0)
    for per_channel in (False, True):
        w = torch.randn(8, 4, 3, 3, generator=g) * 0.1
        wq, s = quantize_weight(w, 8, per_channel, axis=0)
        assert _is_pow2(s)
        sv = s.view(-1, 1, 1, 1) if per_channel else s
        ints = wq * sv
        assert torch.equal(ints, torch.round(ints)) and ints.abs().max() <= 128
        assert torch.all((wq - w).abs() <= 0.5 / sv + 1e-9)
        assert torch.equal(quantize_weight(wq, 8, per_channel, axis=0)[0], wq)


def test_deconv_per_channel_axis1():
    w = torch.randn(4, 6, 2, 2)
    w[:, 0] *= 100
    _, s = quantize_weight(w, 8, True, axis=1)
    assert s.shape == (6,) and s[0] < s[1]


def test_act_quant_idempotent_error_and_unsigned_clamp():
    x = torch.randn(1000) * 3
    clip = torch.tensor(4.0)
    for fq in (fake_quant_act,):
        y = fq(x, clip, 8, True)
        assert torch.equal(fq(y, clip, 8, True), y)
        inside = x.abs() < 4 - 1 / 32
        assert torch.all((y - x)[inside].abs() <= 1 / 64 + 1e-7)
        u = fq(x, clip, 8, False)
        assert u.min() >= 0 and u.max() <= 4 and torch.equal(u[x < 0], torch.zeros_like(u[x < 0]))


def test_ti_tie_rounding_exact_path():
    s = pow2_scale(torch.tensor(4.0), 8, True)     # 32
    x = torch.tensor([0.5, 1.5, -0.5, 2.5]) / s
    assert (fake_quant_act(x, torch.tensor(4.0), 8, True) * s).tolist() == [1, 2, 0, 3]


def test_ste_gradients():
    x = torch.linspace(-6, 6, 101, requires_grad=True)
    fake_quant_act(x, torch.tensor(4.0), 8, True).sum().backward()
    assert torch.all(x.grad[x.abs() < 3.9] == 1) and torch.all(x.grad[x.abs() > 4.0] == 0)
    w = torch.randn(5, 3, requires_grad=True)
    quantize_weight(w, 8)[0].sum().backward()
    assert torch.equal(w.grad, torch.ones_like(w))


def test_act_fake_quant_large_tensor_equals_the_plain_formula():
    """Above one chunk (CPU_CHUNK elements) with one torch thread the CPU passes run chunk by chunk, else on
    the whole tensor: either way the values and the straight-through mask are the plain formula's,
    contiguous or not, signed and unsigned, float32 and float64."""
    g = torch.Generator().manual_seed(0)
    threads = torch.get_num_threads()
    try:
        for num_threads in sorted({1, max(2, threads)}):
            torch.set_num_threads(num_threads)
            for dtype, signed in ((torch.float32, True), (torch.float32, False), (torch.float64, False)):
                x = (torch.randn(3 * CPU_CHUNK + 17, generator=g, dtype=dtype) * 5).requires_grad_()
                x_t = x.detach().view(-1, 1).expand(-1, 2).t().requires_grad_()     # non-contiguous
                clip = torch.tensor(4.0)
                s = pow2_scale(clip, 8, signed)
                qmin, qmax = (-128, 127) if signed else (0, 255)
                ref = torch.floor(x.detach() * s + 0.5).clamp(qmin, qmax) / s
                grad = torch.randn(x.shape, generator=g, dtype=dtype)
                for inp in (x, x_t):
                    y = fake_quant_act(inp, clip, 8, signed)
                    assert y.dtype == dtype and torch.equal(y.reshape(-1, x.numel())[0], ref)
                inside = (ref * s > qmin) & (ref * s < qmax)
                for save_mask in (False, True):
                    x.grad = None
                    y = fake_quant_act(x, clip, 8, signed, save_mask)
                    y.backward(grad)
                    assert torch.equal(y, ref)
                    assert torch.equal(x.grad, torch.where(inside, grad, torch.zeros_like(grad)))
    finally:
        torch.set_num_threads(threads)


def _saved_bytes(fn, x):
    """Bytes of the distinct tensors autograd saves for backward while running fn(x)."""
    held = {}

    def pack(t):
        held[t.untyped_storage().data_ptr()] = t.untyped_storage().nbytes()
        return t
    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        out = fn(x)
    return out, sum(held.values())


def test_save_mask_before_a_functional_relu_same_gradient_a_fraction_of_the_memory():
    """PointPillars' PFN: unsigned quantizer, then the host's F.relu, which saves its own output copy. With
    save_mask the quantizer keeps a byte mask instead of its output: relu(fq(x)) has the same values and the
    same gradient bit for bit (1 and 2 threads, i.e. chunked and not), and backward holds 5 bytes per element
    instead of 8."""
    g = torch.Generator().manual_seed(1)
    threads = torch.get_num_threads()
    try:
        for num_threads in sorted({1, max(2, threads)}):
            torch.set_num_threads(num_threads)
            x = (torch.randn(2 * CPU_CHUNK + 5, generator=g) * 3).requires_grad_()
            grad = torch.randn(x.shape, generator=g)
            results = []
            for save_mask in (False, True):
                x.grad = None
                y, saved = _saved_bytes(lambda t: torch.relu(fake_quant_act(t, torch.tensor(4.0), 8, False,
                                                                            save_mask)), x)
                y.backward(grad)
                results.append((y.detach(), x.grad.clone(), saved))
            (y0, g0, saved0), (y1, g1, saved1) = results
            assert torch.equal(y0, y1) and torch.equal(g0, g1)
            assert (g1 != 0).any() and (g1 == 0).any()
            assert saved0 >= 8 * x.numel() and saved1 < 5.1 * x.numel()
    finally:
        torch.set_num_threads(threads)


def test_overwrite_writes_into_the_input_with_the_same_values_and_gradient():
    """overwrite=True: the result lands in the input's own memory (no new tensor) and values and gradient are
    the out-of-place form's bit for bit (1 and 2 threads, i.e. chunked and not; with and without save_mask; 8 and
    16 bits); declined (a new tensor, the input untouched) for a view, a half-precision input and a leaf that
    requires grad, where writing in place would change more than the result."""
    g = torch.Generator().manual_seed(2)
    threads = torch.get_num_threads()
    clip = torch.tensor(4.0)
    try:
        for num_threads in sorted({1, max(2, threads)}):
            torch.set_num_threads(num_threads)
            for bits, signed, save_mask in ((8, True, False), (8, False, True), (16, True, False)):
                leaf = (torch.randn(2 * CPU_CHUNK + 9, generator=g) * 5).requires_grad_()
                grad = torch.randn(leaf.shape, generator=g)
                results = []
                for overwrite in (False, True):
                    leaf.grad = None
                    x = leaf * 1.0                                   # owned by this caller, not a leaf
                    y = fake_quant_act(x, clip, bits, signed, save_mask, overwrite)
                    assert (y.data_ptr() == x.data_ptr()) == overwrite
                    y.backward(grad)
                    results.append((y.detach().clone(), leaf.grad.clone()))
                assert torch.equal(results[0][0], results[1][0]) and torch.equal(results[0][1], results[1][1])
        x = torch.randn(64, 8, generator=g) * 5
        for declined in (x[:, :4], x.half(), x.clone().requires_grad_()):
            before = declined.detach().clone()
            y = fake_quant_act(declined, clip, 8, True, overwrite=True)
            assert y.data_ptr() != declined.data_ptr() and torch.equal(declined.detach(), before)
    finally:
        torch.set_num_threads(threads)


def test_cpu_backward_masks_on_the_output_grid_as_the_device_form(monkeypatch):
    """On the CPU the scale is a number: forward adds 0.5 + s * x in one vectorised pass and backward compares
    the output with qmin / s, qmax / s; other devices keep it a tensor (addcmul forward, backward multiplies
    back to the codes): the same output and gradient, bit for bit, 8 and 16 bits, signed and unsigned, clips
    from 2^-20 to 2^20, values on and around every range end and half steps, float32 and float64."""
    from pcdet_qat_plugin.quant import fake_quant
    g = torch.Generator().manual_seed(1)
    for bits in (8, 16):
        for signed in (True, False):
            for log_clip in (-20, -3, 0, 7, 20):
                for dtype in (torch.float32, torch.float64):
                    clip = torch.tensor(2.0 ** log_clip)
                    s = pow2_scale(clip, bits, signed)
                    qmin, qmax = (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if signed else (0, 2 ** bits - 1)
                    ends = torch.tensor([qmin, qmax], dtype=dtype) / s
                    step = 1 / s
                    near = torch.cat([ends + d * step for d in (-1.0, -0.5, -0.25, 0.0, 0.25, 0.5, 1.0)])
                    x = torch.cat([near, torch.randn(500, generator=g, dtype=dtype) * clip.to(dtype)])
                    x = torch.cat([x, (torch.arange(-40, 40, dtype=dtype) + 0.5) * step])     # ties
                    outs, grads = [], []
                    for form in ('cpu', 'device'):
                        if form == 'device':
                            monkeypatch.setattr(fake_quant, '_scale_numbers', lambda *a: None)
                        xi = x.clone().requires_grad_()
                        y = fake_quant_act(xi, clip, bits, signed)
                        y.backward(torch.ones_like(xi))
                        outs.append(y.detach())
                        grads.append(xi.grad)
                    monkeypatch.undo()
                    assert torch.equal(outs[0], outs[1]), (bits, signed, log_clip, dtype)
                    assert torch.equal(grads[0], grads[1]), (bits, signed, log_clip, dtype)
                    assert 0 < grads[0].sum() < len(x)


def test_ste_boundaries():
    """Signed clip 4, 8 bit: levels -4 .. 4 - 1/32. Zero gradient outside the clip and in the half-step
    zones inside it that round onto an extreme level (-4 + step/4, 4 - 1.5 step), one inside; unsigned:
    zero gradient at and below 0 (the zero level), one above its first half step."""
    step = 1 / 32
    x = torch.tensor([-5.0, -4.0 - step / 4, -4.0 + step / 4, -4.0 + step, 0.0, 4.0 - 2 * step,
                      4.0 - 1.5 * step, 4.0 - step / 4, 4.0, 5.0], requires_grad=True)
    fake_quant_act(x, torch.tensor(4.0), 8, True).sum().backward()
    assert x.grad.tolist() == [0, 0, 0, 1, 1, 1, 0, 0, 0, 0]
    step_u = 1 / 64                                   # unsigned: 256 levels on [0, 4)
    u = torch.tensor([-1.0, -step_u / 8, 0.0, step_u / 4, step_u, 1.0], requires_grad=True)
    y = fake_quant_act(u, torch.tensor(4.0), 8, False)
    y.sum().backward()
    assert y[:4].tolist() == [0, 0, 0, 0] and u.grad.tolist() == [0, 0, 0, 0, 1, 1]


def test_ste_through_saturated_weight_and_bias():
    """The weight and bias rules clamp (a weight at the per-channel cap, a bias saturating the accumulator)
    but pass the gradient straight through: training can still move a saturated value back."""
    w = torch.tensor([[100.0, 0.001], [-3.0, 0.5]], requires_grad=True)
    wq, s = quantize_weight(w, 8, per_channel=True, scale_cap=torch.tensor([2.0 ** 10, 2.0 ** -3]))
    assert float(wq[1, 0].detach()) != -3.0                     # channel 1 saturates at the capped scale
    (wq * torch.arange(4.0).view(2, 2)).sum().backward()
    assert w.grad.tolist() == [[0, 1], [2, 3]]
    b = torch.tensor([1000.0, -1000.0, 0.25], requires_grad=True)
    bq = quantize_bias(b, 8, torch.tensor(2.0 ** 12), input_signed=False)
    assert float(bq[0].detach()) < 1000 and float(bq[1].detach()) > -1000       # saturated at 2^15 accumulator steps
    bq.sum().backward()
    assert b.grad.tolist() == [1, 1, 1]


def test_saturating_bias_rule_is_tis():
    """TI's CONSTRAIN_BIAS_TYPE_SATURATE (edgeai-modeloptimization xmodelopt/quantization/v1
    quant_train_module.py, merge_quantize_weights with bias_split_quant): the own-scale bias is truncated
    toward zero onto the accumulator grid when joint / bias scale <= qb, else clamped to 2b-1 bits and
    truncated to a multiple of qb (qb = 255 for an unsigned input). Values worked by hand."""
    b = torch.tensor([0.75, -0.75, 1.9])                            # own scale 64: exact
    assert quantize_bias(b, 8, torch.tensor(2.0), input_signed=False).tolist() == [0.5, -0.5, 1.5]
    big = torch.tensor([1000.0, -1000.0, -3.3])                     # own scale 1/8: -3.3 -> 0
    acc = quantize_bias(big, 8, torch.tensor(2.0 ** 12), input_signed=False) * 2 ** 12
    assert acc.tolist() == [127 * 255, -128 * 255, 0]               # trunc(32767/255)=128 -> 127; -32768 -> -128


def test_bias_saturates_at_accumulator_scale():
    b = torch.tensor([1000.0, -3.3, 0.01])
    joint = torch.tensor(2.0 ** 12)                 # e.g. input 2^5 x weight 2^7
    bq = quantize_bias(b, 8, joint, input_signed=False)
    acc = bq * joint
    assert torch.equal(acc, torch.round(acc)) and acc.abs().max() <= 2 ** 15


def test_percentile_and_running_average():
    x = torch.cat([torch.zeros(99995), torch.full((5,), 1000.0)])
    lo, hi = batch_extrema(x)
    assert hi < 1000                                # the 0.01 % tail is cut
    lo_b, hi_b, n = torch.tensor(-8.0), torch.tensor(8.0), torch.tensor(0.0)
    update_running_range(lo_b, hi_b, n, torch.tensor([-1.0, 1.0]), tail=0, rule='mean')
    update_running_range(lo_b, hi_b, n, torch.tensor([-3.0, 3.0]), tail=0, rule='mean')
    assert float(hi_b) == 2.0 and float(n) == 2.0   # plain mean of the first batches


def test_ti_range_update_overwrites_the_first_batch():
    """TI PAct2: factor max(1/max(k, 1), 0.001) with k the batches before: batch 2 overwrites batch 1, then
    the mean of batches 2..n; from batch 1001 on an EMA with factor 0.001."""
    lo, hi, n = torch.tensor(-8.0), torch.tensor(8.0), torch.tensor(0.0)
    for k, v in enumerate([1.0, 3.0, 5.0, 7.0]):
        update_running_range(lo, hi, n, torch.tensor([-v, v]), tail=0, rule='ti')
        assert float(hi) == [1.0, 3.0, 4.0, 5.0][k] and float(n) == k + 1
    n.fill_(5000.0)
    update_running_range(lo, hi, n, torch.tensor([-1005.0, 1005.0]), tail=0, rule='ti')
    assert abs(float(hi) - (5.0 * 0.999 + 1005.0 * 0.001)) < 1e-5


def test_per_channel_cap_keeps_every_bias_representable():
    """Per-channel scales up to 256x the tensor scale would shrink what a channel's bias can hold as
    much; the cap (never below the tensor scale) keeps each bias within the accumulator."""
    from pcdet_qat_plugin.quant.fake_quant import bias_capacity, weight_scale_cap_for_bias
    torch.manual_seed(0)
    w = torch.randn(8, 16, 3, 3) * torch.logspace(-3, 0, 8).view(-1, 1, 1, 1)    # small and large channels
    b = torch.full((8,), 2.0)
    s_in = torch.tensor(16.0)                                                        # unsigned, clip 16
    _, s_free = quantize_weight(w, 8, per_channel=True)
    cap = weight_scale_cap_for_bias(b, s_in, 8, input_signed=False)
    _, s_cap = quantize_weight(w, 8, per_channel=True, scale_cap=cap)
    _, s_tensor = quantize_weight(w, 8)
    assert (s_cap <= s_free).all()
    assert (b * s_in * s_cap <= bias_capacity(8, False)).all()
    assert (b * s_in * s_free > bias_capacity(8, False)).any()           # without the cap some saturate
    assert torch.allclose(quantize_bias(b, 8, s_in * s_cap, input_signed=False), b, rtol=0.02)
    assert not torch.allclose(quantize_bias(b, 8, s_in * s_free, input_signed=False), b, rtol=0.02)


def test_fake_quant_runs_in_float32_under_autocast():
    """Under autocast (OpenPCDet's --use_amp) a layer's output is float16: 16-bit unsigned must not overflow
    fp16 (2^16 - 1 > 65504), 16-bit signed values stay on their grid, a tiny clip gives a finite result."""
    torch.manual_seed(0)
    lin = torch.nn.Linear(4, 8)
    x = torch.randn(64, 4) * 4
    clip, tiny_clip = torch.tensor(8.0), torch.tensor(2.0 ** -14)
    for bits, signed in ((16, False), (16, True), (8, True)):
        with torch.autocast('cpu', dtype=torch.float16):
            h = lin(x)
            assert h.dtype == torch.float16
            y = fake_quant_act(h, clip, bits, signed)
            tiny = fake_quant_act(h * 1e-4, tiny_clip, bits, signed)
        assert y.dtype == torch.float32
        assert torch.equal(y, fake_quant_act(h.float(), clip, bits, signed))
        ints = y * pow2_scale(clip, bits, signed)
        assert torch.equal(ints, torch.round(ints))
        assert torch.isfinite(tiny).all()


def test_qat_step_under_autocast_with_16bit_layers():
    from pcdet_qat_plugin.quant import QuantSettings, wrap_model

    from .nets import TinyDetector, tiny_batch, tiny_specs
    torch.manual_seed(0)
    m = TinyDetector()
    wrap_model(m, tiny_specs(m), QuantSettings(bitwidth_16_layers=('backbone_2d.*', 'vfe.*')), 'train')
    m.train()
    with torch.autocast('cpu', dtype=torch.float16):
        loss = m(tiny_batch(0))[0]['loss']
    loss.backward()
    assert torch.isfinite(loss) and all(torch.isfinite(p.grad).all() for p in m.parameters() if p.grad is not None)
