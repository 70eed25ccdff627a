"""Bad inputs through the real command-line tools, each in its own subprocess: exit code 2, one `error:` line
naming the culprit, no traceback, and no file under the data or output folders changed.

One table (CASES), one representative case per kind that needs the model (each such process imports torch:
seconds of CPU), every parser and cfg case (no torch); the library-level variants live in the other
tests/reliability modules. The data, checkpoints and crafted files are made once (module fixture); the
cases run four at a time."""
import os
import pickle
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
import torch
import yaml

import pcdet_qat_plugin
from pcdet_qat_plugin.utils.checkpoint import checkpoint_state, save_checkpoint
from pcdet_qat_plugin.utils.fileio import LOCK_NAME

REPO = Path(__file__).resolve().parents[2]
CFG = 'demo/pointpillar_demo'


def _copy_with_links(src: Path, dst: Path) -> Path:
    """dst/ImageSets as a real copy, dst/training/* as symlinks into src (crafted variants edit their copy)."""
    shutil.copytree(src / 'ImageSets', dst / 'ImageSets')
    (dst / 'training').mkdir()
    for sub in ('velodyne', 'calib', 'image_2', 'label_2'):
        (dst / 'training' / sub).symlink_to(src / 'training' / sub, target_is_directory=True)
    (dst / 'gt_database').symlink_to(src / 'gt_database', target_is_directory=True)
    for pkl in src.glob('kitti_*.pkl'):
        shutil.copy(pkl, dst / pkl.name)
    return dst


class _RunsCode:
    def __reduce__(self):
        return (os.system, ('touch code_ran',))


@pytest.fixture(scope='module')
def world(tiny_kitti, tmp_path_factory):
    """Data sets (clean, crafted infos, a NaN frame, a duplicate id), checkpoints and cfg files."""
    base = tmp_path_factory.mktemp('cli_world')
    data = base / 'data'
    data.mkdir()
    clean = _copy_with_links(tiny_kitti, data / 'clean')
    crafted = _copy_with_links(tiny_kitti, data / 'crafted')
    (crafted / 'kitti_infos_val.pkl').write_bytes(pickle.dumps([_RunsCode()]))
    nan = _copy_with_links(tiny_kitti, data / 'nan')
    val_frame = (nan / 'ImageSets' / 'val.txt').read_text().split()[0]
    (nan / 'training' / 'velodyne').unlink()
    shutil.copytree(tiny_kitti / 'training' / 'velodyne', nan / 'training' / 'velodyne')
    pts = np.fromfile(nan / 'training' / 'velodyne' / f'{val_frame}.bin', dtype=np.float32).reshape(-1, 4)
    pts[5, 0] = np.nan
    pts.tofile(nan / 'training' / 'velodyne' / f'{val_frame}.bin')
    dup = _copy_with_links(tiny_kitti, data / 'dup')
    (dup / 'ImageSets' / 'val.txt').write_text((dup / 'ImageSets' / 'val.txt').read_text() + f'{val_frame}\n')

    ckpts = base / 'ckpts'
    ckpts.mkdir()
    model = pcdet_qat_plugin.build_model(pcdet_qat_plugin.load_cfg(CFG))
    state = checkpoint_state(model, torch.optim.Adam(model.parameters()), epoch=1, it=1)
    save_checkpoint(state, str(ckpts / 'good'))
    partial = dict(state, model_state={k: v for k, v in state['model_state'].items() if 'dense_head' not in k})
    save_checkpoint(partial, str(ckpts / 'partial'))
    save_checkpoint(dict(state, model_state={'other.weight': torch.zeros(2)}), str(ckpts / 'foreign'))
    save_checkpoint(dict(state, model_state=[1, 2]), str(ckpts / 'list_state'))
    save_checkpoint(dict(state, epoch='abc'), str(ckpts / 'epoch_abc'))

    cfgs = base / 'cfgs'
    cfgs.mkdir()
    (cfgs / 'empty.yaml').write_text('')
    for name, key, value in (('epochs_frac', 'NUM_EPOCHS', 1.5), ('lr_str', 'LR', 'abc')):
        (cfgs / f'{name}.yaml').write_text(yaml.safe_dump({'_BASE_CONFIG_': CFG + '.yaml',
                                                           'OPTIMIZATION': {key: value}}))
    (cfgs / 'pcr.yaml').write_text(yaml.safe_dump({'_BASE_CONFIG_': CFG + '.yaml', 'DATA_CONFIG': {
        'POINT_CLOUD_RANGE': [40.96, -20.48, -3, 0, 20.48, 1]}}))
    busy = base / 'busy'
    busy.mkdir()
    (busy / LOCK_NAME).write_text(f'{os.getpid()}\n{os.uname().nodename}\n')   # this test process: alive
    (base / 'a_file').write_text('in the way\n')
    return {'base': base, 'data': data, 'clean': clean, 'crafted': crafted, 'nan': nan, 'dup': dup,
            'ckpts': ckpts, 'cfgs': cfgs, 'busy': busy, 'file': base / 'a_file', 'val_frame': val_frame}


def _data(w, name='clean'):
    return ['--set', 'DATA_CONFIG.DATA_PATH', str(w[name])]


# (id, tool, argv(world), regex the one error line must match)
CASES = [
    # CLI values, refused by the parsers
    ('train_batch_0', 'train', lambda w: ['--cfg_file', CFG, '--batch_size', '0'], r'--batch_size: 0 must be >= 1'),
    ('train_workers_neg', 'train', lambda w: ['--cfg_file', CFG, '--workers', '-1'], r'--workers: -1 must be >= 0'),
    ('train_interval_0', 'train', lambda w: ['--cfg_file', CFG, '--ckpt_save_interval', '0'],
     r'--ckpt_save_interval: 0 must be >= 1'),
    ('train_keep_0', 'train', lambda w: ['--cfg_file', CFG, '--max_ckpt_save_num', '0'],
     r'--max_ckpt_save_num: 0 must be >= 1'),
    ('train_epochs_str', 'train', lambda w: ['--cfg_file', CFG, '--epochs', 'abc'], r"--epochs: 'abc' is not an integer"),
    ('test_batch_0', 'test', lambda w: ['--cfg_file', CFG, '--batch_size', '0'], r'--batch_size: 0 must be >= 1'),
    ('export_opset', 'export_onnx', lambda w: ['--cfg_file', CFG, '--ckpt', 'x.pth', '--opset', '5'],
     r'--opset: 5 must be >= 11'),
    ('synthetic_frames_0', 'create_synthetic', lambda w: ['--out', 'syn', '--frames', '0'], r'--frames: 0 must be >= 1'),
    ('synthetic_val_fraction', 'create_synthetic', lambda w: ['--out', 'syn', '--val_fraction', '1.5'],
     r'--val_fraction: 1.5 must be >= 0 and < 1'),
    ('infos_workers_0', 'create_infos', lambda w: ['--cfg_file', CFG, '--workers', '0'], r'--workers: 0 must be >= 1'),
    ('eval_unknown_class', 'eval', lambda w: ['--gt_dir', 'g', '--pred_dir', 'p', '--classes', 'Bus'],
     r"--classes: invalid choice: 'Bus'"),
    # cfg values, refused when the cfg is loaded
    ('cfg_empty', 'train', lambda w: ['--cfg_file', str(w['cfgs'] / 'empty.yaml')], r'empty\.yaml: the cfg is empty'),
    ('cfg_epochs_frac', 'train', lambda w: ['--cfg_file', str(w['cfgs'] / 'epochs_frac.yaml')],
     r'OPTIMIZATION\.NUM_EPOCHS: 1\.5 must be an integer >= 1'),
    ('cfg_lr_str', 'test', lambda w: ['--cfg_file', str(w['cfgs'] / 'lr_str.yaml'), '--ckpt', 'x.pth'],
     r"OPTIMIZATION\.LR: 'abc' must be a finite number"),
    ('cfg_pcr_inverted', 'export_onnx', lambda w: ['--cfg_file', str(w['cfgs'] / 'pcr.yaml'), '--ckpt', 'x.pth'],
     r'DATA_CONFIG\.POINT_CLOUD_RANGE: .* min >= max on x'),
    ('set_epochs_0', 'train', lambda w: ['--cfg_file', CFG, '--set', 'OPTIMIZATION.NUM_EPOCHS', '0'],
     r'OPTIMIZATION\.NUM_EPOCHS: 0 must be an integer >= 1'),
    # output locations
    ('train_out_is_file', 'train', lambda w: ['--cfg_file', CFG, '--output_dir', str(w['file'] / 'run')] + _data(w),
     r'a_file/run/ckpt: cannot be created'),
    ('train_busy', 'train', lambda w: ['--cfg_file', CFG, '--output_dir', str(w['busy']), '--no_eval'] + _data(w),
     r'busy is in use by another run \(pid \d+'),
    ('export_out_readonly', 'export_onnx', lambda w: ['--cfg_file', CFG, '--ckpt', str(w['ckpts'] / 'good.pth'),
                                                      '--format', 'float', '--output', '/proc/pcdet_qat.onnx'],
     r'/proc/pcdet_qat\.onnx'),
    ('synthetic_out_is_file', 'create_synthetic', lambda w: ['--out', str(w['file']), '--frames', '1'], r'a_file'),
    ('synthetic_out_readonly', 'create_synthetic', lambda w: ['--out', '/proc/pcdet_qat_syn', '--frames', '1'],
     r'/proc/pcdet_qat_syn'),
    ('infos_save_readonly', 'create_infos', lambda w: ['--cfg_file', CFG, '--data_path', str(w['clean']),
                                                      '--save_path', '/proc/pcdet_qat_infos', '--workers', '1'],
     r'/proc/pcdet_qat_infos'),
    ('eval_out_folder', 'eval', lambda w: ['--gt_dir', str(w['clean'] / 'training' / 'label_2'),
                                           '--pred_dir', str(w['clean']), '--out', str(w['clean'])],
     r'--out .*clean: is a folder'),
    # checkpoints
    ('train_pretrained_partial', 'train', lambda w: ['--cfg_file', CFG, '--no_eval', '--pretrained_model',
                                                     str(w['ckpts'] / 'partial.pth'), '--output_dir', 'run'] + _data(w),
     r'partial\.pth: provides \d+/\d+ model weights; pass --allow_partial_load'),
    ('test_list_state', 'test', lambda w: ['--cfg_file', CFG, '--ckpt', str(w['ckpts'] / 'list_state.pth'),
                                           '--output_dir', 'run'] + _data(w), r'list_state\.pth: .*model_state is a list'),
    # data files
    ('test_crafted_infos', 'test', lambda w: ['--cfg_file', CFG, '--ckpt', str(w['ckpts'] / 'good.pth'),
                                              '--output_dir', 'run'] + _data(w, 'crafted'),
     r'crafted/kitti_infos_val\.pkl: cannot unpickle \(refused posix\.system'),
    ('test_nan_frame', 'test', lambda w: ['--cfg_file', CFG, '--ckpt', str(w['ckpts'] / 'good.pth'), '--workers', '0',
                                          '--output_dir', 'run'] + _data(w, 'nan'),
     r'nan/training/velodyne/(\d+)\.bin: 1 of \d+ points hold NaN or inf'),
    ('infos_duplicate_id', 'create_infos', lambda w: ['--cfg_file', CFG, '--data_path', str(w['dup']),
                                                     '--save_path', 'infos', '--workers', '1'],
     r'dup/ImageSets/val\.txt: frame ids listed more than once'),
]

TOOLS = {'train': ['tools/train.py'], 'test': ['tools/test.py'], 'export_onnx': ['tools/export_onnx.py'],
         'create_synthetic': ['tools/create_synthetic.py'], 'create_infos': ['tools/create_infos.py'],
         'eval': ['-m', 'pcdet_qat_plugin.eval']}


def _snapshot(root: Path) -> dict:
    """path -> (size, mtime_ns) of every file below root (symlinks followed into the shared frames)."""
    out = {}
    for dirpath, _, files in os.walk(root, followlinks=True):
        for name in files:
            p = Path(dirpath) / name
            st = p.stat()
            out[str(p)] = (st.st_size, st.st_mtime_ns)
    return out


def _run(case, world, cwd: Path):
    case_id, tool, argv, _ = case
    cmd = [sys.executable] + [str(REPO / a) if a.endswith('.py') else a for a in TOOLS[tool]] + argv(world)
    env = dict(os.environ, PYTHONPATH=str(REPO), OMP_NUM_THREADS='1')   # this checkout, not an installed copy
    cwd.mkdir()
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope='module')
def outcomes(world):
    """Every case run once (four at a time), with the data / output files before and after."""
    before = _snapshot(world['base'])
    cases_root = world['base'] / 'cases'
    cases_root.mkdir()
    with ThreadPoolExecutor(max_workers=4) as pool:
        procs = dict(zip([c[0] for c in CASES],
                         pool.map(lambda c: _run(c, world, cases_root / c[0]), CASES)))
    after = _snapshot(world['base'])
    return procs, before, after


@pytest.mark.parametrize('case', CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_one_clean_line(case, outcomes, world):
    procs, before, after = outcomes
    proc = procs[case[0]]
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    errors = [ln for ln in lines if ln.startswith('error: ') or ': error: ' in ln]   # log / progress lines aside
    assert 'Traceback' not in proc.stderr, proc.stderr[-3000:]
    assert proc.returncode == 2, proc.stderr[-3000:]
    assert len(errors) == 1 and errors[0] == lines[-1], proc.stderr[-3000:]
    assert re.search(case[3], errors[0]), errors[0]
    case_dir = str(world['base'] / 'cases' / case[0])
    created = sorted(p for p in set(after) - set(before) if p.startswith(case_dir) and '/log_' not in p)
    assert created == [], created   # no checkpoint, result, infos or temp file from a refused run


def test_no_data_or_output_file_changed(outcomes, world):
    _, before, after = outcomes
    changed = [p for p in before if after.get(p) != before[p]]
    assert changed == [] and not (world['base'] / 'cases' / 'test_crafted_infos' / 'code_ran').exists()
