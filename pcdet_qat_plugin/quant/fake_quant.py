"""TIDL v1 power-of-2 fake quantization: clip -> scale, weight/bias rounding, activation fake-quant with STE.

Imports torch only. Scales are tensors (no host sync: a scale is read as a number only when it is on the CPU);
`scale` means quantized = round(x * scale).
"""
import functools
from typing import Optional

import torch

EPS = 2.0 ** -16


def ceil2(x: torch.Tensor) -> torch.Tensor:
    """Smallest power of 2 >= x (x clamped to >= 2**-16), elementwise."""
    return torch.pow(2.0, torch.ceil(torch.log2(x.clamp(min=EPS))))


def qrange(bits: int, signed: bool):
    """Integer range (qmin, qmax): signed [-2^(b-1), 2^(b-1)-1], unsigned [0, 2^b-1]."""
    if signed:
        return -(2 ** (bits - 1)), 2 ** (bits - 1) - 1
    return 0, 2 ** bits - 1


def pow2_scale(clip: torch.Tensor, bits: int, signed: bool) -> torch.Tensor:
    """Scale 2^(b-1)/ceil2(clip) (signed) or 2^b/ceil2(clip) (unsigned): a power of 2."""
    width = 2.0 ** (bits - 1) if signed else 2.0 ** bits
    return width / ceil2(clip)


def round_half_away(x: torch.Tensor) -> torch.Tensor:
    """Round half away from zero (TI 'round_sym'): 0.5 -> 1, -0.5 -> -1, 1.5 -> 2, 0.49999997 -> 0.

    Exact, as copysign(floor(|x| + h), x) with h the largest float below 0.5 (0.5 - eps/4: 0.49999997 in
    float32): with 0.5 itself 0.49999997 + 0.5 would round up to 1, while a true tie n + 0.5 plus h is
    less than half a spacing below n + 1 and still reaches it. Every float32 below 2^24 was checked against
    floor(|x| + 0.5) in float64; tests/quant/test_fake_quant.py checks all float16 and the critical float32
    binades. Four fast passes (trunc, the obvious alternative, is not vectorised on the CPU)."""
    half_below = 0.5 - torch.finfo(x.dtype).eps / 4
    return x.abs().add_(half_below).floor_().copysign_(x)


class _StraightThrough(torch.autograd.Function):
    """Forward `values` (computed without autograd), backward the gradient unchanged to `x`."""

    @staticmethod
    def forward(ctx, x, values):
        return values

    @staticmethod
    def backward(ctx, grad):
        return grad, None


def straight_through(x: torch.Tensor, values: torch.Tensor) -> torch.Tensor:
    """`values` with the identity gradient to `x` (STE). Unlike x + (values - x).detach(): no temporaries,
    nothing to do in backward, and the forward value is `values` exactly (that sum misses it by a rounding
    when |x| is far above |values|, e.g. a weight saturated at a capped scale)."""
    return _StraightThrough.apply(x, values)


def quantize_weight_values(w: torch.Tensor, bits: int, per_channel: bool = False, axis: int = 0,
                           max_ratio: float = 256.0, scale_cap=None):
    """(w_q, scale) of `quantize_weight` without autograd: w_q is a new tensor without gradient."""
    with torch.no_grad():
        wd = w.detach()
        if per_channel:
            dims = [d for d in range(wd.dim()) if d != axis]
            channel_max = wd.abs().amax(dim=dims)
            scale = pow2_scale(channel_max.amax(), bits, True)          # the tensor scale
            sc = torch.minimum(pow2_scale(channel_max, bits, True), scale * max_ratio)
            scale = sc if scale_cap is None else torch.minimum(sc, scale_cap)
            shape = [1] * wd.dim()
            shape[axis] = -1
            s = scale.view(shape)
        else:
            scale = pow2_scale(wd.abs().amax(), bits, True)
            if scale_cap is not None:
                scale = torch.minimum(scale, scale_cap.min())
            s = scale
        qmin, qmax = qrange(bits, True)
        wq = round_half_away(wd * s).clamp_(qmin, qmax).div_(s)
    return wq, scale


def quantize_weight(w: torch.Tensor, bits: int, per_channel: bool = False, axis: int = 0,
                    max_ratio: float = 256.0, scale_cap=None):
    """Symmetric pow2 fake-quant of a (folded) weight, exact half-away-from-zero rounding, STE.

    Returns (w_q, scale) with scale a 0-dim tensor or a (C,) tensor along `axis` (per channel; a
    channel's scale is capped at `max_ratio` x the tensor scale, as TI does). `scale_cap` (0-dim or (C,)
    pow2 upper bounds of the scale, e.g. from `weight_scale_cap_for_bias`) lowers the scale further: per
    tensor its smallest entry, per channel each channel's own.
    """
    wq, scale = quantize_weight_values(w, bits, per_channel, axis, max_ratio, scale_cap)
    return straight_through(w, wq), scale


def bias_capacity(bits: int, input_signed: bool) -> float:
    """Largest |bias| in accumulator steps the bias rule keeps either sign of: qb * (2^(b-1) - 1) (TI's
    split bias: a b-bit part times qb), at most 2^(2b-1) - 1."""
    qb = 2 ** (bits - 1) - 1 if input_signed else 2 ** bits - 1
    return float(min(qb * (2 ** (bits - 1) - 1), 2 ** (2 * bits - 1) - 1))


def weight_scale_cap_for_bias(bias: torch.Tensor, input_scale: torch.Tensor, bits: int,
                              input_signed: bool) -> torch.Tensor:
    """(C,) pow2 per-channel weight scales at which each channel's bias still fits the accumulator
    (|b| * s_in * s_w <= bias_capacity). Per-channel scales reach 256x the tensor scale, and under TI's
    rule a larger weight scale shrinks the bias a channel can hold by as much."""
    room = bias_capacity(bits, input_signed) / (bias.detach().abs() * input_scale).clamp(min=1e-30)
    return torch.pow(2.0, torch.floor(torch.log2(room)))


def quantize_bias(bias: torch.Tensor, bits: int, joint_scale=None, input_signed: bool = True) -> torch.Tensor:
    """TI v1 bias rule (CONSTRAIN_BIAS_TYPE_SATURATE), STE.

    1. quantize at `bits` with the bias's own pow2 scale (half away from zero);
    2. with `joint_scale` = input scale x weight scale (the accumulator scale): if it is at most
       qb x the bias scale (qb = 2^(b-1)-1 for a signed input, 2^b-1 unsigned) truncate onto the
       accumulator grid, else saturate at 2*bits-1 bits and keep a multiple of qb (TI's split bias).
    """
    with torch.no_grad():
        b = bias.detach()
        s_b = pow2_scale(b.abs().amax(), bits, True)
        qmin, qmax = qrange(bits, True)
        bq = round_half_away(b * s_b).clamp(qmin, qmax) / s_b
        if joint_scale is not None:
            sj = joint_scale.to(b.dtype).expand_as(b) if joint_scale.dim() else joint_scale.to(b.dtype)
            qb = float(2 ** (bits - 1) - 1 if input_signed else 2 ** bits - 1)
            jmax = 2.0 ** (2 * bits - 1)
            ratio = torch.trunc(sj / s_b)
            acc = (bq * sj).clamp(-jmax, jmax - 1)
            part = torch.trunc(acc / qb).clamp(qmin, qmax) * qb
            bq = torch.where(ratio > qb, part, torch.trunc(bq * sj)) / sj
    return straight_through(bias, bq)


def fake_quant_act(x: torch.Tensor, clip: torch.Tensor, bits: int, signed: bool,
                   save_mask: bool = False, overwrite: bool = False) -> torch.Tensor:
    """Activation fake-quant on [-clip, clip) (signed) or [0, clip) (unsigned), clip a pow2 0-dim tensor.

    TI's rounding exactly: floor(x*s + 0.5) clamped to the integer range. Forward is one pass into a new
    tensor (x*s + 0.5) and three in place; backward is the straight-through gradient, zero where the output
    sits on an extreme level (clipped): one fused masking pass (on the CPU it compares the output with the
    range's ends on the output's own grid, elsewhere it multiplies back to the codes first; on the CPU with
    one thread both directions run chunk by chunk in cache, see _FakeQuantAct). Only the output is saved,
    and the next layer saves it anyway. Where the next op saves a copy of its own instead (a functional ReLU
    after an unsigned quantizer: PointPillars' PFN), `save_mask` keeps a one-byte mask of the pass-through
    codes instead of the output (a quarter of the memory, the same gradient bit for bit).

    `overwrite`: the caller owns `x` (no other op reads it later and autograd saved none of it, e.g. a
    BatchNorm's or convolution's fresh output), so the result is written into it (autograd's mark_dirty)
    instead of a new tensor: no allocation, and no fresh memory pages to fault in (on the CPU that
    allocation cost more than the fake-quant's arithmetic). Taken only where it changes nothing else: `x`
    already in the compute dtype, not a view, not a leaf that requires grad; otherwise a new tensor as usual.
    """
    qmin, qmax = qrange(bits, signed)
    overwrite = overwrite and x.dtype in (torch.float32, torch.float64) and not x._is_view() \
        and not (x.requires_grad and x.is_leaf)
    return _FakeQuantAct.apply(x, pow2_scale(clip.float(), bits, signed), qmin, qmax, save_mask, overwrite)


CPU_CHUNK = 1 << 17     # elements per chunk of the single-threaded CPU activation fake-quant (512 KiB float32,
                        # stays in the core's L2 cache)


def _onto_grid(x: torch.Tensor, scale, inv_scale, qmin: int, qmax: int,
               out: Optional[torch.Tensor] = None, mask: Optional[torch.Tensor] = None) -> torch.Tensor:
    """floor(x * scale + 0.5) clamped to [qmin, qmax], times 1 / scale (exactly the division: a power of 2),
    into `out` (new if None): x * scale + 0.5 in one pass, then three in place. `scale`, `inv_scale`: Python
    numbers (the CPU: `0.5 + scale * x` is one vectorised add) or 0-dim tensors (other devices: an addcmul,
    nothing read back; on the CPU addcmul with two 0-dim operands runs an unvectorised loop, 2.6x slower).
    Both forms are exact: x * scale is exact (a power of 2), so the sum is rounded once. With `mask` (bool,
    same shape): also sets it to qmin < code < qmax."""
    half = _half(x.dtype, x.device)
    if isinstance(scale, torch.Tensor):
        codes = torch.addcmul(half, x, scale, out=out)
    else:
        codes = torch.add(half, x, alpha=scale, out=out)
    codes.floor_()
    if mask is not None:
        torch.gt(codes, qmin, out=mask).logical_and_(codes < qmax)
    return codes.clamp_(qmin, qmax).mul_(inv_scale)


@functools.lru_cache(maxsize=None)
def _half(dtype: torch.dtype, device: torch.device) -> torch.Tensor:
    """0.5 as a 0-dim tensor (the first operand of _onto_grid's sum), made once per dtype and device."""
    return torch.tensor(0.5, dtype=dtype, device=device)


def _cpu_chunk(*tensors: torch.Tensor) -> int:
    """Elements per chunk of the CPU chunked loops, or 0 where they do not apply: more than one torch thread
    (every small op would wait for all threads: on a loaded 2-core machine the QAT step took 1.7x float
    with chunks, see docs/quantization.md), not contiguous CPU tensors of one shape, or not above one chunk."""
    first = tensors[0]
    if (torch.get_num_threads() > 1 or first.device.type != 'cpu' or first.numel() <= CPU_CHUNK
            or any(not t.is_contiguous() or t.shape != first.shape for t in tensors)):
        return 0
    return CPU_CHUNK


def _cpu_chunks(chunk: int, *tensors: torch.Tensor):
    """Aligned `chunk`-element pieces of contiguous tensors of one shape."""
    return zip(*(t.view(-1).split(chunk) for t in tensors))


def _scale_numbers(scale: torch.Tensor):
    """On the CPU (scale, 1 / scale) as Python numbers, for vectorised scalar passes and for the backward's
    bounds on the output's own grid; None on other devices, where reading the scale would wait for the device."""
    if scale.device.type != 'cpu':
        return None
    s = float(scale)
    return s, 1.0 / s


class _FakeQuantAct(torch.autograd.Function):
    """Computes in float32 (float64 stays float64) whatever the input dtype or autocast state: a 16-bit
    grid needs more than fp16's 11-bit mantissa (and 2^16 - 1 > fp16's largest value), a tiny clip's scale
    overflows fp16. The output has that dtype; the gradient returns in the input's dtype.

    On the CPU with one torch thread both passes run chunk by chunk (CPU_CHUNK elements), so the in-place
    steps on a chunk stay in cache instead of going back to memory (about 1.3x faster fwd + bwd on a
    block-0 activation of the full grid, by hand); the same values (elementwise)."""

    @staticmethod
    def forward(ctx, x, scale, qmin, qmax, save_mask=False, overwrite=False):
        dtype = torch.promote_types(x.dtype, torch.float32)
        numbers = _scale_numbers(scale)
        scale_, inv_scale = numbers if numbers is not None else (scale, scale.reciprocal())
        chunk = _cpu_chunk(x) if x.dtype == dtype else 0
        mask = torch.empty(x.shape, dtype=torch.bool, device=x.device) if save_mask else None
        if chunk:
            y = x if overwrite else torch.empty_like(x)
            for parts in _cpu_chunks(chunk, x, y, *([mask] if save_mask else [])):
                _onto_grid(parts[0], scale_, inv_scale, qmin, qmax, *parts[1:])
        else:
            y = _onto_grid(x.to(dtype), scale_, inv_scale, qmin, qmax, out=x if overwrite else None, mask=mask)
        if overwrite:
            ctx.mark_dirty(x)
        ctx.save_for_backward(mask if save_mask else y, scale)
        ctx.qmin, ctx.qmax, ctx.in_dtype, ctx.save_mask = qmin, qmax, x.dtype, save_mask
        # the range's ends on the output's own grid (exact: a power-of-2 scale), so that backward masks the
        # output without multiplying it back to codes; on other devices backward multiplies (no host read)
        ctx.bounds = None if numbers is None else (qmin * inv_scale, qmax * inv_scale)
        return y

    @staticmethod
    def backward(ctx, grad):
        saved, scale = ctx.saved_tensors
        if ctx.save_mask:           # saved: qmin < code < qmax, one pass
            return torch.where(saved, grad, 0.0).to(ctx.in_dtype), None, None, None, None, None
        # the gradient where qmin < code < qmax, else 0, with code = y * scale, in hardtanh's backward, which
        # has these strict bounds and masks in one fused pass: on the CPU y against the bounds on its own grid,
        # else the codes y * scale against qmin, qmax (Python numbers: nothing is read back from the device)
        y = saved
        grad = grad.to(y.dtype)
        lo, hi = ctx.bounds if ctx.bounds is not None else (ctx.qmin, ctx.qmax)
        chunk = _cpu_chunk(y, grad)
        if chunk:
            grad_in = torch.empty_like(y)
            for g_part, y_part, out_part in _cpu_chunks(chunk, grad, y, grad_in):
                torch.ops.aten.hardtanh_backward.grad_input(g_part, y_part, lo, hi, grad_input=out_part)
        else:
            grad_in = torch.ops.aten.hardtanh_backward(grad, y if ctx.bounds is not None else y * scale, lo, hi)
        return grad_in.to(ctx.in_dtype), None, None, None, None, None


# TI's exact activation rounding; fake_quant_act already is exact (name kept for callers of earlier versions)
fake_quant_act_exact = fake_quant_act
