"""Quantized evaluation speed (frames/s) on the demo grid: the built-in detector of
cfgs/demo/pointpillar_demo.yaml, calibrated (8 bit, box head 16) on random frames, then its quantized test
forward (network + post-processing) timed per frame.

Run by hand: `python bench/quant_eval_speed.py [--frames 20] [--points 20000] [--threads N]`. Times the
frames twice in one run: with glibc's default allocator settings, then after
`utils.allocator.keep_freed_memory()` (what the commands use), checks both passes gave identical
predictions, and prints the ratio and the peak resident memory. Compare two code versions by running it
from each checkout (only the public API is used; `--no_allocator` for a checkout without that module).
"""
import argparse
import os
import resource
import sys
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--frames', type=int, default=20)
    parser.add_argument('--points', type=int, default=20000)
    parser.add_argument('--threads', type=int, default=0, help='torch threads (0: torch default)')
    parser.add_argument('--no_allocator', action='store_true', help='one pass, default allocator settings')
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    from easydict import EasyDict

    import pcdet_qat_plugin
    from pcdet_qat_plugin.models import load_data_to_device
    from pcdet_qat_plugin.quant import calibrate
    from tests.models.helpers import random_batch
    cfg = pcdet_qat_plugin.load_cfg(str(ROOT / 'cfgs' / 'demo' / 'pointpillar_demo.yaml'))
    cfg.QUANTIZE = EasyDict({'MODE': 'calibration', 'BITWIDTH_16_LAYERS': ['dense_head.conv_box']})
    torch.manual_seed(0)
    model = pcdet_qat_plugin.build_model(cfg, quantize_mode='calibrate')

    def batch(seed):
        b = random_batch(cfg, batch_size=1, num_points=args.points, seed=seed)
        load_data_to_device(b)
        return b
    calibrate(model, [batch(s) for s in range(3)], iters=3)
    pcdet_qat_plugin.quantize(model, cfg, 'test')
    model.eval()
    frames = [batch(100 + i) for i in range(args.frames + 2)]

    def timed_pass(label):
        with torch.no_grad():
            for b in frames[:2]:                       # warm-up
                model(dict(b))
            t = time.perf_counter()
            preds = [model(dict(b))[0] for b in frames[2:]]
            dt = time.perf_counter() - t
        print(f'{pcdet_qat_plugin.__file__} ({label}): {args.frames / dt:.2f} frames/s quantized evaluation '
              f'({dt / args.frames * 1000:.0f} ms/frame, {torch.get_num_threads()} threads; peak RSS so far '
              f'{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)', flush=True)
        return dt, preds
    dt_default, preds = timed_pass('default allocator')
    if args.no_allocator:
        return
    from pcdet_qat_plugin.utils.allocator import keep_freed_memory
    if not keep_freed_memory():
        print('keep_freed_memory() did not apply here (not glibc, or MALLOC_*/GLIBC_TUNABLES set)')
        return
    dt_keep, preds_keep = timed_pass('keep_freed_memory')
    same = all(torch.equal(a[k], b[k]) for pa, pb in zip(preds, preds_keep) for a, b in zip(pa, pb) for k in a)
    print(f'default / keep_freed_memory time ratio {dt_default / dt_keep:.2f}x; identical predictions: {same}; '
          f'load average {os.getloadavg()[0]:.1f}')


if __name__ == '__main__':
    main()
