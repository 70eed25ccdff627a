"""Name -> class tables for cfg `NAME` keys; an unknown name raises ConfigError listing the valid ones.

Entries are 'module:attr' strings resolved on first use, so importing this file imports nothing heavy
and layers below `models/` may import it without a cycle.
"""
import importlib
from typing import Any, Dict

from .errors import ConfigError

_M = 'pcdet_qat_plugin.models.'

# table name -> {cfg NAME -> 'module:attr'}; the table name is the cfg section it serves
TABLES: Dict[str, Dict[str, str]] = {
    'DETECTOR': {'PointPillar': _M + 'detectors.pointpillar:PointPillar'},
    'VFE': {'PillarVFE': _M + 'backbones_3d.vfe.pillar_vfe:PillarVFE'},
    'BACKBONE_3D': {},
    'MAP_TO_BEV': {'PointPillarScatter': _M + 'backbones_2d.map_to_bev.pointpillar_scatter:PointPillarScatter'},
    'PFE': {},
    'BACKBONE_2D': {'BaseBEVBackbone': _M + 'backbones_2d.base_bev_backbone:BaseBEVBackbone'},
    'DENSE_HEAD': {'AnchorHeadSingle': _M + 'dense_heads.anchor_head_single:AnchorHeadSingle'},
    'POINT_HEAD': {},
    'ROI_HEAD': {},
    'TARGET_ASSIGNER': {
        'AxisAlignedTargetAssigner':
            _M + 'dense_heads.target_assigner.axis_aligned_target_assigner:AxisAlignedTargetAssigner',
    },
    'BOX_CODER': {'ResidualCoder': _M + 'model_utils.box_coder_utils:ResidualCoder'},
    'REG_LOSS': {'WeightedSmoothL1Loss': _M + 'model_utils.loss_utils:WeightedSmoothL1Loss'},
    'NMS_TYPE': {
        'nms_gpu': 'pcdet_qat_plugin.ops.iou3d_nms:nms_gpu',
        'nms_normal_gpu': 'pcdet_qat_plugin.ops.iou3d_nms:nms_normal_gpu',
    },
}


def valid_names(table: str) -> list:
    return sorted(TABLES[table])


def register(table: str, name: str, target: str) -> None:
    """Add `name` -> 'module:attr' to `table` (a new table is created if needed)."""
    TABLES.setdefault(table, {})[name] = target


def get(table: str, name: Any, key_path: str) -> Any:
    """Return the class registered as `name` in `table`; `key_path` (e.g. 'MODEL.VFE.NAME') goes in errors."""
    entries = TABLES.get(table)
    if entries is None:
        raise KeyError(f'no registry table {table!r}; tables: {sorted(TABLES)}')
    if not isinstance(name, str) or name not in entries:
        valid = ', '.join(sorted(entries)) or 'none in the built-in host'
        raise ConfigError(f'{key_path}: unknown name {name!r}; valid: {valid}')
    module_name, attr = entries[name].split(':')
    return getattr(importlib.import_module(module_name), attr)
