"""One-pass CPU kernels (numba) of the activation fake-quant forward, for contiguous float32 / float64 tensors.

torch's elementwise ops need four passes over an activation for TI's rounding (x*s + 0.5, floor, clamp,
times 1/s) and three more for the pass-through mask; these do all of it in one pass on one thread, with the
same arithmetic in the tensor's own dtype, so the values are those of the torch form bit for bit
(tests/quant/test_fake_quant.py). Imports numpy, numba, torch only.
"""
import numba
import numpy as np
import torch


@numba.njit(cache=True, nogil=True)
def _onto_grid(x, out, half, scale, inv_scale, qmin, qmax):
    for i in range(x.size):
        code = np.floor(x[i] * scale + half)
        if code < qmin:
            code = qmin
        elif code > qmax:
            code = qmax
        out[i] = code * inv_scale


@numba.njit(cache=True, nogil=True)
def _onto_grid_with_mask(x, out, mask, half, scale, inv_scale, qmin, qmax):
    for i in range(x.size):
        code = np.floor(x[i] * scale + half)
        mask[i] = qmin < code < qmax
        if code < qmin:
            code = qmin
        elif code > qmax:
            code = qmax
        out[i] = code * inv_scale


def applies(x: torch.Tensor) -> bool:
    """The kernels take `x`: a contiguous float32 / float64 CPU tensor."""
    return x.device.type == 'cpu' and x.dtype in (torch.float32, torch.float64) and x.is_contiguous()


def onto_grid(x: torch.Tensor, scale: float, inv_scale: float, qmin: int, qmax: int, out: torch.Tensor,
              mask=None) -> torch.Tensor:
    """`out` (contiguous, x's shape and dtype; may be x itself) <- clamp(floor(x * scale + 0.5), qmin, qmax) *
    inv_scale, and with `mask` (bool, contiguous) mask <- qmin < code < qmax; returns `out`. Needs applies(x)."""
    kind = np.float32 if x.dtype == torch.float32 else np.float64     # every scalar in the tensor's dtype
    args = (kind(0.5), kind(scale), kind(inv_scale), kind(qmin), kind(qmax))
    src, dst = x.detach().view(-1).numpy(), out.detach().view(-1).numpy()
    if mask is None:
        _onto_grid(src, dst, *args)
    else:
        _onto_grid_with_mask(src, dst, mask.view(-1).numpy(), *args)
    return out
