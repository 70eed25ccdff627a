"""Calibration / PTQ loop: ranges over CALIBRATION_ITERS batches without autograd, optional bias
calibration (TI: bias += 0.05 * (mean float output - mean quantized output) per batch), then freeze.

Imports torch only; the caller passes batches already on the model's device (or a `prepare` fn).
Idempotent: a calibration starts from never-observed ranges and a zero bias correction unless `resume`.
"""
import itertools
import logging
from typing import Callable, Iterable, Iterator, Optional

import torch
from torch import nn

from ..errors import DataError
from .observers import reduce_mean_across_processes
from .phases import freeze_bn, freeze_ranges, quant_disabled, quant_settings_of
from .spec import act_quantizers, iter_quant_sites

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


def loader_batches(loader: Iterable, iters: int, where: str = 'calibration loader') -> Iterator:
    """`iters` batches from `loader`, starting it again as often as needed (a loader shorter than
    CALIBRATION_ITERS is passed more than once, as a training epoch would); DataError when it yields none."""
    produced = passes = 0
    while produced < iters:
        before = produced
        for batch in itertools.islice(loader, iters - produced):
            produced += 1
            yield batch
        passes += 1
        if produced == before:
            if produced == 0:
                raise DataError(f'{where}: no batches (an empty dataset or split?); calibration needs at least one')
            logger.warning('%s: ran out after %d of %d batches (a one-pass iterator)', where, produced, iters)
            return
        if produced < iters and passes == 1:
            logger.info('%s: %d batches, fewer than the %d asked for: passing it again', where, produced, iters)


def reset_calibration(model: nn.Module) -> None:
    """Never-observed ranges, unfrozen, and zero bias correction on every site of `model`."""
    for q in act_quantizers(model):
        q.reset_range()
    for s in iter_quant_sites(model):
        if s.kind == 'weight':
            s.module.bias_correction.zero_()


@torch.no_grad()
def calibrate(model: nn.Module, batches: Iterable, iters: Optional[int] = None,
              bias_calibration: Optional[bool] = None, prepare: Optional[Callable] = None,
              resume: bool = False) -> int:
    """Run `model` (phase 'calibrate') in eval mode on up to `iters` batches, then freeze ranges and BN.

    Starts from reset ranges and bias correction (calibrating twice gives the same model) unless `resume`,
    which continues the running ranges and correction already in the model. `prepare(batch)` may move a
    batch to the device; returns the number of batches used. No batch at all is a DataError. Under
    torch.distributed the range statistics and the bias-correction deltas are averaged over processes.
    """
    settings = quant_settings_of(model)
    iters = iters if iters is not None else (settings.calibration_iters if settings else 50)
    bias_cal = settings.bias_calibration if bias_calibration is None and settings else bool(bias_calibration)
    was_training = model.training
    model.eval()
    if not resume:
        reset_calibration(model)
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
                    delta = reduce_mean_across_processes(float_means[s.name] - quant_means[s.name])
                    if delta.shape == s.module.bias_correction.shape:
                        s.module.bias_correction.add_(BIAS_CALIBRATION_FACTOR * delta)
        else:
            model(batch)
        n += 1
    if n == 0:
        raise DataError('calibration: the loader yielded no batches (an empty dataset or split?); '
                        'calibration needs at least one')
    freeze_ranges(model, True)
    freeze_bn(model, True)
    model.train(was_training)
    logger.info('calibration: %d batches%s, bias calibration %s, ranges frozen', n,
                ' (resumed)' if resume else '', 'on' if bias_cal else 'off')
    return n
