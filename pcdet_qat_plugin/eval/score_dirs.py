"""Score a folder of KITTI-format txt predictions against a label folder (what `pcdet-qat eval` runs)."""
from pathlib import Path

from ..errors import DataError
from .kitti_eval import get_official_eval_result
from .kitti_io import read_ids_file, read_kitti_label_dir


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
