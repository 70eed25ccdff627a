"""KITTI object-benchmark rules: classes, difficulty limits, IoU thresholds and the ignore flags.

Semantics of the official devkit as ported in OpenPCDet's `kitti_object_eval_python` (`clean_data`),
vectorised over all boxes of all frames at once. numpy only.
"""
import numpy as np

from ..errors import ConfigError

# OpenPCDet's class_to_name order: the column index of MIN_OVERLAPS and the int form of a class
CLASS_NAMES = ('Car', 'Pedestrian', 'Cyclist', 'Van', 'Person_sitting', 'Truck')
DIFFICULTY_NAMES = ('easy', 'moderate', 'hard')
METRIC_NAMES = ('bbox', 'bev', '3d')

MIN_HEIGHT = (40, 25, 25)           # 2D box height in pixels; gt needs > this, a detection >= this
MAX_OCCLUSION = (0, 1, 2)
MAX_TRUNCATION = (0.15, 0.3, 0.5)

# [overlap set, metric (bbox, bev, 3d), class (CLASS_NAMES order)]; set 0 is the official one
MIN_OVERLAPS = np.array([
    [[0.7, 0.5, 0.5, 0.7, 0.5, 0.7],
     [0.7, 0.5, 0.5, 0.7, 0.5, 0.7],
     [0.7, 0.5, 0.5, 0.7, 0.5, 0.7]],
    [[0.7, 0.5, 0.5, 0.7, 0.5, 0.5],
     [0.5, 0.25, 0.25, 0.5, 0.25, 0.5],
     [0.5, 0.25, 0.25, 0.5, 0.25, 0.5]],
])

# a gt of the second name is "neighbouring": it may absorb a detection of the first, never counts
NEIGHBOUR_CLASS = {'car': 'van', 'pedestrian': 'person_sitting'}


def resolve_classes(current_classes):
    """Class names or ints (OpenPCDet accepts both, or a single one) -> list of ints into CLASS_NAMES."""
    if not isinstance(current_classes, (list, tuple)):
        current_classes = [current_classes]
    out = []
    for cls in current_classes:
        if isinstance(cls, str):
            if cls not in CLASS_NAMES:
                raise ConfigError(f'current_classes: {cls!r} not in {CLASS_NAMES}')
            out.append(CLASS_NAMES.index(cls))
        elif isinstance(cls, (int, np.integer)) and 0 <= int(cls) < len(CLASS_NAMES):
            out.append(int(cls))
        else:
            raise ConfigError(f'current_classes: {cls!r} is neither a name in {CLASS_NAMES} '
                              f'nor an int in [0, {len(CLASS_NAMES) - 1}]')
    return out


def gt_ignore_flags(names_lower, bbox, occluded, truncated, current_class, difficulty):
    """Per gt box: 0 = counts, 1 = ignored (neighbour class or too hard), -1 = other class.

    names_lower (N,) str, bbox (N, 4) [x1, y1, x2, y2], occluded (N,), truncated (N,).
    Returns (flags int64 (N,), number of boxes with flag 0).
    """
    cls = CLASS_NAMES[current_class].lower()
    same = names_lower == cls
    neighbour = names_lower == NEIGHBOUR_CLASS.get(cls, '\0')
    height = bbox[:, 3] - bbox[:, 1]
    too_hard = ((occluded > MAX_OCCLUSION[difficulty]) | (truncated > MAX_TRUNCATION[difficulty])
                | (height <= MIN_HEIGHT[difficulty]))
    flags = np.full(names_lower.shape[0], -1, dtype=np.int64)
    flags[neighbour | (same & too_hard)] = 1
    flags[same & ~too_hard] = 0
    return flags, int((flags == 0).sum())


def dt_ignore_flags(names_lower, bbox, current_class, difficulty):
    """Per detection: 1 = ignored (2D height below the limit, any class), 0 = this class, -1 = other."""
    cls = CLASS_NAMES[current_class].lower()
    height = np.abs(bbox[:, 3] - bbox[:, 1])
    flags = np.where(names_lower == cls, 0, -1).astype(np.int64)
    flags[height < MIN_HEIGHT[difficulty]] = 1
    return flags


def is_dontcare(names):
    """gt boxes whose name is exactly 'DontCare' (case-sensitive, as OpenPCDet)."""
    return names == 'DontCare'
