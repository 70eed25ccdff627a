"""Malformed data is refused naming the file (and line): duplicate frame ids in ImageSets or infos,
negative 3D box sizes in labels and predictions; calibration says when it has fewer batches."""
import logging
import os
import pickle
import shutil

import pytest

from pcdet_qat_plugin.datasets.kitti.kitti_infos import create_kitti_infos
from pcdet_qat_plugin.datasets.kitti.kitti_utils import load_infos
from pcdet_qat_plugin.datasets.kitti.object3d_kitti import get_objects_from_label
from pcdet_qat_plugin.errors import DataError
from pcdet_qat_plugin.eval.kitti_io import read_kitti_label_file

CAR = 'Car 0.00 0 -1.58 587.01 173.33 614.12 200.12 {h} {w} {l} 1.84 1.47 8.41 0.01'
DONTCARE = 'DontCare -1 -1 -10 503.89 169.71 590.61 190.13 -1 -1 -1 -1000 -1000 -1000 -10'


@pytest.fixture
def kitti_copy(tiny_kitti, tmp_path):
    """tiny_kitti with its own ImageSets (the frames are symlinked, not copied)."""
    root = tmp_path / 'kitti'
    root.mkdir()
    os.symlink(tiny_kitti / 'training', root / 'training')
    shutil.copytree(tiny_kitti / 'ImageSets', root / 'ImageSets')
    return root


def test_duplicate_id_in_imagesets_refused(kitti_copy, demo_cfg):
    split = kitti_copy / 'ImageSets' / 'val.txt'
    first = split.read_text().split()[0]
    split.write_text(split.read_text() + f'{first}\n')
    cfg = demo_cfg()
    with pytest.raises(DataError, match=rf"val\.txt: frame ids listed more than once: \['{first}'\]"):
        create_kitti_infos(cfg.DATA_CONFIG, cfg.CLASS_NAMES, data_path=kitti_copy, save_path=kitti_copy, workers=1)
    assert not list(kitti_copy.glob('*.pkl'))


def test_duplicate_frame_in_infos_refused(tiny_kitti, tmp_path):
    infos = load_infos(tiny_kitti / 'kitti_infos_val.pkl')
    (tmp_path / 'kitti_infos_val.pkl').write_bytes(pickle.dumps(infos + infos[:1]))
    frame = infos[0]['point_cloud']['lidar_idx']
    with pytest.raises(DataError, match=rf'kitti_infos_val\.pkl: frame {frame} is listed twice \(entries 0 and {len(infos)}\)'):
        load_infos(tmp_path / 'kitti_infos_val.pkl')


@pytest.mark.parametrize('h, w, l', [(-1.5, 1.6, 3.9), (1.5, -0.1, 3.9), (1.5, 1.6, -3.9)])
def test_negative_box_size_refused_in_both_readers(tmp_path, h, w, l):
    label = tmp_path / '000007.txt'
    label.write_text(f'{DONTCARE}\n{CAR.format(h=h, w=w, l=l)}\n')
    with pytest.raises(DataError, match=r'000007\.txt:2: Car has a negative size'):
        get_objects_from_label(label)
    with pytest.raises(DataError, match=r'000007\.txt:2: Car has a negative size'):
        read_kitti_label_file(label)


def test_dontcare_sizes_accepted(tmp_path):
    label = tmp_path / '000008.txt'
    label.write_text(f'{DONTCARE}\n{CAR.format(h=1.5, w=1.6, l=3.9)}\n')
    assert [o.cls_type for o in get_objects_from_label(label)] == ['DontCare', 'Car']
    assert list(read_kitti_label_file(label)['name']) == ['DontCare', 'Car']


def test_calibration_says_when_the_loader_is_shorter(demo_cfg, caplog):
    """Both hosts feed calibration through quant.calibrate.loader_batches: a loader shorter than
    CALIBRATION_ITERS is passed again, and that is said once."""
    import pcdet_qat_plugin
    from pcdet_qat_plugin.datasets import build_dataloader
    from pcdet_qat_plugin.models import load_data_to_device
    from pcdet_qat_plugin.quant import calibrate
    from pcdet_qat_plugin.quant.calibrate import loader_batches
    cfg = demo_cfg(quantize={'MODE': 'calibration', 'CALIBRATION_ITERS': 5})
    _, loader, _ = build_dataloader(cfg.DATA_CONFIG, cfg.CLASS_NAMES, batch_size=4, dist=False, workers=0,
                                    training=False)
    model = pcdet_qat_plugin.build_model(cfg, quantize_mode='calibrate')
    logger = logging.getLogger('pcdet_qat_plugin.quant.calibrate')   # the package logger may not propagate
    logger.addHandler(caplog.handler)
    caplog.set_level(logging.INFO, logger='pcdet_qat_plugin.quant.calibrate')
    try:
        used = calibrate(model, loader_batches(loader, 5), iters=5, prepare=lambda b: load_data_to_device(b, 'cpu'))
    finally:
        logger.removeHandler(caplog.handler)
    assert len(loader) < 5 == used
    said = {r.getMessage() for r in caplog.records if 'fewer than the 5 asked for' in r.getMessage()}
    assert said == {f'calibration loader: {len(loader)} batches, fewer than the 5 asked for: passing it again'}
