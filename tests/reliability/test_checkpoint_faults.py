"""Checkpoints are loaded strictly: a partial or foreign checkpoint is refused listing what is missing
(unless allow_partial), crafted entries raise CheckpointError naming the file, NaN weights are reported."""
import logging

import pytest
import torch

import pcdet_qat_plugin
from pcdet_qat_plugin.errors import CheckpointError
from pcdet_qat_plugin.utils.checkpoint import checkpoint_state, load_checkpoint_file, save_checkpoint

LOG = logging.getLogger('reliability_test')   # outside the package logger, which does not propagate


@pytest.fixture(scope='module')
def demo_cfg_plain(repo_root):
    return pcdet_qat_plugin.load_cfg(repo_root / 'cfgs' / 'demo' / 'pointpillar_demo.yaml')


@pytest.fixture(scope='module')
def good_ckpt(demo_cfg_plain, tmp_path_factory):
    torch.manual_seed(0)
    model = pcdet_qat_plugin.build_model(demo_cfg_plain)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    path = str(tmp_path_factory.mktemp('ckpt') / 'checkpoint_epoch_3')
    return save_checkpoint(checkpoint_state(model, optimizer, epoch=3, it=6), path)


def _variant(good_ckpt, tmp_path, name, change):
    ckpt = torch.load(good_ckpt, map_location='cpu', weights_only=True)
    change(ckpt)
    return save_checkpoint(ckpt, str(tmp_path / name)) if not isinstance(ckpt, str) else None


def test_partial_checkpoint_refused_listing_missing(demo_cfg_plain, good_ckpt, tmp_path):
    path = _variant(good_ckpt, tmp_path, 'partial', lambda c: [c['model_state'].pop(k) for k in
                                                               ('dense_head.conv_cls.weight', 'dense_head.conv_cls.bias')])
    model = pcdet_qat_plugin.build_model(demo_cfg_plain)
    before = {k: v.clone() for k, v in model.state_dict().items()}
    with pytest.raises(CheckpointError) as info:
        model.load_params_from_file(path, logger=LOG, to_cpu=True, allow_partial=False)
    msg = str(info.value)
    n = len(before) - 1   # global_step is in the model too
    assert f'partial.pth: provides {n - 1}/{n + 1}' in msg and '--allow_partial_load' in msg
    assert 'missing in checkpoint: dense_head.conv_cls.weight' in msg and 'dense_head.conv_cls.bias' in msg
    assert all(torch.equal(v, model.state_dict()[k]) for k, v in before.items())   # nothing loaded
    model.load_params_from_file(path, logger=LOG, to_cpu=True, allow_partial=True)  # opt-in still works


def test_foreign_checkpoint_refused_even_when_partial_allowed(demo_cfg_plain, tmp_path):
    path = save_checkpoint({'model_state': {'backbone.other.weight': torch.zeros(3)}, 'epoch': 1},
                           str(tmp_path / 'foreign'))
    model = pcdet_qat_plugin.build_model(demo_cfg_plain)
    with pytest.raises(CheckpointError, match=r'foreign\.pth: provides 0/\d+ model weights; it matches no weight'):
        model.load_params_from_file(path, logger=LOG, to_cpu=True, allow_partial=True)


def test_float_checkpoint_into_quantized_model_is_a_full_match(demo_cfg_plain, good_ckpt):
    """Quantizer buffers are not float weights: a float checkpoint fully starts QAT."""
    cfg = dict(demo_cfg_plain, QUANTIZE={'MODE': 'training'})
    model = pcdet_qat_plugin.build_model(cfg, quantize_mode='train')
    model.load_params_from_file(good_ckpt, logger=LOG, to_cpu=True, allow_partial=False)


@pytest.mark.parametrize('name, change, culprit', [
    ('tensor_value', lambda c: c['model_state'].__setitem__('vfe.pfn_layers.0.linear.weight', 3),
     "model_state holds 1 entries that are not tensors, e.g. 'vfe.pfn_layers.0.linear.weight' (int)"),
    ('list_state', lambda c: c.__setitem__('model_state', [1, 2]), 'model_state is a list'),
    ('epoch_str', lambda c: c.__setitem__('epoch', 'abc'), "epoch: 'abc' is not a number"),
    ('epoch_neg', lambda c: c.__setitem__('epoch', -4), 'epoch: -4 is not a whole number >= 0'),
    ('it_frac', lambda c: c.__setitem__('it', 2.5), 'it: 2.5 is not a whole number >= 0'),
    ('optim_list', lambda c: c.__setitem__('optimizer_state', [1]), 'optimizer_state must be a dict'),
    ('optim_groups', lambda c: c['optimizer_state'].__setitem__('param_groups', {'a': 1}),
     'optimizer_state must hold "param_groups"'),
])
def test_crafted_entries_refused_naming_file(good_ckpt, tmp_path, name, change, culprit):
    path = _variant(good_ckpt, tmp_path, name, change)
    with pytest.raises(CheckpointError) as info:
        load_checkpoint_file(path)
    assert f'{name}.pth: not a valid checkpoint' in str(info.value) and culprit in str(info.value)


def test_optimizer_state_of_another_model_refused_on_resume(demo_cfg_plain, good_ckpt, tmp_path):
    def shrink(c):
        c['optimizer_state']['param_groups'][0]['params'] = c['optimizer_state']['param_groups'][0]['params'][:3]
    path = _variant(good_ckpt, tmp_path, 'other_optim', shrink)
    model = pcdet_qat_plugin.build_model(demo_cfg_plain)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    with pytest.raises(CheckpointError, match=r"other_optim\.pth: optimizer_state does not fit this model's optimizer"):
        model.load_params_with_optimizer(path, to_cpu=True, optimizer=optimizer, logger=LOG)


def test_nan_weights_warned_naming_file(demo_cfg_plain, good_ckpt, tmp_path, caplog):
    path = _variant(good_ckpt, tmp_path, 'nan', lambda c: [v.fill_(float('nan')) for k, v in c['model_state'].items()
                                                          if v.is_floating_point()])
    model = pcdet_qat_plugin.build_model(demo_cfg_plain)
    with caplog.at_level(logging.INFO):
        model.load_params_from_file(path, logger=LOG, to_cpu=True, allow_partial=False)
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warned) == 1 and 'nan.pth:' in warned[0] and 'entirely NaN' in warned[0]
