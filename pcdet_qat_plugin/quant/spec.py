"""Quantization sites: what a host says to quantize (SiteSpec) and attaching it in place (attach_sites).

Imports torch only. Sites are found by module name; 16-bit layers by name or fnmatch pattern.
The export-facing view is `iter_quant_sites(model)` / `uncalibrated_sites(model)`.
"""
import fnmatch
import functools
import logging
from dataclasses import dataclass
from typing import Dict, Iterator, List, Optional, Sequence

import torch
from torch import nn

from ..errors import ConfigError
from .fold import adopt_bn
from .modules import ActQuantizer, QuantWeightMixin, quant_class
from .settings import QuantSettings

logger = logging.getLogger(__name__)
KINDS = ('weight', 'input', 'dict_output')
WEIGHT_TYPES = (nn.Conv1d, nn.Conv2d, nn.Conv3d, nn.ConvTranspose1d, nn.ConvTranspose2d, nn.ConvTranspose3d,
                nn.Linear)


@dataclass(frozen=True)
class SiteSpec:
    """One quantization site.

    kind 'weight': `module` is a conv/deconv/linear, optionally followed by BatchNorm `bn` (folded) and
    ReLU module `relu`; the block output (after relu, else bn, else module) is fake-quantized unless
    quantize_output is False. `input_from` names the site whose output feeds `module` (for the bias
    accumulator scale). kind 'input': the first positional input of `module`. kind 'dict_output':
    `output[key]` of a module returning a dict (e.g. a concat stored in batch_dict), child `attr`.
    `host_relu_after` (kind 'weight'): the host applies a functional ReLU to the block output (F.relu, which
    the engine cannot swap), which saves its own copy of it; the output quantizer then saves a byte mask
    for its backward instead of the output (the same gradient, a quarter of the memory).
    `channels` (kind 'input'): the input's channel count (last axis), normalised per channel by a power of 2
    before quantization when the settings' normalize_input_channels is on (see ActQuantizer).
    `output_private`: the host hands the site's float output, a fresh tensor, to nothing but the quantizer,
    which may then write into it (fake_quant_act's overwrite): with `relu`, the ReLU receives the block's
    output and nothing else does (module, BN and ReLU consecutive children of a plain nn.Sequential;
    QuantReLU.input_private); kind 'dict_output', the dict holds the only reference to `output[key]`. (A
    weight site's own output quantizer always overwrites: the module made that tensor in its forward.)
    """
    name: str
    kind: str
    module: str
    bn: Optional[str] = None
    relu: Optional[str] = None
    signed: bool = True
    input_from: Optional[str] = None
    key: Optional[str] = None
    attr: Optional[str] = None
    quantize_output: bool = True
    host_relu_after: bool = False
    channels: int = 0
    output_private: bool = False


class QuantSite:
    """An attached site: modules, bit widths and its output quantizer (export reads these)."""

    def __init__(self, spec: SiteSpec, module: nn.Module, act_quant: Optional[ActQuantizer],
                 weight_bits: Optional[int], act_bits: int):
        self.spec, self.name, self.kind = spec, spec.name, spec.kind
        self.module, self.act_quant = module, act_quant
        self.weight_bits = weight_bits
        self.act_bits = act_bits if act_quant is not None else None    # no output quantizer: no activation width
        self.signed = act_quant.signed if act_quant is not None else spec.signed
        self.hook_handles = []

    @property
    def bn(self) -> Optional[nn.Module]:
        """The folded BatchNorm, read from the module tree (the weight module's child `bn`)."""
        return getattr(self.module, 'folded_bn', None)

    @property
    def act_clip(self) -> Optional[float]:
        """The pow2 clip of the site's output (float; host sync, for export/reports only)."""
        return None if self.act_quant is None else float(self.act_quant.clip())

    @property
    def calibrated(self) -> bool:
        return self.act_quant is None or bool(self.act_quant.batches_observed > 0)

    def effective_weight_bias(self):
        """(w_q, b_q) folded + quantized exactly as quantized evaluation uses them (weight sites only)."""
        if self.kind != 'weight':
            raise ValueError(f'site {self.name} has no weight')
        with torch.no_grad():
            return self.module.effective_weight_bias()

    def __repr__(self):
        return (f'QuantSite({self.name}, {self.kind}, w{self.weight_bits}/a{self.act_bits}, '
                f'{"signed" if self.signed else "unsigned"})')


def _get(model: nn.Module, name: str, what: str) -> nn.Module:
    try:
        return model.get_submodule(name)
    except AttributeError as exc:
        raise ConfigError(f'quantization spec: {what} {name!r} is not a module of {type(model).__name__}') from exc


def pattern_selects(pattern: str, name: Optional[str]) -> bool:
    """True when `name` matches the fnmatch `pattern` or lies under a module it matches (a parent module
    such as 'vfe.pfn_layers.0' selects 'vfe.pfn_layers.0.linear')."""
    return bool(name) and (fnmatch.fnmatchcase(name, pattern) or fnmatch.fnmatchcase(name, pattern + '.*'))


def match_16bit_layers(specs: Sequence[SiteSpec], patterns: Sequence[str], where='QUANTIZE.BITWIDTH_16_LAYERS'):
    """Names of the sites at 16 bits: a site is chosen when a pattern matches its name, its module, BN or
    ReLU, or a parent module of them; a pattern that matches no site raises ConfigError naming it."""
    chosen = set()
    for pat in patterns:
        hit = [s.name for s in specs if any(pattern_selects(pat, n) for n in (s.name, s.module, s.bn, s.relu))]
        if not hit:
            raise ConfigError(f'{where}: {pat!r} matches no quantized layer; quantized layers: '
                              f'{[s.name for s in specs]}')
        chosen.update(hit)
    return chosen


def _input_pre_hook(attr: str, module, args):
    if not args:
        return None
    return (getattr(module, attr)(args[0]),) + tuple(args[1:])


class _DictOutputHook:
    """Forward hook quantizing `output[key]` with the module's child `attr` (a class, so models pickle); in
    place when `overwrite` (the site's output_private)."""

    overwrite = False       # a class default: hooks pickled before it have none

    def __init__(self, attr: str, key: str, overwrite: bool = False):
        self.attr, self.key, self.overwrite = attr, key, overwrite

    def __call__(self, module, inputs, output):
        if isinstance(output, dict) and self.key in output:
            output[self.key] = getattr(module, self.attr)(output[self.key], overwrite=self.overwrite)
        return output


def attach_sites(model: nn.Module, specs: Sequence[SiteSpec], settings: QuantSettings) -> Dict[str, QuantSite]:
    """Attach quantizers for `specs` in place (class swaps, child quantizers, hooks); returns sites by name.

    Idempotent: attaching again only updates bit widths (buffers and keys stay the same).
    """
    sites: Dict[str, QuantSite] = getattr(model, '_quant_sites', None) or {}
    is16 = match_16bit_layers(specs, settings.bitwidth_16_layers)
    for spec in specs:
        if spec.kind not in KINDS:
            raise ConfigError(f'quantization spec {spec.name}: kind {spec.kind!r} not in {KINDS}')
        wbits, abits = settings.layer_bits(spec.name in is16)
        if spec.name in sites:                       # already attached: refresh widths only
            site = sites[spec.name]
            site.weight_bits = wbits if spec.kind == 'weight' else None
            site.act_bits = abits if site.act_quant is not None else None
            if site.act_quant is not None:
                site.act_quant.set_bits(abits)
                _observe_as(site.act_quant, settings, abits)
            if spec.kind == 'weight':
                site.module.q_describe(wbits, settings.per_channel_weights, abits, settings.bias_constraint)
            continue
        sites[spec.name] = _attach_one(model, spec, wbits, abits, settings)
    for spec in specs:                               # link each weight module to its input quantizer
        if spec.kind == 'weight' and spec.input_from:
            if spec.input_from not in sites:
                raise ConfigError(f'quantization spec {spec.name}: input_from {spec.input_from!r} is not a site')
            sites[spec.name].module.__dict__['_q_in'] = sites[spec.input_from].act_quant
    model.__dict__['_quant_sites'] = sites
    _warn_wasted_16bit_inputs(model, sites)
    return sites


def _warn_wasted_16bit_inputs(model: nn.Module, sites: Dict[str, QuantSite]) -> None:
    """Warn (once per model and pair) when a 16-bit input quantizer feeds an 8-bit weight layer: the layer
    computes at 8 bits, so the input's 16-bit grid buys nothing (usually a BITWIDTH_16_LAYERS entry naming
    the input only; its parent module selects both)."""
    warned = model.__dict__.setdefault('_quant_warned_16bit', set())
    for site in sites.values():
        src = sites.get(site.spec.input_from) if site.kind == 'weight' and site.spec.input_from else None
        if src is None or src.kind != 'input' or src.act_bits != 16 or site.weight_bits == 16:
            continue
        if (src.name, site.name) not in warned:
            warned.add((src.name, site.name))
            logger.warning('QUANTIZE.BITWIDTH_16_LAYERS: input %s is 16-bit but feeds %s at %d bits, which '
                           'uses it at %d bits; add %s (or the parent module %s) to keep the layer at 16 bits',
                           src.name, site.name, site.weight_bits, site.weight_bits, site.name, src.spec.module)


def _observe_as(q: ActQuantizer, settings, abits: int) -> ActQuantizer:
    """The settings' range tracking on an activation quantizer of width `abits` (update rule, percentile)."""
    q.range_update, q.range_tail = settings.range_update, settings.range_tail(abits)
    return q


def _attach_one(model, spec: SiteSpec, wbits, abits, settings) -> QuantSite:
    module = _get(model, spec.module, 'module')
    if spec.kind == 'input':
        channels = spec.channels if settings.normalize_input_channels else 0
        q = _observe_as(ActQuantizer(abits, spec.signed, channels), settings, abits)
        q = q.to(_device_of(module, model))
        attr = spec.attr or 'input_quant'
        setattr(module, attr, q)
        site = QuantSite(spec, module, q, None, abits)
        site.hook_handles.append(module.register_forward_pre_hook(functools.partial(_input_pre_hook, attr)))
        return site
    if spec.kind == 'dict_output':
        attr = spec.attr or 'act_quant'
        q = _observe_as(ActQuantizer(abits, spec.signed), settings, abits).to(_device_of(module, model))
        setattr(module, attr, q)
        site = QuantSite(spec, module, q, None, abits)
        site.hook_handles.append(module.register_forward_hook(_DictOutputHook(attr, spec.key, spec.output_private)))
        return site
    if not isinstance(module, WEIGHT_TYPES):
        raise ConfigError(f'quantization spec {spec.name}: {spec.module} is a {type(module).__name__}, '
                          f'expected one of {[t.__name__ for t in WEIGHT_TYPES]}')
    bn = _get(model, spec.bn, 'bn') if spec.bn else None
    if bn is not None and not isinstance(bn, nn.modules.batchnorm._BatchNorm):
        raise ConfigError(f'quantization spec {spec.name}: bn {spec.bn} is a {type(bn).__name__}, expected a '
                          f'BatchNorm')
    relu = _get(model, spec.relu, 'relu') if spec.relu else None
    q = None
    if spec.quantize_output:
        q = _observe_as(ActQuantizer(abits, spec.signed and relu is None), settings, abits)
        q = q.to(module.weight.device)
        q.save_mask = spec.host_relu_after
    module.__class__ = quant_class(type(module))
    out_quant = q if (q is not None and relu is None) else None
    if bn is not None:
        adopt_bn(model, spec.module, spec.bn)
    module._q_init(wbits, settings.per_channel_weights, bn=bn, out_quant=out_quant, act_bits=abits,
                   bias_constraint=settings.bias_constraint)
    if q is not None and relu is not None:
        relu.__class__ = quant_class(type(relu))
        relu.act_quant = q
        relu.input_private = spec.output_private
    return QuantSite(spec, module, q, wbits, abits)


def _device_of(module: nn.Module, model: nn.Module) -> torch.device:
    for t in list(module.parameters()) + list(module.buffers()) + list(model.parameters()):
        return t.device
    return torch.device('cpu')


def iter_quant_sites(model: nn.Module) -> Iterator[QuantSite]:
    """The attached sites in spec order (name, kind, module, bn, weight_bits, act_bits, signed, act_clip,
    effective_weight_bias())."""
    yield from (getattr(model, '_quant_sites', None) or {}).values()


def uncalibrated_sites(model: nn.Module) -> List[str]:
    """Names of sites whose activation range was never updated (export refuses these)."""
    return [s.name for s in iter_quant_sites(model) if not s.calibrated]


def weight_modules(model: nn.Module) -> List[QuantWeightMixin]:
    return [s.module for s in iter_quant_sites(model) if s.kind == 'weight']


def act_quantizers(model: nn.Module) -> List[ActQuantizer]:
    return [m for m in model.modules() if isinstance(m, ActQuantizer)]
