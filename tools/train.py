"""Train PointPillars: float, QAT (8/16-bit) or calibration, as the cfg's QUANTIZE says.

Same as `pcdet-qat train`; `--help` lists the options."""
from _cli import run_tool
from pcdet_qat_plugin.cli.train import main  # noqa: F401  (callable in-process: main(argv))

if __name__ == '__main__':
    run_tool('train')
