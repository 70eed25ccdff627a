"""The built-in training loop (OpenPCDet's train_utils.train_model role): one optimizer step per batch,
gradient clipping, per-iteration LR schedule, an epoch hook (quantization freeze schedule), atomic
per-epoch checkpoints and a loss history for plots."""
import glob
import logging
import os
import time
from typing import Callable, List, Optional

import torch
import tqdm
from torch.nn.utils import clip_grad_norm_

from ..errors import TrainingError
from ..models import load_data_to_device
from ..utils.checkpoint import checkpoint_state, latest_checkpoint, remove_stale_temp_files, save_checkpoint

logger_ = logging.getLogger(__name__)


def model_device(model: torch.nn.Module) -> torch.device:
    return next(model.parameters()).device


def train_one_epoch(model, optimizer, train_loader, lr_scheduler, optim_cfg, accumulated_iter: int,
                    tb_log=None, history: Optional[List[dict]] = None, pbar=None, cur_epoch: int = 0,
                    max_iters: Optional[int] = None, logger=None, log_interval: int = 50) -> int:
    """Train one pass over `train_loader` (or `max_iters` batches); returns the updated iteration count."""
    device = model_device(model)
    for cur_it, batch in enumerate(train_loader):
        if max_iters is not None and cur_it >= max_iters:
            break
        model.train()
        load_data_to_device(batch, device)
        optimizer.zero_grad(set_to_none=True)
        ret_dict, tb_dict, disp_dict = model(batch)
        loss = ret_dict['loss'].mean()
        require_finite('loss', loss, accumulated_iter + 1, cur_epoch, batch)
        loss.backward()
        grad_norm = clip_grad_norm_(model.parameters(), optim_cfg.get('GRAD_NORM_CLIP', 10))
        require_finite('gradient norm', grad_norm, accumulated_iter + 1, cur_epoch, batch)
        optimizer.step()
        lr_scheduler.step()
        model.update_global_step()
        accumulated_iter += 1
        loss_value = float(loss.detach())
        lr = optimizer.param_groups[0]['lr']
        if history is not None:
            history.append({'iter': accumulated_iter, 'epoch': cur_epoch, 'loss': loss_value, 'lr': lr,
                            **{k: float(v) for k, v in tb_dict.items() if isinstance(v, (int, float))}})
        if tb_log is not None:
            tb_log.add_scalar('train/loss', loss_value, accumulated_iter)
            tb_log.add_scalar('meta_data/learning_rate', lr, accumulated_iter)
            for k, v in tb_dict.items():
                if isinstance(v, (int, float)):
                    tb_log.add_scalar('train/' + k, v, accumulated_iter)
        if pbar is not None:
            pbar.set_postfix(loss=f'{loss_value:.3f}', lr=f'{lr:.2e}', epoch=cur_epoch + 1)
            pbar.update()
        if logger is not None and log_interval and accumulated_iter % log_interval == 0:
            logger.info('epoch %d iter %d: loss %.4f lr %.2e', cur_epoch + 1, accumulated_iter, loss_value, lr)
    return accumulated_iter


class NonFiniteValue(TrainingError):
    """Raised inside an epoch before the optimizer step; train_model adds the last good checkpoint."""


def require_finite(what: str, value: torch.Tensor, iteration: int, cur_epoch: int, batch: dict) -> None:
    """Stop training before a NaN / inf loss or gradient reaches the weights (and so a checkpoint)."""
    if bool(torch.isfinite(value.detach()).all()):
        return
    frames = batch.get('frame_id')
    frames = f', frames {list(frames)}' if frames is not None else ''
    raise NonFiniteValue(f'non-finite {what} ({float(value.detach().float().mean())}) at iteration {iteration} '
                         f'(epoch {cur_epoch + 1}{frames}): training stopped before the optimizer step')


@torch.no_grad()
def recompute_bn_stats(model, loader, num_batches: int, logger=None) -> int:
    """Precise BN: replace the running statistics of every BatchNorm still in training mode by their
    plain average over `num_batches` training batches (forward only; quantizer ranges held fixed).

    OpenPCDet's BN momentum (0.01) makes the running statistics lag the weights by ~100 iterations,
    which costs a short schedule most of its eval accuracy; long schedules are unaffected.
    """
    from ..quant import ranges_held
    model.train()
    bns = [m for m in model.modules() if isinstance(m, torch.nn.modules.batchnorm._BatchNorm) and m.training]
    if not bns or num_batches <= 0:
        return 0
    momenta = [m.momentum for m in bns]
    for m in bns:
        m.reset_running_stats()
        m.momentum = None          # cumulative average
    device = model_device(model)
    n = 0
    with ranges_held(model):
        for batch in loader:
            if n >= num_batches:
                break
            load_data_to_device(batch, device)
            model(batch)
            n += 1
    for m, mom in zip(bns, momenta):
        m.momentum = mom
    (logger or logger_).info('precise BN: running statistics of %d BatchNorm layers from %d batches', len(bns), n)
    return n


def prune_checkpoints(ckpt_save_dir: str, max_ckpt_save_num: int) -> None:
    """Keep the newest `max_ckpt_save_num` (>= 1: the one just written always stays) checkpoints."""
    if max_ckpt_save_num < 1:
        raise ValueError(f'max_ckpt_save_num must be >= 1, got {max_ckpt_save_num}')
    ckpts = sorted(glob.glob(os.path.join(ckpt_save_dir, 'checkpoint_epoch_*.pth')), key=os.path.getmtime)
    for old in ckpts[:max(0, len(ckpts) - max_ckpt_save_num)]:
        os.remove(old)


def train_model(model, optimizer, train_loader, lr_scheduler, optim_cfg, start_epoch: int, total_epochs: int,
                start_iter: int, ckpt_save_dir: str, tb_log=None, logger=None, ckpt_save_interval: int = 1,
                max_ckpt_save_num: int = 50, epoch_hook: Optional[Callable] = None,
                ckpt_extra: Optional[Callable] = None, history: Optional[List[dict]] = None,
                show_progress: bool = True, iters_per_epoch: Optional[int] = None,
                precise_bn_batches: int = 0) -> int:
    """Train epochs [start_epoch, total_epochs); write `checkpoint_epoch_<n>.pth` atomically after each.

    epoch_hook(model, cur_epoch, total_epochs) runs before each epoch (quantization freeze schedule);
    ckpt_extra(model) returns plain-typed entries stored beside model_state (quantization metadata).
    precise_bn_batches > 0 recomputes BN statistics (recompute_bn_stats) before the last checkpoint.
    """
    logger = logger or logger_
    per_epoch = iters_per_epoch or len(train_loader)
    accumulated_iter = start_iter
    total = per_epoch * (total_epochs - start_epoch)
    pbar = tqdm.tqdm(total=total, desc='train', dynamic_ncols=True, disable=not show_progress)
    t0 = time.time()
    for cur_epoch in range(start_epoch, total_epochs):
        if epoch_hook is not None:
            epoch_hook(model, cur_epoch, total_epochs)
        sampler = getattr(train_loader, 'sampler', None)
        if hasattr(sampler, 'set_epoch'):
            sampler.set_epoch(cur_epoch)
        try:
            accumulated_iter = train_one_epoch(model, optimizer, train_loader, lr_scheduler, optim_cfg,
                                               accumulated_iter, tb_log=tb_log, history=history, pbar=pbar,
                                               cur_epoch=cur_epoch, max_iters=iters_per_epoch, logger=logger)
        except NonFiniteValue as exc:
            pbar.close()
            last = latest_checkpoint(ckpt_save_dir)
            raise TrainingError(f'{exc}; last good checkpoint: {last or "none yet"} (check the data and the '
                                f'learning rate)') from None
        trained_epoch = cur_epoch + 1
        if trained_epoch == total_epochs and precise_bn_batches > 0:
            recompute_bn_stats(model, train_loader, precise_bn_batches, logger)
        if trained_epoch % ckpt_save_interval == 0 or trained_epoch == total_epochs:
            extra = ckpt_extra(model) if ckpt_extra is not None else None
            state = checkpoint_state(model, optimizer, trained_epoch, accumulated_iter, extra=extra)
            remove_stale_temp_files(ckpt_save_dir, logger)
            path = save_checkpoint(state, os.path.join(ckpt_save_dir, f'checkpoint_epoch_{trained_epoch}'))
            prune_checkpoints(ckpt_save_dir, max_ckpt_save_num)
            logger.info('epoch %d/%d done (%.0f s): saved %s', trained_epoch, total_epochs, time.time() - t0, path)
    pbar.close()
    return accumulated_iter
