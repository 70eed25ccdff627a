"""Accuracy benchmark with confidence intervals: quantized minus float-ft, mean moderate 3D AP (R40).

Run by hand. Full size (the defaults) takes well over 90 minutes on one core. What was run (2026-12-01,
docs/results.md), one process per variant side by side, one core each, then both merged into one table,
the painted - plain margin and one last line (seconds, no training):

    python bench/accuracy.py --data_only --train_frames 240    # plain + painted data and infos, once
    python bench/accuracy.py --variants plain --train_frames 240 --epochs 20 --threads 1 --seeds 3 \\
        --modes float-ft,qat8*,qat8,qat16,calib8* --out output/accuracy_plain &
    python bench/accuracy.py --variants painted --train_frames 240 --epochs 20 --threads 1 --seeds 3 \\
        --modes float-ft,qat8*,qat8,qat16,calib8* --out output/accuracy_painted
    python bench/accuracy.py --merge output/accuracy_plain output/accuracy_painted --out output/accuracy

Measured there (wall, both processes side by side, --threads 1 limiting torch's and numba's pools): float
training 20 min, then per seed float-ft about 3 min, QAT-8* 4-5, QAT-8 3.5, QAT-16 5, calibration-8* 2.5:
about 20 minutes per seed for all five modes. A run stopped part-way merges its finished seeds with
`--merge ... --seeds K`, and the same command with `--resume` continues it (finished stages are kept).
Experiments on the same float models: hard-link `float/`, `round0/` and each `seedS/float-ft/` of a finished
run into a new --out (`cp -al`), then run with --resume and the option under test (--qat_lr_factor,
--bias_calibration, --extra_16bit, ...) and the modes it changes.

Options:

    python bench/accuracy.py [--val_frames 1000] [--train_frames 320] [--epochs 24] [--seeds 3]
                             [--variants plain,painted] [--resamples 1000] [--out output/accuracy]

On the 'harder' synthetic preset (docs/synthetic.md) and a 51.2 m demo-width grid: a float PointPillars
trained from scratch, checked for convergence (a float-ft fine-tune must gain < --converged_gain AP, else
the fine-tune becomes the float model, up to --max_rounds times); then per seed, from that float model:
float-ft (the reference), QAT-8* (box head 16 bits), pure QAT-8, QAT-16, and calibration-8* of that
seed's float-ft. Each delta: mean over seeds, 95 % interval = paired bootstrap over val frames combined
with the seed spread (pcdet_qat_plugin.eval.bootstrap.combine_seeds). Scale down with --val_frames,
--train_frames, --epochs, --seeds, --variants plain, --resamples. Prints a table per variant and ends
with one line (`accuracy plain: ...`); writes <out>/accuracy.json.
"""
import argparse
import copy
import json
import sys
import time
from pathlib import Path
from typing import Optional

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

GRID_RANGE = [0, -20.48, -3, 51.2, 20.48, 1]    # 160 x 128 pillars of 0.32 m; the preset places objects to 50 m
MODES = ('float-ft', 'qat8*', 'qat8', 'qat16', 'calib8*')
TARGETS = {'qat8*': -0.2, 'qat16': -0.1, 'calib8*': -1.0}   # issue 18; met if lo >= target, or half <= 0.3
                                                             # and mean >= target
# options newer than some saved runs: the value those runs had (before --ft_lr_factor: the demo's LR/10)
MERGE_DEFAULTS = {'ft_lr_factor': 0.1, 'qat_lr_factor': None, 'extra_16bit': '', 'bias_calibration': False,
                  'range_tail_16bit': None}
SHORT = ('qat8*', 'qat16', 'calib8*')                        # the modes on the last line
FT_LR_FACTOR = 0.01     # fine-tunes of the converged float model at LR/100: at the demo's LR/10 (one-cycle, a
                        # fresh Adam) float-ft lost 3.70 (plain) / 2.01 (painted) AP, at LR/100 0.49 / 0.33


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--val_frames', type=int, default=1000)
    p.add_argument('--train_frames', type=int, default=320)
    p.add_argument('--epochs', type=int, default=24, help='float training epochs (from scratch)')
    p.add_argument('--qat_epochs', type=int, default=2, help='fine-tune epochs of float-ft and the QAT runs')
    p.add_argument('--seeds', type=int, default=None, help='fine-tune seeds 0..K-1 (default 3)')
    p.add_argument('--variants', default='plain,painted')
    p.add_argument('--modes', default=','.join(MODES),
                   help='fine-tune modes to run (float-ft, the reference, always runs), e.g. without pure qat8')
    p.add_argument('--resamples', type=int, default=1000, help='bootstrap frame draws')
    p.add_argument('--converged_gain', type=float, default=0.5)
    p.add_argument('--max_rounds', type=int, default=2, help='extra float fine-tune rounds if not converged')
    p.add_argument('--calib_iters', type=int, default=20)
    p.add_argument('--batch_size', type=int, default=4)
    p.add_argument('--workers', type=int, default=1)
    p.add_argument('--preset', default='harder', help='synthetic generator preset')
    p.add_argument('--generator_set', action='append', default=[], metavar='KNOB=VALUE',
                   help='override one generator knob of the preset, e.g. lidar.beams_per_block=32 or '
                        'objects.range_m=5,45 (repeatable; docs/synthetic.md lists the knobs)')
    p.add_argument('--float_only', action='store_true',
                   help='train and evaluate the float model only, no fine-tunes (to tune the preset)')
    p.add_argument('--data_only', action='store_true',
                   help='generate the data and infos of --variants, then stop (before side-by-side runs)')
    p.add_argument('--threads', type=int, default=0, help='torch and numba threads (0: their defaults)')
    p.add_argument('--ft_lr_factor', type=float, default=FT_LR_FACTOR,
                   help='fine-tune (float-ft and QAT) peak LR = float LR x this; the demo\'s 0.1 costs a '
                        'converged float model 2-4 AP (docs/results.md)')
    p.add_argument('--qat_lr_factor', type=float, default=None,
                   help='QAT runs\' peak LR = float LR x this (default: --ft_lr_factor, the reference\'s)')
    p.add_argument('--resume', '--reuse_float', dest='resume', action='store_true',
                   help='keep every stage an earlier run in --out finished (its last-epoch checkpoint and its '
                        'evaluation\'s result.pkl): neither trained nor evaluated again; a stage with the '
                        'checkpoint only is evaluated again. Runs with other settings need another --out')
    p.add_argument('--extra_16bit', default='',
                   help='comma-separated layers added to the 16-bit layers of the 8-bit modes (qat8*, qat8, '
                        'calib8*), e.g. vfe.pfn_layers.0.linear: the sensitivity report\'s recommendation')
    p.add_argument('--bias_calibration', action='store_true',
                   help='calib8* with TI\'s bias calibration (QUANTIZE.BIAS_CALIBRATION: per batch, bias += 0.05 x '
                        'the mean float - quantized output difference), as the shipped pointpillar_calib cfg')
    p.add_argument('--range_tail_16bit', type=float, default=None,
                   help='QUANTIZE.RANGE_TAIL_16BIT of the quantized modes: percentile tail of 16-bit activation '
                        'ranges (0: true min / max; default TI\'s 0.01 %% at every width)')
    p.add_argument('--merge', nargs='+', metavar='OUT', default=None,
                   help='no training: the statistics, table and last line of earlier runs\' --out folders '
                        '(e.g. one per variant run side by side), read from their accuracy.json and run folders; '
                        'with --seeds K, of the first K seeds only (a run stopped part-way)')
    p.add_argument('--data_dir', default='data/synthetic_harder')
    p.add_argument('--out', default='output/accuracy')
    args = p.parse_args(argv)
    if args.merge:
        return args
    args.seeds = 3 if args.seeds is None else args.seeds
    args.variants = [v for v in args.variants.split(',') if v]
    asked = {m for m in args.modes.split(',') if m}
    if asked - set(MODES):
        p.error(f'--modes: unknown {sorted(asked - set(MODES))}; choose from {",".join(MODES)}')
    args.modes = [m for m in MODES if m in asked or m == 'float-ft']
    try:
        args.generator = generator_overrides(args.preset, args.generator_set)
    except ValueError as exc:
        p.error(str(exc))
    bad = [v for v in args.variants if v not in ('plain', 'painted')]
    if bad or not args.variants or args.seeds < 1 or args.val_frames < 1 or args.train_frames < 1:
        p.error(f'--variants must list plain/painted (found {bad or args.variants}); --seeds, --val_frames '
                f'and --train_frames must be >= 1')
    return args


def generator_overrides(preset: str, settings) -> dict:
    """The preset's nested overrides with each 'section.knob=value' of `settings` set (numbers, or
    comma-separated numbers for a range); ValueError on a malformed item."""
    from pcdet_qat_plugin.datasets.synthetic import preset_overrides
    out = preset_overrides(preset)
    for item in settings:
        key, sep, value = item.partition('=')
        parts = key.strip().split('.')
        if not sep or len(parts) != 2 or not all(parts):
            raise ValueError(f'--generator_set {item!r}: expected SECTION.KNOB=VALUE, e.g. lidar.beams_per_block=32')
        try:
            numbers = [float(v) for v in value.split(',')]
        except ValueError as exc:
            raise ValueError(f'--generator_set {item!r}: {value!r} is not a number or a comma list') from exc
        out.setdefault(parts[0], {})[parts[1]] = numbers if len(numbers) > 1 else numbers[0]
    return out


def bench_cfg(variant: str, data_dir: Path):
    from pcdet_qat_plugin.config import load_cfg
    from pcdet_qat_plugin.demo.pipeline import DEMO_CFGS
    cfg = load_cfg(DEMO_CFGS[variant])
    cfg.DATA_CONFIG.DATA_PATH = str(data_dir)
    cfg.DATA_CONFIG.POINT_CLOUD_RANGE = list(GRID_RANGE)
    return cfg


def mode_cfg(base, mode: str, args):
    """The cfg of one fine-tune / calibration run; float-ft at --ft_lr_factor times the float LR, QAT at
    --qat_lr_factor (default the same)."""
    from pcdet_qat_plugin.demo.pipeline import BOX_16BIT, quant_section
    cfg = copy.deepcopy(base)
    if mode != 'calib8*':
        qat_factor = args.ft_lr_factor if args.qat_lr_factor is None else args.qat_lr_factor
        cfg.OPTIMIZATION.LR = cfg.OPTIMIZATION.LR * (args.ft_lr_factor if mode == 'float-ft' else qat_factor)
    quant = {'qat8*': ('qat', 8, None), 'qat8': ('qat', 8, ()), 'qat16': ('qat', 16, None),
             'calib8*': ('calibration', 8, None)}.get(mode)
    if quant:
        kind, bits, layers = quant
        layers = BOX_16BIT if layers is None else layers
        extra = [name for name in args.extra_16bit.split(',') if name]
        cfg.QUANTIZE = quant_section(kind, bits, args.calib_iters, args.qat_epochs,
                                     layers_16bit=tuple(layers) + tuple(extra))
        if kind == 'calibration' and args.bias_calibration:
            cfg.QUANTIZE.BIAS_CALIBRATION = True
        if args.range_tail_16bit is not None:
            cfg.QUANTIZE.RANGE_TAIL_16BIT = args.range_tail_16bit
    return cfg


def mode_dir(mode: str) -> str:
    """A mode's run folder name (`*`, the box head at 16 bits, spelled out)."""
    return mode.replace('*', '_box16')


def load_bench_model(variant: str, mode: str, ckpt: str, data_dir: str, batch_size: int, workers: int, logger):
    """(cfg, val loader, model) of a benchmark checkpoint: the mode's cfg, the model quantized for the test
    phase with the checkpoint loaded, in eval mode (bench/sensitivity.py, bench/quant_ablation.py)."""
    from pcdet_qat_plugin.datasets import build_dataloader
    from pcdet_qat_plugin.hosts.common import quantize_detector
    from pcdet_qat_plugin.models import build_network
    cfg = mode_cfg(bench_cfg(variant, Path(data_dir).resolve()), mode, parse_args(['--data_dir', data_dir]))
    _, loader, _ = build_dataloader(cfg.DATA_CONFIG, cfg.CLASS_NAMES, batch_size=batch_size, dist=False,
                                    workers=workers, training=False)
    model = build_network(cfg.MODEL, num_class=len(cfg.CLASS_NAMES), dataset=loader.dataset)
    quantize_detector(model, cfg, phase='test')
    model.load_params_from_file(ckpt, logger=logger, to_cpu=True)
    model.eval()
    return cfg, loader, model


class Clock:
    """Stage timer: prints '==> name' and remembers each stage's seconds."""

    def __init__(self):
        self.times = {}

    def run(self, name, fn, *a, **kw):
        print(f'==> {name}', flush=True)
        t = time.time()
        out = fn(*a, **kw)
        self.times[name] = round(time.time() - t, 1)
        return out


def mean_ap(run) -> float:
    """Mean moderate 3D AP R40 of a stage: its evaluation's, or (a resumed stage) from its result.pkl."""
    from pcdet_qat_plugin.demo import report
    if 'eval' in run:
        return report.mean_moderate_3d(report.r40_subset(run['eval']))
    from pcdet_qat_plugin.demo.pipeline import det_annos_of, gt_annos_of
    from pcdet_qat_plugin.eval.bootstrap import FrameScorer
    return FrameScorer(gt_annos_of(run['cfg']), det_annos_of(run)).mean_ap()


def stage(clock: Clock, name: str, cfg, run_dir: Path, epochs: int, pretrained, seed: int, args) -> dict:
    """One stage (train or calibrate, then evaluate) into run_dir; with --resume an earlier finished one is
    kept as it is (a checkpoint without its evaluation is evaluated, not trained again)."""
    from pcdet_qat_plugin.demo.pipeline import _train_and_eval, result_path_of
    step = (args.workers, args.batch_size)
    ckpt = run_dir / 'ckpt' / f'checkpoint_epoch_{epochs}.pth'
    if args.resume and ckpt.is_file():
        run = {'ckpt': str(ckpt), 'output_dir': str(run_dir), 'cfg': cfg}
        if result_path_of(run).is_file():
            print(f'==> {name} (resumed: {run_dir})', flush=True)
            return run
        return clock.run(f'{name} (checkpoint kept)', _train_and_eval, cfg, run_dir, epochs, pretrained, *step, seed,
                         resume=True)
    return clock.run(name, _train_and_eval, cfg, run_dir, epochs, pretrained, *step, seed)


def run_variant(variant: str, args, data_dir: Path, out: Path, clock: Clock) -> dict:
    """Float to convergence, then every mode for every seed; returns {'float': run, 'rounds': [...],
    'runs': {(seed, mode): run}}."""
    base = bench_cfg(variant, data_dir)
    float_run = stage(clock, f'{variant}: float {args.epochs} ep', base, out / variant / 'float', args.epochs, None,
                      0, args)
    if args.float_only:
        return {'float': float_run}
    rounds, runs = [], {}
    for k in range(args.max_rounds + 1):
        ft = stage(clock, f'{variant}: float-ft seed 0 (round {k})', mode_cfg(base, 'float-ft', args),
                   out / variant / f'round{k}' / 'seed0' / 'float-ft', args.qat_epochs, float_run['ckpt'], 0, args)
        float_ap, ft_ap = mean_ap(float_run), mean_ap(ft)     # a resumed stage scores its result.pkl: once
        gain = ft_ap - float_ap
        rounds.append({'float_ap': round(float_ap, 2), 'float_ft_ap': round(ft_ap, 2),
                       'gain': round(gain, 2), 'float_ckpt': float_run['ckpt']})
        print(f'{variant}: convergence round {k}: float {float_ap:.2f}, float-ft {ft_ap:.2f}, '
              f'gain {gain:+.2f} (converged if < {args.converged_gain})', flush=True)
        if gain < args.converged_gain or k == args.max_rounds:
            break
        float_run = ft       # not converged: the fine-tuned model is the better-trained float model
    runs[(0, 'float-ft')] = ft
    from pcdet_qat_plugin.utils.fileio import atomic_write_text
    atomic_write_text(str(out / variant / 'rounds.json'), json.dumps(    # --merge of a run stopped part-way
        {'args': {k: v for k, v in vars(args).items() if k != 'merge'}, 'rounds': rounds}, indent=1))
    for seed in range(args.seeds):
        for mode in args.modes:
            if (seed, mode) in runs:
                continue
            start = runs[(seed, 'float-ft')]['ckpt'] if mode == 'calib8*' else float_run['ckpt']
            runs[(seed, mode)] = stage(clock, f'{variant}: {mode} seed {seed}', mode_cfg(base, mode, args),
                                       out / variant / f'seed{seed}' / mode_dir(mode),
                                       1 if mode == 'calib8*' else args.qat_epochs, start, seed, args)
    return {'float': float_run, 'rounds': rounds, 'runs': runs, 'cfg': base}


def intervals(variants: dict, args) -> dict:
    """Per variant and quantized mode: combine_seeds of the per-seed deltas to that seed's float-ft, all
    on the same frame draws; plus the painted - plain margin per mode and the convergence gain."""
    import numpy as np

    from pcdet_qat_plugin.demo.pipeline import det_annos_of, gt_annos_of
    from pcdet_qat_plugin.eval.bootstrap import FrameScorer, combine_seeds, frame_resamples, paired_bootstrap
    first = next(iter(variants.values()))
    gt = gt_annos_of(first['cfg'])
    draws = frame_resamples(len(gt), args.resamples, seed=0)
    full, drawn = {}, {}
    for v, res in variants.items():
        for (seed, mode), run in res['runs'].items():
            scorer = FrameScorer(gt, det_annos_of(run))
            full[v, seed, mode], drawn[v, seed, mode] = scorer.mean_ap(), scorer.resampled(draws)
    seeds = range(args.seeds)
    out = {}
    for v, res in variants.items():
        out[v] = {}
        for mode in args.modes[1:]:
            out[v][mode] = combine_seeds([full[v, s, mode] - full[v, s, 'float-ft'] for s in seeds],
                                         np.stack([drawn[v, s, mode] - drawn[v, s, 'float-ft'] for s in seeds]))
        last_ft = res['runs'][(0, 'float-ft')]
        gain = paired_bootstrap(gt, det_annos_of(res['float']), det_annos_of(last_ft),
                                num_resamples=args.resamples)
        out[v]['convergence_gain'] = gain
    if len(variants) == 2:
        def margin(table, s, mode):      # painted - plain of one seed and mode (all frames, or each draw)
            return table['painted', s, mode] - table['plain', s, mode]
        out['margin'] = {mode: combine_seeds([margin(full, s, mode) for s in seeds],
                                             np.stack([margin(drawn, s, mode) for s in seeds])) for mode in args.modes}
        # the margin after quantization minus the float-ft margin (= painted delta - plain delta), paired
        out['margin_change'] = {mode: combine_seeds(
            [margin(full, s, mode) - margin(full, s, 'float-ft') for s in seeds],
            np.stack([margin(drawn, s, mode) - margin(drawn, s, 'float-ft') for s in seeds])) for mode in args.modes[1:]}
    out['mean_ap'] = {f'{v}/{mode}': [round(full[v, s, mode], 2) for s in seeds]
                      for v in variants for mode in args.modes}
    return out


def target_met(mode: str, c) -> str:
    if mode not in TARGETS:
        return ''
    half = (c.hi - c.lo) / 2
    met = c.lo >= TARGETS[mode] or (half <= 0.3 and c.delta >= TARGETS[mode])
    return f'target {TARGETS[mode]:+.1f}: {"met" if met else "missed"}'


def margin_verdict(margin, change) -> str:
    """Whether painted keeps its margin over plain after quantization: 'kept' when the quantized margin is
    positive (interval above 0) and its change is not a significant loss (interval reaches 0 or above)."""
    if margin.lo > 0 and change.hi >= 0:
        return 'kept'
    return 'painted above plain, margin reduced' if margin.lo > 0 else 'not kept'


def report_lines(variants: dict, stats: dict, args) -> list:
    lines = []
    for v, res in variants.items():
        float_ap = res['rounds'][-1]['float_ap']
        if not 55.0 <= float_ap <= 85.0:
            lines.append(f'\nWARNING {v}: float {float_ap:.2f} is outside 55-85, the band the benchmark is built '
                         f'for (near 0: the float model learned nothing, and every delta and "met" is empty)')
        lines.append(f'\n{v}: float {res["rounds"][-1]["float_ap"]:.2f} mean moderate 3D AP R40; convergence '
                     + ', '.join(f'round {k}: gain {r["gain"]:+.2f}' for k, r in enumerate(res['rounds']))
                     + f' (last gain 95% [{stats[v]["convergence_gain"].lo:+.2f}, '
                       f'{stats[v]["convergence_gain"].hi:+.2f}], val frames only)')
        lines.append(f'{"mode":9} | {"AP per seed":24} | {"mean":6} | {"delta":6} | {"95% interval":16} | '
                     f'frame +- | seed +- | seed std | target')
        for mode in args.modes:
            aps = stats['mean_ap'][f'{v}/{mode}']
            row = f'{mode:9} | {", ".join(f"{a:.2f}" for a in aps):24} | {sum(aps) / len(aps):6.2f} | '
            if mode in stats[v]:
                c = stats[v][mode]
                std = '' if c.seed_std != c.seed_std else f'{c.seed_std:.2f}'
                row += (f'{c.delta:+6.2f} | [{c.lo:+.2f}, {c.hi:+.2f}] | {c.frame_half_width:8.2f} | '
                        f'{c.seed_half_width:7.2f} | {std:8} | {target_met(mode, c)}')
            lines.append(row)
    if 'margin' in stats:
        lines.append('\npainted minus plain (mean over seeds, 95% interval): ' + ', '.join(
            f'{m} {c.delta:+.2f} [{c.lo:+.2f}, {c.hi:+.2f}]' for m, c in stats['margin'].items()))
        lines.append('margin change by quantization (painted delta - plain delta): ' + ', '.join(
            f'{m} {c.delta:+.2f} [{c.lo:+.2f}, {c.hi:+.2f}] ({margin_verdict(stats["margin"][m], c)})'
            for m, c in stats['margin_change'].items()))
    return lines


def last_line(variants: dict, stats: dict, args, num_val: int) -> str:
    """The issue's one line; a variant or mode that was not run reads 'n/a [n/a, n/a]'."""
    def part(v, m):
        c = stats.get(v, {}).get(m)
        return f'{m} n/a [n/a, n/a]' if c is None else f'{m} {c.delta:+.2f} [{c.lo:+.2f}, {c.hi:+.2f}]'
    parts = [f'{v}: ' + ', '.join(part(v, m) for m in SHORT) for v in ('plain', 'painted')]
    ref = 'plain' if 'plain' in variants else 'painted'
    return (f'accuracy {"; ".join(parts)}; float {variants[ref]["rounds"][-1]["float_ap"]:.2f}, '
            f'val {num_val} frames, seeds {args.seeds}')


def latest_checkpoint(run_dir: Path) -> Path:
    """The highest-epoch checkpoint_epoch_N.pth of a run folder; DataError if there is none."""
    from pcdet_qat_plugin.errors import DataError
    from pcdet_qat_plugin.utils.checkpoint import latest_checkpoint as newest
    ckpt = newest(str(run_dir / 'ckpt'))
    if ckpt is None:
        raise DataError(f'{run_dir / "ckpt"}: no checkpoint_epoch_*.pth (did that run finish?)')
    return Path(ckpt)


def runs_from_disk(out: Path, variant: str, rounds: list, seeds: int, modes, data_dir: Path) -> dict:
    """run_variant's result rebuilt from the folders it wrote under `out` (its layout: <variant>/float,
    round<k>/seed0/float-ft for the last round k, seed<s>/<mode>), for the statistics only."""
    cfg = bench_cfg(variant, data_dir)

    def run(run_dir: Path, ckpt=None) -> dict:
        ckpt = Path(ckpt) if ckpt else latest_checkpoint(run_dir)
        return {'ckpt': str(ckpt), 'output_dir': str(ckpt.parent.parent), 'cfg': cfg}
    runs = {(0, 'float-ft'): run(out / variant / f'round{len(rounds) - 1}' / 'seed0' / 'float-ft')}
    for seed in range(seeds):
        for mode in modes:
            if (seed, mode) not in runs:
                runs[(seed, mode)] = run(out / variant / f'seed{seed}' / mode_dir(mode))
    return {'float': run(None, rounds[-1]['float_ckpt']), 'rounds': rounds, 'runs': runs, 'cfg': cfg}


def merge_results(folders, seeds=None) -> tuple:
    """(args, variants, held) from earlier runs' accuracy.json files (or, for a run stopped part-way, its
    variants' rounds.json, with `seeds` the seeds whose runs all finished): each variant once, the same val
    frames, seeds, resamples and data folder in all; DataError naming the file otherwise."""
    from pcdet_qat_plugin.errors import DataError
    variants, held, first = {}, {}, None
    for folder in map(Path, folders):
        path = folder / 'accuracy.json'
        try:
            if path.is_file():
                data = json.loads(path.read_text())
            else:             # stopped part-way: each variant's rounds.json (written once its float converged)
                parts = [json.loads(f.read_text()) for f in sorted(folder.glob('*/rounds.json'))]
                path = folder / '*/rounds.json'
                data = {'args': parts[0]['args'], 'wall_s': None, 'stage_s': {},
                        'rounds': {v: p['rounds'] for p in parts for v in p['args']['variants']}}
            saved = argparse.Namespace(**data['args'])
            rounds = data['rounds']
        except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
            raise DataError(f'{path}: not a bench/accuracy.py result ({exc})') from exc
        if seeds is not None:
            if seeds > saved.seeds:
                raise DataError(f'{path}: --seeds {seeds} but that run has {saved.seeds}')
            saved.seeds = seeds
        if first is None:
            first = saved
        saved.modes = getattr(saved, 'modes', list(MODES))
        for key in ('val_frames', 'seeds', 'resamples', 'data_dir', 'train_frames', 'epochs', 'qat_epochs', 'modes',
                    *MERGE_DEFAULTS):
            mine, theirs = (getattr(a, key, MERGE_DEFAULTS.get(key)) for a in (saved, first))
            if mine != theirs:
                raise DataError(f'{path}: {key} {mine!r} differs from {theirs!r} of '
                                f'{folders[0]}; merge runs made with the same options only')
        for v in saved.variants:
            if v in variants:
                raise DataError(f'{path}: variant {v} is in two of the merged folders')
            variants[v] = runs_from_disk(folder.resolve(), v, rounds[v], saved.seeds, saved.modes,
                                         Path(saved.data_dir).resolve())
            held[v] = data
    first.variants = [v for v in ('plain', 'painted') if v in variants]
    return first, variants, held


def main_merge(argv_args) -> None:
    """--merge: statistics, tables and the last line of finished runs, written to --out/accuracy.json."""
    args, variants, held = merge_results(argv_args.merge, argv_args.seeds)
    clock = Clock()
    stats = clock.run('bootstrap', intervals, variants, args)
    num_val = len((Path(args.data_dir) / 'ImageSets' / 'val.txt').read_text().split())
    results = list({id(d): d for d in held.values()}.values())      # one per merged folder
    lines = report_lines(variants, stats, args)
    lines.append('\nmerged runs (side by side): ' + '; '.join(
        f'{", ".join(d["args"]["variants"])}: ' + (f'wall {d["wall_s"]:.0f} s, stage seconds {json.dumps(d["stage_s"])}'
                                                  if d['wall_s'] is not None else 'not finished (no times)')
        for d in results))
    final = last_line(variants, stats, args, num_val)
    walls = [d['wall_s'] for d in results if d['wall_s'] is not None]
    write_result(Path(argv_args.out).resolve(), args, max(walls) if walls else None,
                 {k: v for d in results for k, v in d['stage_s'].items()}, num_val, variants, stats, final,
                 merged_from=[str(Path(f).resolve()) for f in argv_args.merge])
    print('\n'.join(lines))
    print(final)


def write_result(out: Path, args, wall: Optional[float], stage_s: dict, num_val: int, variants: dict, stats: dict,
                 final: str, **extra) -> None:
    from pcdet_qat_plugin.utils.fileio import atomic_write_text
    out.mkdir(parents=True, exist_ok=True)
    atomic_write_text(str(out / 'accuracy.json'), json.dumps({
        'args': {k: v for k, v in vars(args).items() if k != 'merge'}, 'wall_s': wall, 'stage_s': stage_s,
        'num_val_frames': num_val, 'rounds': {v: r['rounds'] for v, r in variants.items()},
        'mean_ap_per_seed': stats['mean_ap'],
        'deltas': {v: {m: stats[v][m].as_dict() for m in args.modes[1:]} for v in variants},
        'convergence_gain': {v: stats[v]['convergence_gain'].as_dict() for v in variants},
        'margin': {m: c.as_dict() for m, c in stats.get('margin', {}).items()},
        'margin_change': {m: c.as_dict() for m, c in stats.get('margin_change', {}).items()},
        'last_line': final, **extra},
        indent=1))


def main(argv=None):
    args = parse_args(argv)
    if args.merge:
        return main_merge(args)
    from pcdet_qat_plugin.demo.pipeline import ensure_infos, ensure_synthetic
    from pcdet_qat_plugin.utils.allocator import keep_freed_memory
    keep_freed_memory()            # as the pcdet-qat commands
    if args.threads:
        from pcdet_qat_plugin.utils.threads import limit_cpu_threads
        limit_cpu_threads(args.threads)          # torch and numba: two side-by-side runs share the cores
    t0 = time.time()
    clock = Clock()
    data_dir, out = Path(args.data_dir).resolve(), Path(args.out).resolve()
    frames = args.train_frames + args.val_frames
    clock.run('synthetic data', ensure_synthetic, data_dir, frames, 0, 'painted' in args.variants,
              config=args.generator, val_fraction=args.val_frames / frames)
    clock.run('infos + gt database', ensure_infos, data_dir, args.variants)
    if args.data_only:
        print(f'data and infos in {data_dir}: {json.dumps(clock.times)}')
        return
    variants = {v: run_variant(v, args, data_dir, out, clock) for v in args.variants}
    if args.float_only:
        for v, res in variants.items():
            print(f'{v}: float {mean_ap(res["float"]):.2f} mean moderate 3D AP R40 on {args.val_frames} val frames; '
                  f'generator {json.dumps(args.generator)}')
        print(f'stage seconds: {json.dumps(clock.times)}\nwall time {time.time() - t0:.0f} s')
        return
    stats = clock.run('bootstrap', intervals, variants, args)
    num_val = len((data_dir / 'ImageSets' / 'val.txt').read_text().split())
    wall = time.time() - t0
    lines = report_lines(variants, stats, args)
    lines.append(f'\nstage seconds: {json.dumps(clock.times)}')
    lines.append(f'wall time {wall:.0f} s')
    final = last_line(variants, stats, args, num_val)
    write_result(out, args, wall, clock.times, num_val, variants, stats, final)
    print('\n'.join(lines))
    print(final)


if __name__ == '__main__':
    from _errors import run_reporting_errors
    run_reporting_errors(main)
