"""AnchorGenerator: one anchor grid per class cfg, (nz, ny, nx, num_size, num_rot, 7) LiDAR boxes."""
from typing import List, Sequence, Tuple

import torch

from ...model_utils.cfg_utils import check_keys, check_list

ANCHOR_KEYS = ('class_name', 'anchor_sizes', 'anchor_rotations', 'anchor_bottom_heights',
               'feature_map_stride', 'matched_threshold', 'unmatched_threshold')


def check_anchor_generator_cfg(anchor_generator_cfg, cfg_path: str) -> list:
    """Validate ANCHOR_GENERATOR_CONFIG (a list of per-class dicts); errors name e.g. `...[1].anchor_sizes`."""
    entries = check_list(anchor_generator_cfg, cfg_path, min_length=1)
    for i, entry in enumerate(entries):
        check_keys(entry, ANCHOR_KEYS, f'{cfg_path}[{i}]')
        for key in ('anchor_sizes', 'anchor_rotations', 'anchor_bottom_heights'):
            check_list(entry[key], f'{cfg_path}[{i}].{key}', min_length=1)
        for j, size in enumerate(entry['anchor_sizes']):
            check_list(size, f'{cfg_path}[{i}].anchor_sizes[{j}]', length=3)
    return entries


class AnchorGenerator(object):
    """Anchors on a regular BEV grid over `anchor_range` [x0, y0, z0, x1, y1, z1]; built on `device`."""

    def __init__(self, anchor_range: Sequence[float], anchor_generator_config):
        super().__init__()
        self.anchor_generator_cfg = anchor_generator_config
        self.anchor_range = [float(v) for v in anchor_range]
        self.anchor_sizes = [config['anchor_sizes'] for config in anchor_generator_config]
        self.anchor_rotations = [config['anchor_rotations'] for config in anchor_generator_config]
        self.anchor_heights = [config['anchor_bottom_heights'] for config in anchor_generator_config]
        self.align_center = [config.get('align_center', False) for config in anchor_generator_config]
        self.num_of_anchor_sets = len(self.anchor_sizes)

    def generate_anchors(self, grid_sizes, device=None) -> Tuple[List[torch.Tensor], List[int]]:
        """grid_sizes: one (nx, ny) feature-map size per anchor set.

        Returns ([(1, ny, nx, num_size, num_rot, 7)] per set, [anchors per location] per set); z is the
        box centre (bottom height + dz / 2), as in OpenPCDet.
        """
        r = self.anchor_range
        all_anchors, num_anchors_per_location = [], []
        for grid_size, anchor_size, anchor_rotation, anchor_height, align_center in zip(
                grid_sizes, self.anchor_sizes, self.anchor_rotations, self.anchor_heights, self.align_center):
            nx, ny = int(grid_size[0]), int(grid_size[1])
            num_anchors_per_location.append(len(anchor_rotation) * len(anchor_size) * len(anchor_height))
            if align_center:
                x_stride, y_stride = (r[3] - r[0]) / nx, (r[4] - r[1]) / ny
                x_offset, y_offset = x_stride / 2, y_stride / 2
            else:
                x_stride, y_stride = (r[3] - r[0]) / (nx - 1), (r[4] - r[1]) / (ny - 1)
                x_offset = y_offset = 0.0
            # start + i * stride for exactly nx / ny cells (OpenPCDet's arange(.., end + 1e-5, stride))
            x_shifts = torch.arange(nx, dtype=torch.float32, device=device) * x_stride + (r[0] + x_offset)
            y_shifts = torch.arange(ny, dtype=torch.float32, device=device) * y_stride + (r[1] + y_offset)
            z_shifts = x_shifts.new_tensor(anchor_height)
            rot = x_shifts.new_tensor(anchor_rotation)
            size = x_shifts.new_tensor(anchor_size).view(-1, 3)
            num_size, num_rot = size.shape[0], rot.shape[0]

            xs, ys, zs = torch.meshgrid([x_shifts, y_shifts, z_shifts], indexing='ij')
            anchors = torch.stack((xs, ys, zs), dim=-1)  # (nx, ny, nz, 3)
            anchors = anchors[:, :, :, None, :].repeat(1, 1, 1, num_size, 1)
            sizes = size.view(1, 1, 1, -1, 3).repeat([*anchors.shape[0:3], 1, 1])
            anchors = torch.cat((anchors, sizes), dim=-1)
            anchors = anchors[:, :, :, :, None, :].repeat(1, 1, 1, 1, num_rot, 1)
            rots = rot.view(1, 1, 1, 1, -1, 1).repeat([*anchors.shape[0:3], num_size, 1, 1])
            anchors = torch.cat((anchors, rots), dim=-1)  # (nx, ny, nz, num_size, num_rot, 7)
            anchors = anchors.permute(2, 1, 0, 3, 4, 5).contiguous()
            anchors[..., 2] += anchors[..., 5] / 2
            all_anchors.append(anchors)
        return all_anchors, num_anchors_per_location
