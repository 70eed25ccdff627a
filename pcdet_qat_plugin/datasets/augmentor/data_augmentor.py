"""DataAugmentor: the DATA_AUGMENTOR.AUG_CONFIG_LIST queue (gt_sampling, random_world_flip,
random_world_rotation, random_world_scaling) minus DISABLE_AUG_LIST, applied in cfg order.
"""
from functools import partial

import numpy as np

from ...errors import ConfigError
from ...utils import common_utils
from . import augmentor_utils, database_sampler

VALID_AUGS = ['gt_sampling', 'random_world_flip', 'random_world_rotation', 'random_world_scaling']


class DataAugmentor(common_utils.PicklableWithoutLogger):
    def __init__(self, root_path, augmentor_configs, class_names, logger=None):
        self.root_path = root_path
        self.class_names = class_names
        self.logger = logger
        self.data_augmentor_queue = []
        self._build_queue(augmentor_configs)

    def _build_queue(self, augmentor_configs):
        self.data_augmentor_queue = []
        aug_config_list = augmentor_configs if isinstance(augmentor_configs, list) \
            else augmentor_configs.AUG_CONFIG_LIST
        disabled = [] if isinstance(augmentor_configs, list) else augmentor_configs.get('DISABLE_AUG_LIST', [])
        for i, cur_cfg in enumerate(aug_config_list):
            if cur_cfg.NAME in disabled:
                continue
            if cur_cfg.NAME not in VALID_AUGS:
                raise ConfigError(f'DATA_CONFIG.DATA_AUGMENTOR.AUG_CONFIG_LIST[{i}].NAME: {cur_cfg.NAME!r} '
                                  f'not in {VALID_AUGS}')
            self.data_augmentor_queue.append(getattr(self, cur_cfg.NAME)(config=cur_cfg))

    def disable_augmentation(self, augmentor_configs):
        self._build_queue(augmentor_configs)

    def gt_sampling(self, config=None):
        return database_sampler.DataBaseSampler(
            root_path=self.root_path, sampler_cfg=config, class_names=self.class_names, logger=self.logger)

    def random_world_flip(self, data_dict=None, config=None):
        if data_dict is None:
            for axis in config['ALONG_AXIS_LIST']:
                if axis not in ('x', 'y'):
                    raise ConfigError(f'random_world_flip.ALONG_AXIS_LIST: {axis!r} not in [\'x\', \'y\']')
            return partial(self.random_world_flip, config=config)
        gt_boxes, points = data_dict['gt_boxes'], data_dict['points']
        for cur_axis in config['ALONG_AXIS_LIST']:
            gt_boxes, points, enable = getattr(augmentor_utils, 'random_flip_along_%s' % cur_axis)(
                gt_boxes, points, return_flip=True)
            data_dict['flip_%s' % cur_axis] = enable
        data_dict['gt_boxes'] = gt_boxes
        data_dict['points'] = points
        return data_dict

    def random_world_rotation(self, data_dict=None, config=None):
        if data_dict is None:
            return partial(self.random_world_rotation, config=config)
        rot_range = config['WORLD_ROT_ANGLE']
        if not isinstance(rot_range, list):
            rot_range = [-rot_range, rot_range]
        gt_boxes, points, noise_rot = augmentor_utils.global_rotation(
            data_dict['gt_boxes'], data_dict['points'], rot_range=rot_range, return_rot=True)
        data_dict['gt_boxes'] = gt_boxes
        data_dict['points'] = points
        data_dict['noise_rot'] = noise_rot
        return data_dict

    def random_world_scaling(self, data_dict=None, config=None):
        if data_dict is None:
            return partial(self.random_world_scaling, config=config)
        gt_boxes, points, noise_scale = augmentor_utils.global_scaling(
            data_dict['gt_boxes'], data_dict['points'], config['WORLD_SCALE_RANGE'], return_scale=True)
        data_dict['gt_boxes'] = gt_boxes
        data_dict['points'] = points
        data_dict['noise_scale'] = noise_scale
        return data_dict

    def forward(self, data_dict):
        """points (N, 3 + C), gt_boxes (M, 7), gt_names (M,), gt_boxes_mask (M,) -> augmented, class-masked."""
        for cur_augmentor in self.data_augmentor_queue:
            data_dict = cur_augmentor(data_dict=data_dict)
        data_dict['gt_boxes'][:, 6] = common_utils.limit_period(
            data_dict['gt_boxes'][:, 6], offset=0.5, period=2 * np.pi)
        data_dict.pop('road_plane', None)
        if 'gt_boxes_mask' in data_dict:
            gt_boxes_mask = data_dict.pop('gt_boxes_mask')
            data_dict['gt_boxes'] = data_dict['gt_boxes'][gt_boxes_mask]
            data_dict['gt_names'] = data_dict['gt_names'][gt_boxes_mask]
            if 'gt_boxes2d' in data_dict:
                data_dict['gt_boxes2d'] = data_dict['gt_boxes2d'][gt_boxes_mask]
        return data_dict
