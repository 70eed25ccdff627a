"""Pillar decoration outside the graph (as PillarVFE computes it) and padding to the export's fixed shapes.

The network part takes decorated pillars: raw point features + offsets to the pillar's point mean and
to its centre, padding points zeroed; PillarVFE.decorate computes them, so both paths share one code.
"""
from typing import Tuple

import torch

from ..errors import DataError


def decorate_pillars(vfe, voxels: torch.Tensor, voxel_num_points: torch.Tensor,
                     voxel_coords: torch.Tensor) -> torch.Tensor:
    """voxels (V, P, C), voxel_num_points (V,), voxel_coords (V, 4) [b, z, y, x] -> (V, P, C_dec) float,
    exactly the tensor PillarVFE feeds its first PFN layer (`vfe` supplies voxel sizes and options)."""
    return vfe.decorate(voxels, voxel_num_points, voxel_coords)


def pad_pillars(features: torch.Tensor, voxel_coords: torch.Tensor, max_voxels: int, ny: int,
                coords_dtype=torch.int64) -> Tuple[torch.Tensor, torch.Tensor]:
    """(V, P, C) features and (V, 4) coords of one frame -> (1, max_voxels, P, C), (max_voxels, 4).

    Padding voxels get zero features and coords [0, 0, ny, 0]: the graph scatters them into a spare row.
    """
    v = features.shape[0]
    if v > max_voxels:
        raise DataError(f'{v} voxels in a frame but the graph was exported for max_voxels={max_voxels} '
                        f'(DATA_PROCESSOR transform_points_to_voxels MAX_NUMBER_OF_VOXELS test)')
    feats = features.new_zeros((max_voxels,) + tuple(features.shape[1:]))
    feats[:v] = features
    coords = torch.zeros((max_voxels, 4), dtype=coords_dtype, device=voxel_coords.device)
    coords[:v] = voxel_coords.to(coords_dtype)
    coords[v:, 2] = ny
    return feats.unsqueeze(0), coords
