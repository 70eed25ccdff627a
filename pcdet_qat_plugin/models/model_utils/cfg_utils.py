"""Cfg checks for model builders: a missing key raises ConfigError naming its full key path."""
from typing import Any, Iterable

from ...errors import ConfigError


def check_keys(cfg: Any, keys: Iterable[str], cfg_path: str) -> None:
    """Raise ConfigError naming `cfg_path.KEY` for every key of `keys` missing from the mapping `cfg`."""
    if not isinstance(cfg, dict):
        raise ConfigError(f'{cfg_path}: expected a mapping, found {type(cfg).__name__} ({cfg!r})')
    missing = [k for k in keys if k not in cfg]
    if missing:
        paths = ', '.join(f'{cfg_path}.{k}' for k in missing)
        raise ConfigError(f'missing required cfg key {paths} (found under {cfg_path}: {sorted(cfg)})')


def check_list(value: Any, cfg_path: str, length: int = None, min_length: int = 0) -> list:
    """Return `value` as a list, or raise ConfigError naming `cfg_path` when it is not a list of that length."""
    if not isinstance(value, (list, tuple)):
        raise ConfigError(f'{cfg_path}: expected a list, found {type(value).__name__} ({value!r})')
    if length is not None and len(value) != length:
        raise ConfigError(f'{cfg_path}: expected {length} entries, found {len(value)} ({list(value)!r})')
    if len(value) < min_length:
        raise ConfigError(f'{cfg_path}: expected at least {min_length} entries, found {len(value)}')
    return list(value)
