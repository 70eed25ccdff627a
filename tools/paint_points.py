"""PointPainting for real KITTI: write training/velodyne_painted/.

Same as `pcdet-qat paint`; `--help` lists the options."""
from _cli import run_tool
from pcdet_qat_plugin.cli.paint import main  # noqa: F401  (callable in-process: main(argv))

if __name__ == '__main__':
    run_tool('paint')
