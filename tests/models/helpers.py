"""Small synthetic batches for model tests: random points voxelised in numpy, a few gt boxes."""
import numpy as np

import pcdet_qat_plugin
from pcdet_qat_plugin.models import ModelInfo

SMALL_RANGE = [0, -5.12, -3, 10.24, 5.12, 1]  # 64 x 64 pillars of 0.16 m


def small_cfg(extra=None):
    """cfgs/kitti/pointpillar.yaml with a 64 x 64 grid (fast on CPU)."""
    overrides = ['DATA_CONFIG.POINT_CLOUD_RANGE', str(SMALL_RANGE)] + list(extra or [])
    return pcdet_qat_plugin.load_cfg('cfgs/kitti/pointpillar.yaml', overrides)


def voxelize(points, info: ModelInfo, max_points=32, max_voxels=16000):
    """(N, C) points -> voxels (V, P, C), voxel_num_points (V,), voxel_coords (V, 3) [z, y, x]."""
    pc_range = info.point_cloud_range
    vsize = np.asarray(info.voxel_size, dtype=np.float32)
    idx = np.floor((points[:, :3] - pc_range[:3]) / vsize).astype(np.int64)
    keep = np.all((idx >= 0) & (idx < info.grid_size), axis=1)
    points, idx = points[keep], idx[keep]
    lin = (idx[:, 2] * info.grid_size[1] + idx[:, 1]) * info.grid_size[0] + idx[:, 0]
    uniq, inverse = np.unique(lin, return_inverse=True)
    uniq, num_v = uniq[:max_voxels], min(len(uniq), max_voxels)
    voxels = np.zeros((num_v, max_points, points.shape[1]), dtype=np.float32)
    counts = np.zeros((num_v,), dtype=np.int32)
    coords = np.zeros((num_v, 3), dtype=np.int32)
    for p, v in enumerate(inverse):
        if v < num_v and counts[v] < max_points:
            voxels[v, counts[v]] = points[p]
            counts[v] += 1
            coords[v] = idx[p, ::-1]
    return voxels, counts, coords


def random_batch(cfg, batch_size=2, num_points=1500, num_boxes=3, seed=0):
    """A collated numpy batch_dict like the dataset's: points, voxels, voxel_coords [b, z, y, x], gt_boxes."""
    rng = np.random.default_rng(seed)
    info = ModelInfo.from_cfg(cfg)
    r = info.point_cloud_range
    num_feat = info.point_feature_encoder.num_point_features
    voxels, counts, coords, points, gts = [], [], [], [], []
    names = info.class_names
    sizes = {'Car': (3.9, 1.6, 1.56), 'Pedestrian': (0.8, 0.6, 1.73), 'Cyclist': (1.76, 0.6, 1.73)}
    for b in range(batch_size):
        boxes = np.zeros((num_boxes, 8), dtype=np.float32)
        for k in range(num_boxes):
            cls = k % len(names)
            dx, dy, dz = sizes.get(names[cls], (1.0, 1.0, 1.0))
            boxes[k] = [rng.uniform(r[0] + 3, r[3] - 3), rng.uniform(r[1] + 3, r[4] - 3), -1.0,
                        dx, dy, dz, rng.uniform(-np.pi, np.pi), cls + 1]
        pts = np.concatenate([
            rng.uniform(r[:3], r[3:6], size=(num_points, 3)),
            rng.uniform(0, 1, size=(num_points, num_feat - 3))], axis=1).astype(np.float32)
        v, c, co = voxelize(pts, info)
        voxels.append(v)
        counts.append(c)
        coords.append(np.pad(co, ((0, 0), (1, 0)), constant_values=b))
        points.append(np.pad(pts, ((0, 0), (1, 0)), constant_values=b))
        gts.append(boxes)
    return {
        'points': np.concatenate(points), 'voxels': np.concatenate(voxels),
        'voxel_num_points': np.concatenate(counts), 'voxel_coords': np.concatenate(coords),
        'gt_boxes': np.stack(gts), 'frame_id': np.array([str(i) for i in range(batch_size)]),
        'batch_size': batch_size,
    }
