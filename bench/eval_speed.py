"""Time the CPU KITTI evaluation on a synthetic val-sized set (3769 frames, ~20 detections, ~8 gt each).

Run by hand: `python bench/eval_speed.py [--frames 3769] [--threads 2] [--files]`. Prints wall times
(first call includes numba compilation unless the cache is warm) and the machine load.
"""
import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

NAMES = np.array(['Car', 'Car', 'Car', 'Pedestrian', 'Cyclist', 'Van', 'DontCare'])


def synthetic_frame(rng, n_gt=8, n_dt=20):
    """One frame: n_gt labelled boxes and n_dt detections (noisy copies of the gt plus random boxes)."""
    n_gt = int(rng.integers(n_gt - 3, n_gt + 4))
    n_dt = int(rng.integers(n_dt - 5, n_dt + 6))
    def boxes(n):
        x1, y1 = rng.uniform(0, 1100, n), rng.uniform(100, 300, n)
        bbox = np.stack([x1, y1, x1 + rng.uniform(20, 200, n), y1 + rng.uniform(20, 120, n)], 1)
        dims = np.stack([rng.uniform(0.6, 4.5, n), rng.uniform(1.4, 1.9, n), rng.uniform(0.5, 1.9, n)], 1)
        loc = np.stack([rng.uniform(-15, 15, n), rng.uniform(1.4, 1.8, n), rng.uniform(4, 60, n)], 1)
        return bbox, dims, loc, rng.uniform(-np.pi, np.pi, n)
    bbox, dims, loc, ry = boxes(n_gt)
    gt = dict(name=rng.choice(NAMES, n_gt), truncated=rng.choice([0.0, 0.2, 0.4], n_gt),
              occluded=rng.integers(0, 3, n_gt), alpha=rng.uniform(-np.pi, np.pi, n_gt), bbox=bbox,
              dimensions=dims, location=loc, rotation_y=ry, score=np.zeros(n_gt))
    k = min(n_gt, n_dt)
    fb, fd, fl, fr = boxes(n_dt - k)
    names = np.where(gt['name'][:k] == 'DontCare', 'Car', gt['name'][:k])
    dt = dict(name=np.concatenate([names, rng.choice(NAMES[:5], n_dt - k)]),
              truncated=np.zeros(n_dt), occluded=np.zeros(n_dt, dtype=np.int64),
              alpha=np.concatenate([gt['alpha'][:k] + rng.normal(0, 0.2, k), rng.uniform(-3, 3, n_dt - k)]),
              bbox=np.concatenate([bbox[:k] + rng.normal(0, 2, (k, 4)), fb]),
              dimensions=np.concatenate([dims[:k] * rng.uniform(0.97, 1.03, (k, 3)), fd]),
              location=np.concatenate([loc[:k] + rng.normal(0, 0.05, (k, 3)), fl]),
              rotation_y=np.concatenate([ry[:k] + rng.normal(0, 0.03, k), fr]),
              score=rng.random(n_dt))
    return gt, dt


def write_label(path, anno, with_score):
    lines = []
    for i in range(len(anno['name'])):
        l, h, w = anno['dimensions'][i]
        cols = [anno['name'][i], f"{anno['truncated'][i]:.2f}", str(int(anno['occluded'][i])), f"{anno['alpha'][i]:.2f}",
                *(f'{v:.2f}' for v in anno['bbox'][i]), f'{h:.2f}', f'{w:.2f}', f'{l:.2f}',
                *(f'{v:.2f}' for v in anno['location'][i]), f"{anno['rotation_y'][i]:.2f}"]
        if with_score:
            cols.append(f"{anno['score'][i]:.4f}")
        lines.append(' '.join(cols))
    path.write_text('\n'.join(lines) + ('\n' if lines else ''))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--frames', type=int, default=3769)
    parser.add_argument('--threads', type=int, default=2, help='numba threads (NUMBA_NUM_THREADS cap)')
    parser.add_argument('--files', action='store_true', help='also time the CLI path (write + read txt files)')
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import numba
    from pcdet_qat_plugin.eval.kitti_eval import get_official_eval_result
    numba.set_num_threads(min(args.threads, numba.config.NUMBA_NUM_THREADS))

    rng = np.random.default_rng(0)
    frames = [synthetic_frame(rng) for _ in range(args.frames)]
    gt, dt = [f[0] for f in frames], [f[1] for f in frames]
    print(f'frames {len(gt)}, gt boxes {sum(len(a["name"]) for a in gt)}, '
          f'detections {sum(len(a["name"]) for a in dt)}, numba threads {numba.get_num_threads()}, '
          f'cpus {os.cpu_count()}, load avg {os.getloadavg()[0]:.2f}')
    for run in ('first (may compile)', 'second'):
        t0 = time.perf_counter()
        _, result = get_official_eval_result(gt, dt, ['Car', 'Pedestrian', 'Cyclist'])
        print(f'in-memory eval, {run}: {time.perf_counter() - t0:.2f} s  '
              f"(Car_3d/moderate_R40 {result['Car_3d/moderate_R40']:.2f})")
    if args.files:
        from pcdet_qat_plugin.eval.score_dirs import evaluate_dirs
        with tempfile.TemporaryDirectory() as tmp:
            gt_dir, pred_dir = Path(tmp, 'label_2'), Path(tmp, 'pred')
            gt_dir.mkdir()
            pred_dir.mkdir()
            for i, (g, d) in enumerate(frames):
                write_label(gt_dir / f'{i:06d}.txt', g, False)
                write_label(pred_dir / f'{i:06d}.txt', d, True)
            t0 = time.perf_counter()
            evaluate_dirs(gt_dir, pred_dir)
            print(f'from txt files (read + eval): {time.perf_counter() - t0:.2f} s')
    print(f'load avg after: {os.getloadavg()[0]:.2f}')


if __name__ == '__main__':
    main()
