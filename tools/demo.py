"""The whole story in one command on built-in synthetic data.

Same as `pcdet-qat demo`; `--help` lists the options."""
from _cli import run_tool
from pcdet_qat_plugin.cli.demo import main  # noqa: F401  (callable in-process: main(argv))

if __name__ == '__main__':
    run_tool('demo')
