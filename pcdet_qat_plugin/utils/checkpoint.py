"""Checkpoint files in OpenPCDet's format, written atomically (temp file + os.replace).

Format: {'model_state', 'optimizer_state', 'epoch', 'it', 'version'} plus optional 'quant' metadata;
every value is a plain type or tensor so `torch.load(..., weights_only=True)` works.
"""
import glob
import os
from typing import Any, Dict, Optional

import torch

from ..errors import CheckpointError
from .fileio import atomic_write

VERSION = 'pcdet_qat_plugin+0.1.0'


def atomic_torch_save(obj: Any, filename: str) -> None:
    """torch.save to a temporary file in the same folder, fsync, then os.replace: never a half file."""
    atomic_write(filename, lambda f: torch.save(obj, f), durable=True)


def model_state_to_cpu(model_state: Dict[str, torch.Tensor]) -> Dict[str, torch.Tensor]:
    return {k: v.detach().cpu() for k, v in model_state.items()}


def checkpoint_state(model=None, optimizer=None, epoch=None, it=None, extra: Optional[dict] = None) -> dict:
    """OpenPCDet's checkpoint dict; a DDP/wrapper `.module` prefix is removed from model keys."""
    if model is not None and hasattr(model, 'module') and isinstance(model, torch.nn.parallel.DistributedDataParallel):
        model = model.module
    state = {
        'epoch': epoch, 'it': it,
        'model_state': model_state_to_cpu(model.state_dict()) if model is not None else None,
        'optimizer_state': optimizer.state_dict() if optimizer is not None else None,
        'version': VERSION,
    }
    if extra:
        state.update(extra)
    return state


def save_checkpoint(state: dict, filename: str = 'checkpoint') -> str:
    """Write `state` to `filename`(.pth) atomically; returns the path written."""
    if not filename.endswith('.pth'):
        filename = filename + '.pth'
    atomic_torch_save(state, filename)
    return filename


def load_checkpoint_file(filename: str, map_location='cpu') -> dict:
    """torch.load with weights_only=True; a missing or corrupt file raises CheckpointError naming it."""
    if not os.path.isfile(filename):
        raise CheckpointError(f'checkpoint not found: {filename}')
    try:
        ckpt = torch.load(filename, map_location=map_location, weights_only=True)
    except Exception as exc:  # torch raises many types for a bad file
        raise CheckpointError(f'cannot read checkpoint {filename}: {exc}') from exc
    if not isinstance(ckpt, dict):
        raise CheckpointError(f'{filename}: expected a dict checkpoint, found {type(ckpt).__name__}')
    return ckpt


def latest_checkpoint(ckpt_dir: str) -> Optional[str]:
    """The newest whole `checkpoint_epoch_*.pth` in `ckpt_dir` (temp files are never matched)."""
    files = glob.glob(os.path.join(ckpt_dir, 'checkpoint_epoch_*.pth'))
    if not files:
        return None

    def epoch_of(p):
        try:
            return int(os.path.basename(p)[len('checkpoint_epoch_'):-4])
        except ValueError:
            return -1
    return max(files, key=epoch_of)
