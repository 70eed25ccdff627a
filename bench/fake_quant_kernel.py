"""Activation fake-quant kernel alone: forward + backward time of `fake_quant_act` on one block-0-sized tensor.

Run by hand: `python bench/fake_quant_kernel.py [--against REV] [--threads 2] [--shape 2,64,248,216]
[--repeats 12]`. Rows, interleaved in one process (median of the repeats after 2 warm-up rounds): this
checkout's kernel; with `--against REV` the kernel of `pcdet_qat_plugin/quant/fake_quant.py` at git revision
REV (read with `git show`, its package imports pointed at this checkout); torch's fused
`fake_quantize_per_tensor_affine` (ties to even, not TI's rounding: a speed reference only). Signed 8 bits,
clip 8. Last line: `fake-quant fwd+bwd: X.X ms (ratio to REV: R.RR)`.
"""
import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from pcdet_qat_plugin.quant import fake_quant  # noqa: E402

MODULE = 'pcdet_qat_plugin/quant/fake_quant.py'


def kernel_at(rev: str):
    """fake_quant.py of git revision `rev` as a module (relative imports made absolute)."""
    try:
        text = subprocess.run(['git', 'show', f'{rev}:{MODULE}'], cwd=ROOT, check=True, capture_output=True,
                              text=True).stdout
    except subprocess.CalledProcessError as exc:
        sys.exit(f'error: git show {rev}:{MODULE} failed: {exc.stderr.strip()}')
    text = text.replace('from ..', 'from pcdet_qat_plugin.').replace('from .', 'from pcdet_qat_plugin.quant.')
    path = Path(tempfile.mkdtemp()) / 'fake_quant_at_rev.py'
    path.write_text(text)
    spec = importlib.util.spec_from_file_location('fake_quant_at_rev', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--against', default=None, help='git revision whose kernel runs beside this one')
    p.add_argument('--threads', type=int, default=2)
    p.add_argument('--shape', default='2,64,248,216', help='tensor shape (default: a block-0 output, batch 2)')
    p.add_argument('--repeats', type=int, default=12)
    args = p.parse_args()
    torch.set_num_threads(args.threads)
    g = torch.Generator().manual_seed(0)
    shape = tuple(int(v) for v in args.shape.split(','))
    x = (torch.randn(shape, generator=g) * 3).requires_grad_()
    grad = torch.randn(shape, generator=g)
    clip = torch.tensor(8.0)
    scale = float(fake_quant.pow2_scale(clip, 8, True))

    def ours(module):
        return lambda: module.fake_quant_act(x, clip, 8, True).backward(grad)
    rows = {'this checkout': ours(fake_quant)}
    if args.against:
        rows[f'at {args.against}'] = ours(kernel_at(args.against))
    rows['torch fused (ties to even)'] = \
        lambda: torch.fake_quantize_per_tensor_affine(x, 1 / scale, 0, -128, 127).backward(grad)
    times = {name: [] for name in rows}
    for i in range(args.repeats + 2):
        for name, fn in rows.items():
            x.grad = None
            t = time.perf_counter()
            fn()
            if i >= 2:
                times[name].append(time.perf_counter() - t)
    med = {name: statistics.median(t) * 1000 for name, t in times.items()}
    print(f'shape {shape}, {args.threads} torch threads, median of {args.repeats}')
    for name, ms in med.items():
        print(f'  {name:28s} {ms:7.1f} ms')
    ratio = f' (ratio to {args.against}: {med["this checkout"] / med[f"at {args.against}"]:.2f})' \
        if args.against else ''
    print(f'fake-quant fwd+bwd: {med["this checkout"]:.1f} ms{ratio}')


if __name__ == '__main__':
    main()
