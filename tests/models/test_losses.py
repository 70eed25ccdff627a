"""The head's positive-only box / direction losses equal OpenPCDet's dense formulation (value and gradient)."""
import math

import pytest
import torch

import pcdet_qat_plugin
from pcdet_qat_plugin.models import load_data_to_device
from pcdet_qat_plugin.utils.common_utils import limit_period

from .helpers import random_batch, small_cfg


def _dense_reference(head, box_preds, dir_preds):
    """OpenPCDet's get_box_reg_layer_loss, over every anchor."""
    d = head.forward_ret_dict
    labels, targets = d['box_cls_labels'], d['box_reg_targets']
    batch = box_preds.shape[0]
    pos = labels > 0
    w = pos.float() / pos.sum(1, keepdim=True).float().clamp(min=1)
    preds = box_preds.view(batch, -1, 7)
    a, b = head.add_sin_difference(preds, targets)
    diff = (a - b) * head.reg_loss_func.code_weights
    n = diff.abs()
    beta = head.reg_loss_func.beta
    loc = (torch.where(n < beta, 0.5 * n ** 2 / beta, n - 0.5 * beta) * w.unsqueeze(-1)).sum() / batch * 2.0
    anchors = head.get_flat_anchors().unsqueeze(0).repeat(batch, 1, 1)
    rot = limit_period(targets[..., 6] + anchors[..., 6] - 0.78539, 0, 2 * math.pi)
    dir_t = torch.clamp(torch.floor(rot / math.pi).long(), 0, 1)
    ce = torch.nn.functional.cross_entropy(dir_preds.view(batch, -1, 2).permute(0, 2, 1), dir_t, reduction='none')
    return loc + (ce * w).sum() / batch * 0.2


def test_box_losses_equal_dense_form():
    torch.manual_seed(0)
    cfg = small_cfg()
    model = pcdet_qat_plugin.build_model(cfg).train()
    model(load_data_to_device(random_batch(cfg, batch_size=2, seed=6)))
    head = model.dense_head
    d = head.forward_ret_dict
    box_preds = d['box_preds'].detach().clone().requires_grad_(True)
    dir_preds = d['dir_cls_preds'].detach().clone().requires_grad_(True)
    d['box_preds'], d['dir_cls_preds'] = box_preds, dir_preds
    loss, tb = head.get_box_reg_layer_loss()
    grads = torch.autograd.grad(loss, (box_preds, dir_preds))
    ref = _dense_reference(head, box_preds, dir_preds)
    ref_grads = torch.autograd.grad(ref, (box_preds, dir_preds))
    assert (d['box_cls_labels'] > 0).sum() > 0
    assert loss.item() == pytest.approx(ref.item(), rel=1e-5)
    for g, r in zip(grads, ref_grads):
        assert torch.allclose(g, r, atol=1e-7)
    assert set(tb) == {'rpn_loss_loc', 'rpn_loss_dir'}
