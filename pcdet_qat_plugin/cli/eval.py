"""Score KITTI-format txt predictions against label files (official KITTI metric, CPU, no model).

2D / BEV / 3D / AOS at R11 and R40, as OpenPCDet's kitti_object_eval_python reports them."""
import json
import logging
import os
from typing import Optional, Sequence

from .common import argv_list, new_parser

EXAMPLES = """\
  pcdet-qat eval --gt_dir data/kitti/training/label_2 --pred_dir PRED_DIR --split data/kitti/ImageSets/val.txt
  pcdet-qat eval --gt_dir LABELS --pred_dir PRED_DIR --classes Car --out result.json
"""


def build_parser(prog: Optional[str] = None):
    from ..eval.rules import CLASS_NAMES
    p = new_parser(prog, __doc__, EXAMPLES)
    p.add_argument('--gt_dir', required=True, help='KITTI label_2 folder (<id>.txt, 15 columns)')
    p.add_argument('--pred_dir', required=True, help='predictions folder (<id>.txt, 16 columns: + score)')
    p.add_argument('--split', default=None, help='file listing frame ids, one a line (default: all gt files)')
    p.add_argument('--out', default=None, help='write the result dict here as JSON')
    p.add_argument('--classes', nargs='+', default=['Car', 'Pedestrian', 'Cyclist'], choices=CLASS_NAMES,
                   metavar='CLASS', help=f'classes to score, from {" ".join(CLASS_NAMES)}')
    return p


def main(argv: Optional[Sequence[str]] = None, prog: Optional[str] = None) -> None:
    args = build_parser(prog).parse_args(argv_list(argv))
    logging.basicConfig(level=logging.INFO, format='%(levelname)s %(name)s: %(message)s')
    from ..errors import ConfigError
    from ..eval.score_dirs import evaluate_dirs
    from ..utils.fileio import atomic_write_text
    if args.out and os.path.isdir(args.out):
        raise ConfigError(f'--out {args.out}: is a folder; give the JSON file to write, e.g. {args.out}/result.json')
    result_str, result_dict = evaluate_dirs(args.gt_dir, args.pred_dir, args.split, args.classes)
    print(result_str, end='')
    if args.out:
        atomic_write_text(args.out, json.dumps(result_dict, indent=2, sort_keys=False) + '\n')
        logging.getLogger('pcdet_qat_plugin.eval').info('wrote %s', args.out)
