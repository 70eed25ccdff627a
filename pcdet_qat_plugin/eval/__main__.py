"""`python -m pcdet_qat_plugin.eval ...`: the same command as `pcdet-qat eval`."""
import sys

from ..cli.common import run_main
from ..cli.eval import main

if __name__ == '__main__':
    sys.exit(run_main(lambda argv: main(argv, prog='python -m pcdet_qat_plugin.eval')))
