"""Atomic file writes: a temporary file in the target folder, then os.replace, so readers and a run
killed at any moment only ever see whole files; an output-folder lock (a file holding the owner's pid) so
two runs never write into one folder. Imports nothing heavy."""
import contextlib
import logging
import os
import socket
import tempfile
import time
from pathlib import Path
from typing import Callable, IO, Iterator, Union

from ..errors import OutputError

LOCK_NAME = '.pcdet_qat_run.lock'
_logger = logging.getLogger(__name__)


def atomic_write(path: Union[str, Path], write: Callable[[IO], None], binary: bool = True,
                 durable: bool = False) -> Path:
    """Call `write(f)` on a temp file next to `path`, then rename it onto `path` (fsync first if durable).
    The file gets the usual umask-based mode (mkstemp's 0600 would hide it from other users)."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix='.' + path.name + '.', suffix='.tmp', dir=str(path.parent))
    except OSError as exc:  # name the file asked for, not its hidden temp file
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    try:
        with os.fdopen(fd, 'wb' if binary else 'w') as f:
            write(f)
            if durable:
                f.flush()
                os.fsync(f.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        try:
            os.replace(tmp, path)
        except OSError as exc:  # e.g. `path` is a folder: name it, not the temp file
            raise OSError(exc.errno, exc.strerror, str(path)) from exc
    except BaseException:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise
    return path


def atomic_write_bytes(path: Union[str, Path], data: bytes) -> Path:
    return atomic_write(path, lambda f: f.write(data))


def atomic_write_text(path: Union[str, Path], text: str) -> Path:
    return atomic_write(path, lambda f: f.write(text), binary=False)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, owned by another user
        return True
    return True


def _age_s(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return float('inf')


def _read_lock(lock: Path) -> dict:
    """{'pid': int, 'host': str} from a lock file; empty when unreadable (a lock being written)."""
    try:
        pid, host = lock.read_text().split('\n')[:2]
        return {'pid': int(pid), 'host': host}
    except (OSError, ValueError):
        return {}


@contextlib.contextmanager
def output_folder_lock(folder: Union[str, Path]) -> Iterator[Path]:
    """Hold `folder` for this process: a lock file with our pid and host, created exclusively. A lock of a
    live process raises OutputError naming the folder and the holder; one left by a dead pid on this host is
    taken over. The lock is removed on exit if it is still ours."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    lock = folder / LOCK_NAME
    mine = f'{os.getpid()}\n{socket.gethostname()}\n'
    for _ in range(3):
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            holder = _read_lock(lock)
            if not holder and _age_s(lock) < 5:  # just created by a run that has not written its pid yet
                holder = {'pid': '?', 'host': socket.gethostname()}
            local = holder.get('host') == socket.gethostname()
            if holder and (not local or holder['pid'] == '?' or _pid_alive(holder['pid'])):
                where = '' if local else f' on host {holder["host"]}'
                raise OutputError(f'{folder} is in use by another run (pid {holder["pid"]}{where}, lock file '
                                  f'{lock}); wait for it to finish or choose another --extra_tag / --output_dir')
            if holder:
                _logger.warning('taking over %s: its holder (pid %d) is no longer running', lock, holder['pid'])
            with contextlib.suppress(FileNotFoundError):
                os.remove(lock)
            continue
        with os.fdopen(fd, 'w') as f:
            f.write(mine)
        break
    else:
        raise OutputError(f'{folder}: cannot take the lock file {lock} (another run keeps re-creating it)')
    try:
        yield lock
    finally:
        with contextlib.suppress(OSError):
            if lock.read_text() == mine:
                os.remove(lock)
