"""Checkpoint round trip in OpenPCDet's format and key-by-key reports of mismatching checkpoints."""
import logging

import pytest
import torch

import pcdet_qat_plugin
from pcdet_qat_plugin.errors import CheckpointError
from pcdet_qat_plugin.utils.checkpoint import checkpoint_state, save_checkpoint

from .helpers import small_cfg

PAINTED = ['DATA_CONFIG.POINT_FEATURE_ENCODING.used_feature_list',
           "['x','y','z','intensity','s0','s1','s2','s3']"]


def _perturbed_model(extra=None, seed=0):
    torch.manual_seed(seed)
    model = pcdet_qat_plugin.build_model(small_cfg(extra))
    with torch.no_grad():
        for p in model.parameters():
            p.add_(torch.randn_like(p) * 0.01)
        for name, b in model.named_buffers():
            if name.endswith('running_mean'):
                b.add_(0.5)
    model.global_step.fill_(7)
    return model


def test_round_trip_weights_only(tmp_path, caplog):
    model = _perturbed_model()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)  # stateless: keeps the file small
    path = save_checkpoint(checkpoint_state(model, optimizer, epoch=3, it=42), str(tmp_path / 'checkpoint_epoch_3'))
    raw = torch.load(path, map_location='cpu', weights_only=True)
    assert set(raw) >= {'model_state', 'optimizer_state', 'epoch', 'it', 'version'}
    assert len(raw['model_state']) == 127  # the grid size changes no key or shape

    fresh = pcdet_qat_plugin.build_model(small_cfg())
    with caplog.at_level(logging.INFO):
        fresh.load_params_from_file(path, logger=logging.getLogger('test'), to_cpu=True)
    assert 'Not updated weight' not in caplog.text and '(loaded 127/127)' in caplog.text
    for key, val in model.state_dict().items():
        assert torch.equal(fresh.state_dict()[key], val), key

    resumed = pcdet_qat_plugin.build_model(small_cfg())
    opt2 = torch.optim.SGD(resumed.parameters(), lr=0.5)
    it, epoch = resumed.load_params_with_optimizer(path, to_cpu=True, optimizer=opt2, logger=logging.getLogger('t'))
    assert (it, epoch) == (42, 3) and int(resumed.global_step) == 7
    assert opt2.param_groups[0]['lr'] == 0.1


def test_mismatched_checkpoint_reported_key_by_key(tmp_path, caplog):
    painted = _perturbed_model(PAINTED)
    state = painted.state_dict()
    state['dense_head.extra.weight'] = torch.zeros(2)
    path = save_checkpoint({'model_state': state, 'optimizer_state': None, 'epoch': 1, 'it': 1, 'version': 'x'},
                           str(tmp_path / 'painted'))
    plain = pcdet_qat_plugin.build_model(small_cfg())
    with caplog.at_level(logging.INFO):
        plain.load_params_from_file(path, logger=logging.getLogger('test'), to_cpu=True)
    assert 'Not updated weight vfe.pfn_layers.0.linear.weight: (64, 10)' in caplog.text
    assert 'shape mismatch: vfe.pfn_layers.0.linear.weight checkpoint (64, 14) vs model (64, 10)' in caplog.text
    assert 'unexpected in checkpoint: dense_head.extra.weight' in caplog.text
    assert '(loaded 126/127)' in caplog.text

    with pytest.raises(CheckpointError) as err:
        plain.load_params_with_optimizer(path, to_cpu=True, optimizer=None, logger=logging.getLogger('test'))
    assert 'vfe.pfn_layers.0.linear.weight' in str(err.value) and 'dense_head.extra.weight' in str(err.value)


def test_missing_and_bad_files(tmp_path):
    model = pcdet_qat_plugin.build_model(small_cfg())
    with pytest.raises(CheckpointError, match='not found'):
        model.load_params_from_file(str(tmp_path / 'none.pth'), logger=logging.getLogger('t'))
    bad = tmp_path / 'bad.pth'
    bad.write_bytes(b'not a checkpoint')
    with pytest.raises(CheckpointError, match='bad.pth'):
        model.load_params_from_file(str(bad), logger=logging.getLogger('t'))
    torch.save({'epoch': 1}, str(tmp_path / 'nostate.pth'))
    with pytest.raises(CheckpointError, match='model_state'):
        model.load_params_from_file(str(tmp_path / 'nostate.pth'), logger=logging.getLogger('t'))


def test_mmap_load_reads_the_same_checkpoint_zip_or_legacy(tmp_path, monkeypatch):
    """load_checkpoint_file(mmap=True) (the OpenPCDet host's quant-record read of a file the host loads
    itself) gives the same entries as a full read, for the zip format and for a legacy file (read whole);
    the OpenPCDet patch asks for the mapped read."""
    from pcdet_qat_plugin.hosts.openpcdet import patch_actions
    from pcdet_qat_plugin.utils.checkpoint import load_checkpoint_file
    state = {'model_state': {'w': torch.arange(6.0)}, 'epoch': 3, 'quant': {'settings': {'bits': 8}}}
    for legacy in (False, True):
        path = tmp_path / f'ckpt_{legacy}.pth'
        torch.save(state, path, _use_new_zipfile_serialization=not legacy)
        full, mapped = load_checkpoint_file(str(path)), load_checkpoint_file(str(path), mmap=True)
        assert mapped['quant'] == full['quant'] == state['quant'] and mapped['epoch'] == 3
        assert torch.equal(mapped['model_state']['w'], full['model_state']['w'])
    seen = []
    real_load = torch.load
    monkeypatch.setattr(torch, 'load', lambda *a, **kw: seen.append(kw.get('mmap')) or real_load(*a, **kw))
    assert patch_actions._checkpoint_quant_record(str(tmp_path / 'ckpt_False.pth')) == state['quant']
    assert seen == [True]
