"""The built-in evaluation loop (OpenPCDet's eval_utils.eval_one_epoch role): inference with a progress
bar, KITTI-format prediction files, result.pkl, the AP table and the inference speed.

`model` may be any callable detector in eval form (a torch detector or the onnxruntime runner)."""
import json
import logging
import pickle
import time
from pathlib import Path

import torch
import tqdm

from ..models import load_data_to_device
from ..utils.fileio import atomic_write_bytes, atomic_write_text

logger_ = logging.getLogger(__name__)


def _device_of(model) -> torch.device:
    try:
        return next(model.parameters()).device
    except (AttributeError, StopIteration):
        return torch.device('cpu')


def eval_one_epoch(cfg, model, dataloader, epoch_id, logger=None, result_dir=None, save_to_file: bool = True,
                   show_progress: bool = True) -> dict:
    """Run `model` over `dataloader`, write result.pkl (+ KITTI txt files under final_result/data when
    save_to_file) into `result_dir`, evaluate, and return OpenPCDet's result dict plus
    'sec_per_example', 'eval_s' and 'result_str'."""
    logger = logger or logger_
    result_dir = Path(result_dir)
    result_dir.mkdir(parents=True, exist_ok=True)
    final_output_dir = result_dir / 'final_result' / 'data'
    if save_to_file:
        final_output_dir.mkdir(parents=True, exist_ok=True)
    dataset = dataloader.dataset
    class_names = dataset.class_names
    thresh_list = cfg.MODEL.POST_PROCESSING.RECALL_THRESH_LIST
    metric = {'gt_num': 0, **{f'recall_rcnn_{t}': 0 for t in thresh_list}}
    det_annos = []
    device = _device_of(model)
    if hasattr(model, 'eval'):
        model.eval()
    logger.info('*************** EPOCH %s EVALUATION *****************', epoch_id)
    start = time.time()
    infer_s = 0.0
    for batch in tqdm.tqdm(dataloader, desc='eval', dynamic_ncols=True, disable=not show_progress):
        load_data_to_device(batch, device)
        t = time.time()
        with torch.no_grad():
            pred_dicts, ret_dict = model(batch)
        infer_s += time.time() - t
        metric['gt_num'] += ret_dict.get('gt', 0)
        for th in thresh_list:
            metric[f'recall_rcnn_{th}'] += ret_dict.get(f'rcnn_{th}', 0)
        det_annos += dataset.generate_prediction_dicts(
            batch, pred_dicts, class_names, output_path=final_output_dir if save_to_file else None)
    eval_s = time.time() - start
    n = max(1, len(dataset))
    logger.info('Generate label finished(sec_per_example: %.4f second, network+post-processing %.4f).',
                eval_s / n, infer_s / n)
    ret = {}
    for th in thresh_list:
        ret[f'recall/rcnn_{th}'] = metric[f'recall_rcnn_{th}'] / max(metric['gt_num'], 1)
        logger.info('recall_rcnn_%s: %f', th, ret[f'recall/rcnn_{th}'])
    num_pred = sum(len(a['name']) for a in det_annos)
    logger.info('Average predicted number of objects(%d samples): %.3f', len(det_annos), num_pred / n)
    atomic_write_bytes(result_dir / 'result.pkl', pickle.dumps(det_annos))
    result_str, result_dict = dataset.evaluation(det_annos, class_names,
                                                 eval_metric=cfg.MODEL.POST_PROCESSING.get('EVAL_METRIC', 'kitti'),
                                                 output_path=final_output_dir)
    logger.info('\n%s', result_str)
    ret.update(result_dict)
    ret.update({'sec_per_example': eval_s / n, 'infer_sec_per_example': infer_s / n, 'eval_s': eval_s})
    atomic_write_text(result_dir / 'result.json',
                      json.dumps({k: float(v) for k, v in ret.items() if isinstance(v, (int, float))}, indent=1))
    atomic_write_text(result_dir / 'result.txt', result_str)
    ret['result_str'] = result_str
    logger.info('Result is saved to %s', result_dir)
    return ret
