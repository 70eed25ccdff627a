"""Optimizers and LR schedules with OpenPCDet's cfg keys (OPTIMIZER: adam | sgd | adam_onecycle).

adam_onecycle follows OpenPCDet's fastai OneCycle: Adam with decoupled weight decay (AdamW), LR rising
from LR/DIV_FACTOR to LR over PCT_START of the steps then annealing (cosine), beta1 cycling over MOMS.
"""
import torch

from ..errors import ConfigError

OPTIMIZERS = ('adam', 'sgd', 'adam_onecycle')


def build_optimizer(model: torch.nn.Module, optim_cfg) -> torch.optim.Optimizer:
    name = optim_cfg.get('OPTIMIZER', 'adam_onecycle')
    params = [p for p in model.parameters() if p.requires_grad]
    if name == 'adam':
        return torch.optim.Adam(params, lr=optim_cfg.LR, weight_decay=optim_cfg.get('WEIGHT_DECAY', 0))
    if name == 'sgd':
        return torch.optim.SGD(params, lr=optim_cfg.LR, weight_decay=optim_cfg.get('WEIGHT_DECAY', 0),
                               momentum=optim_cfg.get('MOMENTUM', 0.9))
    if name == 'adam_onecycle':
        betas = tuple(optim_cfg.get('BETAS', (0.9, 0.99)))
        return torch.optim.AdamW(params, lr=optim_cfg.LR, betas=betas, weight_decay=optim_cfg.get('WEIGHT_DECAY', 0.01))
    raise ConfigError(f'OPTIMIZATION.OPTIMIZER: {name!r} not in {OPTIMIZERS}')


def build_scheduler(optimizer, total_iters_each_epoch: int, total_epochs: int, last_epoch: int, optim_cfg):
    """Return (lr_scheduler, None); the scheduler is stepped once per iteration."""
    total_steps = max(1, total_iters_each_epoch * total_epochs)
    if optim_cfg.get('OPTIMIZER', 'adam_onecycle') == 'adam_onecycle':
        moms = list(optim_cfg.get('MOMS', [0.95, 0.85]))
        sched = torch.optim.lr_scheduler.OneCycleLR(
            optimizer, max_lr=optim_cfg.LR, total_steps=total_steps, pct_start=optim_cfg.get('PCT_START', 0.4),
            anneal_strategy='cos', cycle_momentum=True, base_momentum=min(moms), max_momentum=max(moms),
            div_factor=optim_cfg.get('DIV_FACTOR', 10), final_div_factor=1e4)
        return sched, None
    decay_steps = [x * total_iters_each_epoch for x in optim_cfg.get('DECAY_STEP_LIST', [])]
    lr_decay, lr_clip, lr = optim_cfg.get('LR_DECAY', 0.1), optim_cfg.get('LR_CLIP', 1e-7), optim_cfg.LR

    def lr_lambda(step):
        factor = 1.0
        for d in decay_steps:
            if step >= d:
                factor *= lr_decay
        return max(factor, lr_clip / lr)
    return torch.optim.lr_scheduler.LambdaLR(optimizer, lr_lambda), None
