"""Command line: `pcdet-qat <command>` (main.py) and one module per command holding its argparse parser
(`build_parser`) and `main(argv)`; tools/*.py call the same functions. Modules import only the standard
library at the top, so `--help` is fast; the work is imported inside `main`."""
