"""The cfgs shipped inside the package (pcdet_qat_plugin/cfgs/, linked as the repository's cfgs/): list them,
find one by name, and copy them out (e.g. into OpenPCDet's tools/cfgs/) with `_BASE_CONFIG_` lines rewritten
to work there. Imports only the standard library and errors."""
import re
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Union

from .errors import ConfigError, OutputError

CFGS_DIR = Path(__file__).resolve().parent / 'cfgs'
OPENPCDET_LAYOUT = 'openpcdet'   # cfgs/openpcdet/ holds cfgs in OpenPCDet's tools/cfgs layout (kitti_models/, ...)
CFG_SUFFIXES = ('.yaml', '.yml')
BASE_LINE = re.compile(r'^(\s*_BASE_CONFIG_:\s*)(["\']?)([^"\'#\s]+)\2(.*)$')


def packaged_cfgs() -> Dict[str, Path]:
    """Every packaged cfg by name, e.g. {'kitti/pointpillar_qat': <CFGS_DIR>/kitti/pointpillar_qat.yaml}."""
    found = {}
    for path in sorted(CFGS_DIR.rglob('*')):
        if path.suffix in CFG_SUFFIXES and path.is_file():
            found[_name_of(path)] = path
    return found


def find_packaged_cfg(name: Union[str, Path]) -> Optional[Path]:
    """The packaged cfg called `name`: 'pointpillar_qat', 'kitti/pointpillar_qat', 'cfgs/kitti/pointpillar_qat.yaml'.
    None if there is none; ConfigError if a bare name matches cfgs in several folders."""
    parts = list(Path(name).parts)
    if Path(name).is_absolute():
        return None
    if parts and parts[0] == 'cfgs':
        parts = parts[1:]
    if not parts:
        return None
    stem = parts[-1]
    for suffix in CFG_SUFFIXES:
        if stem.endswith(suffix):
            stem = stem[:-len(suffix)]
    key = '/'.join(parts[:-1] + [stem])
    cfgs = packaged_cfgs()
    if key in cfgs:
        return cfgs[key]
    if len(parts) == 1:
        matches = sorted(k for k in cfgs if k.rsplit('/', 1)[-1] == stem)
        if len(matches) > 1:
            raise ConfigError(f'cfg name {name!r} is ambiguous: {", ".join(matches)}; give the folder too')
        if matches:
            return cfgs[matches[0]]
    return None


def describe(path: Path) -> str:
    """The first comment line of a cfg file (its one-line description), or ''."""
    for line in path.read_text().splitlines():
        if line.startswith('#'):
            return line.lstrip('#').strip()
        if line.strip():
            break
    return ''


def _base_names(path: Path) -> List[str]:
    """Names of the packaged cfgs that `path` names as `_BASE_CONFIG_` (at any level)."""
    from .paths import resolve_cfg_path
    names = []
    for line in path.read_text().splitlines():
        match = BASE_LINE.match(line)
        if match:
            names.append(_name_of(resolve_cfg_path(match.group(3), path)))
    return names


def copy_target(name: str) -> str:
    """Where packaged cfg `name` goes under a copy's root: <name>.yaml, the openpcdet/ layout folder dropped
    (openpcdet/kitti_models/x -> kitti_models/x.yaml, as OpenPCDet's tools/cfgs holds it)."""
    parts = name.split('/')
    return '/'.join(parts[1:] if parts[0] == OPENPCDET_LAYOUT else parts) + '.yaml'


def _name_of(path: Path) -> str:
    return path.relative_to(CFGS_DIR).with_suffix('').as_posix()


def _with_bases(names: Iterable[str], cfgs: Dict[str, Path]) -> List[str]:
    todo, done = list(names), []
    while todo:
        name = todo.pop()
        if name not in done:
            done.append(name)
            todo += _base_names(cfgs[name])
    return sorted(done)


def copy_cfgs(dest: Union[str, Path], names: Optional[Iterable[str]] = None, overwrite: bool = False) -> List[Path]:
    """Copy packaged cfgs (all, or `names` plus their bases) under `dest` as <dest>/<copy_target(name)>.

    `dest` is a cfgs root such as OpenPCDet's tools/cfgs. Every `_BASE_CONFIG_` becomes `<dest name>/<folder>/
    <file>`, which OpenPCDet's parser opens relative to its working directory (tools/, the parent of dest) and
    this package's loader finds from the copied file wherever the tree sits. An existing different file is
    an OutputError unless `overwrite`."""
    from .utils.fileio import atomic_write_text
    dest = Path(dest)
    cfgs = packaged_cfgs()
    wanted = list(cfgs) if names is None else []
    for name in names or []:
        found = find_packaged_cfg(name)
        if found is None:
            raise ConfigError(f'no packaged cfg named {name!r}; packaged: {", ".join(cfgs)}')
        wanted.append(_name_of(found))
    targets = {name: dest / copy_target(name) for name in _with_bases(wanted, cfgs)}
    texts = {name: _rewritten(cfgs[name], dest.name) for name in targets}
    clashes = [t for n, t in targets.items() if t.is_file() and t.read_text() != texts[n]]
    if clashes and not overwrite:
        raise OutputError(f'{clashes[0]}: exists and differs ({len(clashes)} such files); pass --overwrite to replace')
    written = []
    for name, target in targets.items():
        try:
            written.append(atomic_write_text(target, texts[name]))
        except OSError as exc:
            raise OutputError(f'{target}: cannot be written ({exc.strerror or exc})') from exc
    return written


def _rewritten(path: Path, dest_name: str) -> str:
    """The text of packaged cfg `path` with each `_BASE_CONFIG_` as `<dest_name>/<folder>/<file>`."""
    from .paths import resolve_cfg_path
    lines = []
    for line in path.read_text().splitlines(keepends=True):
        match = BASE_LINE.match(line.rstrip('\n'))
        if match:
            base = copy_target(_name_of(resolve_cfg_path(match.group(3), path)))
            line = f'{match.group(1)}{dest_name}/{base}{match.group(4)}\n'
        lines.append(line)
    return ''.join(lines)
