"""What the OpenPCDet patches do, in OpenPCDet's terms: which cfg and phase a built model gets, how a
checkpoint maps onto it (quant/load_policy.py, the policy the built-in host applies too), epochs,
calibration and evaluation. Calls the quant engine (quant/, hosts/common).

Imported only once a patch runs (torch is loaded by then); reads `pcdet.config.cfg` through sys.modules.
"""
import contextlib
import logging
import os
import sys
from typing import Optional

import numpy as np
import torch

from ...errors import ConfigError
from ...quant import QuantSettings, calibrate, is_quantized, quant_checkpoint_meta, quant_settings_of, set_epoch
from ...quant.calibrate import loader_batches
from ...quant.load_policy import calibration_checkpoint_name  # noqa: F401  (patches.py names files through here)
from ...quant.load_policy import require_calibrated, state_to_load
from ...utils.checkpoint import atomic_torch_save, load_checkpoint_file

logger = logging.getLogger(__name__)

# MODEL.NAME -> the stage names (VFE, MAP_TO_BEV) quantization sites are defined for
SUPPORTED_DETECTORS = {'PointPillar': ('PillarVFE', 'PointPillarScatter')}
_loading = []  # stack of (checkpoint file, logger) being loaded, for messages


def unwrap(model):
    """The detector inside a DistributedDataParallel (or any `.module` wrapper)."""
    return model if is_quantized(model) else getattr(model, 'module', model)


def run_cfg(model_cfg):
    """The whole cfg a model_cfg belongs to: OpenPCDet's global `pcdet.config.cfg` when its MODEL is this
    model_cfg (tools/train.py and test.py fill it), else just {'MODEL': model_cfg} (MODEL.QUANTIZE)."""
    glob = getattr(sys.modules.get('pcdet.config'), 'cfg', None)
    if glob is not None and glob.get('MODEL') is model_cfg:
        return glob
    return {'MODEL': model_cfg}


def check_supported(model_cfg) -> None:
    """ConfigError naming the detector and the supported ones when QUANTIZE is set on another detector."""
    name = model_cfg.get('NAME')
    stages = (model_cfg.get('VFE', {}).get('NAME'), model_cfg.get('MAP_TO_BEV', {}).get('NAME'))
    if name not in SUPPORTED_DETECTORS:
        raise ConfigError(f'QUANTIZE: MODEL.NAME {name!r} is not supported; quantization supports the '
                          f'PointPillar-style detectors {sorted(SUPPORTED_DETECTORS)} (MODEL.VFE '
                          f'PillarVFE, MODEL.MAP_TO_BEV PointPillarScatter)')
    if stages != SUPPORTED_DETECTORS[name]:
        raise ConfigError(f'QUANTIZE: MODEL.NAME {name!r} with MODEL.VFE.NAME / MODEL.MAP_TO_BEV.NAME {stages} '
                          f'is not supported; expected {SUPPORTED_DETECTORS[name]}')


def quant_plan(model_cfg, dataset):
    """Before build_detector: None for a float cfg, else (settings, phase). A training dataset gives phase
    'train' (QUANTIZE.MODE training) or 'calibrate' (calibration); an evaluation dataset gives 'test'."""
    settings = QuantSettings.from_cfg(run_cfg(model_cfg))
    if settings is None:
        return None
    check_supported(model_cfg)
    training = bool(getattr(dataset, 'training', False))
    return settings, ('calibrate' if settings.mode == 'calibration' else 'train') if training else 'test'


def quantize_built_model(model, model_cfg, plan):
    """After build_detector: wrap the detector in place per `quant_plan`'s (settings, phase)."""
    settings, phase = plan
    from ..common import quantize_detector
    model = quantize_detector(model, settings, phase, load_hook=False)
    logger.info('pcdet-qat-plugin: %s quantized for phase %r (weights %d bit, activations %d bit)',
                model_cfg.get('NAME'), phase, settings.bitwidth_weights, settings.bitwidth_activations)
    return model


@contextlib.contextmanager
def loading_from(filename, run_logger=None):
    """Inside: messages about this load name `filename` and go to `run_logger` (OpenPCDet's) too."""
    _loading.append((str(filename), run_logger or logger))
    try:
        yield
    finally:
        _loading.pop()


def _checkpoint_quant_record(source: str) -> Optional[dict]:
    """ckpt['quant'] of the file being loaded (None for an in-memory state dict or a float checkpoint). The
    host reads the file itself: here its tensors are mapped, not read a second time."""
    if not os.path.isfile(source):
        return None
    return load_checkpoint_file(source, mmap=True).get('quant')


def state_for_model(model, model_state_disk: dict) -> dict:
    """The state OpenPCDet's `_load_state_dict` should load into `model` (quant/load_policy.state_to_load:
    settings checked, fresh quantizer state for a float checkpoint, calibrated ranges kept)."""
    source, log = _loading[-1] if _loading else ('state dict', logger)
    record = _checkpoint_quant_record(source) if is_quantized(model) else None
    return state_to_load(model, model_state_disk, record, source, log)


def after_checkpoint_load(model, filename) -> None:
    """A test-phase model must leave the load calibrated: refuse to evaluate never-observed ranges."""
    require_calibrated(model, str(filename))


def plain_types(obj):
    """numpy scalars -> Python numbers, numpy arrays -> tensors, recursively through dicts / lists / tuples, so
    `torch.load(weights_only=True)` (torch >= 2.6's default, used by OpenPCDet's loaders) reads the file.
    OpenPCDet's one-cycle optimizer leaves numpy floats in its param_groups."""
    if isinstance(obj, dict):
        out = {k: plain_types(v) for k, v in obj.items()}
        return out if type(obj) is dict else type(obj)(out)
    if isinstance(obj, (list, tuple)) and not hasattr(obj, '_fields'):
        return type(obj)(plain_types(v) for v in obj)
    if isinstance(obj, np.generic):
        return obj.item()
    if isinstance(obj, np.ndarray):
        return torch.from_numpy(obj)
    return obj


def checkpoint_meta(model) -> Optional[dict]:
    return None if model is None else quant_checkpoint_meta(unwrap(model))


def atomic_save(state: dict, path: str) -> None:
    atomic_torch_save(state, str(path))


def start_epoch(model, cur_epoch, total_epochs, run_logger=None) -> None:
    """set_epoch before each training epoch (the BN / range freeze schedule); also right after a resume."""
    inner = unwrap(model)
    if is_quantized(inner) and cur_epoch is not None and total_epochs is not None:
        flags = set_epoch(inner, int(cur_epoch), int(total_epochs))
        (run_logger or logger).info('pcdet-qat-plugin: epoch %d/%d %s', cur_epoch, total_epochs, flags)


def calibrate_with_loader(model, train_loader) -> int:
    """QUANTIZE.MODE calibration under OpenPCDet's train_model: observe ranges on CALIBRATION_ITERS batches
    (the loader passed again when shorter; no optimizer step), then freeze. Returns the number of batches."""
    load_data_to_gpu = getattr(sys.modules.get('pcdet.models'), 'load_data_to_gpu')
    inner = unwrap(model)

    def prepare(batch):
        load_data_to_gpu(batch)
        return batch
    iters = quant_settings_of(inner).calibration_iters
    return calibrate(inner, loader_batches(train_loader, iters, 'training loader'), iters=iters, prepare=prepare)


def is_calibration(model) -> bool:
    inner = unwrap(model)
    return is_quantized(inner) and inner.__dict__.get('_quant_phase') == 'calibrate'


def model_for_eval(model, cfg, run_logger=None):
    """eval_one_epoch's model: switched to the quantized 'test' phase when cfg has QUANTIZE."""
    settings = QuantSettings.from_cfg(cfg)
    inner = unwrap(model)
    if settings is None:
        return model
    if inner.__dict__.get('_quant_phase') != 'test':
        check_supported(cfg['MODEL'])
        from ..common import quantize_detector
        quantize_detector(inner, settings, 'test', load_hook=False)
    if not inner.__dict__.get('_quant_eval_said'):
        inner.__dict__['_quant_eval_said'] = True
        (run_logger or logger).info('pcdet-qat-plugin: %s', quantized_eval_line(settings))
    return model


def quantized_eval_line(settings) -> str:
    """The one line OpenPCDet's test.py log gets: this evaluation is quantized, at which bit widths."""
    wide = ', '.join(settings.bitwidth_16_layers) or 'none'
    return ('evaluating the QUANTIZED model (integer-exact test phase): weights %d bit, activations %d bit, '
            '16-bit layers: %s' % (settings.bitwidth_weights, settings.bitwidth_activations, wide))


class _OwnParameters(torch.nn.Module):
    """A leaf sharing the parameters that `module` registers itself (not its children's)."""

    def __init__(self, module):
        super().__init__()
        for name, param in module.named_parameters(recurse=False):
            self.register_parameter(name, param)


def leaf_parameter_view(model) -> torch.nn.Module:
    """A module whose children are `model`'s leaf modules plus, for every module that has children AND
    parameters of its own (a quantized conv with its folded BN child), a leaf holding those parameters:
    optimizers that walk leaves (OpenPCDet's adam_onecycle) then see every parameter exactly once."""
    view = torch.nn.Module()
    for module in model.modules():
        if next(module.children(), None) is None:
            view.add_module(str(len(view._modules)), module)
        elif next(module.parameters(recurse=False), None) is not None:
            view.add_module(str(len(view._modules)), _OwnParameters(module))
    return view
