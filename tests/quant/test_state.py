"""Checkpoint round trips on the generic net: float->QAT, QAT->resume, QAT->test, QAT->float; meta as
plain types (weights_only=True); warnings for a QAT checkpoint on a float model and QAT from scratch."""
import io
import logging

import pytest
import torch

from pcdet_qat_plugin.errors import CheckpointError
from pcdet_qat_plugin.quant import (QuantSettings, check_checkpoint_settings, is_quant_key, quant_checkpoint_meta,
                                    report_checkpoint_load, set_epoch, split_quant_state,
                                    warn_if_qat_without_pretrained, warn_if_quant_checkpoint_on_float_model,
                                    wrap_model)

from .nets import TinyDetector, tiny_batch, tiny_specs


def _qat(seed=0, steps=2):
    torch.manual_seed(seed)
    m = TinyDetector()
    wrap_model(m, tiny_specs(m), QuantSettings(), 'train')
    m.train()
    opt = torch.optim.SGD(m.parameters(), lr=0.01)
    for i in range(steps):
        opt.zero_grad()
        m(tiny_batch(i))[0]['loss'].backward()
        opt.step()
    return m


def _roundtrip(obj):
    buf = io.BytesIO()
    torch.save(obj, buf)
    buf.seek(0)
    return torch.load(buf, weights_only=True)


def test_float_to_qat_uses_every_float_key():
    torch.manual_seed(1)
    f = TinyDetector()
    state = f.state_dict()
    m = TinyDetector()
    wrap_model(m, tiny_specs(m), QuantSettings(), 'train')
    missing, unexpected = m.load_state_dict(state, strict=False)
    assert unexpected == [] and all(is_quant_key(k) for k in missing) and missing
    for k, v in state.items():
        assert torch.equal(m.state_dict()[k], v)
    rep = report_checkpoint_load(m, state)
    assert rep['missing'] == [] and rep['quant_fresh'] and rep['quant_ignored'] == []


def test_qat_resume_is_exact():
    m = _qat()
    set_epoch(m, 6, 10)
    ckpt = _roundtrip({'model_state': m.state_dict(), 'quant': quant_checkpoint_meta(m)})
    assert ckpt['quant']['settings']['bitwidth_weights'] == 8
    assert not any(k.startswith('module.') for k in ckpt['model_state'])
    r = TinyDetector()
    wrap_model(r, tiny_specs(r), QuantSettings.from_dict(ckpt['quant']['settings']), 'train')
    r.load_state_dict(ckpt['model_state'])
    q = r.backbone_2d.blocks[0][3].act_quant
    assert q._frozen and r.backbone_2d.blocks[0][1]._q_bn_frozen
    for model in (m, r):
        model.train()
    torch.testing.assert_close(r(tiny_batch(7))[0]['loss'], m(tiny_batch(7))[0]['loss'], rtol=0, atol=0)


def test_qat_to_test_phase_matches():
    m = _qat()
    state = _roundtrip(m.state_dict())
    t = TinyDetector()
    wrap_model(t, tiny_specs(t), QuantSettings(), 'test')
    t.load_state_dict(state)
    wrap_model(m, tiny_specs(m), QuantSettings(), 'test')
    m.eval(), t.eval()
    torch.testing.assert_close(t(tiny_batch(3))[0], m(tiny_batch(3))[0], rtol=0, atol=0)


def test_qat_to_float_ignores_quant_keys_with_warning(caplog):
    m = _qat()
    state = _roundtrip(m.state_dict())
    float_state, quant_state = split_quant_state(state)
    f = TinyDetector()
    assert set(float_state) == set(f.state_dict()) and quant_state
    with caplog.at_level(logging.WARNING):
        assert warn_if_quant_checkpoint_on_float_model(state, logging.getLogger('t'))
    assert 'FLOAT path' in caplog.text
    f.load_state_dict(float_state)
    rep = report_checkpoint_load(f, state)
    assert set(rep['quant_ignored']) == set(quant_state) and rep['missing'] == []
    assert not warn_if_quant_checkpoint_on_float_model(f.state_dict())


def test_qat_from_scratch_warning(caplog):
    with caplog.at_level(logging.WARNING):
        assert warn_if_qat_without_pretrained(QuantSettings(), None, logger=logging.getLogger('t'))
    assert 'unusual' in caplog.text
    assert not warn_if_qat_without_pretrained(QuantSettings(), 'float.pth')
    assert not warn_if_qat_without_pretrained(QuantSettings(mode='calibration'), None)


def test_buffer_shapes_fixed():
    a, b = _qat(0, 0), _qat(1, 2)
    assert {k: v.shape for k, v in a.state_dict().items()} == {k: v.shape for k, v in b.state_dict().items()}


def test_range_count_is_an_integer_named_apart_from_batchnorm():
    """BatchNorm's `num_batches_tracked` is an int; the quantizer's batch count is `batches_observed` (int64),
    and a checkpoint written before the rename (a float `num_batches_tracked`) still loads."""
    m = _qat(steps=1)
    state = m.state_dict()
    assert not [k for k, v in state.items() if k.endswith('num_batches_tracked') and v.is_floating_point()]
    counts = {k: v for k, v in state.items() if k.endswith('_quant.batches_observed')}
    assert counts and all(v.dtype == torch.int64 and int(v) == 1 for v in counts.values())
    old = {k: v for k, v in state.items() if k not in counts}
    old.update({k[:-len('batches_observed')] + 'num_batches_tracked': v.double() for k, v in counts.items()})
    r = TinyDetector()
    wrap_model(r, tiny_specs(r), QuantSettings(), 'train')
    r.load_state_dict(old)
    assert all(int(r.state_dict()[k]) == 1 for k in counts)


def _calibrated_state(settings):
    from dataclasses import replace

    from pcdet_qat_plugin.quant import calibrate
    torch.manual_seed(0)
    m = TinyDetector()
    specs = [replace(s, channels=10) if s.kind == 'input' else s for s in tiny_specs(m)]
    wrap_model(m, specs, settings, 'calibrate')
    calibrate(m, [tiny_batch(i) for i in range(2)])
    return {'model_state': m.state_dict(), 'quant': quant_checkpoint_meta(m)}, specs


def _test_model(settings, specs):
    m = TinyDetector()
    wrap_model(m, specs, settings, 'test')
    return m


@pytest.mark.parametrize('change, site, field', [
    ({'normalize_input_channels': False}, 'vfe.pfn_layers.0.input_quant', 'channels'),
    ({'bitwidth_16_layers': ('dense_head',)}, 'dense_head.conv_cls', 'weight bits'),
    ({'per_channel_weights': True}, 'vfe.pfn_layers.0.linear', 'per-channel weights'),
    ({'bias_constraint': 'saturate'}, 'vfe.pfn_layers.0.linear', 'bias constraint')])
def test_checkpoint_with_other_quant_settings_is_refused(change, site, field):
    """A checkpoint calibrated under one QUANTIZE loads under another only with an error naming the
    site and both values (it used to load silently: a +-1 input clip taken as a measured range)."""
    from dataclasses import replace
    made = QuantSettings(mode='calibration', normalize_input_channels=True)
    ckpt, specs = _calibrated_state(made)
    other = replace(made, **change)
    for strict in (True, False):
        with pytest.raises(CheckpointError, match=f'{site}.*{field}'):
            _test_model(other, specs).load_state_dict(ckpt['model_state'], strict=strict)
    key = next(iter(change)).upper()
    with pytest.raises(CheckpointError, match=f'QUANTIZE.{key}: .* in the checkpoint, .* in the cfg'):
        check_checkpoint_settings(other, ckpt['quant'], 'ckpt.pth')
    same = _test_model(made, specs)
    same.load_state_dict(ckpt['model_state'])                     # the same settings load, strictly
    check_checkpoint_settings(replace(made, calibration_iters=7, mode='training'), ckpt['quant'], 'ckpt.pth')
