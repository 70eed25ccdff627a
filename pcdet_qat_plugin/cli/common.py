"""Pieces every command shares: the parser skeleton (description + examples), the common options, and the
error handler that turns the package's errors and unwritable locations into one `error:` line."""
import argparse
import errno
import logging
import os
import sys
from pathlib import Path
from typing import Callable, Optional, Sequence

WRITE_ERRNOS = (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, errno.EDQUOT, errno.ENOTDIR)
CFG_HELP = ('cfg: a YAML file path, or a packaged cfg by name (e.g. kitti/pointpillar_qat or pointpillar_qat; '
            '`pcdet-qat cfgs` lists them); a file path always wins')


def new_parser(prog: Optional[str], doc: str, examples: str, allow_abbrev: bool = True) -> argparse.ArgumentParser:
    """A parser whose --help shows the command's docstring, each option's one-line meaning and examples."""
    return argparse.ArgumentParser(prog=prog, description=doc, epilog='examples:\n' + examples.rstrip(),
                                   formatter_class=argparse.RawDescriptionHelpFormatter, allow_abbrev=allow_abbrev)


def add_cfg_file(parser: argparse.ArgumentParser, required: bool = True, default: Optional[str] = None) -> None:
    parser.add_argument('--cfg_file', required=required, default=default,
                        help=CFG_HELP + (f' (default: {default})' if default else ''))


def add_set(parser: argparse.ArgumentParser) -> None:
    parser.add_argument('--set', dest='set_cfgs', default=None, nargs=argparse.REMAINDER,
                        help='override cfg keys: --set KEY VALUE [KEY VALUE ...] (last on the line)')


def add_host(parser: argparse.ArgumentParser) -> None:
    parser.add_argument('--host', choices=['auto', 'openpcdet', 'builtin'], default='auto',
                        help='auto: real OpenPCDet if `pcdet` is importable, else the built-in CPU host')


def openpcdet_cfg_file(cfg_file: str) -> None:
    """OpenPCDet's tools read --cfg_file as a path relative to the working directory; a packaged cfg name is a
    ConfigError saying how to get a file."""
    if not os.path.isfile(cfg_file):
        from ..errors import ConfigError
        from ..packaged_cfgs import find_packaged_cfg
        packaged = find_packaged_cfg(cfg_file)
        hint = (f'packaged as {packaged}; copy the cfgs for OpenPCDet with `pcdet-qat cfgs --copy-to '
                '<OpenPCDet>/tools/cfgs` and run from tools/' if packaged else 'no such file here')
        raise ConfigError(f'--cfg_file {cfg_file}: --host openpcdet needs a cfg file path ({hint})')


def argv_list(argv: Optional[Sequence[str]]) -> list:
    return sys.argv[1:] if argv is None else list(argv)


def default_numba_cache() -> None:
    """Numba's JIT cache goes to the user's cache folder unless NUMBA_CACHE_DIR says otherwise; its default
    (next to the package's source) would write into site-packages. Must run before numba is imported."""
    if 'NUMBA_CACHE_DIR' not in os.environ and 'numba' not in sys.modules:
        base = os.environ.get('XDG_CACHE_HOME') or str(Path.home() / '.cache')
        os.environ['NUMBA_CACHE_DIR'] = str(Path(base) / 'pcdet_qat_plugin' / 'numba')


def run_main(main: Callable[[Optional[Sequence[str]]], Optional[int]], argv: Optional[Sequence[str]] = None) -> int:
    """Call `main(argv)` and return its exit code: 0, main's own code, 2 for the package's errors (one line on
    stderr, no traceback) and for a location that cannot be written, 130 when interrupted."""
    from ..errors import PcdetQatError
    default_numba_cache()
    try:
        return main(argv) or 0
    except PcdetQatError as exc:
        print(f'error: {exc}', file=sys.stderr)
        return 2
    except OSError as exc:
        if exc.errno not in WRITE_ERRNOS:
            raise
        print(f'error: cannot write {exc.filename or "a file"}: {exc.strerror}. Outputs, data and caches go under '
              f'the current folder ({os.getcwd()}) unless an option names another place; run from a writable '
              'folder or pass that option.', file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print('interrupted', file=sys.stderr)
        return 130


def log_to_console(level: int = logging.INFO) -> None:
    """Show the package's log lines on the console (commands that do not build their own logger)."""
    logging.basicConfig(level=level, format='%(asctime)s  %(levelname)5s  %(message)s')
