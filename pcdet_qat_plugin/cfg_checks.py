"""Type and range checks of cfg values, run once by config.load_cfg after `--set` overrides.

One table (CHECKS) says what each known key must hold; a key that is absent is not checked here
(`config.require` reports missing keys where they are used). Errors name the key path, the value found
and what is valid. Imports nothing from the package but errors.
"""
import math
from numbers import Real
from typing import Any, Callable, Dict, Iterator, List, Tuple

from .errors import ConfigError


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_number(v) -> bool:
    return isinstance(v, Real) and not isinstance(v, bool) and math.isfinite(v)


def int_at_least(low: int) -> Callable[[Any], str]:
    def check(v):
        return '' if _is_int(v) and v >= low else f'must be an integer >= {low}'
    return check


def number_in(low: float, high: float = math.inf, low_open: bool = False) -> Callable[[Any], str]:
    def check(v):
        if not _is_number(v):
            return 'must be a finite number'
        ok = (v > low if low_open else v >= low) and v <= high
        bound = f'> {low}' if low_open else f'>= {low}'
        return '' if ok else f'must be {bound}' + (f' and <= {high}' if high != math.inf else '')
    return check


def numbers(count: int, positive: bool = False) -> Callable[[Any], str]:
    def check(v):
        if not isinstance(v, (list, tuple)) or len(v) != count or not all(_is_number(x) for x in v):
            return f'must be a list of {count} finite numbers'
        if positive and not all(x > 0 for x in v):
            return 'must hold only values > 0'
        return ''
    return check


def point_cloud_range(v) -> str:
    msg = numbers(6)(v)
    if msg:
        return msg + ' [x_min, y_min, z_min, x_max, y_max, z_max]'
    bad = [axis for axis, lo, hi in zip('xyz', v[:3], v[3:]) if not lo < hi]
    return f'has min >= max on {", ".join(bad)} (order: [x_min, y_min, z_min, x_max, y_max, z_max])' if bad else ''


def class_names(v) -> str:
    ok = isinstance(v, (list, tuple)) and v and all(isinstance(x, str) and x for x in v)
    if not ok:
        return 'must be a non-empty list of class name strings'
    return '' if len(set(v)) == len(v) else 'holds a class name twice'


def train_test_ints(v) -> str:
    """MAX_NUMBER_OF_VOXELS: an int >= 1 or {'train': int, 'test': int}."""
    values = v.values() if isinstance(v, dict) else [v]
    return '' if all(_is_int(x) and x >= 1 for x in values) else 'must be integers >= 1 (per mode)'


# key path (`*` = every item of a list) -> check returning '' when valid, else what is wrong
CHECKS: Dict[str, Callable[[Any], str]] = {
    'CLASS_NAMES': class_names,
    'DATA_CONFIG.POINT_CLOUD_RANGE': point_cloud_range,
    'DATA_CONFIG.DATA_PROCESSOR.*.VOXEL_SIZE': numbers(3, positive=True),
    'DATA_CONFIG.DATA_PROCESSOR.*.MAX_POINTS_PER_VOXEL': int_at_least(1),
    'DATA_CONFIG.DATA_PROCESSOR.*.MAX_NUMBER_OF_VOXELS': train_test_ints,
    'OPTIMIZATION.BATCH_SIZE_PER_GPU': int_at_least(1),
    'OPTIMIZATION.NUM_EPOCHS': int_at_least(1),
    'OPTIMIZATION.LR': number_in(0, low_open=True),
    'OPTIMIZATION.WEIGHT_DECAY': number_in(0),
    'OPTIMIZATION.MOMENTUM': number_in(0, 1),
    'OPTIMIZATION.PCT_START': number_in(0, 1, low_open=True),
    'OPTIMIZATION.DIV_FACTOR': number_in(0, low_open=True),
    'OPTIMIZATION.LR_DECAY': number_in(0, low_open=True),
    'OPTIMIZATION.LR_CLIP': number_in(0),
    'OPTIMIZATION.WARMUP_EPOCH': int_at_least(0),
    'OPTIMIZATION.GRAD_NORM_CLIP': number_in(0, low_open=True),
    'OPTIMIZATION.PRECISE_BN_BATCHES': int_at_least(0),
    'MODEL.POST_PROCESSING.SCORE_THRESH': number_in(0, 1),
    'MODEL.POST_PROCESSING.NMS_CONFIG.NMS_THRESH': number_in(0, 1),
    'MODEL.POST_PROCESSING.NMS_CONFIG.NMS_PRE_MAXSIZE': int_at_least(1),
    'MODEL.POST_PROCESSING.NMS_CONFIG.NMS_POST_MAXSIZE': int_at_least(1),
}


def _values_at(node: Any, parts: List[str], done: Tuple[str, ...] = ()) -> Iterator[Tuple[str, Any]]:
    """(key path, value) for every value at `parts` below `node`; absent keys yield nothing."""
    if not parts:
        yield '.'.join(done), node
        return
    head, rest = parts[0], parts[1:]
    if head == '*':
        if isinstance(node, (list, tuple)):
            for i, item in enumerate(node):
                yield from _values_at(item, rest, done[:-1] + (f'{done[-1]}[{i}]',))
        return
    if isinstance(node, dict) and head in node:
        yield from _values_at(node[head], rest, done + (head,))


def check_run_values(**values) -> None:
    """Run arguments that override the cfg (batch_size=..., epochs=...): None or an integer >= the bound
    in RUN_VALUE_MIN; ConfigError names the argument."""
    for name, value in values.items():
        msg = int_at_least(RUN_VALUE_MIN[name])(value) if value is not None else ''
        if msg:
            raise ConfigError(f'--{name}: {value!r} {msg}')


RUN_VALUE_MIN = {'batch_size': 1, 'epochs': 1, 'workers': 0, 'ckpt_save_interval': 1, 'max_ckpt_save_num': 1,
                 'iters_per_epoch': 1}


def check_cfg_values(cfg: dict, source: str = 'cfg') -> None:
    """Raise ConfigError naming every key path whose value has the wrong type or range."""
    if not cfg:
        raise ConfigError(f'{source}: the cfg is empty (expected CLASS_NAMES, DATA_CONFIG, MODEL, OPTIMIZATION)')
    problems = []
    for path, check in CHECKS.items():
        for where, value in _values_at(cfg, path.split('.')):
            msg = check(value)
            if msg:
                problems.append(f'{where}: {value!r} {msg}')
    if problems:
        raise ConfigError(f'{source}: ' + '; '.join(problems))
