"""One synthetic frame: sample a scene, ray-cast the LiDAR, add sensor noise, compute KITTI labels
(2D box, truncation, occlusion from blocked rays) and optionally painted points.
"""
from typing import Dict, List, Optional, Tuple

import numpy as np

from .boxpoints import box_point_indices
from .calib import SyntheticCalib
from .config import SyntheticConfig
from .labels import CLASS_NAMES, SyntheticLabel, make_label, occlusion_level
from .painting import paint_points
from .raycast import cast_rays, make_ray_grid
from .scene import sample_scene


def _sensor_returns(rng, lidar, dirs, cast):
    """Range noise, distance/darkness drop-out and intensity -> (points (N, 4) float32, owner (N,))."""
    shape = cast.t.shape
    range_noise = rng.standard_normal(shape) * lidar.range_noise_std
    drop_draw = rng.random(shape)
    intensity_noise = rng.standard_normal(shape) * lidar.intensity_noise_std
    t = cast.t
    hit = np.isfinite(t) & (t <= lidar.max_range)
    t_safe = np.where(hit, t, 0.0)
    frac = t_safe / lidar.max_range
    p_drop = lidar.dropout_base + (lidar.dropout_at_max_range - lidar.dropout_base) * frac ** 2
    echo = cast.reflectivity * (0.5 + 0.5 * cast.cos_incidence)
    p_drop = p_drop + 0.5 * np.clip((0.05 - echo) / 0.05, 0.0, 1.0)     # dark, grazing surfaces drop out
    keep = hit & (drop_draw >= p_drop)
    r = t_safe + range_noise
    intensity = lidar.intensity_gain * echo * np.exp(-t_safe / lidar.intensity_falloff_m) + intensity_noise
    intensity = np.round(np.clip(intensity, 0.0, 0.99), 2)               # KITTI stores 0.01 steps
    xyz = dirs * r[..., None]
    points = np.concatenate([xyz[keep], intensity[keep][:, None]], axis=1).astype(np.float32)
    return points, cast.owner[keep]


def generate_frame(rng: np.random.Generator, config: Optional[SyntheticConfig] = None,
                   calib: Optional[SyntheticCalib] = None,
                   painted: bool = False) -> Tuple[np.ndarray, List[SyntheticLabel], Dict]:
    """Simulate one frame.

    Returns (points (N, 4) float32 x, y, z, intensity in the LiDAR frame, labels (label_2 lines as
    SyntheticLabel), extras) with extras = {'gt_boxes_lidar' (M, 7) float32, 'gt_names' (M,) str,
    'num_points_in_gt' (M,) int, 'point_owner' (N,) int32 object index or -1, 'painted_points'
    (N, 8) float32 or None, 'ground_z' float}.
    """
    cfg = config if config is not None else SyntheticConfig()
    calib = calib if calib is not None else SyntheticCalib()
    lidar = cfg.lidar
    ground_z = -(lidar.sensor_height + lidar.sensor_height_jitter * rng.standard_normal())
    scene = sample_scene(rng, cfg, calib, ground_z)
    elev, az, dirs = make_ray_grid(lidar, rng.uniform(0.0, lidar.azimuth_step_deg))
    with np.errstate(divide='ignore'):
        t_ground = np.where(dirs[..., 2] < -1e-6, ground_z / dirs[..., 2], 0.0)
    ground_refl = scene.ground_reflectivity(dirs[..., 0] * t_ground, dirs[..., 1] * t_ground)
    num_obj = len(scene.objects)
    cast = cast_rays(elev, az, dirs, scene.primitives, ground_z, ground_refl, num_obj)
    points, owner = _sensor_returns(rng, lidar, dirs, cast)

    boxes = np.array([o.box_lidar for o in scene.objects], dtype=np.float32).reshape(-1, 7)
    num_in = np.array([idx.size for idx in box_point_indices(points, boxes)], dtype=np.int64)
    visible = np.bincount(cast.owner[cast.owner >= 0], minlength=num_obj)
    labels = [make_label(o.name, o.box_cam, o.bbox, o.truncation,
                         occlusion_level(int(visible[i]), int(cast.object_rays[i]), int(num_in[i])))
              for i, o in enumerate(scene.objects)]
    class_ids = np.array([CLASS_NAMES.index(o.name) + 1 for o in scene.objects], dtype=np.int64)
    painted_points = None
    if painted:
        uv, depth = calib.lidar_to_img(points[:, :3])
        width, height = cfg.image_size
        in_image = (depth > 0) & (uv[:, 0] >= 0) & (uv[:, 0] < width) & (uv[:, 1] >= 0) & (uv[:, 1] < height)
        painted_points = paint_points(points, owner, boxes, class_ids, rng, cfg.painting, in_image)
    extras = {'gt_boxes_lidar': boxes, 'gt_names': np.array([o.name for o in scene.objects], dtype=str),
              'num_points_in_gt': num_in.astype(np.int64), 'point_owner': owner.astype(np.int32),
              'painted_points': painted_points, 'ground_z': float(ground_z)}
    return points, labels, extras
