"""Checkpoint side of quantization: settings as plain types, quantizer keys, load reports and warnings.

Imports torch only (no host code). Quantizer keys are the buffers added under quantized modules.
"""
import logging
from typing import Dict, Iterable, List, Optional, Tuple

from torch import nn

from ..errors import CheckpointError

from .phases import quant_settings_of
from .spec import iter_quant_sites

QUANT_BUFFERS = ('clip_lo', 'clip_hi', 'batches_observed', 'num_batches_tracked', 'range_frozen', 'channel_lo',
                 'channel_hi')
WEIGHT_BUFFERS = ('bias_correction', 'bn_frozen', 'quant_description')
META_FORMAT = 'tidl_v1'


def is_quant_key(key: str) -> bool:
    """True for a quantizer buffer key, e.g. 'backbone_2d.blocks.0.3.act_quant.clip_hi'."""
    parts = key.split('.')
    if parts[-1] in WEIGHT_BUFFERS:
        return True
    return len(parts) >= 2 and parts[-1] in QUANT_BUFFERS and parts[-2].endswith('_quant')


def split_quant_state(model_state: Dict) -> Tuple[Dict, Dict]:
    """(float keys, quantizer keys) of a state dict."""
    fl, q = {}, {}
    for k, v in model_state.items():
        (q if is_quant_key(k) else fl)[k] = v
    return fl, q


def quant_checkpoint_meta(model: nn.Module) -> Optional[dict]:
    """Plain-typed record of the quantization of `model` (None for a float model), for ckpt['quant']."""
    model = getattr(model, 'module', model) if quant_settings_of(model) is None else model
    settings = quant_settings_of(model)
    if settings is None:
        return None
    sites = [{'name': s.name, 'kind': s.kind, 'weight_bits': s.weight_bits, 'act_bits': s.act_bits,
              'signed': bool(s.signed)} for s in iter_quant_sites(model)]
    return {'format': META_FORMAT, 'phase': model.__dict__.get('_quant_phase'),
            'settings': settings.to_dict(), 'sites': sites}


# settings that change what the quantizers are (not the schedule of how they were trained)
REPRESENTATION_SETTINGS = ('bitwidth_weights', 'bitwidth_activations', 'per_channel_weights', 'bitwidth_16_layers',
                           'normalize_input_channels', 'bias_constraint')


def check_checkpoint_settings(settings, ckpt_quant: Optional[dict], source: str) -> None:
    """CheckpointError naming each QUANTIZE key whose value in the checkpoint's 'quant' record differs from
    `settings` (the run's cfg); nothing for a checkpoint without the record (float)."""
    if settings is None or not isinstance(ckpt_quant, dict) or not isinstance(ckpt_quant.get('settings'), dict):
        return
    mine, theirs = settings.to_dict(), ckpt_quant['settings']
    diffs = [f'QUANTIZE.{k.upper()}: {theirs[k]!r} in the checkpoint, {mine[k]!r} in the cfg'
             for k in REPRESENTATION_SETTINGS if k in theirs and _plain(theirs[k]) != _plain(mine[k])]
    if diffs:
        raise CheckpointError(f'{source} was quantized with other settings than the cfg: ' + '; '.join(diffs)
                              + '. Use the QUANTIZE settings the checkpoint was made with, or calibrate / train '
                              'again.')


def _plain(value):
    return list(value) if isinstance(value, (list, tuple)) else value


def float_keys_missing(model: nn.Module, model_state: Dict) -> List[str]:
    """Float keys of `model` absent from a checkpoint (quantizer keys excluded: they start fresh)."""
    return [k for k in model.state_dict() if k not in model_state and not is_quant_key(k)]


def report_checkpoint_load(model: nn.Module, model_state: Dict, logger: Optional[logging.Logger] = None) -> dict:
    """Log how a checkpoint maps onto `model`: float keys missing (warning), quantizer keys that start
    fresh (float -> QAT), and quantizer keys ignored (QAT -> float). Returns the three lists."""
    logger = logger or logging.getLogger(__name__)
    own = model.state_dict()
    missing = float_keys_missing(model, model_state)
    fresh = [k for k in own if is_quant_key(k) and k not in model_state]
    ignored = [k for k in model_state if is_quant_key(k) and k not in own]
    for k in missing:
        logger.warning('Not updated weight %s: not in the checkpoint', k)
    if fresh:
        logger.info('%d quantizer buffers not in the checkpoint start fresh (float checkpoint -> quantized model)',
                    len(fresh))
    if ignored:
        logger.info('%d quantizer keys of the checkpoint ignored by this float model, e.g. %s',
                    len(ignored), ignored[:3])
    return {'missing': missing, 'quant_fresh': fresh, 'quant_ignored': ignored}


def warn_if_quant_checkpoint_on_float_model(model_state: Dict, logger: Optional[logging.Logger] = None) -> bool:
    """Warn (and return True) when a QAT / calibrated checkpoint is about to be measured as a float model."""
    keys = [k for k in model_state if is_quant_key(k)]
    if not keys:
        return False
    (logger or logging.getLogger(__name__)).warning(
        'The checkpoint holds quantizer state (%d keys, e.g. %s) but QUANTIZE is not set: its FLOAT path is '
        'being measured and the quantizer keys are ignored. Set QUANTIZE (cfg or --set QUANTIZE True) to '
        'evaluate it quantized.', len(keys), keys[0])
    return True


def warn_if_qat_without_pretrained(settings, pretrained: Optional[str], resume: Optional[str] = None,
                                   logger: Optional[logging.Logger] = None) -> bool:
    """Warn (and return True) when QAT starts from random weights: no float checkpoint, no resume."""
    if settings is None or settings.mode != 'training' or pretrained or resume:
        return False
    (logger or logging.getLogger(__name__)).warning(
        'QUANTIZE.MODE training without a pretrained float checkpoint (--pretrained_model / --ckpt): QAT from '
        'scratch is unusual and converges poorly; train float first, then fine-tune with QUANTIZE.')
    return True


def quant_keys(model: nn.Module) -> Iterable[str]:
    """The quantizer keys of a model's state_dict."""
    return [k for k in model.state_dict() if is_quant_key(k)]
