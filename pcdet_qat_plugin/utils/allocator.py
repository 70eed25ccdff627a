"""Process-wide CPU allocator setting for the commands: keep freed large blocks for reuse (glibc `mallopt`).

glibc hands every block above its mmap threshold (adaptive, at most 32 MiB) straight back to the OS when
freed, so the next tensor of that size page-faults all its memory in again. PointPillars' per-point
tensors are ~95 MB a frame ((pillars, 32, 64) float32), and each op that allocates one paid ~150 ms of page
faults against ~15 ms of arithmetic (bench/quant_eval_speed.py). Raising the mmap and trim thresholds keeps
such blocks in the heap; results are unchanged (only where memory comes from). Called by entry points
(cli/main.py, bench scripts), never on import; a no-op off glibc or when the user set glibc's own variables.
"""
import ctypes
import logging
import os
import sys

logger = logging.getLogger(__name__)

M_TRIM_THRESHOLD = -1          # glibc malloc.h
M_MMAP_THRESHOLD = -3
KEEP_BYTES = 1 << 30           # blocks up to 1 GiB come from (and go back to) the heap (a C int)
USER_SETTINGS = ('MALLOC_MMAP_THRESHOLD_', 'MALLOC_TRIM_THRESHOLD_', 'GLIBC_TUNABLES')


def keep_freed_memory() -> bool:
    """Raise glibc's mmap and trim thresholds to KEEP_BYTES; True when set. Freed memory then stays with
    the process for reuse (its resident size stays near its peak instead of falling between frames)."""
    if not sys.platform.startswith('linux') or any(k in os.environ for k in USER_SETTINGS):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):          # not glibc (musl has no mallopt)
        return False
    mallopt.argtypes, mallopt.restype = (ctypes.c_int, ctypes.c_int), ctypes.c_int
    done = bool(mallopt(M_MMAP_THRESHOLD, KEEP_BYTES)) and bool(mallopt(M_TRIM_THRESHOLD, KEEP_BYTES))
    logger.debug('glibc mmap/trim thresholds %s %d bytes', 'set to' if done else 'NOT set to', KEEP_BYTES)
    return done
