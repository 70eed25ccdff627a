"""Wall-time estimate of `bench/accuracy.py` from its measured pieces, for its defaults or any scale-down.

Run by hand, on a synthetic set of the bench's preset that has infos (e.g. a `bench/accuracy.py --float_only`
pilot's --data_dir):

    python bench/accuracy_cost.py --data_dir DATA [--iters 6] [--eval_frames 8] [--also 'OPTIONS' ...]
                                  [accuracy.py options ...]

On the bench's grid and cfg (plain points, 1 torch thread) it measures process CPU seconds, which on a busy
machine still say what one idle core would take: a float and a QAT-8* train iteration (batch 4), a float and a
quantized (calibration-8*) evaluation frame (network + post-processing). Then it counts what the given
accuracy.py options run (no extra convergence rounds) and prints the estimate per stage and in total, then
the total for each --also option string (same measured costs). Not
counted: data generation, infos, the KITTI metric and the bootstrap (bench/bootstrap_speed.py: ~1 minute at
full size), painted points' wider input (counted as plain).
"""
import argparse
import copy
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def cpu_seconds(fn, n):
    """Process CPU seconds per call of fn over n calls (after one untimed call)."""
    fn()
    t = time.process_time()
    for _ in range(n):
        fn()
    return (time.process_time() - t) / n


def measure(args, bench_args):
    import torch

    import pcdet_qat_plugin
    from accuracy import bench_cfg, mode_cfg
    from pcdet_qat_plugin.datasets import build_dataloader
    from pcdet_qat_plugin.models import load_data_to_device
    from pcdet_qat_plugin.quant import calibrate
    from pcdet_qat_plugin.utils.allocator import keep_freed_memory
    keep_freed_memory()
    torch.set_num_threads(1)
    base = bench_cfg('plain', Path(args.data_dir).resolve())

    def batches(cfg, training, n, batch_size):
        _, loader, _ = build_dataloader(cfg.DATA_CONFIG, cfg.CLASS_NAMES, batch_size=batch_size, dist=False,
                                        workers=0, training=training)
        out = []
        for b in loader:
            load_data_to_device(b)
            out.append(b)
            if len(out) == n:
                return out
        return out

    def train_cost(cfg):
        torch.manual_seed(0)
        model = pcdet_qat_plugin.build_model(cfg)
        model.train()
        opt = torch.optim.Adam(model.parameters(), 1e-4)
        data = batches(cfg, True, args.iters + 1, bench_args.batch_size)
        it = iter(data * 2)

        def step():
            opt.zero_grad()
            ret, _, _ = model(dict(next(it)))
            ret['loss'].backward()
            opt.step()
        return cpu_seconds(step, args.iters)

    def eval_cost(model, cfg):
        model.eval()
        data = batches(cfg, False, args.eval_frames + 1, 1)
        it = iter(data * 2)
        with torch.no_grad():
            return cpu_seconds(lambda: model(dict(next(it))), args.eval_frames)

    costs = {'float train it': train_cost(base),
             'qat8* train it': train_cost(mode_cfg(base, 'qat8*', bench_args))}
    torch.manual_seed(0)
    costs['float eval frame'] = eval_cost(pcdet_qat_plugin.build_model(base), base)
    calib_cfg = mode_cfg(base, 'calib8*', bench_args)
    torch.manual_seed(0)
    model = pcdet_qat_plugin.build_model(calib_cfg)
    calibrate(model, batches(calib_cfg, True, 2, bench_args.batch_size), iters=2)
    pcdet_qat_plugin.quantize(model, calib_cfg, 'test')
    costs['quantized eval frame'] = eval_cost(model, calib_cfg)
    return costs


def counts(a):
    """What accuracy.py runs with options `a` (no extra convergence rounds)."""
    its = math.ceil(a.train_frames / a.batch_size)
    v, k = len(a.variants), a.seeds
    return {'float train it': v * its * (a.epochs + a.qat_epochs * k),         # float + float-ft per seed
            'qat8* train it': v * its * a.qat_epochs * k * 3,                   # qat8*, qat8, qat16 per seed
            'float eval frame': v * a.val_frames * (1 + k),                     # float + float-ft per seed
            'quantized eval frame': v * a.val_frames * k * 4 + v * k * a.calib_iters * a.batch_size}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--data_dir', required=True, help='synthetic set with infos, of the bench preset')
    p.add_argument('--iters', type=int, default=6, help='train iterations timed per model')
    p.add_argument('--eval_frames', type=int, default=8, help='val frames timed per model')
    p.add_argument('--also', action='append', default=[], metavar="'OPTIONS'",
                   help='another accuracy.py option string to estimate with the same costs (repeatable)')
    args, rest = p.parse_known_args()
    from accuracy import parse_args
    bench_args = parse_args(rest)
    costs = measure(args, bench_args)
    n = counts(bench_args)
    for key, cost in costs.items():
        print(f'{key:22} {cost:7.3f} CPU s x {n[key]:7d} = {cost * n[key] / 60:6.1f} min')
    for options in [' '.join(rest)] + args.also:
        n = counts(parse_args(options.split()))
        total = sum(cost * n[key] for key, cost in costs.items())
        print(f'estimate (1 idle core, 1 thread; no data generation / metric / bootstrap): {total / 60:.0f} min for '
              f'accuracy.py {options or "(defaults)"}')


if __name__ == '__main__':
    main()
