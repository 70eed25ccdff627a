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
from .fake_quant import fake_quant_act, pow2_scale, quantize_bias, quantize_weight, weight_scale_cap_for_bias
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

    def __init__(self, bits: int = 8, signed: bool = True, channels: int = 0):
        super().__init__()
        self.bits, self.signed, self.channels = bits, signed, int(channels)
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

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.observing:
            if self.channels:
                update_running_range(self.channel_lo, self.channel_hi, self.batches_observed, x)
            else:
                update_running_range(self.clip_lo, self.clip_hi, self.batches_observed, x)
        if not self.enabled:
            return x
        if self.channels:
            x = x.float() * self.channel_scale()
        return fake_quant_act(x, self.clip(), self.bits, self.signed)

    def _load_from_state_dict(self, state_dict, prefix, *args, **kwargs):
        old = state_dict.pop(prefix + LEGACY_BATCHES_KEY, None)    # checkpoints before the rename
        if old is not None and prefix + 'batches_observed' not in state_dict:
            state_dict[prefix + 'batches_observed'] = old.round().long()
        check_description(self, state_dict, prefix, ACT_DESCRIPTION)
        super()._load_from_state_dict(state_dict, prefix, *args, **kwargs)
        self._read_buffers()


def freeze_bn_module(bn: nn.Module) -> None:
    """BN on running statistics: only the BN's own flag. nn.Module.train(False) would also switch its
    children, and the output quantizer of a BN without ReLU (the PFN's) is one: it would stop observing."""
    bn.training = False


class QuantWeightMixin:
    """Mixed into Conv/ConvTranspose/Linear by class swap: folded BN, pow2 weights, TI bias, output quant.

    forward = conv(x, Q(w*f)/f, b') with f = gamma/sqrt(var+eps) detached: the following BN module
    (batch statistics while not frozen) sees the unfolded scale, and with BN in eval mode the result is
    conv(x, Q(w_folded)) + Q(b_folded) (up to float rounding). Dividing the small weight instead of the
    output (torch.ao ConvBn) costs no pass over the activation.
    """

    def _q_init(self, bits: int, per_channel: bool, bn=None, in_quant=None, out_quant=None,
                act_bits: Optional[int] = None, bias_constraint: str = 'reduce_weight_scale'):
        self.__dict__['_q_bn'] = bn                  # plain references: no second registration
        self.__dict__['_q_in'] = in_quant
        self.q_enabled = True
        self._q_bn_frozen = False
        if not hasattr(self, DESCRIPTION_KEY):
            self.register_buffer(DESCRIPTION_KEY, torch.zeros(len(WEIGHT_DESCRIPTION), dtype=torch.int32,
                                                              device=self.weight.device))
        self.q_describe(bits, per_channel, act_bits or bits, bias_constraint)
        if out_quant is not None:
            self.act_quant = out_quant
        channels = self.weight.shape[fold.out_channel_axis(self)] * (
            self.groups if isinstance(self, nn.modules.conv._ConvTransposeNd) else 1)
        if not hasattr(self, 'bias_correction'):
            self.register_buffer('bias_correction', torch.zeros(channels, device=self.weight.device))
        if bn is not None and not hasattr(self, 'bn_frozen'):
            self.register_buffer('bn_frozen', torch.tensor(0, dtype=torch.uint8, device=self.weight.device))

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
        if self._q_bn is None:
            return
        self._q_bn_frozen = bool(frozen)
        self.bn_frozen.fill_(int(frozen))
        if frozen:
            freeze_bn_module(self._q_bn)

    def _load_from_state_dict(self, state_dict, prefix, *args, **kwargs):
        check_description(self, state_dict, prefix, WEIGHT_DESCRIPTION)
        super()._load_from_state_dict(state_dict, prefix, *args, **kwargs)
        self._read_buffers()

    def _read_buffers(self) -> None:
        """The Python mirrors of buffer state (read once per load, never in forward); the description's
        mirrors need no reading: a load with another description is refused."""
        if self._q_bn is not None:
            self._q_bn_frozen = bool(self.bn_frozen.item())

    def effective_weight_bias(self):
        """(w_q, b_q): folded + quantized weight and bias exactly as quantized evaluation uses them.

        w_q has this module's weight layout; b_q is (C_out,). Tensors carry STE gradients.
        """
        w_q, b_q, _, _ = self.quant_params()
        return w_q, b_q

    def quant_params(self):
        """(w_q, b_q, weight_scale, accumulator_scale): effective_weight_bias plus the pow2 weight scale used
        (0-dim, or (C_out,) per channel; w_q * weight_scale are the integer codes) and the bias accumulator
        scale (input scale of the bias rule x weight scale; None without an input quantizer)."""
        axis = fold.out_channel_axis(self)
        groups = getattr(self, 'groups', 1)
        bn = self._q_bn
        if bn is not None:
            with torch.no_grad():
                f = fold.bn_factor(bn)
                b = fold.fold_bias(self.bias, bn, f) + self.bias_correction
            w = fold.fold_weight(self.weight, f, axis, groups)
        else:
            w = self.weight
            b = self.bias_correction if self.bias is None else self.bias + self.bias_correction
        if self._q_in is not None and self._q_in.channels:     # input arrives as x * channel_scale
            in_axis = 0 if isinstance(self, nn.modules.conv._ConvTransposeNd) else 1
            w = w / fold.channel_view(self._q_in.channel_scale(), w.dim(), in_axis)
        w_q, s_w = quantize_weight(w, self.q_bits, self.q_per_channel, axis, scale_cap=self._weight_scale_cap(w, b))
        joint, in_signed = None, True
        if self._q_in is not None:
            joint, in_signed = self.input_scale_for_bias() * s_w, self._q_in.signed
        b_q = quantize_bias(b, self.q_bits, joint, in_signed)
        return w_q, b_q, s_w, joint

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

    def forward(self, x):
        if not self.q_enabled:
            y = super().forward(x)
            return self.act_quant(y) if 'act_quant' in self._modules else y   # disabled: identity
        bn = self._q_bn
        if bn is not None and self._q_bn_frozen and bn.training:
            freeze_bn_module(bn)                # frozen BN survives any model.train() call
        w_q, b_q = self.effective_weight_bias()
        if bn is None:
            y = self._q_apply(x, w_q, b_q)
        else:
            with torch.no_grad():
                inv_f = 1.0 / fold.bn_factor(bn)
                b_arg = (b_q - fold.bn_shift(bn)) * inv_f + bn.running_mean     # BN undoes the 1/f
            axis = fold.out_channel_axis(self)
            w_arg = fold.fold_weight(w_q, inv_f, axis, getattr(self, 'groups', 1))
            y = self._q_apply(x, w_arg, b_arg)
        if 'act_quant' in self._modules:
            y = self.act_quant(y)
        return y


class QuantReLU(nn.ReLU):
    """ReLU whose child `act_quant` (unsigned) replaces it: unsigned fake-quant clamps at 0 itself."""

    def __reduce_ex__(self, protocol):
        return reduce_swapped(self, protocol, new_quant_module, float_class(type(self)))

    def forward(self, x):
        q = self._modules.get('act_quant')
        if q is None:
            return super().forward(x)
        y = q(x)                                   # identity while quantization is disabled
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
