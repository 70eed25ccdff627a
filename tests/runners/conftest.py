"""A tiny synthetic KITTI set with infos, shared by the runner and demo tests (module-scoped, in tmp)."""
import pytest

from pcdet_qat_plugin.config import load_cfg


@pytest.fixture(scope='session')
def tiny_kitti(tmp_path_factory, repo_root):
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
    def make(name='pointpillar_demo.yaml', quantize=None):
        cfg = load_cfg(repo_root / 'cfgs' / 'demo' / name)
        cfg.DATA_CONFIG.DATA_PATH = str(tiny_kitti)
        cfg.OPTIMIZATION.BATCH_SIZE_PER_GPU = 2
        if quantize is not None:
            cfg.QUANTIZE = quantize
        return cfg
    return make
