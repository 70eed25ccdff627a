"""Host selection: auto falls back to the built-in host, a forced openpcdet host without pcdet is a HostError."""
import sys

import pytest

from pcdet_qat_plugin.errors import HostError
from pcdet_qat_plugin.hosts.select import select_host


@pytest.fixture
def no_pcdet(monkeypatch):
    monkeypatch.setitem(sys.modules, 'pcdet', None)  # `import pcdet` now raises ImportError


@pytest.fixture
def fake_pcdet(tmp_path, monkeypatch):
    (tmp_path / 'pcdet').mkdir()
    (tmp_path / 'pcdet' / '__init__.py').write_text("__version__ = '0.6.0+fake'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, 'pcdet', raising=False)


def test_builtin_always(no_pcdet):
    assert select_host('builtin') == 'builtin'


def test_auto_without_pcdet_is_builtin(no_pcdet):
    assert select_host('auto') == 'builtin'


def test_forced_openpcdet_without_pcdet_names_the_problem(no_pcdet):
    with pytest.raises(HostError, match=r'pcdet \(OpenPCDet\) is not importable.*--host builtin'):
        select_host('openpcdet')


def test_auto_with_pcdet_is_openpcdet(fake_pcdet):
    assert select_host('auto') == 'openpcdet'
    assert select_host('openpcdet') == 'openpcdet'


def test_unknown_host_lists_choices():
    with pytest.raises(HostError, match=r"'gpu' not in \('auto', 'openpcdet', 'builtin'\)"):
        select_host('gpu')
