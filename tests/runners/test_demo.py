"""The demo end to end on a tiny synthetic set (1 epoch each, plain variant): table, results.json schema,
plots, export + onnxruntime evaluation; and the message for a --data_path that is not KITTI-shaped."""
import json

import pytest

from pcdet_qat_plugin.demo.pipeline import check_kitti_folder, ensure_synthetic, quant_section, run_demo
from pcdet_qat_plugin.quant import QuantSettings
from pcdet_qat_plugin.errors import DataError


def test_demo_tiny(tmp_path):
    out = tmp_path / 'demo'
    stale = out / 'plain' / 'qat8' / 'ckpt' / 'checkpoint_epoch_5.pth'    # an earlier run's: not resumed
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b'not a checkpoint')
    res = run_demo(out=str(out), frames=8, epochs=1, qat_epochs=1, variants=('plain',), batch_size=4,
                   workers=0, calib_iters=2, synthetic_dir=str(tmp_path / 'syn'))
    data = json.loads((out / 'results.json').read_text())
    assert set(data) >= {'runs', 'wall_s'}
    assert [(r['mode'], r['bits']) for r in data['runs']] == [('float', 32), ('float-ft', 32), ('qat', 8),
                                                               ('qat', 16), ('calibration', 8)]
    ref = next(r for r in data['runs'] if r['mode'] == 'float-ft')
    for r in data['runs'][2:]:
        assert r['delta_vs_reference'] == pytest.approx(
            sum(r['ap'][f'{c}_3d/moderate_R40'] - ref['ap'][f'{c}_3d/moderate_R40']
                for c in ('Car', 'Pedestrian', 'Cyclist')) / 3, abs=0.01)
        lo, hi = r['delta_interval']      # paired bootstrap over the val frames, around the row's delta
        assert lo <= r['delta_vs_reference'] + 0.01 and r['delta_vs_reference'] - 0.01 <= hi
        assert r['bootstrap']['delta'] == pytest.approx(r['delta_vs_reference'], abs=0.01)
        assert r['bootstrap']['num_frames'] == len((tmp_path / 'syn' / 'ImageSets' / 'val.txt').read_text().split())
    assert 'delta_interval' not in ref and '95% interval' in (out / 'results_table.txt').read_text()
    for r in data['runs']:
        assert r['variant'] == 'plain' and 'Car_3d/moderate_R40' in r['ap'] and r['train_s'] >= 0
    for name in ('loss_curves', 'ap_by_mode', 'delta_intervals', 'activation_ranges', 'sqnr'):
        assert (out / 'plots' / f'{name}.png' if name != 'sqnr' else out / 'plots' / 'sqnr_per_layer.png').is_file()
    assert (out / 'plots' / 'sensitivity.txt').read_text().count('dB') >= 1
    assert 'Car_3d/moderate_R40' in res['export']['onnxruntime_qdq_ap']
    assert (out / 'results_table.txt').is_file()


def test_data_path_not_kitti(tmp_path):
    with pytest.raises(DataError, match='folder not found'):
        check_kitti_folder(tmp_path / 'nope')
    (tmp_path / 'ImageSets').mkdir()
    with pytest.raises(DataError, match='missing ImageSets/train.txt.*pcdet-qat create-synthetic'):
        check_kitti_folder(tmp_path)


def test_quant_section_freezes_second_half_of_short_qat():
    q = QuantSettings.from_value(quant_section('qat', 8, 20, qat_epochs=2))
    assert q.freeze_epochs(2) == (1, 1) and q.bitwidth_weights == q.bitwidth_activations == 8
    assert q.bitwidth_16_layers == ('dense_head.conv_box',)
    assert QuantSettings.from_value(quant_section('qat', 16, 20, qat_epochs=1)).freeze_epochs(1) == (0, -1)
    assert QuantSettings.from_value(quant_section('qat', 8, 20, layers_16bit=())).bitwidth_16_layers == ()
    c = QuantSettings.from_value(quant_section('calibration', 8, 20))
    assert c.mode == 'calibration' and c.calibration_iters == 20


def test_ensure_synthetic_regenerates_only_for_other_settings(tmp_path):
    data = tmp_path / 'syn'
    ensure_synthetic(data, 2, 0, False, config='harder', val_fraction=0.5)
    marker = data / 'synthetic_kitti.json'
    first = marker.stat().st_mtime_ns
    ensure_synthetic(data, 2, 0, False, config='harder', val_fraction=0.5)       # same: kept
    assert marker.stat().st_mtime_ns == first
    ensure_synthetic(data, 2, 0, False, config=None, val_fraction=0.5)           # the demo's settings: new set
    assert json.loads(marker.read_text())['config']['objects']['range_m'] == [5.0, 38.0]
