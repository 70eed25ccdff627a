"""Run OpenPCDet's own, unmodified tools/train.py or tools/test.py in this process with the patches enabled,
from this project's tools (`--host openpcdet`). Imports only the standard library until the tool runs.
"""
import logging
import os
import runpy
import sys
from pathlib import Path
from typing import List, Optional, Sequence

from ...errors import HostError

logger = logging.getLogger(__name__)

TOOLS_ENV = 'OPENPCDET_TOOLS_DIR'
REQUIRED = ('train.py', 'test.py', 'train_utils/train_utils.py', 'eval_utils/eval_utils.py')
# this project's flags that OpenPCDet's tools lack: flag -> (takes a value, values dropped as OpenPCDet's own
# behaviour; None = any value). Any other value is a HostError.
OWN_FLAGS = {'--host': (True, None), '--backend': (True, ('pytorch',)), '--nms': (True, ('rotated',)),
             '--output_dir': (True, ()), '--no_eval': (False, ()), '--onnx': (True, ()), '--seed': (True, ()),
             '--allow_partial_load': (False, None),  # OpenPCDet's own loader always loads partial checkpoints
             '--postproc': (True, ('openpcdet',)), '--prototxt': (True, ())}


def find_openpcdet_tools(tools_dir: Optional[str] = None) -> Path:
    """OpenPCDet's tools/ folder: `tools_dir`, else $OPENPCDET_TOOLS_DIR, else <pcdet checkout>/tools (where
    `python setup.py develop` / `pip install -e` leave it). The first one given is the only one tried;
    HostError says what was tried."""
    tried, candidates = [], [c for c in (tools_dir, os.environ.get(TOOLS_ENV)) if c][:1]
    if not candidates:
        try:
            import pcdet
            candidates.append(Path(pcdet.__file__).resolve().parent.parent / 'tools')
        except ImportError as exc:
            tried.append(f'pcdet not importable ({exc})')
    for cand in candidates:
        path = Path(cand).resolve()
        absent = [r for r in REQUIRED if not (path / r).is_file()]
        if not absent:
            return path
        tried.append(f'{path} (no {", ".join(absent)})')
    raise HostError('OpenPCDet tools/ folder not found: ' + '; '.join(tried or ['nothing to try']) +
                    f'. Set {TOOLS_ENV} to the tools/ folder of your OpenPCDet checkout.')


def openpcdet_argv(argv: Sequence[str]) -> List[str]:
    """`argv` of this project's tool as OpenPCDet's tool takes it: --host (and --backend pytorch, --nms rotated)
    dropped, this project's other own flags refused with HostError. Nothing after --set is touched."""
    out, i, argv = [], 0, list(argv)
    while i < len(argv):
        arg = argv[i]
        if arg == '--set':
            return out + argv[i:]
        flag, eq, value = arg.partition('=')
        if flag not in OWN_FLAGS:
            out.append(arg)
            i += 1
            continue
        takes_value, dropped = OWN_FLAGS[flag]
        if takes_value and not eq:
            value = argv[i + 1] if i + 1 < len(argv) else ''
            i += 1
        if dropped is not None and value not in dropped:
            shown = f'{flag} {value}' if takes_value else flag
            raise HostError(f"{shown}: not available with --host openpcdet (OpenPCDet's tools have no such option); "
                            'use --host builtin for it')
        i += 1
    return out


def _prefer_tools_dir(tools: Path) -> None:
    """OpenPCDet's tools import `test`, `_init_path`, `train_utils`, `eval_utils` as top-level modules: put its
    tools/ first on sys.path and forget same-named modules loaded from elsewhere (e.g. this project's test.py)."""
    path = str(tools)
    if path in sys.path:
        sys.path.remove(path)
    sys.path.insert(0, path)
    for name in ('test', 'train', '_init_path', 'train_utils', 'eval_utils'):
        module = sys.modules.get(name)
        where = getattr(module, '__file__', None) or str(getattr(module, '__path__', [''])[0] if module else '')
        if module is not None and not str(where).startswith(path):
            logger.debug('forgetting module %s (%s): OpenPCDet\'s is used', name, where)
            del sys.modules[name]


def _run_tool(script: str, argv: Sequence[str], tools_dir: Optional[str]) -> None:
    tools = find_openpcdet_tools(tools_dir)
    args = openpcdet_argv(argv)
    from .hook import enable
    enable()
    _prefer_tools_dir(tools)
    saved_argv = sys.argv
    sys.argv = [str(tools / script)] + args
    logger.info('running OpenPCDet %s %s', tools / script, ' '.join(args))
    try:
        runpy.run_path(str(tools / script), run_name='__main__')
    finally:
        sys.argv = saved_argv


def run_openpcdet_train(argv: Sequence[str], tools_dir: Optional[str] = None) -> None:
    """OpenPCDet's tools/train.py main with `argv` (this project's train.py flags, see openpcdet_argv),
    patched to honour QUANTIZE. Paths in argv and the cfg resolve against the current directory, as
    OpenPCDet's do; the run's output goes to OpenPCDet's <checkout>/output/."""
    _run_tool('train.py', argv, tools_dir)


def run_openpcdet_test(argv: Sequence[str], tools_dir: Optional[str] = None) -> None:
    """OpenPCDet's tools/test.py main with `argv`, patched so a QUANTIZE cfg evaluates the quantized model."""
    _run_tool('test.py', argv, tools_dir)
