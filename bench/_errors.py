"""The benchmarks' entry guard: a project error (bad option, missing file) prints one line, not a traceback."""
import sys


def run_reporting_errors(main) -> None:
    """main(); a PcdetQatError becomes `error: ...` on stderr and exit status 2."""
    from pcdet_qat_plugin.errors import PcdetQatError
    try:
        main()
    except PcdetQatError as exc:
        print(f'error: {exc}', file=sys.stderr)
        sys.exit(2)
