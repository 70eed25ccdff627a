"""Time the paired bootstrap's frame draws: per-frame tables (now) vs matching every draw again (before).

Run by hand: `python bench/bootstrap_speed.py [--frames 1000] [--resamples 1000] [--sets 32] [--slow_draws 3]`.
On a synthetic result set like bench/eval_speed.py's (~8 gt, ~20 detections a frame; 3D moderate, 3 classes)
it times, for one result set: building the scorer (overlaps + per-frame tables), `resampled` over
--resamples draws, and `mean_ap(draw)` (the old per-draw re-matching) over --slow_draws draws; checks both
give the same numbers on those draws; and prints the estimate for --sets result sets x --resamples draws
(bench/accuracy.py's full run: 2 variants x 3 seeds x 5 modes + 2 float models = 32 sets), with the load.
"""
import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--frames', type=int, default=1000)
    parser.add_argument('--resamples', type=int, default=1000)
    parser.add_argument('--sets', type=int, default=32, help='result sets of the run being estimated')
    parser.add_argument('--slow_draws', type=int, default=3, help='draws timed with the old re-matching')
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from eval_speed import synthetic_frame
    from pcdet_qat_plugin.eval.bootstrap import FrameScorer, frame_resamples

    rng = np.random.default_rng(0)
    gt, dt = zip(*(synthetic_frame(rng) for _ in range(args.frames)))
    draws = frame_resamples(args.frames, args.resamples, seed=0)
    FrameScorer(gt[:20], dt[:20]).resampled(draws[:2, :20] % 20)      # compile / load the numba cache

    t = time.perf_counter()
    scorer = FrameScorer(gt, dt)
    build_s = time.perf_counter() - t
    t = time.perf_counter()
    fast = scorer.resampled(draws)
    fast_s = time.perf_counter() - t
    t = time.perf_counter()
    slow = [scorer.mean_ap(row) for row in draws[:args.slow_draws]]
    slow_per_draw = (time.perf_counter() - t) / args.slow_draws
    same = bool(np.array_equal(fast[:args.slow_draws], slow))

    after = args.sets * (build_s + fast_s)
    before = args.sets * (build_s + slow_per_draw * args.resamples)
    print(f'{args.frames} frames, {sum(len(a["name"]) for a in gt)} gt, {sum(len(a["name"]) for a in dt)} detections; '
          f'mean AP on all frames {scorer.mean_ap():.2f}; load average {os.getloadavg()[0]:.1f}')
    print(f'one set: build {build_s:.2f} s; {args.resamples} draws from the tables {fast_s:.2f} s '
          f'({fast_s / args.resamples * 1e3:.2f} ms/draw); re-matching {slow_per_draw * 1e3:.0f} ms/draw; '
          f'same numbers on the {args.slow_draws} draws compared: {same}')
    print(f'estimate for {args.sets} sets x {args.resamples} draws x {args.frames} frames: '
          f'before {before:.0f} s, after {after:.0f} s ({before / after:.0f}x)')


if __name__ == '__main__':
    main()
