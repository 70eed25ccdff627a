"""Named, idempotent patches of OpenPCDet 0.6.0's public names so its own tools honour `QUANTIZE:`.

Applied by hook.py right after `pcdet.models`, `train_utils.train_utils` or `eval_utils.eval_utils` has run
(or by `enable()`). Each patch marks what it replaced and raises HostError naming the target and the pcdet
version found when the target is missing or its signature changed. Torch-free: the quant engine loads when a
patched function first runs.
"""
import functools
import inspect
import logging
import sys

from ...errors import HostError

logger = logging.getLogger(__name__)

MARK = '__pcdet_qat_patched__'
SUPPORTED_OPENPCDET = '0.6.0'


def _glue():
    """patch_actions (torch, the quant engine), imported when a patched function first runs, not when patching."""
    from . import patch_actions
    return patch_actions


def pcdet_version() -> str:
    module = sys.modules.get('pcdet')
    return str(getattr(module, '__version__', 'unknown')) if module is not None else '(not imported)'


def _missing(target: str, why: str) -> HostError:
    return HostError(f'cannot patch OpenPCDet {target}: {why} (pcdet {pcdet_version()} found; pcdet-qat-plugin '
                     f'supports OpenPCDet {SUPPORTED_OPENPCDET}). Set PCDET_QAT_PLUGIN_DISABLE=1 to run unpatched.')


def _get(owner, attr: str, target: str, params=()):
    """owner.attr, checked to exist and to accept `params` by name."""
    found = getattr(owner, attr, None)
    if found is None:
        raise _missing(target, 'not found')
    if params:
        try:
            names = set(inspect.signature(inspect.unwrap(found)).parameters)
        except (TypeError, ValueError) as exc:
            raise _missing(target, f'signature unreadable ({exc})') from exc
        absent = [p for p in params if p not in names]
        if absent:
            raise _missing(target, f'has no parameter(s) {absent}')
    return found


def _install(owner, attr: str, target: str, make, params=()) -> bool:
    """Replace owner.attr by make(original) once; False when already patched."""
    original = _get(owner, attr, target, params)
    if getattr(original, MARK, False):
        return False
    new = functools.wraps(original)(make(original))
    setattr(new, MARK, True)
    setattr(owner, attr, new)
    logger.debug('patched %s', target)
    return True


# ---------------------------------------------------------------- pcdet.models (building, loading)
def patch_build_detector(models_module) -> bool:
    """`pcdet.models.build_detector` (what `build_network` calls at run time, so a `build_network` bound
    by name before patching still builds quantized models): wrap the detector per QUANTIZE."""
    build_network = _get(models_module, 'build_network', 'pcdet.models.build_network',
                         ('model_cfg', 'num_class', 'dataset'))
    code = getattr(inspect.unwrap(build_network), '__code__', None)
    if code is None or 'build_detector' not in code.co_names:
        raise _missing('pcdet.models.build_network', 'no longer calls build_detector')

    def make(original):
        def build_detector(model_cfg, num_class, dataset):
            plan = _glue().quant_plan(model_cfg, dataset)  # checks the detector before building it
            model = original(model_cfg=model_cfg, num_class=num_class, dataset=dataset)
            return model if plan is None else _glue().quantize_built_model(model, model_cfg, plan)
        return build_detector
    return _install(models_module, 'build_detector', 'pcdet.models.build_detector', make,
                    ('model_cfg', 'num_class', 'dataset'))


def patch_load_state_dict(template) -> bool:
    """`Detector3DTemplate._load_state_dict`: float checkpoints map into quantized models (quantizer state
    kept fresh), quantized ones load as they are; a quantized checkpoint into a float model is reported."""
    def make(original):
        def _load_state_dict(self, model_state_disk, *, strict=True):
            return original(self, _glue().state_for_model(self, model_state_disk), strict=strict)
        return _load_state_dict
    return _install(template, '_load_state_dict', 'Detector3DTemplate._load_state_dict', make,
                    ('model_state_disk', 'strict'))


def _loader_patch(name: str, params):
    def make(original):
        signature = inspect.signature(original)

        def load(self, filename, *args, **kwargs):
            run_logger = signature.bind(self, filename, *args, **kwargs).arguments.get('logger')
            with _glue().loading_from(filename, run_logger):
                result = original(self, filename, *args, **kwargs)
            _glue().after_checkpoint_load(self, filename)
            return result
        return load

    def patch(template) -> bool:
        return _install(template, name, f'Detector3DTemplate.{name}', make, params)
    patch.__name__ = f'patch_{name}'
    patch.__doc__ = f'`Detector3DTemplate.{name}`: name the file in mapping messages, log the quant state.'
    return patch


LOADER_TARGETS = ('_load_state_dict', 'load_params_from_file', 'load_params_with_optimizer')
patch_load_params_from_file = _loader_patch('load_params_from_file', ('filename', 'logger', 'to_cpu'))
patch_load_params_with_optimizer = _loader_patch('load_params_with_optimizer', ('filename', 'optimizer'))


def patch_pcdet_models(models_module) -> list:
    """Everything under `pcdet.models`; returns the targets patched now."""
    template = _get(getattr(models_module, 'detectors', None), 'Detector3DTemplate',
                    'pcdet.models.detectors.Detector3DTemplate')
    done = []
    for name, fn, owner in (('build_detector', patch_build_detector, models_module),
                            ('_load_state_dict', patch_load_state_dict, template),
                            ('load_params_from_file', patch_load_params_from_file, template),
                            ('load_params_with_optimizer', patch_load_params_with_optimizer, template)):
        if fn(owner):
            done.append(name)
    return done


# ---------------------------------------------------------------- tools/train_utils (checkpoints, epochs)
def patch_checkpoint_state(module) -> bool:
    """`train_utils.train_utils.checkpoint_state`: add the quantization metadata as 'quant', and keep the whole
    state plain-typed (numpy scalars -> numbers) so OpenPCDet's own torch.load (weights_only on torch>=2.6) works."""
    def make(original):
        def checkpoint_state(model=None, optimizer=None, epoch=None, it=None):
            state = _glue().plain_types(original(model, optimizer, epoch, it))
            meta = _glue().checkpoint_meta(model)
            if meta is not None:
                state['quant'] = meta
            return state
        return checkpoint_state
    return _install(module, 'checkpoint_state', 'train_utils.train_utils.checkpoint_state', make,
                    ('model', 'optimizer', 'epoch', 'it'))


def patch_save_checkpoint(module) -> bool:
    """`train_utils.train_utils.save_checkpoint`: same file name ('<filename>.pth'), written atomically."""
    def make(original):
        def save_checkpoint(state, filename='checkpoint'):
            _glue().atomic_save(state, '{}.pth'.format(filename))
        return save_checkpoint
    return _install(module, 'save_checkpoint', 'train_utils.train_utils.save_checkpoint', make,
                    ('state', 'filename'))


def patch_train_one_epoch(module) -> bool:
    """`train_utils.train_utils.train_one_epoch` (looked up by `train_model` each epoch): run the
    BN / range freeze schedule (`set_epoch`) before the epoch."""
    def make(original):
        def train_one_epoch(model, *args, **kwargs):
            _glue().start_epoch(model, kwargs.get('cur_epoch'), kwargs.get('total_epochs'), kwargs.get('logger'))
            return original(model, *args, **kwargs)
        return train_one_epoch
    return _install(module, 'train_one_epoch', 'train_utils.train_utils.train_one_epoch', make,
                    ('model', 'optimizer', 'cur_epoch', 'total_epochs'))


def patch_train_model(module) -> bool:
    """`train_utils.train_utils.train_model` (bound by name in tools/train.py, so patched as the module
    finishes importing): with QUANTIZE.MODE calibration, calibrate instead of training (no optimizer step)
    and save `checkpoint_epoch_<total_epochs>.pth` (rank 0) for the evaluation that follows."""
    def make(original):
        signature = inspect.signature(original)

        def train_model(*args, **kwargs):
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            a = bound.arguments
            if not _glue().is_calibration(a['model']):
                return original(*args, **kwargs)
            n = _glue().calibrate_with_loader(a['model'], a['train_loader'])
            if a['rank'] == 0:
                name = a['ckpt_save_dir'] / _glue().calibration_checkpoint_name(a['total_epochs'])
                module.save_checkpoint(module.checkpoint_state(a['model'], a['optimizer'], a['total_epochs'],
                                                               a['start_iter'] + n), filename=name)
                (a['logger'] or logger).info('pcdet-qat-plugin: calibrated on %d batches, saved %s.pth', n, name)
        return train_model
    return _install(module, 'train_model', 'train_utils.train_utils.train_model', make,
                    ('model', 'optimizer', 'train_loader', 'total_epochs', 'start_iter', 'rank', 'ckpt_save_dir'))


def _uses_pcdet(module) -> bool:
    """True when the module imported something from pcdet (OpenPCDet's tools do; a namesake does not)."""
    for value in vars(module).values():
        name = value.__name__ if inspect.ismodule(value) else getattr(value, '__module__', None)
        if isinstance(name, str) and (name == 'pcdet' or name.startswith('pcdet.')):
            return True
    return False


def patch_train_utils(module) -> list:
    """OpenPCDet's tools/train_utils/train_utils.py; an unrelated `train_utils` (nothing from pcdet) is left alone."""
    if not _uses_pcdet(module):
        logger.debug('%s imports nothing from pcdet: not OpenPCDet\'s, left alone', module.__name__)
        return []
    return [name for name, fn in (('checkpoint_state', patch_checkpoint_state),
                                  ('save_checkpoint', patch_save_checkpoint),
                                  ('train_one_epoch', patch_train_one_epoch),
                                  ('train_model', patch_train_model)) if fn(module)]


# ---------------------------------------------------------------- tools/eval_utils (quantized evaluation)
def patch_eval_one_epoch(module) -> bool:
    """`eval_utils.eval_utils.eval_one_epoch`: evaluate the quantized (test-phase) model when cfg asks."""
    def make(original):
        def eval_one_epoch(cfg, args, model, dataloader, epoch_id, logger, dist_test=False, result_dir=None):
            model = _glue().model_for_eval(model, cfg, logger)
            return original(cfg, args, model, dataloader, epoch_id, logger, dist_test=dist_test,
                            result_dir=result_dir)
        return eval_one_epoch
    return _install(module, 'eval_one_epoch', 'eval_utils.eval_utils.eval_one_epoch', make,
                    ('cfg', 'args', 'model', 'dataloader', 'epoch_id', 'logger', 'dist_test', 'result_dir'))


def patch_eval_utils(module) -> list:
    """OpenPCDet's tools/eval_utils/eval_utils.py; an unrelated `eval_utils` (nothing from pcdet) is left alone."""
    if not _uses_pcdet(module):
        logger.debug('%s imports nothing from pcdet: not OpenPCDet\'s, left alone', module.__name__)
        return []
    return ['eval_one_epoch'] if patch_eval_one_epoch(module) else []
