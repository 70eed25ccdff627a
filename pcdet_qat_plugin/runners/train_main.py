"""`tools/train.py` on the built-in host: float training, QAT or calibration as the cfg's QUANTIZE says,
then evaluation. Callable in-process (the demo uses it) and from the command line."""
import json
import logging
import time
import warnings
from pathlib import Path
from typing import Optional

import torch

from ..cfg_checks import check_run_values
from ..config import log_config_to_file
from ..errors import CheckpointError
from ..paths import writable_dir
from ..utils.checkpoint import checkpoint_state, latest_checkpoint, save_checkpoint
from ..utils.common_utils import create_logger, set_random_seed
from ..utils.fileio import atomic_write_text, output_folder_lock
from . import quant_steps
from .evaluation import eval_one_epoch
from .optimization import build_optimizer, build_scheduler
from .training import train_model

OUTPUT_HINT = ' (pass --output_dir or run from a writable folder)'


def output_dir_for(cfg, extra_tag: str = 'default', output_root: Optional[str] = None) -> Path:
    """OpenPCDet's layout: <root>/output/<cfg path under cfgs>/<cfg name>/<extra_tag>."""
    root = Path(output_root) if output_root else Path(cfg.ROOT_DIR) / 'output'
    return root / cfg.EXP_GROUP_PATH / cfg.TAG / extra_tag


def run_training(cfg, batch_size: Optional[int] = None, epochs: Optional[int] = None, workers: int = 0,
                 extra_tag: str = 'default', ckpt: Optional[str] = None, pretrained_model: Optional[str] = None,
                 output_dir: Optional[str] = None, seed: int = 666, run_eval: bool = True,
                 show_progress: bool = True, iters_per_epoch: Optional[int] = None,
                 ckpt_save_interval: int = 1, max_ckpt_save_num: int = 30, device: str = 'auto',
                 allow_partial_load: bool = False) -> dict:
    """Train (float / QAT) or calibrate per cfg; returns a summary with checkpoint path, times, loss history
    and (if run_eval) the evaluation result dict. The output folder is locked for the run
    (utils.fileio.output_folder_lock): a second run into it stops naming the holder."""
    from ..datasets import build_dataloader
    from ..models import build_network

    out_dir = Path(output_dir) if output_dir else output_dir_for(cfg, extra_tag)
    check_run_values(batch_size=batch_size, epochs=epochs, workers=workers, iters_per_epoch=iters_per_epoch,
                     ckpt_save_interval=ckpt_save_interval, max_ckpt_save_num=max_ckpt_save_num)
    ckpt_dir = out_dir / 'ckpt'
    writable_dir(ckpt_dir, 'output folder', OUTPUT_HINT)
    with output_folder_lock(out_dir):
        logger = create_logger(str(out_dir / f'log_train_{time.strftime("%Y%m%d-%H%M%S")}.txt'))
        log_config_to_file(cfg, logger=logger)
        set_random_seed(seed)
        dev = torch.device('cuda' if device == 'auto' and torch.cuda.is_available() else
                           ('cpu' if device == 'auto' else device))
        settings = quant_steps.settings_from_cfg(cfg)
        mode = quant_steps.mode_name(settings)
        logger.info('mode: %s on %s, output: %s', mode, dev, out_dir)

        batch_size = cfg.OPTIMIZATION.BATCH_SIZE_PER_GPU if batch_size is None else batch_size
        total_epochs = epochs if epochs is not None else cfg.OPTIMIZATION.NUM_EPOCHS
        train_set, train_loader, _ = build_dataloader(cfg.DATA_CONFIG, cfg.CLASS_NAMES, batch_size=batch_size,
                                                      dist=False, workers=workers, seed=seed, logger=logger,
                                                      training=True)
        model = build_network(cfg.MODEL, num_class=len(cfg.CLASS_NAMES), dataset=train_set).to(dev)

        if settings is not None:   # before loading: a QAT / calibration checkpoint keeps its quantizer state
            quant_steps.warn_if_no_pretrained(settings, pretrained_model or ckpt, logger)
            quant_steps.quantize(model, settings, phase='calibrate' if mode == 'calibration' else 'train')
            model.to(dev)
        if pretrained_model:
            model.load_params_from_file(pretrained_model, logger=logger, to_cpu=dev.type == 'cpu',
                                        allow_partial=allow_partial_load)

        t0 = time.time()
        history = []
        if mode == 'calibration':
            quant_steps.calibrate(model, train_loader, settings, logger, show_progress=show_progress)
            state = checkpoint_state(model, None, total_epochs, settings.calibration_iters,
                                     extra=quant_steps.ckpt_extra(model))
            last_ckpt = save_checkpoint(state, str(ckpt_dir / quant_steps.calibration_checkpoint_name(total_epochs)))
            logger.info('calibration done: saved %s', last_ckpt)
        else:
            optimizer = build_optimizer(model, cfg.OPTIMIZATION)
            start_epoch = it = 0
            resume = ckpt or latest_checkpoint(str(ckpt_dir))
            if resume:
                it, start_epoch = model.load_params_with_optimizer(resume, to_cpu=dev.type == 'cpu',
                                                                   optimizer=optimizer, logger=logger)
                it, start_epoch = int(it or 0), int(start_epoch or 0)
                logger.info('resumed from %s at epoch %d, iteration %d', resume, start_epoch, it)
            per_epoch = iters_per_epoch or len(train_loader)
            scheduler, _ = build_scheduler(optimizer, per_epoch, total_epochs, -1, cfg.OPTIMIZATION)
            with warnings.catch_warnings():  # fast-forward the schedule on resume (no optimizer step yet)
                warnings.simplefilter('ignore', UserWarning)
                for _ in range(min(it, per_epoch * total_epochs - 1)):
                    scheduler.step()
            train_model(model, optimizer, train_loader, scheduler, cfg.OPTIMIZATION, start_epoch, total_epochs, it,
                        str(ckpt_dir), tb_log=_tb_writer(out_dir), logger=logger,
                        ckpt_save_interval=ckpt_save_interval, max_ckpt_save_num=max_ckpt_save_num,
                        epoch_hook=quant_steps.epoch_hook(settings), ckpt_extra=quant_steps.ckpt_extra,
                        history=history, show_progress=show_progress, iters_per_epoch=iters_per_epoch,
                        precise_bn_batches=int(cfg.OPTIMIZATION.get('PRECISE_BN_BATCHES', 0)))
            last_ckpt = latest_checkpoint(str(ckpt_dir))
            if last_ckpt is None:
                raise CheckpointError(f'training wrote no checkpoint into {ckpt_dir}')
        train_s = time.time() - t0
        atomic_write_text(out_dir / 'train_history.json', json.dumps({'mode': mode, 'train_s': train_s,
                                                                      'history': history}))
        summary = {'mode': mode, 'bits': quant_steps.bits(settings), 'ckpt': last_ckpt, 'train_s': train_s,
                   'history': history, 'output_dir': str(out_dir), 'model': model, 'cfg': cfg}
        if run_eval:
            _, test_loader, _ = build_dataloader(cfg.DATA_CONFIG, cfg.CLASS_NAMES, batch_size=batch_size,
                                                 dist=False, workers=workers, logger=logger, training=False)
            if settings is not None:
                quant_steps.quantize(model, settings, phase='test')
            epoch_id = Path(last_ckpt).stem.split('_')[-1]
            summary['eval'] = eval_one_epoch(cfg, model, test_loader, epoch_id, logger,
                                             result_dir=out_dir / 'eval' / f'epoch_{epoch_id}' /
                                             cfg.DATA_CONFIG.DATA_SPLIT['test'] / 'default',
                                             show_progress=show_progress)
        return summary


def _tb_writer(out_dir: Path):
    try:
        from tensorboardX import SummaryWriter
    except ImportError:  # optional at run time
        logging.getLogger(__name__).warning('tensorboardX not installed: no TensorBoard logs')
        return None
    return SummaryWriter(log_dir=str(out_dir / 'tensorboard'))
