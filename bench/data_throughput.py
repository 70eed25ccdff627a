"""Data pipeline throughput: frames/s for full augmentation (gt sampling, flip, rotation, scaling,
shuffle) + spconv voxelization + collation, with 0 (main process), 1 and 2 DataLoader workers.

Run by hand: `python bench/data_throughput.py [--data_path DIR] [--frames 96] [--batch_size 4]`.
Default data: the real KITTI samples in ../shared (symlinked into a temp folder, infos made there).
Prints frames/s per worker count, ratios to the main-process run, CPU ms per frame over all processes
(less sensitive to a busy machine than wall time), and a per-stage split.
"""
import argparse
import copy
import os
import sys
import tempfile
import time
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pcdet_qat_plugin.config import load_cfg  # noqa: E402
from pcdet_qat_plugin.datasets import build_dataloader  # noqa: E402
from pcdet_qat_plugin.datasets.kitti.kitti_infos import create_kitti_infos  # noqa: E402


def prepare_root(data_path, cfg, tmp):
    if data_path:
        root = Path(data_path)
        if not (root / 'kitti_infos_trainval.pkl').is_file():
            create_kitti_infos(cfg.DATA_CONFIG, cfg.CLASS_NAMES, root, workers=2)
        return root
    src = ROOT.parent / 'shared' / 'data' / 'kitti_samples'
    root = Path(tmp) / 'kitti'
    (root / 'training').mkdir(parents=True)
    (root / 'ImageSets').symlink_to(src / 'ImageSets')
    for sub in (src / 'training').iterdir():
        (root / 'training' / sub.name).symlink_to(sub)
    create_kitti_infos(cfg.DATA_CONFIG, cfg.CLASS_NAMES, root, workers=1)
    return root


def run(cfg, root, workers, frames, batch_size):
    dataset, loader, _ = build_dataloader(cfg.DATA_CONFIG, cfg.CLASS_NAMES, batch_size=batch_size, dist=False,
                                          root_path=root, workers=workers, seed=0, training=True)
    n_info = len(dataset.kitti_infos)
    dataset.merge_all_iters_to_one_epoch(True, epochs=max(1, -(-frames // n_info)))
    cpu0 = _cpu_seconds()
    t0 = time.perf_counter()
    t_first, n = None, 0
    for batch in loader:
        n += batch['batch_size']
        if t_first is None:
            t_first, n_first = time.perf_counter(), n
    t1 = time.perf_counter()
    del loader  # workers exit, so their CPU time is counted
    cpu = _cpu_seconds() - cpu0
    steady = (n - n_first) / (t1 - t_first) if n > n_first else float('nan')
    return n / (t1 - t0), steady, n, cpu / n


def _cpu_seconds():
    """User + system CPU seconds of this process and its finished children (the DataLoader workers)."""
    import resource
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def stages(cfg, root, frames):
    """Per-frame seconds in the main process: read+FOV, augmentation, processor (mask/shuffle/voxelize)."""
    dataset, _, _ = build_dataloader(cfg.DATA_CONFIG, cfg.CLASS_NAMES, batch_size=1, dist=False,
                                     root_path=root, workers=0, seed=0, training=True)
    aug, proc = dataset.data_augmentor.forward, dataset.data_processor.forward
    acc = {'augment': 0.0, 'process': 0.0}

    def timed(name, fn):
        def wrapper(data_dict):
            t = time.perf_counter()
            out = fn(data_dict)
            acc[name] += time.perf_counter() - t
            return out
        return wrapper
    dataset[0]  # warm-up: numba kernels, voxel generator
    dataset.data_augmentor.forward = timed('augment', aug)
    dataset.data_processor.forward = timed('process', proc)
    t0 = time.perf_counter()
    for i in range(frames):
        dataset[i % len(dataset)]
    total = time.perf_counter() - t0
    acc['read+other'] = total - acc['augment'] - acc['process']
    return {k: v / frames for k, v in acc.items()}, total / frames


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--data_path', default=None)
    p.add_argument('--cfg_file', default='cfgs/kitti/pointpillar.yaml')
    p.add_argument('--frames', type=int, default=96)
    p.add_argument('--batch_size', type=int, default=4)
    p.add_argument('--workers', type=int, nargs='+', default=[0, 1, 2])
    args = p.parse_args()
    os.environ.setdefault('OMP_NUM_THREADS', '1')
    import torch
    torch.set_num_threads(1)
    cfg = copy.deepcopy(load_cfg(args.cfg_file))
    cfg.DATA_CONFIG.INFO_PATH.train = ['kitti_infos_trainval.pkl']
    with tempfile.TemporaryDirectory() as tmp:
        root = prepare_root(args.data_path, cfg, tmp)
        print(f'data: {root}  cpus: {os.cpu_count()}  load avg: {os.getloadavg()}')
        split, per_frame = stages(cfg, root, min(args.frames, 32))
        print('main process, per frame: ' + ', '.join(f'{k} {v * 1e3:.1f} ms' for k, v in split.items())
              + f'  (total {per_frame * 1e3:.1f} ms)')
        base = None
        for w in args.workers:
            fps, steady, n, cpu = run(cfg, root, w, args.frames, args.batch_size)
            base = base or fps
            print(f'workers={w}: {fps:6.1f} frames/s over {n} frames (incl. start-up), '
                  f'{steady:6.1f} frames/s after the first batch, ratio to workers={args.workers[0]}: '
                  f'{fps / base:.2f}, CPU {cpu * 1e3:.0f} ms/frame (all processes)')


if __name__ == '__main__':
    main()
