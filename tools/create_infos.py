"""Create OpenPCDet's KITTI info pickles and gt database.

Same as `pcdet-qat create-infos`; `--help` lists the options."""
from _cli import run_tool
from pcdet_qat_plugin.cli.create_infos import main  # noqa: F401  (callable in-process: main(argv))

if __name__ == '__main__':
    run_tool('create-infos')
