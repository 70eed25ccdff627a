"""Named, idempotent patches of OpenPCDet 0.6.0's public names so its own tools honour `QUANTIZE:` and read
painted points (`DATA_CONFIG.VELODYNE_DIR`).

Applied by hook.py right after `pcdet.models`, `pcdet.datasets.kitti.kitti_dataset`, `train_utils.train_utils`
or `eval_utils.eval_utils` has run (or by `enable()`). Each patch marks what it replaced. A target that is
missing or whose signature changed (another OpenPCDet version) is left unpatched and recorded in UNPATCHED:
float runs go on as plain OpenPCDet, and a run whose cfg has QUANTIZE (or a non-default point reader) gets a
HostError naming the target and the pcdet version found. Wrappers bind their arguments with
`inspect.signature(original).bind` and forward `*args, **kwargs` unchanged. Torch-free: the quant engine loads
when a patched function first runs.
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


# target -> (need, HostError) of a patch that could not be applied. need 'quantize': only runs whose cfg has
# QUANTIZE are refused; need 'points': only runs reading points other than OpenPCDet's velodyne/ x 4 floats.
UNPATCHED = {}
NEEDS = {'quantize': 'the cfg has QUANTIZE', 'points': 'the cfg reads DATA_CONFIG.VELODYNE_DIR / a point width '
                                                         'other than velodyne/ with 4 floats'}


def _unpatched(target: str, error: HostError, need: str = 'quantize') -> bool:
    UNPATCHED[target] = (need, error)
    logger.info('pcdet-qat-plugin: %s (runs without %s are unaffected)', error, NEEDS[need])
    return False


def _run_cfg():
    return getattr(sys.modules.get('pcdet.config'), 'cfg', None) or {}


def quantize_requested(cfg=None) -> bool:
    """True when `cfg` (default: OpenPCDet's global cfg, what its tools fill) has QUANTIZE, at the top level
    or under MODEL."""
    cfg = _run_cfg() if cfg is None else cfg
    model_cfg = cfg.get('MODEL') or {}
    return cfg.get('QUANTIZE') is not None or (hasattr(model_cfg, 'get') and model_cfg.get('QUANTIZE') is not None)


def custom_points_requested(dataset_cfg) -> bool:
    """True when a DATA_CONFIG reads points other than OpenPCDet's default velodyne/ with 4 floats."""
    encoding = dataset_cfg.get('POINT_FEATURE_ENCODING') or {}
    return (dataset_cfg.get('VELODYNE_DIR', 'velodyne') != 'velodyne'
            or len(encoding.get('src_feature_list') or 'xyzi') != 4)


def require_patched(need: str = 'quantize') -> None:
    """HostError listing the patches a run with `need` (see NEEDS) relies on that could not be applied."""
    errors = [str(error) for n, error in UNPATCHED.values() if n == need]
    if errors:
        raise HostError(f'{NEEDS[need]}, but OpenPCDet could not be patched for it: ' + '; '.join(errors))


def _check_run() -> None:
    """Refuse a run (by OpenPCDet's global cfg) that needs a patch which could not be applied."""
    if not UNPATCHED:
        return
    cfg = _run_cfg()
    if quantize_requested(cfg):
        require_patched('quantize')
    if custom_points_requested(cfg.get('DATA_CONFIG') or {}):
        require_patched('points')


def _wrapper(original, body):
    """The installed function: binds each call to the original's signature (defaults applied), refuses a run
    that needs a missing patch, then returns body(original, bound, args, kwargs); a call that does not bind
    goes to the original unchanged (which raises its own TypeError)."""
    signature = inspect.signature(original)

    def wrapper(*args, **kwargs):
        try:
            bound = signature.bind(*args, **kwargs)
        except TypeError:
            return original(*args, **kwargs)
        bound.apply_defaults()
        _check_run()
        return body(original, bound, args, kwargs)
    return wrapper


def _install(owner, attr: str, target: str, body, params=(), need: str = 'quantize') -> bool:
    """Replace owner.attr by a wrapper running body(original, bound, args, kwargs), once; False when already
    patched or when the target is missing or changed (recorded in UNPATCHED for runs with `need`)."""
    try:
        original = _get(owner, attr, target, params)
    except HostError as exc:
        return _unpatched(target, exc, need)
    UNPATCHED.pop(target, None)
    if getattr(original, MARK, False):
        return False
    new = functools.wraps(original)(_wrapper(original, body))
    setattr(new, MARK, True)
    setattr(owner, attr, new)
    logger.debug('patched %s', target)
    return True


# ---------------------------------------------------------------- pcdet.models (building, loading)
def patch_build_detector(models_module) -> bool:
    """`pcdet.models.build_detector` (what `build_network` calls at run time, so a `build_network` bound
    by name before patching still builds quantized models): wrap the detector per QUANTIZE."""
    target = 'pcdet.models.build_detector'
    try:
        build_network = _get(models_module, 'build_network', 'pcdet.models.build_network',
                             ('model_cfg', 'num_class', 'dataset'))
    except HostError as exc:
        return _unpatched(target, exc)
    code = getattr(inspect.unwrap(build_network), '__code__', None)
    if code is None or 'build_detector' not in code.co_names:
        return _unpatched(target, _missing('pcdet.models.build_network', 'no longer calls build_detector'))

    def build_detector(original, bound, args, kwargs):
        model_cfg = bound.arguments['model_cfg']
        plan = _glue().quant_plan(model_cfg, bound.arguments['dataset'])  # checks the detector first
        if plan is not None:
            require_patched('quantize')  # also MODEL.QUANTIZE, which the global-cfg check does not see
        model = original(*args, **kwargs)
        return model if plan is None else _glue().quantize_built_model(model, model_cfg, plan)
    return _install(models_module, 'build_detector', target, build_detector, ('model_cfg', 'num_class', 'dataset'))


def patch_load_state_dict(template) -> bool:
    """`Detector3DTemplate._load_state_dict`: float checkpoints map into quantized models (quantizer state
    kept fresh), quantized ones load as they are; a quantized checkpoint into a float model is reported."""
    def _load_state_dict(original, bound, args, kwargs):
        a = bound.arguments
        a['model_state_disk'] = _glue().state_for_model(a['self'], a['model_state_disk'])
        return original(*bound.args, **bound.kwargs)
    return _install(template, '_load_state_dict', 'Detector3DTemplate._load_state_dict', _load_state_dict,
                    ('self', 'model_state_disk'))


def _loader_patch(name: str, params):
    def load(original, bound, args, kwargs):
        a = bound.arguments
        with _glue().loading_from(a['filename'], a.get('logger')):
            result = original(*args, **kwargs)
        _glue().after_checkpoint_load(a['self'], a['filename'])
        return result

    def patch(template) -> bool:
        return _install(template, name, f'Detector3DTemplate.{name}', load, params)
    patch.__name__ = f'patch_{name}'
    patch.__doc__ = f'`Detector3DTemplate.{name}`: name the file in mapping messages, log the quant state.'
    return patch


LOADER_TARGETS = ('_load_state_dict', 'load_params_from_file', 'load_params_with_optimizer')
patch_load_params_from_file = _loader_patch('load_params_from_file', ('self', 'filename', 'logger'))
patch_load_params_with_optimizer = _loader_patch('load_params_with_optimizer', ('self', 'filename'))


def patch_pcdet_models(models_module) -> list:
    """Everything under `pcdet.models`; returns the targets patched now."""
    done = ['build_detector'] if patch_build_detector(models_module) else []
    try:
        template = _get(getattr(models_module, 'detectors', None), 'Detector3DTemplate',
                        'pcdet.models.detectors.Detector3DTemplate')
    except HostError as exc:
        for name in LOADER_TARGETS:
            _unpatched(f'Detector3DTemplate.{name}', exc)
        return done
    for name, fn in (('_load_state_dict', patch_load_state_dict),
                     ('load_params_from_file', patch_load_params_from_file),
                     ('load_params_with_optimizer', patch_load_params_with_optimizer)):
        if fn(template):
            done.append(name)
    return done


# ---------------------------------------------------------------- tools/train_utils (checkpoints, epochs)
def patch_checkpoint_state(module) -> bool:
    """`train_utils.train_utils.checkpoint_state`: add the quantization metadata as 'quant', and keep the whole
    state plain-typed (numpy scalars -> numbers) so OpenPCDet's own torch.load (weights_only on torch>=2.6) works."""
    def checkpoint_state(original, bound, args, kwargs):
        state = _glue().plain_types(original(*args, **kwargs))
        meta = _glue().checkpoint_meta(bound.arguments['model'])
        if meta is not None:
            state['quant'] = meta
        return state
    return _install(module, 'checkpoint_state', 'train_utils.train_utils.checkpoint_state', checkpoint_state,
                    ('model',))


def patch_save_checkpoint(module) -> bool:
    """`train_utils.train_utils.save_checkpoint`: same file name ('<filename>.pth'), written atomically."""
    def save_checkpoint(original, bound, args, kwargs):
        if set(bound.arguments) != {'state', 'filename'}:  # a newer signature: saved its own way
            return original(*args, **kwargs)
        _glue().atomic_save(bound.arguments['state'], '{}.pth'.format(bound.arguments['filename']))
    return _install(module, 'save_checkpoint', 'train_utils.train_utils.save_checkpoint', save_checkpoint,
                    ('state', 'filename'))


def _is_quantized_model(model) -> bool:
    from ...quant import is_quantized  # torch: loaded by the time a training epoch runs
    return is_quantized(model) or is_quantized(getattr(model, 'module', model))


def patch_train_one_epoch(module) -> bool:
    """`train_utils.train_utils.train_one_epoch` (looked up by `train_model` each epoch): run the
    BN / range freeze schedule (`set_epoch`) before the epoch, however the epoch is passed (by name or
    position); a quantized model whose epoch cannot be bound is a HostError, never a skipped schedule."""
    target = 'train_utils.train_utils.train_one_epoch'

    def train_one_epoch(original, bound, args, kwargs):
        a = bound.arguments
        cur_epoch, total_epochs = a['cur_epoch'], a['total_epochs']
        if (cur_epoch is None or total_epochs is None) and _is_quantized_model(a['model']):
            raise HostError(f'{target}: called without cur_epoch / total_epochs (got {cur_epoch!r}, '
                            f'{total_epochs!r}), so the QUANTIZE freeze schedule (FREEZE_BN_EPOCH, '
                            'FREEZE_RANGE_EPOCH) cannot run for this quantized model')
        _glue().start_epoch(a['model'], cur_epoch, total_epochs, a.get('logger'))
        return original(*args, **kwargs)
    return _install(module, 'train_one_epoch', target, train_one_epoch, ('model', 'cur_epoch', 'total_epochs'))


def patch_train_model(module) -> bool:
    """`train_utils.train_utils.train_model` (bound by name in tools/train.py, so patched as the module
    finishes importing): with QUANTIZE.MODE calibration, calibrate instead of training (no optimizer step)
    and save `checkpoint_epoch_<total_epochs>.pth` (rank 0) for the evaluation that follows."""
    def train_model(original, bound, args, kwargs):
        a = bound.arguments
        if not _glue().is_calibration(a['model']):
            return original(*args, **kwargs)
        n = _glue().calibrate_with_loader(a['model'], a['train_loader'])
        if a['rank'] == 0:
            name = a['ckpt_save_dir'] / _glue().calibration_checkpoint_name(a['total_epochs'])
            module.save_checkpoint(module.checkpoint_state(a['model'], a['optimizer'], a['total_epochs'],
                                                           a['start_iter'] + n), filename=name)
            (a.get('logger') or logger).info('pcdet-qat-plugin: calibrated on %d batches, saved %s.pth', n, name)
    return _install(module, 'train_model', 'train_utils.train_utils.train_model', train_model,
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
    def eval_one_epoch(original, bound, args, kwargs):
        a = bound.arguments
        a['model'] = _glue().model_for_eval(a['model'], a['cfg'], a.get('logger'))
        return original(*bound.args, **bound.kwargs)
    return _install(module, 'eval_one_epoch', 'eval_utils.eval_utils.eval_one_epoch', eval_one_epoch,
                    ('cfg', 'model'))


def patch_eval_utils(module) -> list:
    """OpenPCDet's tools/eval_utils/eval_utils.py; an unrelated `eval_utils` (nothing from pcdet) is left alone."""
    if not _uses_pcdet(module):
        logger.debug('%s imports nothing from pcdet: not OpenPCDet\'s, left alone', module.__name__)
        return []
    return ['eval_one_epoch'] if patch_eval_one_epoch(module) else []


# ---------------------------------------------------------------- pcdet.datasets.kitti (painted points)
KITTI_MODULE = 'pcdet.datasets.kitti.kitti_dataset'
KITTI_TARGETS = ('get_lidar', 'create_groundtruth_database')


def patch_kitti_get_lidar(dataset_cls) -> bool:
    """`KittiDataset.get_lidar(idx)` (hard-coded velodyne/, 4 floats in OpenPCDet): read
    <split>/<DATA_CONFIG.VELODYNE_DIR (default velodyne)>/<idx>.bin with len(src_feature_list) floats per point;
    a file that does not split into such rows is a DataError naming it, its float count and the cfg key, and a
    gt_sampling NUM_POINT_FEATURES of another width a ConfigError naming both keys."""
    target = f'{KITTI_MODULE}.KittiDataset.get_lidar'

    def get_lidar(original, bound, args, kwargs):
        dataset, idx = bound.arguments['self'], bound.arguments['idx']
        if set(bound.arguments) != {'self', 'idx'}:  # a newer signature: OpenPCDet's reader, default cfgs only
            if custom_points_requested(dataset.dataset_cfg):
                raise _missing(target, f'takes {sorted(bound.arguments)}, not (self, idx)')
            return original(*args, **kwargs)
        from ...datasets.data_io import check_gt_sampling_width, read_cfg_points
        check_gt_sampling_width(dataset.dataset_cfg)  # OpenPCDet's sampler would only assert on it
        velodyne_dir = dataset.dataset_cfg.get('VELODYNE_DIR', 'velodyne')
        return read_cfg_points(dataset.root_split_path / velodyne_dir / ('%s.bin' % idx), dataset.dataset_cfg)
    return _install(dataset_cls, 'get_lidar', target, get_lidar, ('self', 'idx'), 'points')


def painted_database_names(dataset_cfg, split: str = 'train'):
    """(gt database folder, db info file) a DATA_CONFIG reading non-default points writes its gt database to
    (GT_DATABASE_DIR, gt_sampling DB_INFO_PATH[0]; other splits get the split in both names); None for
    OpenPCDet's default (velodyne/, 4 floats, gt_database/ + kitti_dbinfos_<split>.pkl)."""
    from ...datasets.kitti.kitti_infos import gt_database_names
    db_dir, db_info = gt_database_names(dataset_cfg)
    if not custom_points_requested(dataset_cfg) and (db_dir, db_info) == ('gt_database', 'kitti_dbinfos_train.pkl'):
        return None
    if split != 'train':
        db_dir, db_info = f'{db_dir}_{split}', db_info.replace('train', split)
    return db_dir, db_info


def patch_kitti_create_groundtruth_database(dataset_cls) -> bool:
    """`KittiDataset.create_groundtruth_database` (hard-coded gt_database/ + kitti_dbinfos_<split>.pkl): for a
    painted (non-default) cfg, write this project's database of the cfg's points to the cfg's names
    (datasets/kitti/kitti_infos.py, cut with OpenPCDet's points_in_boxes_cpu rule); a default cfg runs
    OpenPCDet's own."""
    def create_groundtruth_database(original, bound, args, kwargs):
        a = bound.arguments
        names = painted_database_names(a['self'].dataset_cfg, a['split'])
        if names is None:
            return original(*args, **kwargs)
        from ...datasets.kitti.kitti_infos import create_groundtruth_database as write_database
        path = write_database(a['self'], a['info_path'], a['used_classes'], a['split'],
                              db_dir_name=names[0], db_info_name=names[1])
        logger.info('pcdet-qat-plugin: gt database of %s points written to %s/ and %s',
                    a['self'].dataset_cfg.get('VELODYNE_DIR', 'velodyne'), names[0], path)
    return _install(dataset_cls, 'create_groundtruth_database',
                    f'{KITTI_MODULE}.KittiDataset.create_groundtruth_database', create_groundtruth_database,
                    ('self', 'info_path', 'used_classes', 'split'), 'points')


def _patch_kitti_class(dataset_cls) -> list:
    return [name for name, fn in (('get_lidar', patch_kitti_get_lidar),
                                  ('create_groundtruth_database', patch_kitti_create_groundtruth_database))
            if fn(dataset_cls)]


def _main_runs(module_name: str) -> bool:
    spec = getattr(sys.modules.get('__main__'), '__spec__', None)
    return spec is not None and spec.name == module_name


def _watch_main_copy(template) -> None:
    """`python -m pcdet.datasets.kitti.kitti_dataset create_kitti_infos <cfg>` imports the module (through
    pcdet.datasets) and then runs its code again as __main__, which defines a second, unpatched KittiDataset
    on the same DatasetTemplate: a class hook on DatasetTemplate patches that copy as it is defined."""
    previous = template.__dict__.get('__init_subclass__')
    if getattr(getattr(previous, '__func__', None), MARK, False):
        return

    def __init_subclass__(cls, **kwargs):
        if previous is not None:
            previous.__get__(None, cls)(**kwargs)
        else:
            super(template, cls).__init_subclass__(**kwargs)
        if cls.__name__ == 'KittiDataset' and cls.__module__ == '__main__' and _main_runs(KITTI_MODULE):
            logger.debug('patching the KittiDataset of %s run as __main__: %s', KITTI_MODULE, _patch_kitti_class(cls))
    setattr(__init_subclass__, MARK, True)
    template.__init_subclass__ = classmethod(__init_subclass__)


def patch_kitti_dataset(module) -> list:
    """`pcdet.datasets.kitti.kitti_dataset`: KittiDataset reads DATA_CONFIG.VELODYNE_DIR with the cfg's point
    width, also when the module runs as `python -m ... create_kitti_infos`; returns the targets patched now."""
    try:
        dataset_cls = _get(module, 'KittiDataset', f'{KITTI_MODULE}.KittiDataset')
    except HostError as exc:
        for name in KITTI_TARGETS:
            _unpatched(f'{KITTI_MODULE}.KittiDataset.{name}', exc, 'points')
        return []
    done = _patch_kitti_class(dataset_cls)
    template = getattr(module, 'DatasetTemplate', None)
    if isinstance(template, type) and issubclass(dataset_cls, template):
        _watch_main_copy(template)
    else:
        logger.info('pcdet-qat-plugin: %s has no DatasetTemplate base; `python -m %s create_kitti_infos` '
                    'runs its own KittiDataset unpatched', KITTI_MODULE, KITTI_MODULE)
    return done
