"""`qdq` format: int8 Q/DQ graph with power-of-2 scales, run by onnxruntime's int8 kernels; detections on a
real KITTI frame match PyTorch quantized evaluation."""
import numpy as np
import onnx
import torch
from onnx import numpy_helper

from pcdet_qat_plugin.export.ort_runner import OrtDetector
from pcdet_qat_plugin.models import ModelInfo, load_data_to_device
from tests.models.helpers import voxelize


def kitti_batch(cfg, kitti_frames, frame='000000'):
    points = np.fromfile(kitti_frames / 'training' / 'velodyne' / f'{frame}.bin', dtype=np.float32).reshape(-1, 4)
    info = ModelInfo.from_cfg(cfg)
    v, n, c = voxelize(points, info, max_voxels=cfg.DATA_CONFIG.DATA_PROCESSOR[2].MAX_NUMBER_OF_VOXELS['test'])
    batch = {'voxels': v, 'voxel_num_points': n, 'voxel_coords': np.pad(c, ((0, 0), (1, 0))), 'batch_size': 1,
             'frame_id': np.array([frame])}
    load_data_to_device(batch)
    return batch


def test_qdq_graph_checker_int8_weights_pow2_scales(exported):
    m = onnx.load(exported['qdq']['onnx'])
    onnx.checker.check_model(m, full_check=True)
    inits = {i.name: numpy_helper.to_array(i) for i in m.graph.initializer}
    q_nodes = [n for n in m.graph.node if n.op_type in ('QuantizeLinear', 'DequantizeLinear')]
    assert q_nodes
    for n in q_nodes:
        scale = inits.get(n.input[1])
        if scale is None:                       # activation scales are Constant nodes
            scale = next(numpy_helper.to_array(c.attribute[0].t) for c in m.graph.node
                         if c.op_type == 'Constant' and c.output[0] == n.input[1])
        assert np.all(np.log2(scale) == np.round(np.log2(scale))), n.name
    producer = {o: d for d in m.graph.node for o in d.output}
    convs = [n for n in m.graph.node if n.op_type == 'Conv']
    for n in convs:      # every layer's weight is an int8 initializer behind a DQ; the input scale a pow2 diagonal
        if n.input[1] in inits:
            diag = inits[n.input[1]][:, :, 0, 0]
            on_diag = np.eye(*diag.shape, dtype=bool)
            assert n.input[0] == 'pillar_features' and not diag[~on_diag].any()
            assert np.all(np.log2(diag[on_diag]) == np.round(np.log2(diag[on_diag])))
            continue
        dq = producer[n.input[1]]
        assert dq.op_type == 'DequantizeLinear' and inits[dq.input[0]].dtype == np.int8


def test_onnxruntime_runs_int8_kernels(exported):
    kernels = exported['qdq']['int8_kernels']
    m = onnx.load(exported['qdq']['onnx'])
    inits = {i.name for i in m.graph.initializer}
    num_layers = sum(1 for n in m.graph.node if n.op_type == 'Conv' and n.input[1] not in inits)
    assert kernels.get('QLinearConv', 0) == num_layers
    assert kernels.get('Conv', 0) == 1 and 'ConvTranspose' not in kernels  # float: only the input's channel scale


def test_qdq_detections_match_pytorch_on_kitti_frame(exported, quant_setup, kitti_frames):
    cfg_q, model = quant_setup
    batch = kitti_batch(cfg_q, kitti_frames)
    ref_dict, got_dict = dict(batch), dict(batch)
    with torch.no_grad():
        ref, _ = model(ref_dict)
    got, _ = OrtDetector(exported['qdq']['onnx'], cfg_q)(got_dict)
    # dense: every anchor's score and box agree to a few activation steps
    s_ref, s_got = torch.sigmoid(ref_dict['batch_cls_preds']), torch.sigmoid(got_dict['batch_cls_preds'])
    assert float((s_ref - s_got).abs().quantile(0.99)) < 0.02
    centre = (ref_dict['batch_box_preds'][..., :3] - got_dict['batch_box_preds'][..., :3]).norm(dim=-1)
    assert float(centre.quantile(0.99)) < 0.1
    # final detections: the strongest ones are found again (NMS may shuffle the weak, overlapping ones)
    ref, got = ref[0], got[0]
    top = min(10, len(ref['pred_boxes']))
    assert top > 0
    matched = 0
    for box, label, score in zip(ref['pred_boxes'][:top], ref['pred_labels'][:top], ref['pred_scores'][:top]):
        same = (got['pred_labels'] == label) & ((got['pred_boxes'][:, :3] - box[:3]).norm(dim=1) < 0.2)
        if bool(same.any()) and float((got['pred_scores'][same] - score).abs().min()) < 0.05:
            matched += 1
    assert matched >= 0.9 * top, (matched, top)


def _assert_scores_match(model, cfg_q, onnx_path):
    """onnxruntime's class scores within 0.02 of PyTorch quantized evaluation for 99 % of the anchors."""
    from tests.export.conftest import make_batch
    batch = make_batch(cfg_q, 5)
    ref_dict, got_dict = dict(batch), dict(batch)
    with torch.no_grad():
        model(ref_dict)
    OrtDetector(onnx_path, cfg_q)(got_dict)
    diff = (torch.sigmoid(ref_dict['batch_cls_preds']) - torch.sigmoid(got_dict['batch_cls_preds'])).abs()
    assert float(diff.quantile(0.99)) < 0.02


def test_16bit_layers_fall_back_to_float(float_setup, tmp_path):
    import copy
    from pcdet_qat_plugin.export.exporter import export_onnx
    from tests.export.conftest import make_cfg, quantized_model
    cfg_q = make_cfg({'CALIBRATION_ITERS': 2, 'BITWIDTH_16_LAYERS': ['backbone_2d.blocks.1.*']})
    model = quantized_model(cfg_q, copy.deepcopy(float_setup[1].state_dict()), calibrate_batches=2)
    s = export_onnx(model, cfg_q, str(tmp_path / 'q16.onnx'), 'qdq')
    m = onnx.load(s['onnx'])
    convs = [n for n in m.graph.node if n.op_type == 'Conv']
    float_w = [n.input[1] for n in convs if n.input[1].startswith('backbone_2d.blocks.1.')]
    assert float_w and all(w.endswith('.weight') for w in float_w)       # no int8 DQ for the 16-bit layers
    assert 0 < s['int8_kernels']['QLinearConv'] < len(convs)
    _assert_scores_match(model, cfg_q, s['onnx'])


def test_per_channel_weights_export_and_match(float_setup, tmp_path):
    """PER_CHANNEL_WEIGHTS: per-channel int8 weights (axis-wise DequantizeLinear), int32 biases on each
    channel's accumulator grid, and onnxruntime agrees with PyTorch quantized evaluation."""
    import copy
    from pcdet_qat_plugin.export.exporter import export_onnx
    from tests.export.conftest import make_cfg, quantized_model
    cfg_q = make_cfg({'CALIBRATION_ITERS': 2, 'PER_CHANNEL_WEIGHTS': True})
    model = quantized_model(cfg_q, copy.deepcopy(float_setup[1].state_dict()), calibrate_batches=2)
    s = export_onnx(model, cfg_q, str(tmp_path / 'pc.onnx'), 'qdq')
    m = onnx.load(s['onnx'])
    steps = [numpy_helper.to_array(i) for i in m.graph.initializer if i.name.endswith('.weight_step')]
    assert steps and any(st.size > 1 and len(np.unique(st)) > 1 for st in steps)     # per-channel scales
    assert s['int8_kernels']['QLinearConv'] > 0
    _assert_scores_match(model, cfg_q, s['onnx'])
