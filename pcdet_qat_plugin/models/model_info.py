"""ModelInfo: the few dataset facts build_network reads, derived from the cfg alone (no data files)."""
from types import SimpleNamespace
from typing import Sequence

import numpy as np

from ..config import require
from ..errors import ConfigError


class ModelInfo(object):
    """Stands in for the dataset in `build_network(model_cfg, num_class, dataset)`.

    Attributes: class_names, point_cloud_range (6,), voxel_size (3,), grid_size (3,) int64,
    point_feature_encoder.num_point_features, depth_downsample_factor (None).
    """

    def __init__(self, class_names: Sequence[str], point_cloud_range, voxel_size, num_point_features: int,
                 depth_downsample_factor=None):
        self.class_names = list(class_names)
        self.point_cloud_range = np.array(point_cloud_range, dtype=np.float32)
        self.voxel_size = list(voxel_size)
        grid_size = (self.point_cloud_range[3:6] - self.point_cloud_range[0:3]) / np.array(voxel_size)
        self.grid_size = np.round(grid_size).astype(np.int64)
        self.point_feature_encoder = SimpleNamespace(num_point_features=int(num_point_features))
        self.depth_downsample_factor = depth_downsample_factor

    @classmethod
    def from_cfg(cls, cfg) -> 'ModelInfo':
        """From CLASS_NAMES, DATA_CONFIG.POINT_CLOUD_RANGE, the VOXEL_SIZE of the transform_points_to_voxels
        DATA_PROCESSOR entry and DATA_CONFIG.POINT_FEATURE_ENCODING.used_feature_list."""
        class_names = require(cfg, 'CLASS_NAMES')
        if not isinstance(class_names, (list, tuple)) or not class_names:
            raise ConfigError(f'CLASS_NAMES: expected a non-empty list of names, found {class_names!r}')
        pc_range = require(cfg, 'DATA_CONFIG.POINT_CLOUD_RANGE')
        if not isinstance(pc_range, (list, tuple)) or len(pc_range) != 6:
            raise ConfigError(f'DATA_CONFIG.POINT_CLOUD_RANGE: expected 6 numbers, found {pc_range!r}')
        used = require(cfg, 'DATA_CONFIG.POINT_FEATURE_ENCODING.used_feature_list')
        if not isinstance(used, (list, tuple)) or len(used) < 3:
            raise ConfigError('DATA_CONFIG.POINT_FEATURE_ENCODING.used_feature_list: expected a list starting '
                              f'with x, y, z, found {used!r}')
        processors = require(cfg, 'DATA_CONFIG.DATA_PROCESSOR')
        voxel_size = None
        for i, proc in enumerate(processors if isinstance(processors, (list, tuple)) else []):
            if isinstance(proc, dict) and proc.get('NAME') == 'transform_points_to_voxels':
                voxel_size = proc.get('VOXEL_SIZE')
                if not isinstance(voxel_size, (list, tuple)) or len(voxel_size) != 3:
                    raise ConfigError(f'DATA_CONFIG.DATA_PROCESSOR[{i}].VOXEL_SIZE: expected 3 numbers, '
                                      f'found {voxel_size!r}')
        if voxel_size is None:
            names = [p.get('NAME') for p in processors] if isinstance(processors, (list, tuple)) else processors
            raise ConfigError('DATA_CONFIG.DATA_PROCESSOR: no entry with NAME transform_points_to_voxels '
                              f'(found {names!r}); the grid size comes from its VOXEL_SIZE')
        return cls(class_names, pc_range, voxel_size, len(used))
