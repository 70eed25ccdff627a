"""KITTI label_2 parsing: one Object3d per line, with KITTI's difficulty levels (OpenPCDet's names).

Every KITTI class is kept (Car, Van, Truck, Pedestrian, Person_sitting, Cyclist, Tram, Misc, DontCare);
a class outside that list keeps its name, gets cls_id -1 ('other' for the metric) and is logged.
"""
import logging
from pathlib import Path
from typing import List, Union

import numpy as np

from ...errors import DataError
from ...eval.kitti_io import box_size_problem

logger = logging.getLogger(__name__)

KITTI_CLASSES = ('Car', 'Van', 'Truck', 'Pedestrian', 'Person_sitting', 'Cyclist', 'Tram', 'Misc', 'DontCare')


def cls_type_to_id(cls_type: str) -> int:
    type_to_id = {'Car': 1, 'Pedestrian': 2, 'Cyclist': 3, 'Van': 4}
    return type_to_id.get(cls_type, -1)


class Object3d(object):
    """One label line: cls_type, truncation, occlusion, alpha, box2d, h, w, l, loc, ry, score, level."""

    def __init__(self, line: str, source: str = '<label>', lineno: int = 0):
        label = line.strip().split()
        where = f'{source}:{lineno}'
        if len(label) not in (15, 16):
            raise DataError(f'{where}: a KITTI label line needs 15 fields (16 with score), found '
                            f'{len(label)}: {line.strip()!r}')
        try:
            values = [float(x) for x in label[1:]]
        except ValueError as exc:
            raise DataError(f'{where}: non-numeric field in label line {line.strip()!r} ({exc})') from exc
        problem = box_size_problem(label[0], *values[7:10])
        if problem:
            raise DataError(f'{where}: {problem}')
        self.src = line
        self.cls_type = label[0]
        self.cls_id = cls_type_to_id(self.cls_type)
        self.truncation = values[0]
        self.occlusion = values[1]  # 0 fully visible, 1 partly occluded, 2 largely occluded, 3 unknown
        self.alpha = values[2]
        self.box2d = np.array(values[3:7], dtype=np.float32)
        self.h, self.w, self.l = values[7], values[8], values[9]
        self.loc = np.array(values[10:13], dtype=np.float32)
        self.dis_to_cam = np.linalg.norm(self.loc)
        self.ry = values[13]
        self.score = values[14] if len(values) == 15 else -1.0
        self.level_str = None
        self.level = self.get_kitti_obj_level()

    def get_kitti_obj_level(self) -> int:
        """0 Easy, 1 Moderate, 2 Hard, -1 none (KITTI's height / truncation / occlusion rules)."""
        height = float(self.box2d[3]) - float(self.box2d[1]) + 1
        if height >= 40 and self.truncation <= 0.15 and self.occlusion <= 0:
            self.level_str = 'Easy'
            return 0
        if height >= 25 and self.truncation <= 0.3 and self.occlusion <= 1:
            self.level_str = 'Moderate'
            return 1
        if height >= 25 and self.truncation <= 0.5 and self.occlusion <= 2:
            self.level_str = 'Hard'
            return 2
        self.level_str = 'UnKnown'
        return -1

    def generate_corners3d(self) -> np.ndarray:
        """(8, 3) box corners in rectified camera coordinates."""
        l, h, w = self.l, self.h, self.w
        x_corners = [l / 2, l / 2, -l / 2, -l / 2, l / 2, l / 2, -l / 2, -l / 2]
        y_corners = [0, 0, 0, 0, -h, -h, -h, -h]
        z_corners = [w / 2, -w / 2, -w / 2, w / 2, w / 2, -w / 2, -w / 2, w / 2]
        rot = np.array([[np.cos(self.ry), 0, np.sin(self.ry)], [0, 1, 0], [-np.sin(self.ry), 0, np.cos(self.ry)]])
        return np.dot(rot, np.vstack([x_corners, y_corners, z_corners])).T + self.loc

    def to_kitti_format(self) -> str:
        return ('%s %.2f %d %.2f %.2f %.2f %.2f %.2f %.2f %.2f %.2f %.2f %.2f %.2f %.2f'
                % (self.cls_type, self.truncation, int(self.occlusion), self.alpha, *self.box2d,
                   self.h, self.w, self.l, *self.loc, self.ry))


def get_objects_from_label(label_file: Union[str, Path]) -> List[Object3d]:
    """All objects of a label file, blank lines skipped; errors name the file and line."""
    label_file = Path(label_file)
    if not label_file.is_file():
        raise DataError(f'label file not found: {label_file}')
    with open(label_file, 'r') as f:
        lines = f.readlines()
    objects = [Object3d(line, str(label_file), i) for i, line in enumerate(lines, start=1) if line.strip()]
    for obj in objects:
        if obj.cls_type not in KITTI_CLASSES:
            logger.warning('%s: class %r is not a KITTI class; kept as "other" (cls_id -1)',
                           label_file, obj.cls_type)
    return objects
