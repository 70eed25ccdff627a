"""Interpreter start-up cost of the OpenPCDet import hook (.pth): `python -c pass` with the .pth in a site
folder vs. the same with PCDET_QAT_PLUGIN_DISABLE=1, best of N runs each (wall and CPU time), plus
`-X importtime` of the hook module.

    python bench/hook_startup.py [--runs 20]
"""
import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PTH = ROOT / 'pcdet_qat_plugin_hook.pth'
CODE = 'import site, sys; site.addsitedir(sys.argv[1])'


def best_time(site_dir: str, env: dict, runs: int):
    """(best wall seconds, best CPU seconds user+sys) of `python -c <addsitedir>` over `runs` runs; CPU time
    is far less disturbed than wall time on a busy machine."""
    best_wall = best_cpu = float('inf')
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, '-c', CODE, site_dir], env=env, check=True)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best_wall, best_cpu = min(best_wall, wall), min(best_cpu, cpu)
    return best_wall, best_cpu


def hook_import_us(env: dict) -> int:
    """Cumulative microseconds `-X importtime` reports for the hook module (its parent packages included)."""
    res = subprocess.run([sys.executable, '-X', 'importtime', '-c',
                          'import pcdet_qat_plugin.hosts.openpcdet.hook'], env=env, capture_output=True, text=True)
    for line in res.stderr.splitlines():
        m = re.match(r'import time:\s+\d+ \|\s+(\d+) \|\s*pcdet_qat_plugin\.hosts\.openpcdet\.hook$', line)
        if m:
            return int(m.group(1))
    raise RuntimeError('hook module not in -X importtime output:\n' + res.stderr[-2000:])


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument('--runs', type=int, default=20)
    args = p.parse_args()
    env = {k: v for k, v in os.environ.items() if k != 'PCDET_QAT_PLUGIN_DISABLE'}
    env['PYTHONPATH'] = str(ROOT)
    with tempfile.TemporaryDirectory() as site_dir:
        shutil.copy(PTH, site_dir)
        on = best_time(site_dir, env, args.runs)
        off = best_time(site_dir, {**env, 'PCDET_QAT_PLUGIN_DISABLE': '1'}, args.runs)
    for i, what in enumerate(('wall', 'CPU')):
        print(f'python start-up {what}, best of {args.runs}: hook on {on[i] * 1e3:.1f} ms, off {off[i] * 1e3:.1f} ms, '
              f'cost {(on[i] - off[i]) * 1e3:.1f} ms (budget 50 ms), ratio on/off {on[i] / off[i]:.3f}')
    print(f'-X importtime of the hook module (cumulative, with its parent packages): {hook_import_us(env) / 1e3:.1f} ms')


if __name__ == '__main__':
    main()
