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
    """The float detector of cfg.MODEL (grid size and point-feature count from DATA_CONFIG), or, when the
    cfg has a QUANTIZE section (top level or MODEL.QUANTIZE), the detector put in quant phase
    `quantize_mode` ('train' | 'calibrate' | 'test'; default from QUANTIZE.MODE: training -> 'train',
    calibration -> 'calibrate') by hosts.common.quantize_detector."""
    if quantize_mode is not None and quantize_mode not in QUANTIZE_MODES:
        raise ConfigError(f'quantize_mode: {quantize_mode!r} not in {QUANTIZE_MODES}')
    from ..models import ModelInfo, build_network
    cfg = _as_cfg(cfg_or_path)
    model_cfg = require(cfg, 'MODEL')
    info = ModelInfo.from_cfg(cfg)
    model = build_network(model_cfg=model_cfg, num_class=len(info.class_names), dataset=info)

    if not _has_quantize(cfg):
        if quantize_mode is not None:
            raise ConfigError(f'quantize_mode={quantize_mode!r} needs a QUANTIZE section in the cfg '
                              '(e.g. cfgs/kitti/pointpillar_qat.yaml); this cfg has none')
        return model
    try:
        from .common import quantize_detector, settings_of
    except ImportError as exc:
        raise ImportError('quantization needs pcdet_qat_plugin.hosts.common.quantize_detector, which could '
                          f'not be imported ({exc}); build without QUANTIZE / quantize_mode for a float model'
                          ) from exc
    settings = settings_of(cfg)
    if settings is None:  # e.g. QUANTIZE: False
        return model
    phase = quantize_mode or ('calibrate' if getattr(settings, 'mode', 'training') == 'calibration' else 'train')
    logger.info('built-in %s wrapped for quantization phase %r', type(model).__name__, phase)
    return quantize_detector(model, settings, phase)


def _has_quantize(cfg) -> bool:
    """A QUANTIZE section (top level or under MODEL) that is not null / False."""
    for node in (cfg, cfg.get('MODEL') or {}):
        if node.get('QUANTIZE', None) not in (None, False):
            return True
    return False
