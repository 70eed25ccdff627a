"""Where files are looked for and written: cfg files by path or packaged name, and the working folder that
outputs, data and caches default to (the current directory, never the install location).

Imports only the standard library and errors, so config.py and the command line may use it.
"""
import os
from pathlib import Path
from typing import List, Optional, Union

from .errors import ConfigError, OutputError
from .packaged_cfgs import find_packaged_cfg, packaged_cfgs


def resolve_cfg_path(name: Union[str, Path], including_file: Optional[Path] = None) -> Path:
    """Find a cfg file: a path as given (against the including file's folder and each folder above it, then the
    current directory) always wins; else a packaged cfg by name (see find_packaged_cfg).

    The folders above an including file make OpenPCDet's `_BASE_CONFIG_: cfgs/kitti/x.yaml` (relative to
    its tools/) work wherever the cfgs tree sits, whatever its name: in the package, in the repository, or
    copied."""
    path = Path(name)
    candidates: List[Path] = []
    if path.is_absolute():
        candidates.append(path)
    else:
        if including_file is not None:
            folders = list(Path(including_file).parents)
            candidates += [folder / path for folder in folders]
            if path.parts[0] == 'cfgs' and len(path.parts) > 1:   # OpenPCDet's tools/-relative base: the cfgs
                rest = Path(*path.parts[1:])                      # root may have another name (cfgs/openpcdet/)
                candidates += [folder / rest for folder in folders]
        candidates.append(Path.cwd() / path)
    for cand in candidates:
        if cand.is_file():
            return cand.resolve()
    packaged = find_packaged_cfg(name)
    if packaged is not None:
        return packaged
    where = f' (included from {including_file}; tried its folder and those above it)' if including_file else ''
    raise ConfigError(f'cfg file not found: {name}{where}; tried {Path.cwd() / path} and the packaged cfgs '
                      f'({", ".join(packaged_cfgs())}); `pcdet-qat cfgs` lists them')


def work_dir() -> Path:
    """The folder outputs (output/...), data (data/...) and caches are relative to: the current directory."""
    return Path.cwd()


def writable_dir(path: Union[str, Path], what: str = 'output folder', hint: str = '') -> Path:
    """Create `path` (and parents) and check it can be written; OutputError names it otherwise."""
    path = Path(path)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f'{what} {path}: cannot be created ({exc.strerror or exc}){hint}') from exc
    if not os.access(path, os.W_OK | os.X_OK):
        raise OutputError(f'{what} {path}: not writable{hint}')
    return path
