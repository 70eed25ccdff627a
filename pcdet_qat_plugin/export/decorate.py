"""Pillar decoration outside the graph (as PillarVFE computes it), padding to the export's fixed shapes and
the graph's input arrays (TI's layout: features (1, C, P, V), int32 flat indices, zero canvas).

The network part takes decorated pillars: raw point features + offsets to the pillar's point mean and
to its centre, padding points zeroed; PillarVFE.decorate computes them, so both paths share one code.
"""
from typing import Dict, Tuple

import numpy as np
import torch

from ..errors import DataError
from .network import INPUT_NAMES


def decorate_pillars(vfe, voxels: torch.Tensor, voxel_num_points: torch.Tensor,
                     voxel_coords: torch.Tensor) -> torch.Tensor:
    """voxels (V, P, C), voxel_num_points (V,), voxel_coords (V, 4) [b, z, y, x] -> (V, P, C_dec) float,
    exactly the tensor PillarVFE feeds its first PFN layer (`vfe` supplies voxel sizes and options)."""
    return vfe.decorate(voxels, voxel_num_points, voxel_coords)


def pad_pillars(features: torch.Tensor, voxel_coords: torch.Tensor, max_voxels: int, nx: int,
                num_bev_features: int) -> Tuple[torch.Tensor, torch.Tensor]:
    """(V, P, C) decorated features and (V, 4) [b, z, y, x] coords of one frame -> the graph's
    pillar_features (1, C, P, max_voxels) float32 and voxel_indices (1, num_bev_features, max_voxels) int32
    (y * nx + x, the same on every channel), TI's PointPillars input layout.

    Padding pillars repeat the last real pillar (features and index): the scatter writes equal values to
    that cell twice. (A frame without pillars pads with zeros at cell 0.)
    """
    v = features.shape[0]
    if v > max_voxels:
        raise DataError(f'{v} voxels in a frame but the graph was exported for max_voxels={max_voxels} '
                        f'(DATA_PROCESSOR transform_points_to_voxels MAX_NUMBER_OF_VOXELS test)')
    flat = (voxel_coords[:, 2].long() * nx + voxel_coords[:, 3].long()).cpu()
    feats = features.float().new_zeros((max_voxels,) + tuple(features.shape[1:]))
    index = torch.zeros(max_voxels, dtype=torch.long)
    feats[:v], index[:v] = features.float(), flat
    if 0 < v < max_voxels:
        feats[v:], index[v:] = features[v - 1].float(), flat[v - 1]
    pillar_features = feats.permute(2, 1, 0).unsqueeze(0).contiguous()              # (1, C, P, V)
    voxel_indices = index.to(torch.int32).reshape(1, 1, -1).expand(1, num_bev_features, max_voxels)
    return pillar_features, voxel_indices.contiguous()


def graph_inputs(vfe, voxels: torch.Tensor, voxel_num_points: torch.Tensor, voxel_coords: torch.Tensor,
                 shapes: Dict[str, int], num_bev_features: int) -> Dict[str, np.ndarray]:
    """One frame's voxels -> the network part's inputs by name (pillar_features, voxel_indices, bev_canvas),
    numpy arrays for onnxruntime. `shapes` is export_shapes(cfg) (max_voxels, nx, ny)."""
    feats = decorate_pillars(vfe, voxels.float().cpu(), voxel_num_points.cpu(), voxel_coords.cpu())
    pillar_features, voxel_indices = pad_pillars(feats, voxel_coords.cpu(), shapes['max_voxels'], shapes['nx'],
                                                 num_bev_features)
    canvas = np.zeros((1, num_bev_features, shapes['ny'] * shapes['nx']), dtype=np.float32)
    return dict(zip(INPUT_NAMES, (pillar_features.numpy(), voxel_indices.numpy(), canvas)))
