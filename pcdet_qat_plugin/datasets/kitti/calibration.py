"""KITTI calibration: velodyne <-> rectified camera <-> image_2 transforms (OpenPCDet's Calibration API).

Reads a calib/<id>.txt by key name (P2, R0_rect, Tr_velo_to_cam); a missing or malformed entry raises
DataError naming the file and key.
"""
from pathlib import Path
from typing import Dict, Tuple, Union

import numpy as np

from ...errors import DataError

# key in the file -> (name in the dict, shape); older files spell two of them differently
_CALIB_KEYS = {'P2': ('P2', (3, 4)), 'P3': ('P3', (3, 4)), 'R0_rect': ('R0', (3, 3)), 'R_rect': ('R0', (3, 3)),
               'Tr_velo_to_cam': ('Tr_velo2cam', (3, 4)), 'Tr_velo_cam': ('Tr_velo2cam', (3, 4))}
_REQUIRED = ('P2', 'R0', 'Tr_velo2cam')


def get_calib_from_file(calib_file: Union[str, Path]) -> Dict[str, np.ndarray]:
    """Parse a KITTI calib text file -> {'P2' (3,4), 'P3' (3,4), 'R0' (3,3), 'Tr_velo2cam' (3,4)} float32."""
    calib_file = Path(calib_file)
    if not calib_file.is_file():
        raise DataError(f'calibration file not found: {calib_file}')
    out = {}
    with open(calib_file, 'r') as f:
        for lineno, line in enumerate(f, start=1):
            if ':' not in line:
                continue
            key, values = line.split(':', 1)
            key = key.strip()
            if key not in _CALIB_KEYS:
                continue
            name, shape = _CALIB_KEYS[key]
            try:
                arr = np.array(values.split(), dtype=np.float32)
            except ValueError as exc:
                raise DataError(f'{calib_file}:{lineno}: {key} holds a non-number: {exc}') from exc
            if arr.size != shape[0] * shape[1]:
                raise DataError(f'{calib_file}:{lineno}: {key} has {arr.size} numbers, expected '
                                f'{shape[0] * shape[1]}')
            out[name] = arr.reshape(shape)
    missing = [k for k in _REQUIRED if k not in out]
    if missing:
        raise DataError(f'{calib_file}: missing calibration entries {missing} '
                        f'(expected keys P2, R0_rect, Tr_velo_to_cam)')
    return out


def _affine(pts: np.ndarray, mat: np.ndarray, offset: np.ndarray) -> np.ndarray:
    """pts (N, 3) @ mat.T + offset, by columns: no BLAS call (its threads stall on a busy 2-core box)."""
    pts = np.asarray(pts, dtype=np.float32)
    x, y, z = pts[:, 0], pts[:, 1], pts[:, 2]
    out = np.empty((pts.shape[0], mat.shape[0]), dtype=np.float32)
    for r in range(mat.shape[0]):
        out[:, r] = x * mat[r, 0] + y * mat[r, 1] + z * mat[r, 2] + offset[r]
    return out


def _to_4x4(mat: np.ndarray) -> np.ndarray:
    out = np.eye(4, dtype=np.float32)
    out[:mat.shape[0], :mat.shape[1]] = mat
    return out


class Calibration(object):
    """Calibration of one KITTI frame; built from a calib file path or a dict of P2 / R0 / Tr_velo2cam."""

    def __init__(self, calib_file):
        calib = calib_file if isinstance(calib_file, dict) else get_calib_from_file(calib_file)
        self.P2 = np.asarray(calib['P2'], dtype=np.float32)[:3, :4]  # 3 x 4
        self.R0 = np.asarray(calib['R0'], dtype=np.float32)[:3, :3]  # 3 x 3
        self.V2C = np.asarray(calib['Tr_velo2cam'], dtype=np.float32)[:3, :4]  # 3 x 4
        self.cu, self.cv = self.P2[0, 2], self.P2[1, 2]
        self.fu, self.fv = self.P2[0, 0], self.P2[1, 1]
        self.tx = self.P2[0, 3] / (-self.fu)
        self.ty = self.P2[1, 3] / (-self.fv)
        # lidar -> rect as one 4x4, and its inverse
        self._V2R = _to_4x4(self.R0) @ _to_4x4(self.V2C)
        self._R2V = np.linalg.inv(self._V2R.astype(np.float64)).astype(np.float32)

    @classmethod
    def from_info(cls, calib_info: dict) -> 'Calibration':
        """From an info pickle's calib dict {P2, R0_rect, Tr_velo_to_cam} (4x4 each)."""
        return cls({'P2': calib_info['P2'], 'R0': calib_info['R0_rect'], 'Tr_velo2cam': calib_info['Tr_velo_to_cam']})

    def to_info(self) -> dict:
        """The info pickle's calib dict: P2, R0_rect, Tr_velo_to_cam as 4x4 (OpenPCDet's layout)."""
        return {'P2': _to_4x4(self.P2), 'R0_rect': _to_4x4(self.R0), 'Tr_velo_to_cam': _to_4x4(self.V2C)}

    @staticmethod
    def cart_to_hom(pts: np.ndarray) -> np.ndarray:
        """(N, 3 or 2) -> (N, 4 or 3) with a column of ones."""
        return np.hstack((pts, np.ones((pts.shape[0], 1), dtype=np.float32)))

    def lidar_to_rect(self, pts_lidar: np.ndarray) -> np.ndarray:
        """(N, 3) velodyne -> (N, 3) rectified camera coordinates."""
        return _affine(pts_lidar, self._V2R[:3, :3], self._V2R[:3, 3])

    def rect_to_lidar(self, pts_rect: np.ndarray) -> np.ndarray:
        """(N, 3) rectified camera -> (N, 3) velodyne coordinates."""
        return _affine(pts_rect, self._R2V[:3, :3], self._R2V[:3, 3])

    def rect_to_img(self, pts_rect: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        """(N, 3) rect -> (N, 2) image_2 pixels [u, v], (N,) depth in the rect frame (minus P2's z shift)."""
        pts_2d_hom = _affine(pts_rect, self.P2[:, :3], self.P2[:, 3])
        pts_img = pts_2d_hom[:, 0:2] / pts_2d_hom[:, 2:3]
        pts_rect_depth = pts_2d_hom[:, 2] - self.P2[2, 3]
        return pts_img, pts_rect_depth

    def lidar_to_img(self, pts_lidar: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        """(N, 3) velodyne -> (N, 2) image_2 pixels, (N,) depth."""
        return self.rect_to_img(self.lidar_to_rect(pts_lidar))

    def img_to_rect(self, u: np.ndarray, v: np.ndarray, depth_rect: np.ndarray) -> np.ndarray:
        """Pixels (u, v) with rect depth -> (N, 3) rect points."""
        x = ((u - self.cu) * depth_rect) / self.fu + self.tx
        y = ((v - self.cv) * depth_rect) / self.fv + self.ty
        return np.concatenate((x.reshape(-1, 1), y.reshape(-1, 1), depth_rect.reshape(-1, 1)), axis=1)

    def corners3d_to_img_boxes(self, corners3d: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        """(N, 8, 3) rect corners -> (N, 4) [x1, y1, x2, y2] image boxes, (N, 8, 2) projected corners."""
        sample_num = corners3d.shape[0]
        corners3d_hom = np.concatenate((corners3d, np.ones((sample_num, 8, 1))), axis=2)
        img_pts = np.matmul(corners3d_hom, self.P2.T)  # (N, 8, 3)
        x, y = img_pts[:, :, 0] / img_pts[:, :, 2], img_pts[:, :, 1] / img_pts[:, :, 2]
        boxes = np.stack((np.min(x, axis=1), np.min(y, axis=1), np.max(x, axis=1), np.max(y, axis=1)), axis=1)
        boxes_corner = np.stack((x, y), axis=2)
        return boxes, boxes_corner
