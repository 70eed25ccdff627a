"""Atomic file writes: a temporary file in the target folder, then os.replace, so readers and a run
killed at any moment only ever see whole files. Imports nothing heavy."""
import os
import tempfile
from pathlib import Path
from typing import Callable, IO, Union


def atomic_write(path: Union[str, Path], write: Callable[[IO], None], binary: bool = True,
                 durable: bool = False) -> Path:
    """Call `write(f)` on a temp file next to `path`, then rename it onto `path` (fsync first if durable).
    The file gets the usual umask-based mode (mkstemp's 0600 would hide it from other users)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix='.' + path.name + '.', suffix='.tmp', dir=str(path.parent))
    try:
        with os.fdopen(fd, 'wb' if binary else 'w') as f:
            write(f)
            if durable:
                f.flush()
                os.fsync(f.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise
    return path


def atomic_write_bytes(path: Union[str, Path], data: bytes) -> Path:
    return atomic_write(path, lambda f: f.write(data))


def atomic_write_text(path: Union[str, Path], text: str) -> Path:
    return atomic_write(path, lambda f: f.write(text), binary=False)
