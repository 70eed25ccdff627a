"""Build the built-in PointPillars detector from a cfg alone, optionally wrapped for quantization.

`build_model(cfg_or_path, quantize_mode=None)` is what `pcdet_qat_plugin.build_model` calls.
"""
import logging
from pathlib import Path
from typing import Optional, Union

from ..config import load_cfg, require
from ..errors import ConfigError

logger = logging.getLogger(__name__)

QUANTIZE_MODES = ('train', 'calibrate', 'test')


def _as_cfg(cfg_or_path):
    if isinstance(cfg_or_path, (str, Path)):
        return load_cfg(cfg_or_path)
    if isinstance(cfg_or_path, dict):
        return cfg_or_path
    raise ConfigError(f'build_model: expected a cfg mapping or a cfg file path, got {type(cfg_or_path).__name__}')


def build_model(cfg_or_path: Union[str, Path, dict], quantize_mode: Optional[str] = None):
    """The float detector of cfg.MODEL (grid size and point-feature count from DATA_CONFIG), or, when
    `quantize_mode` is given or the cfg has a QUANTIZE section, the detector wrapped by
    hosts.common.quantize_detector for that phase ('train' by default)."""
    from ..models import ModelInfo, build_network
    cfg = _as_cfg(cfg_or_path)
    model_cfg = require(cfg, 'MODEL')
    info = ModelInfo.from_cfg(cfg)
    model = build_network(model_cfg=model_cfg, num_class=len(info.class_names), dataset=info)

    if quantize_mode is None and cfg.get('QUANTIZE', None) is None:
        return model
    phase = quantize_mode or 'train'
    if phase not in QUANTIZE_MODES:
        raise ConfigError(f'quantize_mode: {phase!r} not in {QUANTIZE_MODES}')
    try:
        from .common import quantize_detector
    except ImportError as exc:
        raise ImportError('quantization needs pcdet_qat_plugin.hosts.common.quantize_detector, which could '
                          f'not be imported ({exc}); build without QUANTIZE / quantize_mode for a float model'
                          ) from exc
    return quantize_detector(model, cfg, phase)
