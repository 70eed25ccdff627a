"""Random pillar batches shared by the benchmarks: distinct BEV cells of the cfg's grid, 1..max_points
points inside each. Speed does not depend on the values, only on the pillar and point counts."""
import numpy as np


def random_pillars(info, batch_size: int, num_pillars: int, seed: int = 0, max_points: int = 32) -> dict:
    """Collated numpy batch_dict {voxels (B*V, P, C), voxel_num_points, voxel_coords [b, z, y, x], batch_size}:
    per frame `num_pillars` distinct cells, points uniform inside each cell (z over the range, other features
    in [0, 1)), padding points zero. `info` is a models.ModelInfo; pass the result through load_data_to_device."""
    rng = np.random.default_rng(seed)
    nx, ny = int(info.grid_size[0]), int(info.grid_size[1])
    r, vs = info.point_cloud_range, info.voxel_size
    c = info.point_feature_encoder.num_point_features
    voxels, counts, coords = [], [], []
    for b in range(batch_size):
        cells = rng.choice(nx * ny, size=num_pillars, replace=False)
        y, x = cells // nx, cells % nx
        n = rng.integers(1, max_points + 1, size=num_pillars)
        pts = np.zeros((num_pillars, max_points, c), dtype=np.float32)
        pts[..., 0] = r[0] + (x[:, None] + rng.random((num_pillars, max_points))) * vs[0]
        pts[..., 1] = r[1] + (y[:, None] + rng.random((num_pillars, max_points))) * vs[1]
        pts[..., 2] = rng.uniform(r[2], r[5], size=(num_pillars, max_points))
        pts[..., 3:] = rng.random((num_pillars, max_points, c - 3))
        pts[np.arange(max_points)[None, :] >= n[:, None]] = 0
        voxels.append(pts)
        counts.append(n.astype(np.int32))
        coords.append(np.stack([np.full_like(x, b), np.zeros_like(x), y, x], axis=1).astype(np.int32))
    return {'voxels': np.concatenate(voxels), 'voxel_num_points': np.concatenate(counts),
            'voxel_coords': np.concatenate(coords), 'batch_size': batch_size}
