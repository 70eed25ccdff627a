"""DataProcessor: DATA_PROCESSOR steps in cfg order - mask_points_and_boxes_outside_range,
shuffle_points, transform_points_to_voxels (spconv 2.x PointToVoxel on CPU).
"""
from functools import partial

import numpy as np

from ...errors import ConfigError
from ...utils import box_utils, common_utils


class VoxelGeneratorWrapper(object):
    """spconv.pytorch.utils.PointToVoxel on CPU (it returns clones of its reused buffers)."""

    def __init__(self, vsize_xyz, coors_range_xyz, num_point_features, max_num_points_per_voxel, max_num_voxels):
        from spconv.pytorch.utils import PointToVoxel
        self._voxel_generator = PointToVoxel(
            vsize_xyz=[float(v) for v in vsize_xyz], coors_range_xyz=[float(v) for v in coors_range_xyz],
            num_point_features=int(num_point_features), max_num_voxels=int(max_num_voxels),
            max_num_points_per_voxel=int(max_num_points_per_voxel))

    def generate(self, points: np.ndarray):
        """(N, C) float32 -> voxels (V, P, C) float32, coords (V, 3) int32 [z, y, x], num_points (V,) int32."""
        import torch
        # clear_voxels=False skips zeroing the whole max_voxels buffer; the padding of the voxels returned
        # is zeroed here instead (same result, half the time)
        voxels, coords, num_points = self._voxel_generator(torch.from_numpy(np.ascontiguousarray(points)),
                                                           clear_voxels=False)
        voxels, coords, num_points = voxels.numpy(), coords.numpy(), num_points.numpy()  # spconv returns clones
        voxels *= (np.arange(voxels.shape[1], dtype=np.int32)[None, :] < num_points[:, None])[..., None]
        return voxels, coords, num_points


class DataProcessor(object):
    def __init__(self, processor_configs, point_cloud_range, training, num_point_features):
        self.point_cloud_range = point_cloud_range
        self.training = training
        self.num_point_features = num_point_features
        self.mode = 'train' if training else 'test'
        self.grid_size = self.voxel_size = None
        self.data_processor_queue = []
        self.voxel_generator = None
        valid = ['mask_points_and_boxes_outside_range', 'shuffle_points', 'transform_points_to_voxels',
                 'transform_points_to_voxels_placeholder']
        for i, cur_cfg in enumerate(processor_configs):
            if cur_cfg.NAME not in valid:
                raise ConfigError(f'DATA_CONFIG.DATA_PROCESSOR[{i}].NAME: {cur_cfg.NAME!r} not in {valid}')
            self.data_processor_queue.append(getattr(self, cur_cfg.NAME)(config=cur_cfg))

    def __getstate__(self):
        d = dict(self.__dict__)
        d['voxel_generator'] = None  # rebuilt lazily in each worker
        return d

    def __setstate__(self, d):
        self.__dict__.update(d)

    def mask_points_and_boxes_outside_range(self, data_dict=None, config=None):
        if data_dict is None:
            return partial(self.mask_points_and_boxes_outside_range, config=config)
        if data_dict.get('points', None) is not None:
            mask = common_utils.mask_points_by_range(data_dict['points'], self.point_cloud_range)
            data_dict['points'] = data_dict['points'][mask]
        if data_dict.get('gt_boxes', None) is not None and config.REMOVE_OUTSIDE_BOXES and self.training:
            mask = box_utils.mask_boxes_outside_range_numpy(
                data_dict['gt_boxes'], self.point_cloud_range, min_num_corners=config.get('min_num_corners', 1),
                use_center_to_filter=config.get('USE_CENTER_TO_FILTER', True))
            data_dict['gt_boxes'] = data_dict['gt_boxes'][mask]
        return data_dict

    def shuffle_points(self, data_dict=None, config=None):
        if data_dict is None:
            return partial(self.shuffle_points, config=config)
        if config.SHUFFLE_ENABLED[self.mode]:
            points = data_dict['points']
            data_dict['points'] = points[np.random.permutation(points.shape[0])]
        return data_dict

    def _set_grid(self, config):
        voxel_size = np.array(config.VOXEL_SIZE, dtype=np.float32)
        grid_size = (self.point_cloud_range[3:6] - self.point_cloud_range[0:3]) / voxel_size
        self.grid_size = np.round(grid_size).astype(np.int64)
        self.voxel_size = config.VOXEL_SIZE

    def transform_points_to_voxels_placeholder(self, data_dict=None, config=None):
        if data_dict is None:
            self._set_grid(config)
            return partial(self.transform_points_to_voxels_placeholder, config=config)
        return data_dict

    def transform_points_to_voxels(self, data_dict=None, config=None):
        if data_dict is None:
            self._set_grid(config)
            return partial(self.transform_points_to_voxels, config=config)
        if self.voxel_generator is None:
            self.voxel_generator = VoxelGeneratorWrapper(
                vsize_xyz=config.VOXEL_SIZE, coors_range_xyz=self.point_cloud_range,
                num_point_features=self.num_point_features,
                max_num_points_per_voxel=config.MAX_POINTS_PER_VOXEL,
                max_num_voxels=config.MAX_NUMBER_OF_VOXELS[self.mode])
        voxels, coordinates, num_points = self.voxel_generator.generate(data_dict['points'])
        if not data_dict['use_lead_xyz']:
            voxels = voxels[..., 3:]
        data_dict['voxels'] = voxels
        data_dict['voxel_coords'] = coordinates
        data_dict['voxel_num_points'] = num_points
        return data_dict

    def forward(self, data_dict):
        for cur_processor in self.data_processor_queue:
            data_dict = cur_processor(data_dict=data_dict)
        return data_dict
