"""`python -m pcdet_qat_plugin.datasets.kitti create_infos ...`: the same command as `pcdet-qat create-infos`."""
import sys

from ...cli.common import run_main
from ...cli.create_infos import main as create_infos_main


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv or argv[0] != 'create_infos':
        print('usage: python -m pcdet_qat_plugin.datasets.kitti create_infos [--help | options]', file=sys.stderr)
        return 2
    return run_main(lambda rest: create_infos_main(rest, prog='python -m pcdet_qat_plugin.datasets.kitti create_infos'),
                    argv[1:])


if __name__ == '__main__':
    sys.exit(main())
