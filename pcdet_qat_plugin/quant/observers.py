"""Activation range tracking (TI PAct2 semantics): per-batch percentile extrema, running average, pow2 clip.

Imports torch only. Everything stays on the tensor's device; nothing calls .item().
"""
from typing import Optional

import torch
import torch.distributed as dist

PERCENTILE_PER_TAIL = 1e-4      # 0.01 % per tail (TI range_shrink_activations = 0.01 percent)
MAX_SAMPLES = 1 << 16           # percentile on a strided subsample of at most this many values
UPDATE_FACTOR_MIN = 1e-3        # TI PAct2 range_update_factor_min: the running average ends as EMA 0.999
RANGE_UPDATES = ('ti', 'mean')  # see update_factor


def batch_extrema(x: torch.Tensor, tail: float = PERCENTILE_PER_TAIL, max_samples: int = MAX_SAMPLES):
    """(lo, hi) 0-dim tensors: the `tail` and 1-`tail` quantiles of a strided subsample of x.

    Cost is bounded: at most `max_samples` values (odd stride, so no alignment with channel or row
    periods) and two top-k selections (order_statistics), no sort of the whole tensor.
    """
    flat = x.detach().reshape(-1)
    n = flat.numel()
    if n > max_samples:
        step = -(-n // max_samples)
        step += 1 - step % 2          # odd
        flat = flat[::step].contiguous()   # gathered once, not once per selection
        n = flat.numel()
    flat = flat.float()
    if tail <= 0 or n < 2:
        return flat.min(), flat.max()
    return order_statistics(flat, max(1, int(round(n * tail))), 0)


def channel_extrema(x: torch.Tensor, tail: float = PERCENTILE_PER_TAIL, max_samples: int = MAX_SAMPLES):
    """(lo, hi) (C,) tensors: per-channel `tail` quantiles over a strided subsample of x's rows, channels
    on the last axis (at most `max_samples` values per channel)."""
    c = x.shape[-1]
    rows = x.detach().reshape(-1, c)
    n = rows.shape[0]
    if n > max_samples:
        step = -(-n // max_samples)
        step += 1 - step % 2
        rows = rows[::step]
        n = rows.shape[0]
    rows = rows.float()
    if tail <= 0 or n < 2:
        return rows.amin(dim=0), rows.amax(dim=0)
    return order_statistics(rows, max(1, int(round(n * tail))), 0)


def order_statistics(t: torch.Tensor, k: int, dim: int):
    """(k-th smallest, k-th largest) along `dim`: kthvalue(t, k) and kthvalue(t, n - k + 1), the same values,
    as the extreme of the k smallest / largest (topk keeps k values; kthvalue copies and partitions all n,
    several times slower for the small k of a percentile)."""
    lo = torch.topk(t, k, dim=dim, largest=False, sorted=False).values.amax(dim=dim)
    hi = torch.topk(t, k, dim=dim, largest=True, sorted=False).values.amin(dim=dim)
    return lo, hi


def reduce_mean_across_processes(t: torch.Tensor) -> torch.Tensor:
    """all_reduce(mean) of a batch statistic when torch.distributed runs with >1 process; else t."""
    if dist.is_available() and dist.is_initialized() and dist.get_world_size() > 1:
        t = t.clone()
        dist.all_reduce(t, op=dist.ReduceOp.SUM)
        t /= dist.get_world_size()
    return t


def update_factor(num_batches: torch.Tensor, rule: str = 'ti') -> torch.Tensor:
    """Weight of the new batch when `num_batches` batches were tracked before it.

    'ti': max(1/max(n, 1), 0.001), TI's PAct2 (xnn/layers/activation.py, update_clips_act: its counter
    starts at -1 and is incremented before use), so batch 2 overwrites batch 1 and after n batches the range
    is the mean of batches 2..n. 'mean': max(1/(n+1), 0.001), the mean of all n batches.
    """
    if rule == 'ti':
        return (1.0 / num_batches.clamp(min=1.0)).clamp(min=UPDATE_FACTOR_MIN)
    return (1.0 / (num_batches + 1.0)).clamp(min=UPDATE_FACTOR_MIN)


@torch.no_grad()
def update_running_range(clip_lo: torch.Tensor, clip_hi: torch.Tensor, num_batches: torch.Tensor,
                         x: torch.Tensor, tail: Optional[float] = None, rule: str = 'ti') -> None:
    """In place: running (lo, hi) <- (1-f)*running + f*batch, f = update_factor(n, rule); n += 1.

    0-dim (lo, hi) track the whole tensor; (C,) ones track each channel of x's last axis. `tail`: the
    percentile per tail of the batch extrema, None = PERCENTILE_PER_TAIL (TI's), 0 = min / max."""
    tail = PERCENTILE_PER_TAIL if tail is None else tail
    lo, hi = batch_extrema(x, tail) if clip_lo.dim() == 0 else channel_extrema(x, tail)
    stats = reduce_mean_across_processes(torch.stack([lo, hi]).to(clip_lo.dtype))
    f = update_factor(num_batches, rule).to(clip_lo.dtype)
    clip_lo.mul_(1.0 - f).add_(stats[0] * f)
    clip_hi.mul_(1.0 - f).add_(stats[1] * f)
    num_batches.add_(1)


def clip_value(clip_lo: torch.Tensor, clip_hi: torch.Tensor, signed: bool) -> torch.Tensor:
    """The pow2 clip of a range: ceil2(max(|lo|, |hi|)) signed, ceil2(|hi|) unsigned (elementwise)."""
    from .fake_quant import ceil2
    m = torch.maximum(clip_lo.abs(), clip_hi.abs()) if signed else clip_hi.abs()
    return ceil2(m)
