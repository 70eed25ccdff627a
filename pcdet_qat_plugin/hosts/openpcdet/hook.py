"""Import hook: patch OpenPCDet the moment `pcdet.models`, `pcdet.datasets.kitti.kitti_dataset`,
`train_utils.train_utils` or `eval_utils.eval_utils` finish importing. Installed at interpreter start by
`pcdet_qat_plugin_hook.pth` (pip install); must stay cheap: imports only the standard library here, never torch,
numpy or pcdet (patches.py is loaded on first match).
"""
import os
import sys
from importlib.abc import Loader, MetaPathFinder

DISABLE_ENV = 'PCDET_QAT_PLUGIN_DISABLE'
_FALSE_WORDS = ('', '0', 'false', 'no', 'off')

# module name -> name of the function in patches.py that patches it after it has been executed
WATCHED = {
    'pcdet.models': 'patch_pcdet_models',
    'pcdet.datasets.kitti.kitti_dataset': 'patch_kitti_dataset',
    'train_utils.train_utils': 'patch_train_utils',
    'eval_utils.eval_utils': 'patch_eval_utils',
}


def hook_disabled(environ=None) -> bool:
    """True when PCDET_QAT_PLUGIN_DISABLE is set to anything but '', 0, false, no, off."""
    environ = os.environ if environ is None else environ
    return environ.get(DISABLE_ENV, '').strip().lower() not in _FALSE_WORDS


def _apply(name: str, module) -> None:
    from . import patches  # torch is already loaded when a watched module has just run
    getattr(patches, WATCHED[name])(module)


class _PatchingLoader(Loader):
    """Runs the real loader, then the patch for that module; everything else is the real loader's."""

    def __init__(self, loader, fullname: str):
        self._loader = loader
        self._fullname = fullname

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module) -> None:
        self._loader.exec_module(module)
        _apply(self._fullname, module)

    def __getattr__(self, name):  # get_source, get_filename, get_resource_reader, ...
        return getattr(self._loader, name)


class OpenPCDetFinder(MetaPathFinder):
    """A sys.meta_path entry that finds nothing itself: for a watched name it asks the finders after it and
    wraps the loader they return so the patch runs right after the module body."""

    def find_spec(self, fullname, path, target=None):
        if fullname not in WATCHED:
            return None
        spec = None
        for finder in sys.meta_path:
            if finder is self or isinstance(finder, OpenPCDetFinder):
                continue
            find = getattr(finder, 'find_spec', None)
            if find is None:
                continue
            spec = find(fullname, path, target)
            if spec is not None:
                break
        if spec is None or spec.loader is None or not hasattr(spec.loader, 'exec_module'):
            return spec
        if not isinstance(spec.loader, _PatchingLoader):
            spec.loader = _PatchingLoader(spec.loader, fullname)
        return spec


def _installed_finder():
    for finder in sys.meta_path:
        if isinstance(finder, OpenPCDetFinder):
            return finder
    return None


def install() -> bool:
    """Put the finder first on sys.meta_path (once). Called by the .pth file; honours PCDET_QAT_PLUGIN_DISABLE.

    Returns True when the finder is (now) installed.
    """
    if hook_disabled():
        return False
    if _installed_finder() is None:
        sys.meta_path.insert(0, OpenPCDetFinder())
    return True


def uninstall() -> None:
    """Remove the finder; modules already patched stay patched."""
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, OpenPCDetFinder)]


def enable() -> list:
    """Explicit activation (works even with PCDET_QAT_PLUGIN_DISABLE set): install the finder and patch the
    watched modules already imported. Idempotent. Returns the names of the modules patched now."""
    if _installed_finder() is None:
        sys.meta_path.insert(0, OpenPCDetFinder())
    done = []
    for name in WATCHED:
        module = sys.modules.get(name)
        if module is not None:
            _apply(name, module)
            done.append(name)
    return done
