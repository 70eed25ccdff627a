"""Evaluate a checkpoint (float or quantized) or an exported ONNX graph on KITTI-format data.

Same as `pcdet-qat test`; `--help` lists the options."""
from _cli import run_tool
from pcdet_qat_plugin.cli.test import main  # noqa: F401  (callable in-process: main(argv))

if __name__ == '__main__':
    run_tool('test')
