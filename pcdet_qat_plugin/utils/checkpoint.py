"""Checkpoint files in OpenPCDet's format, written atomically (temp file + os.replace).

Format: {'model_state', 'optimizer_state', 'epoch', 'it', 'version'} plus optional 'quant' metadata;
every value is a plain type or tensor so `torch.load(..., weights_only=True)` works.
"""
import glob
import os
from typing import Any, Dict, List, Optional

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


def load_checkpoint_file(filename: str, map_location='cpu', mmap: bool = False) -> dict:
    """torch.load with weights_only=True; a missing or corrupt file raises CheckpointError naming it.
    `mmap`: map the tensors' storage instead of reading it (for a caller that needs the small entries only,
    e.g. the quant record of a file the host loads itself); a legacy-format file is read whole."""
    if not os.path.isfile(filename):
        raise CheckpointError(f'checkpoint not found: {filename}')
    try:
        try:
            ckpt = torch.load(filename, map_location=map_location, weights_only=True, mmap=mmap)
        except RuntimeError:
            if not mmap:
                raise
            ckpt = torch.load(filename, map_location=map_location, weights_only=True)    # not a zip file
    except Exception as exc:  # torch raises many types for a bad file
        raise CheckpointError(f'cannot read checkpoint {filename}: {exc}') from exc
    if not isinstance(ckpt, dict):
        raise CheckpointError(f'{filename}: expected a dict checkpoint, found {type(ckpt).__name__}')
    check_checkpoint_layout(ckpt, filename)
    return ckpt


def _count_problem(value) -> str:
    """'' for None or a whole number >= 0 (OpenPCDet writes ints; float-valued counts are tolerated)."""
    if value is None:
        return ''
    if isinstance(value, bool) or not isinstance(value, (int, float, torch.Tensor)):
        return f'{value!r} is not a number'
    number = float(value) if not isinstance(value, torch.Tensor) or value.numel() == 1 else float('nan')
    if not number == number or number < 0 or number != int(number):
        return f'{value!r} is not a whole number >= 0'
    return ''


def _optimizer_state_problem(state) -> str:
    if state is None:
        return ''
    if not isinstance(state, dict) or not isinstance(state.get('state'), dict):
        return 'must be a dict with a "state" dict (torch.optim.Optimizer.state_dict())'
    groups = state.get('param_groups')
    if not isinstance(groups, list) or not all(isinstance(g, dict) and isinstance(g.get('params'), list)
                                               for g in groups):
        return 'must hold "param_groups", a list of dicts each with a "params" list'
    return ''


def check_checkpoint_layout(ckpt: dict, filename: str) -> None:
    """CheckpointError naming the file and the entry when a checkpoint's entries have the wrong types:
    model_state a dict of name -> tensor, epoch / it whole numbers >= 0, optimizer_state an optimizer dict."""
    problems = []
    if 'model_state' in ckpt:
        state = ckpt['model_state']
        if not isinstance(state, dict):
            problems.append(f'model_state is a {type(state).__name__}, expected a dict of name -> tensor')
        else:
            bad = [k for k, v in state.items() if not isinstance(k, str) or not isinstance(v, torch.Tensor)]
            if bad:
                problems.append(f'model_state holds {len(bad)} entries that are not tensors, e.g. {bad[0]!r} '
                                f'({type(state[bad[0]]).__name__})')
    for key in ('epoch', 'it'):
        msg = _count_problem(ckpt.get(key))
        if msg:
            problems.append(f'{key}: {msg}')
    msg = _optimizer_state_problem(ckpt.get('optimizer_state'))
    if msg:
        problems.append(f'optimizer_state {msg}')
    if problems:
        raise CheckpointError(f'{filename}: not a valid checkpoint: ' + '; '.join(problems))


def warn_if_non_finite(model_state: Dict[str, torch.Tensor], filename: str, logger) -> List[str]:
    """Warn once, naming the file, when floating-point weights hold NaN / inf (a diverged run's checkpoint
    evaluates to meaningless boxes without any error). Returns the keys concerned."""
    bad = [k for k, v in model_state.items() if v.is_floating_point() and not bool(torch.isfinite(v).all())]
    if bad:
        all_nan = sum(bool(torch.isnan(model_state[k]).all()) for k in bad)
        logger.warning('%s: %d weight tensors hold NaN / inf values (%d entirely NaN), e.g. %s: results '
                       'computed with this checkpoint are meaningless', filename, len(bad), all_nan, bad[0])
    return bad


def remove_stale_temp_files(ckpt_dir: str, logger=None) -> List[str]:
    """Delete the hidden `.<name>.pth.<random>.tmp` files a save killed mid-write leaves in `ckpt_dir`
    (called before each save; the output-folder lock keeps other runs from writing there). Returns them."""
    stale = glob.glob(os.path.join(glob.escape(ckpt_dir), '.*.pth.*.tmp'))
    for path in stale:
        try:
            os.remove(path)
        except FileNotFoundError:
            continue
        if logger is not None:
            logger.info('removed %s (left by a save that was interrupted)', path)
    return stale


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
