"""What a Deployable contributes to the export graph: folded quantized weights and activation-point modules.

`DeployableReader(deployable, fmt)` hands build_network_part its weight_fn / act_fn and records what the
graph consumed; `check_all_converted()` then fails loudly for any quantized layer or activation that the
graph builder never asked for. `tidl` places a Clip with each activation's pow2 clip bounds (TI PAct2),
`qdq` a Q/DQ pair (8 bit) or a Clip (16 bit: no int16 Q/DQ before opset 21).
"""
import logging
from typing import Optional, Set

import torch
import torch.nn as nn

from ..errors import ExportError
from ..quant.fake_quant import qrange
from .deployable import Deployable
from .network import ChannelScale, ClipAct, QdqAct

_logger = logging.getLogger(__name__)

FORMATS = ('tidl', 'qdq')


class DeployableReader(object):
    """weight_fn / act_fn of build_network_part reading one Deployable, for `fmt` ('tidl' | 'qdq').

    Activation points are weight-layer names (output after ReLU) or the role tokens 'input', 'scatter' and
    'concat'; the role resolves to the deployable's site of that role, so no site name is spelled here.
    """

    def __init__(self, deployable: Deployable, fmt: str):
        if fmt not in FORMATS:
            raise ExportError(f'--format {fmt!r}: quantized formats are {FORMATS}')
        self.deployable, self.fmt = deployable, fmt
        self.used_weights: Set[str] = set()
        self.used_acts: Set[str] = set()

    def _site_of_role(self, role: str) -> Optional[str]:
        names = self.deployable.of_role(role)
        return names[0] if names else None

    def weight_fn(self, name: str, module: nn.Module, bn: Optional[nn.Module]):
        layer = self.deployable.weight(name)
        self.used_weights.add(name)
        return torch.from_numpy(layer.weight_float()).float(), torch.from_numpy(layer.bias).float()

    def _resolve(self, point: str) -> Optional[str]:
        """The site whose grid sits at `point` (None: no quantizer there)."""
        dep = self.deployable
        if point in ('input', 'concat'):
            return self._site_of_role(point)
        if point == 'scatter':
            # qdq: the last PFN's grid again after the scatter (zeros and copies stay on it) keeps ORT in int8
            pfn = dep.of_role('pfn')
            return pfn[-1] if self.fmt == 'qdq' and pfn else None
        if self.fmt == 'qdq' and dep.roles.get(point) == 'deblock' and point not in dep.acts:
            return self._site_of_role('concat')     # the concat's Q/DQ on each deblock output (exact repeat)
        return point if point in dep.acts else None

    def act_fn(self, point: str) -> Optional[nn.Module]:
        site = self._resolve(point)
        if site is None:
            return None
        self.used_acts.add(site)
        grid = self.deployable.acts[site]
        if self.fmt == 'tidl' or grid.bits != 8:
            act = ClipAct(*grid.clip_bounds) if self.fmt == 'tidl' else ClipAct(*grid.value_range)
        else:
            act = QdqAct(grid.step, grid.qmin, grid.qmax)
        inp = self.deployable.inputs.get(site)
        if inp is not None and inp.channel_scale is not None:
            return nn.Sequential(ChannelScale(torch.from_numpy(inp.channel_scale)), act)
        return act

    def check_all_converted(self) -> None:
        """ExportError naming every quantized weight layer / activation the export graph did not take."""
        dep = self.deployable
        missing_w = [n for n in dep.weights if n not in self.used_weights]
        missing_a = [n for n in dep.acts if n not in self.used_acts]
        if missing_w or missing_a:
            raise ExportError(f'--format {self.fmt}: the export graph did not convert every quantized layer: '
                              f'weights never placed {missing_w}, activations never placed {missing_a}; the '
                              f'graph builder does not know these layers (rule: every quantized site must '
                              f'appear in the deployed graph)')


def pow2_grid_scale(w: torch.Tensor, bits: int, axis: Optional[int] = None) -> Optional[torch.Tensor]:
    """The largest power-of-2 scale s (per `axis` channel, else per tensor) with w * s integers in the signed
    `bits` range, or None when w is not on any such grid. A zero channel gets scale 1. (For checking a graph
    from outside; the export itself reads the scales from the Deployable.)"""
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
