"""Host selection for tools/train.py and tools/test.py: real OpenPCDet when `pcdet` imports, else built-in.

Imports `pcdet` (its top-level package only: no torch, no CUDA ops) to decide; nothing else.
"""
import importlib
import importlib.util
import logging

from ..errors import HostError

logger = logging.getLogger(__name__)

HOSTS = ('auto', 'openpcdet', 'builtin')


def pcdet_import_error():
    """None when `import pcdet` works, else the reason as a short string."""
    try:
        if importlib.util.find_spec('pcdet') is None:
            return 'no module named pcdet'
    except (ImportError, ValueError) as exc:
        return f'{type(exc).__name__}: {exc}'
    try:
        importlib.import_module('pcdet')
    except Exception as exc:  # a broken install raises anything; report it, never crash host selection
        return f'{type(exc).__name__}: {exc}'
    return None


def select_host(name: str = 'auto') -> str:
    """Return 'openpcdet' or 'builtin' for `--host name`.

    'auto' picks 'openpcdet' when `pcdet` is importable and 'builtin' otherwise; 'openpcdet' raises HostError
    when `pcdet` cannot be imported; 'builtin' is always available.
    """
    if name not in HOSTS:
        raise HostError(f'--host: {name!r} not in {HOSTS}')
    if name == 'builtin':
        return 'builtin'
    reason = pcdet_import_error()
    if name == 'openpcdet':
        if reason is not None:
            raise HostError(f'--host openpcdet: pcdet (OpenPCDet) is not importable ({reason}); install '
                            'OpenPCDet (python setup.py develop in its checkout) or use --host builtin')
        return 'openpcdet'
    chosen = 'openpcdet' if reason is None else 'builtin'
    logger.info('--host auto: using %s%s', chosen, '' if reason is None else f' (pcdet: {reason})')
    return chosen
