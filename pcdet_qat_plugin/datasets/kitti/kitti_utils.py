"""KITTI file helpers: PNG size from the IHDR header, FOV flags, calib matrices, info-pickle loading with
layout checks (generic point / pickle I/O lives in ../data_io.py and is re-exported here).
"""
import struct
from pathlib import Path
from typing import Union

import numpy as np

from ...errors import DataError
from ..data_io import _load_pickle, atomic_pickle_dump, atomic_write_bytes, load_dbinfos, read_points  # noqa: F401

_PNG_SIGNATURE = b'\x89PNG\r\n\x1a\n'
INFO_KEYS = ('point_cloud', 'image', 'calib')




def read_png_size(png_file: Union[str, Path]) -> np.ndarray:
    """(H, W) int32 of a PNG, read from its IHDR chunk (no image decoding)."""
    png_file = Path(png_file)
    if not png_file.is_file():
        raise DataError(f'image file not found: {png_file}')
    with open(png_file, 'rb') as f:
        head = f.read(24)
    if len(head) < 24 or head[:8] != _PNG_SIGNATURE or head[12:16] != b'IHDR':
        raise DataError(f'{png_file}: not a PNG file (no PNG signature / IHDR header)')
    width, height = struct.unpack('>II', head[16:24])
    return np.array([height, width], dtype=np.int32)


def get_fov_flag(pts_rect: np.ndarray, img_shape, calib) -> np.ndarray:
    """(N,) bool: points in front of the camera that project inside image_2 of shape (H, W)."""
    pts_img, pts_rect_depth = calib.rect_to_img(pts_rect)
    val_flag_1 = np.logical_and(pts_img[:, 0] >= 0, pts_img[:, 0] < img_shape[1])
    val_flag_2 = np.logical_and(pts_img[:, 1] >= 0, pts_img[:, 1] < img_shape[0])
    return np.logical_and(np.logical_and(val_flag_1, val_flag_2), pts_rect_depth >= 0)


def calib_to_matricies(calib):
    """(V2R (4, 4) lidar -> rect, P2 (3, 4)) like OpenPCDet's kitti_utils."""
    v2c = np.vstack((calib.V2C, np.array([0, 0, 0, 1], dtype=np.float32)))
    r0 = np.hstack((calib.R0, np.zeros((3, 1), dtype=np.float32)))
    r0 = np.vstack((r0, np.array([0, 0, 0, 1], dtype=np.float32)))
    return r0 @ v2c, calib.P2








def load_infos(path: Union[str, Path]) -> list:
    """A kitti_infos_*.pkl: a list of dicts with point_cloud / image / calib (and annos); else DataError."""
    path = Path(path)
    infos = _load_pickle(path)
    if not isinstance(infos, list):
        raise DataError(f'{path}: expected a list of KITTI info dicts (OpenPCDet layout), '
                        f'found {type(infos).__name__}')
    for i, info in enumerate(infos):
        missing = [k for k in INFO_KEYS if not isinstance(info, dict) or k not in info]
        if missing:
            found = sorted(info) if isinstance(info, dict) else type(info).__name__
            raise DataError(f'{path}: entry {i} is not a KITTI info dict (missing {missing}, found {found})')
        if 'lidar_idx' not in info['point_cloud'] or 'image_shape' not in info['image']:
            raise DataError(f'{path}: entry {i} lacks point_cloud.lidar_idx or image.image_shape')
    seen = {}
    for i, info in enumerate(infos):
        frame = info['point_cloud']['lidar_idx']
        if frame in seen:
            raise DataError(f'{path}: frame {frame} is listed twice (entries {seen[frame]} and {i}); it would be '
                            f'trained on and evaluated twice (duplicate id in the ImageSets file it was made from?)')
        seen[frame] = i
    return infos

