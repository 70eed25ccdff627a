"""Shared fixtures: repo paths, the real KITTI sample frames in ../shared, small reduced-grid cfgs."""
import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def _forget_other_checkout() -> None:
    """An installed copy's .pth hook imports pcdet_qat_plugin (from wherever it is installed) at interpreter
    start, before this file runs: drop those modules and that finder so the tests import this checkout."""
    loaded = sys.modules.get('pcdet_qat_plugin')
    if loaded is None or Path(loaded.__file__).resolve().parents[1] == REPO:
        return
    for name in [m for m in sys.modules if m == 'pcdet_qat_plugin' or m.startswith('pcdet_qat_plugin.')]:
        del sys.modules[name]
    sys.meta_path[:] = [f for f in sys.meta_path if type(f).__name__ != 'OpenPCDetFinder']


_forget_other_checkout()
KITTI_SAMPLES = REPO.parent / 'shared' / 'data' / 'kitti_samples'

# Small test tensors run fastest on one thread (and never oversubscribe the 2 cores).
os.environ.setdefault('OMP_NUM_THREADS', '1')


@pytest.fixture(scope='session')
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope='session')
def kitti_samples() -> Path:
    if not (KITTI_SAMPLES / 'training' / 'velodyne').is_dir():
        pytest.skip(f'real KITTI sample frames not found at {KITTI_SAMPLES} (they live in ../shared/data)')
    return KITTI_SAMPLES
