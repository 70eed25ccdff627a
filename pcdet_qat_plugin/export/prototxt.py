"""TIDL 3D-OD meta-architecture prototxt (`3dod_ssd`, protobuf text format) generated from an OpenPCDet cfg.

Field names follow TI's tidl_meta_arch `tidl_3dod` message as TI's own PointPillars export writes it; the
anchor grid is expressed as TIDL's centre = (index + offset) * step per axis (see docs/deploy_tidl.md).
"""
from typing import List, Sequence, Tuple

from ..config import require
from ..errors import ExportError
from .network import export_shapes

META_ARCH_NAME = '3dod_ssd'
OUTPUT_NAME = 'detections'


def _fmt(value) -> str:
    if isinstance(value, bool):
        return 'true' if value else 'false'
    if isinstance(value, str):
        return '"' + value.replace('\\', '\\\\').replace('"', '\\"') + '"'
    if isinstance(value, int):
        return str(value)
    return repr(float(value))


def to_text(fields: List[Tuple[str, object]], indent: int = 0) -> str:
    """Protobuf text format of an ordered (name, value) list; a list value is a nested message."""
    pad = '  ' * indent
    lines = []
    for name, value in fields:
        if isinstance(value, list):
            lines.append(f'{pad}{name} {{')
            lines.append(to_text(value, indent + 1))
            lines.append(f'{pad}}}')
        else:
            lines.append(f'{pad}{name}: {_fmt(value)}')
    return '\n'.join(line for line in lines if line)


def prior_box_params(cfg) -> List[List[Tuple[str, object]]]:
    """One prior_box_3dod_param per ANCHOR_GENERATOR_CONFIG entry (anchor class)."""
    pc_range = [float(v) for v in require(cfg, 'DATA_CONFIG.POINT_CLOUD_RANGE')]
    shapes = export_shapes(cfg)
    path = 'MODEL.DENSE_HEAD.ANCHOR_GENERATOR_CONFIG'
    params = []
    for i, anchor in enumerate(require(cfg, path)):
        where = f'{path}[{i}]'
        for key in ('anchor_sizes', 'anchor_rotations', 'anchor_bottom_heights', 'feature_map_stride'):
            if key not in anchor:
                raise ExportError(f'{where}: missing {key!r}; found {sorted(anchor)}')
        heights = list(anchor['anchor_bottom_heights'])
        if len(heights) != 1:
            raise ExportError(f'{where}.anchor_bottom_heights: TIDL takes one height per class, found {heights}')
        stride = int(anchor['feature_map_stride'])
        fx, fy = shapes['nx'] // stride, shapes['ny'] // stride
        align_center = bool(anchor.get('align_center', False))
        # OpenPCDet's AnchorGenerator: centres x_min + i * step (+ step / 2 when align_center)
        step_x = (pc_range[3] - pc_range[0]) / (fx if align_center else fx - 1)
        step_y = (pc_range[4] - pc_range[1]) / (fy if align_center else fy - 1)
        half = 0.5 if align_center else 0.0
        rotations = [float(r) for r in anchor['anchor_rotations']]
        fields: List[Tuple[str, object]] = []
        for size in anchor['anchor_sizes']:
            fields.append(('anchor_width', float(size[0])))
        for size in anchor['anchor_sizes']:
            fields.append(('anchor_height', float(size[1])))
        for size in anchor['anchor_sizes']:
            fields.append(('anchor_length', float(size[2])))
        fields += [('step_x', step_x), ('step_y', step_y), ('step_z', 1.0),
                   ('offset_x', pc_range[0] / step_x + half), ('offset_y', pc_range[1] / step_y + half),
                   ('offset_z', float(heights[0])),
                   ('offset_dir', -rotations[1] if len(rotations) > 1 else 0.0)]
        fields += [('rotation', r) for r in rotations]
        params.append(fields)
    return params


def make_prototxt(cfg, box_input: str = 'box_preds', class_input: str = 'cls_preds',
                  dir_input: str = 'dir_cls_preds', output_names: Sequence[str] = (OUTPUT_NAME,)) -> str:
    """The `3dod_ssd` meta-architecture text for cfg: point range, voxel size, max points per voxel, one
    prior box per anchor class, head tensor names, score threshold, NMS threshold and top-k."""
    pc_range = [float(v) for v in require(cfg, 'DATA_CONFIG.POINT_CLOUD_RANGE')]
    procs = {p.NAME: p for p in require(cfg, 'DATA_CONFIG.DATA_PROCESSOR')}
    vox = procs['transform_points_to_voxels']
    post = require(cfg, 'MODEL.POST_PROCESSING')
    nms = post.NMS_CONFIG
    class_names = require(cfg, 'CLASS_NAMES')
    od = [('box_input', box_input), ('class_input', class_input), ('dir_input', dir_input)]
    od += [('output', name) for name in output_names]
    od += [('name', 'point_pillars'),
           ('min_x', pc_range[0]), ('max_x', pc_range[3]), ('min_y', pc_range[1]), ('max_y', pc_range[4]),
           ('min_z', pc_range[2]), ('max_z', pc_range[5]),
           ('voxel_size_x', float(vox.VOXEL_SIZE[0])), ('voxel_size_y', float(vox.VOXEL_SIZE[1])),
           ('voxel_size_z', float(vox.VOXEL_SIZE[2])),
           ('max_points_per_voxel', int(vox.MAX_POINTS_PER_VOXEL))]
    od += [('prior_box_3dod_param', p) for p in prior_box_params(cfg)]
    od.append(('detection_output_param', [
        ('num_classes', len(class_names)), ('share_location', True), ('background_label_id', -1),
        ('nms_param', [('nms_threshold', float(nms.NMS_THRESH)), ('top_k', int(nms.NMS_PRE_MAXSIZE))]),
        ('code_type', 'CODE_TYPE_3DOD'), ('keep_top_k', int(nms.NMS_POST_MAXSIZE)),
        ('confidence_threshold', float(post.SCORE_THRESH)),
    ]))
    text = to_text([('name', META_ARCH_NAME), ('tidl_3dod', od)])
    # code_type is an enum: unquote it
    return text.replace('code_type: "CODE_TYPE_3DOD"', 'code_type: CODE_TYPE_3DOD') + '\n'
