"""What a quantized detector contributes to the export graph: checked sites, effective weights, act modules.

Reads the quant engine's export view only (iter_quant_sites / uncalibrated_sites); `tidl` places a Clip
with each quantized range, `qdq` a Q/DQ pair (8 bit) or a Clip (16 bit: no int16 Q/DQ before opset 21).
"""
import logging
from typing import Dict, Optional, Tuple

import torch
import torch.nn as nn

from ..errors import ExportError
from ..quant import iter_quant_sites, uncalibrated_sites
from ..quant.fake_quant import qrange
from .network import CONCAT_POINT, SCATTER_POINT, ActFn, ChannelScale, ClipAct, QdqAct, WeightFn

_logger = logging.getLogger(__name__)


def checked_sites(model: nn.Module, fmt: str) -> Dict[str, object]:
    """The quantized sites by name; ExportError for a float model or for never-calibrated ranges."""
    sites = {s.name: s for s in iter_quant_sites(model)}
    if not sites:
        raise ExportError(f'--format {fmt} needs a quantized model, but this model has no quantization sites '
                          f'(its cfg has no QUANTIZE section); export a QAT or calibrated checkpoint with its '
                          f'QUANTIZE cfg, or use --format float')
    bad = uncalibrated_sites(model)
    if bad:
        raise ExportError(f'--format {fmt}: the activation ranges of {len(bad)} quantized layer(s) were never '
                          f'calibrated (still at their initial values): {", ".join(bad)}; run calibration '
                          f'(QUANTIZE.MODE calibration) or QAT before exporting')
    return sites


def act_grid(site) -> Tuple[float, float, float, int]:
    """(lo, hi, step, bits) of a site's quantized output: values k * step for k in [qmin, qmax]."""
    q = site.act_quant
    scale = float(q.scale())          # x_int = round(x * scale), a power of 2
    qmin, qmax = qrange(q.bits, q.signed)
    return qmin / scale, qmax / scale, 1.0 / scale, int(q.bits)


def quant_weights(sites: Dict[str, object]) -> WeightFn:
    """WeightFn: the site's effective_weight_bias(), i.e. folded + quantized as quantized evaluation uses it."""
    def weight_fn(name: str, module: nn.Module, bn: Optional[nn.Module]):
        site = sites.get(name)
        if site is None or site.kind != 'weight':
            raise ExportError(f'layer {name} has no quantization site; quantized sites: {sorted(sites)}')
        w, b = site.effective_weight_bias()
        return w.detach().float(), b.detach().float()
    return weight_fn


def last_pfn_site(sites: Dict[str, object]) -> str:
    names = [n for n in sites if n.startswith('vfe.pfn_layers.') and n.endswith('.linear')]
    if not names:
        raise ExportError(f'no vfe.pfn_layers.*.linear quantization site; sites: {sorted(sites)}')
    return max(names, key=lambda n: int(n.split('.')[2]))


def _with_channel_scale(site, act: nn.Module) -> nn.Module:
    """An input quantizer that normalises its channels (ActQuantizer.channels) becomes Mul(scales) -> act."""
    q = site.act_quant
    if not getattr(q, 'channels', 0):
        return act
    return nn.Sequential(ChannelScale(q.channel_scale()), act)


def tidl_acts(sites: Dict[str, object]) -> ActFn:
    """ActFn of the `tidl` format: a Clip at each quantized activation, bounds = its representable range."""
    def act_fn(point: str):
        site = sites.get(point)
        if site is None or site.act_quant is None:
            return None
        lo, hi, _, _ = act_grid(site)
        return _with_channel_scale(site, ClipAct(lo, hi))
    return act_fn


def qdq_acts(sites: Dict[str, object]) -> ActFn:
    """ActFn of the `qdq` format: Q/DQ (8 bit) at each quantized activation; 16-bit ranges stay a float Clip.

    Two exact repeats let onnxruntime fuse int8 kernels: the PFN's Q/DQ after the scatter (zeros and copies
    stay on the grid), and the concat's Q/DQ on each deblock output (concat only moves values)."""
    pfn_last = last_pfn_site(sites)

    def act_fn(point: str):
        if point == SCATTER_POINT:
            point = pfn_last
        elif point.startswith('backbone_2d.deblocks.') and point in sites and sites[point].act_quant is None:
            point = CONCAT_POINT
        site = sites.get(point)
        if site is None or site.act_quant is None:
            return None
        lo, hi, step, bits = act_grid(site)
        if bits != 8:
            return _with_channel_scale(site, ClipAct(lo, hi))
        qmin, qmax = qrange(bits, site.act_quant.signed)
        return _with_channel_scale(site, QdqAct(step, qmin, qmax))
    return act_fn


def input_scale(sites: Dict[str, object], site) -> Optional[float]:
    """x_int = round(x * s): the scale s of the activation feeding a weight site (None if float)."""
    src = site.spec.input_from
    if src is None or src not in sites or sites[src].act_quant is None:
        return None
    return float(sites[src].act_quant.scale())


def pow2_grid_scale(w: torch.Tensor, bits: int, axis: Optional[int] = None) -> Optional[torch.Tensor]:
    """The largest power-of-2 scale s (per `axis` channel, else per tensor) with w * s integers in the signed
    `bits` range, or None when w is not on any such grid. A zero channel gets scale 1."""
    qmin, qmax = qrange(bits, True)
    w = w.detach().double()
    if axis is None:
        amax = w.abs().amax().reshape(1)
        wv = w.reshape(1, -1)
    else:
        wv = w.transpose(0, axis).reshape(w.shape[axis], -1)
        amax = wv.abs().amax(dim=1)
    # largest pow2 with amax * s <= qmax (or == -qmin for a pure negative extreme)
    s = torch.pow(2.0, torch.floor(torch.log2(qmax / amax.clamp(min=1e-30))))
    neg_ok = (wv.amin(dim=1) * s * 2 >= qmin) & (wv.amax(dim=1) * s * 2 <= qmax)
    s = torch.where(neg_ok & (wv.amin(dim=1) * s * 2 == qmin), s * 2, s)
    s = torch.where(amax > 0, s, torch.ones_like(s))
    v = wv * s[:, None]
    if not bool(torch.all(v == torch.round(v))) or bool((v < qmin).any()) or bool((v > qmax).any()):
        return None
    return s.float() if axis is not None else s.float()[0]
