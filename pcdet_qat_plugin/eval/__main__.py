"""CLI: score KITTI-format txt predictions against label files on CPU.

python -m pcdet_qat_plugin.eval --gt_dir LABEL_DIR --pred_dir PRED_DIR [--split IDS.txt] [--out result.json]
"""
import argparse
import json
import logging
import sys
from pathlib import Path

from ..errors import DataError
from ..utils.fileio import atomic_write_text
from . import rules
from .kitti_eval import get_official_eval_result
from .kitti_io import read_ids_file, read_kitti_label_dir

logger = logging.getLogger('pcdet_qat_plugin.eval')


def parse_args(argv=None):
    parser = argparse.ArgumentParser(prog='python -m pcdet_qat_plugin.eval', description=__doc__.splitlines()[0])
    parser.add_argument('--gt_dir', required=True, help='KITTI label_2 folder (<id>.txt, 15 columns)')
    parser.add_argument('--pred_dir', required=True, help='predictions folder (<id>.txt, 16 columns: + score)')
    parser.add_argument('--split', default=None, help='file listing frame ids, one a line (default: all gt files)')
    parser.add_argument('--out', default=None, help='write the result dict here as JSON')
    parser.add_argument('--classes', nargs='+', default=['Car', 'Pedestrian', 'Cyclist'],
                        help=f'classes to score, from {rules.CLASS_NAMES}')
    return parser.parse_args(argv)


def write_json_atomic(obj, path):
    atomic_write_text(path, json.dumps(obj, indent=2, sort_keys=False) + '\n')


def evaluate_dirs(gt_dir, pred_dir, split=None, classes=('Car', 'Pedestrian', 'Cyclist')):
    """Read labels and predictions for the split's ids and score them -> (result_str, result_dict)."""
    gt_dir, pred_dir = Path(gt_dir), Path(pred_dir)
    if not pred_dir.is_dir():
        raise DataError(f'--pred_dir {pred_dir}: not a directory')
    ids = read_ids_file(split) if split is not None else None
    gt_annos = read_kitti_label_dir(gt_dir, ids, with_score=False)
    ids = [a['frame_id'] for a in gt_annos]
    if not ids:
        raise DataError(f'--gt_dir {gt_dir}: no label files (<id>.txt) found'
                        + (f' for the ids in {split}' if split else ''))
    extra = sorted(set(p.stem for p in pred_dir.glob('*.txt')) - set(ids))
    if extra:
        where = f'the split {split}' if split else f'--gt_dir {gt_dir}'
        raise DataError(f'{pred_dir / (extra[0] + ".txt")}: frame {extra[0]} is not in {where} '
                        f'({len(extra)} such prediction files)')
    dt_annos = read_kitti_label_dir(pred_dir, ids, with_score=True, missing_ok=True)
    return get_official_eval_result(gt_annos, dt_annos, list(classes))


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format='%(levelname)s %(name)s: %(message)s')
    try:
        result_str, result_dict = evaluate_dirs(args.gt_dir, args.pred_dir, args.split, args.classes)
    except DataError as exc:
        print(f'error: {exc}', file=sys.stderr)
        return 2
    print(result_str, end='')
    if args.out:
        write_json_atomic(result_dict, args.out)
        logger.info('wrote %s', args.out)
    return 0


if __name__ == '__main__':
    sys.exit(main())
