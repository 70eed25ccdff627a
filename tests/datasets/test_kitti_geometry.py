"""Calibration transforms, label parsing and box conversions on generated and real KITTI sample frames."""
import numpy as np
import pytest

from pcdet_qat_plugin.datasets.kitti import kitti_utils
from pcdet_qat_plugin.datasets.kitti.calibration import Calibration
from pcdet_qat_plugin.datasets.kitti.object3d_kitti import get_objects_from_label
from pcdet_qat_plugin.errors import DataError
from pcdet_qat_plugin.utils import box_utils

from conftest import all_ids  # tests/conftest.py

FRAMES = range(4)  # index into the sorted labelled ids (the real samples: 000000, 000001, 000002, 000134)


def _load(root, idx):
    calib = Calibration(root / 'training' / 'calib' / f'{idx}.txt')
    objs = get_objects_from_label(root / 'training' / 'label_2' / f'{idx}.txt')
    return calib, objs


def test_calibration_round_trips(kitti_frames):
    calib, _ = _load(kitti_frames, all_ids(kitti_frames)[3])
    pts = np.random.default_rng(0).uniform([-40, -40, -3], [70, 40, 2], size=(500, 3)).astype(np.float32)
    back = calib.rect_to_lidar(calib.lidar_to_rect(pts))
    np.testing.assert_allclose(back, pts, atol=1e-3)
    rect = calib.lidar_to_rect(pts[pts[:, 0] > 5])
    uv, depth = calib.rect_to_img(rect)
    again = calib.img_to_rect(uv[:, 0], uv[:, 1], depth)
    np.testing.assert_allclose(again, rect, atol=5e-2)  # img_to_rect ignores P2[2, 3] like OpenPCDet
    info = calib.to_info()
    assert {k: v.shape for k, v in info.items()} == {'P2': (4, 4), 'R0_rect': (4, 4), 'Tr_velo_to_cam': (4, 4)}
    np.testing.assert_allclose(Calibration.from_info(info).lidar_to_rect(pts), calib.lidar_to_rect(pts), atol=1e-4)


@pytest.mark.parametrize('frame', FRAMES)
def test_box_camera_lidar_camera_round_trip(kitti_frames, frame):
    calib, objs = _load(kitti_frames, all_ids(kitti_frames)[frame])
    objs = [o for o in objs if o.cls_type != 'DontCare']
    cam = np.array([[*o.loc, o.l, o.h, o.w, o.ry] for o in objs], dtype=np.float32)
    lidar = box_utils.boxes3d_kitti_camera_to_lidar(cam, calib)
    back = box_utils.boxes3d_lidar_to_kitti_camera(lidar, calib)
    np.testing.assert_allclose(back, cam, atol=2e-3)


@pytest.mark.parametrize('frame', FRAMES)
def test_every_labelled_box_holds_points(kitti_frames, frame):
    idx = all_ids(kitti_frames)[frame]
    calib, objs = _load(kitti_frames, idx)
    objs = [o for o in objs if o.cls_type != 'DontCare']
    points = kitti_utils.read_points(kitti_frames / 'training' / 'velodyne' / f'{idx}.bin')
    cam = np.array([[*o.loc, o.l, o.h, o.w, o.ry] for o in objs], dtype=np.float32)
    counts = box_utils.points_in_boxes_mask(points, box_utils.boxes3d_kitti_camera_to_lidar(cam, calib)).sum(1)
    assert (counts > 0).all(), dict(zip([o.cls_type for o in objs], counts))


def test_labels_of_sample_frames(kitti_samples):
    _, objs = _load(kitti_samples, '000134')
    names = [o.cls_type for o in objs]
    assert len(names) == 17 and names.count('DontCare') == 2
    assert names.count('Car') == 3 and names.count('Cyclist') == 5 and names.count('Pedestrian') == 7
    _, objs = _load(kitti_samples, '000001')
    by_name = {o.cls_type: o for o in objs}
    assert by_name['Car'].level == -1  # 2D box under 25 px
    assert by_name['Cyclist'].level == -1 and by_name['Cyclist'].occlusion == 3
    assert by_name['Truck'].cls_id == -1


def test_png_size_from_header(kitti_frames, real_frames):
    from PIL import Image
    png = kitti_frames / 'training' / 'image_2' / f'{all_ids(kitti_frames)[3]}.png'
    width, height = Image.open(png).size
    assert kitti_utils.read_png_size(png).tolist() == [height, width]
    assert [height, width] == [370, 1224] or not real_frames


def test_every_kitti_class_and_unknown_kept(tmp_path, caplog):
    lines = ['Van 0.00 0 1.0 10 20 110 120 1.9 1.8 4.5 1.0 1.5 20.0 0.1',
             'Person_sitting 0.10 1 0.5 10 20 40 90 1.2 0.6 0.8 -2.0 1.6 9.0 -1.0',
             'Tram 0.0 0 0 1 2 3 4 3.5 2.5 15.0 5 1.6 40 0.2',
             'Bus 0.2 2 0.3 100 100 200 160 3.0 2.5 10.0 3 1.6 30 0.0 0.87',
             'DontCare -1 -1 -10 5 5 50 50 -1 -1 -1 -1000 -1000 -1000 -10']
    f = tmp_path / 'label.txt'
    f.write_text('\n'.join(lines) + '\n')
    objs = get_objects_from_label(f)
    assert [o.cls_type for o in objs] == ['Van', 'Person_sitting', 'Tram', 'Bus', 'DontCare']
    van, sit, _, bus, _ = objs
    assert (van.truncation, van.occlusion, van.alpha) == (0.0, 0, 1.0)
    assert van.box2d.tolist() == [10, 20, 110, 120] and (van.h, van.w, van.l) == (1.9, 1.8, 4.5)
    assert van.level == 0 and sit.level == 1 and bus.level == 2 and bus.score == pytest.approx(0.87)
    assert bus.cls_id == -1 and 'Bus' in caplog.text


@pytest.mark.parametrize('line,expect', [('Car 0.0 0 0 1 2 3 4 1.5 1.6 3.9 1 1', 'found 13'),
                                         ('Car 0.0 zero 0 1 2 3 4 1.5 1.6 3.9 1 1 10 0', 'non-numeric')])
def test_malformed_label_line_names_file_and_line(tmp_path, line, expect):
    f = tmp_path / 'bad.txt'
    f.write_text('Car 0.0 0 0 1 2 3 4 1.5 1.6 3.9 1 1 10 0\n' + line + '\n')
    with pytest.raises(DataError, match=rf'bad\.txt:2: .*{expect}'):
        get_objects_from_label(f)


def test_bad_calib_and_points_name_the_file(tmp_path):
    calib = tmp_path / 'calib.txt'
    calib.write_text('P2: 1 2 3\n')
    with pytest.raises(DataError, match=r'calib\.txt:1: P2 has 3 numbers'):
        Calibration(calib)
    calib.write_text('P0: 1 2 3 4 5 6 7 8 9 10 11 12\n')
    with pytest.raises(DataError, match=r'calib\.txt: missing calibration entries'):
        Calibration(calib)
    pts = tmp_path / 'pts.bin'
    pts.write_bytes(np.zeros(10, np.float32).tobytes())
    with pytest.raises(DataError, match=r'pts\.bin: 10 float32 values, not a multiple of 4 features'):
        kitti_utils.read_points(pts, 4)
