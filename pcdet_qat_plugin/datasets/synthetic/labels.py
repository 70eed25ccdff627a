"""KITTI label geometry of synthetic objects: LiDAR <-> camera boxes (rounded like label_2), 2D boxes,
truncation, occlusion levels and label lines. Imports numpy and utils.box_utils only.
"""
from dataclasses import dataclass
from typing import Tuple

import numpy as np

from ...utils.box_utils import boxes3d_to_corners3d_kitti_camera

CLASS_NAMES = ('Car', 'Pedestrian', 'Cyclist')   # class id = index + 1; 0 = background


def _wrap(angle: float) -> float:
    return float((angle + np.pi) % (2 * np.pi) - np.pi)


def _r2(v: float) -> float:
    """Round exactly as '%.2f' writes it, so the label file holds the very box used for ray casting."""
    return float(f'{v:.2f}')


def lidar_box_to_camera(box_lidar, calib) -> np.ndarray:
    """[x, y, z, dx, dy, dz, heading] (centre) -> [x, y, z, l, h, w, ry] (bottom centre, rect camera)."""
    x, y, z, dx, dy, dz, heading = [float(v) for v in box_lidar]
    bottom = calib.lidar_to_rect(np.array([[x, y, z - dz / 2]]))[0]
    return np.array([bottom[0], bottom[1], bottom[2], dx, dz, dy, _wrap(-heading - np.pi / 2)])


def camera_box_to_lidar(box_cam, calib) -> np.ndarray:
    """Inverse of lidar_box_to_camera (OpenPCDet's boxes3d_kitti_camera_to_lidar convention)."""
    x, y, z, l, h, w, ry = [float(v) for v in box_cam]
    bottom = calib.rect_to_lidar(np.array([[x, y, z]]))[0]
    return np.array([bottom[0], bottom[1], bottom[2] + h / 2, l, w, h, -(ry + np.pi / 2)])


def round_camera_box(box_cam) -> np.ndarray:
    return np.array([_r2(v) for v in box_cam])


def project_box(box_cam, calib, image_size: Tuple[int, int]):
    """-> (bbox [x1, y1, x2, y2] clipped to the image, truncation in [0, 1], nearest corner depth)."""
    corners = boxes3d_to_corners3d_kitti_camera(np.asarray(box_cam, dtype=np.float32)[None])[0]
    uv, depth = calib.rect_to_img(corners)
    if depth.min() <= 0.1:
        return np.zeros(4), 1.0, float(depth.min())
    full = np.array([uv[:, 0].min(), uv[:, 1].min(), uv[:, 0].max(), uv[:, 1].max()])
    width, height = image_size
    clipped = np.array([np.clip(full[0], 0, width - 1), np.clip(full[1], 0, height - 1),
                        np.clip(full[2], 0, width - 1), np.clip(full[3], 0, height - 1)])
    area_full = max((full[2] - full[0]) * (full[3] - full[1]), 1e-9)
    area_in = max(clipped[2] - clipped[0], 0.0) * max(clipped[3] - clipped[1], 0.0)
    return clipped, float(np.clip(1.0 - area_in / area_full, 0.0, 1.0)), float(depth.min())


def occlusion_level(visible_rays: int, total_rays: int, num_points: int) -> int:
    """0 fully visible, 1 partly (< 60 % of its rays blocked), 2 largely, 3 no point left (unknown)."""
    if num_points == 0 or total_rays == 0:
        return 3
    blocked = 1.0 - visible_rays / total_rays
    return 0 if blocked < 0.2 else (1 if blocked < 0.6 else 2)


@dataclass(frozen=True)
class SyntheticLabel:
    """One label_2 line. box_cam: [x, y, z, l, h, w, ry] as written (bottom centre, rect camera)."""
    name: str
    truncated: float
    occluded: int
    alpha: float
    bbox: Tuple[float, float, float, float]
    box_cam: Tuple[float, ...]

    def to_kitti_line(self) -> str:
        x, y, z, l, h, w, ry = self.box_cam
        x1, y1, x2, y2 = self.bbox
        return (f'{self.name} {self.truncated:.2f} {self.occluded:d} {self.alpha:.2f} '
                f'{x1:.2f} {y1:.2f} {x2:.2f} {y2:.2f} {h:.2f} {w:.2f} {l:.2f} '
                f'{x:.2f} {y:.2f} {z:.2f} {ry:.2f}')


def make_label(name: str, box_cam, bbox, truncation: float, occluded: int) -> SyntheticLabel:
    x, _, z = box_cam[0:3]
    alpha = _wrap(box_cam[6] - np.arctan2(x, z))
    return SyntheticLabel(name, float(truncation), int(occluded), alpha,
                          tuple(float(v) for v in bbox), tuple(float(v) for v in box_cam))
