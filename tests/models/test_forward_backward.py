"""Built-in PointPillar on a reduced 64 x 64 grid: train step (loss, grads) and eval outputs, 4 and 8 features."""
import numpy as np
import pytest
import torch

import pcdet_qat_plugin
from pcdet_qat_plugin.models import load_data_to_device

from .helpers import random_batch, small_cfg

PAINTED = ['DATA_CONFIG.POINT_FEATURE_ENCODING.used_feature_list',
           "['x','y','z','intensity','s0','s1','s2','s3']"]


@pytest.mark.parametrize('extra, in_features', [([], 10), (PAINTED, 14)])
def test_train_step_loss_and_grads(extra, in_features):
    torch.manual_seed(0)
    cfg = small_cfg(extra)
    model = pcdet_qat_plugin.build_model(cfg)
    assert model.vfe.pfn_layers[0].linear.weight.shape == (64, in_features)
    model.train()
    batch = load_data_to_device(random_batch(cfg, batch_size=2, seed=1))
    assert batch['voxels'].shape[-1] == in_features - 6
    ret_dict, tb_dict, disp_dict = model(batch)
    loss = ret_dict['loss']
    assert loss.dim() == 0 and torch.isfinite(loss) and loss.item() > 0
    assert set(tb_dict) >= {'loss_rpn', 'rpn_loss_cls', 'rpn_loss_loc', 'rpn_loss_dir', 'rpn_loss'}
    labels = model.dense_head.forward_ret_dict['box_cls_labels']
    assert labels.shape == (2, 32 * 32 * 6) and (labels > 0).any()
    loss.backward()
    for name, p in model.named_parameters():
        assert p.grad is not None and torch.isfinite(p.grad).all(), name
    assert model.vfe.pfn_layers[0].linear.weight.grad.abs().sum() > 0
    model.update_global_step()
    assert int(model.global_step) == 1


def test_eval_outputs_and_batch_keys():
    torch.manual_seed(0)
    cfg = small_cfg(['MODEL.POST_PROCESSING.SCORE_THRESH', '0.0'])
    model = pcdet_qat_plugin.build_model(cfg).eval()
    batch = load_data_to_device(random_batch(cfg, batch_size=2, seed=2))
    with torch.no_grad():
        pred_dicts, recall_dict = model(batch)
    assert batch['spatial_features'].shape == (2, 64, 64, 64)
    assert batch['spatial_features_2d'].shape == (2, 384, 32, 32)
    assert batch['batch_cls_preds'].shape == (2, 32 * 32 * 6, 3)
    assert batch['batch_box_preds'].shape == (2, 32 * 32 * 6, 7)
    assert len(pred_dicts) == 2 and recall_dict['gt'] == 6
    for p in pred_dicts:
        k = p['pred_boxes'].shape[0]
        assert 0 < k <= cfg.MODEL.POST_PROCESSING.NMS_CONFIG.NMS_POST_MAXSIZE
        assert p['pred_boxes'].shape == (k, 7) and p['pred_scores'].shape == (k,)
        assert p['pred_labels'].min() >= 1 and p['pred_labels'].max() <= 3
        assert torch.all(p['pred_scores'][:-1] >= p['pred_scores'][1:])


def test_multi_class_nms_labels():
    torch.manual_seed(0)
    cfg = small_cfg(['MODEL.POST_PROCESSING.SCORE_THRESH', '0.0',
                     'MODEL.POST_PROCESSING.NMS_CONFIG.MULTI_CLASSES_NMS', 'True'])
    model = pcdet_qat_plugin.build_model(cfg).eval()
    batch = load_data_to_device(random_batch(cfg, batch_size=1, seed=3))
    with torch.no_grad():
        pred_dicts, _ = model(batch)
    assert set(pred_dicts[0]['pred_labels'].tolist()) == {1, 2, 3}


def test_anchors_are_non_persistent_buffers():
    model = pcdet_qat_plugin.build_model(small_cfg())
    buffers = dict(model.named_buffers())
    assert 'dense_head.anchors_0' in buffers
    assert not any('anchors' in k or 'code_weights' in k for k in model.state_dict())
    model.to(torch.float64)
    assert all(a.dtype == torch.float64 for a in model.dense_head.anchors)
    anchors = model.dense_head.anchors[0]
    assert anchors.shape == (1, 32, 32, 1, 2, 7)
    # centre z = bottom height + dz / 2, x from the range start, rotations [0, 1.57]
    assert torch.allclose(anchors[0, 0, 0, 0, :, 2], torch.tensor(-1.78 + 1.56 / 2, dtype=torch.float64))
    assert anchors[0, 0, 0, 0, 0, 0].item() == pytest.approx(0.0)
    assert anchors[0, 0, -1, 0, 0, 0].item() == pytest.approx(10.24, abs=1e-4)
    assert anchors[0, 0, 0, 0, :, 6].tolist() == pytest.approx([0.0, 1.57])


def test_empty_gt_frame_gives_background_only():
    torch.manual_seed(0)
    cfg = small_cfg()
    model = pcdet_qat_plugin.build_model(cfg).train()
    batch = random_batch(cfg, batch_size=2, seed=4)
    batch['gt_boxes'][1] = 0.0
    ret_dict, _, _ = model(load_data_to_device(batch))
    labels = model.dense_head.forward_ret_dict['box_cls_labels']
    assert (labels[1] == 0).all() and torch.isfinite(ret_dict['loss'])


def test_load_data_to_device_types():
    batch = load_data_to_device({'voxels': np.zeros((2, 3, 4)), 'voxel_coords': np.zeros((2, 4), np.int32),
                                 'image_shape': np.array([[375, 1242]]), 'frame_id': np.array(['000001']),
                                 'batch_size': 1}, 'cpu')
    assert batch['voxels'].dtype == torch.float32 and batch['voxel_coords'].dtype == torch.int32
    assert batch['image_shape'].dtype == torch.int32 and isinstance(batch['frame_id'], np.ndarray)
