"""run_openpcdet_train / run_openpcdet_test end to end on the fake OpenPCDet checkout (built-in CPU model, real
quant engine): float training, QAT from the float checkpoint, strict resume, calibration, quantized test."""
import json

import pytest
import torch

from pcdet_qat_plugin.errors import CheckpointError, HostError
from pcdet_qat_plugin.hosts.openpcdet.runner import find_openpcdet_tools, openpcdet_argv, run_openpcdet_test, \
    run_openpcdet_train

from .fake_openpcdet import small_cfg_yaml

QAT = '''
MODE: training
FREEZE_BN_EPOCH: 1
FREEZE_RANGE_EPOCH: 1
'''
CALIB = '''
MODE: calibration
CALIBRATION_ITERS: 2
'''


def _ckpt(root, tag, extra_tag, epoch):
    return root / 'output' / tag / extra_tag / 'ckpt' / f'checkpoint_epoch_{epoch}.pth'


def _quant_buffers(state, suffix):
    return {k: v for k, v in state.items() if k.endswith('_quant.' + suffix)}


def test_argv_translation():
    argv = ['--cfg_file', 'a.yaml', '--host', 'openpcdet', '--backend=pytorch', '--nms', 'rotated', '--epochs', '2',
            '--set', '--host', 'x']
    assert openpcdet_argv(argv) == ['--cfg_file', 'a.yaml', '--epochs', '2', '--set', '--host', 'x']
    for bad in (['--output_dir', 'o'], ['--no_eval'], ['--nms', 'tidl'], ['--seed=3'], ['--postproc', 'tidl'],
                ['--prototxt', 'm.prototxt']):
        with pytest.raises(HostError, match='not available with --host openpcdet'):
            openpcdet_argv(['--cfg_file', 'a.yaml'] + bad)


def test_tools_dir_found_from_pcdet_and_missing_is_clear(fake_openpcdet, tmp_path, monkeypatch):
    root, tools = fake_openpcdet
    assert find_openpcdet_tools() == tools.resolve()
    monkeypatch.setenv('OPENPCDET_TOOLS_DIR', str(tmp_path))
    with pytest.raises(HostError, match='no train.py, test.py.*OPENPCDET_TOOLS_DIR'):
        find_openpcdet_tools()
    assert find_openpcdet_tools(str(tools)) == tools.resolve()


def test_float_then_qat_then_quantized_test(fake_openpcdet, tmp_path):
    root, tools = fake_openpcdet
    float_cfg = small_cfg_yaml(tmp_path / 'pp_float.yaml')
    qat_cfg = small_cfg_yaml(tmp_path / 'pp_qat.yaml', QAT)
    torch.manual_seed(0)
    run_openpcdet_train(['--cfg_file', str(float_cfg), '--epochs', '1', '--host', 'openpcdet'], str(tools))
    float_ckpt = _ckpt(root, 'pp_float', 'default', 1)
    float_state = torch.load(float_ckpt, weights_only=True)
    assert 'quant' not in float_state and not _quant_buffers(float_state['model_state'], 'clip_hi')

    run_openpcdet_train(['--cfg_file', str(qat_cfg), '--epochs', '2', '--pretrained_model', str(float_ckpt)],
                        str(tools))
    qat = torch.load(_ckpt(root, 'pp_qat', 'default', 2), weights_only=True)
    assert qat['quant']['format'] == 'tidl_v1' and qat['quant']['settings']['mode'] == 'training'
    tracked = _quant_buffers(qat['model_state'], 'batches_observed')
    frozen = _quant_buffers(qat['model_state'], 'range_frozen')
    assert tracked and set(float(v) for v in tracked.values()) == {2.0}  # epoch 0 only: frozen from epoch 1
    assert set(int(v) for v in frozen.values()) == {1}
    result = json.loads((root / 'output/pp_qat/default/eval/eval_with_train/epoch_2/result.json').read_text())
    assert result['phase'] == 'test'

    run_openpcdet_test(['--cfg_file', str(qat_cfg), '--ckpt', str(_ckpt(root, 'pp_qat', 'default', 2)),
                        '--extra_tag', 'again'], str(tools))
    result = json.loads((root / 'output/pp_qat/again/eval/result.json').read_text())
    assert result['phase'] == 'test'

    with pytest.raises(CheckpointError, match='no quantizer state'):
        run_openpcdet_test(['--cfg_file', str(qat_cfg), '--ckpt', str(float_ckpt)], str(tools))


def test_strict_resume_from_float_checkpoint(fake_openpcdet, tmp_path):
    root, tools = fake_openpcdet
    float_cfg = small_cfg_yaml(tmp_path / 'pp_float.yaml')
    run_openpcdet_train(['--cfg_file', str(float_cfg), '--epochs', '1'], str(tools))
    qat_cfg = small_cfg_yaml(tmp_path / 'pp_resume.yaml', QAT)
    # load_params_with_optimizer loads strictly: the float checkpoint lacks every quantizer buffer
    run_openpcdet_train(['--cfg_file', str(qat_cfg), '--epochs', '2', '--ckpt',
                         str(_ckpt(root, 'pp_float', 'default', 1))], str(tools))
    resumed = torch.load(_ckpt(root, 'pp_resume', 'default', 2), weights_only=True)
    assert resumed['epoch'] == 2 and resumed['quant']['phase'] == 'train'


def test_calibration_mode(fake_openpcdet, tmp_path):
    root, tools = fake_openpcdet
    cfg = small_cfg_yaml(tmp_path / 'pp_calib.yaml', CALIB)
    run_openpcdet_train(['--cfg_file', str(cfg), '--epochs', '3'], str(tools))
    ckpt = torch.load(_ckpt(root, 'pp_calib', 'default', 3), weights_only=True)
    assert ckpt['quant']['phase'] == 'calibrate'
    assert set(float(v) for v in _quant_buffers(ckpt['model_state'], 'batches_observed').values()) == {2.0}
    assert set(int(v) for v in _quant_buffers(ckpt['model_state'], 'range_frozen').values()) == {1}
    assert not _ckpt(root, 'pp_calib', 'default', 1).exists()  # no training epochs ran


def _project_tool(name):
    """This project's tools/<name>.py as a module under another name (the fake checkout owns `train` / `test`)."""
    import importlib.util
    import sys
    from pathlib import Path
    tools = Path(__file__).resolve().parents[2] / 'tools'
    if str(tools) not in sys.path:
        sys.path.append(str(tools))  # for its `_cli`, after the fake tools/ folder
    spec = importlib.util.spec_from_file_location(f'project_tools_{name}', tools / f'{name}.py')
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_project_tools_hand_openpcdet_flags_through(fake_openpcdet, tmp_path):
    """`tools/train.py --host openpcdet` parses only its own flags: --launcher, --fix_random_seed and --sync_bn
    reach OpenPCDet's train.py; with the built-in host an unknown flag is still an argparse error."""
    root, tools = fake_openpcdet
    cfg = small_cfg_yaml(tmp_path / 'pp_flags.yaml')
    train_tool = _project_tool('train')
    train_tool.main(['--cfg_file', str(cfg), '--epochs', '1', '--host', 'openpcdet', '--launcher', 'none',
                     '--fix_random_seed', '--sync_bn'])
    assert _ckpt(root, 'pp_flags', 'default', 1).is_file()
    test_tool = _project_tool('test')
    test_tool.main(['--cfg_file', str(cfg), '--ckpt', str(_ckpt(root, 'pp_flags', 'default', 1)), '--host',
                    'openpcdet', '--launcher', 'none', '--extra_tag', 'flags'])
    assert (root / 'output/pp_flags/flags/eval/result.json').is_file()
    with pytest.raises(SystemExit):
        train_tool.main(['--cfg_file', str(cfg), '--host', 'builtin', '--fix_random_seed'])
