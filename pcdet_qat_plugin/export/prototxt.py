"""TIDL 3D-OD meta-architecture prototxt (`3dod_ssd`, protobuf text format) generated from an OpenPCDet cfg.

Field names follow TI's tidl_meta_arch `tidl_3dod` message as TI's own PointPillars export writes it; every
value's derivation (from TI source / doc, or assumed) is in docs/deploy_tidl.md; export/tidl_3dod.py emulates
the layer that reads it.
"""
import math
from typing import List, Sequence, Tuple

from ..config import require
from ..errors import ExportError
from .network import DETECTIONS_NAME, export_shapes
from .tidl_3dod import DetectionOutputParams

META_ARCH_NAME = '3dod_ssd'


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


def _head_contract(cfg) -> dict:
    """The dense-head settings TIDL's 3D-OD decode can express (ExportError naming the key otherwise):
    ResidualCoder (7 box codes), a direction classifier with 2 bins and one bin per anchor rotation (TIDL
    offsets each prior box's dir channels by anchors x 2, extraParamSize, and reads num_rotations bins per
    anchor; TI source TIDL_collectLocConfHeadInfo / TIDL_objOuputPreperation) and DIR_LIMIT_OFFSET 0 (its
    decode has no limit offset)."""
    head = require(cfg, 'MODEL.DENSE_HEAD')
    coder = head.get('TARGET_ASSIGNER_CONFIG', {}).get('BOX_CODER', 'ResidualCoder')
    if coder != 'ResidualCoder' or head.get('TARGET_ASSIGNER_CONFIG', {}).get('BOX_CODER_CONFIG', {}).get(
            'encode_angle_by_sincos', False):
        raise ExportError(f'MODEL.DENSE_HEAD.TARGET_ASSIGNER_CONFIG.BOX_CODER: {coder} (sin/cos angle?) - TIDL '
                          f'decodes ResidualCoder boxes only (7 codes: x y z dx dy dz heading)')
    if not head.get('USE_DIRECTION_CLASSIFIER', False):
        raise ExportError('MODEL.DENSE_HEAD.USE_DIRECTION_CLASSIFIER: TIDL\'s 3D-OD layer needs the direction '
                          'classifier (dir_input)')
    if int(head.get('NUM_DIR_BINS', 2)) != 2:
        raise ExportError(f'MODEL.DENSE_HEAD.NUM_DIR_BINS: {head.NUM_DIR_BINS}; TIDL\'s 3D-OD layer reads 2 direction '
                          f'channels per anchor (valid: 2)')
    if float(head.get('DIR_LIMIT_OFFSET', 0.0)) != 0.0:
        raise ExportError(f'MODEL.DENSE_HEAD.DIR_LIMIT_OFFSET: {head.DIR_LIMIT_OFFSET}; TIDL\'s decode has no limit '
                          f'offset (valid: 0.0)')
    return {'dir_offset': float(head.get('DIR_OFFSET', 0.0)), 'num_dir_bins': int(head.get('NUM_DIR_BINS', 2))}


def prior_box_params(cfg) -> List[List[Tuple[str, object]]]:
    """One prior_box_3dod_param per ANCHOR_GENERATOR_CONFIG entry (anchor class); derivations in
    docs/deploy_tidl.md ("The prototxt, field by field")."""
    pc_range = [float(v) for v in require(cfg, 'DATA_CONFIG.POINT_CLOUD_RANGE')]
    shapes = export_shapes(cfg)
    contract = _head_contract(cfg)
    path = 'MODEL.DENSE_HEAD.ANCHOR_GENERATOR_CONFIG'
    params = []
    for i, anchor in enumerate(require(cfg, path)):
        where = f'{path}[{i}]'
        for key in ('anchor_sizes', 'anchor_rotations', 'anchor_bottom_heights', 'feature_map_stride'):
            if key not in anchor:
                raise ExportError(f'{where}: missing {key!r}; found {sorted(anchor)}')
        heights, sizes = list(anchor['anchor_bottom_heights']), list(anchor['anchor_sizes'])
        if len(heights) != 1 or len(sizes) != 1:
            raise ExportError(f'{where}: TIDL takes one anchor size and one bottom height per class, found sizes '
                              f'{sizes}, heights {heights}')
        rotations = [float(r) for r in anchor['anchor_rotations']]
        if len(rotations) != contract['num_dir_bins']:
            raise ExportError(f'{where}.anchor_rotations: {len(rotations)} rotations but NUM_DIR_BINS '
                              f'{contract["num_dir_bins"]}; TIDL reads one direction bin per rotation')
        stride = int(anchor['feature_map_stride'])
        fx, fy = shapes['nx'] // stride, shapes['ny'] // stride
        align_center = bool(anchor.get('align_center', False))
        # OpenPCDet's AnchorGenerator: centres x_min + i * step (+ step / 2 when align_center);
        # TIDL: centre = (i + offset) * step
        step_x = (pc_range[3] - pc_range[0]) / (fx if align_center else fx - 1)
        step_y = (pc_range[4] - pc_range[1]) / (fy if align_center else fy - 1)
        half = 0.5 if align_center else 0.0
        size = sizes[0]
        fields: List[Tuple[str, object]] = [
            ('anchor_width', float(size[0])), ('anchor_height', float(size[1])), ('anchor_length', float(size[2])),
            ('step_x', step_x), ('step_y', step_y), ('step_z', 1.0),
            ('offset_x', pc_range[0] / step_x + half), ('offset_y', pc_range[1] / step_y + half),
            ('offset_z', float(heights[0])),
            # TIDL folds (r + rot - offset_dir) with a C int cast (toward zero); DIR_OFFSET - 2 pi keeps that
            # argument positive, so TIDL's heading equals OpenPCDet's (floor) modulo 2 pi
            ('offset_dir', contract['dir_offset'] - 2.0 * math.pi)]
        fields += [('rotation', r) for r in rotations]
        params.append(fields)
    return params


def detection_output_params(cfg) -> DetectionOutputParams:
    """detection_output_param from MODEL.POST_PROCESSING (as TI's export maps mmdet3d's test_cfg): SCORE_THRESH,
    NMS_THRESH, NMS_PRE_MAXSIZE (top_k per class), NMS_POST_MAXSIZE (keep_top_k). The prototxt writes these and
    `--nms tidl` runs TIDL's selection with them, so both paths select alike."""
    post = require(cfg, 'MODEL.POST_PROCESSING')
    nms = post.NMS_CONFIG
    return DetectionOutputParams(len(require(cfg, 'CLASS_NAMES')), float(post.SCORE_THRESH), float(nms.NMS_THRESH),
                                 int(nms.NMS_PRE_MAXSIZE), int(nms.NMS_POST_MAXSIZE))


def make_prototxt(cfg, box_input: str = 'box_preds', class_input: str = 'cls_preds',
                  dir_input: str = 'dir_cls_preds', output_names: Sequence[str] = (DETECTIONS_NAME,)) -> str:
    """The `3dod_ssd` meta-architecture text for cfg: point range, voxel size, max points per voxel, one
    prior box per anchor class, head tensor names, score threshold, NMS threshold and top-k."""
    pc_range = [float(v) for v in require(cfg, 'DATA_CONFIG.POINT_CLOUD_RANGE')]
    procs = {p.NAME: p for p in require(cfg, 'DATA_CONFIG.DATA_PROCESSOR')}
    vox = procs['transform_points_to_voxels']
    post = detection_output_params(cfg)
    od = [('box_input', box_input), ('class_input', class_input), ('dir_input', dir_input)]
    od += [('output', name) for name in output_names]
    od += [('name', 'point_pillars'),
           ('min_x', pc_range[0]), ('max_x', pc_range[3]), ('min_y', pc_range[1]), ('max_y', pc_range[4]),
           ('min_z', pc_range[2]), ('max_z', pc_range[5]),
           ('voxel_size_x', float(vox.VOXEL_SIZE[0])), ('voxel_size_y', float(vox.VOXEL_SIZE[1])),
           ('voxel_size_z', float(vox.VOXEL_SIZE[2])),
           ('max_points_per_voxel', int(vox.MAX_POINTS_PER_VOXEL)), ('score_converter', 'SIGMOID')]
    od += [('prior_box_3dod_param', p) for p in prior_box_params(cfg)]
    od.append(('detection_output_param', [
        ('num_classes', post.num_classes), ('share_location', True), ('background_label_id', -1),
        ('nms_param', [('nms_threshold', post.nms_threshold), ('top_k', post.top_k)]),
        ('code_type', 'CODE_TYPE_3DOD'), ('keep_top_k', post.keep_top_k),
        ('confidence_threshold', post.confidence_threshold),
    ]))
    text = to_text([('name', META_ARCH_NAME), ('tidl_3dod', od)])
    # enums are unquoted
    for enum in ('CODE_TYPE_3DOD', 'SIGMOID'):
        text = text.replace(f'"{enum}"', enum)
    return text + '\n'
