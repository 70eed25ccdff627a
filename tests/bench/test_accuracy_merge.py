"""bench/accuracy.py's bookkeeping without training: where --merge finds each run of side-by-side (or stopped)
runs, the checks on what it merges, the target and margin verdicts and the last line's format."""
import importlib.util
import json
from argparse import Namespace
from pathlib import Path

import pytest

from pcdet_qat_plugin.errors import DataError
from pcdet_qat_plugin.eval.bootstrap import SeedCombinedDelta

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope='module')
def bench():
    spec = importlib.util.spec_from_file_location('bench_accuracy', ROOT / 'bench' / 'accuracy.py')
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _args(**kw):
    base = dict(val_frames=8, seeds=2, resamples=10, data_dir='/data/harder', train_frames=4, epochs=2,
                qat_epochs=1, variants=['plain'], modes=['float-ft', 'qat8*', 'calib8*'])
    base.update(kw)
    return base


def _ckpt(run_dir: Path, *epochs):
    (run_dir / 'ckpt').mkdir(parents=True)
    for e in epochs:
        (run_dir / 'ckpt' / f'checkpoint_epoch_{e}.pth').write_bytes(b'')


def _layout(out: Path, variant: str, seeds: int, modes, rounds=1, finished=True):
    """The folders run_variant writes, with empty checkpoint files; accuracy.json when finished, else only
    rounds.json (a run stopped part-way)."""
    _ckpt(out / variant / 'float', 2)
    _ckpt(out / variant / f'round{rounds - 1}' / 'seed0' / 'float-ft', 1)
    for s in range(seeds):
        for m in modes:
            if (s, m) != (0, 'float-ft'):
                _ckpt(out / variant / f'seed{s}' / m.replace('*', '_box16'), 1, 2) if m != 'calib8*' else \
                    _ckpt(out / variant / f'seed{s}' / 'calib8_box16', 1)
    rounds_list = [{'float_ap': 60.0, 'float_ft_ap': 60.1, 'gain': 0.1,
                    'float_ckpt': str(out / variant / 'float' / 'ckpt' / 'checkpoint_epoch_2.pth')}] * rounds
    args = _args(variants=[variant], modes=list(modes), seeds=seeds)
    if finished:
        (out / 'accuracy.json').write_text(json.dumps({'args': args, 'wall_s': 5.0, 'stage_s': {'a': 1},
                                                       'rounds': {variant: rounds_list}}))
    else:
        (out / variant / 'rounds.json').write_text(json.dumps({'args': args, 'rounds': rounds_list}))


def test_merge_finds_every_run_of_side_by_side_folders(bench, tmp_path):
    modes = ['float-ft', 'qat8*', 'calib8*']
    _layout(tmp_path / 'p', 'plain', 2, modes, rounds=2)
    _layout(tmp_path / 'q', 'painted', 2, modes)
    args, variants, held = bench.merge_results([tmp_path / 'p', tmp_path / 'q'])
    assert args.variants == ['plain', 'painted'] and args.seeds == 2 and args.modes == modes
    runs = variants['plain']['runs']
    assert sorted(runs) == sorted((s, m) for s in range(2) for m in modes)
    assert runs[(0, 'float-ft')]['ckpt'].endswith('plain/round1/seed0/float-ft/ckpt/checkpoint_epoch_1.pth')
    assert runs[(1, 'qat8*')]['ckpt'].endswith('plain/seed1/qat8_box16/ckpt/checkpoint_epoch_2.pth')   # latest
    assert runs[(1, 'qat8*')]['output_dir'].endswith('plain/seed1/qat8_box16')
    assert variants['painted']['float']['output_dir'].endswith('painted/float')


def test_merge_of_a_stopped_run_takes_the_first_seeds(bench, tmp_path):
    modes = ['float-ft', 'qat8*']
    _layout(tmp_path / 'p', 'plain', 1, modes, finished=False)     # seed 1 never started
    (tmp_path / 'p' / 'plain' / 'rounds.json').write_text(json.dumps(
        {**json.loads((tmp_path / 'p' / 'plain' / 'rounds.json').read_text()), 'args': _args(modes=modes, seeds=3)}))
    args, variants, _ = bench.merge_results([tmp_path / 'p'], seeds=1)
    assert args.seeds == 1 and sorted(variants['plain']['runs']) == [(0, 'float-ft'), (0, 'qat8*')]
    with pytest.raises(DataError, match='no checkpoint'):
        bench.merge_results([tmp_path / 'p'], seeds=2)
    with pytest.raises(DataError, match='--seeds 4 but that run has 3'):
        bench.merge_results([tmp_path / 'p'], seeds=4)


def test_merge_refuses_mixed_options_a_variant_twice_and_no_result(bench, tmp_path):
    modes = ['float-ft', 'qat8*']
    _layout(tmp_path / 'a', 'plain', 1, modes)
    _layout(tmp_path / 'b', 'painted', 1, modes)
    data = json.loads((tmp_path / 'b' / 'accuracy.json').read_text())
    data['args']['val_frames'] = 9
    (tmp_path / 'b' / 'accuracy.json').write_text(json.dumps(data))
    with pytest.raises(DataError, match='val_frames 9 differs'):
        bench.merge_results([tmp_path / 'a', tmp_path / 'b'])
    data['args']['val_frames'] = 8
    data['args']['bias_calibration'] = True          # a newer option; a run saved without it had it off
    (tmp_path / 'b' / 'accuracy.json').write_text(json.dumps(data))
    with pytest.raises(DataError, match='bias_calibration True differs from False'):
        bench.merge_results([tmp_path / 'a', tmp_path / 'b'])
    data['args']['bias_calibration'] = False
    data['args']['ft_lr_factor'] = 0.01              # a run saved before --ft_lr_factor ran at the demo's 0.1
    (tmp_path / 'b' / 'accuracy.json').write_text(json.dumps(data))
    with pytest.raises(DataError, match='ft_lr_factor 0.01 differs from 0.1'):
        bench.merge_results([tmp_path / 'a', tmp_path / 'b'])
    with pytest.raises(DataError, match='variant plain is in two'):
        bench.merge_results([tmp_path / 'a', tmp_path / 'a'])
    (tmp_path / 'c').mkdir()
    with pytest.raises(DataError, match='not a bench/accuracy.py result'):
        bench.merge_results([tmp_path / 'c'])


def _delta(mean, lo, hi):
    return SeedCombinedDelta(mean, lo, hi, (hi - lo) / 2, 0.0, 0.0, [mean], 0.95)


def test_verdicts_and_last_line(bench):
    assert bench.target_met('qat8*', _delta(-0.1, -0.15, 0.3)).endswith('met')
    assert bench.target_met('qat8*', _delta(0.0, -0.25, 0.25)).endswith(': met')        # half 0.25, mean ok
    assert bench.target_met('qat8*', _delta(0.0, -0.5, 0.5)).endswith('missed')
    assert bench.margin_verdict(_delta(10, 9, 11), _delta(-0.1, -0.5, 0.3)) == 'kept'
    assert bench.margin_verdict(_delta(10, 9, 11), _delta(-1, -1.5, -0.5)).startswith('painted above plain')
    assert bench.margin_verdict(_delta(1, -1, 3), _delta(0, -1, 1)) == 'not kept'
    stats = {'plain': {m: _delta(-0.123, -0.5, 0.25) for m in bench.SHORT}}
    partial = bench.last_line({'plain': {'rounds': [{'float_ap': 61.27}]}},
                              {'plain': {'qat8*': _delta(-1.5, -2, -1)}}, Namespace(seeds=1), 1000)
    assert partial.startswith('accuracy plain: qat8* -1.50 [-2.00, -1.00], qat16 n/a [n/a, n/a], calib8* n/a')
    line = bench.last_line({'plain': {'rounds': [{'float_ap': 61.27}]}}, stats, Namespace(seeds=3), 1000)
    assert line == ('accuracy plain: qat8* -0.12 [-0.50, +0.25], qat16 -0.12 [-0.50, +0.25], calib8* -0.12 '
                    '[-0.50, +0.25]; painted: qat8* n/a [n/a, n/a], qat16 n/a [n/a, n/a], calib8* n/a [n/a, n/a]; '
                    'float 61.27, val 1000 frames, seeds 3')


def test_mode_cfgs_bias_calibration_and_lr_factors(bench):
    from pcdet_qat_plugin.config import load_cfg
    from pcdet_qat_plugin.demo.pipeline import DEMO_CFGS
    base = load_cfg(DEMO_CFGS['plain'])
    args = bench.parse_args(['--bias_calibration', '--extra_16bit', 'vfe.pfn_layers.0.linear'])
    calib, qat = bench.mode_cfg(base, 'calib8*', args), bench.mode_cfg(base, 'qat8*', args)
    assert calib.QUANTIZE.BIAS_CALIBRATION is True and 'BIAS_CALIBRATION' not in qat.QUANTIZE
    assert calib.QUANTIZE.BITWIDTH_16_LAYERS == ['dense_head.conv_box', 'vfe.pfn_layers.0.linear']
    assert calib.OPTIMIZATION.LR == base.OPTIMIZATION.LR
    assert qat.OPTIMIZATION.LR == pytest.approx(base.OPTIMIZATION.LR * bench.FT_LR_FACTOR)
    assert 'BIAS_CALIBRATION' not in bench.mode_cfg(base, 'calib8*', bench.parse_args([])).QUANTIZE
    assert bench.mode_cfg(base, 'qat16', bench.parse_args(['--range_tail_16bit', '0'])).QUANTIZE.RANGE_TAIL_16BIT == 0
    assert 'RANGE_TAIL_16BIT' not in bench.mode_cfg(base, 'qat16', bench.parse_args([])).QUANTIZE
    faster = bench.parse_args(['--qat_lr_factor', '0.03'])
    assert bench.mode_cfg(base, 'qat16', faster).OPTIMIZATION.LR == pytest.approx(base.OPTIMIZATION.LR * 0.03)
    assert bench.mode_cfg(base, 'float-ft', faster).OPTIMIZATION.LR == \
        pytest.approx(base.OPTIMIZATION.LR * bench.FT_LR_FACTOR)


def test_resume_keeps_finished_stages_and_evaluates_a_bare_checkpoint(bench, tmp_path, monkeypatch):
    """--resume: a stage with its last-epoch checkpoint and result.pkl is kept as it is (nothing runs); one with
    the checkpoint only is evaluated again (the demo stage with resume=True); without --resume it is redone."""
    from pcdet_qat_plugin.demo import pipeline
    calls = []
    monkeypatch.setattr(pipeline, '_train_and_eval', lambda cfg, run_dir, epochs, pretrained, w, b, seed, resume=False:
                        calls.append((run_dir.name, resume)) or {'ckpt': 'x'})
    cfg = bench.bench_cfg('plain', tmp_path / 'data')
    done, bare = tmp_path / 'done', tmp_path / 'bare'
    _ckpt(done, 2)
    _ckpt(bare, 2)
    result = done / 'eval' / 'epoch_2' / cfg.DATA_CONFIG.DATA_SPLIT['test'] / 'default' / 'result.pkl'
    result.parent.mkdir(parents=True)
    result.write_bytes(b'')
    clock = bench.Clock()
    args = Namespace(resume=True, workers=0, batch_size=1)
    run = bench.stage(clock, 'done', cfg, done, 2, None, 0, args)
    assert run['ckpt'] == str(done / 'ckpt' / 'checkpoint_epoch_2.pth') and calls == []
    bench.stage(clock, 'bare', cfg, bare, 2, None, 0, args)
    bench.stage(clock, 'done', cfg, done, 2, None, 0, Namespace(resume=False, workers=0, batch_size=1))
    assert calls == [('bare', True), ('done', False)]
