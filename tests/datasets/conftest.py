"""Fixtures for the data tests: a tmp_path copy-by-symlink of the KITTI-format frames (generated, and the real
samples when ../shared has them; never written in place), with infos and gt database created once per session."""
import shutil
from pathlib import Path

import pytest

from pcdet_qat_plugin.config import load_cfg


def symlink_copy(src: Path, dst: Path) -> Path:
    """dst/{ImageSets, training/<sub>} as symlinks into src; dst and dst/training are real folders."""
    (dst / 'training').mkdir(parents=True)
    (dst / 'ImageSets').symlink_to(src / 'ImageSets', target_is_directory=True)
    for sub in (src / 'training').iterdir():
        (dst / 'training' / sub.name).symlink_to(sub, target_is_directory=True)
    return dst


def real_copy_of(root: Path, sub: str) -> Path:
    """Replace the symlinked training/<sub> (or ImageSets) by a real copy, so a test may damage it."""
    link = root / sub
    target = link.resolve()
    link.unlink()
    shutil.copytree(target, link)
    return link


@pytest.fixture(scope='session')
def pp_cfg():
    return load_cfg('cfgs/kitti/pointpillar.yaml')


@pytest.fixture(scope='session')
def kitti_root(kitti_frames, tmp_path_factory, pp_cfg) -> Path:
    """Symlinked sample folder with kitti_infos_{train,val,trainval}.pkl, gt_database/ and dbinfos."""
    from pcdet_qat_plugin.datasets.kitti.kitti_infos import create_kitti_infos
    root = symlink_copy(kitti_frames, tmp_path_factory.mktemp('kitti'))
    create_kitti_infos(pp_cfg.DATA_CONFIG, pp_cfg.CLASS_NAMES, root, workers=1)
    return root


@pytest.fixture
def fresh_root(kitti_frames, tmp_path) -> Path:
    return symlink_copy(kitti_frames, tmp_path / 'kitti')
