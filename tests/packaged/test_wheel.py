"""The package as a user gets it: a wheel built from this checkout, installed (--no-deps) into a fresh venv that
sees this interpreter's packages, used from another folder through the `pcdet-qat` console command, then
uninstalled. Checks the wheel holds the cfgs, the hook .pth and the entry point; each command's --help; a tiny
QAT train + test + export with a packaged cfg by name on generated frames; nothing written into the install;
`pip uninstall` leaves the venv exactly as before the install."""
import os
import resource
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from pcdet_qat_plugin.cli.main import COMMANDS
from pcdet_qat_plugin.packaged_cfgs import packaged_cfgs

REPO = Path(__file__).resolve().parents[2]
NOT_SOURCE = ('.git', 'build', 'dist', 'output', 'data', '*.egg-info', '__pycache__', '.pytest_cache')
TINY = ['--set', 'QUANTIZE', 'training', 'DATA_CONFIG.DATA_AUGMENTOR.DISABLE_AUG_LIST', 'gt_sampling',
        'MODEL.POST_PROCESSING.NMS_CONFIG.NMS_PRE_MAXSIZE', '64',
        'MODEL.POST_PROCESSING.NMS_CONFIG.NMS_POST_MAXSIZE', '16']


def run(cmd, cwd, env=None, check=True):
    proc = subprocess.run([str(c) for c in cmd], cwd=str(cwd), env=env, capture_output=True, text=True)
    if check and proc.returncode != 0:
        raise AssertionError(f'{" ".join(map(str, cmd))} -> {proc.returncode}\n'
                             f'{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}')
    return proc


def tree(root: Path) -> dict:
    """Every file under root (relative path -> (size, mtime_ns)); a changed or added file shows up."""
    out = {}
    for dirpath, _, files in os.walk(root):
        for name in files:
            path = Path(dirpath) / name
            st = path.lstat()
            out[path.relative_to(root).as_posix()] = (st.st_size, st.st_mtime_ns)
    return out


@pytest.fixture(scope='module')
def wheel(tmp_path_factory):
    """A wheel built from a copy of this checkout (so the checkout gets no build/ or egg-info)."""
    tmp = tmp_path_factory.mktemp('wheel')
    src = tmp / 'src'
    shutil.copytree(REPO, src, symlinks=True, ignore=shutil.ignore_patterns(*NOT_SOURCE))
    run([sys.executable, '-m', 'pip', 'wheel', '--no-deps', '--no-build-isolation', '--no-cache-dir', '-q',
         '-w', tmp / 'dist', src], cwd=tmp)
    (whl,) = (tmp / 'dist').glob('pcdet_qat_plugin-*.whl')
    return whl


def test_wheel_holds_package_cfgs_hook_and_entry_point(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert 'pcdet_qat_plugin_hook.pth' in names
    assert {f'pcdet_qat_plugin/cfgs/{n}.yaml' for n in packaged_cfgs()} <= set(names)
    assert {f'pcdet_qat_plugin/cli/{m}.py' for m in COMMANDS.values()} <= set(names)
    entry_points = next(n for n in names if n.endswith('.dist-info/entry_points.txt'))
    assert 'pcdet-qat = pcdet_qat_plugin.cli.main:console_main' in zipfile.ZipFile(wheel).read(entry_points).decode()
    assert not [n for n in names if n.startswith(('tests/', 'tools/', 'bench/', 'cfgs/'))]


def test_fresh_venv_commands_and_clean_uninstall(wheel, tmp_path):
    start, cpu_start = time.time(), resource.getrusage(resource.RUSAGE_CHILDREN)
    venv, work = tmp_path / 'venv', tmp_path / 'elsewhere'
    work.mkdir()
    run([sys.executable, '-m', 'venv', '--system-site-packages', '--without-pip', venv], cwd=tmp_path)
    python, pcdet_qat = venv / 'bin' / 'python', venv / 'bin' / 'pcdet-qat'
    env = {k: v for k, v in os.environ.items() if k not in ('PYTHONPATH', 'NUMBA_CACHE_DIR')}
    env.update(PIP_DISABLE_PIP_VERSION_CHECK='1', PIP_NO_CACHE_DIR='1', XDG_CACHE_HOME=str(tmp_path / 'cache'),
               OMP_NUM_THREADS='1')
    before = tree(venv)
    run([python, '-m', 'pip', 'install', '--no-deps', '--ignore-installed', '--no-index', '-q', wheel], work, env)
    installed = tree(venv)
    purelib = 'import sysconfig; print(sysconfig.get_paths()["purelib"])'
    site = Path(run([python, '-c', purelib], work, env).stdout.strip())
    assert (site / 'pcdet_qat_plugin_hook.pth').is_file() and pcdet_qat.is_file()
    where = run([python, '-c', 'import pcdet_qat_plugin; print(pcdet_qat_plugin.__file__)'], work, env).stdout
    assert where.strip() == str(site / 'pcdet_qat_plugin' / '__init__.py')   # the wheel's, not this checkout's

    listing = run([pcdet_qat, '--help'], work, env).stdout
    for name in COMMANDS:
        assert f'\n  {name} ' in listing
        helped = run([pcdet_qat, name, '--help'], work, env).stdout
        assert helped.startswith(f'usage: pcdet-qat {name}') and '\nexamples:\n  pcdet-qat ' + name in helped

    # tiny QAT train + test + export from the packaged cfg by name; data/ and output/ under the working folder.
    # Numba runs its kernels as Python here: compiling them in a fresh install would take most of a minute.
    from pcdet_qat_plugin.datasets.kitti.kitti_infos import create_kitti_infos
    from pcdet_qat_plugin.datasets.synthetic import generate_kitti_dataset
    from pcdet_qat_plugin.config import load_cfg
    data = work / 'data' / 'synthetic_kitti'       # the demo cfg's DATA_PATH, relative to the working folder
    generate_kitti_dataset(str(data), num_frames=4, seed=1, val_fraction=0.5)
    demo = load_cfg('demo/pointpillar_demo')
    create_kitti_infos(demo.DATA_CONFIG, demo.CLASS_NAMES, data_path=data, save_path=data, workers=1)
    env_run = dict(env, NUMBA_DISABLE_JIT='1')
    run([pcdet_qat, 'train', '--cfg_file', 'demo/pointpillar_demo', '--epochs', '1', '--batch_size', '2',
         '--workers', '0', '--no_eval', *TINY], work, env_run)
    ckpt = work / 'output' / 'demo' / 'pointpillar_demo' / 'default' / 'ckpt' / 'checkpoint_epoch_1.pth'
    assert ckpt.is_file()
    tested = run([pcdet_qat, 'test', '--cfg_file', 'pointpillar_demo', '--ckpt', ckpt, '--workers', '0', *TINY],
                 work, env_run)
    assert 'Car_3d/moderate_R40' in tested.stdout
    assert (ckpt.parents[1] / 'eval' / 'epoch_1' / 'val' / 'default' / 'result.pkl').is_file()
    run([pcdet_qat, 'export', '--cfg_file', 'demo/pointpillar_demo', '--ckpt', ckpt, '--output', 'pp_tidl.onnx',
         '--set', 'QUANTIZE', 'training'], work, env_run)
    assert (work / 'pp_tidl.onnx').is_file() and (work / 'pp_tidl.prototxt').is_file()

    # the commands send numba's compiled kernels to the user's cache, not next to the installed sources
    run([python, '-c', 'import numpy as np; from pcdet_qat_plugin.cli.common import default_numba_cache; '
         'default_numba_cache(); from pcdet_qat_plugin.datasets.augmentor.augmentor_utils import points_in_any_box; '
         'points_in_any_box(np.zeros((3, 4), np.float32), np.zeros((1, 7), np.float32))'], work, env)
    assert list((tmp_path / 'cache' / 'pcdet_qat_plugin' / 'numba').rglob('*.nbc'))

    assert tree(venv) == installed                  # nothing written into the install (outputs, data, caches)
    run([python, '-m', 'pip', 'uninstall', '-y', '-q', 'pcdet-qat-plugin'], work, env)
    assert tree(venv) == before                     # the .pth, the command and every installed file are gone
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_s = cpu.ru_utime + cpu.ru_stime - cpu_start.ru_utime - cpu_start.ru_stime
    print(f'\nfresh venv: install + {len(COMMANDS) + 1} --help + train/test/export + uninstall: '
          f'{time.time() - start:.1f} s wall, {cpu_s:.1f} s CPU in subprocesses, load average {os.getloadavg()[0]:.1f}')
