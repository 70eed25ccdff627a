"""PointPillarScatter: `pillar_features` (V, C) at `voxel_coords` -> `spatial_features` (B, C, ny, nx)."""
import torch.nn as nn

from ....errors import ConfigError
from ...model_utils.cfg_utils import check_keys


class PointPillarScatter(nn.Module):
    """Writes each pillar's feature vector into its BEV cell; empty cells are zero (one scatter for the batch)."""

    REQUIRED_KEYS = ('NUM_BEV_FEATURES',)

    def __init__(self, model_cfg, grid_size, cfg_path: str = 'MODEL.MAP_TO_BEV', **kwargs):
        super().__init__()
        check_keys(model_cfg, self.REQUIRED_KEYS, cfg_path)
        self.model_cfg = model_cfg
        self.num_bev_features = self.model_cfg.NUM_BEV_FEATURES
        self.nx, self.ny, self.nz = (int(v) for v in grid_size)
        if self.nz != 1:
            raise ConfigError(f'{cfg_path}: PointPillarScatter needs a grid of height 1, got grid size '
                              f'{[self.nx, self.ny, self.nz]} (DATA_CONFIG voxel z size must span the range)')

    def forward(self, batch_dict, **kwargs):
        pillar_features, coords = batch_dict['pillar_features'], batch_dict['voxel_coords']
        batch_size = batch_dict.get('batch_size')
        if batch_size is None:
            batch_size = int(coords[:, 0].max().item()) + 1 if coords.shape[0] > 0 else 1
        coords = coords.long()
        indices = coords[:, 1] + coords[:, 2] * self.nx + coords[:, 3]
        channels, cells = self.num_bev_features * self.nz, self.nz * self.ny * self.nx
        spatial = pillar_features.new_zeros((batch_size, channels, cells))
        spatial[coords[:, 0], :, indices] = pillar_features  # (V, C) written at (batch, :, cell)
        spatial = spatial.view(batch_size, channels, self.ny, self.nx)
        batch_dict['spatial_features'] = spatial
        return batch_dict
