"""AxisAlignedTargetAssigner: the sparse (near-gt anchors only) matching equals the dense one, and labels
follow OpenPCDet's rules on a hand-placed box."""
import math

import torch

import pcdet_qat_plugin

from .helpers import small_cfg


def _head():
    return pcdet_qat_plugin.build_model(small_cfg()).dense_head


def test_sparse_matching_equals_dense():
    head = _head()
    assigner = head.target_assigner
    gen = torch.Generator().manual_seed(0)
    seen = set()
    for name, grid in zip(assigner.anchor_class_names, head.anchors):
        anchors = grid.view(-1, 7)
        gt = torch.rand((6, 7), generator=gen) * torch.tensor([10.24, 10.24, 1, 3, 2, 1, 2 * math.pi])
        gt[:, 1] -= 5.12
        gt[:, 3:6] += 0.4
        gt[0, 0:2] = torch.tensor([-0.5, 5.3])  # centre outside the range, box still overlapping it
        classes = torch.ones((6,), dtype=torch.int32)
        kw = dict(matched_threshold=assigner.matched_thresholds[name],
                  unmatched_threshold=assigner.unmatched_thresholds[name])
        dense = assigner.assign_targets_single(anchors, gt, classes, **kw)
        sparse = assigner.assign_targets_single(anchors, gt, classes, grid_anchors=grid, **kw)
        for key in dense:
            assert torch.equal(dense[key], sparse[key]), (name, key)
        seen.update(dense['box_cls_labels'].unique().tolist())
    assert seen == {-1, 0, 1}


def test_labels_for_a_box_on_an_anchor():
    head = _head()
    car = head.anchors[0]  # (1, 32, 32, 1, 2, 7): a 3.9 x 1.6 car anchor at heading 0 and 1.57
    anchor = car[0, 10, 12, 0, 0]
    gt = torch.cat([anchor, torch.tensor([1.0])]).view(1, 1, 8)
    targets = head.assign_targets(gt)
    labels = targets['box_cls_labels'].view(32, 32, 6)
    assert labels[10, 12, 0] == 1 and labels[10, 12, 1] == 0   # turned anchor: IoU 0.16 < 0.45
    assert (labels[..., 2:] == 0).all()                        # pedestrian / cyclist anchors: background
    assert torch.allclose(targets['box_reg_targets'].view(32, 32, 6, 7)[10, 12, 0], torch.zeros(7), atol=1e-6)
    assert int((labels == -1).sum()) > 0 and targets['reg_weights'].sum() == (labels > 0).sum()


def test_sparse_batch_path_equals_per_class_path():
    head = _head()
    assigner = head.target_assigner
    gen = torch.Generator().manual_seed(1)
    gt = torch.zeros((3, 9, 8))
    for k, n in enumerate([9, 4, 0]):  # full, zero-padded, empty frame
        boxes = torch.rand((n, 7), generator=gen) * torch.tensor([11.0, 11.0, 1, 3, 2, 1, 6.3])
        boxes[:, 1] -= 5.5
        boxes[:, 3:6] += 0.4
        gt[k, :n, :7] = boxes
        gt[k, :n, 7] = torch.arange(n) % 3 + 1
    assigner.sparse = False
    dense = head.assign_targets(gt)
    assigner.sparse = True
    sparse = head.assign_targets(gt)
    for key in dense:
        assert torch.equal(dense[key], sparse[key]), key
    assert (sparse['box_cls_labels'][0] > 0).any() and (sparse['box_cls_labels'][2] == 0).all()
