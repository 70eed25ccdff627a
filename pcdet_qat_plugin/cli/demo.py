"""The whole story in one command: float, QAT-8, QAT-16 and calibration-8 models compared on synthetic data.

Built-in synthetic data, reduced grid sized for 2 CPU cores: float PointPillars, QAT-8, QAT-16 and calibration-8
for plain and painted points, evaluation, ONNX export, one table, results.json and plots. Synthetic data goes to
data/synthetic_kitti, results to output/demo (under the current folder)."""
from typing import Optional, Sequence

from .common import argv_list, int_at_least, new_parser

EXAMPLES = """\
  pcdet-qat demo
  pcdet-qat demo --frames 160 --epochs 4 --variants plain --out output/demo_small
  pcdet-qat demo --data_path data/kitti
"""


def build_parser(prog: Optional[str] = None):
    p = new_parser(prog, __doc__, EXAMPLES)
    p.add_argument('--frames', type=int_at_least(2), default=320, help='synthetic frames to generate (train + val)')
    p.add_argument('--epochs', type=int_at_least(1), default=8, help='float training epochs')
    p.add_argument('--qat_epochs', type=int_at_least(1), default=2, help='QAT fine-tuning epochs')
    p.add_argument('--out', default='output/demo', help='output folder (results.json, table, plots, onnx)')
    p.add_argument('--data_path', default=None, help='a KITTI root to use instead of synthetic data')
    p.add_argument('--variants', default='plain,painted', help='comma list of plain,painted')
    p.add_argument('--workers', type=int_at_least(0), default=1, help='dataloader worker processes')
    p.add_argument('--seed', type=int_at_least(0), default=0, help='random seed (data, init, sampling)')
    p.add_argument('--no_export', action='store_true', help='skip the ONNX export')
    p.add_argument('--no_plots', action='store_true', help='skip the plots (no matplotlib needed)')
    return p


def main(argv: Optional[Sequence[str]] = None, prog: Optional[str] = None) -> None:
    args = build_parser(prog).parse_args(argv_list(argv))
    from ..demo.pipeline import run_demo
    run_demo(out=args.out, frames=args.frames, epochs=args.epochs, qat_epochs=args.qat_epochs,
             data_path=args.data_path, variants=[v for v in args.variants.split(',') if v], seed=args.seed,
             workers=args.workers, export=not args.no_export, plots=not args.no_plots)
