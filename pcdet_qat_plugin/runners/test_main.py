"""`tools/test.py` on the built-in host: evaluate one checkpoint (or every checkpoint with eval_all) with
the PyTorch model (float or quantized as the cfg says) or the exported ONNX graph in onnxruntime."""
import glob
import os
import re
import time
from pathlib import Path
from typing import List, Optional


from ..cfg_checks import check_run_values
from ..config import log_config_to_file
from ..errors import CheckpointError, ConfigError
from ..utils.common_utils import create_logger
from . import quant_steps
from .evaluation import eval_one_epoch
from ..paths import writable_dir
from .train_main import OUTPUT_HINT, output_dir_for

BACKENDS = ('pytorch', 'onnxruntime')
NMS_CHOICES = ('rotated', 'tidl')
POSTPROC_CHOICES = ('openpcdet', 'tidl')


def _epoch_id(ckpt: str) -> str:
    m = re.search(r'checkpoint_epoch_(\d+)', os.path.basename(ckpt))
    return m.group(1) if m else 'no_number'


def build_eval_model(cfg, dataset, ckpt: Optional[str], logger, backend: str = 'pytorch',
                     onnx: Optional[str] = None, device: str = 'cpu', postproc: str = 'openpcdet',
                     prototxt: Optional[str] = None, allow_partial_load: bool = False, nms: str = 'rotated',
                     result_dir: Optional[str] = None):
    """The detector (or onnxruntime runner) to evaluate, with weights and quantization as the cfg says;
    a checkpoint lacking model weights is refused unless allow_partial_load. nms 'tidl' / postproc 'tidl':
    TIDL's selection / the 3D-OD layer emulation as post-processing (export/tidl_postproc.py); the PyTorch
    backend's prototxt defaults to the cfg's, written to result_dir."""
    if backend not in BACKENDS:
        raise ConfigError(f'--backend: {backend!r} not in {BACKENDS}')
    if backend == 'onnxruntime':
        if not onnx:
            raise ConfigError('--backend onnxruntime needs --onnx FILE')
        from ..export.ort_runner import OrtDetector
        return OrtDetector(onnx, cfg, nms=nms, postproc=postproc, prototxt=prototxt)
    from ..models import build_network
    model = build_network(cfg.MODEL, num_class=len(cfg.CLASS_NAMES), dataset=dataset)
    settings = quant_steps.settings_from_cfg(cfg)
    if settings is not None:
        quant_steps.quantize(model, settings, phase='test')
    if ckpt:
        model.load_params_from_file(ckpt, logger=logger, to_cpu=True, allow_partial=allow_partial_load)
        if settings is None:
            quant_steps.warn_if_quant_checkpoint_on_float_model(ckpt, logger)
    from ..export.tidl_postproc import install_postprocessing, load_layer
    layer = None
    if postproc == 'tidl':
        layer = load_layer(prototxt, cfg, result_dir and os.path.join(str(result_dir), 'tidl_3dod.prototxt'))
    return install_postprocessing(model.to(device), cfg, nms, postproc, layer)


def run_test(cfg, ckpt: Optional[str] = None, batch_size: Optional[int] = None, workers: int = 0,
             extra_tag: str = 'default', eval_tag: str = 'default', eval_all: bool = False,
             ckpt_dir: Optional[str] = None, backend: str = 'pytorch', onnx: Optional[str] = None,
             nms: str = 'rotated', output_dir: Optional[str] = None, show_progress: bool = True,
             save_to_file: bool = True, postproc: str = 'openpcdet', prototxt: Optional[str] = None,
             allow_partial_load: bool = False) -> List[dict]:
    """Evaluate and return one result dict per evaluated checkpoint (OpenPCDet keys + timings)."""
    from ..datasets import build_dataloader

    if nms not in NMS_CHOICES:
        raise ConfigError(f'--nms: {nms!r} not in {NMS_CHOICES}')
    if postproc not in POSTPROC_CHOICES:
        raise ConfigError(f'--postproc: {postproc!r} not in {POSTPROC_CHOICES}')
    if postproc == 'tidl':
        eval_tag = eval_tag if eval_tag != 'default' else 'tidl_postproc'
    elif nms == 'tidl':
        eval_tag = eval_tag if eval_tag != 'default' else 'tidl_nms'
    out_dir = Path(output_dir) if output_dir else output_dir_for(cfg, extra_tag)
    eval_root = out_dir / 'eval'
    if eval_all:
        ckpt_dir = ckpt_dir or str(out_dir / 'ckpt')
        ckpts = sorted(glob.glob(os.path.join(ckpt_dir, 'checkpoint_epoch_*.pth')), key=lambda p: int(_epoch_id(p)))
        if not ckpts:
            raise CheckpointError(f'--eval_all: no checkpoint_epoch_*.pth in {ckpt_dir}')
    else:
        if backend == 'pytorch' and not ckpt:
            raise ConfigError('--ckpt is required (or --eval_all, or --backend onnxruntime --onnx FILE)')
        ckpts = [ckpt]
    check_run_values(batch_size=batch_size, workers=workers)
    batch_size = cfg.OPTIMIZATION.BATCH_SIZE_PER_GPU if batch_size is None else batch_size
    results = []
    for c in ckpts:
        epoch_id = _epoch_id(c) if c else 'onnx'
        result_dir = eval_root / f'epoch_{epoch_id}' / cfg.DATA_CONFIG.DATA_SPLIT['test'] / eval_tag
        if backend == 'onnxruntime':
            result_dir = result_dir.parent / f'{eval_tag}_onnxruntime'
        writable_dir(result_dir, 'evaluation folder', OUTPUT_HINT)
        logger = create_logger(str(result_dir / f'log_eval_{time.strftime("%Y%m%d-%H%M%S")}.txt'))
        log_config_to_file(cfg, logger=logger)
        test_set, test_loader, _ = build_dataloader(cfg.DATA_CONFIG, cfg.CLASS_NAMES, batch_size=batch_size,
                                                    dist=False, workers=workers, logger=logger, training=False)
        model = build_eval_model(cfg, test_set, c, logger, backend=backend, onnx=onnx, postproc=postproc,
                                 prototxt=prototxt, allow_partial_load=allow_partial_load, nms=nms,
                                 result_dir=str(result_dir))
        res = eval_one_epoch(cfg, model, test_loader, epoch_id, logger, result_dir=result_dir,
                             save_to_file=save_to_file, show_progress=show_progress)
        res.update({'ckpt': c, 'result_dir': str(result_dir), 'backend': backend, 'nms': nms, 'postproc': postproc})
        results.append(res)
    return results
