"""Shared fixtures: repo paths, the real KITTI sample frames in ../shared, small reduced-grid cfgs."""
import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def _forget_other_copy() -> None:
    """The .pth import hook of an installed copy (e.g. an editable install of another checkout) imports
    pcdet_qat_plugin at interpreter start; drop that copy so this checkout's package is the one tested."""
    loaded = sys.modules.get('pcdet_qat_plugin')
    if loaded is None or Path(loaded.__file__).resolve().parent.parent == REPO:
        return
    sys.meta_path[:] = [f for f in sys.meta_path if type(f).__name__ != 'OpenPCDetFinder']
    for name in [n for n in sys.modules if n == 'pcdet_qat_plugin' or n.startswith('pcdet_qat_plugin.')]:
        del sys.modules[name]
    from pcdet_qat_plugin.hosts.openpcdet.hook import install
    install()


_forget_other_copy()
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
