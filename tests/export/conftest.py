"""Fixtures for export tests: a small-grid PointPillars (float with real BN statistics, and its 8-bit
calibrated quantized twin), random voxel batches, and the graphs exported once per session."""
import copy

import pytest
import torch
from easydict import EasyDict

from pcdet_qat_plugin import build_model
from pcdet_qat_plugin.hosts.common import quantize_detector
from pcdet_qat_plugin.models import load_data_to_device
from pcdet_qat_plugin.quant import calibrate
from tests.models.helpers import random_batch, small_cfg

MAX_VOXELS = 3000


SMALL_BACKBONE = ['MODEL.BACKBONE_2D.LAYER_NUMS', '[1,1,1]', 'MODEL.BACKBONE_2D.NUM_FILTERS', '[16,32,32]',
                  'MODEL.BACKBONE_2D.NUM_UPSAMPLE_FILTERS', '[16,16,16]', 'MODEL.VFE.NUM_FILTERS', '[16]',
                  'MODEL.MAP_TO_BEV.NUM_BEV_FEATURES', '16']


def make_cfg(quantize=None):
    """64 x 64 grid, a thin 3-level backbone (fast), MAX_VOXELS voxels."""
    cfg = small_cfg(SMALL_BACKBONE)
    cfg.DATA_CONFIG.DATA_PROCESSOR[2].MAX_NUMBER_OF_VOXELS = {'train': MAX_VOXELS, 'test': MAX_VOXELS}
    if quantize is not None:
        cfg.QUANTIZE = EasyDict(quantize)
    return cfg


def make_batch(cfg, seed, batch_size=1, num_points=3000):
    b = random_batch(cfg, batch_size=batch_size, num_points=num_points, seed=seed)
    load_data_to_device(b)
    return b


def float_model_with_bn_stats(cfg, seed=0):
    """Random weights, BN running statistics from two random frames (so activations have sane ranges)."""
    torch.manual_seed(seed)
    model = build_model(cfg)
    for m in model.modules():
        if isinstance(m, torch.nn.modules.batchnorm._BatchNorm):
            m.momentum = None                      # cumulative average
    model.train()
    with torch.no_grad():
        for i in range(2):
            d = make_batch(cfg, 100 + i)
            for mod in model.module_list[:-1]:
                d = mod(d)
    for m in model.modules():
        if isinstance(m, torch.nn.modules.batchnorm._BatchNorm):
            m.momentum = 0.01
    with torch.no_grad():
        model.dense_head.conv_cls.bias.fill_(-1.5)   # scores around 0.2: some boxes pass SCORE_THRESH 0.1
    return model.eval()


def quantized_model(cfg_q, float_state, calibrate_batches=3):
    model = build_model(cfg_q, quantize_mode='calibrate')
    model.load_state_dict(float_state, strict=False)
    if calibrate_batches:
        calibrate(model, [make_batch(cfg_q, i) for i in range(calibrate_batches)], iters=calibrate_batches)
    quantize_detector(model, cfg_q, 'test')
    return model.eval()


@pytest.fixture(scope='session')
def float_setup():
    cfg = make_cfg()
    return cfg, float_model_with_bn_stats(cfg)


@pytest.fixture(scope='session')
def quant_setup(float_setup):
    cfg, fmodel = float_setup
    cfg_q = make_cfg({'CALIBRATION_ITERS': 3})
    return cfg_q, quantized_model(cfg_q, copy.deepcopy(fmodel.state_dict()))


@pytest.fixture(scope='session')
def sample_batch(float_setup):
    return make_batch(float_setup[0], 10)


@pytest.fixture(scope='session')
def exported(tmp_path_factory, float_setup, quant_setup):
    """{'float' | 'tidl' | 'qdq': export summary dict}, each graph written once."""
    from pcdet_qat_plugin.export.exporter import export_onnx
    out = tmp_path_factory.mktemp('onnx')
    res = {'float': export_onnx(float_setup[1], float_setup[0], str(out / 'float.onnx'), 'float')}
    for fmt in ('tidl', 'qdq'):
        res[fmt] = export_onnx(quant_setup[1], quant_setup[0], str(out / f'{fmt}.onnx'), fmt)
    return res
