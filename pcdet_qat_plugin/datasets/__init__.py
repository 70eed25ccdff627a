"""Datasets of the built-in host: build_dataloader(cfg...) -> (dataset, dataloader, sampler) like OpenPCDet.

Reproducible with a seed: the shuffle order comes from a seeded generator and every sample reseeds
numpy from (seed, epoch, index); the epoch is the number of times the loader has been iterated
(or what `dataloader.set_epoch(e)` / `dataloader.sampler.set_epoch(e)` said last), and the shuffle
order is drawn from (seed, epoch), so a resumed run repeats the same batches.
"""
from functools import partial

import numpy as np
import torch
from torch.utils.data import DataLoader, Sampler
from torch.utils.data import DistributedSampler as _DistributedSampler

from ..errors import ConfigError, DataError
from ..utils import common_utils
from ..utils.threads import single_threaded_numba
from .dataset import DatasetTemplate, sample_seed
from .kitti.kitti_dataset import KittiDataset

__all__ = {
    'DatasetTemplate': DatasetTemplate,
    'KittiDataset': KittiDataset,
}


class _EpochMixin(object):
    """set_epoch(e) on the sampler also sets the epoch of the loader's next pass (see EpochDataLoader)."""
    loader = None

    def set_epoch(self, epoch: int) -> None:
        self.epoch = int(epoch)
        if self.loader is not None:
            self.loader._next_epoch = int(epoch)


class DistributedSampler(_EpochMixin, _DistributedSampler):
    """OpenPCDet's sampler for dist runs: shards padded to equal length; fixed order when shuffle is False."""

    def __init__(self, dataset, num_replicas=None, rank=None, shuffle=True, seed=0):
        super().__init__(dataset, num_replicas=num_replicas, rank=rank, shuffle=shuffle, seed=seed)


class SeededRandomSampler(_EpochMixin, Sampler):
    """Shuffle order drawn from (seed, epoch) alone, so a resumed run sees the same order."""

    def __init__(self, dataset, seed: int = 0):
        self.dataset, self.seed, self.epoch = dataset, int(seed), 0

    def __len__(self):
        return len(self.dataset)

    def __iter__(self):
        g = torch.Generator()
        g.manual_seed(sample_seed(self.seed, self.epoch, 0))
        return iter(torch.randperm(len(self.dataset), generator=g).tolist())


class EpochDataLoader(DataLoader):
    """A DataLoader that tells its dataset and sampler the epoch before each pass (workers then get a
    fresh copy of the dataset). The epoch counts passes, or is what set_epoch() said last."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._next_epoch = 0
        if isinstance(self.sampler, _EpochMixin):
            self.sampler.loader = self

    def set_epoch(self, epoch: int) -> None:
        self._next_epoch = int(epoch)

    def __iter__(self):
        epoch = self._next_epoch
        if hasattr(self.dataset, 'set_epoch'):
            self.dataset.set_epoch(epoch)
        if isinstance(self.sampler, _EpochMixin):
            self.sampler.epoch = epoch
        self._next_epoch = epoch + 1
        return super().__iter__()


def worker_init_fn(worker_id, seed=666):
    single_threaded_numba()        # the workers are the parallelism (torch does the same for its own pool)
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
    if len(dataset) == 0:
        mode = 'train' if training else 'test'
        infos = [str(dataset.root_path / p) for p in dataset_cfg.INFO_PATH[mode]]
        raise DataError(f'no {mode} samples: DATA_CONFIG.INFO_PATH.{mode} files {infos} are missing or empty; '
                        f'create them with `pcdet-qat create-infos '
                        f'--data_path {dataset.root_path}`')
    if seed is not None:
        dataset.set_seed(seed)
    if merge_all_iters_to_one_epoch:
        dataset.merge_all_iters_to_one_epoch(merge=True, epochs=total_epochs)

    if dist:
        rank, world_size = common_utils.get_rank(), common_utils.get_world_size()
        sampler = DistributedSampler(dataset, world_size, rank, shuffle=training, seed=int(seed or 0))
        loader_sampler = sampler
    else:
        sampler = None  # as OpenPCDet; the loader still gets a seeded sampler with set_epoch()
        loader_sampler = SeededRandomSampler(dataset, seed=int(seed or 0)) if training and seed is not None else None
    dataloader = EpochDataLoader(
        dataset, batch_size=batch_size, pin_memory=False, num_workers=workers,
        shuffle=(loader_sampler is None) and training, collate_fn=dataset.collate_batch, drop_last=False,
        sampler=loader_sampler, timeout=0, worker_init_fn=partial(worker_init_fn, seed=seed))
    return dataset, dataloader, sampler
