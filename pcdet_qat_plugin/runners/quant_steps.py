"""The quantization steps of the built-in runners: settings from the cfg, phase wrapping, the freeze
schedule per epoch, calibration over the training loader, checkpoint names and metadata. Checkpoint loads
follow quant/load_policy.py (the built-in detector calls it from its load_params_* methods)."""
import logging
from typing import Optional

from ..utils.checkpoint import load_checkpoint_file


def settings_from_cfg(cfg):
    from ..quant import QuantSettings
    return QuantSettings.from_cfg(cfg)


def mode_name(settings) -> str:
    """'float', 'qat' or 'calibration'."""
    if settings is None:
        return 'float'
    return 'calibration' if settings.mode == 'calibration' else 'qat'


def bits(settings) -> int:
    return 32 if settings is None else int(settings.bitwidth_activations)


def quantize(model, settings, phase: str):
    from ..hosts.common import quantize_detector
    return quantize_detector(model, settings, phase=phase)


def warn_if_no_pretrained(settings, pretrained: Optional[str], logger) -> bool:
    from ..quant import warn_if_qat_without_pretrained
    return warn_if_qat_without_pretrained(settings, pretrained, logger=logger)


def warn_if_quant_checkpoint_on_float_model(ckpt_file: str, logger) -> bool:
    from ..quant import warn_if_quant_checkpoint_on_float_model as warn
    return warn(load_checkpoint_file(ckpt_file).get('model_state', {}), logger)


def epoch_hook(settings):
    """None for float; else a hook applying the BN / range freeze schedule at each epoch start."""
    if settings is None:
        return None
    from ..hosts.common import set_epoch

    def hook(model, cur_epoch, total_epochs):
        state = set_epoch(model, cur_epoch, total_epochs)
        logging.getLogger(__name__).info('epoch %d/%d quantization state: %s', cur_epoch + 1, total_epochs, state)
    return hook


def calibration_checkpoint_name(total_epochs: int) -> str:
    from ..quant.load_policy import calibration_checkpoint_name as name
    return name(total_epochs)


def ckpt_extra(model) -> dict:
    from ..quant import quant_checkpoint_meta
    meta = quant_checkpoint_meta(model)
    return {'quant': meta} if meta is not None else {}


def calibrate(model, train_loader, settings, logger, show_progress: bool = True) -> int:
    """Calibration / PTQ over `settings.calibration_iters` training batches (no autograd), then frozen."""
    import tqdm

    from ..models import load_data_to_device
    from ..quant import calibrate as run_calibration
    from ..quant.calibrate import loader_batches
    device = next(model.parameters()).device
    iters = settings.calibration_iters

    def batches():
        for batch in tqdm.tqdm(loader_batches(train_loader, iters), total=iters, desc='calibrate',
                               dynamic_ncols=True, disable=not show_progress):
            yield load_data_to_device(batch, device)
    n = run_calibration(model, batches(), iters=iters)
    logger.info('calibrated ranges over %d batches (bias calibration: %s)', n, settings.bias_calibration)
    return n

