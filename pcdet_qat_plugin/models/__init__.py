"""Built-in float host mirroring pcdet/models: build_network, load_data_to_device, ModelInfo.

State_dict keys and module names equal OpenPCDet v0.6's for the same cfg. Imports no dataset code.
"""
from typing import Any, Dict

import numpy as np
import torch

from .model_info import ModelInfo

__all__ = ['build_network', 'load_data_to_device', 'ModelInfo']

# keys load_data_to_gpu leaves as they are
_NON_TENSOR_KEYS = ('frame_id', 'metadata', 'calib', 'image_paths', 'ori_shape', 'img_process_infos')


def build_network(model_cfg, num_class: int, dataset):
    """OpenPCDet's build_network. `dataset` needs `point_feature_encoder.num_point_features`, `grid_size`,
    `point_cloud_range`, `voxel_size`, `class_names` (and optionally `depth_downsample_factor`)."""
    from .detectors import build_detector
    return build_detector(model_cfg=model_cfg, num_class=num_class, dataset=dataset)


def load_data_to_device(batch_dict: Dict[str, Any], device='cpu') -> Dict[str, Any]:
    """In place, like OpenPCDet's load_data_to_gpu but to any device: numpy arrays become float32
    tensors (`image_shape` int32; `voxel_coords`, `voxel_num_points` kept integer), strings stay."""
    device = torch.device(device)
    for key, val in batch_dict.items():
        if isinstance(val, torch.Tensor):
            batch_dict[key] = val.to(device)
        elif not isinstance(val, np.ndarray) or key in _NON_TENSOR_KEYS:
            continue
        elif val.dtype.kind in 'USO':  # string / object arrays (e.g. names) stay numpy
            continue
        elif key in ('image_shape',):
            batch_dict[key] = torch.from_numpy(val).int().to(device)
        elif key in ('voxel_coords', 'voxel_num_points'):
            batch_dict[key] = torch.from_numpy(val).to(device=device, dtype=torch.int32)
        else:
            batch_dict[key] = torch.from_numpy(val).float().to(device)
    return batch_dict
