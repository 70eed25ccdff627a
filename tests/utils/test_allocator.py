"""keep_freed_memory: after it, a large block comes from glibc's heap (not a fresh mmap that page-faults
every time) and stays there when freed; it steps aside when the user set glibc's own variables."""
import ctypes
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# mallinfo2().hblkhd: bytes currently held in mmapped blocks; run in a child so this process keeps its settings
PROBE = r'''
import ctypes, sys
sys.path.insert(0, sys.argv[1])
class MallInfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in ('arena', 'ordblks', 'smblks', 'hblks', 'hblkhd', 'usmblks',
                                               'fsmblks', 'uordblks', 'fordblks', 'keepcost')]
libc = ctypes.CDLL(None)
libc.mallinfo2.restype = MallInfo2
libc.malloc.restype = ctypes.c_void_p
libc.free.argtypes = (ctypes.c_void_p,)
from pcdet_qat_plugin.utils.allocator import keep_freed_memory
def mmapped_while_held(nbytes):
    p = libc.malloc(nbytes)
    held = libc.mallinfo2().hblkhd
    libc.free(p)
    return held
before = mmapped_while_held(96 << 20)
applied = keep_freed_memory()
after = mmapped_while_held(96 << 20)
print(before >= (96 << 20), applied, after < (96 << 20))
'''


def _glibc_with_mallinfo2() -> bool:
    if not sys.platform.startswith('linux'):
        return False
    try:
        return hasattr(ctypes.CDLL(None), 'mallinfo2')
    except OSError:
        return False


def _probe(extra_env=None):
    env = {k: v for k, v in os.environ.items() if k not in ('MALLOC_MMAP_THRESHOLD_', 'MALLOC_TRIM_THRESHOLD_',
                                                            'GLIBC_TUNABLES')}
    env.update(extra_env or {})
    out = subprocess.run([sys.executable, '-c', PROBE, str(REPO)], env=env, capture_output=True, text=True,
                         check=True)
    return out.stdout.split()


@pytest.mark.skipif(not _glibc_with_mallinfo2(), reason='needs glibc >= 2.33 (mallinfo2)')
def test_large_blocks_come_from_the_heap_after_keep_freed_memory():
    assert _probe() == ['True', 'True', 'True']


@pytest.mark.skipif(not _glibc_with_mallinfo2(), reason='needs glibc >= 2.33 (mallinfo2)')
def test_user_glibc_settings_are_left_alone():
    mmapped_before, applied, heap_after = _probe({'MALLOC_TRIM_THRESHOLD_': '131072'})
    assert (mmapped_before, applied, heap_after) == ('True', 'False', 'False')
