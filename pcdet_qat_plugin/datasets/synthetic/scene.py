"""Random street scenes: road, curbs, walls, poles, trees, bushes, and Car / Pedestrian / Cyclist objects
built from boxes, cylinders and ellipsoids inside their label boxes. Imports numpy and sibling modules.
"""
from dataclasses import dataclass, field
from typing import List, Tuple

import numpy as np

from .labels import camera_box_to_lidar, lidar_box_to_camera, project_box, round_camera_box
from .raycast import BACKGROUND, Primitive

ROAD_REFLECTIVITY, MARKING_REFLECTIVITY, SIDEWALK_REFLECTIVITY = 0.18, 0.55, 0.28


@dataclass
class SceneObject:
    name: str
    box_cam: np.ndarray      # [x, y, z, l, h, w, ry] rounded like label_2
    box_lidar: np.ndarray    # [x, y, z, dx, dy, dz, heading] from box_cam
    bbox: np.ndarray         # clipped 2D box
    truncation: float


@dataclass
class Scene:
    ground_z: float
    road_half_width: Tuple[float, float]     # (right side y < 0, left side y > 0)
    objects: List[SceneObject] = field(default_factory=list)
    primitives: List[Primitive] = field(default_factory=list)
    footprints: List[Tuple[float, float, float]] = field(default_factory=list)   # (x, y, radius)
    shadows: List[Tuple[float, float]] = field(default_factory=list)   # objects' BEV azimuth intervals

    def shadow_overlap(self, lo: float, hi: float) -> float:
        """Largest overlap of [lo, hi] with an object's azimuth interval, as a fraction of the narrower one."""
        worst = 0.0
        for s_lo, s_hi in self.shadows:
            inter = min(hi, s_hi) - max(lo, s_lo)
            if inter > 0:
                worst = max(worst, inter / min(hi - lo, s_hi - s_lo))
        return worst

    def ground_reflectivity(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Asphalt with a dashed centre line, brighter sidewalks beyond the road edges."""
        on_road = (y > -self.road_half_width[0]) & (y < self.road_half_width[1])
        refl = np.where(on_road, ROAD_REFLECTIVITY, SIDEWALK_REFLECTIVITY)
        marking = (np.abs(y) < 0.07) & ((np.floor(x / 3.0) % 2) == 0)
        return np.where(marking, MARKING_REFLECTIVITY, refl)

    def is_free(self, x: float, y: float, radius: float, gap: float) -> bool:
        return all((x - fx) ** 2 + (y - fy) ** 2 >= (radius + fr + gap) ** 2 for fx, fy, fr in self.footprints)


def _local(box_lidar, lx: float, ly: float, lz: float):
    """A point in the object frame (origin at the box bottom centre, x along heading) -> LiDAR frame."""
    x, y, z, _, _, dz, heading = box_lidar
    cs, sn = np.cos(heading), np.sin(heading)
    return x + cs * lx - sn * ly, y + sn * lx + cs * ly, z - dz / 2 + lz


def _box(box_lidar, owner, refl, lx, ly, z0, z1, hx, hy, dyaw=0.0):
    cx, cy, cz = _local(box_lidar, lx, ly, (z0 + z1) / 2)
    return Primitive('box', (cx, cy, cz, hx, hy, (z1 - z0) / 2, box_lidar[6] + dyaw), owner, refl)


def _ellipsoid(box_lidar, owner, refl, lx, ly, lz, ax, ay, az):
    cx, cy, cz = _local(box_lidar, lx, ly, lz)
    return Primitive('ellipsoid', (cx, cy, cz, ax, ay, az, box_lidar[6]), owner, refl)


def object_primitives(name: str, box: np.ndarray, owner: int, rng) -> List[Primitive]:
    """Compound shape strictly inside the label box (a few cm margin, so range noise stays inside)."""
    l, w, h = box[3], box[4], box[5]
    m = 0.05
    if name == 'Car':
        paint = rng.uniform(0.3, 0.9)
        body_top = h * rng.uniform(0.5, 0.6)
        cabin_len = l * rng.uniform(0.45, 0.6)
        prims = [_box(box, owner, paint, 0.0, 0.0, 0.18, body_top, l / 2 - m, w / 2 - m),
                 _box(box, owner, 0.12, -0.06 * l, 0.0, body_top, h - m, cabin_len / 2, w / 2 - 0.12)]
        for sx in (-1, 1):
            for sy in (-1, 1):
                prims.append(_box(box, owner, 0.06, sx * (l / 2 - 0.8), sy * (w / 2 - 0.15), 0.03, 0.3, 0.3, 0.09))
        return prims
    cloth = rng.uniform(0.12, 0.45)
    head_r = 0.11
    if name == 'Pedestrian':
        stride = rng.uniform(0.15, 1.0) * (l / 2 - 0.12)
        leg_top = 0.48 * h
        prims = []
        for s in (-1, 1):
            cx, cy, _ = _local(box, s * stride, s * 0.09, 0.0)
            prims.append(Primitive('cylinder', (cx, cy, box[2] - h / 2 + 0.02, box[2] - h / 2 + leg_top, 0.075),
                                   owner, cloth))
        prims.append(_ellipsoid(box, owner, cloth, 0.0, 0.0, 0.66 * h, 0.14, w / 2 - m - 0.02, 0.19 * h))
        prims.append(_ellipsoid(box, owner, 0.3, 0.0, 0.0, h - head_r - m, head_r, head_r, head_r))
        return prims
    # Cyclist: bicycle (two wheels + frame) and a rider
    wheel_r = 0.33
    prims = [_box(box, owner, 0.1, s * (l / 2 - wheel_r - m), 0.0, 0.02, 2 * wheel_r, wheel_r, 0.025)
             for s in (-1, 1)]
    prims.append(_box(box, owner, 0.5, 0.0, 0.0, 0.4, 0.8, l / 2 - wheel_r - 0.05, 0.03))
    prims.append(_box(box, owner, cloth, 0.0, 0.0, 0.45, 0.95, 0.18, w / 2 - m - 0.04))
    prims.append(_ellipsoid(box, owner, cloth, -0.12, 0.0, 0.72 * h, 0.2, w / 2 - m - 0.02, 0.16 * h))
    prims.append(_ellipsoid(box, owner, 0.3, 0.1, 0.0, h - head_r - m, head_r, head_r, head_r))
    return prims


def _add_walls_and_curbs(scene: Scene, rng, cc) -> Tuple[float, float]:
    """Curbs along the road edges and wall segments behind them; returns the walls' |y| (inf if none)."""
    gz = scene.ground_z
    wall_y = [np.inf, np.inf]
    for side_idx, side in enumerate((-1, 1)):
        edge = scene.road_half_width[side_idx]
        if rng.random() < cc.curb_prob:
            scene.primitives.append(Primitive('box', (35.0, side * (edge + 0.15), gz + 0.06, 37.0, 0.15, 0.07, 0.0),
                                              BACKGROUND, 0.3))
        if rng.random() < cc.wall_prob:
            y_w = edge + rng.uniform(*cc.wall_offset)
            wall_y[side_idx] = y_w
            x = rng.uniform(-5.0, 10.0)
            while x < 75.0:
                seg = rng.uniform(8.0, 30.0)
                height = rng.uniform(*cc.wall_height)
                scene.primitives.append(Primitive(
                    'box', (x + seg / 2, side * (y_w + 0.2), gz + height / 2, seg / 2, 0.2, height / 2,
                            rng.uniform(-0.03, 0.03)), BACKGROUND, rng.uniform(0.2, 0.5)))
                x += seg + rng.uniform(0.0, 8.0)
    return wall_y[0], wall_y[1]


def _roadside_spot(scene: Scene, rng, wall_y, offset_lo: float, offset_hi: float):
    """(x, y) beside the road, offset_lo..offset_hi behind its edge but in front of a wall."""
    side_idx = int(rng.integers(0, 2))
    side = (-1, 1)[side_idx]
    y = side * min(scene.road_half_width[side_idx] + rng.uniform(offset_lo, offset_hi), wall_y[side_idx] - 0.5)
    return rng.uniform(3.0, 65.0), y


def _add_roadside(scene: Scene, rng, cc, wall_y) -> None:
    """Poles, trees (trunk + crown) and bushes; their footprints keep objects out from under them."""
    gz = scene.ground_z
    for _ in range(int(rng.integers(cc.num_poles[0], cc.num_poles[1] + 1))):
        x, y = _roadside_spot(scene, rng, wall_y, 0.3, 1.5)
        r = rng.uniform(0.05, 0.15)
        scene.primitives.append(Primitive('cylinder', (x, y, gz, gz + rng.uniform(2.5, 8.0), r),
                                          BACKGROUND, rng.uniform(0.4, 0.8)))
        scene.footprints.append((x, y, r))
    for _ in range(int(rng.integers(cc.num_trees[0], cc.num_trees[1] + 1))):
        x, y = _roadside_spot(scene, rng, wall_y, 1.0, 4.0)
        trunk_h, crown = rng.uniform(1.5, 3.0), rng.uniform(1.0, 2.5)
        scene.primitives.append(Primitive('cylinder', (x, y, gz, gz + trunk_h, rng.uniform(0.1, 0.3)),
                                          BACKGROUND, 0.25))
        crown_y = crown * rng.uniform(0.7, 1.0)
        scene.primitives.append(Primitive('ellipsoid', (x, y, gz + trunk_h + 0.7 * crown, crown, crown_y, crown * 0.8,
                                                        rng.uniform(-np.pi, np.pi)),
                                          BACKGROUND, rng.uniform(0.08, 0.25)))
        scene.footprints.append((x, y, crown))
    for _ in range(int(rng.integers(cc.num_bushes[0], cc.num_bushes[1] + 1))):
        x, y = _roadside_spot(scene, rng, wall_y, 0.5, 3.0)
        ax, ay, az = rng.uniform(0.4, 1.5), rng.uniform(0.4, 1.5), rng.uniform(0.3, 0.8)
        scene.primitives.append(Primitive('ellipsoid', (x, y, gz + 0.4 * az, ax, ay, az, rng.uniform(-np.pi, np.pi)),
                                          BACKGROUND, rng.uniform(0.08, 0.25)))
        scene.footprints.append((x, y, max(ax, ay)))


def _footprint(box) -> np.ndarray:
    """(4, 2) BEV corners of a LiDAR box."""
    cs, sn = np.cos(box[6]), np.sin(box[6])
    local = np.array([[1, 1], [1, -1], [-1, -1], [-1, 1]]) * (np.asarray(box[3:5]) / 2)
    return box[None, 0:2] + local @ np.array([[cs, sn], [-sn, cs]])


def _sample_object(scene: Scene, rng, name: str, oc, calib, image_size, y_limits):
    mean = {'Car': oc.car_size, 'Pedestrian': oc.pedestrian_size, 'Cyclist': oc.cyclist_size}[name]
    tan_fov = np.tan(np.deg2rad(oc.half_fov_deg))
    for _ in range(oc.max_tries):
        size = np.asarray(mean) * np.clip(1.0 + oc.size_jitter * rng.standard_normal(3), 0.8, 1.2)
        u = rng.random()     # rng.uniform(lo, hi)'s own draw: range_exponent 1 keeps frames byte for byte
        u = u if oc.range_exponent == 1.0 else u ** oc.range_exponent
        dist = oc.range_m[0] + (oc.range_m[1] - oc.range_m[0]) * u
        phi = rng.uniform(-np.arctan(tan_fov), np.arctan(tan_fov))
        x, y = dist * np.cos(phi), dist * np.sin(phi)
        heading = rng.uniform(-np.pi, np.pi)
        radius = 0.5 * float(np.hypot(size[0], size[1]))
        limit = y_limits[0] if y < 0 else y_limits[1]
        if name == 'Car':   # cars stay on the road
            limit = min(limit, scene.road_half_width[0 if y < 0 else 1] + 0.3)
        if abs(y) + (radius if name == 'Car' else 0.3) > limit or not scene.is_free(x, y, radius, oc.gap_m):
            continue
        box = np.array([x, y, scene.ground_z + size[2] / 2, size[0], size[1], size[2], heading])
        corners = _footprint(box)
        corner_phi = np.arctan2(corners[:, 1], corners[:, 0])
        lo, hi = float(corner_phi.min()), float(corner_phi.max())
        if scene.shadow_overlap(lo, hi) > oc.max_shadow_overlap:
            continue
        box_cam = round_camera_box(lidar_box_to_camera(box, calib))
        bbox, truncation, depth = project_box(box_cam, calib, image_size)
        if depth <= 1.0 or truncation > oc.max_truncation or bbox[3] - bbox[1] < oc.min_box_height_px:
            continue
        box_lidar = camera_box_to_lidar(box_cam, calib)
        scene.footprints.append((box_lidar[0], box_lidar[1], radius))
        scene.shadows.append((lo, hi))
        return SceneObject(name, box_cam, box_lidar, bbox, truncation)
    return None


def sample_scene(rng, cfg, calib, ground_z: float) -> Scene:
    """Clutter first, then objects in random class order on free ground inside the camera FOV."""
    cc, oc = cfg.clutter, cfg.objects
    scene = Scene(ground_z, (rng.uniform(*cc.road_half_width), rng.uniform(*cc.road_half_width)))
    wall_y = _add_walls_and_curbs(scene, rng, cc)
    _add_roadside(scene, rng, cc, wall_y)
    y_limits = tuple(min(scene.road_half_width[i] + 3.0, wall_y[i] - 0.8) for i in range(2))
    counts = {'Car': oc.num_cars, 'Cyclist': oc.num_cyclists, 'Pedestrian': oc.num_pedestrians}
    names = [name for name in ('Car', 'Cyclist', 'Pedestrian')
             for _ in range(int(rng.integers(counts[name][0], counts[name][1] + 1)))]
    for k in rng.permutation(len(names)):
        obj = _sample_object(scene, rng, names[k], oc, calib, cfg.image_size, y_limits)
        if obj is not None:
            scene.primitives.extend(object_primitives(obj.name, obj.box_lidar, len(scene.objects), rng))
            scene.objects.append(obj)
    return scene
