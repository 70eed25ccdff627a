"""Phase wrapping (train / calibrate / test) by in-place class swap, and the BN / range freeze schedule.

Imports torch only. The detector keeps its class (isinstance), module_list, interface and keys: its
__class__ becomes a dynamic subclass (e.g. QuantTrainModule + PointPillar), no `module.` prefix.
"""
import contextlib
from typing import Dict, Sequence

import torch
from torch import nn

from ..errors import ConfigError
from .modules import reduce_swapped
from .settings import QuantSettings
from .spec import SiteSpec, act_quantizers, attach_sites, weight_modules

PHASES = ('train', 'calibrate', 'test')


class QuantModuleBase:
    """Shared by the phase mixins. Frozen BN needs nothing here: each folding weight module keeps its own
    BN in eval mode through train() (QuantWeightMixin.train)."""
    quant_phase = None

    def __reduce_ex__(self, protocol):
        return reduce_swapped(self, protocol, new_phase_model, self.quant_phase, float_class_of(self))

    def _optional_checkpoint_keys(self, state_dict) -> set:
        """Quantizer buffers: a float checkpoint starting QAT / calibration does not hold them."""
        from .state import is_quant_key
        return {k for k in state_dict if is_quant_key(k)}


class QuantTrainModule(QuantModuleBase):
    """QAT: ranges tracked in training mode until frozen, BN batch statistics until frozen."""
    quant_phase = 'train'


class QuantCalibrateModule(QuantModuleBase):
    """Calibration / PTQ: no autograd, BN uses running statistics, ranges tracked until frozen."""
    quant_phase = 'calibrate'

    def forward(self, *args, **kwargs):
        with torch.no_grad():
            return super().forward(*args, **kwargs)


class QuantTestModule(QuantModuleBase):
    """Quantized evaluation: frozen ranges, running BN statistics."""
    quant_phase = 'test'


PHASE_MIXINS = {'train': QuantTrainModule, 'calibrate': QuantCalibrateModule, 'test': QuantTestModule}
_PHASE_CLASSES: Dict[tuple, type] = {}


def _phase_class(phase: str, float_cls: type) -> type:
    key = (phase, float_cls)
    if key not in _PHASE_CLASSES:
        mixin = PHASE_MIXINS[phase]
        _PHASE_CLASSES[key] = type(mixin.__name__ + float_cls.__name__, (mixin, float_cls),
                                   {'__module__': float_cls.__module__})
    return _PHASE_CLASSES[key]


def new_phase_model(phase: str, float_cls: type) -> nn.Module:
    """An empty instance of the phase class of `float_cls`, for unpickling (its state follows)."""
    cls = _phase_class(phase, float_cls)
    return cls.__new__(cls)


def float_class_of(model: nn.Module) -> type:
    return model.__dict__.get('_quant_float_class', type(model))


def wrap_model(model: nn.Module, specs: Sequence[SiteSpec], settings: QuantSettings, phase: str) -> nn.Module:
    """Attach `specs` (idempotent) and put `model` in quant `phase`, in place; returns `model`."""
    if phase not in PHASES:
        raise ConfigError(f'quantization phase {phase!r} not in {PHASES}')
    float_cls = float_class_of(model)
    attach_sites(model, specs, settings)
    model.__class__ = _phase_class(phase, float_cls)
    model.__dict__.update(_quant_float_class=float_cls, _quant_settings=settings, _quant_phase=phase)
    for q in act_quantizers(model):
        q.phase = phase
    for m in weight_modules(model):
        m.q_phase = phase
    model.train(model.training)
    return model


def is_quantized(model: nn.Module) -> bool:
    return isinstance(model, QuantModuleBase)


def quant_settings_of(model: nn.Module):
    """The QuantSettings a model was wrapped with, or None for a float model."""
    return model.__dict__.get('_quant_settings')


def freeze_bn(model: nn.Module, frozen: bool = True) -> None:
    for m in weight_modules(model):
        m.set_bn_frozen(frozen)
    model.train(model.training)


def freeze_ranges(model: nn.Module, frozen: bool = True) -> None:
    for q in act_quantizers(model):
        q.set_frozen(frozen)


def set_epoch(model: nn.Module, cur_epoch: int, total_epochs: int) -> dict:
    """Apply the freeze schedule for 0-based `cur_epoch` of `total_epochs`; returns the flags set.

    Calibrated phases keep their frozen ranges. Call at the start of every epoch (also on resume).
    """
    model = getattr(model, 'module', model) if not is_quantized(model) else model
    settings = quant_settings_of(model)
    if settings is None:
        return {}
    bn_epoch, range_epoch = settings.freeze_epochs(total_epochs)
    bn = 0 <= bn_epoch <= cur_epoch
    rng = 0 <= range_epoch <= cur_epoch
    if model.__dict__.get('_quant_phase') == 'train':
        freeze_bn(model, bn)
        freeze_ranges(model, rng)
    return {'bn_frozen': bn, 'range_frozen': rng, 'freeze_bn_epoch': bn_epoch, 'freeze_range_epoch': range_epoch}


@contextlib.contextmanager
def quant_disabled(model: nn.Module):
    """Run the float path (no fake-quant, no range updates) inside the block; restores the flags."""
    with parts_disabled(weight_modules(model), act_quantizers(model)):
        yield model


@contextlib.contextmanager
def parts_disabled(weight_mods, act_quants):
    """Inside the block the given weight layers run their float weights (q_enabled) and the given activation
    quantizers pass values through (enabled); restores each one's flag."""
    old = [m.q_enabled for m in weight_mods], [q.enabled for q in act_quants]
    for m in weight_mods:
        m.q_enabled = False
    for q in act_quants:
        q.enabled = False
    try:
        yield
    finally:
        for m, e in zip(weight_mods, old[0]):
            m.q_enabled = e
        for q, e in zip(act_quants, old[1]):
            q.enabled = e


@contextlib.contextmanager
def ranges_held(model: nn.Module):
    """Inside the block no activation range is updated (a no-op for float models); restores each
    quantizer's frozen state afterwards (precise BN runs forwards without moving the ranges)."""
    qs = act_quantizers(model)
    frozen = [q._frozen for q in qs]
    for q in qs:
        q.set_frozen(True)
    try:
        yield model
    finally:
        for q, f in zip(qs, frozen):
            q.set_frozen(f)
