"""The whole story in one command on built-in synthetic data (reduced grid, sized for 2 CPU cores):
float PointPillars, QAT-8, QAT-16 and calibration-8 for plain and painted points, evaluation,
ONNX export, one table, results.json and plots.

    python tools/demo.py [--frames N] [--epochs N] [--out DIR] [--data_path KITTI_ROOT]
"""
import argparse

from _cli import run_main


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--frames', type=int, default=320, help='synthetic frames to generate (train + val)')
    p.add_argument('--epochs', type=int, default=8, help='float training epochs')
    p.add_argument('--qat_epochs', type=int, default=2, help='QAT fine-tuning epochs')
    p.add_argument('--out', default='output/demo', help='output folder (results.json, table, plots, onnx)')
    p.add_argument('--data_path', default=None, help='a KITTI root to use instead of synthetic data')
    p.add_argument('--variants', default='plain,painted', help='comma list of plain,painted')
    p.add_argument('--workers', type=int, default=1)
    p.add_argument('--seed', type=int, default=0)
    p.add_argument('--no_export', action='store_true')
    p.add_argument('--no_plots', action='store_true')
    args = p.parse_args()
    from pcdet_qat_plugin.demo.pipeline import run_demo
    run_demo(out=args.out, frames=args.frames, epochs=args.epochs, qat_epochs=args.qat_epochs,
             data_path=args.data_path, variants=[v for v in args.variants.split(',') if v], seed=args.seed,
             workers=args.workers, export=not args.no_export, plots=not args.no_plots)


if __name__ == '__main__':
    run_main(main)
