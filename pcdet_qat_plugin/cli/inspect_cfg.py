"""Show a cfg as the tools see it, bases merged and `--set` applied.

Prints the file it resolves to, its `_BASE_CONFIG_` chain, the output folder a run would use, and the merged
values (all, or one key)."""
from typing import Optional, Sequence

from .common import add_cfg_file, add_set, argv_list, new_parser

EXAMPLES = """\
  pcdet-qat inspect-cfg --cfg_file kitti/pointpillar_qat
  pcdet-qat inspect-cfg --cfg_file pointpillar_qat --key QUANTIZE --set QUANTIZE.BITWIDTH_WEIGHTS 16
"""


def build_parser(prog: Optional[str] = None):
    p = new_parser(prog, __doc__, EXAMPLES)
    add_cfg_file(p)
    p.add_argument('--key', default=None, help='dotted key path to show, e.g. MODEL.BACKBONE_2D (default: all)')
    p.add_argument('--extra_tag', default='default', help='output sub-folder name, as for train/test')
    add_set(p)
    return p


def plain(value):
    """EasyDict -> dict, recursively, for YAML output."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def main(argv: Optional[Sequence[str]] = None, prog: Optional[str] = None) -> None:
    args = build_parser(prog).parse_args(argv_list(argv))
    import yaml
    from ..config import BASE_KEY, load_cfg, require
    from ..paths import resolve_cfg_path
    from ..runners.train_main import output_dir_for
    cfg = load_cfg(args.cfg_file, args.set_cfgs)
    chain, path = [], resolve_cfg_path(cfg.CFG_FILE)
    while True:
        top = yaml.safe_load(path.read_text()) or {}
        if not isinstance(top, dict) or BASE_KEY not in top:
            break
        path = resolve_cfg_path(top[BASE_KEY], path)
        chain.append(str(path))
    print(f'cfg file:   {cfg.CFG_FILE}')
    print(f'bases:      {" <- ".join(chain) or "none"}')
    print(f'output dir: {output_dir_for(cfg, args.extra_tag)}')
    shown = require(cfg, args.key) if args.key else cfg
    print(yaml.safe_dump(plain({args.key: shown} if args.key else shown), sort_keys=False, default_flow_style=None),
          end='')
