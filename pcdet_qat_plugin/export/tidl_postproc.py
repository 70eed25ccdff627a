"""TIDL's detection output as a detector's post-processing: the torch glue around export/tidl_3dod.py.

`--nms tidl` (`TidlSelection`): the detector's own anchor decode, then TIDL's selection (score threshold, top-k,
axis-aligned BEV NMS, keep-top-k) with the detection_output_param the prototxt gets from the cfg.
`--postproc tidl` (`TidlLayerPostProcessing`, `emulate_frames`): the head maps through the prototxt-driven
emulation of TIDL's 3D-OD layer. Both run `tidl_3dod.select_detections`, so on the same head maps they differ
only where the prototxt's anchors / decode differ from the model's.
"""
import logging
import os
import tempfile
from typing import Dict, List, Optional, Tuple

import numpy as np
import torch

from ..errors import ConfigError
from ..utils.fileio import atomic_write_text
from .prototxt import detection_output_params, make_prototxt
from .tidl_3dod import Tidl3dodLayer, select_detections, to_center_boxes

_logger = logging.getLogger(__name__)

NMS_CHOICES = ('rotated', 'tidl')
POSTPROC_CHOICES = ('openpcdet', 'tidl')


def _recall_thresholds(model) -> list:
    return list(model.model_cfg.POST_PROCESSING.RECALL_THRESH_LIST)


class TidlSelection(object):
    """`model.post_processing` replacement: batch_box_preds (B, N, 7) and batch_cls_preds (B, N, C) logits, as
    the dense head decodes them, -> TIDL's selection per frame -> (pred_dicts with 1-based labels, recall)."""

    def __init__(self, model, cfg):
        self.model = model
        self.params = detection_output_params(cfg)
        self.num_anchors = int(np.sum(model.dense_head.num_anchors_per_location))

    def __call__(self, batch_dict) -> Tuple[List[dict], dict]:
        if batch_dict.get('cls_preds_normalized', False):
            raise ConfigError('--nms tidl: TIDL scores the head\'s logits; this head gives normalized scores')
        pred_dicts, recall_dict = [], {}
        for b in range(int(batch_dict['batch_size'])):
            boxes, logits = batch_dict['batch_box_preds'][b], batch_dict['batch_cls_preds'][b]
            det = select_detections(boxes.detach().float().cpu().numpy(), logits.detach().float().cpu().numpy(),
                                    self.num_anchors, self.params)
            keep = torch.from_numpy(det['indices']).to(boxes.device)
            pred = {'pred_boxes': boxes[keep], 'pred_scores': torch.from_numpy(det['scores']).to(boxes.device),
                    'pred_labels': torch.from_numpy(det['labels'] + 1).to(boxes.device)}
            pred_dicts.append(pred)
            recall_dict = self.model.generate_recall_record(pred['pred_boxes'], recall_dict, b, batch_dict,
                                                            _recall_thresholds(self.model))
        return pred_dicts, recall_dict


def emulate_frames(model, layer: Tidl3dodLayer, batch_dict, frames: List[Dict[str, np.ndarray]]
                   ) -> Tuple[List[dict], dict]:
    """frames: per frame {'cls', 'box', 'dir'} head maps (channels, H, W) -> pred_dicts from the emulated 3D-OD
    layer (boxes converted to OpenPCDet's centre z, labels 1-based) and the recall record of `model`."""
    device = batch_dict['voxel_coords'].device
    pred_dicts, recall_dict = [], {}
    for index, maps in enumerate(frames):
        det = layer(maps['cls'], maps['box'], maps['dir'])
        boxes = torch.from_numpy(to_center_boxes(det['boxes'])).to(device)
        pred_dicts.append({'pred_boxes': boxes, 'pred_scores': torch.from_numpy(det['scores']).to(device),
                           'pred_labels': torch.from_numpy(det['labels'] + 1).to(device)})
        recall_dict = model.generate_recall_record(boxes, recall_dict, index, batch_dict, _recall_thresholds(model))
    return pred_dicts, recall_dict


class TidlLayerPostProcessing(object):
    """`model.post_processing` replacement: the dense head's last cls / box / dir maps (forward_ret_dict,
    (B, H, W, channels)) -> the emulation of TIDL's 3D-OD layer, per frame."""

    def __init__(self, model, layer: Tidl3dodLayer):
        self.model, self.layer = model, layer
        if getattr(model.dense_head, 'conv_dir_cls', None) is None:
            raise ConfigError('--postproc tidl: TIDL\'s 3D-OD layer needs the direction classifier '
                              '(MODEL.DENSE_HEAD.USE_DIRECTION_CLASSIFIER)')

    def __call__(self, batch_dict) -> Tuple[List[dict], dict]:
        maps = self.model.dense_head.forward_ret_dict
        nchw = {k: maps[name].detach().float().permute(0, 3, 1, 2).cpu().numpy()
                for k, name in (('cls', 'cls_preds'), ('box', 'box_preds'), ('dir', 'dir_cls_preds'))}
        frames = [{k: v[b] for k, v in nchw.items()} for b in range(int(batch_dict['batch_size']))]
        return emulate_frames(self.model, self.layer, batch_dict, frames)


def load_layer(prototxt: Optional[str], cfg=None, write_to: Optional[str] = None) -> Tidl3dodLayer:
    """The emulated layer from `prototxt`; without one, the cfg's prototxt (make_prototxt, what an export
    writes next to the graph) is written to `write_to` (or a temporary file) and read back."""
    if prototxt is None:
        if cfg is None:
            raise ConfigError('--postproc tidl: no meta-architecture file (pass --prototxt)')
        if write_to is None:
            with tempfile.TemporaryDirectory() as tmp:
                return load_layer(None, cfg, os.path.join(tmp, 'tidl_3dod.prototxt'))
        prototxt = atomic_write_text(write_to, make_prototxt(cfg))
        _logger.info('--postproc tidl: meta-architecture of the cfg written to %s', prototxt)
    if not os.path.isfile(str(prototxt)):
        raise ConfigError(f'--postproc tidl: no meta-architecture file {prototxt} (export with --format tidl writes '
                          f'it next to the graph, or pass --prototxt)')
    return Tidl3dodLayer.from_prototxt(str(prototxt))


def install_postprocessing(model, cfg, nms: str = 'rotated', postproc: str = 'openpcdet',
                           layer: Optional[Tidl3dodLayer] = None):
    """Replace `model.post_processing` for nms 'tidl' (TidlSelection) or postproc 'tidl' (TidlLayerPostProcessing
    with `layer`, which then decides the NMS too); 'rotated' / 'openpcdet' keep the model's own. Returns model."""
    if nms not in NMS_CHOICES:
        raise ConfigError(f'--nms: {nms!r} not in {NMS_CHOICES}')
    if postproc not in POSTPROC_CHOICES:
        raise ConfigError(f'--postproc: {postproc!r} not in {POSTPROC_CHOICES}')
    if postproc == 'tidl':
        model.post_processing = TidlLayerPostProcessing(model, layer)
        _logger.info('post-processing: TIDL 3D-OD layer emulation from %s', layer.source)
    elif nms == 'tidl':
        model.post_processing = TidlSelection(model, cfg)
        _logger.info('post-processing: decode + TIDL selection %s', model.post_processing.params)
    return model
