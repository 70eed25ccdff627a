"""Built-in PointPillar (64 x 64 grid) through the engine: sites by OpenPCDet names, train step, calibration,
quantized eval, checkpoints via the detector's own load_params_from_file, cfg files, unsupported models."""
import copy
import logging

import pytest
import torch
import yaml
from torch import nn

import pcdet_qat_plugin
from pcdet_qat_plugin.packaged_cfgs import CFGS_DIR
from pcdet_qat_plugin.errors import ConfigError
from pcdet_qat_plugin.hosts.common import pointpillar_quant_spec, quantize_detector, set_epoch
from pcdet_qat_plugin.models import load_data_to_device
from pcdet_qat_plugin.quant import (QuantSettings, calibrate, is_quant_key, iter_quant_sites, quant_checkpoint_meta,
                                    uncalibrated_sites)
from pcdet_qat_plugin.utils.checkpoint import checkpoint_state, save_checkpoint

from tests.models.helpers import random_batch, small_cfg

QAT = {'QUANTIZE': True}


def _batch(cfg, seed=0):
    return load_data_to_device(random_batch(cfg, batch_size=2, num_points=800, seed=seed))


@pytest.fixture(scope='module')
def cfg():
    return small_cfg(['MODEL.POST_PROCESSING.SCORE_THRESH', '0.0'])


def test_sites_follow_openpcdet_names(cfg):
    model = pcdet_qat_plugin.build_model(cfg)
    names = [s.name for s in pointpillar_quant_spec(model)]
    assert names[:2] == ['vfe.pfn_layers.0.input', 'vfe.pfn_layers.0.linear']
    assert sum(n.startswith('backbone_2d.blocks.') for n in names) == 3 + 1 + 5 + 1 + 5 + 1
    assert [n for n in names if 'deblocks' in n] == [f'backbone_2d.deblocks.{i}.0' for i in range(3)]
    assert names[-4:] == ['backbone_2d.concat', 'dense_head.conv_cls', 'dense_head.conv_box',
                          'dense_head.conv_dir_cls']


def test_only_pfn_outputs_save_a_mask_for_backward(cfg):
    """The PFN output quantizers (the host's functional ReLU follows and saves its own copy) keep a byte mask
    for backward (fake_quant_act's save_mask); every other site saves its output, which its consumer saves."""
    model = quantize_detector(pcdet_qat_plugin.build_model(cfg), QAT, 'train')
    marked = [s.name for s in iter_quant_sites(model) if s.act_quant is not None and s.act_quant.save_mask]
    assert marked == [f'vfe.pfn_layers.{i}.linear' for i in range(len(model.vfe.pfn_layers))]


def test_backbone_quantizers_write_into_the_tensors_they_are_handed(cfg):
    """Each backbone block's QuantReLU gets the conv's fresh output (consecutive children of a plain
    nn.Sequential) and the concat quantizer the backbone's fresh torch.cat (BaseBEVBackbone's forward): both
    fake-quantize in place, so they return the very tensor they were handed, in the BN-statistics phase and
    after the freeze, and the step's gradients equal those of the out-of-place form bit for bit. A Sequential
    subclass with its own forward, or a backbone with another forward, is not trusted."""
    torch.manual_seed(0)
    model = quantize_detector(pcdet_qat_plugin.build_model(cfg), QAT, 'train')
    relus = {s.spec.relu: s.spec.module for s in iter_quant_sites(model) if s.spec.relu and s.act_quant is not None}
    assert relus and all(model.get_submodule(r).input_private for r in relus)
    assert all(n.startswith('backbone_2d.blocks.') for n in relus)
    key = 'spatial_features_2d'
    batch = _batch(cfg)
    for epoch in (0, 11):
        set_epoch(model, epoch, 12)
        shared, grads = [], []
        for private in (True, False):
            m = copy.deepcopy(model)                 # the same ranges before each pass (a pass updates them)
            concat_hooks = [h for h in m.backbone_2d._forward_hooks.values() if hasattr(h, 'overwrite')]
            assert [h.overwrite for h in concat_hooks] == [True]
            concat_hooks[0].overwrite = private
            seen = {}
            for relu, conv in relus.items():
                m.get_submodule(relu).input_private = private
                m.get_submodule(conv).register_forward_hook(
                    lambda mod, i, o, n=relu: seen.__setitem__(n, o.data_ptr()))
                m.get_submodule(relu).register_forward_hook(
                    lambda mod, i, o, n=relu: seen.__setitem__(n, seen[n] == o.data_ptr()))
            m.backbone_2d.register_forward_hook(lambda mod, i, o: seen.__setitem__(key, o[key].data_ptr()),
                                                prepend=True)
            m.backbone_2d.register_forward_hook(lambda mod, i, o: seen.__setitem__(key, seen[key] == o[key].data_ptr()))
            ret, _, _ = m(dict(batch))
            ret['loss'].backward()
            shared.append(sorted(set(seen.values())))
            grads.append({n: p.grad for n, p in m.named_parameters() if p.grad is not None})
        assert shared == [[True], [False]]
        assert grads[0].keys() == grads[1].keys() and all(torch.equal(grads[0][n], grads[1][n]) for n in grads[0])

    class OwnForward(nn.Sequential):
        def forward(self, x):
            return super().forward(x)

    class OtherBackbone(type(model.backbone_2d)):
        def forward(self, data_dict):
            return super().forward(data_dict)
    other = pcdet_qat_plugin.build_model(cfg)
    other.backbone_2d.blocks[0] = OwnForward(*other.backbone_2d.blocks[0])
    specs = {s.name: s for s in pointpillar_quant_spec(other)}
    assert not specs['backbone_2d.blocks.0.1'].output_private and specs['backbone_2d.blocks.1.1'].output_private
    assert specs['backbone_2d.concat'].output_private
    other.backbone_2d.__class__ = OtherBackbone
    assert not {s.name: s for s in pointpillar_quant_spec(other)}['backbone_2d.concat'].output_private


def test_qat_train_step_keeps_interface(cfg):
    torch.manual_seed(0)
    model = pcdet_qat_plugin.build_model(cfg)
    float_keys, module_list = list(model.state_dict()), list(model.module_list)
    assert quantize_detector(model, QAT, 'train') is model
    assert quantize_detector(model, QAT, 'train') is model          # idempotent
    assert [m1 is m2 for m1, m2 in zip(module_list, model.module_list)] == [True] * len(module_list)
    assert set(float_keys) <= set(model.state_dict())
    assert isinstance(model, type(pcdet_qat_plugin.build_model(cfg)))
    set_epoch(model, 0, 12)
    model.train()
    ret, tb, disp = model(_batch(cfg))
    ret['loss'].backward()
    for name, p in model.named_parameters():
        assert p.grad is not None and torch.isfinite(p.grad).all(), name
    model.update_global_step()
    assert float(model.backbone_2d.concat_quant.batches_observed) == 1
    assert float(model.vfe.pfn_layers[0].input_quant.batches_observed) == 1


def test_float_ckpt_to_calibration_to_test_to_float(cfg, tmp_path, caplog):
    torch.manual_seed(0)
    float_model = pcdet_qat_plugin.build_model(cfg)
    float_ckpt = save_checkpoint(checkpoint_state(float_model, epoch=80), str(tmp_path / 'float'))

    calib_cfg = dict(cfg, QUANTIZE={'MODE': 'calibration', 'CALIBRATION_ITERS': 2})
    model = pcdet_qat_plugin.build_model(calib_cfg, quantize_mode='calibrate')
    with caplog.at_level(logging.INFO):
        model.load_params_from_file(float_ckpt, logger=logging.getLogger('t'))
    for k, v in float_model.state_dict().items():                   # every float key used
        assert torch.equal(model.state_dict()[k], v), k
    assert uncalibrated_sites(model)
    assert calibrate(model, (_batch(cfg, s) for s in range(5))) == 2
    assert uncalibrated_sites(model) == []
    meta = quant_checkpoint_meta(model)
    q_ckpt = save_checkpoint(checkpoint_state(model, epoch=1, extra={'quant': meta}), str(tmp_path / 'calib'))
    assert torch.load(q_ckpt, weights_only=True)['quant']['settings']['mode'] == 'calibration'

    test_model = pcdet_qat_plugin.build_model(dict(cfg, QUANTIZE=True), quantize_mode='test')
    test_model.load_params_from_file(q_ckpt, logger=logging.getLogger('t'))
    test_model.eval()
    model.eval()
    quantize_detector(model, QAT, 'test')
    batch = _batch(cfg, 9)
    with torch.no_grad():
        preds, _ = test_model(dict(batch))
        ref, _ = model(dict(batch))
    assert len(preds) == 2 and preds[0]['pred_boxes'].shape[1] == 7
    torch.testing.assert_close(preds[0]['pred_scores'], ref[0]['pred_scores'])
    with torch.no_grad():
        float_preds, _ = float_model.eval()(dict(batch))
    assert float(float_preds[0]['pred_scores'][0]) != float(preds[0]['pred_scores'][0])

    back = pcdet_qat_plugin.build_model(cfg)                          # QAT/calibrated -> float model
    back.load_params_from_file(q_ckpt, logger=logging.getLogger('t'))
    state = torch.load(q_ckpt, weights_only=True)['model_state']
    for k, v in back.state_dict().items():
        assert torch.equal(v, state[k]), k
    assert any(is_quant_key(k) for k in state)


def test_quantized_load_reports_float_keys_and_summarises_quantizer_buffers(cfg, tmp_path, caplog):
    torch.manual_seed(0)
    state = pcdet_qat_plugin.build_model(cfg).state_dict()
    state.pop('dense_head.conv_box.bias')
    ckpt = save_checkpoint({'model_state': state, 'epoch': 1}, str(tmp_path / 'partial'))
    model = pcdet_qat_plugin.build_model(dict(cfg, QUANTIZE=True), quantize_mode='train')
    with caplog.at_level(logging.INFO):
        model.load_params_from_file(ckpt, logger=logging.getLogger('t'))
    lines = [r.getMessage() for r in caplog.records]
    assert [m for m in lines if m.startswith('Not updated weight')] == ['Not updated weight dense_head.conv_box.bias: (42,)']
    assert sum('quantizer buffers not in the checkpoint start fresh' in m for m in lines) == 1


def test_qat16_layers_and_unknown_layer(cfg):
    model = pcdet_qat_plugin.build_model(cfg)
    settings = QuantSettings.from_cfg(pcdet_qat_plugin.load_cfg('cfgs/kitti/pointpillar_qat_mixed.yaml'))
    full16 = QuantSettings.from_cfg(pcdet_qat_plugin.load_cfg('cfgs/kitti/pointpillar_qat16.yaml'))
    assert (full16.bitwidth_weights, full16.bitwidth_activations) == (16, 16)
    quantize_detector(model, settings, 'train')
    bits = {s.name: s.act_bits for s in iter_quant_sites(model)}
    assert bits['vfe.pfn_layers.0.input'] == bits['vfe.pfn_layers.0.linear'] == bits['dense_head.conv_box'] == 16
    assert bits['backbone_2d.blocks.0.1'] == 8
    with pytest.raises(ConfigError, match='backbone_2d.blocks.9.1'):
        quantize_detector(pcdet_qat_plugin.build_model(cfg), {'QUANTIZE': {'BITWIDTH_16_LAYERS':
                                                                           ['backbone_2d.blocks.9.1']}})


def test_unsupported_detector_names_it():
    class Other(nn.Module):
        pass
    with pytest.raises(ConfigError, match='Other.*PointPillar'):
        quantize_detector(Other(), QAT)


def test_float_cfg_passes_through(cfg):
    model = pcdet_qat_plugin.build_model(cfg)
    assert quantize_detector(model, cfg, 'train') is model and list(iter_quant_sites(model)) == []


@pytest.mark.parametrize('name', ['pointpillar_qat', 'pointpillar_qat16', 'pointpillar_qat_mixed', 'pointpillar_calib',
                                  'pointpillar_painted_qat'])
def test_cfg_files_one_level_base(name):
    path = CFGS_DIR / 'kitti' / f'{name}.yaml'
    top = yaml.safe_load(path.read_text())
    base = yaml.safe_load((CFGS_DIR.parent / top['_BASE_CONFIG_']).read_text())
    assert '_BASE_CONFIG_' not in base                              # OpenPCDet expands one level only
    assert QuantSettings.from_cfg(pcdet_qat_plugin.load_cfg(str(path))) is not None


def test_painted_qat_matches_painted_cfg():
    painted = pcdet_qat_plugin.load_cfg('cfgs/kitti/pointpillar_painted.yaml')
    qat = pcdet_qat_plugin.load_cfg('cfgs/kitti/pointpillar_painted_qat.yaml')
    assert qat.DATA_CONFIG == painted.DATA_CONFIG and qat.MODEL == painted.MODEL
