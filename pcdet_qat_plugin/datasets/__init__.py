"""Datasets of the built-in host: build_dataloader(cfg...) -> (dataset, dataloader, sampler) like OpenPCDet.

Reproducible with a seed: the shuffle order comes from a seeded generator and every sample reseeds
numpy from (seed, epoch, index); the epoch is the number of times the loader has been iterated
(or what `dataloader.set_epoch(e)` / `sampler.set_epoch(e)` said last).
"""
from functools import partial

import numpy as np
import torch
from torch.utils.data import DataLoader
from torch.utils.data import DistributedSampler as _DistributedSampler

from ..errors import ConfigError
from ..utils import common_utils
from .dataset import DatasetTemplate
from .kitti.kitti_dataset import KittiDataset

__all__ = {
    'DatasetTemplate': DatasetTemplate,
    'KittiDataset': KittiDataset,
}


class DistributedSampler(_DistributedSampler):
    """OpenPCDet's eval sampler: fixed order when shuffle is False, padded to equal shards."""

    def __init__(self, dataset, num_replicas=None, rank=None, shuffle=True):
        super().__init__(dataset, num_replicas=num_replicas, rank=rank, shuffle=shuffle)


class EpochDataLoader(DataLoader):
    """A DataLoader that tells its dataset the epoch before each pass (workers get a fresh copy)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._next_epoch = 0

    def set_epoch(self, epoch: int) -> None:
        self._next_epoch = int(epoch)

    def __iter__(self):
        if hasattr(self.dataset, 'set_epoch'):
            self.dataset.set_epoch(self._next_epoch)
        if isinstance(self.sampler, _DistributedSampler):
            self.sampler.set_epoch(self._next_epoch)
        self._next_epoch += 1
        return super().__iter__()


def worker_init_fn(worker_id, seed=666):
    if seed is not None:
        np.random.seed((seed + worker_id) % 2 ** 32)
        torch.manual_seed(seed + worker_id)


def build_dataloader(dataset_cfg, class_names, batch_size, dist, root_path=None, workers=4, seed=None,
                     logger=None, training=True, merge_all_iters_to_one_epoch=False, total_epochs=0):
    """(dataset, dataloader, sampler); batches are OpenPCDet batch_dicts of numpy (collate_batch)."""
    if dataset_cfg.DATASET not in __all__:
        raise ConfigError(f'DATA_CONFIG.DATASET: {dataset_cfg.DATASET!r} not in {sorted(__all__)}')
    dataset = __all__[dataset_cfg.DATASET](
        dataset_cfg=dataset_cfg, class_names=class_names, root_path=root_path, training=training, logger=logger)
    if seed is not None:
        dataset.set_seed(seed)
    if merge_all_iters_to_one_epoch:
        dataset.merge_all_iters_to_one_epoch(merge=True, epochs=total_epochs)

    generator = None
    if seed is not None:
        generator = torch.Generator()
        generator.manual_seed(int(seed))
    if dist:
        if training:
            sampler = _DistributedSampler(dataset, seed=int(seed or 0))
        else:
            rank, world_size = common_utils.get_rank(), common_utils.get_world_size()
            sampler = DistributedSampler(dataset, world_size, rank, shuffle=False)
    else:
        sampler = None
    dataloader = EpochDataLoader(
        dataset, batch_size=batch_size, pin_memory=False, num_workers=workers,
        shuffle=(sampler is None) and training, collate_fn=dataset.collate_batch, drop_last=False,
        sampler=sampler, timeout=0, worker_init_fn=partial(worker_init_fn, seed=seed), generator=generator)
    return dataset, dataloader, sampler
