"""onnxruntime latency of the PointPillars network part: int8 `qdq` graph vs the float graph.

Full KITTI grid (432 x 496) and the cfg's test MAX_NUMBER_OF_VOXELS, 2 threads, median of several runs
(float and int8 runs interleaved so machine load hits both alike). Weights are random with a quick
calibration on random pillars: latency does not depend on their values.

    python bench/onnx_int8.py [--cfg_file cfgs/kitti/pointpillar_qat.yaml] [--runs 7] [--threads 2]

With `--ap_cfg CFG --ap_ckpt CKPT` (a quantized cfg and its trained / calibrated checkpoint) it first
evaluates that checkpoint on the cfg's val split twice, PyTorch quantized evaluation and the exported `qdq`
graph in onnxruntime, and prints both APs (3D and BEV, moderate, R40) and their difference.

Last line: `onnxruntime int8 vs fp32 speedup: X.XX`.
"""
import argparse
import os
import statistics
import sys
import tempfile
import time

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def random_frame(cfg, num_voxels: int, seed: int):
    """A batch_dict of `num_voxels` distinct pillars with random points inside them (batch size 1)."""
    from _random_pillars import random_pillars
    from pcdet_qat_plugin.export.network import export_shapes
    from pcdet_qat_plugin.models import ModelInfo, load_data_to_device
    return load_data_to_device(random_pillars(ModelInfo.from_cfg(cfg), 1, num_voxels, seed=seed,
                                              max_points=export_shapes(cfg)['max_points']))


AP_KEYS = tuple(f'{c}_{m}/moderate_R40' for m in ('3d', 'bev') for c in ('Car', 'Pedestrian', 'Cyclist'))


def compare_ap(cfg_file: str, ckpt: str, threads: int) -> None:
    """AP of PyTorch quantized evaluation vs onnxruntime qdq on the same val set (printed)."""
    from pcdet_qat_plugin import load_cfg
    from pcdet_qat_plugin.export.exporter import export_onnx, load_detector
    from pcdet_qat_plugin.runners.test_main import run_test
    cfg = load_cfg(cfg_file)
    with tempfile.TemporaryDirectory() as tmp:
        onnx_path = export_onnx(load_detector(cfg, ckpt), cfg, os.path.join(tmp, 'qdq.onnx'), 'qdq')['onnx']
        res = {}
        for backend in ('pytorch', 'onnxruntime'):
            r = run_test(load_cfg(cfg_file), ckpt=ckpt, backend=backend, onnx=onnx_path, workers=0,
                         output_dir=os.path.join(tmp, backend), show_progress=False, save_to_file=False)[0]
            res[backend] = [r.get(k, float('nan')) for k in AP_KEYS]
    for backend, aps in res.items():
        print(f'AP {backend:11s} ' + '  '.join(f'{k.split("/")[0]} {v:6.2f}' for k, v in zip(AP_KEYS, aps))
              + f'  mean {np.mean(aps):6.2f}')
    diff = np.array(res['onnxruntime']) - np.array(res['pytorch'])
    print('AP onnxruntime qdq - pytorch quantized: ' + '  '.join(f'{d:+.2f}' for d in diff)
          + f'  (max |diff| {np.abs(diff).max():.2f})')


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--cfg_file', default='cfgs/kitti/pointpillar_qat.yaml')
    ap.add_argument('--runs', type=int, default=7)
    ap.add_argument('--threads', type=int, default=2)
    ap.add_argument('--voxels', type=int, default=None, help='occupied pillars (default: the cfg max)')
    ap.add_argument('--ap_cfg', default=None, help='quantized cfg whose val split to evaluate (with --ap_ckpt)')
    ap.add_argument('--ap_ckpt', default=None, help='its checkpoint')
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    if args.ap_cfg and args.ap_ckpt:
        compare_ap(args.ap_cfg, args.ap_ckpt, args.threads)
    from pcdet_qat_plugin import build_model, load_cfg
    from pcdet_qat_plugin.export.decorate import graph_inputs
    from pcdet_qat_plugin.export.exporter import export_onnx
    from pcdet_qat_plugin.export.network import export_shapes
    from pcdet_qat_plugin.export.ort_runner import make_session
    from pcdet_qat_plugin.hosts.common import quantize_detector
    from pcdet_qat_plugin.quant import calibrate

    cfg = load_cfg(args.cfg_file)
    sh = export_shapes(cfg)
    torch.manual_seed(0)
    model = build_model(cfg, quantize_mode='calibrate')
    calibrate(model, [random_frame(cfg, 4000, seed=i) for i in range(2)], iters=2)
    quantize_detector(model, cfg, 'test')
    frame = random_frame(cfg, args.voxels or sh['max_voxels'], seed=7)
    feed = graph_inputs(model.vfe, frame['voxels'], frame['voxel_num_points'], frame['voxel_coords'], sh,
                        model.map_to_bev_module.num_bev_features)
    print(f'grid {sh["nx"]} x {sh["ny"]}, {sh["max_voxels"]} voxels x {sh["max_points"]} points, '
          f'{args.threads} threads, {args.runs} runs each')
    sessions = {}
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ('float', 'qdq'):
            s = export_onnx(model, cfg, os.path.join(tmp, f'{fmt}.onnx'), fmt)
            if s['int8_kernels']:
                int8 = {k: v for k, v in s['int8_kernels'].items() if k.startswith('QLinear')}
                print(f'qdq graph: onnxruntime int8 kernels {int8}')
            sessions[fmt] = make_session(s['onnx'], num_threads=args.threads)
        times = {fmt: [] for fmt in sessions}
        for fmt, sess in sessions.items():
            sess.run(None, feed)                                       # warm-up
        for _ in range(args.runs):
            for fmt, sess in sessions.items():
                t = time.perf_counter()
                sess.run(None, feed)
                times[fmt].append(time.perf_counter() - t)
    med = {fmt: statistics.median(ts) for fmt, ts in times.items()}
    for fmt, ts in times.items():
        print(f'{fmt:5s} median {med[fmt] * 1e3:8.1f} ms   (min {min(ts) * 1e3:.1f}, max {max(ts) * 1e3:.1f})')
    print(f'onnxruntime int8 vs fp32 speedup: {med["float"] / med["qdq"]:.2f}')


if __name__ == '__main__':
    main()
