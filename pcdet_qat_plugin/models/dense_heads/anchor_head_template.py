"""AnchorHeadTemplate: anchors, target assignment, losses and box decoding shared by anchor heads.

Anchors are non-persistent buffers (`anchors_0`, ... ; `self.anchors` lists them as in OpenPCDet): they
follow `model.to(device)` and add no state_dict key.
"""
import math
from typing import List

import numpy as np
import torch
import torch.nn as nn

from ... import registry
from ...errors import ConfigError
from ...utils import common_utils
from ..model_utils import loss_utils
from ..model_utils.cfg_utils import check_keys
from .target_assigner.anchor_generator import AnchorGenerator, check_anchor_generator_cfg

HEAD_KEYS = ('ANCHOR_GENERATOR_CONFIG', 'TARGET_ASSIGNER_CONFIG', 'LOSS_CONFIG', 'CLASS_AGNOSTIC')


class AnchorHeadTemplate(nn.Module):
    def __init__(self, model_cfg, num_class, class_names, grid_size, point_cloud_range,
                 predict_boxes_when_training, cfg_path: str = 'MODEL.DENSE_HEAD'):
        super().__init__()
        check_keys(model_cfg, HEAD_KEYS, cfg_path)
        self.model_cfg = model_cfg
        self.num_class = num_class
        self.class_names = class_names
        self.predict_boxes_when_training = predict_boxes_when_training
        self.use_multihead = self.model_cfg.get('USE_MULTIHEAD', False)
        if self.use_multihead:
            raise ConfigError(f'{cfg_path}.USE_MULTIHEAD: True is not supported by the built-in host')
        if self.model_cfg.get('USE_DIRECTION_CLASSIFIER', None) is not None:
            check_keys(model_cfg, ('DIR_OFFSET', 'DIR_LIMIT_OFFSET', 'NUM_DIR_BINS'), cfg_path)

        anchor_target_cfg = self.model_cfg.TARGET_ASSIGNER_CONFIG
        check_keys(anchor_target_cfg, ('NAME', 'BOX_CODER'), f'{cfg_path}.TARGET_ASSIGNER_CONFIG')
        coder_cls = registry.get('BOX_CODER', anchor_target_cfg.BOX_CODER,
                                 f'{cfg_path}.TARGET_ASSIGNER_CONFIG.BOX_CODER')
        self.box_coder = coder_cls(num_dir_bins=anchor_target_cfg.get('NUM_DIR_BINS', 6),
                                   **anchor_target_cfg.get('BOX_CODER_CONFIG', {}))

        anchor_generator_cfg = check_anchor_generator_cfg(self.model_cfg.ANCHOR_GENERATOR_CONFIG,
                                                          f'{cfg_path}.ANCHOR_GENERATOR_CONFIG')
        anchors, self.num_anchors_per_location = self.generate_anchors(
            anchor_generator_cfg, grid_size=grid_size, point_cloud_range=point_cloud_range,
            anchor_ndim=self.box_coder.code_size)
        self.num_anchor_sets = len(anchors)
        for i, a in enumerate(anchors):
            self.register_buffer(f'anchors_{i}', a, persistent=False)
        self.target_assigner = self.get_target_assigner(anchor_target_cfg, cfg_path)

        self.forward_ret_dict = {}
        check_keys(self.model_cfg.LOSS_CONFIG, ('LOSS_WEIGHTS',), f'{cfg_path}.LOSS_CONFIG')
        check_keys(self.model_cfg.LOSS_CONFIG.LOSS_WEIGHTS, ('cls_weight', 'loc_weight', 'dir_weight',
                                                             'code_weights'),
                   f'{cfg_path}.LOSS_CONFIG.LOSS_WEIGHTS')
        self.build_losses(self.model_cfg.LOSS_CONFIG, cfg_path)

    @property
    def anchors(self) -> List[torch.Tensor]:
        """OpenPCDet's list of per-class anchor grids, on the module's device."""
        return [getattr(self, f'anchors_{i}') for i in range(self.num_anchor_sets)]

    @staticmethod
    def generate_anchors(anchor_generator_cfg, grid_size, point_cloud_range, anchor_ndim=7):
        anchor_generator = AnchorGenerator(anchor_range=point_cloud_range,
                                           anchor_generator_config=anchor_generator_cfg)
        grid_size = np.asarray(grid_size)
        feature_map_size = [grid_size[:2] // config['feature_map_stride'] for config in anchor_generator_cfg]
        anchors_list, num_anchors_per_location_list = anchor_generator.generate_anchors(feature_map_size)
        if anchor_ndim != 7:
            for idx, anchors in enumerate(anchors_list):
                pad_zeros = anchors.new_zeros([*anchors.shape[0:-1], anchor_ndim - 7])
                anchors_list[idx] = torch.cat((anchors, pad_zeros), dim=-1)
        return anchors_list, num_anchors_per_location_list

    def get_target_assigner(self, anchor_target_cfg, cfg_path='MODEL.DENSE_HEAD'):
        assigner_cls = registry.get('TARGET_ASSIGNER', anchor_target_cfg.NAME,
                                    f'{cfg_path}.TARGET_ASSIGNER_CONFIG.NAME')
        return assigner_cls(model_cfg=self.model_cfg, class_names=self.class_names, box_coder=self.box_coder,
                            match_height=anchor_target_cfg.get('MATCH_HEIGHT', False), cfg_path=cfg_path)

    def build_losses(self, losses_cfg, cfg_path='MODEL.DENSE_HEAD'):
        self.add_module('cls_loss_func', loss_utils.SigmoidFocalClassificationLoss(alpha=0.25, gamma=2.0))
        reg_loss_name = losses_cfg.get('REG_LOSS_TYPE', None) or 'WeightedSmoothL1Loss'
        reg_cls = registry.get('REG_LOSS', reg_loss_name, f'{cfg_path}.LOSS_CONFIG.REG_LOSS_TYPE')
        self.add_module('reg_loss_func', reg_cls(code_weights=losses_cfg.LOSS_WEIGHTS['code_weights']))
        self.add_module('dir_loss_func', loss_utils.WeightedCrossEntropyLoss())

    def assign_targets(self, gt_boxes):
        """gt_boxes: (B, M, 8) -> dict of box_cls_labels, box_reg_targets, reg_weights."""
        return self.target_assigner.assign_targets(self.anchors, gt_boxes)

    def get_cls_layer_loss(self):
        cls_preds = self.forward_ret_dict['cls_preds']
        box_cls_labels = self.forward_ret_dict['box_cls_labels']
        batch_size = int(cls_preds.shape[0])
        cared = box_cls_labels >= 0
        positives = box_cls_labels > 0
        negatives = box_cls_labels == 0
        cls_weights = (negatives * 1.0 + 1.0 * positives).float()
        if self.num_class == 1:  # class agnostic
            box_cls_labels = torch.where(positives, torch.ones_like(box_cls_labels), box_cls_labels)
        pos_normalizer = positives.sum(1, keepdim=True).float()
        cls_weights = cls_weights / torch.clamp(pos_normalizer, min=1.0)
        cls_targets = box_cls_labels * cared.type_as(box_cls_labels)
        one_hot_targets = torch.zeros(*list(cls_targets.shape), self.num_class + 1, dtype=cls_preds.dtype,
                                      device=cls_targets.device)
        one_hot_targets.scatter_(-1, cls_targets.unsqueeze(dim=-1).long(), 1.0)
        cls_preds = cls_preds.view(batch_size, -1, self.num_class)
        one_hot_targets = one_hot_targets[..., 1:]
        cls_loss_src = self.cls_loss_func(cls_preds, one_hot_targets, weights=cls_weights)
        cls_loss = cls_loss_src.sum() / batch_size
        cls_loss = cls_loss * self.model_cfg.LOSS_CONFIG.LOSS_WEIGHTS['cls_weight']
        return cls_loss, {'rpn_loss_cls': cls_loss.item()}

    @staticmethod
    def add_sin_difference(boxes1, boxes2, dim=6):
        """Replace the heading of both by sin(a)cos(b) / cos(a)sin(b), so their difference is sin(a - b)."""
        rad_pred_encoding = torch.sin(boxes1[..., dim:dim + 1]) * torch.cos(boxes2[..., dim:dim + 1])
        rad_tg_encoding = torch.cos(boxes1[..., dim:dim + 1]) * torch.sin(boxes2[..., dim:dim + 1])
        boxes1 = torch.cat([boxes1[..., :dim], rad_pred_encoding, boxes1[..., dim + 1:]], dim=-1)
        boxes2 = torch.cat([boxes2[..., :dim], rad_tg_encoding, boxes2[..., dim + 1:]], dim=-1)
        return boxes1, boxes2

    @staticmethod
    def get_direction_target(anchors, reg_targets, one_hot=True, dir_offset=0, num_bins=2):
        batch_size = reg_targets.shape[0]
        anchors = anchors.view(batch_size, -1, anchors.shape[-1])
        rot_gt = reg_targets[..., 6] + anchors[..., 6]
        offset_rot = common_utils.limit_period(rot_gt - dir_offset, 0, 2 * np.pi)
        dir_cls_targets = torch.floor(offset_rot / (2 * np.pi / num_bins)).long()
        dir_cls_targets = torch.clamp(dir_cls_targets, min=0, max=num_bins - 1)
        if one_hot:
            dir_targets = torch.zeros(*list(dir_cls_targets.shape), num_bins, dtype=anchors.dtype,
                                      device=dir_cls_targets.device)
            dir_targets.scatter_(-1, dir_cls_targets.unsqueeze(dim=-1).long(), 1.0)
            dir_cls_targets = dir_targets
        return dir_cls_targets

    def get_flat_anchors(self) -> torch.Tensor:
        """All anchors (A, 7 + C) in the head's output order."""
        anchors = torch.cat(self.anchors, dim=-3)
        return anchors.view(-1, anchors.shape[-1])

    def get_box_reg_layer_loss(self):
        """Smooth-L1 (sin-difference heading) and direction losses, normalised per frame by its positives.

        Only positive anchors carry weight, so both losses are computed on them alone: the same value and
        gradients as OpenPCDet's dense form, without (B, A, 7) temporaries.
        """
        box_preds = self.forward_ret_dict['box_preds']
        box_dir_cls_preds = self.forward_ret_dict.get('dir_cls_preds', None)
        box_reg_targets = self.forward_ret_dict['box_reg_targets']
        box_cls_labels = self.forward_ret_dict['box_cls_labels']
        batch_size = int(box_preds.shape[0])

        positives = box_cls_labels > 0
        pos_normalizer = positives.sum(1, keepdim=True).float()
        reg_weights = positives.float() / torch.clamp(pos_normalizer, min=1.0)
        pos_b, pos_a = positives.nonzero(as_tuple=True)
        weights = reg_weights[pos_b, pos_a].unsqueeze(0)  # (1, P)

        box_preds = box_preds.view(batch_size, -1, box_preds.shape[-1] // self.num_anchors_per_location)
        pos_preds = box_preds[pos_b, pos_a].unsqueeze(0)  # (1, P, code_size)
        pos_targets = box_reg_targets[pos_b, pos_a].unsqueeze(0)
        box_preds_sin, reg_targets_sin = self.add_sin_difference(pos_preds, pos_targets)
        loc_loss_src = self.reg_loss_func(box_preds_sin, reg_targets_sin, weights=weights)
        loc_loss = loc_loss_src.sum() / batch_size
        loc_loss = loc_loss * self.model_cfg.LOSS_CONFIG.LOSS_WEIGHTS['loc_weight']
        box_loss = loc_loss
        tb_dict = {'rpn_loss_loc': loc_loss.item()}

        if box_dir_cls_preds is not None:
            pos_anchors = self.get_flat_anchors()[pos_a].unsqueeze(0)
            dir_targets = self.get_direction_target(pos_anchors, pos_targets, dir_offset=self.model_cfg.DIR_OFFSET,
                                                    num_bins=self.model_cfg.NUM_DIR_BINS)
            dir_logits = box_dir_cls_preds.view(batch_size, -1, self.model_cfg.NUM_DIR_BINS)[pos_b, pos_a]
            dir_loss = self.dir_loss_func(dir_logits.unsqueeze(0), dir_targets, weights=weights.type_as(dir_logits))
            dir_loss = dir_loss.sum() / batch_size
            dir_loss = dir_loss * self.model_cfg.LOSS_CONFIG.LOSS_WEIGHTS['dir_weight']
            box_loss = box_loss + dir_loss
            tb_dict['rpn_loss_dir'] = dir_loss.item()
        return box_loss, tb_dict

    def get_loss(self):
        cls_loss, tb_dict = self.get_cls_layer_loss()
        box_loss, tb_dict_box = self.get_box_reg_layer_loss()
        tb_dict.update(tb_dict_box)
        rpn_loss = cls_loss + box_loss
        tb_dict['rpn_loss'] = rpn_loss.item()
        return rpn_loss, tb_dict

    def generate_predicted_boxes(self, batch_size, cls_preds, box_preds, dir_cls_preds=None):
        """cls_preds (B, H, W, A*K), box_preds (B, H, W, A*code), dir_cls_preds (B, H, W, A*bins)
        -> batch_cls_preds (B, H*W*A, K) logits, batch_box_preds (B, H*W*A, 7 + C) decoded LiDAR boxes."""
        anchors = self.get_flat_anchors()
        num_anchors = anchors.shape[0]
        batch_anchors = anchors.view(1, -1, anchors.shape[-1]).repeat(batch_size, 1, 1)
        batch_cls_preds = cls_preds.view(batch_size, num_anchors, -1).float()
        batch_box_preds = box_preds.view(batch_size, num_anchors, -1)
        batch_box_preds = self.box_coder.decode_torch(batch_box_preds, batch_anchors)

        if dir_cls_preds is not None:
            dir_offset = self.model_cfg.DIR_OFFSET
            dir_limit_offset = self.model_cfg.DIR_LIMIT_OFFSET
            dir_cls_preds = dir_cls_preds.view(batch_size, num_anchors, -1)
            dir_labels = torch.max(dir_cls_preds, dim=-1)[1]
            period = (2 * math.pi / self.model_cfg.NUM_DIR_BINS)
            dir_rot = common_utils.limit_period(batch_box_preds[..., 6] - dir_offset, dir_limit_offset, period)
            heading = dir_rot + dir_offset + period * dir_labels.to(batch_box_preds.dtype)
            batch_box_preds = torch.cat([batch_box_preds[..., :6], heading.unsqueeze(-1),
                                         batch_box_preds[..., 7:]], dim=-1)
        return batch_cls_preds, batch_box_preds

    def forward(self, **kwargs):
        raise NotImplementedError
