"""KITTI prediction txt writing and evaluation through pcdet_qat_plugin.eval on the val split (generated and
real sample frames)."""
import copy

import numpy as np
import pytest
import torch

from pcdet_qat_plugin.datasets import build_dataloader
from pcdet_qat_plugin.datasets.kitti.object3d_kitti import get_objects_from_label

from conftest import split_ids  # tests/conftest.py


def test_gt_as_predictions_round_trip_and_evaluate(kitti_root, pp_cfg, tmp_path, real_frames):
    dataset, loader, _ = build_dataloader(pp_cfg.DATA_CONFIG, pp_cfg.CLASS_NAMES, batch_size=3, dist=False,
                                          root_path=kitti_root, workers=0, training=False)
    batch = next(iter(loader))
    pred_dicts = []
    for k in range(batch['batch_size']):
        gt = batch['gt_boxes'][k]
        gt = gt[gt[:, 3] > 0]
        pred_dicts.append({'pred_boxes': torch.from_numpy(gt[:, :7]), 'pred_scores': torch.linspace(0.9, 0.5, len(gt)),
                           'pred_labels': torch.from_numpy(gt[:, 7].astype(np.int64))})
    annos = dataset.generate_prediction_dicts(batch, pred_dicts, pp_cfg.CLASS_NAMES, output_path=tmp_path)
    val_ids = split_ids(kitti_root, 'val')[:3]
    assert [a['frame_id'] for a in annos] == val_ids
    written = get_objects_from_label(tmp_path / f'{val_ids[-1]}.txt')
    truth = [o for o in get_objects_from_label(kitti_root / 'training' / 'label_2' / f'{val_ids[-1]}.txt')
             if o.cls_type in pp_cfg.CLASS_NAMES]
    assert len(written) == len(truth) > 0 and written[0].score == 0.9
    assert len(truth) == 15 or not real_frames
    for w, t in zip(written, truth):
        assert w.cls_type == t.cls_type
        np.testing.assert_allclose([w.h, w.w, w.l, *w.loc], [t.h, t.w, t.l, *t.loc], atol=2e-3)
        assert abs(np.cos(w.ry - t.ry)) > 0.999
    if real_frames:
        assert (tmp_path / '000002.txt').read_text().count('\n') == 1  # the Misc object is not a class

    # with 3-4 objects per class the official sampling of recall points caps AP far below 100, so compare
    # with the gt annos themselves fed as detections, and with boxes moved 2 m (no match at IoU 0.7)
    _, result = dataset.evaluation(annos, pp_cfg.CLASS_NAMES)
    from pcdet_qat_plugin.eval import kitti_eval
    gt_annos = [copy.deepcopy(info['annos']) for info in dataset.kitti_infos]
    as_dets = []
    for a in copy.deepcopy(gt_annos):
        keep = np.isin(a['name'], pp_cfg.CLASS_NAMES)
        as_dets.append({k: v[keep] for k, v in a.items() if k != 'gt_boxes_lidar'})
        as_dets[-1]['score'] = np.linspace(0.9, 0.5, keep.sum())
    _, reference = kitti_eval.get_official_eval_result(gt_annos, as_dets, pp_cfg.CLASS_NAMES)
    for key in ('Car_3d/hard_R40', 'Pedestrian_bev/moderate_R40', 'Cyclist_3d/easy'):
        assert result[key] == pytest.approx(reference[key], abs=1e-3) and result[key] > 0, key
    for d in pred_dicts:
        d['pred_boxes'][:, 0] += 2.0
    _, shifted = dataset.evaluation(dataset.generate_prediction_dicts(batch, pred_dicts, pp_cfg.CLASS_NAMES),
                                    pp_cfg.CLASS_NAMES)
    assert shifted['Car_3d/hard_R40'] == 0
