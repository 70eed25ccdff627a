"""Generic data-file I/O: point clouds with size checks, pickles with layout checks, atomic writes."""
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
    return np.fromfile(str(bin_file), dtype=np.float32).reshape(-1, num_features)


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


def _load_pickle(path: Path):
    if not path.is_file():
        raise DataError(f'info file not found: {path}')
    try:
        with open(path, 'rb') as f:
            return pickle.load(f)
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError) as exc:
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
