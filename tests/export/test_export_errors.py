"""Bad input: a float model (cfg without QUANTIZE) or never-calibrated ranges cannot be exported as tidl/qdq;
tools/export_onnx.py end to end on a saved checkpoint."""
import copy
import sys

import onnx
import pytest

from pcdet_qat_plugin import load_cfg
from pcdet_qat_plugin.errors import ExportError
from pcdet_qat_plugin.export.exporter import build_export_net, export_onnx
from pcdet_qat_plugin.utils.checkpoint import checkpoint_state, save_checkpoint
from tests.export.conftest import SMALL_BACKBONE, make_cfg, quantized_model
from tests.models.helpers import SMALL_RANGE


@pytest.mark.parametrize('fmt', ['tidl', 'qdq'])
def test_float_model_refused_with_clear_error(float_setup, tmp_path, fmt):
    cfg, model = float_setup
    with pytest.raises(ExportError, match='QUANTIZE'):
        export_onnx(model, cfg, str(tmp_path / 'x.onnx'), fmt)
    assert not (tmp_path / 'x.onnx').exists()


def test_uncalibrated_ranges_name_the_layers(float_setup):
    cfg_q = make_cfg({'CALIBRATION_ITERS': 1})
    model = quantized_model(cfg_q, copy.deepcopy(float_setup[1].state_dict()), calibrate_batches=0)
    with pytest.raises(ExportError, match='never') as info:
        build_export_net(model, 'tidl')
    for name in ('vfe.pfn_layers.0.input', 'backbone_2d.blocks.0.1', 'backbone_2d.concat', 'dense_head.conv_box'):
        assert name in str(info.value)


def test_unknown_format():
    with pytest.raises(ExportError, match='tidl'):
        build_export_net(None, 'int4')


def test_export_tool_end_to_end(float_setup, tmp_path, repo_root):
    overrides = ['DATA_CONFIG.POINT_CLOUD_RANGE', str(SMALL_RANGE)] + SMALL_BACKBONE
    cfg_q = load_cfg('cfgs/kitti/pointpillar_qat.yaml', overrides)
    model = quantized_model(cfg_q, copy.deepcopy(float_setup[1].state_dict()), calibrate_batches=2)
    ckpt = save_checkpoint(checkpoint_state(model, epoch=1, it=1), str(tmp_path / 'checkpoint_epoch_1'))
    sys.path.insert(0, str(repo_root / 'tools'))
    try:
        import export_onnx as tool
    finally:
        sys.path.remove(str(repo_root / 'tools'))
    out = tmp_path / 'pp_tidl.onnx'
    tool.main(['--cfg_file', 'cfgs/kitti/pointpillar_qat.yaml', '--ckpt', ckpt, '--format', 'tidl',
               '--output', str(out), '--set', *overrides])
    m = onnx.load(str(out))
    indices = next(i for i in m.graph.input if i.name == 'voxel_indices')
    assert indices.type.tensor_type.elem_type == onnx.TensorProto.INT32
    assert indices.type.tensor_type.shape.dim[2].dim_value == 40000        # test MAX_NUMBER_OF_VOXELS
    assert (tmp_path / 'pp_tidl.prototxt').is_file()
    float_cfg = 'cfgs/kitti/pointpillar.yaml'
    with pytest.raises(ExportError, match='QUANTIZE'):
        tool.main(['--cfg_file', float_cfg, '--ckpt', ckpt, '--format', 'qdq', '--output', str(tmp_path / 'f.onnx'),
                   '--set', *overrides])


def test_load_detector_reads_quantize_under_model_too(float_setup, tmp_path):
    """A cfg with MODEL.QUANTIZE (not top level) loads in the quantized test phase, as with QUANTIZE."""
    from pcdet_qat_plugin.export.exporter import load_detector
    cfg_q = make_cfg({'CALIBRATION_ITERS': 2})
    model = quantized_model(cfg_q, copy.deepcopy(float_setup[1].state_dict()), calibrate_batches=2)
    ckpt = save_checkpoint(checkpoint_state(model, epoch=1, it=1), str(tmp_path / 'checkpoint_epoch_1'))
    cfg_m = make_cfg()
    cfg_m.MODEL.QUANTIZE = cfg_q.QUANTIZE
    loaded = load_detector(cfg_m, ckpt)
    assert loaded.__dict__.get('_quant_phase') == 'test'
