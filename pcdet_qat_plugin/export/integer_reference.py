"""Pure-integer reference (numpy int64) of the exported PointPillars network part, read from the Deployable.

The `tidl` graph's semantics with integer tensors only: int8/int16 activation codes, int64 accumulators,
per-channel power-of-2 requantization `(acc + 2^(s-1)) >> s` (round half up, TIDL's rounding as TI's
`round_up`, see docs/quantization.md) and a clip to the output range. Nothing here is float but the
quantization of the decorated input (as the graph's first Clip does it, in float32).

Geometry (strides, paddings with the blocks' ZeroPad2d merged, kernel sizes) comes from the export graph's
weight layers (`NetworkPart.weight_layers`), numbers from `export/deployable.py`; imports numpy and the
export package only.
"""
from typing import Dict, List, Tuple

import numpy as np

from ..errors import ExportError
from .deployable import ActGrid, Deployable, WeightLayer


ROUNDINGS = ('half_up', 'half_even')     # TIDL / TI round_up; onnxruntime QuantizeLinear (for comparisons)


def quantize_input(features: np.ndarray, site, rounding: str = 'half_up') -> np.ndarray:
    """(V, P, C) float32 decorated pillars -> int64 codes on the input grid (channel scales first), as the
    model's input quantizer computes them: floor(x * c * s + 0.5) in float32, clipped."""
    x = np.asarray(features, dtype=np.float32)
    if site.channel_scale is not None:
        x = x * site.channel_scale.astype(np.float32)
    x = x * np.float32(site.grid.scale)
    y = np.floor(x + np.float32(0.5)) if rounding == 'half_up' else np.rint(x)
    return np.clip(y, site.grid.qmin, site.grid.qmax).astype(np.int64)


def requantize(acc: np.ndarray, acc_scale: np.ndarray, grid: ActGrid, axis: int,
               rounding: str = 'half_up') -> np.ndarray:
    """int64 accumulators (scale `acc_scale` per channel along `axis`) -> int64 codes of `grid`: an
    arithmetic shift right by log2(acc_scale / grid.scale) with round half up (`half_even`: ties to the
    even code, as onnxruntime's QuantizeLinear), then the clip."""
    shift = np.log2(np.asarray(acc_scale, dtype=np.float64) / grid.scale)
    if not np.all(shift == np.round(shift)):
        raise ExportError(f'accumulator / output scale ratio is not a power of 2 ({shift})')
    shape = [1] * acc.ndim
    shape[axis] = -1
    shift = np.round(shift).astype(np.int64).reshape(shape)
    right = np.maximum(shift, 0)
    half = np.where(right > 0, np.left_shift(np.int64(1), np.maximum(right - 1, 0)), 0)
    if rounding == 'half_up':
        down = np.right_shift(acc + half, right)
    else:
        floor = np.right_shift(acc, right)
        rest = acc - np.left_shift(floor, right)
        up = (right > 0) & ((rest > half) | ((rest == half) & (floor % 2 == 1)))
        down = floor + up
    out = np.where(shift >= 0, down, np.left_shift(acc, np.maximum(-shift, 0)))
    return np.clip(out, grid.qmin, grid.qmax)


def _conv2d(x: np.ndarray, w: np.ndarray, stride: Tuple[int, int], padding: Tuple[int, int]) -> np.ndarray:
    """int64 (B, C, H, W) * (O, C, kh, kw) -> (B, O, H', W')."""
    ph, pw = padding
    x = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    kh, kw = w.shape[2:]
    win = np.lib.stride_tricks.sliding_window_view(x, (kh, kw), axis=(2, 3))[:, :, ::stride[0], ::stride[1]]
    return np.einsum('bchwij,ocij->bohw', win, w, optimize=True)


def _deconv2d(x: np.ndarray, w: np.ndarray, stride: Tuple[int, int], padding: Tuple[int, int]) -> np.ndarray:
    """int64 transposed conv (B, C, H, W) * (C, O, kh, kw) -> (B, O, (H-1)*s + k - 2p, ...), one kernel tap at
    a time (no output_padding, no groups)."""
    b, _, h, wd = x.shape
    kh, kw = w.shape[2:]
    sh, sw = stride
    out = np.zeros((b, w.shape[1], (h - 1) * sh + kh, (wd - 1) * sw + kw), dtype=np.int64)
    for i in range(kh):
        for j in range(kw):
            out[:, :, i:i + (h - 1) * sh + 1:sh, j:j + (wd - 1) * sw + 1:sw] += np.einsum(
                'bchw,co->bohw', x, w[:, :, i, j], optimize=True)
    ph, pw = padding
    return out[:, :, ph:out.shape[2] - ph, pw:out.shape[3] - pw]


def _layer_geometry(net_layer) -> Tuple[Tuple[int, int], Tuple[int, int]]:
    stride = tuple(int(s) for s in getattr(net_layer, 'stride', (1, 1)))
    padding = tuple(int(p) for p in getattr(net_layer, 'padding', (0, 0)))
    return stride, padding


class IntegerPointPillars:
    """`IntegerPointPillars(deployable, net)(features, coords)` -> {site name: int64 output codes}.

    deployable: export.deployable.Deployable of the quantized detector; net: its export NetworkPart (for
    the geometry). features: one frame's decorated pillars (V, P, C) float32 (export.decorate), coords
    (V, 4) int [b, z, y, x]. Returns the head sites' codes (1, C, ny/2, nx/2) (value = code / grid.scale).
    """

    def __init__(self, deployable: Deployable, net, rounding: str = 'half_up'):
        if rounding not in ROUNDINGS:
            raise ExportError(f'rounding {rounding!r} not in {ROUNDINGS}')
        self.dep, self.rounding = deployable, rounding
        self.geometry = {name: _layer_geometry(layer) for name, layer in net.weight_layers.items()}
        self.nx, self.ny = int(net.nx), int(net.ny)
        pfns = deployable.of_role('pfn')
        if len(pfns) != 1 or len(deployable.inputs) != 1:
            raise ExportError(f'integer reference: one PFN layer and one input expected, got PFN {pfns}, '
                              f'inputs {sorted(deployable.inputs)}')
        self.pfn = deployable.weight(pfns[0])
        self.input = next(iter(deployable.inputs.values()))
        self.convs = deployable.of_role('conv')
        self.deblocks = deployable.of_role('deblock')
        self.heads = deployable.of_role('head')
        concat = deployable.of_role('concat')
        self.concat_name = concat[0] if concat else None
        self.concat_grid = deployable.acts[concat[0]] if concat else None

    def _accumulate(self, layer: WeightLayer, x: np.ndarray) -> np.ndarray:
        # a deblock may be exported as 1x1 conv + DepthToSpace: its own geometry; convs: the graph's (pads merged)
        stride, padding = (layer.stride, layer.padding) if layer.op == 'deconv' else self.geometry[layer.name]
        w = layer.weight_int.astype(np.int64)
        acc = (_deconv2d if layer.op == 'deconv' else _conv2d)(x, w, stride, padding)
        return acc + layer.bias_int.astype(np.int64).reshape(1, -1, 1, 1)

    def _conv(self, layer: WeightLayer, x: np.ndarray, grid: ActGrid) -> np.ndarray:
        if layer.bias_int is None:
            raise ExportError(f'{layer.name}: input not quantized, no integer form')
        return requantize(self._accumulate(layer, x), layer.accumulator_scale, grid, axis=1, rounding=self.rounding)

    def __call__(self, features: np.ndarray, coords: np.ndarray) -> Dict[str, np.ndarray]:
        pfn = self.pfn
        x = quantize_input(features, self.input, self.rounding)                    # (V, P, C)
        acc = np.einsum('vpc,oc->vpo', x, pfn.weight_int.astype(np.int64)) + pfn.bias_int.astype(np.int64)
        codes = requantize(acc, pfn.accumulator_scale, pfn.output_grid, 2, self.rounding).max(axis=1)  # (V, C)
        canvas = np.zeros((1, codes.shape[1], self.ny, self.nx), dtype=np.int64)
        coords = np.asarray(coords).astype(np.int64)
        canvas[0, :, coords[:, 2], coords[:, 3]] = codes      # advanced indices go first: (V, C) rows
        outs: Dict[str, np.ndarray] = {pfn.name: canvas}
        for name in self.convs:
            layer = self.dep.weight(name)
            outs[name] = self._conv(layer, outs[layer.input_from], layer.output_grid)
        ups: List[np.ndarray] = []
        for name in self.deblocks:
            layer = self.dep.weight(name)
            ups.append(self._conv(layer, outs[layer.input_from], self.concat_grid))   # ReLU: unsigned clip
        if ups:
            outs[self.concat_name] = np.concatenate(ups, axis=1)
        for name in self.heads:
            layer = self.dep.weight(name)
            outs[name] = self._conv(layer, outs[layer.input_from], layer.output_grid)
        return {name: outs[name] for name in self.heads}
