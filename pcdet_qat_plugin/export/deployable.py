"""The deployable description of a quantized detector: every quantization site as plain numbers, built once.

`build_deployable(model)` reads the quant engine's sites (never site names spelled here, never weights
re-gridded from float values) and returns a `Deployable`: per weight layer its integer weight codes, pow2
weight scales, quantized bias (and its integer accumulator codes), input and output activation grids; per
activation its grid (bits, signedness, pow2 scale and clip); per input its pow2 channel normalisation.
Every export target (`tidl`, `qdq`), the TIDL checker and integer references read this object only.

Conventions (all scales are powers of 2): an activation value x is stored as x_int = round(x * scale);
a weight w = weight_int / weight_scale (weight_scale per output channel, equal entries when per tensor);
a bias b = bias_int / accumulator_scale with accumulator_scale = input scale x weight_scale.
Imports torch and numpy only (plus the quant engine's export view).
"""
import logging
from dataclasses import dataclass, field
from typing import Dict, Optional, Tuple

import numpy as np
import torch
import torch.nn as nn

from ..errors import ExportError
from ..quant import iter_quant_sites, uncalibrated_sites
from ..quant.fake_quant import qrange

_logger = logging.getLogger(__name__)

ROLES = ('input', 'pfn', 'conv', 'deblock', 'head', 'concat')


@dataclass(frozen=True)
class ActGrid:
    """The integer grid of one quantized activation: x_int = round(x * scale) clamped to [qmin, qmax].

    >>> g = ActGrid(bits=8, signed=False, scale=32.0)
    >>> g.qmin, g.qmax, g.step, g.clip, g.clip_bounds
    (0, 255, 0.03125, 8.0, (0.0, 8.0))
    """
    bits: int
    signed: bool
    scale: float

    @property
    def qmin(self) -> int:
        return qrange(self.bits, self.signed)[0]

    @property
    def qmax(self) -> int:
        return qrange(self.bits, self.signed)[1]

    @property
    def step(self) -> float:
        """Value of one integer step (1 / scale)."""
        return 1.0 / self.scale

    @property
    def clip(self) -> float:
        """The pow2 clip (TI PAct2's clip value): 2^(bits-1) steps signed, 2^bits unsigned."""
        return float(2 ** (self.bits - 1 if self.signed else self.bits)) / self.scale

    @property
    def clip_bounds(self) -> Tuple[float, float]:
        """(lo, hi) of TI's exported Clip: (-clip, clip) signed, (0, clip) unsigned (both powers of 2)."""
        return (-self.clip if self.signed else 0.0), self.clip

    @property
    def value_range(self) -> Tuple[float, float]:
        """(qmin * step, qmax * step): the representable values (hi is one step below the clip)."""
        return self.qmin / self.scale, self.qmax / self.scale


@dataclass(frozen=True)
class InputSite:
    """A quantized network input (kind 'input'): its grid, and the pow2 per-channel multipliers applied before
    quantizing ((C,), None when the input is not normalised per channel)."""
    name: str
    grid: ActGrid
    channel_scale: Optional[np.ndarray] = None


@dataclass(frozen=True)
class WeightLayer:
    """One weight layer with BN folded and weights/bias quantized exactly as quantized evaluation uses them.

    op: 'linear' (weight (C_out, C_in)), 'conv' (C_out, C_in, kh, kw) or 'deconv' (C_in, C_out, kh, kw);
    weight_int: int32 codes in that layout; weight_scale: (C_out,) float64 pow2, w = weight_int / scale;
    bias: (C_out,) float64 quantized bias; bias_int / accumulator_scale: the bias in accumulator steps
    (input scale x weight_scale, (C_out,)), None when the input is not quantized;
    input_grid: grid of the activation feeding the layer (site `input_from`); output_grid: the layer's own
    output quantizer (None for a deblock: its output shares the concat's grid); relu: a ReLU follows.
    """
    name: str
    role: str
    op: str
    weight_int: np.ndarray
    weight_scale: np.ndarray
    weight_bits: int
    per_channel: bool
    bias: np.ndarray
    bias_int: Optional[np.ndarray]
    accumulator_scale: Optional[np.ndarray]
    input_from: Optional[str]
    input_grid: Optional[ActGrid]
    output_grid: Optional[ActGrid]
    relu: bool
    stride: Tuple[int, ...] = (1, 1)
    padding: Tuple[int, ...] = (0, 0)

    @property
    def out_axis(self) -> int:
        return 1 if self.op == 'deconv' else 0

    def weight_float(self) -> np.ndarray:
        """weight_int / weight_scale (float64, module layout): exactly the quantized weight."""
        shape = [1] * self.weight_int.ndim
        shape[self.out_axis] = -1
        return self.weight_int.astype(np.float64) / self.weight_scale.reshape(shape)


@dataclass(frozen=True)
class Deployable:
    """All quantization sites of a detector as numbers, in forward order.

    weights: weight layers by site name; acts: every activation grid by site name (inputs, weight layer
    outputs, the concat); inputs: the quantized inputs; roles: role of every site ('input', 'pfn', 'conv',
    'deblock', 'head', 'concat'); bits_16: names of the sites at 16 bits (weights or activations).
    """
    weights: Dict[str, WeightLayer]
    acts: Dict[str, ActGrid]
    inputs: Dict[str, InputSite]
    roles: Dict[str, str]
    per_channel_weights: bool
    bits_16: Tuple[str, ...] = field(default=())

    def weight(self, name: str) -> WeightLayer:
        if name not in self.weights:
            raise ExportError(f'layer {name} has no quantized weights; quantized weight layers: {sorted(self.weights)}')
        return self.weights[name]

    def act_of(self, name: str) -> Optional[ActGrid]:
        return self.acts.get(name)

    def of_role(self, role: str):
        return [n for n, r in self.roles.items() if r == role]


def _grid(act_quant) -> Optional[ActGrid]:
    if act_quant is None:
        return None
    return ActGrid(bits=int(act_quant.bits), signed=bool(act_quant.signed), scale=float(act_quant.scale()))


def _role(site) -> str:
    if site.kind == 'input':
        return 'input'
    if site.kind == 'dict_output':
        return 'concat'
    if isinstance(site.module, nn.Linear):
        return 'pfn'
    if isinstance(site.module, nn.modules.conv._ConvTransposeNd) or not site.spec.quantize_output:
        return 'deblock'
    return 'conv' if site.spec.relu else 'head'


def _op(module: nn.Module) -> str:
    if isinstance(module, nn.Linear):
        return 'linear'
    if isinstance(module, nn.ConvTranspose2d):
        return 'deconv'
    if isinstance(module, nn.Conv2d):
        return 'conv'
    raise ExportError(f'cannot deploy layer of type {type(module).__name__}; valid: Conv2d, ConvTranspose2d, Linear')


def _weight_layer(site, grids: Dict[str, Optional[ActGrid]], role: str) -> WeightLayer:
    module = site.module
    op = _op(module)
    if getattr(module, 'groups', 1) != 1:
        raise ExportError(f'{site.name}: grouped {type(module).__name__} (groups={module.groups}) is not deployable')
    with torch.no_grad():
        w_q, b_q, s_w, _ = module.quant_params()
    w_q, b_q = w_q.detach().double().cpu(), b_q.detach().double().cpu()
    out_axis = 1 if op == 'deconv' else 0
    c_out = w_q.shape[out_axis]
    scale = s_w.detach().double().cpu().reshape(-1).expand(c_out) if s_w.dim() == 0 else s_w.detach().double().cpu()
    shape = [1] * w_q.dim()
    shape[out_axis] = -1
    codes = w_q * scale.reshape(shape)
    w_int = torch.round(codes)
    if float((codes - w_int).abs().max()) > 1e-6:
        raise ExportError(f'{site.name}: quantized weight is not on its pow2 grid (max off '
                          f'{float((codes - w_int).abs().max()):.3g} steps)')
    qmin, qmax = qrange(site.weight_bits, True)
    if float(w_int.min()) < qmin or float(w_int.max()) > qmax:
        raise ExportError(f'{site.name}: weight codes [{int(w_int.min())}, {int(w_int.max())}] outside the '
                          f'{site.weight_bits}-bit range [{qmin}, {qmax}]')
    in_grid = grids.get(site.spec.input_from) if site.spec.input_from else None
    bias_int = acc = None
    if in_grid is not None:
        acc = in_grid.scale * scale.numpy()
        b_acc = b_q.numpy() * acc
        bias_int = np.round(b_acc).astype(np.int64)
        off = float(np.abs(b_acc - bias_int).max()) if b_acc.size else 0.0
        if off > 1e-3:
            _logger.warning('%s: bias off its accumulator grid by up to %.3g steps', site.name, off)
    k = getattr(module, 'kernel_size', (1, 1))
    return WeightLayer(
        name=site.name, role=role, op=op, weight_int=w_int.numpy().astype(np.int32),
        weight_scale=scale.numpy().astype(np.float64), weight_bits=int(site.weight_bits),
        per_channel=bool(s_w.dim() > 0), bias=b_q.numpy(), bias_int=bias_int, accumulator_scale=acc,
        input_from=site.spec.input_from, input_grid=in_grid, output_grid=grids.get(site.name),
        relu=bool(site.spec.relu) or role == 'pfn',
        stride=tuple(int(s) for s in getattr(module, 'stride', (1,) * len(k))),
        padding=tuple(int(p) for p in getattr(module, 'padding', (0,) * len(k))))


def build_deployable(model: nn.Module, fmt: str = 'tidl') -> Deployable:
    """The Deployable of a quantized detector (eval mode). ExportError for a float model (no sites) or for
    activation ranges never calibrated; `fmt` only names the requested export in those messages."""
    sites = list(iter_quant_sites(model))
    if not sites:
        raise ExportError(f'--format {fmt} needs a quantized model, but this model has no quantization sites '
                          f'(its cfg has no QUANTIZE section); export a QAT or calibrated checkpoint with its '
                          f'QUANTIZE cfg, or use --format float')
    bad = uncalibrated_sites(model)
    if bad:
        raise ExportError(f'--format {fmt}: the activation ranges of {len(bad)} quantized layer(s) were never '
                          f'calibrated (still at their initial values): {", ".join(bad)}; run calibration '
                          f'(QUANTIZE.MODE calibration) or QAT before exporting')
    from ..quant import quant_settings_of
    settings = quant_settings_of(model)
    grids = {s.name: _grid(s.act_quant) for s in sites}
    weights, inputs, roles, bits16 = {}, {}, {}, []
    for site in sites:
        role = _role(site)
        roles[site.name] = role
        if (site.weight_bits or 0) > 8 or (site.act_quant is not None and site.act_bits > 8):
            bits16.append(site.name)
        if site.kind == 'weight':
            weights[site.name] = _weight_layer(site, grids, role)
        elif site.kind == 'input':
            q = site.act_quant
            cs = q.channel_scale().detach().double().cpu().numpy() if getattr(q, 'channels', 0) else None
            inputs[site.name] = InputSite(site.name, grids[site.name], cs)
    return Deployable(weights=weights, acts={n: g for n, g in grids.items() if g is not None}, inputs=inputs,
                      roles=roles, per_channel_weights=bool(getattr(settings, 'per_channel_weights', False)),
                      bits_16=tuple(bits16))
