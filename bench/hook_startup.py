"""Interpreter start-up cost of the OpenPCDet import hook (.pth): `python -c pass` with the .pth in a site
folder vs. the same with PCDET_QAT_PLUGIN_DISABLE=1, best of N runs each, plus `-X importtime` of the hook.

    python bench/hook_startup.py [--runs 20]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PTH = ROOT / 'pcdet_qat_plugin_hook.pth'
CODE = 'import site, sys; site.addsitedir(sys.argv[1])'


def best_time(site_dir: str, env: dict, runs: int) -> float:
    best = float('inf')
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, '-c', CODE, site_dir], env=env, check=True)
        best = min(best, time.perf_counter() - t0)
    return best


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
    print(f'python start-up, best of {args.runs}: hook on {on * 1e3:.1f} ms, off {off * 1e3:.1f} ms, '
          f'cost {(on - off) * 1e3:.1f} ms (budget 50 ms), ratio on/off {on / off:.3f}')
    print(f'-X importtime of the hook module (cumulative, with its parent packages): {hook_import_us(env) / 1e3:.1f} ms')


if __name__ == '__main__':
    main()
