"""Synthetic generator speed (run by hand): frames/s for generate_frame alone and for full dataset writing,
plain and painted, single process and with workers. Prints numbers and ratios; asserts nothing.

python bench/synthetic_speed.py [--frames 60] [--workers 2]
(On a shared machine read the CPU-time rate; wall-clock rates depend on the load.)
"""
import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pcdet_qat_plugin.datasets.synthetic import generate_frame, generate_kitti_dataset  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--frames', type=int, default=60)
    parser.add_argument('--workers', type=int, default=2)
    args = parser.parse_args()
    generate_frame(np.random.default_rng([0, 10 ** 6]))   # warm-up
    rates = {}
    for painted in (False, True):
        t0, c0 = time.perf_counter(), time.process_time()
        pts = 0
        for i in range(args.frames):
            points, _, _ = generate_frame(np.random.default_rng([0, i]), painted=painted)
            pts += points.shape[0]
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        rates[f'generate_frame painted={painted}'] = args.frames / wall
        print(f'generate_frame painted={painted}: {args.frames / wall:.1f} frames/s wall, '
              f'{args.frames / cpu:.1f} frames/s of CPU time (load-independent), {pts / args.frames:.0f} points/frame')
    with tempfile.TemporaryDirectory() as tmp:
        for painted in (False, True):
            for workers in sorted({1, args.workers}):
                s = generate_kitti_dataset(Path(tmp) / f'p{int(painted)}w{workers}', num_frames=args.frames,
                                           painted=painted, workers=workers)
                key = f'generate_kitti_dataset painted={painted} workers={workers}'
                rates[key] = s['frames_per_s']
                print(f'{key}: {s["frames_per_s"]:.1f} frames/s ({s["seconds"]:.1f} s for {args.frames})')
    base = rates['generate_kitti_dataset painted=False workers=1']
    print('ratios to plain single-process writing:')
    for k, v in rates.items():
        print(f'  {k}: {v / base:.2f}x')
    print(f'estimated seconds for 300 plain frames, 1 process: {300 / base:.1f}')


if __name__ == '__main__':
    main()
