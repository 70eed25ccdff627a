"""Quantized evaluation speed (frames/s) on the demo grid: the built-in detector of
cfgs/demo/pointpillar_demo.yaml, calibrated (8 bit, box head 16) on random frames, then its quantized test
forward (network + post-processing) timed per frame.

Run by hand: `python bench/quant_eval_speed.py [--frames 20] [--points 20000]`. Compare two code versions by
running it from each checkout (only the public API is used).
"""
import argparse
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
    args = parser.parse_args()
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
    with torch.no_grad():
        for b in frames[:2]:                       # warm-up
            model(dict(b))
        t = time.perf_counter()
        for b in frames[2:]:
            model(dict(b))
        dt = time.perf_counter() - t
    print(f'{pcdet_qat_plugin.__file__}: {args.frames / dt:.2f} frames/s quantized evaluation '
          f'({dt / args.frames * 1000:.0f} ms/frame, {torch.get_num_threads()} threads)')


if __name__ == '__main__':
    main()
