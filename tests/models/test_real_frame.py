"""One KITTI-format frame (generated, and the real 000134 when ../shared has it) through the built-in detector
on a 16 m x 16 m crop."""
import numpy as np
import torch

import pcdet_qat_plugin
from pcdet_qat_plugin.models import ModelInfo, load_data_to_device

from .helpers import voxelize

CROP = ['DATA_CONFIG.POINT_CLOUD_RANGE', '[5.12, -7.68, -3, 20.48, 7.68, 1]']  # 96 x 96 pillars


def test_real_frame_eval_and_train_step(kitti_frames, real_frames):
    torch.manual_seed(0)
    cfg = pcdet_qat_plugin.load_cfg('cfgs/kitti/pointpillar.yaml', CROP + ['MODEL.POST_PROCESSING.SCORE_THRESH', '0.0'])
    info = ModelInfo.from_cfg(cfg)
    frame = '000134' if real_frames else '000000'
    points = np.fromfile(kitti_frames / 'training' / 'velodyne' / f'{frame}.bin', dtype=np.float32).reshape(-1, 4)
    voxels, counts, coords = voxelize(points, info)
    assert voxels.shape[0] > (500 if real_frames else 100)  # the frame's objects and ground lie in the crop
    batch = {'voxels': voxels, 'voxel_num_points': counts, 'voxel_coords': np.pad(coords, ((0, 0), (1, 0))),
             'gt_boxes': np.array([[[12.0, 0.0, -0.9, 3.9, 1.6, 1.56, 0.0, 1.0]]], dtype=np.float32),
             'batch_size': 1}
    model = pcdet_qat_plugin.build_model(cfg)
    ret_dict, tb_dict, _ = model.train()(load_data_to_device(dict(batch)))
    assert torch.isfinite(ret_dict['loss']) and tb_dict['rpn_loss_loc'] > 0
    ret_dict['loss'].backward()
    with torch.no_grad():
        pred_dicts, recall = model.eval()(load_data_to_device(dict(batch)))
    assert pred_dicts[0]['pred_boxes'].shape[1] == 7 and torch.isfinite(pred_dicts[0]['pred_boxes']).all()
    assert recall['gt'] == 1
