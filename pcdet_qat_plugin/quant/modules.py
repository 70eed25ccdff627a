"""Quantized behaviour attached in place: ActQuantizer (a child module), weight modules and ReLU by class swap.

Imports torch only. A swapped module keeps its parameters and state_dict keys; only quantizer buffers
are added (fixed shapes: 0-dim, or (C,) for the bias correction and an input's channel ranges), so float
checkpoints load by name.
"""
from typing import Optional

import torch
import torch.nn.functional as F
from torch import nn

from ..errors import CheckpointError
from . import fold
from .fake_quant import (fake_quant_act, pow2_scale, qrange, quantize_bias, quantize_weight,
                         quantize_weight_values, straight_through, weight_scale_cap_for_bias)
from .observers import clip_value, update_running_range

INIT_CLIP = 8.0     # TI PAct2 starting range, used until a range was observed
LEGACY_BATCHES_KEY = 'num_batches_tracked'   # the count's old name (a float; BatchNorm's own key is an int)
DESCRIPTION_KEY = 'quant_description'        # int buffer: what a quantizer is, checked against checkpoints
ACT_DESCRIPTION = ('bits', 'signed', 'channels (0: no per-channel input normalisation)')
WEIGHT_DESCRIPTION = ('weight bits', 'per-channel weights', 'activation bits', 'bias constraint')
BIAS_CONSTRAINT_CODES = ('reduce_weight_scale', 'saturate')


def _description_values(fields, values):
    return {f: (BIAS_CONSTRAINT_CODES[v] if f == 'bias constraint' and 0 <= v < len(BIAS_CONSTRAINT_CODES)
                else bool(v) if f in ('signed', 'per-channel weights') else v) for f, v in zip(fields, values)}


def check_description(module: nn.Module, state_dict: dict, prefix: str, fields) -> None:
    """Before a quantizer loads: its description in the checkpoint must equal its own (CheckpointError
    naming the site and both values). A checkpoint without one (float, or written before descriptions)
    takes the module's own."""
    own = getattr(module, DESCRIPTION_KEY)
    found = state_dict.get(prefix + DESCRIPTION_KEY)
    if found is None:
        state_dict[prefix + DESCRIPTION_KEY] = own.clone()
        return
    if not isinstance(found, torch.Tensor) or found.shape != own.shape:
        raise CheckpointError(f'{prefix}{DESCRIPTION_KEY}: expected an int tensor of shape {tuple(own.shape)}, '
                              f'found {type(found).__name__} {tuple(getattr(found, "shape", ()))}')
    mine = _description_values(fields, own.tolist())
    theirs = _description_values(fields, found.long().tolist())
    diffs = [f'{f} {theirs[f]!r} in the checkpoint, {mine[f]!r} in this model' for f in fields
             if theirs[f] != mine[f]]
    if diffs:
        raise CheckpointError(f'quantizer {prefix[:-1] or "(root)"} was saved with other settings: '
                              + '; '.join(diffs) + '. Load it with the QUANTIZE settings it was made with '
                              '(its ckpt["quant"]["settings"]), or calibrate / train again.')


class ActQuantizer(nn.Module):
    """Tracks one activation range (buffers) and fake-quantizes with its pow2 clip.

    Observes in phase 'train' (module in training mode) and 'calibrate', never in 'test' or once frozen.
    With `channels` > 0 (an input whose last axis mixes units, e.g. PointPillars' decorated points: metres
    of absolute position beside centimetre offsets) it tracks a range per channel and quantizes
    x * channel_scale() on the fixed clip 1, channel_scale = 1 / ceil2(channel range): a power of 2 per
    channel, so each channel uses the whole 8-bit grid. The consuming layer divides its weight columns by
    the same scales (exact in float); the deployed graph multiplies its input by them.
    """

    range_tail = None       # percentile tail of the tracked range, None: the observer's default (TI's); set per
                            # site by the engine from the settings (a class default, as save_mask)
    save_mask = False       # backward keeps a byte mask, not the output (fake_quant_act's save_mask); set per
                            # site by the engine (a class default: quantizers pickled before it have none)

    def __init__(self, bits: int = 8, signed: bool = True, channels: int = 0, range_update: str = 'ti'):
        super().__init__()
        self.bits, self.signed, self.channels = bits, signed, int(channels)
        self.range_update = range_update
        self.phase, self.enabled = 'train', True
        self._frozen = False
        self.register_buffer(DESCRIPTION_KEY, torch.zeros(len(ACT_DESCRIPTION), dtype=torch.int32))
        self.set_bits(bits)
        for name in ('clip_lo', 'clip_hi', 'batches_observed', 'range_frozen'):
            self.register_buffer(name, torch.zeros((), dtype=torch.long if name == 'batches_observed' else
                                                   torch.uint8 if name == 'range_frozen' else torch.float32))
        if self.channels:
            self.register_buffer('channel_lo', torch.zeros(self.channels))
            self.register_buffer('channel_hi', torch.zeros(self.channels))
        self.reset_range()

    @torch.no_grad()
    def reset_range(self) -> None:
        """Back to the never-observed starting range (TI's +-8, or +-1 with channel normalisation), count 0,
        not frozen."""
        clip = 1.0 if self.channels else INIT_CLIP
        self.clip_lo.fill_(-clip if self.signed else 0.0)
        self.clip_hi.fill_(clip)
        self.batches_observed.zero_()
        if self.channels:
            self.channel_lo.fill_(-INIT_CLIP if self.signed else 0.0)
            self.channel_hi.fill_(INIT_CLIP)
        self.set_frozen(False)

    def extra_repr(self) -> str:
        return (f'bits={self.bits}, signed={self.signed}, phase={self.phase}, frozen={self._frozen}'
                + (f', channels={self.channels}' if self.channels else ''))

    @property
    def observing(self) -> bool:
        if self._frozen or not self.enabled:
            return False
        return self.phase == 'calibrate' or (self.phase == 'train' and self.training)

    def set_frozen(self, frozen: bool) -> None:
        self._frozen = bool(frozen)
        self.range_frozen.fill_(int(self._frozen))

    def set_bits(self, bits: int) -> None:
        """The activation width (attribute and description buffer)."""
        self.bits = int(bits)
        getattr(self, DESCRIPTION_KEY).copy_(torch.tensor([self.bits, int(self.signed), self.channels]))

    def _read_buffers(self) -> None:
        """The Python mirrors of buffer state (read once per load, never in forward); the description's
        mirrors need no reading: a load with another description is refused."""
        self._frozen = bool(self.range_frozen.item())

    def clip(self) -> torch.Tensor:
        """The pow2 clip value (0-dim tensor on the buffers' device)."""
        return clip_value(self.clip_lo, self.clip_hi, self.signed)

    def scale(self) -> torch.Tensor:
        """Quantization scale (x_int = round(x * scale)), a power of 2."""
        return pow2_scale(self.clip(), self.bits, self.signed)

    def channel_scale(self) -> torch.Tensor:
        """(C,) pow2 multipliers of the input channels (channels > 0 only): 1 / ceil2(channel range)."""
        return 1.0 / clip_value(self.channel_lo, self.channel_hi, self.signed)

    def forward(self, x: torch.Tensor, overwrite: bool = False) -> torch.Tensor:
        """The fake-quantized x; `overwrite`: the caller owns x and it may hold the result (fake_quant_act)."""
        if self.observing:
            if self.channels:
                update_running_range(self.channel_lo, self.channel_hi, self.batches_observed, x,
                                     rule=self.range_update, tail=self.range_tail)
            else:
                update_running_range(self.clip_lo, self.clip_hi, self.batches_observed, x, rule=self.range_update,
                                     tail=self.range_tail)
        if not self.enabled:
            return x
        if self.channels:
            x, overwrite = x * self.channel_scale().to(torch.promote_types(x.dtype, torch.float32)), True
        y = fake_quant_act(x, self.clip(), self.bits, self.signed, self.save_mask, overwrite)
        return y.float() if y.dtype == torch.float64 else y     # after an exact float64 layer: on the grid

    def _load_from_state_dict(self, state_dict, prefix, *args, **kwargs):
        old = state_dict.pop(prefix + LEGACY_BATCHES_KEY, None)    # checkpoints before the rename
        if old is not None and prefix + 'batches_observed' not in state_dict:
            state_dict[prefix + 'batches_observed'] = old.round().long()
        check_description(self, state_dict, prefix, ACT_DESCRIPTION)
        super()._load_from_state_dict(state_dict, prefix, *args, **kwargs)
        self._read_buffers()


EXACT_FLOAT32_LIMIT = 2 ** 24    # integers up to this magnitude, and every partial sum of them, are exact in float32


class QuantWeightMixin:
    """Mixed into Conv/ConvTranspose/Linear by class swap: folded BN, pow2 weights, TI bias, output quant.

    A folded BatchNorm is this module's child `bn` (torch.ao's intrinsic QAT ConvBn layout; its old slot
    holds a fold.FoldedBatchNorm, keys stay the host's). Its statistics are frozen explicitly
    (`freeze_bn_stats`, buffer `bn_frozen`; always in phases calibrate / test): `train()` then keeps the BN
    in eval mode. Forward, by state:

    * BN on batch statistics (QAT before the freeze): bn(conv(x, Q(w*f)/f) + float bias), f detached
      (torch.ao ConvBn): BN sees the float bias, so its running statistics follow a float run's;
    * QAT otherwise: conv(x, Q(w_folded), Q(b_folded)) in float, differentiable (STE);
    * phases calibrate / test with a quantized input: the deployed integer arithmetic (`_integer_forward`,
      see uses_integer_arithmetic).
    """

    def _q_init(self, bits: int, per_channel: bool, bn=None, out_quant=None, act_bits: Optional[int] = None,
                bias_constraint: str = 'reduce_weight_scale'):
        self.__dict__['_q_in'] = None                # the input's ActQuantizer (a plain reference: it has
        self.q_enabled = True                        # its own parent)
        self.q_phase = 'train'
        if not hasattr(self, DESCRIPTION_KEY):
            self.register_buffer(DESCRIPTION_KEY, torch.zeros(len(WEIGHT_DESCRIPTION), dtype=torch.int32,
                                                              device=self.weight.device))
        self.q_describe(bits, per_channel, act_bits or bits, bias_constraint)
        if bn is not None and 'bn' not in self._modules:
            self.bn = bn
        if out_quant is not None:
            self.act_quant = out_quant
        channels = self.weight.shape[fold.out_channel_axis(self)] * (
            self.groups if isinstance(self, nn.modules.conv._ConvTransposeNd) else 1)
        if not hasattr(self, 'bias_correction'):
            self.register_buffer('bias_correction', torch.zeros(channels, device=self.weight.device))
        if bn is not None and not hasattr(self, 'bn_frozen'):
            self.register_buffer('bn_frozen', torch.tensor(0, dtype=torch.uint8, device=self.weight.device))

    @property
    def folded_bn(self) -> Optional[nn.Module]:
        """The folded BatchNorm (child `bn`; after SyncBatchNorm conversion the SyncBatchNorm) or None."""
        return self._modules.get('bn')

    def bn_stats_frozen(self) -> bool:
        """BN on running statistics: frozen by the schedule / calibration, or any phase but train."""
        return self.folded_bn is not None and (self.q_phase != 'train' or bool(self.bn_frozen))

    def __reduce_ex__(self, protocol):
        return reduce_swapped(self, protocol, new_quant_module, float_class(type(self)))

    def q_describe(self, bits: int, per_channel: bool, act_bits: int, bias_constraint: str) -> None:
        """Weight bits, per-channel weights, the activation bits of the bias rule and the bias constraint
        (attributes and description buffer)."""
        self.q_bits, self.q_per_channel, self.q_act_bits = int(bits), bool(per_channel), int(act_bits)
        self.q_bias_constraint = bias_constraint
        getattr(self, DESCRIPTION_KEY).copy_(torch.tensor(
            [self.q_bits, int(self.q_per_channel), self.q_act_bits, BIAS_CONSTRAINT_CODES.index(bias_constraint)]))

    def set_bn_frozen(self, frozen: bool) -> None:
        if self.folded_bn is None:
            return
        self.bn_frozen.fill_(int(frozen))
        self.train(self.training)

    def freeze_bn_stats(self):
        self.set_bn_frozen(True)
        return self

    def _load_from_state_dict(self, state_dict, prefix, *args, **kwargs):
        check_description(self, state_dict, prefix, WEIGHT_DESCRIPTION)
        super()._load_from_state_dict(state_dict, prefix, *args, **kwargs)

    def update_bn_stats(self):
        self.set_bn_frozen(False)
        return self

    def train(self, mode: bool = True):
        super().train(mode)
        if mode and self.bn_stats_frozen():
            self.folded_bn.train(False)
        return self

    def _folded_weight_bias(self, weight: torch.Tensor):
        """(w, b, f): `weight` times the BN factor f per output channel (f None without a BN), divided by the
        input's channel scales where the input is normalised (differentiable); b the folded bias plus the
        bias correction (no gradient)."""
        bn = self.folded_bn
        f = None
        if bn is not None:
            with torch.no_grad():
                f = fold.bn_factor(bn)
                b = fold.fold_bias(self.bias, bn, f) + self.bias_correction
            w = fold.fold_weight(weight, f, fold.out_channel_axis(self), getattr(self, 'groups', 1))
        else:
            w = weight
            b = self.bias_correction if self.bias is None else self.bias + self.bias_correction
        if self._q_in is not None and self._q_in.channels:     # input arrives as x * channel_scale
            w = w / self._input_channel_view(w)
        return w, b, f

    def _input_channel_view(self, w: torch.Tensor) -> torch.Tensor:
        in_axis = 0 if isinstance(self, nn.modules.conv._ConvTransposeNd) else 1
        return fold.channel_view(self._q_in.channel_scale(), w.dim(), in_axis)

    def quant_params(self):
        """(w_q, b_q, weight_scale, accumulator_scale): folded + quantized weight (this module's layout) and
        bias ((C_out,), on the accumulator grid 1 / (s_in * s_w) when the input is quantized), the pow2 weight
        scale (0-dim, or (C_out,) per channel; w_q * weight_scale are the integer codes) and the bias rule's
        accumulator scale (None without an input quantizer). Tensors carry STE gradients."""
        w, b, _ = self._folded_weight_bias(self.weight)
        w_q, s_w = quantize_weight(w, self.q_bits, self.q_per_channel, fold.out_channel_axis(self),
                                   scale_cap=self._weight_scale_cap(w, b))
        joint, in_signed = None, True
        if self._q_in is not None:
            joint, in_signed = self.input_scale_for_bias() * s_w, self._q_in.signed
        b_q = quantize_bias(b, self.q_bits, joint, in_signed)
        return w_q, b_q, s_w, joint

    def weight_before_bn(self) -> torch.Tensor:
        """Q(w * f) / f: quant_params' weight divided by the BN factor again, which the conv applies before a
        BN on batch statistics (torch.ao ConvBn). Its values are computed without autograd (one folded
        copy, rounded, no bias rule beyond the weight scale cap); the gradient goes straight
        through to the weight (f and 1 / f cancel), divided by the input's channel scales where those
        multiply the input."""
        axis, groups = fold.out_channel_axis(self), getattr(self, 'groups', 1)
        with torch.no_grad():
            w, b, f = self._folded_weight_bias(self.weight)
            w_q, _ = quantize_weight_values(w, self.q_bits, self.q_per_channel, axis,
                                            scale_cap=self._weight_scale_cap(w, b))
            w_q = fold.fold_weight(w_q, 1.0 / f, axis, groups)
        target = self.weight
        if self._q_in is not None and self._q_in.channels:
            target = target / self._input_channel_view(target)
        return straight_through(target, w_q)

    def effective_weight_bias(self):
        """(w_q, b_q) folded + quantized exactly as quantized evaluation uses them (see quant_params)."""
        return self.quant_params()[:2]

    def _weight_scale_cap(self, w: torch.Tensor, b: torch.Tensor) -> Optional[torch.Tensor]:
        """Upper bounds of the weight scale that keep the bias representable (see BIAS_CONSTRAINTS).

        'reduce_weight_scale': every bias fits the accumulator (TI CONSTRAIN_BIAS_TYPE_REDUCE_WEIGHT_SCALE,
        per channel with per-channel weights); 'saturate' (TI's default): per tensor no bound, biases
        saturate; per channel no channel goes below the tensor scale, so it is never worse than per tensor.
        """
        if self._q_in is None:
            return None
        cap = weight_scale_cap_for_bias(b, self.input_scale_for_bias(), self.q_bits, self._q_in.signed)
        if self.q_bias_constraint == 'reduce_weight_scale':
            return cap
        if not self.q_per_channel:
            return None
        return torch.maximum(cap, pow2_scale(w.detach().abs().amax(), self.q_bits, True))

    def input_scale_for_bias(self) -> torch.Tensor:
        """The input scale of the bias rule: the input's clip at min(input bits, this layer's activation
        bits). As TI, an 8-bit layer fed by a 16-bit activation constrains its bias as if the input were
        8-bit (with the 16-bit scale the 2*b-1-bit accumulator would saturate every bias); the coarser
        grid is a subset of the finer one, so the bias stays exact on the real accumulator grid."""
        q = self._q_in
        return pow2_scale(q.clip(), min(q.bits, self.q_act_bits), q.signed)

    def _q_apply(self, x, w, b):
        if isinstance(self, nn.Linear):
            return F.linear(x, w, b)
        if isinstance(self, nn.modules.conv._ConvTransposeNd):
            fn = {1: F.conv_transpose1d, 2: F.conv_transpose2d, 3: F.conv_transpose3d}[w.dim() - 2]
            return fn(x, w, b, self.stride, self.padding, self.output_padding, self.groups, self.dilation)
        return self._conv_forward(x, w, b)

    def _apply_bn(self, y: torch.Tensor, then=None) -> torch.Tensor:
        """The folded BN on this module's output, then `then` (e.g. the output quantizer) on the BN's own
        output. A Linear's channels are last: BN on the (N, C) rows view, the same per-channel statistics as
        on a channel-first (N, C, L) view, and the contiguous layout (on the CPU the channel-first view made
        the PFN's BN several times slower, forward and backward); the result is viewed back after `then`."""
        shape = y.shape
        rows = isinstance(self, nn.Linear) and y.dim() > 2
        y = self.folded_bn(y.reshape(-1, shape[-1]) if rows else y)
        y = y if then is None else then(y)
        return y.view(shape) if rows else y

    def uses_integer_arithmetic(self) -> bool:
        """Phases calibrate / test with a quantized input, unless training with autograd (a test-phase model
        put in train mode keeps gradients through the float form)."""
        return (self.q_phase != 'train' and self._q_in is not None
                and not (self.training and torch.is_grad_enabled()))

    def _integer_forward(self, x: torch.Tensor) -> torch.Tensor:
        """The deployed arithmetic, exactly: acc = sum(x_int * w_int) + b_int with x_int = x * s_in,
        w_int = w_q * s_w, b_int = b_q * s_in * s_w (integers), returned as acc / (s_in * s_w).

        On the CPU the input channels are split into the fewest runs whose partial sums are integers below
        2^24 (bound: max|x_int| * sum over the run of max over output channels of sum|w_int|), each run a
        float32 convolution (exact whatever its summation order), the runs and the bias summed in float64
        (exact to 2^53); an input channel that alone exceeds 2^24 (16-bit inputs) makes the layer float64.
        Off the CPU always float64: GPU convolution may use TF32 or transform-domain algorithms, exact in
        neither. The output quantizer then rounds it as TIDL does (ActQuantizer).
        """
        with torch.no_grad(), torch.autocast(x.device.type, enabled=False):
            w_q, b_q, s_w, _ = self.quant_params()
            s_in = self._q_in.scale()
            axis = fold.out_channel_axis(self)
            in_axis = 1 - axis if w_q.dim() > 1 else 0
            w_int = w_q * (fold.channel_view(s_w, w_q.dim(), axis) if s_w.dim() else s_w)
            s_acc = s_in * s_w
            x_int = x * s_in.to(x.dtype)
            b_int = b_q * s_acc
            runs = None
            if x.device.type == 'cpu':
                runs = self._exact_float32_runs(w_int, axis, in_axis, float(b_int.abs().amax()))
            out_axis = x.dim() - 1 if isinstance(self, nn.Linear) else 1
            if runs is not None and len(runs) == 1:           # the whole sum, bias included, below 2^24
                acc = self._q_apply(x_int.float(), w_int.float(), b_int.float())
                return acc / (fold.channel_view(s_acc, acc.dim(), out_axis) if s_acc.dim() else s_acc).float()
            if runs is None:
                acc = self._q_apply(x_int.double(), w_int.double(), None)
            else:
                x_axis = x.dim() - 1 if isinstance(self, nn.Linear) else 1
                acc = None
                for lo, hi in runs:
                    part = self._q_apply(x_int.float().narrow(x_axis, lo, hi - lo),
                                         w_int.float().narrow(in_axis, lo, hi - lo), None)
                    acc = part.double() if acc is None else acc + part.double()
            acc = acc + fold.channel_view(b_int.double(), acc.dim(), out_axis)
            return acc / (fold.channel_view(s_acc, acc.dim(), out_axis) if s_acc.dim() else s_acc).double()

    def _exact_float32_runs(self, w_int: torch.Tensor, axis: int, in_axis: int, bias_bound: float):
        """[(lo, hi)] input-channel runs whose float32 partial sums stay exact, or None (one channel too big).
        A single run also leaves room for the bias (then the whole layer is one float32 convolution)."""
        qmin, qmax = qrange(self._q_in.bits, self._q_in.signed)
        per_in = w_int.abs().movedim(in_axis, 0).movedim(axis if axis > in_axis else axis + 1, 1)
        per_in = per_in.reshape(per_in.shape[0], per_in.shape[1], -1).sum(dim=2).amax(dim=1) * max(-qmin, qmax)
        runs, lo, total = [], 0, 0.0
        for c, bound in enumerate(per_in.tolist()):
            if bound >= EXACT_FLOAT32_LIMIT:
                return None
            if total + bound >= EXACT_FLOAT32_LIMIT:
                runs.append((lo, c))
                lo, total = c, 0.0
            total += bound
        runs.append((lo, per_in.shape[0]))
        if len(runs) == 1 and total + bias_bound >= EXACT_FLOAT32_LIMIT:
            runs = [(0, per_in.shape[0] - 1), (per_in.shape[0] - 1, per_in.shape[0])] if per_in.shape[0] > 1 \
                else None
        return runs

    def _quantize_output(self, y: torch.Tensor) -> torch.Tensor:
        """The output quantizer on `y`, a tensor this forward made and nobody else holds: written in place."""
        return self.act_quant(y, overwrite=True)

    def forward(self, x):
        bn = self.folded_bn
        out_quant = self._quantize_output if 'act_quant' in self._modules else None
        if not self.q_enabled:
            y = super().forward(x)
            if bn is not None:
                y = self._apply_bn(y)
            return y if out_quant is None else self.act_quant(y)      # disabled: identity
        if bn is not None and bn.training:           # batch statistics: BN after the conv, float bias
            return self._apply_bn(self._q_apply(x, self.weight_before_bn(), self.bias), then=out_quant)
        if self.uses_integer_arithmetic():
            y = self._integer_forward(x)
        else:
            w_q, b_q = self.quant_params()[:2]
            y = self._q_apply(x, w_q, b_q)
        return y if out_quant is None else out_quant(y)


class QuantReLU(nn.ReLU):
    """ReLU whose child `act_quant` (unsigned) replaces it: unsigned fake-quant clamps at 0 itself.

    `input_private` (set per site by the engine; a class default, as ActQuantizer.save_mask): the input is
    the fresh output of the module just before it in an nn.Sequential, which nothing else reads, so the
    quantizer writes into it (fake_quant_act's overwrite) -- a ReLU(inplace=True) the engine proved safe."""

    input_private = False

    def __reduce_ex__(self, protocol):
        return reduce_swapped(self, protocol, new_quant_module, float_class(type(self)))

    def forward(self, x):
        q = self._modules.get('act_quant')
        if q is None:
            return super().forward(x)
        y = q(x, overwrite=self.input_private)     # identity while quantization is disabled
        return y if q.enabled else super().forward(y)


_CLASS_CACHE = {}


def quant_class(cls: type) -> type:
    """The quantized subclass of a float module class (cached): QuantConv2d(nn.Conv2d) etc."""
    if issubclass(cls, (QuantWeightMixin, QuantReLU)):
        return cls
    if cls not in _CLASS_CACHE:
        if issubclass(cls, nn.ReLU):
            _CLASS_CACHE[cls] = cls if cls is QuantReLU else type('Quant' + cls.__name__, (QuantReLU, cls), {})
            if cls is nn.ReLU:
                _CLASS_CACHE[cls] = QuantReLU
        else:
            _CLASS_CACHE[cls] = type('Quant' + cls.__name__, (QuantWeightMixin, cls), {})
    return _CLASS_CACHE[cls]


def float_class(cls: type) -> type:
    """Inverse of quant_class."""
    if cls is QuantReLU:
        return nn.ReLU
    for f, q in _CLASS_CACHE.items():
        if q is cls:
            return f
    return cls


def new_quant_module(float_cls: type) -> nn.Module:
    """An empty instance of quant_class(float_cls), for unpickling (its state follows)."""
    cls = quant_class(float_cls)
    return cls.__new__(cls)


def reduce_swapped(obj, protocol: int, rebuild, *args):
    """Pickle support for an instance of a class made at run time (a class swap): pickle finds no such class
    by name, so the object is rebuilt by `rebuild(*args)` (importable) and then gets its usual state."""
    parts = object.__reduce_ex__(obj, max(2, protocol))
    return (rebuild, args) + tuple(parts[2:])
