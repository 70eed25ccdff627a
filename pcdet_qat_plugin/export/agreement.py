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


def unoptimized(ort_detector):
    """The same OrtDetector on a session without graph optimizations: onnxruntime's reference Q/DQ and float
    kernels, i.e. the `qdq` graph's own semantics (the optimized session fuses int8 kernels that are not
    exact on every CPU: measured <= 1 step on ~2 % of the head outputs of the 64 x 64 test model)."""
    import copy

    import onnxruntime as rt
    options = rt.SessionOptions()
    options.graph_optimization_level = rt.GraphOptimizationLevel.ORT_DISABLE_ALL
    out = copy.copy(ort_detector)
    out.session = rt.InferenceSession(ort_detector.onnx_path, options, providers=['CPUExecutionProvider'])
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


def _mean_moderate_3d(result_dict: dict, class_names) -> float:
    vals = [float(result_dict.get(f'{c}_3d/moderate_R40', 0.0)) for c in class_names]
    return sum(vals) / max(len(vals), 1)


def run_agreement(cfg, ckpt: str, frames: int = 8, work_dir: Optional[str] = None) -> dict:
    """PyTorch quantized evaluation, the integer reference and the exported `qdq` graph (onnxruntime) on the
    first `frames` test frames of cfg's dataset. Returns {'pytorch_vs_integer', 'qdq_vs_integer': per-head
    rows (see compare), 'identical_pct': {...}, 'ties_only', 'ap': {'pytorch', 'qdq'}, 'ap_diff_qdq',
    'frames'} (AP: mean moderate 3D R40 over the classes on those frames)."""
    import copy
    import tempfile

    from ..datasets import build_dataloader
    from ..models import load_data_to_device
    from .exporter import build_export_net, export_onnx, load_detector
    from .ort_runner import OrtDetector

    model = load_detector(cfg, ckpt)
    net, deployable = build_export_net(model, 'tidl')
    refs = {r: IntegerPointPillars(deployable, net, r) for r in ('half_up', 'half_even')}
    tmp = tempfile.TemporaryDirectory() if work_dir is None else None
    onnx_path = f'{work_dir or tmp.name}/verify_qdq.onnx'
    export_onnx(model, cfg, onnx_path, 'qdq')
    ort = OrtDetector(onnx_path, cfg)
    ort.onnx_path = onnx_path
    ort_graph = unoptimized(ort)
    dataset, loader, _ = build_dataloader(cfg.DATA_CONFIG, cfg.CLASS_NAMES, batch_size=1, dist=False, workers=0,
                                          training=False)
    acc = {'pytorch_vs_integer': [], 'qdq_vs_integer': [], 'qdq_half_even': [], 'qdq_graph_half_even': []}
    annos = {'pytorch': [], 'qdq': []}
    eight_bit = [n for n in deployable.of_role('head') if n not in deployable.bits_16]
    used = 0
    for batch in loader:
        if used >= frames:
            break
        load_data_to_device(batch, 'cpu')
        ref = reference_head_codes(model, batch, refs['half_up'])
        acc['pytorch_vs_integer'].append((torch_head_codes(model, dict(batch), deployable), ref))
        ort_codes = ort_head_codes(ort, batch, deployable)
        acc['qdq_vs_integer'].append((ort_codes, ref))
        even = reference_head_codes(model, batch, refs['half_even'])
        acc['qdq_half_even'].append((even, ort_codes))
        acc['qdq_graph_half_even'].append((even, ort_head_codes(ort_graph, batch, deployable)))
        with torch.no_grad():
            preds, _ = model(copy.copy(batch))
        annos['pytorch'] += dataset.generate_prediction_dicts(batch, preds, cfg.CLASS_NAMES)
        preds, _ = ort(copy.copy(batch))
        annos['qdq'] += dataset.generate_prediction_dicts(batch, preds, cfg.CLASS_NAMES)
        used += 1
    if tmp is not None:
        tmp.cleanup()
    report = {'frames': used}
    for key in ('pytorch_vs_integer', 'qdq_vs_integer'):
        merged = [{n: np.concatenate([p[i][n].ravel() for p in acc[key]]) for n in acc[key][0][i]} for i in (0, 1)]
        report[key] = compare(*merged)
    report['identical_pct'] = {k: identical_pct(report[k]) for k in ('pytorch_vs_integer', 'qdq_vs_integer')}
    report['ties_only'] = all(ties_only(a, b, eight_bit) for a, b in acc['qdq_half_even'])
    report['graph_ties_only'] = all(ties_only(a, b, eight_bit) for a, b in acc['qdq_graph_half_even'])
    report['ap'] = {}
    dataset.kitti_infos = dataset.kitti_infos[:used]          # the test loader runs the infos in order
    for key, det in annos.items():
        _, result = dataset.evaluation(det, cfg.CLASS_NAMES)
        report['ap'][key] = _mean_moderate_3d(result, cfg.CLASS_NAMES)
    report['ap_diff_qdq'] = report['ap']['pytorch'] - report['ap']['qdq']
    report['eight_bit_heads'] = eight_bit
    return report


def summary_line(report: dict) -> str:
    """`pytorch vs integer: identical P1%, onnxruntime-qdq vs integer: identical P2%, ties only: yes|no,
    AP diff qdq: D` (issue 14's bench line)."""
    p = report['identical_pct']
    return (f'pytorch vs integer: identical {p["pytorch_vs_integer"]:.4f}%, onnxruntime-qdq vs integer: identical '
            f'{p["qdq_vs_integer"]:.4f}%, ties only: {"yes" if report["ties_only"] else "no"}, '
            f'AP diff qdq: {report["ap_diff_qdq"]:.2f}')


def report_lines(report: dict) -> List[str]:
    """Per head: identical %, max difference in output steps, for both comparisons; then AP."""
    lines = [f'{report["frames"]} frames']
    for key in ('pytorch_vs_integer', 'qdq_vs_integer'):
        for name, row in report[key].items():
            lines.append(f'{key:20} {name:24} identical {row["identical_pct"]:8.4f}%  max {row["max_steps"]} steps'
                         f'  ({row["elements"]} elements)')
    lines.append(f'AP (mean moderate 3D R40): pytorch {report["ap"]["pytorch"]:.2f}, qdq {report["ap"]["qdq"]:.2f}')
    lines.append(f'ties only (8-bit heads {report["eight_bit_heads"]}): integer reference with ties-to-even '
                 f'== onnxruntime: {report["ties_only"]} (optimized session, int8 kernels), '
                 f'{report["graph_ties_only"]} (unoptimized session: the graph\'s semantics)')
    return lines
