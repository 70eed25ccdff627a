"""Where a PointPillars-style detector (built-in or OpenPCDet's) meets quant/: its quantization sites by
OpenPCDet module names, `quantize_detector` and `set_epoch`. Knows model structure by name only.
"""
import logging
from typing import List, Union

from torch import nn

from ..errors import ConfigError
from ..quant import QuantSettings, SiteSpec, wrap_model
from ..quant.fold import FoldedBatchNorm
from ..quant import set_epoch as _set_epoch
from ..quant.load_policy import QuantizedLoad
from ..quant.phases import PHASES, float_class_of, is_quantized

logger = logging.getLogger(__name__)

SUPPORTED = ('PointPillar (and detectors with its stage names: vfe.pfn_layers[i].linear/norm, '
             'backbone_2d.blocks/deblocks, dense_head.conv_cls/conv_box[/conv_dir_cls])')
HEAD_CONVS = ('conv_cls', 'conv_box', 'conv_dir_cls')


def _unwrap(model: nn.Module) -> nn.Module:
    return model if is_quantized(model) else getattr(model, 'module', model)


def _check_supported(model: nn.Module) -> None:
    needed = ('vfe.pfn_layers', 'backbone_2d.blocks', 'backbone_2d.deblocks', 'dense_head.conv_cls',
              'dense_head.conv_box')
    missing = []
    for path in needed:
        try:
            model.get_submodule(path)
        except AttributeError:
            missing.append(path)
    if missing:
        raise ConfigError(f'QUANTIZE: detector {type(model).__name__} is not supported (no {missing}); '
                          f'supported: {SUPPORTED}')


def _conv_bn_relu(seq: nn.Sequential, prefix: str):
    """(conv, bn, relu, output_private) of each Conv/Deconv -> BatchNorm -> ReLU run in a Sequential (names;
    the flag: the Sequential is a plain one, whose forward hands each child's output to the next child only)."""
    items = list(seq.named_children())
    plain = type(seq).forward is nn.Sequential.forward
    out = []
    for k, (name, m) in enumerate(items):
        if isinstance(m, (nn.Conv2d, nn.ConvTranspose2d)):
            bn = items[k + 1] if k + 1 < len(items) and isinstance(items[k + 1][1], (nn.BatchNorm2d, FoldedBatchNorm)) \
                else None
            r = k + (2 if bn else 1)
            relu = items[r] if r < len(items) and isinstance(items[r][1], nn.ReLU) else None
            out.append((f'{prefix}.{name}', bn and f'{prefix}.{bn[0]}', relu and f'{prefix}.{relu[0]}',
                        plain and relu is not None))
    return out


# BaseBEVBackbone.forward of both hosts (models/backbones_2d/base_bev_backbone.py here and in OpenPCDet): with
# as many deblocks as blocks, more than one, `spatial_features_2d` is a fresh torch.cat held by the dict only
CONCAT_FORWARDS = {('pcdet_qat_plugin.models.backbones_2d.base_bev_backbone', 'BaseBEVBackbone.forward'),
                   ('pcdet.models.backbones_2d.base_bev_backbone', 'BaseBEVBackbone.forward')}


def _concat_is_private(backbone: nn.Module) -> bool:
    """The backbone's `spatial_features_2d` is its own fresh concat (a known forward and two or more levels)."""
    forward = type(backbone).forward
    return ((getattr(forward, '__module__', None), getattr(forward, '__qualname__', None)) in CONCAT_FORWARDS
            and len(backbone.deblocks) == len(backbone.blocks) > 1)


def pointpillar_quant_spec(model: nn.Module) -> List[SiteSpec]:
    """The quantization sites of a PointPillars detector, in forward order.

    PFN input (signed) and each PFN Linear+BatchNorm1d (folded, unsigned output = ReLU'd), every
    backbone conv block (unsigned), deblocks (weights only: their outputs share the concat's range),
    the concat `spatial_features_2d` (one unsigned range), the head convs (signed output clip).
    Voxelization, scatter, anchor decoding and NMS stay float.
    """
    model = _unwrap(model)
    _check_supported(model)
    specs, prev = [], None
    for i, pfn in enumerate(model.vfe.pfn_layers):
        name = f'vfe.pfn_layers.{i}'
        if i == 0:
            specs.append(SiteSpec(f'{name}.input', 'input', name, signed=True, channels=pfn.linear.in_features))
            prev = f'{name}.input'
        has_bn = getattr(pfn, 'norm', None) is not None and getattr(pfn, 'use_norm', True)
        specs.append(SiteSpec(f'{name}.linear', 'weight', f'{name}.linear', bn=f'{name}.norm' if has_bn else None,
                              signed=False, input_from=prev, host_relu_after=True))
        prev = f'{name}.linear'
    backbone = model.backbone_2d
    level_out = []
    for i, blk in enumerate(backbone.blocks):
        for conv, bn, relu, private in _conv_bn_relu(blk, f'backbone_2d.blocks.{i}'):
            specs.append(SiteSpec(conv, 'weight', conv, bn=bn, relu=relu, signed=relu is None, input_from=prev,
                                  output_private=private))
            prev = conv
        level_out.append(prev)
    concat = 'backbone_2d.concat'
    for i, de in enumerate(backbone.deblocks):
        src = level_out[i] if i < len(level_out) else None
        for conv, bn, relu, _ in _conv_bn_relu(de, f'backbone_2d.deblocks.{i}'):
            specs.append(SiteSpec(conv, 'weight', conv, bn=bn, relu=relu, signed=relu is None, input_from=src,
                                  quantize_output=False))
    specs.append(SiteSpec(concat, 'dict_output', 'backbone_2d', signed=False, key='spatial_features_2d',
                          attr='concat_quant', output_private=_concat_is_private(backbone)))
    for head in HEAD_CONVS:
        if getattr(model.dense_head, head, None) is not None:
            specs.append(SiteSpec(f'dense_head.{head}', 'weight', f'dense_head.{head}', signed=True,
                                  input_from=concat))
    return specs


def settings_of(cfg_or_settings) -> Union[QuantSettings, None]:
    """QuantSettings from a QuantSettings, a cfg (QUANTIZE / MODEL.QUANTIZE), a QUANTIZE value, or None."""
    if cfg_or_settings is None or isinstance(cfg_or_settings, QuantSettings):
        return cfg_or_settings
    if isinstance(cfg_or_settings, dict) and ('QUANTIZE' in cfg_or_settings or 'MODEL' in cfg_or_settings):
        return QuantSettings.from_cfg(cfg_or_settings)
    return QuantSettings.from_value(cfg_or_settings)


def quantize_detector(model: nn.Module, cfg_or_settings, phase: str = 'train', load_hook: bool = True) -> nn.Module:
    """Put a PointPillars detector in quant `phase` ('train' | 'calibrate' | 'test') in place and return it.

    Idempotent; a float cfg (no QUANTIZE) returns the model unchanged. A DDP wrapper is accepted (its
    module is quantized, the wrapper returned). Keys, module_list and the detector's interface stay.
    `load_hook`: a detector with a `load_policy` hook (the built-in one) gets quant/load_policy's; the
    OpenPCDet host passes False (its loaders are patched to apply the same policy).
    """
    if phase not in PHASES:
        raise ConfigError(f'quantize_detector: phase {phase!r} not in {PHASES}')
    settings = settings_of(cfg_or_settings)
    if settings is None:
        return model
    inner = _unwrap(model)
    wrap_model(inner, pointpillar_quant_spec(inner), settings, phase)
    if load_hook and hasattr(type(inner), 'load_policy'):
        inner.load_policy = QuantizedLoad()
    logger.info('%s quantized for phase %r: weights %d bit, activations %d bit, 16-bit layers %s',
                float_class_of(inner).__name__, phase, settings.bitwidth_weights, settings.bitwidth_activations,
                list(settings.bitwidth_16_layers) or 'none')
    return model


def set_epoch(model: nn.Module, cur_epoch: int, total_epochs: int) -> dict:
    """The BN / range freeze schedule for 0-based `cur_epoch` of `total_epochs` (call each epoch)."""
    return _set_epoch(_unwrap(model), cur_epoch, total_epochs)
