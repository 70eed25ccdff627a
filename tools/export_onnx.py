"""Export a checkpoint's network to ONNX (tidl + prototxt, qdq, float).

Same as `pcdet-qat export`; `--help` lists the options."""
from _cli import run_tool
from pcdet_qat_plugin.cli.export import main  # noqa: F401  (callable in-process: main(argv))

if __name__ == '__main__':
    run_tool('export')
