"""`python -m pcdet_qat_plugin <command> ...`: the same as the `pcdet-qat` console command."""
from .cli.main import console_main

if __name__ == '__main__':
    console_main()
