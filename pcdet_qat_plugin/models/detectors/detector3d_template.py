"""Detector3DTemplate: builds the stages named in MODEL (OpenPCDet's module_topology), post-processing,
recall records and checkpoint loading. State: `global_step` buffer plus the stages' parameters.
"""
import logging
import os

import torch
import torch.nn as nn

from ... import registry
from ...errors import CheckpointError, ConfigError
from ...ops import iou3d_nms
from ...utils.checkpoint import load_checkpoint_file, warn_if_non_finite
from ..model_utils import model_nms_utils
from ..model_utils.cfg_utils import check_keys

_logger = logging.getLogger(__name__)

POST_PROCESSING_KEYS = ('RECALL_THRESH_LIST', 'SCORE_THRESH', 'NMS_CONFIG')
NMS_KEYS = ('MULTI_CLASSES_NMS', 'NMS_TYPE', 'NMS_THRESH', 'NMS_PRE_MAXSIZE', 'NMS_POST_MAXSIZE')


class Detector3DTemplate(nn.Module):
    cfg_path = 'MODEL'
    # Set by a host that changes what a checkpoint means (quantization): before_load(model, model_state,
    # checkpoint, filename, logger) -> model_state to load, and after_load(model, filename). None: plain loads.
    load_policy = None

    def __init__(self, model_cfg, num_class, dataset):
        super().__init__()
        self.model_cfg = model_cfg
        self.num_class = num_class
        self.dataset = dataset
        self.class_names = dataset.class_names
        self.register_buffer('global_step', torch.LongTensor(1).zero_())
        self.module_topology = ['vfe', 'backbone_3d', 'map_to_bev_module', 'pfe',
                                'backbone_2d', 'dense_head', 'point_head', 'roi_head']
        post = f'{self.cfg_path}.POST_PROCESSING'
        check_keys(model_cfg, ('POST_PROCESSING',), self.cfg_path)
        check_keys(model_cfg.POST_PROCESSING, POST_PROCESSING_KEYS, post)
        check_keys(model_cfg.POST_PROCESSING.NMS_CONFIG, NMS_KEYS, f'{post}.NMS_CONFIG')
        registry.get('NMS_TYPE', model_cfg.POST_PROCESSING.NMS_CONFIG.NMS_TYPE, f'{post}.NMS_CONFIG.NMS_TYPE')

    @property
    def mode(self):
        return 'TRAIN' if self.training else 'TEST'

    def update_global_step(self):
        self.global_step += 1

    def build_networks(self):
        """Build each stage present in the cfg in topology order; returns them as a plain list."""
        model_info_dict = {
            'module_list': [],
            'num_rawpoint_features': self.dataset.point_feature_encoder.num_point_features,
            'num_point_features': self.dataset.point_feature_encoder.num_point_features,
            'grid_size': self.dataset.grid_size,
            'point_cloud_range': self.dataset.point_cloud_range,
            'voxel_size': self.dataset.voxel_size,
            'depth_downsample_factor': getattr(self.dataset, 'depth_downsample_factor', None),
        }
        for module_name in self.module_topology:
            module, model_info_dict = getattr(self, 'build_%s' % module_name)(model_info_dict=model_info_dict)
            self.add_module(module_name, module)
        return model_info_dict['module_list']

    def _stage_class(self, section):
        """(class, sub-cfg, key path) for MODEL.<section>, or (None, None, path) when the cfg lacks it."""
        path = f'{self.cfg_path}.{section}'
        sub_cfg = self.model_cfg.get(section, None)
        if sub_cfg is None:
            return None, None, path
        check_keys(sub_cfg, ('NAME',), path)
        return registry.get(section, sub_cfg.NAME, f'{path}.NAME'), sub_cfg, path

    def build_vfe(self, model_info_dict):
        cls, sub_cfg, path = self._stage_class('VFE')
        if cls is None:
            return None, model_info_dict
        vfe_module = cls(model_cfg=sub_cfg, num_point_features=model_info_dict['num_rawpoint_features'],
                         point_cloud_range=model_info_dict['point_cloud_range'],
                         voxel_size=model_info_dict['voxel_size'], grid_size=model_info_dict['grid_size'],
                         depth_downsample_factor=model_info_dict['depth_downsample_factor'], cfg_path=path)
        model_info_dict['num_point_features'] = vfe_module.get_output_feature_dim()
        model_info_dict['module_list'].append(vfe_module)
        return vfe_module, model_info_dict

    def build_backbone_3d(self, model_info_dict):
        self._stage_class('BACKBONE_3D')  # no 3D backbone in the built-in host: errors if one is named
        return None, model_info_dict

    def build_pfe(self, model_info_dict):
        self._stage_class('PFE')
        return None, model_info_dict

    def build_point_head(self, model_info_dict):
        self._stage_class('POINT_HEAD')
        return None, model_info_dict

    def build_roi_head(self, model_info_dict):
        self._stage_class('ROI_HEAD')
        return None, model_info_dict

    def build_map_to_bev_module(self, model_info_dict):
        cls, sub_cfg, path = self._stage_class('MAP_TO_BEV')
        if cls is None:
            return None, model_info_dict
        module = cls(model_cfg=sub_cfg, grid_size=model_info_dict['grid_size'], cfg_path=path)
        model_info_dict['module_list'].append(module)
        model_info_dict['num_bev_features'] = module.num_bev_features
        return module, model_info_dict

    def build_backbone_2d(self, model_info_dict):
        cls, sub_cfg, path = self._stage_class('BACKBONE_2D')
        if cls is None:
            return None, model_info_dict
        module = cls(model_cfg=sub_cfg, input_channels=model_info_dict.get('num_bev_features', None), cfg_path=path)
        model_info_dict['module_list'].append(module)
        model_info_dict['num_bev_features'] = module.num_bev_features
        return module, model_info_dict

    def build_dense_head(self, model_info_dict):
        cls, sub_cfg, path = self._stage_class('DENSE_HEAD')
        if cls is None:
            return None, model_info_dict
        check_keys(sub_cfg, ('CLASS_AGNOSTIC',), path)
        if 'num_bev_features' not in model_info_dict:
            raise ConfigError(f'{path}: no BEV stage before the dense head (set MODEL.MAP_TO_BEV / BACKBONE_2D)')
        module = cls(model_cfg=sub_cfg, input_channels=model_info_dict['num_bev_features'],
                     num_class=self.num_class if not sub_cfg.CLASS_AGNOSTIC else 1,
                     class_names=self.class_names, grid_size=model_info_dict['grid_size'],
                     point_cloud_range=model_info_dict['point_cloud_range'],
                     predict_boxes_when_training=self.model_cfg.get('ROI_HEAD', False),
                     voxel_size=model_info_dict.get('voxel_size', False), cfg_path=path)
        model_info_dict['module_list'].append(module)
        return module, model_info_dict

    def forward(self, **kwargs):
        raise NotImplementedError

    def post_processing(self, batch_dict):
        """batch_cls_preds (B, A, K), batch_box_preds (B, A, 7 + C) -> per frame {'pred_boxes' (k, 7 + C),
        'pred_scores' (k,), 'pred_labels' (k,) 1-based}, and the recall dict."""
        post_process_cfg = self.model_cfg.POST_PROCESSING
        nms_cfg = post_process_cfg.NMS_CONFIG
        batch_size = batch_dict['batch_size']
        recall_dict = {}
        pred_dicts = []
        for index in range(batch_size):
            if batch_dict.get('batch_index', None) is not None:
                batch_mask = batch_dict['batch_index'] == index
            else:
                batch_mask = index
            box_preds = batch_dict['batch_box_preds'][batch_mask]
            cls_preds = batch_dict['batch_cls_preds'][batch_mask]
            src_cls_preds = cls_preds
            if not batch_dict['cls_preds_normalized']:
                cls_preds = torch.sigmoid(cls_preds)

            if nms_cfg.MULTI_CLASSES_NMS:
                final_scores, final_labels, final_boxes = model_nms_utils.multi_classes_nms(
                    cls_scores=cls_preds, box_preds=box_preds, nms_config=nms_cfg,
                    score_thresh=post_process_cfg.SCORE_THRESH)
                final_labels = final_labels + 1
            else:
                cls_preds, label_preds = torch.max(cls_preds, dim=-1)
                if batch_dict.get('has_class_labels', False):
                    label_key = 'roi_labels' if 'roi_labels' in batch_dict else 'batch_pred_labels'
                    label_preds = batch_dict[label_key][index]
                else:
                    label_preds = label_preds + 1
                selected, selected_scores = model_nms_utils.class_agnostic_nms(
                    box_scores=cls_preds, box_preds=box_preds, nms_config=nms_cfg,
                    score_thresh=post_process_cfg.SCORE_THRESH)
                if post_process_cfg.get('OUTPUT_RAW_SCORE', False):
                    selected_scores = torch.max(src_cls_preds, dim=-1)[0][selected]
                final_scores = selected_scores
                final_labels = label_preds[selected]
                final_boxes = box_preds[selected]

            recall_dict = self.generate_recall_record(
                box_preds=final_boxes, recall_dict=recall_dict, batch_index=index, data_dict=batch_dict,
                thresh_list=post_process_cfg.RECALL_THRESH_LIST)
            pred_dicts.append({'pred_boxes': final_boxes, 'pred_scores': final_scores, 'pred_labels': final_labels})
        return pred_dicts, recall_dict

    @staticmethod
    def generate_recall_record(box_preds, recall_dict, batch_index, data_dict=None, thresh_list=None):
        """Count gt boxes and those matched by a prediction with 3D IoU > each threshold ('rcnn_<t>')."""
        if 'gt_boxes' not in data_dict:
            return recall_dict
        rois = data_dict['rois'][batch_index] if 'rois' in data_dict else None
        gt_boxes = data_dict['gt_boxes'][batch_index]
        if len(recall_dict) == 0:
            recall_dict = {'gt': 0}
            for cur_thresh in thresh_list:
                recall_dict['roi_%s' % (str(cur_thresh))] = 0
                recall_dict['rcnn_%s' % (str(cur_thresh))] = 0

        nonzero = (gt_boxes.abs().sum(dim=-1) > 0).nonzero()
        cur_gt = gt_boxes[:int(nonzero[-1, 0]) + 1] if nonzero.shape[0] > 0 else gt_boxes[:0]
        if cur_gt.shape[0] > 0:
            if box_preds.shape[0] > 0:
                iou3d_rcnn = iou3d_nms.boxes_iou3d(box_preds[:, 0:7], cur_gt[:, 0:7])
            else:
                iou3d_rcnn = torch.zeros((0, cur_gt.shape[0]))
            iou3d_roi = iou3d_nms.boxes_iou3d(rois[:, 0:7], cur_gt[:, 0:7]) if rois is not None else None
            for cur_thresh in thresh_list:
                if iou3d_rcnn.shape[0] > 0:
                    recall_dict['rcnn_%s' % str(cur_thresh)] += int((iou3d_rcnn.max(dim=0)[0] > cur_thresh).sum())
                if iou3d_roi is not None:
                    recall_dict['roi_%s' % str(cur_thresh)] += int((iou3d_roi.max(dim=0)[0] > cur_thresh).sum())
            recall_dict['gt'] += cur_gt.shape[0]
        return recall_dict

    def _load_state_dict(self, model_state_disk, *, strict=True):
        """Copy the checkpoint tensors whose key and shape match. Returns (state_dict, update_model_state).

        strict=True raises CheckpointError listing every missing, unexpected or mis-shaped key;
        strict=False loads what matches (the caller reports the rest).
        """
        state_dict = self.state_dict()
        update_model_state = {k: v for k, v in model_state_disk.items()
                              if k in state_dict and state_dict[k].shape == v.shape}
        if strict:
            problems = checkpoint_key_report(state_dict, model_state_disk)
            if problems:
                raise CheckpointError('checkpoint does not match the model:\n  ' + '\n  '.join(problems))
            self.load_state_dict(update_model_state)
        else:
            state_dict.update(update_model_state)
            self.load_state_dict(state_dict)
        return state_dict, update_model_state

    def _read_checkpoint(self, filename, to_cpu):
        location = torch.device('cpu') if to_cpu else self.global_step.device
        return load_checkpoint_file(filename, map_location=location), location

    def _log_not_updated(self, state_dict, update_model_state, logger) -> None:
        """Log each model key the checkpoint did not provide."""
        for key in state_dict:
            if key not in update_model_state:
                logger.info('Not updated weight %s: %s', key, str(tuple(state_dict[key].shape)))

    def _optional_checkpoint_keys(self, state_dict) -> set:
        """Model keys a checkpoint may lack without making the load partial (a quantized model's fresh
        quantizer buffers, see quant/phases.py); none for a float detector."""
        return set()

    def load_params_from_file(self, filename, logger=None, to_cpu=False, pre_trained_path=None, *,
                              allow_partial=True):
        """Load model weights, logging each model key not updated and each checkpoint key not used.

        allow_partial=False (what the tools pass unless --allow_partial_load) raises CheckpointError listing
        every model weight the checkpoint does not provide; a checkpoint matching no weight at all is
        refused either way. The default stays OpenPCDet's lenient behaviour for library callers.
        """
        logger = logger or _logger
        checkpoint, location = self._read_checkpoint(filename, to_cpu)
        logger.info('==> Loading parameters from checkpoint %s to %s', filename, location)
        if 'model_state' not in checkpoint:
            raise CheckpointError(f'{filename}: no "model_state" entry (keys: {sorted(checkpoint)})')
        model_state_disk = dict(checkpoint['model_state'])
        if pre_trained_path is not None:
            model_state_disk.update(load_checkpoint_file(pre_trained_path, map_location=location)['model_state'])
        version = checkpoint.get('version', None)
        if version is not None:
            logger.info('==> Checkpoint trained from version: %s', version)

        if self.load_policy is not None:
            model_state_disk = self.load_policy.before_load(self, model_state_disk, checkpoint, filename, logger)
        self._refuse_partial(filename, model_state_disk, allow_partial)
        warn_if_non_finite(model_state_disk, filename, logger)
        state_dict, update_model_state = self._load_state_dict(model_state_disk, strict=False)
        self._log_not_updated(state_dict, update_model_state, logger)
        for problem in checkpoint_key_report(state_dict, model_state_disk, missing=False):
            logger.warning('%s', problem)
        logger.info('==> Done (loaded %d/%d)', len(update_model_state), len(state_dict))
        if self.load_policy is not None:
            self.load_policy.after_load(self, filename)

    def _refuse_partial(self, filename, model_state_disk, allow_partial: bool) -> None:
        """CheckpointError before anything is loaded when the checkpoint matches no weight, or (unless
        allow_partial) when a required model weight is missing or has another shape."""
        state_dict = self.state_dict()
        matching = [k for k, v in model_state_disk.items() if k in state_dict and state_dict[k].shape == v.shape]
        optional = self._optional_checkpoint_keys(state_dict)
        required = [k for k in state_dict if k not in optional]
        lacking = [k for k in required if k not in set(matching)]
        if not matching or (lacking and not allow_partial):
            lines = [line for line in checkpoint_key_report(state_dict, model_state_disk)
                     if line.split(': ', 1)[-1].split(' ')[0] not in optional]
            shown = '; '.join(lines[:8]) + (f'; ... and {len(lines) - 8} more' if len(lines) > 8 else '')
            how = ('it matches no weight of this model (another detector or cfg?)' if not matching else
                   'pass --allow_partial_load (allow_partial=True) to start the missing weights from their '
                   'initial values')
            raise CheckpointError(f'{filename}: provides {len(set(matching) & set(required))}/{len(required)} '
                                  f'model weights; {how}. {shown}')

    def load_params_with_optimizer(self, filename, to_cpu=False, optimizer=None, logger=None):
        """Resume: strict weights, optimizer state (or '<name>_optim.pth'); returns (it, epoch)."""
        logger = logger or _logger
        checkpoint, location = self._read_checkpoint(filename, to_cpu)
        logger.info('==> Loading parameters from checkpoint %s to %s', filename, location)
        if 'model_state' not in checkpoint:
            raise CheckpointError(f'{filename}: no "model_state" entry (keys: {sorted(checkpoint)})')
        epoch = checkpoint.get('epoch', -1)
        it = checkpoint.get('it', 0.0)
        model_state_disk = checkpoint['model_state']
        if self.load_policy is not None:
            model_state_disk = self.load_policy.before_load(self, model_state_disk, checkpoint, filename, logger)
        self._load_state_dict(model_state_disk, strict=True)
        warn_if_non_finite(model_state_disk, filename, logger)
        if self.load_policy is not None:
            self.load_policy.after_load(self, filename)

        if optimizer is not None:
            if checkpoint.get('optimizer_state', None) is not None:
                logger.info('==> Loading optimizer parameters from checkpoint %s', filename)
                _load_optimizer_state(optimizer, checkpoint['optimizer_state'], filename)
            else:
                src_file, ext = os.path.splitext(filename)
                optimizer_filename = '%s_optim%s' % (src_file, ext)
                if os.path.exists(optimizer_filename):
                    optimizer_ckpt = load_checkpoint_file(optimizer_filename, map_location=location)
                    _load_optimizer_state(optimizer, optimizer_ckpt.get('optimizer_state'), optimizer_filename)
                else:
                    logger.warning('No optimizer state in %s (nor %s)', filename, optimizer_filename)
        if 'version' in checkpoint:
            logger.info('==> Checkpoint trained from version: %s', checkpoint['version'])
        logger.info('==> Done')
        return it, epoch


def _load_optimizer_state(optimizer, state, filename) -> None:
    """optimizer.load_state_dict, with torch's errors for a state of another optimizer or model turned
    into a CheckpointError naming the file."""
    try:
        optimizer.load_state_dict(state)
    except (ValueError, KeyError, TypeError, IndexError, RuntimeError) as exc:
        raise CheckpointError(f'{filename}: optimizer_state does not fit this model\'s optimizer '
                              f'({type(exc).__name__}: {exc})') from exc


def checkpoint_key_report(model_state, disk_state, missing=True):
    """One line per key that differs: missing from the checkpoint, unexpected in it, or of another shape."""
    lines = []
    for key, val in model_state.items():
        if key not in disk_state:
            if missing:
                lines.append(f'missing in checkpoint: {key} {tuple(val.shape)}')
        elif tuple(disk_state[key].shape) != tuple(val.shape):
            lines.append(f'shape mismatch: {key} checkpoint {tuple(disk_state[key].shape)} '
                         f'vs model {tuple(val.shape)}')
    for key, val in disk_state.items():
        if key not in model_state:
            lines.append(f'unexpected in checkpoint: {key} {tuple(getattr(val, "shape", ()))}')
    return lines
