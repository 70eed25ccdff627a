"""List the packaged cfgs, or copy them into a cfgs folder such as OpenPCDet's tools/cfgs.

Copies keep the <folder>/<name>.yaml layout (the openpcdet/ folder, already in OpenPCDet's tools/cfgs layout, is
dropped: openpcdet/kitti_models/x -> kitti_models/x.yaml), bring their bases along and get `_BASE_CONFIG_`
lines rewritten to work there."""
from typing import Optional, Sequence

from .common import argv_list, new_parser

EXAMPLES = """\
  pcdet-qat cfgs
  pcdet-qat cfgs --copy-to ~/OpenPCDet/tools/cfgs            # -> tools/cfgs/kitti/pointpillar_qat.yaml, ...
  pcdet-qat cfgs --copy-to my_cfgs kitti/pointpillar_qat     # one cfg and its base
"""


def build_parser(prog: Optional[str] = None):
    p = new_parser(prog, __doc__, EXAMPLES)
    p.add_argument('names', nargs='*', help='cfg names to copy (default: all); their bases come along')
    p.add_argument('--copy-to', dest='copy_to', default=None,
                   help='cfgs root to copy into (OpenPCDet: its tools/cfgs): <DIR>/<folder>/<name>.yaml, and '
                        'openpcdet/<folder>/<name> as <DIR>/<folder>/<name>.yaml')
    p.add_argument('--overwrite', action='store_true', help='replace existing files that differ')
    return p


def main(argv: Optional[Sequence[str]] = None, prog: Optional[str] = None) -> None:
    args = build_parser(prog).parse_args(argv_list(argv))
    from ..packaged_cfgs import copy_cfgs, describe, packaged_cfgs
    if args.copy_to is None:
        cfgs = packaged_cfgs()
        width = max(len(n) for n in cfgs)
        for name, path in cfgs.items():
            print(f'{name:{width}}  {describe(path)}')
        print(f'\n({len(cfgs)} cfgs in {next(iter(cfgs.values())).parent.parent}; pass a name or a path as --cfg_file)')
        return
    for path in copy_cfgs(args.copy_to, args.names or None, overwrite=args.overwrite):
        print(f'wrote {path}')
