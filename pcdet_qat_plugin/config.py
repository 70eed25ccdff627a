"""OpenPCDet YAML cfg semantics: EasyDict, `_BASE_CONFIG_` (recursive), deep merge, `--set` overrides.

OpenPCDet resolves `_BASE_CONFIG_` against the working directory and one level deep only; here a base
path is tried relative to the including file's folder and those above it, then the working directory, then
as a packaged cfg name (paths.py), and bases may nest. Errors carry the key path (ConfigError).
"""
import ast
import copy
from pathlib import Path
from typing import Any, Iterable, List, Optional, Union

import yaml
from easydict import EasyDict

from .cfg_checks import check_cfg_values
from .errors import ConfigError
from .paths import resolve_cfg_path, work_dir

BASE_KEY = '_BASE_CONFIG_'
NEW_KEYS_ALLOWED = ('QUANTIZE', 'MODEL.QUANTIZE')  # keys --set may add to a float cfg


def _read_yaml(path: Path) -> dict:
    try:
        with open(path, 'r') as f:
            data = yaml.safe_load(f)
    except FileNotFoundError as exc:
        raise ConfigError(f'cfg file not found: {path}') from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f'{path}: not valid YAML: {exc}') from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f'{path}: top level must be a mapping, found {type(data).__name__}')
    return data


def merge_new_config(config: EasyDict, new_config: dict, cfg_file: Optional[Path] = None,
                     _stack: tuple = ()) -> EasyDict:
    """Deep-merge `new_config` into `config`; a `_BASE_CONFIG_` at any level is loaded first, recursively."""
    if BASE_KEY in new_config:
        base_path = resolve_cfg_path(new_config[BASE_KEY], cfg_file)
        if base_path in _stack:
            raise ConfigError(f'{cfg_file}: {BASE_KEY} cycle through {base_path}')
        base = _read_yaml(base_path)
        merge_new_config(config, base, base_path, _stack + (base_path,))
    for key, val in new_config.items():
        if key == BASE_KEY:
            continue
        if not isinstance(val, dict):
            config[key] = copy.deepcopy(val)
            continue
        if key not in config or not isinstance(config[key], dict):
            config[key] = EasyDict()
        merge_new_config(config[key], val, cfg_file, _stack)
    return config


def cfg_from_yaml_file(cfg_file: Union[str, Path], config: Optional[EasyDict] = None) -> EasyDict:
    """OpenPCDet's name: load `cfg_file` (and its bases) into `config` (a new EasyDict by default)."""
    path = resolve_cfg_path(cfg_file)
    config = EasyDict() if config is None else config
    merge_new_config(config, _read_yaml(path), path, (path,))
    return EasyDict(config)


def _convert_value(raw: str, old: Any, key: str) -> Any:
    try:
        value = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        value = raw
    if isinstance(old, dict) and not isinstance(value, dict):
        out = EasyDict(old)
        for item in str(raw).split(','):
            if ':' not in item:
                raise ConfigError(f'--set {key}: expected "k1:v1,k2:v2" for a mapping, got {raw!r}')
            k, v = item.split(':', 1)
            if k not in old:
                raise ConfigError(f'--set {key}.{k}: no such key; valid: {sorted(old)}')
            out[k] = _convert_value(v, old[k], f'{key}.{k}')
        return out
    if isinstance(old, list):
        if isinstance(value, (list, tuple)):
            return list(value)
        return [_convert_value(x.strip(), None, key) for x in str(raw).split(',')]
    if isinstance(old, bool) or isinstance(value, bool):
        if isinstance(value, str) and value.lower() in ('true', 'false'):
            return value.lower() == 'true'
        return value
    if isinstance(old, float) and isinstance(value, int):
        return float(value)
    if old is not None and value is not None and type(old) != type(value) and not (
            isinstance(old, (int, float)) and isinstance(value, (int, float))):
        if isinstance(old, str):
            return str(raw)
        raise ConfigError(f'--set {key}: value {raw!r} is a {type(value).__name__}, '
                          f'the cfg holds a {type(old).__name__} ({old!r})')
    return value


def cfg_from_list(cfg_list: List[str], config: EasyDict) -> EasyDict:
    """Apply `--set KEY VALUE [KEY VALUE ...]` overrides; keys are dotted paths that must exist,
    except QUANTIZE / MODEL.QUANTIZE, which may be added to a float cfg (e.g. `--set QUANTIZE training`)."""
    if len(cfg_list) % 2:
        raise ConfigError(f'--set needs KEY VALUE pairs, got an odd count: {cfg_list}')
    for key, raw in zip(cfg_list[0::2], cfg_list[1::2]):
        parts = key.split('.')
        node = config
        for i, sub in enumerate(parts[:-1]):
            if sub not in node or not isinstance(node[sub], dict):
                raise ConfigError(f'--set {key}: no mapping at {".".join(parts[:i + 1])}; '
                                  f'valid keys there: {sorted(node)}')
            node = node[sub]
        leaf = parts[-1]
        if key.startswith('-'):
            raise ConfigError(f'--set {key}: looks like an option; --set takes the rest of the command line, '
                              f'so put other options before it')
        if leaf not in node and key not in NEW_KEYS_ALLOWED:
            raise ConfigError(f'--set {key}: no such key; valid keys there: {sorted(node)}')
        old = node.get(leaf)
        value = _convert_value(raw, old, key)
        node[leaf] = EasyDict(value) if isinstance(value, dict) else value
    return config


def load_cfg(path: Union[str, Path], set_cfgs: Optional[Iterable[str]] = None) -> EasyDict:
    """Load a cfg file with its bases, apply `--set` style overrides, check value types and ranges
    (cfg_checks.CHECKS) and record where it came from.

    >>> cfg = load_cfg('kitti/pointpillar')    # a packaged cfg by name; a file path always wins
    >>> cfg.MODEL.NAME
    'PointPillar'
    """
    cfg = cfg_from_yaml_file(path)
    if set_cfgs:
        cfg_from_list(list(set_cfgs), cfg)
    p = resolve_cfg_path(path)
    check_cfg_values(cfg, source=str(p))
    cfg.ROOT_DIR = str(work_dir())   # outputs go under <ROOT_DIR>/output: the current directory
    cfg.CFG_FILE = str(p)
    cfg.TAG = p.stem
    # OpenPCDet: EXP_GROUP_PATH is the cfg path between 'cfgs/' and the file name
    parts = p.parent.parts
    cfg.EXP_GROUP_PATH = '/'.join(parts[parts.index('cfgs') + 1:]) if 'cfgs' in parts else p.parent.name
    return cfg


def require(cfg: dict, path: str) -> Any:
    """Return cfg[path] for a dotted `path`, or raise ConfigError naming the first missing key."""
    node = cfg
    done = []
    for part in path.split('.'):
        if not isinstance(node, dict) or part not in node:
            where = '.'.join(done) or '<top>'
            valid = sorted(node) if isinstance(node, dict) else []
            raise ConfigError(f'missing required cfg key {path} (no {part!r} under {where}; found: {valid})')
        node = node[part]
        done.append(part)
    return node


def log_config_to_file(cfg: dict, pre: str = 'cfg', logger=None) -> None:
    """Log every leaf as `cfg.A.B: value`, like OpenPCDet."""
    for key, val in cfg.items():
        if isinstance(val, dict):
            logger.info('----------- %s -----------', key)
            log_config_to_file(val, pre=f'{pre}.{key}', logger=logger)
        else:
            logger.info('%s.%s: %s', pre, key, val)
