"""Shared fixtures: repo paths, the real KITTI sample frames in ../shared, a tiny synthetic KITTI set with
infos and demo cfgs pointing at it (session-scoped, in tmp)."""
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


@pytest.fixture(scope='session')
def tiny_kitti(tmp_path_factory, repo_root):
    from pcdet_qat_plugin.config import load_cfg
    from pcdet_qat_plugin.datasets.kitti.kitti_infos import create_kitti_infos
    from pcdet_qat_plugin.datasets.synthetic import generate_kitti_dataset
    root = tmp_path_factory.mktemp('tiny_kitti') / 'kitti'
    generate_kitti_dataset(str(root), num_frames=8, seed=3, val_fraction=0.25, painted=True)
    for name in ('pointpillar_demo.yaml', 'pointpillar_painted_demo.yaml'):
        cfg = load_cfg(repo_root / 'cfgs' / 'demo' / name)
        create_kitti_infos(cfg.DATA_CONFIG, cfg.CLASS_NAMES, data_path=root, save_path=root, workers=1)
    return root


@pytest.fixture
def demo_cfg(tiny_kitti, repo_root):
    from pcdet_qat_plugin.config import load_cfg

    def make(name='pointpillar_demo.yaml', quantize=None):
        cfg = load_cfg(repo_root / 'cfgs' / 'demo' / name)
        cfg.DATA_CONFIG.DATA_PATH = str(tiny_kitti)
        cfg.OPTIMIZATION.BATCH_SIZE_PER_GPU = 2
        if quantize is not None:
            cfg.QUANTIZE = quantize
        return cfg
    return make


@pytest.fixture(scope='session', params=['generated', 'real'])
def kitti_frames(request, tiny_kitti, tmp_path_factory) -> Path:
    """KITTI-format frames (ImageSets + training/{velodyne,calib,image_2,label_2}) that data code paths run on:
    'generated' (tiny_kitti's synthetic frames, always there) and 'real' (../shared samples, skipped when
    absent), so a clone without ../shared still covers every path; only real-frame values are real-only."""
    if request.param == 'real':
        return request.getfixturevalue('kitti_samples')
    root = tmp_path_factory.mktemp('generated_frames')
    (root / 'training').mkdir()
    (root / 'ImageSets').symlink_to(tiny_kitti / 'ImageSets', target_is_directory=True)
    for sub in ('velodyne', 'calib', 'image_2', 'label_2'):
        (root / 'training' / sub).symlink_to(tiny_kitti / 'training' / sub, target_is_directory=True)
    return root


def is_real(frames_root: Path) -> bool:
    """True for the real KITTI samples (assertions on their particular objects and values apply)."""
    return Path(frames_root).resolve() == KITTI_SAMPLES.resolve()


@pytest.fixture(scope='session')
def real_frames(kitti_frames) -> bool:
    return is_real(kitti_frames)


def split_ids(root: Path, split: str) -> list:
    """Frame ids of ImageSets/<split>.txt, in file order."""
    return (Path(root) / 'ImageSets' / f'{split}.txt').read_text().split()


def all_ids(root: Path) -> list:
    """Every labelled frame id (train + val), sorted."""
    return sorted(set(split_ids(root, 'train')) | set(split_ids(root, 'val')))
