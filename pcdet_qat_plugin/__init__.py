"""pcdet-qat-plugin public API: load_cfg, build_model, quantize, enable.

Importing this package has no side effects and does not import torch; each name loads its module
on first use.
"""
__version__ = '0.1.0'

__all__ = ['load_cfg', 'build_model', 'quantize', 'enable', '__version__']


def load_cfg(path, set_cfgs=None):
    """Return the merged EasyDict cfg of `path` (OpenPCDet YAML semantics, `--set` style overrides)."""
    from .config import load_cfg as _load_cfg
    return _load_cfg(path, set_cfgs)


def build_model(cfg_or_path, quantize_mode=None):
    """Build the built-in detector from a cfg (EasyDict or path) alone; no dataset files are read.

    With a `QUANTIZE` section in the cfg (or `quantize_mode` given) the model is returned wrapped
    for that mode; see `pcdet_qat_plugin.quantize`.
    """
    from .hosts.builtin import build_model as _build
    return _build(cfg_or_path, quantize_mode=quantize_mode)


def quantize(model, cfg_or_settings, phase='train'):
    """Wrap an OpenPCDet-style detector for QAT / calibration / quantized test per a QUANTIZE cfg."""
    from .hosts.common import quantize_detector
    return quantize_detector(model, cfg_or_settings, phase=phase)


def enable():
    """Patch OpenPCDet (when imported) so its tools honour `QUANTIZE:`; idempotent."""
    from .hosts.openpcdet.hook import enable as _enable
    return _enable()
