"""Read KITTI label / prediction txt files into anno dicts (OpenPCDet's `get_label_anno` layout).

Each line: type truncated occluded alpha x1 y1 x2 y2 h w l x y z ry [score]; dimensions are stored
as (l, h, w) like OpenPCDet. Errors name the file and line.
"""
import logging
from pathlib import Path

import numpy as np

from ..errors import DataError

logger = logging.getLogger(__name__)


def empty_anno():
    """An anno dict with zero boxes (all arrays with the right trailing shapes)."""
    return {'name': np.zeros(0, dtype='<U16'), 'truncated': np.zeros(0), 'occluded': np.zeros(0, dtype=np.int64),
            'alpha': np.zeros(0), 'bbox': np.zeros((0, 4)), 'dimensions': np.zeros((0, 3)),
            'location': np.zeros((0, 3)), 'rotation_y': np.zeros(0), 'score': np.zeros(0)}


def read_kitti_label_file(path, with_score=False):
    """One label (15 columns) or prediction (16 columns, with_score=True) file -> anno dict."""
    path = Path(path)
    try:
        text = path.read_text()
    except OSError as exc:
        raise DataError(f'{path}: cannot read ({exc})') from exc
    rows = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        parts = line.split()
        if not parts:
            continue
        expected = (16,) if with_score else (15, 16)
        if len(parts) not in expected:
            raise DataError(f'{path}:{line_no}: {len(parts)} columns, expected '
                            f'{" or ".join(map(str, expected))} (KITTI label format'
                            f'{" + score" if with_score else ""})')
        try:
            values = [float(v) for v in parts[1:]]
        except ValueError as exc:
            raise DataError(f'{path}:{line_no}: non-numeric value ({exc})') from exc
        problem = box_size_problem(parts[0], *values[7:10])
        if problem:
            raise DataError(f'{path}:{line_no}: {problem}')
        rows.append((parts[0], values))
    if not rows:
        return empty_anno()
    vals = np.array([v[:14] for _, v in rows], dtype=np.float64)
    occluded = vals[:, 1]
    if not np.all(np.isfinite(occluded)) or np.any(occluded != np.round(occluded)):
        bad = int(np.argmax(~np.isfinite(occluded) | (occluded != np.round(occluded))))
        raise DataError(f'{path}: object {bad}: occluded {occluded[bad]} is not an integer')
    has_score = all(len(v) == 15 for _, v in rows)
    return {
        'name': np.array([name for name, _ in rows]),
        'truncated': vals[:, 0],
        'occluded': occluded.astype(np.int64),
        'alpha': vals[:, 2],
        'bbox': vals[:, 3:7].reshape(-1, 4),
        'dimensions': vals[:, [9, 7, 8]].reshape(-1, 3),   # file h, w, l -> l, h, w
        'location': vals[:, 10:13].reshape(-1, 3),
        'rotation_y': vals[:, 13],
        'score': np.array([v[14] for _, v in rows]) if has_score else np.zeros(len(rows)),
    }


def box_size_problem(name: str, h: float, w: float, l: float) -> str:
    """'' when an object's 3D size is valid: every class but DontCare (KITTI's -1 -1 -1) needs h, w, l >= 0
    (the rule kitti_eval.check_dt_annos applies to detections)."""
    if name == 'DontCare' or (h >= 0 and w >= 0 and l >= 0):
        return ''
    return f'{name} has a negative size h={h:g} w={w:g} l={l:g} (only DontCare may have -1 sizes)'


def read_ids_file(path):
    """An ImageSets-style file of frame ids, one a line -> list of str ids (blank lines skipped)."""
    path = Path(path)
    try:
        lines = path.read_text().splitlines()
    except OSError as exc:
        raise DataError(f'{path}: cannot read split file ({exc})') from exc
    ids = [line.strip() for line in lines if line.strip()]
    dup = sorted({i for i in ids if ids.count(i) > 1}) if len(set(ids)) != len(ids) else []
    if dup:
        raise DataError(f'{path}: frame ids listed more than once: {dup[:5]}')
    return ids


def _normalise_id(frame_id):
    return f'{int(frame_id):06d}' if isinstance(frame_id, (int, np.integer)) else str(frame_id)


def read_kitti_label_dir(label_dir, ids=None, with_score=False, missing_ok=False):
    """Read `<label_dir>/<id>.txt` for each id (default: every .txt there, sorted) -> list of annos.

    ids: str ids ('000001') or ints (zero-padded to 6 digits). Each anno also holds 'frame_id'.
    with_score=True reads prediction files (16 columns). missing_ok=True turns a missing file into an
    empty anno (a frame with no detections) instead of a DataError.
    """
    label_dir = Path(label_dir)
    if not label_dir.is_dir():
        raise DataError(f'{label_dir}: not a directory')
    if ids is None:
        ids = sorted(p.stem for p in label_dir.glob('*.txt'))
    annos, missing = [], []
    for frame_id in map(_normalise_id, ids):
        path = label_dir / f'{frame_id}.txt'
        if not path.is_file():
            if not missing_ok:
                raise DataError(f'{path}: no such file for frame {frame_id}')
            missing.append(frame_id)
            anno = empty_anno()
        else:
            anno = read_kitti_label_file(path, with_score=with_score)
        anno['frame_id'] = frame_id
        annos.append(anno)
    if missing:
        logger.warning('%s: %d of %d frames have no file, taken as empty (first: %s)',
                       label_dir, len(missing), len(annos), missing[:3])
    return annos
