"""DatasetTemplate: cfg -> point feature encoder, augmentor, processor; prepare_data and collate_batch
with OpenPCDet's batch_dict keys. Per-sample numpy seeding from (seed, epoch, index) makes batches
reproducible whatever the number of DataLoader workers.
"""
from collections import defaultdict
from pathlib import Path

import numpy as np
import torch.utils.data as torch_data

from ..errors import DataError
from ..utils.common_utils import PicklableWithoutLogger
from .augmentor.data_augmentor import DataAugmentor
from .processor.data_processor import DataProcessor
from .processor.point_feature_encoder import PointFeatureEncoder


MAX_EMPTY_RETRIES = 100


def resolve_data_path(data_path) -> Path:
    """A relative DATA_PATH is relative to the working directory (as in OpenPCDet), never the install location."""
    return Path(data_path).resolve()


def sample_seed(seed: int, epoch: int, index: int) -> int:
    """A 32-bit numpy seed from (seed, epoch, index)."""
    return int(np.random.SeedSequence([int(seed) % 2 ** 32, int(epoch), int(index)]).generate_state(1)[0])


class DatasetTemplate(PicklableWithoutLogger, torch_data.Dataset):
    def __init__(self, dataset_cfg=None, class_names=None, training=True, root_path=None, logger=None):
        super().__init__()
        self.dataset_cfg = dataset_cfg
        self.training = training
        self.class_names = class_names
        self.logger = logger
        self.root_path = Path(root_path) if root_path is not None else resolve_data_path(dataset_cfg.DATA_PATH)
        self.seed = None
        self.epoch = 0
        if self.dataset_cfg is None or class_names is None:
            return

        self.point_cloud_range = np.array(self.dataset_cfg.POINT_CLOUD_RANGE, dtype=np.float32)
        self.point_feature_encoder = PointFeatureEncoder(
            self.dataset_cfg.POINT_FEATURE_ENCODING, point_cloud_range=self.point_cloud_range)
        self.data_augmentor = DataAugmentor(
            self.root_path, self.dataset_cfg.DATA_AUGMENTOR, self.class_names, logger=self.logger
        ) if self.training else None
        self.data_processor = DataProcessor(
            self.dataset_cfg.DATA_PROCESSOR, point_cloud_range=self.point_cloud_range,
            training=self.training, num_point_features=self.point_feature_encoder.num_point_features)

        self.grid_size = self.data_processor.grid_size
        self.voxel_size = self.data_processor.voxel_size
        self.total_epochs = 0
        self._merge_all_iters_to_one_epoch = False
        self.depth_downsample_factor = getattr(self.data_processor, 'depth_downsample_factor', None)

    @property
    def mode(self):
        return 'train' if self.training else 'test'

    def set_seed(self, seed) -> None:
        """Seed numpy per sample from (seed, epoch, index); None keeps the global numpy stream."""
        self.seed = seed

    def set_epoch(self, epoch: int) -> None:
        self.epoch = int(epoch)

    def seed_sample(self, index: int) -> None:
        """Called at the start of __getitem__: reseed numpy for this (seed, epoch, index)."""
        if self.seed is not None:
            np.random.seed(sample_seed(self.seed, self.epoch, index))

    def merge_all_iters_to_one_epoch(self, merge=True, epochs=None):
        self._merge_all_iters_to_one_epoch = bool(merge)
        if merge:
            self.total_epochs = epochs

    def __len__(self):
        raise NotImplementedError

    def __getitem__(self, index):
        raise NotImplementedError

    def prepare_data(self, data_dict):
        """Augment (training), keep class boxes, encode point features, mask / shuffle / voxelize.

        In: points (N, 3 + C_in), gt_boxes (M, 7), gt_names (M,), frame_id, calib.
        Out: points (N', C), gt_boxes (M', 8) [.., class_id 1-based], voxels (V, P, C),
        voxel_coords (V, 3) [z, y, x], voxel_num_points (V,), use_lead_xyz.
        """
        if self.training:
            if 'gt_boxes' not in data_dict:
                raise DataError(f'frame {data_dict.get("frame_id")}: training needs labels (gt_boxes); '
                                f'the info has no annos')
            gt_boxes_mask = np.array([n in self.class_names for n in data_dict['gt_names']], dtype=np.bool_)
            calib = data_dict.get('calib')
            data_dict = self.data_augmentor.forward(data_dict={**data_dict, 'gt_boxes_mask': gt_boxes_mask})
            if calib is not None:
                data_dict['calib'] = calib

        if data_dict.get('gt_boxes', None) is not None:
            selected = np.array([n in self.class_names for n in data_dict['gt_names']], dtype=np.bool_)
            data_dict['gt_boxes'] = data_dict['gt_boxes'][selected]
            data_dict['gt_names'] = data_dict['gt_names'][selected]
            gt_classes = np.array([self.class_names.index(n) + 1 for n in data_dict['gt_names']], dtype=np.int32)
            data_dict['gt_boxes'] = np.concatenate(
                (data_dict['gt_boxes'][:, :7], gt_classes.reshape(-1, 1).astype(np.float32)), axis=1
            ).astype(np.float32)
            if data_dict.get('gt_boxes2d', None) is not None:
                data_dict['gt_boxes2d'] = data_dict['gt_boxes2d'][selected]

        if data_dict.get('points', None) is not None:
            data_dict = self.point_feature_encoder.forward(data_dict)

        data_dict = self.data_processor.forward(data_dict=data_dict)

        if self.training and len(data_dict['gt_boxes']) == 0:
            # OpenPCDet draws another frame; give up after MAX_EMPTY_RETRIES in a row
            self._empty_retries = getattr(self, '_empty_retries', 0) + 1
            if self._empty_retries > MAX_EMPTY_RETRIES:
                self._empty_retries = 0
                raise DataError(f'{MAX_EMPTY_RETRIES} training frames in a row (last {data_dict.get("frame_id")}) '
                                f'have no box of {self.class_names} inside POINT_CLOUD_RANGE after augmentation; '
                                f'check CLASS_NAMES, the labels and the info files under {self.root_path}')
            new_index = np.random.randint(self.__len__())
            return self.__getitem__(new_index)
        self._empty_retries = 0

        data_dict.pop('gt_names', None)
        return data_dict

    @staticmethod
    def collate_batch(batch_list, _unused=False):
        """List of sample dicts -> batch_dict: points / voxel_coords get a leading batch-index column,
        gt_boxes are zero-padded to (B, max M, 8), calib stays a list, the rest is stacked."""
        data_dict = defaultdict(list)
        for cur_sample in batch_list:
            for key, val in cur_sample.items():
                data_dict[key].append(val)
        batch_size = len(batch_list)
        ret = {}
        for key, val in data_dict.items():
            if key in ('voxels', 'voxel_num_points'):
                ret[key] = np.concatenate(val, axis=0)
            elif key in ('points', 'voxel_coords'):
                ret[key] = np.concatenate([np.pad(coor, ((0, 0), (1, 0)), mode='constant', constant_values=i)
                                           for i, coor in enumerate(val)], axis=0)
            elif key in ('gt_boxes', 'gt_boxes2d'):
                max_gt = max(len(x) for x in val)
                width = max(x.shape[-1] for x in val)
                batch_boxes = np.zeros((batch_size, max_gt, width), dtype=np.float32)
                for k in range(batch_size):
                    if len(val[k]):
                        batch_boxes[k, :len(val[k]), :] = val[k]
                ret[key] = batch_boxes
            elif key in ('calib',):
                ret[key] = val
            elif key in ('use_lead_xyz',):
                ret[key] = np.array(val)
            else:
                try:
                    ret[key] = np.stack(val, axis=0)
                except ValueError as exc:
                    raise DataError(f'collate_batch: cannot stack key {key!r} over the batch ({exc})') from exc
        ret['batch_size'] = batch_size
        return ret
