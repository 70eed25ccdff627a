"""The .pth import hook: installs a finder at startup without heavy imports, honours the opt-out env var,
never breaks interpreter startup, and wraps only watched modules. Runs without OpenPCDet."""
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pcdet_qat_plugin.hosts.openpcdet import hook

ROOT = Path(__file__).resolve().parents[2]
PTH = ROOT / 'pcdet_qat_plugin_hook.pth'

PROBE = textwrap.dedent('''
    import site, sys
    site.addsitedir(sys.argv[1])  # processes the .pth exactly as site-packages would
    finders = [type(f).__name__ for f in sys.meta_path]
    heavy = sorted(m for m in ('torch', 'numpy', 'pcdet', 'easydict', 'yaml') if m in sys.modules)
    print(finders.count('OpenPCDetFinder'), ','.join(heavy) or '-')
''')


def _run_probe(tmp_path, env_extra=None, with_repo=True):
    site_dir = tmp_path / 'site'
    site_dir.mkdir(exist_ok=True)
    shutil.copy(PTH, site_dir / PTH.name)
    env = {k: v for k, v in os.environ.items() if k not in ('PYTHONPATH', hook.DISABLE_ENV)}
    if with_repo:
        env['PYTHONPATH'] = str(ROOT)
    env.update(env_extra or {})
    # -S: no automatic site-packages, so an installed copy of this package (and its own .pth) stays out
    return subprocess.run([sys.executable, '-S', '-c', PROBE, str(site_dir)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60)


def test_pth_is_one_import_line():
    lines = [ln for ln in PTH.read_text().splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith('import ')


def test_pth_installs_finder_without_heavy_imports(tmp_path):
    res = _run_probe(tmp_path)
    assert res.returncode == 0, res.stderr
    assert res.stdout.split() == ['1', '-'], res.stdout
    assert res.stderr == ''


@pytest.mark.parametrize('value,installed', [('1', False), ('true', False), ('0', True), ('', True)])
def test_env_var_opt_out(tmp_path, value, installed):
    res = _run_probe(tmp_path, {hook.DISABLE_ENV: value})
    assert res.returncode == 0, res.stderr
    assert res.stdout.split()[0] == ('1' if installed else '0')


def test_removed_package_is_silent(tmp_path):
    """.pth left behind by an install whose files are gone (e.g. an editable checkout deleted): no message at
    every interpreter start."""
    res = _run_probe(tmp_path, with_repo=False)
    assert res.returncode == 0
    assert res.stdout.split()[0] == '0'
    assert res.stderr == ''


def test_broken_install_never_breaks_startup(tmp_path):
    """A package that exists but fails to import: startup goes on, with one line saying why and how to silence it."""
    broken = tmp_path / 'broken' / 'pcdet_qat_plugin'
    broken.mkdir(parents=True)
    (broken / '__init__.py').write_text('raise RuntimeError("half-installed")\n')
    res = _run_probe(tmp_path, {'PYTHONPATH': str(broken.parent)}, with_repo=False)
    assert res.returncode == 0
    assert res.stdout.split()[0] == '0'
    assert 'pcdet-qat-plugin' in res.stderr and 'RuntimeError: half-installed' in res.stderr
    assert hook.DISABLE_ENV in res.stderr and len(res.stderr.splitlines()) == 1


def test_hook_disabled_words():
    assert hook.hook_disabled({hook.DISABLE_ENV: 'YES'})
    assert not hook.hook_disabled({hook.DISABLE_ENV: 'off'})
    assert not hook.hook_disabled({})


@pytest.fixture
def clean_meta_path():
    saved = list(sys.meta_path)
    yield
    sys.meta_path[:] = saved


def test_install_and_enable_are_idempotent(clean_meta_path, monkeypatch):
    monkeypatch.delenv(hook.DISABLE_ENV, raising=False)
    hook.uninstall()
    assert hook.install() and hook.install()
    hook.enable()
    assert sum(isinstance(f, hook.OpenPCDetFinder) for f in sys.meta_path) == 1
    hook.uninstall()
    assert not any(isinstance(f, hook.OpenPCDetFinder) for f in sys.meta_path)


def test_install_respects_env_but_enable_does_not(clean_meta_path, monkeypatch):
    monkeypatch.setenv(hook.DISABLE_ENV, '1')
    hook.uninstall()
    assert hook.install() is False
    assert not any(isinstance(f, hook.OpenPCDetFinder) for f in sys.meta_path)
    hook.enable()  # explicit activation wins over the opt-out
    assert any(isinstance(f, hook.OpenPCDetFinder) for f in sys.meta_path)


def test_finder_wraps_only_watched_modules(tmp_path, clean_meta_path, monkeypatch):
    pkg = tmp_path / 'watched_pkg'
    pkg.mkdir()
    (pkg / '__init__.py').write_text('')
    (pkg / 'mod.py').write_text('VALUE = 1\n')
    (tmp_path / 'unwatched_mod.py').write_text('VALUE = 2\n')
    monkeypatch.syspath_prepend(str(tmp_path))
    calls = []
    monkeypatch.setattr(hook, 'WATCHED', {'watched_pkg.mod': 'x'})
    monkeypatch.setattr(hook, '_apply', lambda name, module: calls.append((name, module.VALUE)))
    for name in ('watched_pkg', 'watched_pkg.mod', 'unwatched_mod'):
        monkeypatch.delitem(sys.modules, name, raising=False)
    hook.uninstall()
    hook.install()
    import unwatched_mod  # noqa: F401
    import watched_pkg.mod
    assert calls == [('watched_pkg.mod', 1)]
    # the real loader still answers everything else (inspect / linecache need get_source)
    assert 'VALUE = 1' in watched_pkg.mod.__loader__.get_source('watched_pkg.mod')
    assert hook.OpenPCDetFinder().find_spec('json', None) is None
