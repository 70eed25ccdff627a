"""Generic data-file I/O: point clouds with size and finiteness checks, info pickles read by a restricted
unpickler with layout checks, atomic writes."""
import pickle
from pathlib import Path
from typing import Union

import numpy as np

from ..errors import ConfigError, DataError
from ..utils.fileio import atomic_write_bytes  # noqa: F401  (re-exported for the data modules)


SRC_FEATURES_KEY = 'DATA_CONFIG.POINT_FEATURE_ENCODING.src_feature_list'


def read_points(bin_file: Union[str, Path], num_features: int = 4, width_key: str = None) -> np.ndarray:
    """(N, num_features) float32 from a .bin; a float count that is not a multiple of the width raises DataError
    naming the file, its float count and `width_key` (the cfg key the width comes from) when given."""
    bin_file = Path(bin_file)
    if not bin_file.is_file():
        raise DataError(f'point cloud file not found: {bin_file}')
    size = bin_file.stat().st_size
    if size % (4 * num_features):
        source = f' (len({width_key}))' if width_key else ''
        stray = f' and {size % 4} stray bytes' if size % 4 else ''
        raise DataError(f'{bin_file}: {size // 4} float32 values{stray}, not a multiple of {num_features} '
                        f'features per point{source}')
    points = np.fromfile(str(bin_file), dtype=np.float32).reshape(-1, num_features)
    require_finite_points(points, bin_file)
    return points


def require_finite_points(points: np.ndarray, source: Union[str, Path]) -> None:
    """DataError naming `source` (the frame's file) when a point holds NaN or inf: such a frame would
    train to NaN weights or evaluate to garbage without any other error."""
    finite = np.isfinite(points)
    if finite.all():
        return
    bad_rows = np.flatnonzero(~finite.all(axis=1))
    raise DataError(f'{source}: {bad_rows.size} of {points.shape[0]} points hold NaN or inf values '
                    f'(first at point {bad_rows[0]}: {points[bad_rows[0]].tolist()})')


def read_cfg_points(bin_file: Union[str, Path], dataset_cfg) -> np.ndarray:
    """(N, C) float32 points with C = len(POINT_FEATURE_ENCODING.src_feature_list) of `dataset_cfg`
    (DATA_CONFIG); a file whose float count does not split into C-wide rows is a DataError naming the key."""
    return read_points(bin_file, len(dataset_cfg.POINT_FEATURE_ENCODING.src_feature_list), SRC_FEATURES_KEY)


def check_gt_sampling_width(dataset_cfg) -> None:
    """ConfigError when a gt_sampling entry's NUM_POINT_FEATURES is neither the scene's point width
    (len(src_feature_list)) nor one more (a time column), which OpenPCDet's sampler only asserts on."""
    width = len(dataset_cfg.POINT_FEATURE_ENCODING.src_feature_list)
    for i, aug in enumerate((dataset_cfg.get('DATA_AUGMENTOR') or {}).get('AUG_CONFIG_LIST') or []):
        if aug.get('NAME') == 'gt_sampling' and int(aug.get('NUM_POINT_FEATURES', 4)) not in (width, width + 1):
            raise ConfigError(f'DATA_CONFIG.DATA_AUGMENTOR.AUG_CONFIG_LIST[{i}] (gt_sampling).NUM_POINT_FEATURES is '
                              f'{aug.get("NUM_POINT_FEATURES", 4)}, but the scene has {width} features per point '
                              f'(len({SRC_FEATURES_KEY})); a painted cfg needs a painted gt database '
                              '(DB_INFO_PATH) with the same width')


def atomic_pickle_dump(obj, path: Union[str, Path]) -> None:
    atomic_write_bytes(path, pickle.dumps(obj))


# The only globals OpenPCDet's infos / dbinfos pickles reference: numpy arrays, dtypes and scalars
# (numpy 1.x writes numpy.core, numpy 2.x numpy._core; protocol 2 adds _codecs.encode for raw bytes).
# Dicts, lists, tuples, strings and numbers need no global at all.
_INFO_PICKLE_GLOBALS = {
    ('numpy', 'ndarray'), ('numpy', 'dtype'), ('_codecs', 'encode'),
    *((core, name) for core in ('numpy.core.multiarray', 'numpy._core.multiarray') for name in ('_reconstruct', 'scalar')),
    *((core, '_frombuffer') for core in ('numpy.core.numeric', 'numpy._core.numeric')),
}


class InfoUnpickler(pickle.Unpickler):
    """Unpickles only plain data: any other class or function named in the file is refused, so a crafted
    info file cannot run code when loaded."""

    def find_class(self, module: str, name: str):
        if (module, name) not in _INFO_PICKLE_GLOBALS:
            raise pickle.UnpicklingError(
                f'refused {module}.{name}: an info file may hold only dicts, lists, strings, numbers and '
                f'numpy arrays (is it a crafted or foreign pickle?)')
        return super().find_class(module, name)


def _load_pickle(path: Path):
    """Read an infos / dbinfos pickle with InfoUnpickler; anything unreadable raises DataError naming `path`."""
    if not path.is_file():
        raise DataError(f'info file not found: {path}')
    try:
        with open(path, 'rb') as f:
            return InfoUnpickler(f).load()
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError, TypeError,
            IndexError, KeyError) as exc:
        raise DataError(f'{path}: cannot unpickle ({exc})') from exc


def load_dbinfos(path: Union[str, Path]) -> dict:
    """A kitti_dbinfos_*.pkl: {class name: [db info dict with path, box3d_lidar, num_points_in_gt ...]}."""
    path = Path(path)
    db = _load_pickle(path)
    if not isinstance(db, dict) or not all(isinstance(v, list) for v in db.values()):
        raise DataError(f'{path}: expected a dict of class name -> list of gt-database infos '
                        f'(OpenPCDet layout), found {type(db).__name__}')
    for name, items in db.items():
        for i, item in enumerate(items):
            if not isinstance(item, dict) or not {'path', 'box3d_lidar', 'num_points_in_gt'} <= set(item):
                raise DataError(f'{path}: {name}[{i}] is not a gt-database info '
                                f'(needs path, box3d_lidar, num_points_in_gt)')
    return db
