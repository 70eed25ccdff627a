"""Packaged cfgs by name and by path, `pcdet-qat cfgs --copy-to` into an OpenPCDet-like tools/cfgs tree, and
outputs under the working directory (an unwritable location is one error naming it)."""
import os

import pytest
import yaml

from pcdet_qat_plugin import packaged_cfgs as pc
from pcdet_qat_plugin.cli.main import COMMANDS, command_module, main as pcdet_qat
from pcdet_qat_plugin.config import load_cfg
from pcdet_qat_plugin.errors import ConfigError, OutputError
from pcdet_qat_plugin.paths import writable_dir
from pcdet_qat_plugin.runners.train_main import output_dir_for

VOLATILE = ('CFG_FILE', 'ROOT_DIR', 'EXP_GROUP_PATH')   # where a cfg was read from, the working directory


def values(cfg):
    return {k: v for k, v in cfg.items() if k not in VOLATILE}


@pytest.mark.parametrize('name', ['pointpillar_qat', 'kitti/pointpillar_qat', 'kitti/pointpillar_qat.yaml',
                                  'cfgs/kitti/pointpillar_qat.yaml'])
def test_packaged_cfg_by_name_from_any_folder(name, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cfg = load_cfg(name)
    assert cfg.CFG_FILE == str(pc.CFGS_DIR / 'kitti' / 'pointpillar_qat.yaml')
    assert cfg.EXP_GROUP_PATH == 'kitti' and cfg.TAG == 'pointpillar_qat'
    assert cfg.QUANTIZE.MODE == 'training' and cfg.MODEL.NAME == 'PointPillar'   # base merged


def test_a_file_path_wins_over_the_packaged_name(tmp_path, monkeypatch):
    mine = tmp_path / 'cfgs' / 'kitti' / 'pointpillar_qat.yaml'
    mine.parent.mkdir(parents=True)
    mine.write_text('_BASE_CONFIG_: cfgs/kitti/pointpillar.yaml\nQUANTIZE:\n    MODE: calibration\n')
    monkeypatch.chdir(tmp_path)
    cfg = load_cfg('cfgs/kitti/pointpillar_qat.yaml')
    assert cfg.CFG_FILE == str(mine.resolve()) and cfg.QUANTIZE.MODE == 'calibration'
    assert cfg.MODEL.NAME == 'PointPillar'   # its base is not beside it: the packaged one, by name


def test_unknown_and_ambiguous_names(tmp_path, monkeypatch):
    with pytest.raises(ConfigError, match=r'pointpillar_qatt.*kitti/pointpillar_qat.*pcdet-qat cfgs'):
        load_cfg('pointpillar_qatt')
    for folder in ('a', 'b'):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / 'same.yaml').write_text('X: 1\n')
    monkeypatch.setattr(pc, 'CFGS_DIR', tmp_path)
    with pytest.raises(ConfigError, match=r"'same' is ambiguous: a/same, b/same"):
        pc.find_packaged_cfg('same')
    assert pc.find_packaged_cfg('b/same') == tmp_path / 'b' / 'same.yaml'


def test_copy_to_openpcdet_tools_cfgs(tmp_path, monkeypatch, capsys):
    tools = tmp_path / 'OpenPCDet' / 'tools'
    assert pcdet_qat(['cfgs', '--copy-to', str(tools / 'cfgs')]) == 0
    copied = sorted(p.relative_to(tools / 'cfgs').as_posix() for p in (tools / 'cfgs').rglob('*.yaml'))
    assert copied == sorted(pc.copy_target(name) for name in pc.packaged_cfgs())
    assert 'kitti/pointpillar_qat.yaml' in copied and 'kitti_models/pointpillar_painted_qat.yaml' in copied
    assert f'wrote {tools / "cfgs" / "kitti" / "pointpillar_qat.yaml"}' in capsys.readouterr().out
    # OpenPCDet's parser opens each _BASE_CONFIG_ (top level or nested) relative to its working directory, tools/
    monkeypatch.chdir(tools)
    bases = [line.split(':', 1)[1].strip() for path in (tools / 'cfgs').rglob('*.yaml')
             for line in path.read_text().splitlines() if line.strip().startswith('_BASE_CONFIG_:')]
    assert len(bases) >= 9 and all(b.startswith('cfgs/') and os.path.isfile(b) for b in bases), bases
    # this package's loader reads the copies from anywhere, with the same values as the packaged cfgs
    monkeypatch.chdir(tmp_path)
    for name in ('kitti/pointpillar_qat', 'demo/pointpillar_painted_demo',
                 'openpcdet/kitti_models/pointpillar_painted'):
        copy = load_cfg(tools / 'cfgs' / pc.copy_target(name))
        assert copy.CFG_FILE.startswith(str(tools)) and values(copy) == values(load_cfg(name))


@pytest.mark.parametrize('name', sorted(pc.packaged_cfgs()))
def test_every_packaged_cfg_loads_by_name(name, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert load_cfg(name).CFG_FILE == str(pc.packaged_cfgs()[name])


def test_copy_some_with_their_bases_and_never_clobber(tmp_path):
    dest = tmp_path / 'cfgs'
    written = pc.copy_cfgs(dest, ['pointpillar_painted_demo'])
    assert sorted(p.relative_to(dest).as_posix() for p in written) == [
        'demo/pointpillar_demo.yaml', 'demo/pointpillar_painted_demo.yaml', 'kitti/pointpillar.yaml']
    pc.copy_cfgs(dest, ['demo/pointpillar_demo'])                    # identical files: fine
    edited = dest / 'kitti' / 'pointpillar.yaml'
    edited.write_text(edited.read_text() + '\n# mine\n')
    with pytest.raises(OutputError, match=r'kitti/pointpillar\.yaml: exists and differs.*--overwrite'):
        pc.copy_cfgs(dest, ['kitti/pointpillar_qat'])
    pc.copy_cfgs(dest, ['kitti/pointpillar_qat'], overwrite=True)
    assert '# mine' not in edited.read_text()
    with pytest.raises(ConfigError, match=r"no packaged cfg named 'nope'"):
        pc.copy_cfgs(dest, ['nope'])


def test_outputs_default_to_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cfg = load_cfg('kitti/pointpillar_qat')
    assert output_dir_for(cfg, 'x') == tmp_path / 'output' / 'kitti' / 'pointpillar_qat' / 'x'


def test_unwritable_output_is_one_error_naming_it(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / 'file'
    blocker.write_text('')
    with pytest.raises(OutputError, match=rf'output folder {blocker}/out: cannot be created'):
        writable_dir(blocker / 'out')
    monkeypatch.chdir(tmp_path)
    code = pcdet_qat(['train', '--cfg_file', 'demo/pointpillar_demo', '--host', 'builtin',
                      '--output_dir', str(blocker / 'run')])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith(f'error: output folder {blocker}/run/ckpt: cannot be created')
    assert 'Traceback' not in err


def test_permission_denied_anywhere_is_one_line(capsys):
    from pcdet_qat_plugin.cli.common import run_main

    def main(argv):
        raise PermissionError(13, 'Permission denied', '/opt/site-packages/output')
    assert run_main(main, []) == 2
    err = capsys.readouterr().err
    assert err.startswith('error: cannot write /opt/site-packages/output: Permission denied.') and err.count('\n') == 1


@pytest.mark.parametrize('command', ['train', 'test'])
def test_openpcdet_host_asks_for_a_cfg_path_not_a_name(command, monkeypatch, tmp_path, capsys):
    import pcdet_qat_plugin.hosts.select as select
    monkeypatch.setattr(select, 'select_host', lambda host: 'openpcdet')   # as when `pcdet` imports
    monkeypatch.chdir(tmp_path)
    assert pcdet_qat([command, '--cfg_file', 'kitti/pointpillar_qat', '--host', 'openpcdet']) == 2
    err = capsys.readouterr().err
    assert err.startswith('error: --cfg_file kitti/pointpillar_qat: --host openpcdet needs a cfg file path')
    assert 'pcdet-qat cfgs --copy-to' in err


@pytest.mark.parametrize('name', sorted(COMMANDS))
def test_every_option_has_a_meaning_and_every_command_an_example(name):
    parser = command_module(name).build_parser(f'pcdet-qat {name}')
    assert parser.description.strip() and f'examples:\n  pcdet-qat {name}' in parser.format_help()
    silent = [a.dest for a in parser._actions if not (a.help or '').strip()]
    assert silent == [], f'{name}: options without help: {silent}'


def test_openpcdet_only_flags_pass_through_and_are_refused_on_the_builtin_host(monkeypatch, tmp_path):
    import pcdet_qat_plugin.hosts.openpcdet.runner as runner
    import pcdet_qat_plugin.hosts.select as select
    cfg = pc.copy_cfgs(tmp_path / 'cfgs', ['kitti/pointpillar'])[0]
    seen = []
    monkeypatch.setattr(runner, 'run_openpcdet_train', seen.append)
    monkeypatch.setattr(select, 'select_host', lambda host: 'openpcdet' if host != 'builtin' else 'builtin')
    argv = ['train', '--cfg_file', str(cfg), '--launcher', 'pytorch', '--fix_random_seed']
    assert pcdet_qat(argv) == 0 and seen == [argv[1:]]
    with pytest.raises(SystemExit) as exc:                 # argparse: unrecognized arguments: --launcher pytorch
        pcdet_qat(argv + ['--host', 'builtin'])
    assert exc.value.code == 2
