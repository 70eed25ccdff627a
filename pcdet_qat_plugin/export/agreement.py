"""Agreement of the three quantized executions on the same frames: PyTorch quantized evaluation, the integer
reference (export/integer_reference.py) and the exported `qdq` graph in onnxruntime, per output head, in
output steps; `verify` and bench/deploy_agreement.py report it.
"""
from typing import Dict, List, Optional

import numpy as np
import torch
import torch.nn as nn

from .decorate import decorate_pillars
from .deployable import Deployable
from .integer_reference import IntegerPointPillars

HEAD_OUTPUTS = {'dense_head.conv_cls': 'cls_preds', 'dense_head.conv_box': 'box_preds',
                'dense_head.conv_dir_cls': 'dir_cls_preds'}


def frames_of(batch_dict: dict) -> List[dict]:
    """One {'voxels', 'voxel_num_points', 'voxel_coords'} per frame of a collated batch (tensors)."""
    coords = batch_dict['voxel_coords']
    out = []
    for b in range(int(batch_dict['batch_size'])):
        sel = coords[:, 0] == b
        out.append({k: batch_dict[k][sel] for k in ('voxels', 'voxel_num_points', 'voxel_coords')})
    return out


def torch_head_codes(model: nn.Module, batch_dict: dict, deployable: Deployable) -> Dict[str, np.ndarray]:
    """PyTorch quantized evaluation of a batch: each head's output codes (B, C, H, W) int64, by site name."""
    got, handles = {}, []
    for name in deployable.of_role('head'):
        module = model.get_submodule(name)
        handles.append(module.register_forward_hook(
            lambda m, a, out, name=name: got.__setitem__(name, out.detach().double().cpu())))
    try:
        with torch.no_grad():
            model.eval()
            model(batch_dict)
    finally:
        for h in handles:
            h.remove()
    return {n: _codes(v.numpy(), deployable.acts[n].scale) for n, v in got.items()}


def _codes(values: np.ndarray, scale: float) -> np.ndarray:
    return np.round(np.asarray(values, dtype=np.float64) * scale).astype(np.int64)


def reference_head_codes(model: nn.Module, batch_dict: dict, reference: IntegerPointPillars) -> Dict[str, np.ndarray]:
    """The integer reference on each frame of a batch (decorated as the graph's input), stacked like torch's."""
    per_frame = []
    for f in frames_of(batch_dict):
        feats = decorate_pillars(model.vfe, f['voxels'].float().cpu(), f['voxel_num_points'].cpu(),
                                 f['voxel_coords'].cpu())
        per_frame.append(reference(feats.numpy(), f['voxel_coords'].cpu().numpy()))
    return {n: np.concatenate([p[n] for p in per_frame]) for n in per_frame[0]}


def ort_head_codes(ort_detector, batch_dict: dict, deployable: Deployable) -> Dict[str, np.ndarray]:
    """The qdq graph in onnxruntime on each frame: head outputs as codes of the heads' grids (a 16-bit head is
    a float Clip in the qdq graph, so its values need not be on the grid: rounded here)."""
    per_frame = [ort_detector.run_network(f['voxels'], f['voxel_num_points'], f['voxel_coords'])
                 for f in frames_of(batch_dict)]
    out = {}
    for name in deployable.of_role('head'):
        key = HEAD_OUTPUTS.get(name)
        if key in per_frame[0]:
            out[name] = _codes(np.concatenate([p[key] for p in per_frame]), deployable.acts[name].scale)
    return out


def compare(a: Dict[str, np.ndarray], b: Dict[str, np.ndarray]) -> Dict[str, dict]:
    """Per head present in both: {'identical_pct', 'max_steps', 'elements'}."""
    rows = {}
    for name in a:
        if name in b:
            diff = np.abs(a[name] - b[name])
            rows[name] = {'identical_pct': 100.0 * float((diff == 0).mean()), 'max_steps': int(diff.max()),
                          'elements': int(diff.size)}
    return rows


def identical_pct(rows: Dict[str, dict]) -> float:
    """Identical elements over all heads, in percent."""
    total = sum(r['elements'] for r in rows.values())
    return 100.0 * sum(r['identical_pct'] / 100.0 * r['elements'] for r in rows.values()) / max(total, 1)


def ties_only(reference_half_even: Dict[str, np.ndarray], ort: Dict[str, np.ndarray],
              eight_bit: Optional[List[str]] = None) -> bool:
    """True when the integer reference with onnxruntime's rounding (ties to even) reproduces onnxruntime
    exactly on the (8-bit) heads: then every difference to TIDL's rounding comes from a tie, at that head
    or upstream."""
    names = [n for n in ort if eight_bit is None or n in eight_bit]
    return all(np.array_equal(reference_half_even[n], ort[n]) for n in names)
