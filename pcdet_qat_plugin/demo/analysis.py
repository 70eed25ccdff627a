"""Quantization analysis on one batch: per-layer activation histograms with the pow2 clip, and per-layer
SQNR of the quantized output against the float output, printed as a sensitivity report that recommends
layers for 16 bits. Works on any detector quantized by hosts/common (phase 'test', ranges calibrated)."""
import math
from typing import Dict, List

import numpy as np
import torch

from ..quant import iter_quant_sites, quant_disabled
from ..quant.fake_quant import fake_quant_act_exact
from ..utils.common_utils import forward_with_hooks

SQNR_OK_DB = 30.0        # an 8-bit layer at ~30 dB and above costs little accuracy


def _capture(model, batch: dict, when: str) -> Dict[str, torch.Tensor]:
    """Inputs ('pre') or outputs ('post') of every site's activation quantizer during one forward."""
    store, handles = {}, []
    for site in iter_quant_sites(model):
        if site.act_quant is None:
            continue
        if when == 'pre':
            handles.append(site.act_quant.register_forward_pre_hook(
                lambda m, args, n=site.name: store.__setitem__(n, args[0].detach().float())))
        else:
            handles.append(site.act_quant.register_forward_hook(
                lambda m, args, out, n=site.name: store.__setitem__(n, out.detach().float())))
    forward_with_hooks(model, batch, handles)
    return store


def _sqnr_db(ref: torch.Tensor, test: torch.Tensor) -> float:
    noise = float(((test - ref) ** 2).sum())
    signal = float((ref ** 2).sum())
    if noise == 0:
        return float('inf')
    return 10.0 * math.log10(max(signal, 1e-30) / noise)


def _in_quantizer_units(site, x: torch.Tensor) -> torch.Tensor:
    """A quantizer's float input in the units it rounds: x * channel_scale for a channel-normalised input."""
    q = site.act_quant
    return x * q.channel_scale().to(x) if getattr(q, 'channels', 0) else x


def activation_stats(model, batch: dict, bins: int = 128) -> List[dict]:
    """[{'name', 'hist', 'edges', 'clip', 'signed', 'bits', 'absmax'}] of each quantized activation (float path)."""
    sites = {s.name: s for s in iter_quant_sites(model) if s.act_quant is not None}
    with quant_disabled(model):
        acts = _capture(model, batch, 'pre')
    stats = []
    for name, x in acts.items():
        s = sites[name]
        clip = s.act_clip
        x = _in_quantizer_units(s, x).flatten().numpy()
        if not s.signed:
            x = np.maximum(x, 0)
        absmax = float(np.abs(x).max()) if x.size else 0.0
        hi = max(absmax, clip) * 1.05
        hist, edges = np.histogram(x, bins=bins, range=(-hi if s.signed else 0.0, hi))
        stats.append({'name': name, 'hist': hist.tolist(), 'edges': edges.tolist(), 'clip': clip,
                      'signed': bool(s.signed), 'bits': s.act_bits, 'absmax': absmax})
    return stats


def sqnr_report(model, batch: dict) -> List[dict]:
    """Per site: 'sqnr_db' (quantized network vs float network at that layer, errors accumulated) and
    'own_sqnr_db' (that layer's activation rounding alone on float inputs), in network order."""
    sites = [s for s in iter_quant_sites(model) if s.act_quant is not None]
    with quant_disabled(model):
        ref = _capture(model, batch, 'pre')
    quant = _capture(model, batch, 'post')
    rows = []
    for s in sites:
        if s.name not in ref or s.name not in quant:
            continue
        f = _in_quantizer_units(s, ref[s.name])
        if not s.signed:
            f = f.clamp(min=0)
        own = fake_quant_act_exact(f, s.act_quant.clip().cpu().float(), s.act_bits, s.signed)
        rows.append({'name': s.name, 'bits': s.act_bits, 'sqnr_db': _sqnr_db(f, quant[s.name]),
                     'own_sqnr_db': _sqnr_db(f, own)})
    return rows


def add_drops(rows: List[dict]) -> List[dict]:
    """'drop_db': the network SQNR this layer loses against the layer before it (network order), which
    charges a layer with its own weight and activation rounding."""
    prev = None
    for r in rows:
        r['drop_db'] = max(0.0, r['own_sqnr_db'] - r['sqnr_db']) if prev is None else prev - r['sqnr_db']
        prev = r['sqnr_db']
    return rows


def recommend_16bit(rows: List[dict], max_layers: int = 3, min_drop_db: float = 3.0) -> List[str]:
    """8-bit layers that cost the most network SQNR (drop >= min_drop_db, or own SQNR < SQNR_OK_DB),
    worst first, at most max_layers."""
    add_drops(rows)
    weak = [r for r in rows if r['bits'] < 16 and (r['drop_db'] >= min_drop_db or r['own_sqnr_db'] < SQNR_OK_DB)]
    weak.sort(key=lambda r: -max(r['drop_db'], SQNR_OK_DB - r['own_sqnr_db']))
    return [r['name'] for r in weak[:max_layers]]


def format_sensitivity(rows: List[dict]) -> str:
    rec = recommend_16bit(rows)
    lines = ['per-layer quantization error on a calibration batch (higher SQNR is better; drop = SQNR lost at '
             'this layer, its weight + activation rounding)',
             f'{"layer":32} {"bits":>4} {"network dB":>10} {"own act dB":>10} {"drop dB":>8}']
    for r in rows:
        lines.append(f'{r["name"]:32} {r["bits"]:>4} {r["sqnr_db"]:10.1f} {r["own_sqnr_db"]:10.1f} {r["drop_db"]:8.1f}')
    lines.append('recommended for BITWIDTH_16_LAYERS: ' + (', '.join(rec) if rec else
                                                         'none (no 8-bit layer loses 3 dB or more)'))
    return '\n'.join(lines)
