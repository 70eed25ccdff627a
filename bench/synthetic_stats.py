"""Label statistics of a synthetic preset: objects per frame, share of labels counted at KITTI moderate,
median / 10th-percentile points per box, points per frame (frames 0..N-1 of seed 0, in memory).

Run by hand: `python bench/synthetic_stats.py [--preset harder] [--frames 40] [--generator_set KNOB=VALUE ...]`
(--generator_set as in bench/accuracy.py).
"""
import argparse
import collections
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def kitti_difficulty(label) -> str:
    """Strictest KITTI level a label meets (occlusion, truncation, 2D height), or 'ignored'."""
    height = label.bbox[3] - label.bbox[1]
    for name, occ, trunc, min_h in (('easy', 0, 0.15, 40), ('moderate', 1, 0.3, 25), ('hard', 2, 0.5, 25)):
        if label.occluded <= occ and label.truncated <= trunc and height > min_h:
            return name
    return 'ignored'


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--preset', default='harder')
    p.add_argument('--frames', type=int, default=40)
    p.add_argument('--generator_set', action='append', default=[], metavar='KNOB=VALUE')
    args = p.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from accuracy import generator_overrides
    from pcdet_qat_plugin.datasets.synthetic import SyntheticCalib, generate_frame, resolve_config
    try:
        cfg = resolve_config(generator_overrides(args.preset, args.generator_set))
    except ValueError as exc:
        p.error(str(exc))
    count, level, points = collections.Counter(), collections.Counter(), collections.defaultdict(list)
    per_frame = []
    for i in range(args.frames):
        pts, labels, extras = generate_frame(np.random.default_rng([0, i]), cfg, SyntheticCalib())
        per_frame.append(len(pts))
        for label, n in zip(labels, extras['num_points_in_gt']):
            count[label.name] += 1
            level[kitti_difficulty(label)] += 1
            points[label.name].append(n)
    total = sum(count.values())
    print(f'preset {args.preset} {" ".join(args.generator_set)}, {args.frames} frames')
    print('objects per frame: ' + ', '.join(f'{c} {count[c] / args.frames:.2f}' for c in sorted(count)))
    print('labels by strictest level: ' + ', '.join(f'{k} {100 * v / total:.0f} %' for k, v in sorted(level.items()))
          + f'; counted at moderate (easy + moderate) {100 * (level["easy"] + level["moderate"]) / total:.0f} %')
    print('points in box, median / 10th percentile: ' + ', '.join(
        f'{c} {np.median(v):.0f} / {np.percentile(v, 10):.0f}' for c, v in sorted(points.items())))
    print(f'points per frame {np.mean(per_frame) / 1000:.1f} k')


if __name__ == '__main__':
    main()
