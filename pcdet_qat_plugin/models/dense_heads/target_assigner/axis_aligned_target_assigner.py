"""AxisAlignedTargetAssigner: per class, anchors matched to gt boxes by nearest axis-aligned BEV IoU.

Vectorised in torch over anchors and gt boxes; the only Python loops are over frames and anchor classes.
"""
from typing import Dict, List

import torch

from ....errors import ConfigError
from ....ops import iou3d_nms
from ...model_utils.cfg_utils import check_keys


class AxisAlignedTargetAssigner(object):
    """Labels: gt class (1-based) for IoU >= matched_threshold or the best anchor of a gt, 0 below
    unmatched_threshold, -1 (ignored) in between; regression targets from the box coder."""

    REQUIRED_KEYS = ('POS_FRACTION', 'SAMPLE_SIZE', 'NORM_BY_NUM_EXAMPLES')

    def __init__(self, model_cfg, class_names, box_coder, match_height: bool = False,
                 cfg_path: str = 'MODEL.DENSE_HEAD'):
        super().__init__()
        anchor_generator_cfg = model_cfg.ANCHOR_GENERATOR_CONFIG
        anchor_target_cfg = model_cfg.TARGET_ASSIGNER_CONFIG
        check_keys(anchor_target_cfg, self.REQUIRED_KEYS, f'{cfg_path}.TARGET_ASSIGNER_CONFIG')
        self.box_coder = box_coder
        self.match_height = match_height
        self.class_names = list(class_names)
        self.anchor_class_names = [config['class_name'] for config in anchor_generator_cfg]
        self.pos_fraction = anchor_target_cfg.POS_FRACTION if anchor_target_cfg.POS_FRACTION >= 0 else None
        self.sample_size = anchor_target_cfg.SAMPLE_SIZE
        self.norm_by_num_examples = anchor_target_cfg.NORM_BY_NUM_EXAMPLES
        self.matched_thresholds = {c['class_name']: c['matched_threshold'] for c in anchor_generator_cfg}
        self.unmatched_thresholds = {c['class_name']: c['unmatched_threshold'] for c in anchor_generator_cfg}
        self.use_multihead = model_cfg.get('USE_MULTIHEAD', False)
        self.sparse = True  # assign_targets_sparse when it gives the same result (False: per-class path)
        self.anchor_class_ids = []
        for i, name in enumerate(self.anchor_class_names):
            if name not in self.class_names:
                raise ConfigError(f'{cfg_path}.ANCHOR_GENERATOR_CONFIG[{i}].class_name: {name!r} is not in '
                                  f'CLASS_NAMES {self.class_names}')
            self.anchor_class_ids.append(self.class_names.index(name) + 1)

    def assign_targets(self, all_anchors: List[torch.Tensor], gt_boxes_with_classes: torch.Tensor) -> Dict:
        """all_anchors: [(1, ny, nx, num_size, num_rot, 7)] per class; gt_boxes_with_classes: (B, M, 8).

        Returns box_cls_labels (B, A) int32, box_reg_targets (B, A, code_size), reg_weights (B, A), with
        A anchors ordered (y, x, class, size, rot) like the head's outputs.
        """
        if self.sparse and self.pos_fraction is None and all(
                self.matched_thresholds[n] > 0 and self.unmatched_thresholds[n] > 0 for n in self.anchor_class_names):
            return self.assign_targets_sparse(all_anchors, gt_boxes_with_classes)
        batch_size = gt_boxes_with_classes.shape[0]
        gt_classes = gt_boxes_with_classes[:, :, -1].int()
        gt_boxes = gt_boxes_with_classes[:, :, :-1]
        flat_anchors = [a.view(-1, a.shape[-1]) for a in all_anchors]
        bbox_targets, cls_labels, reg_weights = [], [], []
        for k in range(batch_size):
            valid = gt_boxes[k].abs().sum(dim=-1) > 0
            num_valid = int(valid.nonzero()[-1, 0]) + 1 if bool(valid.any()) else 0
            cur_gt, cur_cls = gt_boxes[k][:num_valid], gt_classes[k][:num_valid]

            target_list = []
            for class_id, name, grid_anchors, anchors in zip(self.anchor_class_ids, self.anchor_class_names,
                                                            all_anchors, flat_anchors):
                mask = cur_cls == class_id
                target_list.append(self.assign_targets_single(
                    anchors, cur_gt[mask], gt_classes=cur_cls[mask],
                    matched_threshold=self.matched_thresholds[name],
                    unmatched_threshold=self.unmatched_thresholds[name], grid_anchors=grid_anchors))

            fmap = all_anchors[0].shape[:3]
            code_size = self.box_coder.code_size
            bbox_targets.append(torch.cat([t['box_reg_targets'].view(*fmap, -1, code_size) for t in target_list],
                                          dim=-2).view(-1, code_size))
            cls_labels.append(torch.cat([t['box_cls_labels'].view(*fmap, -1) for t in target_list], dim=-1).view(-1))
            reg_weights.append(torch.cat([t['reg_weights'].view(*fmap, -1) for t in target_list], dim=-1).view(-1))

        return {
            'box_cls_labels': torch.stack(cls_labels, dim=0),
            'box_reg_targets': torch.stack(bbox_targets, dim=0),
            'reg_weights': torch.stack(reg_weights, dim=0),
        }

    @staticmethod
    def _valid_gt(gt_boxes: torch.Tensor) -> int:
        """Number of leading rows up to the last non-zero box (OpenPCDet drops the zero padding)."""
        valid = (gt_boxes.abs().sum(dim=-1) > 0).nonzero()
        return int(valid[-1, 0]) + 1 if valid.shape[0] > 0 else 0

    def assign_targets_sparse(self, all_anchors: List[torch.Tensor], gt_boxes_with_classes: torch.Tensor) -> Dict:
        """assign_targets for POS_FRACTION < 0 and positive thresholds, computed on the anchors near a gt box
        only and written straight into the (B, A) outputs: every other anchor has IoU 0 with all boxes, so
        it is background (label 0, zero target), exactly as in the dense computation."""
        batch_size = gt_boxes_with_classes.shape[0]
        per_cell = [a[0, 0, 0].numel() // a.shape[-1] for a in all_anchors]
        total, code_size = sum(per_cell), self.box_coder.code_size
        num_cells = all_anchors[0].shape[1] * all_anchors[0].shape[2]
        device, dtype = all_anchors[0].device, all_anchors[0].dtype
        labels = torch.zeros((batch_size, num_cells * total), dtype=torch.int32, device=device)
        targets = torch.zeros((batch_size, num_cells * total, code_size), dtype=dtype, device=device)
        for k in range(batch_size):
            num_valid = self._valid_gt(gt_boxes_with_classes[k, :, :-1])
            cur_gt = gt_boxes_with_classes[k, :num_valid, :-1]
            cur_cls = gt_boxes_with_classes[k, :num_valid, -1].int()
            offset = 0
            for class_id, name, grid, n_c in zip(self.anchor_class_ids, self.anchor_class_names, all_anchors, per_cell):
                mask = cur_cls == class_id
                gt, gt_cls = cur_gt[mask], cur_cls[mask]
                if gt.shape[0] > 0:
                    anchors = grid.view(-1, grid.shape[-1])
                    cand = self.candidate_anchors(grid, iou3d_nms.boxes3d_lidar_to_aligned_bev_boxes(gt))
                    if cand.shape[0] > 0:
                        lab, fg, argmax = self._label_candidates(
                            self.box_overlap(anchors[cand], gt), gt_cls, self.matched_thresholds[name],
                            self.unmatched_thresholds[name])
                        final = (cand // n_c) * total + offset + cand % n_c
                        labels[k, final] = lab
                        targets[k, final[fg]] = self.box_coder.encode_torch(gt[argmax[fg]], anchors[cand[fg]])
                offset += n_c
        if self.norm_by_num_examples:
            num_examples = (labels >= 0).sum(dim=1, keepdim=True).clamp_min(1).to(dtype)
            reg_weights = (labels > 0).to(dtype) / num_examples
        else:
            reg_weights = (labels > 0).to(dtype)
        return {'box_cls_labels': labels, 'box_reg_targets': targets, 'reg_weights': reg_weights}

    @staticmethod
    def _label_candidates(overlap, gt_classes, matched_threshold, unmatched_threshold):
        """(C, G) IoUs -> labels (C,) int32, fg mask (C,), best gt (C,), in OpenPCDet's order: forced best
        anchors of each gt and IoU >= matched get the gt class, IoU < unmatched 0, the rest -1."""
        cand_max, argmax = overlap.max(dim=1)
        gt_max = overlap.max(dim=0)[0]
        gt_max = torch.where(gt_max == 0, torch.full_like(gt_max, -1), gt_max)
        forced = (overlap == gt_max[None, :]).any(dim=1)
        bg = cand_max < unmatched_threshold
        positive = forced | ((cand_max >= matched_threshold) & ~bg)
        lab = torch.where(positive, gt_classes[argmax], torch.where(bg, torch.zeros_like(argmax),
                                                                    torch.full_like(argmax, -1))).int()
        return lab, lab > 0, argmax

    @staticmethod
    def candidate_anchors(grid_anchors: torch.Tensor, gt_bev: torch.Tensor) -> torch.Tensor:
        """Flat indices of the anchors of a (1, ny, nx, S, R, 7+) grid whose nearest-BEV box can overlap one
        of the (G, 4) [x1, y1, x2, y2] gt boxes; every other anchor has IoU 0 with all of them."""
        per_cell = grid_anchors[0, 0, 0].numel() // grid_anchors.shape[-1]
        # largest half-extent of any anchor (sizes repeat in every cell), with slack
        reach = grid_anchors[0, 0, 0, ..., 3:5].max() / 2 + 1e-4
        xs = grid_anchors[0, 0, :, 0, 0, 0]
        ys = grid_anchors[0, :, 0, 0, 0, 1]
        x_ok = (xs[:, None] > gt_bev[None, :, 0] - reach) & (xs[:, None] < gt_bev[None, :, 2] + reach)  # (nx, G)
        y_ok = (ys[:, None] > gt_bev[None, :, 1] - reach) & (ys[:, None] < gt_bev[None, :, 3] + reach)  # (ny, G)
        cells = (y_ok.float() @ x_ok.float().t()).view(-1).nonzero()[:, 0]  # (ny * nx) cells, row-major
        offsets = torch.arange(per_cell, device=cells.device)
        return (cells[:, None] * per_cell + offsets[None, :]).view(-1)

    def box_overlap(self, anchors, gt_boxes):
        """(C, 7) anchors x (G, 7) gt -> (C, G): nearest axis-aligned BEV IoU, or 3D IoU with MATCH_HEIGHT."""
        if self.match_height:
            return iou3d_nms.boxes_iou3d(anchors[:, 0:7], gt_boxes[:, 0:7])
        return iou3d_nms.boxes_iou_normal(iou3d_nms.boxes3d_lidar_to_aligned_bev_boxes(anchors),
                                          iou3d_nms.boxes3d_lidar_to_aligned_bev_boxes(gt_boxes))

    def assign_targets_single(self, anchors, gt_boxes, gt_classes, matched_threshold=0.6,
                              unmatched_threshold=0.45, grid_anchors=None) -> Dict[str, torch.Tensor]:
        """anchors: (A, 7), gt_boxes: (G, 7), gt_classes: (G,) 1-based -> labels (A,), targets, weights.

        With `grid_anchors` (the same anchors as a (1, ny, nx, S, R, 7) grid) IoUs are computed only for
        anchors near a gt box; the result equals the dense computation.
        """
        device = anchors.device
        num_anchors, num_gt = anchors.shape[0], gt_boxes.shape[0]
        labels = torch.full((num_anchors,), -1, dtype=torch.int32, device=device)
        bbox_targets = anchors.new_zeros((num_anchors, self.box_coder.code_size))

        if num_gt > 0 and num_anchors > 0:
            sparse = grid_anchors is not None and matched_threshold > 0 and unmatched_threshold > 0
            if sparse:
                gt_bev = iou3d_nms.boxes3d_lidar_to_aligned_bev_boxes(gt_boxes)
                cand = self.candidate_anchors(grid_anchors, gt_bev)
                overlap = self.box_overlap(anchors[cand], gt_boxes)
            else:
                cand = torch.arange(num_anchors, device=device)
                overlap = self.box_overlap(anchors, gt_boxes)
            anchor_to_gt_max = anchors.new_zeros((num_anchors,))
            anchor_to_gt_argmax = torch.zeros((num_anchors,), dtype=torch.long, device=device)
            if overlap.shape[0] > 0:
                cand_max, cand_argmax = overlap.max(dim=1)
                anchor_to_gt_max[cand] = cand_max.to(anchor_to_gt_max.dtype)
                anchor_to_gt_argmax[cand] = cand_argmax
                gt_to_anchor_max = overlap.max(dim=0)[0]
            else:
                gt_to_anchor_max = overlap.new_zeros((num_gt,))
            # a gt box no anchor touches forces nothing (OpenPCDet sets its max to -1)
            gt_to_anchor_max = torch.where(gt_to_anchor_max == 0, torch.full_like(gt_to_anchor_max, -1),
                                           gt_to_anchor_max)
            # every anchor that is the (tied) best anchor of some gt box is forced positive
            anchors_with_max_overlap = cand[(overlap == gt_to_anchor_max[None, :]).any(dim=1)]
            gt_inds_force = anchor_to_gt_argmax[anchors_with_max_overlap]
            labels[anchors_with_max_overlap] = gt_classes[gt_inds_force]
            pos_inds = anchor_to_gt_max >= matched_threshold
            labels[pos_inds] = gt_classes[anchor_to_gt_argmax[pos_inds]]
            bg_mask = anchor_to_gt_max < unmatched_threshold
        else:
            bg_mask = torch.ones((num_anchors,), dtype=torch.bool, device=device)

        if self.pos_fraction is not None:
            fg_inds = (labels > 0).nonzero()[:, 0]
            num_fg = int(self.pos_fraction * self.sample_size)
            if len(fg_inds) > num_fg:
                disable = fg_inds[torch.randperm(len(fg_inds), device=device)[:len(fg_inds) - num_fg]]
                labels[disable] = -1
            num_bg = self.sample_size - int((labels > 0).sum())
            bg_inds = bg_mask.nonzero()[:, 0]
            if len(bg_inds) > num_bg:
                labels[bg_inds[torch.randint(0, len(bg_inds), size=(num_bg,), device=device)]] = 0
            else:
                labels[bg_inds] = 0
        elif num_gt == 0 or num_anchors == 0:
            labels[:] = 0
        else:
            labels[bg_mask] = 0
            labels[anchors_with_max_overlap] = gt_classes[gt_inds_force]

        fg_mask = labels > 0
        if num_gt > 0 and num_anchors > 0 and bool(fg_mask.any()):
            bbox_targets[fg_mask] = self.box_coder.encode_torch(
                gt_boxes[anchor_to_gt_argmax[fg_mask]], anchors[fg_mask])

        reg_weights = anchors.new_zeros((num_anchors,))
        if self.norm_by_num_examples:
            num_examples = max(float((labels >= 0).sum()), 1.0)
            reg_weights[fg_mask] = 1.0 / num_examples
        else:
            reg_weights[fg_mask] = 1.0
        return {'box_cls_labels': labels, 'box_reg_targets': bbox_targets, 'reg_weights': reg_weights}
