"""PointPainting for KITTI: project velodyne points into image_2, append per-pixel class scores
(background, car, pedestrian, cyclist) and write <split>/velodyne_painted/<id>.bin with 8 float32 features.

Scores come from score maps on disk (<root>/training/<SCORE_DIR>/<id>.npy or .npz: (H, W, 4) float scores,
(4, H, W), or (H, W) integer labels 0..3) or from a callable `segment(image_rgb_uint8) -> (H, W, 4)`.
"""
import importlib
import logging
from pathlib import Path
from typing import Callable, Iterable, Optional

import numpy as np

from ..errors import ConfigError, DataError
from .data_io import atomic_write_bytes, read_points
from .kitti import kitti_utils
from .kitti.calibration import Calibration

logger = logging.getLogger(__name__)

SCORE_CLASSES = ('background', 'car', 'pedestrian', 'cyclist')
PAINTED_FEATURES = ['x', 'y', 'z', 'intensity', 'score_bg', 'score_car', 'score_ped', 'score_cyc']
OUTSIDE_CHOICES = ('background', 'drop')


def paint_points(points: np.ndarray, calib, image_shape, scores: np.ndarray, outside: str = 'background') -> np.ndarray:
    """(N, 4) points, image (H, W), scores (Hs, Ws, 4) -> (N', 8) float32 [x, y, z, i, bg, car, ped, cyc].

    Points that do not project into the image (or lie behind the camera) get the one-hot background
    score (outside='background') or are removed (outside='drop'). A score map of another resolution
    than the image is sampled at the scaled pixel.
    """
    if outside not in OUTSIDE_CHOICES:
        raise ConfigError(f'DATA_CONFIG.PAINTING.OUTSIDE_IMAGE: {outside!r} not in {list(OUTSIDE_CHOICES)}')
    scores = np.asarray(scores, dtype=np.float32)
    if scores.ndim != 3 or scores.shape[2] != len(SCORE_CLASSES):
        raise DataError(f'score map must be (H, W, {len(SCORE_CLASSES)}) for {SCORE_CLASSES}, got {scores.shape}')
    h, w = int(image_shape[0]), int(image_shape[1])
    pts_rect = calib.lidar_to_rect(points[:, 0:3])
    pts_img, _ = calib.rect_to_img(pts_rect)
    inside = kitti_utils.get_fov_flag(pts_rect, (h, w), calib)
    painted = np.zeros((points.shape[0], 4 + len(SCORE_CLASSES)), dtype=np.float32)
    painted[:, 0:4] = points[:, 0:4]
    painted[:, 4] = 1.0
    hs, ws = scores.shape[:2]
    u = np.clip((pts_img[inside, 0] * (ws / w)).astype(np.int64), 0, ws - 1)
    v = np.clip((pts_img[inside, 1] * (hs / h)).astype(np.int64), 0, hs - 1)
    painted[inside, 4:] = scores[v, u]
    return painted[inside] if outside == 'drop' else painted


def load_score_map(path) -> np.ndarray:
    """(H, W, 4) float32 from a .npy / .npz (first array): (H, W, 4), (4, H, W) or (H, W) labels 0..3."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f'score map not found: {path}')
    try:
        arr = np.load(path, allow_pickle=False)
    except ValueError as exc:
        raise DataError(f'{path}: cannot read score map ({exc})') from exc
    if isinstance(arr, np.lib.npyio.NpzFile):
        arr = arr[arr.files[0]]
    n = len(SCORE_CLASSES)
    if arr.ndim == 2:
        labels = arr.astype(np.int64)
        if labels.min(initial=0) < 0 or labels.max(initial=0) >= n:
            raise DataError(f'{path}: label map values must be 0..{n - 1} ({SCORE_CLASSES})')
        return np.eye(n, dtype=np.float32)[labels]
    if arr.ndim == 3 and arr.shape[2] == n:
        return arr.astype(np.float32)
    if arr.ndim == 3 and arr.shape[0] == n:
        return np.transpose(arr, (1, 2, 0)).astype(np.float32)
    raise DataError(f'{path}: score map shape {arr.shape} is none of (H, W, {n}), ({n}, H, W), (H, W)')


def load_segmentation_callable(spec: str) -> Callable:
    """'package.module:function' -> the callable."""
    if ':' not in spec:
        raise ConfigError(f'segmentation callable {spec!r}: expected "package.module:function"')
    module_name, attr = spec.split(':', 1)
    try:
        fn = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f'segmentation callable {spec!r} cannot be loaded: {exc}') from exc
    if not callable(fn):
        raise ConfigError(f'segmentation callable {spec!r} is not callable')
    return fn


def _split_ids(root: Path, splits: Iterable[str]):
    ids = []
    for split in splits:
        f = root / 'ImageSets' / (split + '.txt')
        if not f.is_file():
            logger.warning('no %s; split %s not painted', f, split)
            continue
        sub = 'testing' if split == 'test' else 'training'
        ids += [(sub, x.strip()) for x in f.read_text().split() if x.strip()]
    return sorted(set(ids))


def paint_kitti(root, score_dir: Optional[str] = 'score_2', segment: Optional[Callable] = None,
                outside: str = 'background', output_dir: str = 'velodyne_painted',
                splits=('train', 'val', 'test'), progress: Optional[Callable] = None) -> int:
    """Paint every frame listed in ImageSets/<splits>.txt; returns how many .bin files were written."""
    root = Path(root)
    if segment is None and score_dir is None:
        raise ConfigError('painting needs score maps (DATA_CONFIG.PAINTING.SCORE_DIR) or a segmentation callable')
    if Path(output_dir).name == 'velodyne':
        raise ConfigError('painting output folder must not be velodyne/ (the raw scans); '
                          'set DATA_CONFIG.VELODYNE_DIR: velodyne_painted')
    ids = _split_ids(root, splits)
    for k, (sub, idx) in enumerate(ids):
        base = root / sub
        points = read_points(base / 'velodyne' / ('%s.bin' % idx), 4)
        calib = Calibration(base / 'calib' / ('%s.txt' % idx))
        image_file = base / 'image_2' / ('%s.png' % idx)
        image_shape = kitti_utils.read_png_size(image_file)
        if segment is not None:
            from PIL import Image
            scores = np.asarray(segment(np.asarray(Image.open(image_file).convert('RGB'))), dtype=np.float32)
        else:
            npy = base / score_dir / ('%s.npy' % idx)
            scores = load_score_map(npy if npy.is_file() or not npy.with_suffix('.npz').is_file()
                                    else npy.with_suffix('.npz'))
        painted = paint_points(points, calib, image_shape, scores, outside=outside)
        atomic_write_bytes(base / output_dir / ('%s.bin' % idx), painted.astype(np.float32).tobytes())
        if progress is not None:
            progress(k + 1, len(ids), idx)
    return len(ids)
