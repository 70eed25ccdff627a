"""Vectorised numpy ray casting of a spinning LiDAR against a ground plane, oriented boxes, vertical
cylinders and oriented ellipsoids; nearest hit per ray, per-object unoccluded ray counts.

Rays start at the sensor origin (LiDAR frame). Each primitive is only tested against the block of
(elevation, azimuth) rays its bounding vertical cylinder can touch. Imports numpy only.
"""
from typing import List, NamedTuple

import numpy as np

BACKGROUND = -1   # owner id of ground and clutter


def make_ray_grid(lidar_cfg, azimuth_offset_deg: float = 0.0):
    """-> (elevations (E,) rad, descending; azimuths (A,) rad, ascending; unit dirs (E, A, 3) float64)."""
    n = lidar_cfg.beams_per_block
    elev = np.concatenate([np.linspace(*lidar_cfg.upper_elevations_deg, n),
                           np.linspace(*lidar_cfg.lower_elevations_deg, n)])
    elev = np.deg2rad(np.sort(elev)[::-1])
    half, step = lidar_cfg.azimuth_half_fov_deg, lidar_cfg.azimuth_step_deg
    az = np.deg2rad(np.arange(-half + azimuth_offset_deg, half, step))
    ce = np.cos(elev)[:, None]
    dirs = np.stack([ce * np.cos(az)[None, :], ce * np.sin(az)[None, :],
                     np.broadcast_to(np.sin(elev)[:, None], (elev.size, az.size))], axis=-1)
    return elev, az, dirs


class Primitive(NamedTuple):
    kind: str            # 'box' | 'cylinder' | 'ellipsoid'
    params: tuple        # box/ellipsoid: (cx, cy, cz, hx|ax, hy|ay, hz|az, yaw); cylinder: (cx, cy, z0, z1, r)
    owner: int           # object index, or BACKGROUND
    reflectivity: float


def bounding_cylinder(p: Primitive):
    """(centre x, centre y, BEV radius, z min, z max) of a vertical cylinder enclosing the primitive."""
    if p.kind == 'cylinder':
        cx, cy, z0, z1, r = p.params
        return cx, cy, r, z0, z1
    cx, cy, cz, a, b, c, _ = p.params
    return cx, cy, float(np.hypot(a, b)), cz - c, cz + c


def _to_local(d: np.ndarray, center, yaw: float):
    """Ray origin (0) and directions (K, 3) in the frame of a primitive rotated by yaw about z."""
    cs, sn = np.cos(yaw), np.sin(yaw)
    cx, cy, cz = center
    origin = np.array([-cs * cx - sn * cy, sn * cx - cs * cy, -cz])
    local = np.empty_like(d)
    local[:, 0] = cs * d[:, 0] + sn * d[:, 1]
    local[:, 1] = -sn * d[:, 0] + cs * d[:, 1]
    local[:, 2] = d[:, 2]
    return origin, local


def intersect_box(d: np.ndarray, params):
    """Slab test. d: (K, 3) unit dirs -> (t (K,) with inf for a miss, |cos incidence| (K,))."""
    cx, cy, cz, hx, hy, hz, yaw = params
    origin, local = _to_local(d, (cx, cy, cz), yaw)
    half = np.array([hx, hy, hz])
    with np.errstate(divide='ignore', invalid='ignore'):
        inv = 1.0 / local
        t1 = (-half - origin) * inv
        t2 = (half - origin) * inv
    tmin, tmax = np.minimum(t1, t2), np.maximum(t1, t2)
    t_near, t_far = tmin.max(axis=1), tmax.min(axis=1)
    hit = (t_near <= t_far) & (t_near > 0)
    axis = tmin.argmax(axis=1)
    cos = np.abs(local[np.arange(local.shape[0]), axis])
    return np.where(hit, t_near, np.inf), cos


def intersect_cylinder(d: np.ndarray, params):
    """Vertical cylinder side plus the cap facing the sensor -> (t, |cos incidence|)."""
    cx, cy, z0, z1, r = params
    a = d[:, 0] ** 2 + d[:, 1] ** 2
    b = -2.0 * (d[:, 0] * cx + d[:, 1] * cy)
    c = cx * cx + cy * cy - r * r
    disc = b * b - 4 * a * c
    with np.errstate(divide='ignore', invalid='ignore'):
        t = (-b - np.sqrt(np.maximum(disc, 0.0))) / (2 * a)
        z = t * d[:, 2]
        side = (disc >= 0) & (a > 1e-12) & (t > 0) & (z >= z0) & (z <= z1)
        t_side = np.where(side, t, np.inf)
        cos_side = np.abs(d[:, 0] * (t * d[:, 0] - cx) + d[:, 1] * (t * d[:, 1] - cy)) / r
        cap_z = z1 if z1 < 0 else (z0 if z0 > 0 else None)
        if cap_z is None:
            return t_side, np.nan_to_num(cos_side)
        tc = cap_z / d[:, 2]
        in_cap = (tc > 0) & ((tc * d[:, 0] - cx) ** 2 + (tc * d[:, 1] - cy) ** 2 <= r * r)
    t_cap = np.where(in_cap, tc, np.inf)
    use_cap = t_cap < t_side
    return np.where(use_cap, t_cap, t_side), np.nan_to_num(np.where(use_cap, np.abs(d[:, 2]), cos_side))


def intersect_ellipsoid(d: np.ndarray, params):
    """Oriented ellipsoid (semi-axes ax, ay, az; yaw about z) -> (t, |cos incidence|)."""
    cx, cy, cz, ax, ay, az, yaw = params
    origin, local = _to_local(d, (cx, cy, cz), yaw)
    axes = np.array([ax, ay, az])
    o_s, d_s = origin / axes, local / axes
    qa = (d_s ** 2).sum(axis=1)
    qb = 2.0 * (d_s @ o_s)
    qc = float(o_s @ o_s) - 1.0
    disc = qb * qb - 4 * qa * qc
    t = (-qb - np.sqrt(np.maximum(disc, 0.0))) / (2 * qa)
    hit = (disc >= 0) & (t > 0)
    normal = (o_s[None, :] + t[:, None] * d_s) / axes
    norm = np.linalg.norm(normal, axis=1)
    cos = np.abs((local * normal).sum(axis=1)) / np.maximum(norm, 1e-12)
    return np.where(hit, t, np.inf), cos


_INTERSECT = {'box': intersect_box, 'cylinder': intersect_cylinder, 'ellipsoid': intersect_ellipsoid}


class CastResult(NamedTuple):
    t: np.ndarray              # (E, A) range of the nearest hit, inf where nothing was hit
    owner: np.ndarray          # (E, A) int32 object index or BACKGROUND
    reflectivity: np.ndarray   # (E, A) material reflectivity of the hit surface
    cos_incidence: np.ndarray  # (E, A) |cos| between ray and surface normal
    object_rays: np.ndarray    # (num_objects,) rays each object would return if nothing occluded it


def cast_rays(elev: np.ndarray, az: np.ndarray, dirs: np.ndarray, primitives: List[Primitive],
              ground_z: float, ground_reflectivity: np.ndarray, num_objects: int) -> CastResult:
    """Nearest hit of every ray of the (E, A) grid against the ground plane z = ground_z and `primitives`.

    ground_reflectivity: (E, A) per-ray reflectivity of the ground (lets callers paint road markings).
    """
    n_e, n_a = dirs.shape[:2]
    best_t = np.full((n_e, n_a), np.inf)
    owner = np.full((n_e, n_a), BACKGROUND, dtype=np.int32)
    with np.errstate(divide='ignore'):
        t_ground = np.where(dirs[..., 2] < -1e-6, ground_z / dirs[..., 2], np.inf)
    best_t[:] = t_ground
    refl = np.where(np.isfinite(t_ground), ground_reflectivity, 0.0)
    cos = np.abs(dirs[..., 2]).copy()
    object_hit = np.zeros((num_objects, n_e, n_a), dtype=bool)
    neg_elev = -elev
    for p in primitives:
        cx, cy, radius, z0, z1 = bounding_cylinder(p)
        dist_bev = float(np.hypot(cx, cy))
        if dist_bev > radius:
            half = np.arcsin(radius / dist_bev)
            phi = np.arctan2(cy, cx)
            c0, c1 = np.searchsorted(az, phi - half, 'left'), np.searchsorted(az, phi + half, 'right')
        else:
            c0, c1 = 0, n_a
        d_min, d_max = max(dist_bev - radius, 1e-3), dist_bev + radius
        el_hi = np.arctan2(z1, d_min if z1 > 0 else d_max)
        el_lo = np.arctan2(z0, d_max if z0 > 0 else d_min)
        r0, r1 = np.searchsorted(neg_elev, -el_hi, 'left'), np.searchsorted(neg_elev, -el_lo, 'right')
        if c1 <= c0 or r1 <= r0:
            continue
        block = dirs[r0:r1, c0:c1].reshape(-1, 3)
        t, c = _INTERSECT[p.kind](block, p.params)
        t, c = t.reshape(r1 - r0, c1 - c0), c.reshape(r1 - r0, c1 - c0)
        if p.owner >= 0:
            object_hit[p.owner, r0:r1, c0:c1] |= np.isfinite(t)
        sub_t = best_t[r0:r1, c0:c1]
        closer = t < sub_t
        sub_t[closer] = t[closer]
        owner[r0:r1, c0:c1][closer] = p.owner
        refl[r0:r1, c0:c1][closer] = p.reflectivity
        cos[r0:r1, c0:c1][closer] = c[closer]
    return CastResult(best_t, owner, refl, cos, object_hit.sum(axis=(1, 2)))
