"""Shared plumbing for tools/*.py (thin wrappers of the `pcdet-qat` commands): put this checkout first on
sys.path, so the tools run without installing, and run a command behind the package's error handler."""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)


def run_tool(command: str) -> None:
    """Run `pcdet-qat <command>` with this script's arguments and exit with its code."""
    from pcdet_qat_plugin.cli.main import run_command
    sys.exit(run_command(command, sys.argv[1:], prog=f'python tools/{os.path.basename(sys.argv[0])}'))
