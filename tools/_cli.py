"""Shared command-line plumbing for tools/: make the package importable from a checkout, and turn the
package's own errors into one readable line instead of a traceback."""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)


def run_main(main) -> None:
    from pcdet_qat_plugin.errors import PcdetQatError
    try:
        main()
    except PcdetQatError as exc:
        print(f'error: {exc}', file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print('interrupted', file=sys.stderr)
        sys.exit(130)
