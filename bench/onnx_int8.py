"""onnxruntime latency of PointPillars: int8 `qdq` graph vs the float graph, network part and whole pipeline.

Full KITTI grid (432 x 496) and the cfg's test MAX_NUMBER_OF_VOXELS, median of several runs (float and
int8 runs interleaved so machine load hits both alike). Weights are random with a quick calibration on
random pillars: the network's latency does not depend on their values.

Whole pipeline per frame, at 1 and 2 threads (`--pipeline_threads`): voxelization (the cfg's
DATA_PROCESSOR, spconv PointToVoxel), decoration + padding to the graph inputs, the network in
onnxruntime, anchor decoding and NMS (the built-in head and post-processing). The frame is a real KITTI
velodyne scan from ../shared/data/kitti_samples when present, else random points. With random weights
every anchor scores about 0.5, so NMS sees the cfg's NMS_PRE_MAXSIZE boxes: its worst case.

    python bench/onnx_int8.py [--cfg_file cfgs/kitti/pointpillar_qat.yaml] [--runs 7] [--threads 2]

With `--ap_cfg CFG --ap_ckpt CKPT` (a quantized cfg and its trained / calibrated checkpoint) it first
evaluates that checkpoint on the cfg's val split twice, PyTorch quantized evaluation and the exported `qdq`
graph in onnxruntime, and prints both APs (3D and BEV, moderate, R40) and their difference (`--ap_only`: nothing
else). `--ort_config KEY=VALUE` sets an onnxruntime session config entry on every session (speed runs; e.g.
session.x64quantprecision=1, see docs/results.md).

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


KITTI_FRAME = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), '..', 'shared', 'data',
                           'kitti_samples', 'training', 'velodyne', '000000.bin')
STAGES = ('voxelize', 'decorate', 'network', 'decode', 'nms')


def bench_points(cfg) -> tuple:
    """(points (N, 4) float32, description): the KITTI sample scan, else 20000 uniform random points."""
    if os.path.isfile(KITTI_FRAME):
        return np.fromfile(KITTI_FRAME, dtype=np.float32).reshape(-1, 4), 'KITTI 000000'
    r = np.asarray(cfg.DATA_CONFIG.POINT_CLOUD_RANGE, dtype=np.float32)
    rng = np.random.default_rng(0)
    pts = np.concatenate([rng.uniform(r[:3], r[3:], (20000, 3)), rng.random((20000, 1))], axis=1)
    return pts.astype(np.float32), 'random points'


def pipeline_frame(det, processor, points: np.ndarray) -> dict:
    """One frame through every stage with OrtDetector `det`; {stage: seconds}."""
    from pcdet_qat_plugin.export.decorate import graph_inputs
    t = [time.perf_counter()]
    d = processor.forward({'points': points, 'use_lead_xyz': True})
    t.append(time.perf_counter())
    coords = torch.from_numpy(np.pad(d['voxel_coords'], ((0, 0), (1, 0))))
    feeds = graph_inputs(det.model.vfe, torch.from_numpy(d['voxels']), torch.from_numpy(d['voxel_num_points']),
                         coords, det.shapes, det.num_bev_features)
    t.append(time.perf_counter())
    outs = dict(zip(det.output_names, det.session.run(det.output_names, feeds)))
    t.append(time.perf_counter())
    batch = {'voxel_coords': coords, 'batch_size': 1}
    with torch.no_grad():
        det.decode(batch, [outs])
        t.append(time.perf_counter())
        det.model.post_processing(batch)
    t.append(time.perf_counter())
    return dict(zip(STAGES, np.diff(t)))


def report_pipeline(cfg, onnx_paths: dict, threads: int, runs: int, config: dict) -> None:
    """Per-stage medians of the whole pipeline, float vs int8 graph, interleaved (printed)."""
    from pcdet_qat_plugin.datasets.processor.data_processor import DataProcessor
    from pcdet_qat_plugin.export.ort_runner import OrtDetector
    torch.set_num_threads(threads)
    points, source = bench_points(cfg)
    processor = DataProcessor(cfg.DATA_CONFIG.DATA_PROCESSOR, np.asarray(cfg.DATA_CONFIG.POINT_CLOUD_RANGE,
                              dtype=np.float32), training=False, num_point_features=points.shape[1])
    dets = {fmt: OrtDetector(path, cfg, num_threads=threads, session_config=config,
                              exact_int8=False)
            for fmt, path in onnx_paths.items()}
    times = {fmt: {k: [] for k in STAGES} for fmt in dets}
    for fmt, det in dets.items():
        pipeline_frame(det, processor, points)                         # warm-up
    for _ in range(runs):
        for fmt, det in dets.items():
            for k, v in pipeline_frame(det, processor, points).items():
                times[fmt][k].append(v)
    med = {fmt: {k: statistics.median(v) for k, v in st.items()} for fmt, st in times.items()}
    plural = 's' if threads > 1 else ''
    print(f'pipeline per frame ({source}, {threads} thread{plural}, median of {runs}), ms:')
    print('         ' + ' '.join(f'{k:>9s}' for k in STAGES + ('total',)))
    for fmt in dets:
        total = sum(med[fmt].values())
        print(f'  {fmt:5s}  ' + ' '.join(f'{med[fmt][k] * 1e3:9.1f}' for k in STAGES) + f' {total * 1e3:9.1f}')
    tot = {fmt: sum(m.values()) for fmt, m in med.items()}
    print(f'  whole pipeline int8 vs fp32 speedup ({threads} thread{plural}): '
          f'{tot["float"] / tot["qdq"]:.2f}')


def profile_nodes(onnx_path: str, feed: dict, threads: int, top: int, config: dict) -> None:
    """onnxruntime's per-node profile (SessionOptions.enable_profiling) of 4 runs (the first one included):
    the `top` nodes by kernel time per run, and the time per op type (printed)."""
    import collections
    import json
    from pcdet_qat_plugin.export.ort_runner import make_session
    sess = make_session(onnx_path, num_threads=threads, config=config,
                        profile_prefix=os.path.splitext(onnx_path)[0] + '_profile')
    for _ in range(4):
        sess.run(None, feed)
    with open(sess.end_profiling()) as f:
        events = json.load(f)
    per_node, op_of, per_op = collections.Counter(), {}, collections.Counter()
    for e in events:
        if e.get('cat') == 'Node' and e['name'].endswith('_kernel_time'):
            name, op = e['name'][:-len('_kernel_time')], e['args'].get('op_name', '?')
            per_node[name] += e['dur'] / 4e3             # us over 4 runs -> ms per run
            op_of[name] = op
            per_op[op] += e['dur'] / 4e3
    total = sum(per_node.values())
    print(f'profile {os.path.basename(onnx_path)}: {total:.1f} ms of kernels per run; top {top} nodes:')
    for name, ms in per_node.most_common(top):
        print(f'  {ms:8.1f} ms {100 * ms / total:5.1f}%  {op_of[name]:16s} {name}')
    print('  by op type: ' + ', '.join(f'{op} {ms:.1f}' for op, ms in per_op.most_common(10)))


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
    ap.add_argument('--pipeline_threads', default='1,2', help='thread counts of the whole-pipeline report '
                    '("" skips it)')
    ap.add_argument('--pipeline_runs', type=int, default=5)
    ap.add_argument('--profile', type=int, default=0, metavar='N',
                    help='print onnxruntime\'s top-N nodes per graph (per-node profiling) first')
    ap.add_argument('--ort_config', action='append', default=[], metavar='KEY=VALUE',
                    help='onnxruntime session config entry for every session, e.g. session.x64quantprecision=1 '
                    '(repeatable)')
    ap.add_argument('--ap_cfg', default=None, help='quantized cfg whose val split to evaluate (with --ap_ckpt)')
    ap.add_argument('--ap_ckpt', default=None, help='its checkpoint')
    ap.add_argument('--ap_only', action='store_true', help='only the AP comparison (with --ap_cfg, --ap_ckpt)')
    args = ap.parse_args()
    bad = [kv for kv in args.ort_config if '=' not in kv]
    if bad:
        ap.error(f'--ort_config {bad[0]!r}: expected KEY=VALUE, e.g. session.x64quantprecision=1')
    config = dict(kv.split('=', 1) for kv in args.ort_config)
    torch.set_num_threads(args.threads)
    if args.ap_cfg and args.ap_ckpt:
        compare_ap(args.ap_cfg, args.ap_ckpt, args.threads)
        if args.ap_only:
            return
    from pcdet_qat_plugin import build_model, load_cfg
    from pcdet_qat_plugin.export.decorate import graph_inputs
    from pcdet_qat_plugin.export.exporter import export_onnx
    from pcdet_qat_plugin.export.network import export_shapes
    from pcdet_qat_plugin.export.ort_runner import make_session
    from pcdet_qat_plugin.export.qdq import INT8_OPS
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
          f'{args.threads} threads, {args.runs} runs each, onnxruntime session config {config or "default"}')
    sessions, paths = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ('float', 'qdq'):
            s = export_onnx(model, cfg, os.path.join(tmp, f'{fmt}.onnx'), fmt)
            if s['int8_kernels']:
                int8 = {k: v for k, v in s['int8_kernels'].items() if k in INT8_OPS}
                print(f'qdq graph: onnxruntime int8 kernels {int8}, exact rewrites {s["int8_rewrites"]}')
            sessions[fmt] = make_session(s['onnx'], num_threads=args.threads, config=config)
            paths[fmt] = s['onnx']
            if args.profile:
                profile_nodes(s['onnx'], feed, args.threads, args.profile, config)
        times = {fmt: [] for fmt in sessions}
        for fmt, sess in sessions.items():
            sess.run(None, feed)                                       # warm-up
        for _ in range(args.runs):
            for fmt, sess in sessions.items():
                t = time.perf_counter()
                sess.run(None, feed)
                times[fmt].append(time.perf_counter() - t)
        for threads in [int(t) for t in args.pipeline_threads.split(',') if t.strip()]:
            report_pipeline(cfg, paths, threads, args.pipeline_runs, config)
    med = {fmt: statistics.median(ts) for fmt, ts in times.items()}
    for fmt, ts in times.items():
        print(f'network {fmt:5s} ({args.threads} threads) median {med[fmt] * 1e3:8.1f} ms   '
              f'(min {min(ts) * 1e3:.1f}, max {max(ts) * 1e3:.1f})')
    print(f'onnxruntime int8 vs fp32 speedup: {med["float"] / med["qdq"]:.2f}')


if __name__ == '__main__':
    main()
