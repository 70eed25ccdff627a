"""What loading a checkpoint into a model means for quantization, one policy for both hosts.

Imports torch only. Before the load: the checkpoint's QUANTIZE settings must match the model's; a float
checkpoint gives a quantized model fresh (never-observed) quantizer state, so no earlier range survives;
a checkpoint with quantizer state keeps it (QAT started from a calibration checkpoint keeps the calibrated
ranges, said in one line). After the load: a quantized test-phase model must hold calibrated ranges.
Calibration checkpoints are named like the last training epoch, so the evaluation that follows finds them.
"""
import logging
from typing import Dict, Optional

import torch
from torch import nn

from ..errors import CheckpointError
from .modules import DESCRIPTION_KEY, ActQuantizer
from .phases import is_quantized, quant_settings_of
from .spec import uncalibrated_sites
from .state import check_checkpoint_settings, is_quant_key, warn_if_quant_checkpoint_on_float_model

logger = logging.getLogger(__name__)


def calibration_checkpoint_name(total_epochs: int) -> str:
    """File stem of a calibration run's checkpoint: 'checkpoint_epoch_<total_epochs>' (what OpenPCDet's
    train.py evaluates after training, and the newest checkpoint of the folder for the built-in tools)."""
    return 'checkpoint_epoch_%d' % int(total_epochs)


def fresh_quant_value(model: nn.Module, key: str, current: torch.Tensor) -> torch.Tensor:
    """A quantizer buffer as a newly attached quantizer holds it: a never-observed range, flags cleared,
    zero bias correction; a description stays the model's own."""
    owner, _, name = key.rpartition('.')
    module = model.get_submodule(owner)
    if name == DESCRIPTION_KEY:
        return current.detach().clone()
    if isinstance(module, ActQuantizer):
        fresh = ActQuantizer(module.bits, module.signed, module.channels)
        return fresh.state_dict()[name].to(current.device)
    return torch.zeros_like(current)  # bias_correction, bn_frozen


def state_to_load(model: nn.Module, model_state: Dict, ckpt_quant: Optional[dict], source: str,
                  run_logger: Optional[logging.Logger] = None) -> Dict:
    """The state to load into `model` from a checkpoint's `model_state` (and its 'quant' record).

    Float model: the state as it is (a warning when it holds quantizer state: the float path is measured).
    Quantized model: CheckpointError when the checkpoint's settings differ; quantizer keys absent from the
    checkpoint start fresh (one line); present ones are kept (one line when QAT starts from calibration).
    """
    log = run_logger or logger
    if not is_quantized(model):
        warn_if_quant_checkpoint_on_float_model(model_state, log)
        return model_state
    check_checkpoint_settings(quant_settings_of(model), ckpt_quant, source)
    own = model.state_dict()
    fresh = {k: fresh_quant_value(model, k, v) for k, v in own.items() if is_quant_key(k) and k not in model_state}
    state_keys = [k for k in own if is_quant_key(k) and not k.endswith(DESCRIPTION_KEY)]
    kept = [k for k in state_keys if k in model_state]
    started = [k for k in state_keys if k not in model_state]
    if started:
        (log.warning if kept else log.info)(
            '%s: %s%d quantizer buffers not in the checkpoint start fresh, e.g. %s', source,
            '' if kept else 'float checkpoint -> quantized model: ', len(started), started[0])
    saved_phase = (ckpt_quant or {}).get('phase')
    if kept and saved_phase == 'calibrate' and model.__dict__.get('_quant_phase') == 'train':
        log.info('%s: QAT starts from this calibration checkpoint and keeps its calibrated ranges and bias '
                 'correction (%d quantizer buffers)', source, len(kept))
    return {**model_state, **fresh} if fresh else model_state


def require_calibrated(model: nn.Module, source: str) -> None:
    """After a load into a quantized test-phase model: CheckpointError when a site never observed a range
    (a float checkpoint under a QUANTIZE cfg would be evaluated with made-up ranges)."""
    if not is_quantized(model) or model.__dict__.get('_quant_phase') != 'test':
        return
    missing = uncalibrated_sites(model)
    if missing:
        raise CheckpointError(f'{source}: no quantizer state for {len(missing)} site(s) (e.g. {missing[0]}), '
                              'so quantized evaluation would use uncalibrated ranges; load a QAT or calibrated '
                              'checkpoint, or evaluate it float without QUANTIZE')


class QuantizedLoad:
    """The policy as a host's load hook (the built-in detector calls `before_load` / `after_load` from its
    load_params_* methods; OpenPCDet's are patched to call the same functions)."""

    def before_load(self, model: nn.Module, model_state: Dict, checkpoint: dict, source: str,
                    run_logger: Optional[logging.Logger] = None) -> Dict:
        return state_to_load(model, model_state, checkpoint.get('quant'), source, run_logger)

    def after_load(self, model: nn.Module, source: str) -> None:
        require_calibrated(model, source)
