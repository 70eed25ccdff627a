"""Calibration / PTQ loop: ranges over CALIBRATION_ITERS batches without autograd, optional bias
calibration (TI: bias += 0.05 * (mean float output - mean quantized output) per batch), then freeze.

Imports torch only; the caller passes batches already on the model's device (or a `prepare` fn).
"""
import logging
from typing import Callable, Iterable, Optional

import torch
from torch import nn

from .phases import freeze_bn, freeze_ranges, quant_disabled, quant_settings_of
from .spec import iter_quant_sites

BIAS_CALIBRATION_FACTOR = 0.05      # TI QuantCalibrateModule lr_calib
logger = logging.getLogger(__name__)


def _mean_hooks(sites, store):
    handles = []
    for s in sites:
        dim = -1 if (isinstance(s.module, nn.Linear) and s.bn is None) else 1

        def hook(mod, args, name=s.name, dim=dim):
            x = args[0]
            dims = [d for d in range(x.dim()) if d != dim % x.dim()]
            store[name] = x.detach().float().mean(dim=dims)
        handles.append(s.act_quant.register_forward_pre_hook(hook))
    return handles


@torch.no_grad()
def calibrate(model: nn.Module, batches: Iterable, iters: Optional[int] = None,
              bias_calibration: Optional[bool] = None, prepare: Optional[Callable] = None) -> int:
    """Run `model` (phase 'calibrate') in eval mode on up to `iters` batches, then freeze ranges and BN.

    `prepare(batch)` may move a batch to the device; returns the number of batches used.
    """
    settings = quant_settings_of(model)
    iters = iters if iters is not None else (settings.calibration_iters if settings else 50)
    bias_cal = settings.bias_calibration if bias_calibration is None and settings else bool(bias_calibration)
    was_training = model.training
    model.eval()
    freeze_ranges(model, False)
    sites = [s for s in iter_quant_sites(model) if s.kind == 'weight' and s.act_quant is not None]
    n = 0
    for batch in batches:
        if n >= iters:
            break
        if prepare is not None:
            batch = prepare(batch)
        if bias_cal:
            float_means, quant_means = {}, {}
            handles = _mean_hooks(sites, float_means)
            with quant_disabled(model):
                model(dict(batch) if isinstance(batch, dict) else batch)
            for h in handles:
                h.remove()
            handles = _mean_hooks(sites, quant_means)
            model(dict(batch) if isinstance(batch, dict) else batch)
            for h in handles:
                h.remove()
            for s in sites:
                if s.name in float_means and s.name in quant_means:
                    delta = float_means[s.name] - quant_means[s.name]
                    if delta.shape == s.module.bias_correction.shape:
                        s.module.bias_correction.add_(BIAS_CALIBRATION_FACTOR * delta)
        else:
            model(batch)
        n += 1
    if n < iters:
        logger.warning('calibration: the batches ran out after %d of CALIBRATION_ITERS %d; ranges come from %d '
                       'batches only (a longer loader, or a smaller CALIBRATION_ITERS, says what is meant)',
                       n, iters, n)
    freeze_ranges(model, True)
    freeze_bn(model, True)
    model.train(was_training)
    logger.info('calibration: %d batches, bias calibration %s, ranges frozen', n, 'on' if bias_cal else 'off')
    return n
