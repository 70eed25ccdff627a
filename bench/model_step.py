"""Built-in PointPillar train step on the full KITTI grid (432 x 496): forward + backward time per frame
at batch 1 and 2, and peak memory (max RSS) of each run.

Run by hand: `python bench/model_step.py [--threads 2] [--iters 3] [--pillars 12000] [--device cpu]`.
Each batch size runs in its own process so the peak memory is its own. Synthetic pillars (uniform BEV
cells, 1-32 points each) and 20 gt boxes per frame; the first iteration is a warm-up and not timed.
Prints wall and process-CPU seconds per frame (CPU time is robust to a busy machine), the
batch-2 / batch-1 per-frame ratio and a per-stage CPU split. On a machine busier than its cores, compare
with `--threads 1`: two OpenMP threads that wait for each other spin and burn CPU time.
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def synthetic_batch(info, batch_size, num_pillars, seed=0):
    """Collated numpy batch_dict with `num_pillars` distinct pillars and 20 random car boxes per frame."""
    from _random_pillars import random_pillars
    batch = random_pillars(info, batch_size, num_pillars, seed=seed)
    rng = np.random.default_rng(seed + 1)
    r = info.point_cloud_range
    boxes = np.zeros((batch_size, 20, 8), dtype=np.float32)
    boxes[..., 0] = rng.uniform(r[0] + 5, r[3] - 5, (batch_size, 20))
    boxes[..., 1] = rng.uniform(r[1] + 5, r[4] - 5, (batch_size, 20))
    boxes[..., 2] = -1.0
    boxes[..., 3:6] = [3.9, 1.6, 1.56]
    boxes[..., 6] = rng.uniform(-np.pi, np.pi, (batch_size, 20))
    boxes[..., 7] = rng.integers(1, 4, (batch_size, 20))
    batch['gt_boxes'] = boxes
    return batch


def run_one(args):
    import torch
    import pcdet_qat_plugin
    from pcdet_qat_plugin.models import ModelInfo, load_data_to_device
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    cfg = pcdet_qat_plugin.load_cfg(ROOT / 'cfgs' / 'kitti' / 'pointpillar.yaml')
    device = torch.device(args.device)
    model = pcdet_qat_plugin.build_model(cfg).to(device).train()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    info = ModelInfo.from_cfg(cfg)
    stages = {type(m).__name__: 0.0 for m in model.module_list}
    stages.update(loss=0.0, backward=0.0)
    times, cpu_times = [], []
    sync = torch.cuda.synchronize if device.type == 'cuda' else (lambda: None)
    for it in range(args.iters + 1):
        batch = load_data_to_device(synthetic_batch(info, args.batch_size, args.pillars, seed=it), device)
        sync()
        t0, c0 = time.perf_counter(), time.process_time()
        for m in model.module_list:
            ts = time.process_time()
            batch = m(batch)
            sync()
            if it:
                stages[type(m).__name__] += time.process_time() - ts
        ts = time.process_time()
        loss, _, _ = model.get_training_loss()
        t_loss = time.process_time() - ts
        ts = time.process_time()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        sync()
        if it:
            stages['loss'] += t_loss
            stages['backward'] += time.process_time() - ts
            times.append(time.perf_counter() - t0)
            cpu_times.append(time.process_time() - c0)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out = {'batch_size': args.batch_size, 'sec_per_frame': float(np.median(times)) / args.batch_size,
           'cpu_sec_per_frame': float(np.median(cpu_times)) / args.batch_size,
           'peak_rss_mb': peak_mb, 'stages_per_frame': {k: v / args.iters / args.batch_size for k, v in stages.items()}}
    if device.type == 'cuda':
        out['peak_cuda_mb'] = torch.cuda.max_memory_allocated() / 2 ** 20
    print(json.dumps(out))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--threads', type=int, default=2)
    parser.add_argument('--iters', type=int, default=3)
    parser.add_argument('--pillars', type=int, default=12000, help='pillars per frame (train cap is 16000)')
    parser.add_argument('--device', default='cpu')
    parser.add_argument('--batch_size', type=int, default=None, help='internal: run one batch size')
    args = parser.parse_args()
    if args.batch_size is not None:
        return run_one(args)
    results = {}
    for bs in (1, 2):
        cmd = [sys.executable, __file__, '--batch_size', str(bs), '--threads', str(args.threads),
               '--iters', str(args.iters), '--pillars', str(args.pillars), '--device', args.device]
        results[bs] = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.splitlines()[-1])
    print(f'PointPillar train step, full KITTI grid 432x496, {args.pillars} pillars/frame, '
          f'{args.threads} threads, device {args.device}')
    for bs, r in results.items():
        extra = f", peak CUDA {r['peak_cuda_mb']:.0f} MB" if 'peak_cuda_mb' in r else ''
        print(f"  batch {bs}: {r['sec_per_frame']:.3f} s/frame wall, {r['cpu_sec_per_frame']:.3f} CPU-s/frame "
              f"(fwd+bwd+Adam), peak RSS {r['peak_rss_mb']:.0f} MB{extra}")
        print('    CPU-s per frame: ' + ', '.join(f'{k} {v:.3f}' for k, v in r['stages_per_frame'].items()))
    print(f"  ratio batch2/batch1 per frame: wall {results[2]['sec_per_frame'] / results[1]['sec_per_frame']:.2f}, "
          f"CPU {results[2]['cpu_sec_per_frame'] / results[1]['cpu_sec_per_frame']:.2f}")
    print(f"  load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall times assume an idle box; "
          f"CPU-s / threads estimates the idle wall time)")


if __name__ == '__main__':
    main()
