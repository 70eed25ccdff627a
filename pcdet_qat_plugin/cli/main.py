"""`pcdet-qat <command> [options]`: the console entry point declared in setup.py. Each command is a module of
this package with `build_parser` and `main(argv, prog)`; tools/*.py run the same modules."""
import importlib
import sys
from typing import Optional, Sequence

from .common import run_main

COMMANDS = {   # command -> module under pcdet_qat_plugin.cli
    'train': 'train', 'test': 'test', 'export': 'export', 'demo': 'demo',
    'create-synthetic': 'create_synthetic', 'create-infos': 'create_infos', 'paint': 'paint', 'eval': 'eval',
    'inspect-cfg': 'inspect_cfg', 'cfgs': 'cfgs',
}
PROG = 'pcdet-qat'


def command_module(name: str):
    return importlib.import_module(f'{__package__}.{COMMANDS[name]}')


def usage() -> str:
    width = max(len(c) for c in COMMANDS)
    lines = [f'usage: {PROG} <command> [options]   ({PROG} <command> --help for its options and examples)',
             '', 'TIDL-style quantization for OpenPCDet PointPillars (built-in CPU host, or real OpenPCDet).',
             '', 'commands:']
    for name in COMMANDS:
        first = command_module(name).__doc__.strip().splitlines()[0]
        lines.append(f'  {name:{width}}  {first}')
    lines += ['', 'example:', f'  {PROG} train --cfg_file kitti/pointpillar_qat --pretrained_model FLOAT.pth']
    return '\n'.join(lines)


def run_command(name: str, argv: Sequence[str], prog: Optional[str] = None) -> int:
    """Run command `name` with `argv` behind the shared error handler; returns the exit code."""
    from ..utils.allocator import keep_freed_memory
    keep_freed_memory()            # large freed tensors stay for reuse: no page faults per frame (utils/allocator.py)
    module = command_module(name)
    return run_main(lambda args: module.main(args, prog=prog or f'{PROG} {name}'), list(argv))


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv or argv[0] in ('-h', '--help', 'help'):
        print(usage())
        return 0
    if argv[0] in ('-V', '--version'):
        from .. import __version__
        print(f'{PROG} {__version__}')
        return 0
    if argv[0] not in COMMANDS:
        print(f'{PROG}: unknown command {argv[0]!r}; valid: {", ".join(COMMANDS)}', file=sys.stderr)
        return 2
    return run_command(argv[0], argv[1:])


def console_main() -> None:
    sys.exit(main())
