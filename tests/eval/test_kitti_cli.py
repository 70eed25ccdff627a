"""Label reader and `python -m pcdet_qat_plugin.eval` on generated and real sample labels: bad input, empty
predictions (values of particular real objects checked on the real labels only)."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from pcdet_qat_plugin.errors import DataError
from pcdet_qat_plugin.cli.main import run_command
from pcdet_qat_plugin.eval.score_dirs import evaluate_dirs
from pcdet_qat_plugin.eval.kitti_io import read_kitti_label_dir

from conftest import all_ids  # tests/conftest.py

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope='module')
def labels(kitti_frames):
    return kitti_frames / 'training' / 'label_2'


@pytest.fixture(scope='module')
def ids(kitti_frames):
    """Four labelled frame ids (the real samples: 000000, 000001, 000002, 000134)."""
    return all_ids(kitti_frames)[:4]


def _as_predictions(label_dir, pred_dir, ids, score=0.9, edit=None):
    """Write the labels of ids (minus DontCare) as prediction files with a score column."""
    pred_dir.mkdir(parents=True, exist_ok=True)
    for frame_id in ids:
        rows = [line.split() for line in (label_dir / f'{frame_id}.txt').read_text().splitlines() if line.strip()]
        rows = [r + [f'{score - 0.01 * k:.2f}'] for k, r in enumerate(rows) if r[0] != 'DontCare']
        if edit:
            rows = edit(frame_id, rows)
        (pred_dir / f'{frame_id}.txt').write_text(''.join(' '.join(r) + '\n' for r in rows))


def test_reader_layout(labels, ids, real_frames):
    (anno,) = read_kitti_label_dir(labels, [ids[1]])
    rows = [line.split() for line in (labels / f'{ids[1]}.txt').read_text().splitlines() if line.strip()]
    assert anno['frame_id'] == ids[1]
    assert anno['bbox'].shape == (len(rows), 4) and anno['dimensions'].shape == (len(rows), 3)
    h, w, l = map(float, rows[1][8:11])
    np.testing.assert_allclose(anno['dimensions'][1], [l, h, w])   # file h w l -> l h w
    np.testing.assert_allclose(anno['location'][1], [float(x) for x in rows[1][11:14]])
    assert anno['occluded'].dtype == np.int64 and anno['occluded'].tolist() == [int(r[2]) for r in rows]
    assert np.all(anno['score'] == 0)
    if real_frames:
        np.testing.assert_allclose(anno['dimensions'][1], [3.69, 1.67, 1.87])
        assert anno['occluded'][2] == 3 and len(rows) == 7
    every = read_kitti_label_dir(labels)
    assert [a['frame_id'] for a in every] == sorted(p.stem for p in labels.glob('*.txt'))
    assert [a['frame_id'] for a in read_kitti_label_dir(labels, [int(ids[3]), int(ids[2])])] == [ids[3], ids[2]]


def test_cli_scores_labels_as_predictions(labels, ids, tmp_path, capsys, real_frames):
    ids = ids[1:]
    _as_predictions(labels, tmp_path / 'pred', ids)
    split = tmp_path / 'val.txt'
    split.write_text('\n'.join(ids) + '\n')
    out = tmp_path / 'res' / 'result.json'
    rc = run_command('eval', ['--gt_dir', str(labels), '--pred_dir', str(tmp_path / 'pred'), '--split', str(split),
               '--out', str(out)])
    assert rc == 0
    printed = capsys.readouterr().out
    assert 'Car AP@0.70, 0.70, 0.70:' in printed and 'Car AP_R40@0.70, 0.70, 0.70:' in printed
    assert 'Cyclist AP_R40@0.50, 0.25, 0.25:' in printed
    result = json.loads(out.read_text())
    assert {'Car_3d/moderate_R40', 'Car_bev/easy_R40', 'Car_image/hard_R40', 'Car_aos/easy_R40',
            'Car_3d/moderate', 'Pedestrian_bev/hard', 'Cyclist_3d/easy_R40'} <= set(result)
    assert max(result.values()) > 0
    if real_frames:   # 000134 holds one easy Car: a single valid gt gives only sample point 0 (docs/evaluation.md)
        assert result['Car_3d/easy'] == pytest.approx(100 / 11)
    assert list(tmp_path.joinpath('res').iterdir()) == [out]   # written atomically, no temp file left


def test_missing_prediction_file_is_an_empty_frame(labels, ids, tmp_path, real_frames):
    _as_predictions(labels, tmp_path / 'pred', [ids[3]])
    split = tmp_path / 'val.txt'
    split.write_text(f'{ids[1]}\n{ids[3]}\n')
    _, res = evaluate_dirs(labels, tmp_path / 'pred', split)
    _as_predictions(labels, tmp_path / 'both', [ids[1], ids[3]])
    _, both = evaluate_dirs(labels, tmp_path / 'both', split)
    assert set(res) == set(both) and all(res[k] <= both[k] + 1e-9 for k in res)   # ids[1] counts as missed
    if real_frames:
        assert res['Car_3d/easy'] == pytest.approx(100 / 11)


def test_empty_prediction_dir_gives_zero(labels, tmp_path):
    (tmp_path / 'pred').mkdir()
    _, res = evaluate_dirs(labels, tmp_path / 'pred')
    assert res and all(v == 0.0 for v in res.values())


def test_bad_predictions_name_the_frame(labels, ids, tmp_path):
    def nan_loc(frame_id, rows):
        if frame_id == ids[3]:
            rows[1][11] = 'nan'
        return rows
    _as_predictions(labels, tmp_path / 'a', [ids[2], ids[3]], edit=nan_loc)
    with pytest.raises(DataError, match=f'{ids[3]}.*NaN/inf'):
        evaluate_dirs(labels, tmp_path / 'a', None)

    def neg_size(frame_id, rows):
        rows[0][8] = '-1.5'
        return rows
    _as_predictions(labels, tmp_path / 'b', [ids[2]], edit=neg_size)
    with pytest.raises(DataError, match=f'{ids[2]}.*negative size'):
        evaluate_dirs(labels, tmp_path / 'b', None)

    _as_predictions(labels, tmp_path / 'c', [ids[2], ids[3]])
    split = tmp_path / 'val.txt'
    split.write_text(f'{ids[2]}\n')
    with pytest.raises(DataError, match=f'frame {ids[3]} is not in the split'):
        evaluate_dirs(labels, tmp_path / 'c', split)

    def no_score(frame_id, rows):
        return [r[:15] for r in rows]
    _as_predictions(labels, tmp_path / 'd', [ids[2]], edit=no_score)
    with pytest.raises(DataError, match=rf'{ids[2]}\.txt:1: 15 columns'):
        evaluate_dirs(labels, tmp_path / 'd', None)


def test_module_entry_point_reports_errors(labels, ids, tmp_path):
    pred = tmp_path / 'pred'
    _as_predictions(labels, pred, [ids[2]])
    shutil.copy(pred / f'{ids[2]}.txt', pred / '999999.txt')
    proc = subprocess.run([sys.executable, '-m', 'pcdet_qat_plugin.eval', '--gt_dir', str(labels),
                           '--pred_dir', str(pred)], capture_output=True, text=True, cwd=REPO, timeout=300)
    assert proc.returncode == 2
    assert 'frame 999999 is not in' in proc.stderr
