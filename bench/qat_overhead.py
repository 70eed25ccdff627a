"""QAT overhead on the full KITTI grid (432 x 496), batch 2, CPU: train-step time and peak memory, QAT / float.

Run by hand: `python bench/qat_overhead.py [--repeats 5] [--voxels 12000] [--threads N] [--glibc_default]`.
Times run with the allocator as the pcdet-qat commands set it (utils/allocator.keep_freed_memory: large freed
blocks stay for reuse, no page faults per step) unless `--glibc_default`: float and QAT steps alternating in
one process with the same torch thread count (forward + backward + Adam step), median of the repeats (at
least 5, so one noisy step does not decide), with the median CPU time of all threads (user, system) and
minor page faults per step (each fault is a fresh memory page the kernel zeroes). `--grid 216x248` runs a
smaller grid (the same share of pillars) for quick checks; `--profile N` prints instead each variant's top N
ops by self CPU time (torch.profiler, one step after a warm-up step). Memory: torch's CPU allocations are
invisible to tracemalloc, so each variant runs one step in its own subprocess, on glibc's default allocator
(freed blocks go back to the OS, so the peak RSS is live memory; with freed blocks kept, one step's peak RSS
moved between 2.6 and 3.6 GiB from run to run for float and QAT alike), resets the kernel's RSS high-water
mark after building (/proc/self/clear_refs; building the model peaks higher than a step otherwise) and
reports VmHWM minus the RSS just before the step (the step's own peak: activations, grads, temporaries);
the bytes autograd saves for backward are printed too. Last line: `qat/float step time ratio: X.XX, peak memory ratio: Y.YY`.
"""
import argparse
import copy
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import pcdet_qat_plugin  # noqa: E402
from pcdet_qat_plugin.hosts.common import quantize_detector, set_epoch  # noqa: E402
from pcdet_qat_plugin.quant import iter_quant_sites  # noqa: E402


def make_batch(cfg, batch_size, voxels, seed=0):
    """Random pillars on the cfg's grid (up to 32 points each, distinct cells) and two gt boxes per frame."""
    from _random_pillars import random_pillars
    from pcdet_qat_plugin.models import ModelInfo, load_data_to_device
    batch = load_data_to_device(random_pillars(ModelInfo.from_cfg(cfg), batch_size, voxels, seed=seed))
    gt = torch.tensor([[20.0, 0.0, -1.0, 3.9, 1.6, 1.56, 0.3, 1], [30.0, 5.0, -0.6, 0.8, 0.6, 1.73, 1.0, 2]])
    batch['gt_boxes'] = gt[None].repeat(batch_size, 1, 1)
    return batch


FULL_GRID = (432, 496)     # KITTI PointPillars: 69.12 m x 79.36 m at 0.16 m


def parse_grid(text: str):
    """'NXxNY' -> (nx, ny), both multiples of 8 (the backbone downsamples 8x and upsamples back)."""
    try:
        nx, ny = (int(v) for v in text.lower().split('x'))
    except ValueError:
        raise argparse.ArgumentTypeError(f'--grid: expected NXxNY such as 432x496, found {text!r}') from None
    if nx <= 0 or ny <= 0 or nx % 8 or ny % 8:
        raise argparse.ArgumentTypeError(f'--grid: {text!r}: both sides must be positive multiples of 8')
    return nx, ny


def build(kind, grid=FULL_GRID):
    """The float PointPillars of cfgs/kitti/pointpillar.yaml (QAT-wrapped for kind 'qat', epoch 0 of 12) on a
    `grid` of 0.16 m pillars: the cfg's range, narrowed around its x start and y centre when smaller."""
    cfg = pcdet_qat_plugin.load_cfg('cfgs/kitti/pointpillar.yaml')
    if tuple(grid) != FULL_GRID:
        x0, _, z0, _, _, z1 = cfg.DATA_CONFIG.POINT_CLOUD_RANGE
        cfg.DATA_CONFIG.POINT_CLOUD_RANGE = [x0, -grid[1] * 0.08, z0, x0 + grid[0] * 0.16, grid[1] * 0.08, z1]
    torch.manual_seed(0)
    model = pcdet_qat_plugin.build_model(cfg)
    if kind == 'qat':
        quantize_detector(model, {'QUANTIZE': True}, 'train')
        set_epoch(model, 0, 12)
    return cfg, model.train()


def step(model, opt, batch):
    opt.zero_grad(set_to_none=True)
    ret, _, _ = model(dict(batch))
    ret['loss'].backward()
    opt.step()


def rss_bytes():
    with open('/proc/self/statm') as f:
        return int(f.read().split()[1]) * os.sysconf('SC_PAGE_SIZE')


def reset_peak_rss() -> bool:
    """Reset the kernel's RSS high-water mark (VmHWM), so model building does not count; False if refused."""
    try:
        with open('/proc/self/clear_refs', 'w') as f:
            f.write('5')
        return True
    except OSError:
        return False


def peak_rss_bytes():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmHWM:'):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def memory_child(kind, voxels, grid):
    cfg, model = build(kind, grid)
    batch = make_batch(cfg, 2, voxels)
    opt = torch.optim.Adam(model.parameters(), lr=1e-4)
    base = rss_bytes()
    reset = reset_peak_rss()
    step(model, opt, batch)
    peak = peak_rss_bytes() if reset else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    sites = sum(1 for _ in iter_quant_sites(model))
    print(json.dumps({'base': base, 'peak': peak, 'sites': sites}))


def saved_for_backward_bytes(model, batch):
    """Bytes of the distinct storages autograd keeps for backward in one forward (activation memory)."""
    seen = {}

    def pack(t):
        st = t.untyped_storage()
        seen[st.data_ptr()] = st.nbytes()
        return t
    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        ret, _, _ = model(dict(batch))
    ret['loss'].backward()
    model.zero_grad(set_to_none=True)
    return sum(seen.values())


def profile_steps(models, opts, batch, top):
    """Print each variant's top ops by self CPU time (one step after a warm-up step), with call counts and the
    memory each op allocated itself."""
    from torch.profiler import ProfilerActivity, profile
    for k, m in models.items():
        step(m, opts[k], batch)
        with profile(activities=[ProfilerActivity.CPU], profile_memory=True) as prof:
            step(m, opts[k], batch)
        events = prof.key_averages()
        total = sum(e.self_cpu_time_total for e in events) / 1e6
        print(f'--- {k}: one step, {total:.2f} s self CPU in all, top {top} ops')
        print(events.table(sort_by='self_cpu_time_total', row_limit=top, max_name_column_width=40))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--repeats', type=int, default=5, help='alternating float / QAT steps each (>= 5)')
    ap.add_argument('--voxels', type=int, default=None,
                    help='pillars per frame (default 12000 on the full grid, the same share of a smaller one)')
    ap.add_argument('--threads', type=int, default=0, help='torch threads (0: torch default)')
    ap.add_argument('--grid', type=parse_grid, default=FULL_GRID, metavar='NXxNY',
                    help='BEV grid of 0.16 m pillars (default 432x496, KITTI; smaller for profiling)')
    ap.add_argument('--glibc_default', action='store_true',
                    help="glibc's default allocator thresholds (every large freed tensor goes back to the OS and is "
                         'page-faulted in again) instead of keep_freed_memory(), the pcdet-qat commands\' setting')
    ap.add_argument('--memory-only', action='store_true', help='skip the timing')
    ap.add_argument('--memory-child', choices=['float', 'qat'], help=argparse.SUPPRESS)
    ap.add_argument('--profile', type=int, default=0, metavar='N',
                    help='instead: torch.profiler of one train step each, top N ops by self CPU time')
    args = ap.parse_args()
    if args.voxels is None:
        args.voxels = round(12000 * args.grid[0] * args.grid[1] / (FULL_GRID[0] * FULL_GRID[1]))
    if args.threads:
        torch.set_num_threads(args.threads)
    if not args.memory_only and not args.memory_child and args.repeats < 5:
        ap.error('--repeats: at least 5 alternating measurements (the median of fewer is one noisy step)')
    if args.memory_child:           # glibc's default allocator: freed blocks go back, so the peak RSS is live memory
        return memory_child(args.memory_child, args.voxels, args.grid)
    allocator = 'glibc default'
    if not args.glibc_default:
        from pcdet_qat_plugin.utils.allocator import keep_freed_memory
        allocator = ('keep_freed_memory (as the commands)' if keep_freed_memory()
                     else 'glibc default (keep_freed_memory refused)')

    load_at_start = os.getloadavg()[0]
    cfg, float_model = build('float', args.grid)
    qat_model = copy.deepcopy(float_model)
    quantize_detector(qat_model, {'QUANTIZE': True}, 'train')
    set_epoch(qat_model, 0, 12)
    batch = make_batch(cfg, 2, args.voxels)
    models = {'float': float_model, 'qat': qat_model}
    opts = {k: torch.optim.Adam(m.parameters(), lr=1e-4) for k, m in models.items()}
    if args.profile:
        return profile_steps(models, opts, batch, args.profile)
    times = {'float': [1.0], 'qat': [float('nan')]}
    if not args.memory_only:
        times = {'float': [], 'qat': []}
        for k in models:                              # warm-up
            step(models[k], opts[k], batch)
    usage = {'float': [], 'qat': []}
    for i in range(0 if args.memory_only else args.repeats):
        for k in (('float', 'qat') if i % 2 == 0 else ('qat', 'float')):
            r0, t0 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
            step(models[k], opts[k], batch)
            times[k].append(time.perf_counter() - t0)
            r1 = resource.getrusage(resource.RUSAGE_SELF)
            usage[k].append((r1.ru_utime - r0.ru_utime, r1.ru_stime - r0.ru_stime, r1.ru_minflt - r0.ru_minflt))
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f'threads {torch.get_num_threads()}, batch 2, grid {args.grid[0]} x {args.grid[1]}, {args.voxels} pillars/frame; '
          f'load average (1 min) {load_at_start:.1f} at the start, {os.getloadavg()[0]:.1f} after the timing; '
          f'allocator: {allocator}')
    for k in ('float', 'qat'):
        print(f'{k:5s} step: median {med[k]:.2f} s  ({", ".join(f"{t:.2f}" for t in times[k])})')
        if usage[k]:     # CPU seconds of all threads and page faults (fresh memory pages), medians per step
            user, system, faults = (statistics.median(u[j] for u in usage[k]) for j in range(3))
            print(f'{k:5s} step: CPU user {user:.2f} s, system {system:.2f} s, minor page faults {faults / 1e3:.0f} k')

    saved = {k: saved_for_backward_bytes(m, batch) for k, m in models.items()}
    for k in ('float', 'qat'):
        print(f'{k:5s} saved for backward: {saved[k] / 2**20:.0f} MiB')
    print(f'saved-for-backward ratio: {saved["qat"] / saved["float"]:.2f}')
    mem = {}
    for k in ('float', 'qat'):
        cmd = [sys.executable, __file__, '--memory-child', k, '--voxels', str(args.voxels),
               '--threads', str(args.threads), '--grid', '%dx%d' % tuple(args.grid)]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
        mem[k] = json.loads(out)
        print(f'{k:5s} memory ({mem[k]["sites"]} quant sites): process peak {mem[k]["peak"] / 2**20:.0f} MiB, step peak over pre-step RSS '
              f'{(mem[k]["peak"] - mem[k]["base"]) / 2**20:.0f} MiB')
    step_ratio = (mem['qat']['peak'] - mem['qat']['base']) / max(1, mem['float']['peak'] - mem['float']['base'])
    print(f'process peak ratio: {mem["qat"]["peak"] / mem["float"]["peak"]:.2f}')
    print(f'qat/float step time ratio: {med["qat"] / med["float"]:.2f}, peak memory ratio: {step_ratio:.2f}')


if __name__ == '__main__':
    main()
