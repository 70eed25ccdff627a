"""Pieces every command shares: the parser skeleton (description + examples, one-line usage errors), value
types that check ranges in the parser, the common options, and the error handler that turns the package's
errors and OS errors on a named path into one `error:` line."""
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


class CommandParser(argparse.ArgumentParser):
    """argparse with a one-line usage error (the full usage of a long command hides the culprit)."""

    def error(self, message: str):
        self.exit(2, f'{self.prog}: error: {message} (--help lists the options)\n')


def new_parser(prog: Optional[str], doc: str, examples: str, allow_abbrev: bool = True) -> argparse.ArgumentParser:
    """A parser whose --help shows the command's docstring, each option's one-line meaning and examples."""
    return CommandParser(prog=prog, description=doc, epilog='examples:\n' + examples.rstrip(),
                         formatter_class=argparse.RawDescriptionHelpFormatter, allow_abbrev=allow_abbrev)


def int_at_least(low: int) -> Callable[[str], int]:
    """argparse type: an integer >= low (e.g. --batch_size 0 or --workers -1 is a usage error)."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f'{text!r} is not an integer') from None
        if value < low:
            raise argparse.ArgumentTypeError(f'{value} must be >= {low}')
        return value
    parse.__name__ = f'integer >= {low}'
    return parse


def fraction(text: str) -> float:
    """argparse type: a number in [0, 1)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f'{text!r} is not a number') from None
    if not 0 <= value < 1:
        raise argparse.ArgumentTypeError(f'{value} must be >= 0 and < 1')
    return value


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


def parse_or_run_on_openpcdet(build_parser: Callable, prog: Optional[str], argv: list, runner: str,
                              use_host: Callable[[argparse.Namespace], bool] = lambda args: True
                              ) -> Optional[argparse.Namespace]:
    """The command's parsed flags on the built-in host; None once `argv` was handed, unparsed, to
    hosts.openpcdet.runner.<runner> (OpenPCDet's own tool), which happens when `use_host(args)` and the host
    is OpenPCDet (--host, or auto with `pcdet` importable). On the built-in host every flag must be this
    command's (a strict parse)."""
    args = build_parser(prog, known_only=True).parse_known_args(argv)[0]
    from ..hosts.select import select_host
    if use_host(args) and select_host(args.host) == 'openpcdet':
        from ..hosts.openpcdet import runner as openpcdet_runner
        openpcdet_cfg_file(args.cfg_file)
        getattr(openpcdet_runner, runner)(argv)
        return None
    return build_parser(prog).parse_args(argv)


def argv_list(argv: Optional[Sequence[str]]) -> list:
    return sys.argv[1:] if argv is None else list(argv)


def default_numba_cache() -> None:
    """Numba's JIT cache goes to the user's cache folder unless NUMBA_CACHE_DIR says otherwise; its default
    (next to the package's source) would write into site-packages. Must run before numba is imported."""
    if 'NUMBA_CACHE_DIR' not in os.environ and 'numba' not in sys.modules:
        base = os.environ.get('XDG_CACHE_HOME') or str(Path.home() / '.cache')
        os.environ['NUMBA_CACHE_DIR'] = str(Path(base) / 'pcdet_qat_plugin' / 'numba')


def os_error_line(exc: OSError) -> str:
    """One line naming the path of an OSError and what to do (`error: ...`)."""
    path = exc.filename if exc.filename2 is None else f'{exc.filename} -> {exc.filename2}'
    if exc.errno in WRITE_ERRNOS and exc.errno != errno.ENOTDIR:
        return (f'error: cannot write {path}: {exc.strerror}. Outputs, data and caches go under the current '
                f'folder ({os.getcwd()}) unless an option names another place; run from a writable folder or '
                'pass that option.')
    if exc.errno in (errno.EEXIST, errno.ENOTDIR):
        return f'error: {path}: {exc.strerror} (a file stands where a folder is needed); choose another path'
    if exc.errno == errno.EISDIR:
        return f'error: {path}: is a folder, a file path is needed here'
    return f'error: {path}: {exc.strerror or exc}'


def run_main(main: Callable[[Optional[Sequence[str]]], Optional[int]], argv: Optional[Sequence[str]] = None) -> int:
    """Call `main(argv)` and return its exit code: 0, main's own code, 2 for the package's errors and for an OS
    error on a named path (one line on stderr, no traceback), 130 when interrupted."""
    from ..errors import PcdetQatError
    default_numba_cache()
    try:
        return main(argv) or 0
    except PcdetQatError as exc:
        print(f'error: {exc}', file=sys.stderr)
        return 2
    except OSError as exc:
        if exc.filename is None:   # no path to name: not the user's input, keep the traceback
            raise
        print(os_error_line(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print('interrupted', file=sys.stderr)
        return 130


def log_to_console(level: int = logging.INFO) -> None:
    """Show the package's log lines on the console (commands that do not build their own logger)."""
    logging.basicConfig(level=level, format='%(asctime)s  %(levelname)5s  %(message)s')
