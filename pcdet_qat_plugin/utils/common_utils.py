"""Logging, seeding, numpy/torch conversion and point rotation (OpenPCDet's common_utils names); a
no-grad forward with capture hooks."""
import logging
import os
import random
import sys
from typing import Optional, Tuple, Union

import numpy as np
import torch


def create_logger(log_file: Optional[str] = None, rank: int = 0, log_level=logging.INFO) -> logging.Logger:
    """A logger named 'pcdet_qat_plugin' writing to stderr and, if given, to `log_file` (rank 0 only)."""
    logger = logging.getLogger('pcdet_qat_plugin')
    logger.setLevel(log_level if rank == 0 else logging.ERROR)
    logger.propagate = False
    fmt = logging.Formatter('%(asctime)s  %(levelname)5s  %(message)s')
    for h in list(logger.handlers):
        logger.removeHandler(h)
    console = logging.StreamHandler(sys.stderr)
    console.setFormatter(fmt)
    logger.addHandler(console)
    if log_file is not None and rank == 0:
        os.makedirs(os.path.dirname(os.path.abspath(log_file)), exist_ok=True)
        fh = logging.FileHandler(log_file)
        fh.setFormatter(fmt)
        logger.addHandler(fh)
    return logger


def set_random_seed(seed: int) -> None:
    """Seed python, numpy and torch (all devices)."""
    random.seed(seed)
    np.random.seed(seed % (2 ** 32))
    torch.manual_seed(seed)


def check_numpy_to_torch(x: Union[np.ndarray, torch.Tensor]) -> Tuple[torch.Tensor, bool]:
    if isinstance(x, np.ndarray):
        return torch.from_numpy(x).float(), True
    return x, False


def limit_period(val, offset: float = 0.5, period: float = np.pi):
    """Wrap `val` into [-offset * period, (1 - offset) * period)."""
    val, is_numpy = check_numpy_to_torch(val)
    ans = val - torch.floor(val / period + offset) * period
    return ans.numpy() if is_numpy else ans


def rotate_points_along_z(points, angle):
    """points: (B, N, 3 + C), angle: (B) radians, counter-clockwise about +z. Returns the same type."""
    points, is_numpy = check_numpy_to_torch(points)
    angle, _ = check_numpy_to_torch(angle)
    cosa, sina = torch.cos(angle), torch.sin(angle)
    zeros, ones = angle.new_zeros(points.shape[0]), angle.new_ones(points.shape[0])
    rot_matrix = torch.stack((cosa, sina, zeros, -sina, cosa, zeros, zeros, zeros, ones),
                             dim=1).view(-1, 3, 3).float()
    points_rot = torch.matmul(points[:, :, 0:3], rot_matrix)
    points_rot = torch.cat((points_rot, points[:, :, 3:]), dim=-1)
    return points_rot.numpy() if is_numpy else points_rot


def mask_points_by_range(points: np.ndarray, limit_range) -> np.ndarray:
    """Boolean mask of points with limit_range[0:3] <= xyz <= limit_range[3:6] (x, y only, like OpenPCDet)."""
    return ((points[:, 0] >= limit_range[0]) & (points[:, 0] <= limit_range[3])
            & (points[:, 1] >= limit_range[1]) & (points[:, 1] <= limit_range[4]))


def get_world_size() -> int:
    if torch.distributed.is_available() and torch.distributed.is_initialized():
        return torch.distributed.get_world_size()
    return 1


def get_rank() -> int:
    if torch.distributed.is_available() and torch.distributed.is_initialized():
        return torch.distributed.get_rank()
    return 0


class PicklableWithoutLogger:
    """Mixin: the `logger` attribute is dropped when pickled (DataLoader workers) and comes back as None."""

    def __getstate__(self):
        d = dict(self.__dict__)
        d.pop('logger', None)
        return d

    def __setstate__(self, d):
        self.__dict__.update(d)
        self.logger = None


def forward_with_hooks(model, batch_dict: dict, handles) -> None:
    """One forward of `model` on a shallow copy of `batch_dict` without autograd; the hook `handles` the
    caller registered (to capture activations) are removed afterwards, also when the forward fails."""
    try:
        with torch.no_grad():
            model(dict(batch_dict))
    finally:
        for h in handles:
            h.remove()
