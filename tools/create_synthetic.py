"""Write a synthetic KITTI-format dataset.

Same as `pcdet-qat create-synthetic`; `--help` lists the options."""
from _cli import run_tool
from pcdet_qat_plugin.cli.create_synthetic import main  # noqa: F401  (callable in-process: main(argv))

if __name__ == '__main__':
    run_tool('create-synthetic')
