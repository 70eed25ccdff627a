"""Score threshold + NMS selection (OpenPCDet's model_nms_utils); NMS_TYPE names a function in ops.iou3d_nms."""
from typing import Tuple

import torch

from ... import registry


def _nms(boxes: torch.Tensor, scores: torch.Tensor, nms_config) -> torch.Tensor:
    nms_func = registry.get('NMS_TYPE', nms_config.NMS_TYPE, 'MODEL.POST_PROCESSING.NMS_CONFIG.NMS_TYPE')
    keep_idx, _ = nms_func(boxes[:, 0:7], scores, nms_config.NMS_THRESH)
    return keep_idx[:nms_config.NMS_POST_MAXSIZE]


def class_agnostic_nms(box_scores, box_preds, nms_config, score_thresh=None) -> Tuple[torch.Tensor, torch.Tensor]:
    """box_scores (N,), box_preds (N, 7 + C) -> (selected indices into the inputs, their scores)."""
    src_box_scores = box_scores
    if score_thresh is not None:
        scores_mask = box_scores >= score_thresh
        box_scores = box_scores[scores_mask]
        box_preds = box_preds[scores_mask]

    selected = torch.zeros((0,), dtype=torch.long, device=box_scores.device)
    if box_scores.shape[0] > 0:
        box_scores_nms, indices = torch.topk(box_scores, k=min(nms_config.NMS_PRE_MAXSIZE, box_scores.shape[0]))
        selected = indices[_nms(box_preds[indices], box_scores_nms, nms_config)]

    if score_thresh is not None:
        selected = scores_mask.nonzero().view(-1)[selected]
    return selected, src_box_scores[selected]


def multi_classes_nms(cls_scores, box_preds, nms_config, score_thresh=None):
    """cls_scores (N, K), box_preds (N, 7 + C) -> (scores, labels 0-based, boxes), NMS run per class."""
    pred_scores, pred_labels, pred_boxes = [], [], []
    for k in range(cls_scores.shape[1]):
        if score_thresh is not None:
            scores_mask = cls_scores[:, k] >= score_thresh
            box_scores = cls_scores[scores_mask, k]
            cur_box_preds = box_preds[scores_mask]
        else:
            box_scores = cls_scores[:, k]
            cur_box_preds = box_preds

        selected = torch.zeros((0,), dtype=torch.long, device=cls_scores.device)
        if box_scores.shape[0] > 0:
            box_scores_nms, indices = torch.topk(box_scores,
                                                 k=min(nms_config.NMS_PRE_MAXSIZE, box_scores.shape[0]))
            selected = indices[_nms(cur_box_preds[indices], box_scores_nms, nms_config)]
        pred_scores.append(box_scores[selected])
        pred_labels.append(torch.full((len(selected),), k, dtype=torch.long, device=cls_scores.device))
        pred_boxes.append(cur_box_preds[selected])
    return torch.cat(pred_scores, dim=0), torch.cat(pred_labels, dim=0), torch.cat(pred_boxes, dim=0)
