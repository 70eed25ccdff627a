"""PointFeatureEncoder: select POINT_FEATURE_ENCODING.used_feature_list out of src_feature_list."""
import numpy as np

from ...errors import ConfigError, DataError

_KEY = 'DATA_CONFIG.POINT_FEATURE_ENCODING'


class PointFeatureEncoder(object):
    def __init__(self, config, point_cloud_range=None):
        super().__init__()
        self.point_encoding_config = config
        self.src_feature_list = list(config.src_feature_list)
        self.used_feature_list = list(config.used_feature_list)
        self.point_cloud_range = point_cloud_range
        if self.src_feature_list[0:3] != ['x', 'y', 'z']:
            raise ConfigError(f'{_KEY}.src_feature_list must start with x, y, z; got {self.src_feature_list}')
        unknown = [f for f in self.used_feature_list if f not in self.src_feature_list]
        if unknown:
            raise ConfigError(f'{_KEY}.used_feature_list: {unknown} not in src_feature_list {self.src_feature_list}')
        if not hasattr(self, str(config.encoding_type)):
            raise ConfigError(f'{_KEY}.encoding_type: {config.encoding_type!r} not in '
                              f"['absolute_coordinates_encoding']")
        rest = [self.src_feature_list.index(x) for x in self.used_feature_list if x not in ('x', 'y', 'z')]
        self._columns = np.array([0, 1, 2] + rest, dtype=np.int64)

    @property
    def num_point_features(self) -> int:
        return getattr(self, self.point_encoding_config.encoding_type)(points=None)

    @property
    def num_src_features(self) -> int:
        return len(self.src_feature_list)

    def forward(self, data_dict):
        """points (N, len(src_feature_list)) -> (N, 3 + used extras); sets use_lead_xyz."""
        data_dict['points'], use_lead_xyz = getattr(self, self.point_encoding_config.encoding_type)(
            data_dict['points'])
        data_dict['use_lead_xyz'] = use_lead_xyz
        return data_dict

    def absolute_coordinates_encoding(self, points=None):
        if points is None:
            return len(self.used_feature_list)
        if points.shape[-1] != len(self.src_feature_list):
            raise DataError(f'points have {points.shape[-1]} features, {_KEY}.src_feature_list names '
                            f'{len(self.src_feature_list)}: {self.src_feature_list}')
        return points[:, self._columns], True
