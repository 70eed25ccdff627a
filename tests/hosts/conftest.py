"""Fixtures for host tests: a fake OpenPCDet checkout on sys.path, with every module it loads forgotten after."""
import sys

import pytest

from pcdet_qat_plugin.hosts.openpcdet import hook, patches

from .fake_openpcdet import write_fake_openpcdet

_FAKE_TOP = ('pcdet', 'train_utils', 'eval_utils', 'test', 'train', '_init_path', 'tests_hosts_fake_data')


def _forget_fake_modules():
    for name in list(sys.modules):
        if name.split('.')[0] in _FAKE_TOP:
            del sys.modules[name]


@pytest.fixture(autouse=True)
def one_torch_thread():
    """Tiny models on a shared 2-core machine: one intra-op thread is far faster than two contending ones."""
    import torch
    saved = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(saved)


@pytest.fixture
def fake_openpcdet(tmp_path, monkeypatch):
    """(root, tools) of a fake OpenPCDet 0.6.0 checkout importable as `pcdet`; hook state restored after."""
    root = tmp_path / 'OpenPCDet'
    tools = write_fake_openpcdet(root)
    saved_meta_path, saved_argv = list(sys.meta_path), list(sys.argv)
    hook.uninstall()  # an installed package's .pth put the finder in at interpreter start-up
    _forget_fake_modules()
    patches.UNPATCHED.clear()
    monkeypatch.syspath_prepend(str(root))
    monkeypatch.syspath_prepend(str(tools))  # as when OpenPCDet's tools run from their folder
    monkeypatch.delenv(hook.DISABLE_ENV, raising=False)
    monkeypatch.delenv('OPENPCDET_TOOLS_DIR', raising=False)
    yield root, tools
    _forget_fake_modules()
    patches.UNPATCHED.clear()
    sys.meta_path[:] = saved_meta_path
    sys.argv[:] = saved_argv
