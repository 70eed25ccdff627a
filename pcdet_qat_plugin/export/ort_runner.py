"""OrtDetector: an exported network part run by onnxruntime, behaving like the detector in eval mode.

Decoration (as PillarVFE), anchor decoding and NMS reuse the built-in model's code; only the graph runs in
onnxruntime. TIDL's selection (`nms='tidl'`) and the 3D-OD layer emulation (`postproc='tidl'`) come from
export/tidl_postproc.py, shared with the PyTorch backend.
"""
import logging
import os
from typing import Dict, List, Optional, Tuple

import numpy as np
import torch

from ..errors import ConfigError, ExportError
from .decorate import graph_inputs
from .network import INPUT_NAMES, OUTPUT_NAMES
from .tidl_postproc import POSTPROC_CHOICES, emulate_frames, install_postprocessing, load_layer

_logger = logging.getLogger(__name__)

# Session config for evaluation: onnxruntime's exact int8 kernels. On x86 without VNNI its default
# uint8 x int8 kernel sums products in pairs in int16 and saturates (make_session), which would make an
# evaluated AP silently differ from the integer arithmetic; speed benchmarks choose the default kernels.
EXACT_INT8_CONFIG = {'session.x64quantprecision': '1'}


def build_float_detector(cfg):
    """The built-in float detector of cfg.MODEL (no QUANTIZE wrapping, no weights needed here)."""
    from ..models import ModelInfo, build_network
    info = ModelInfo.from_cfg(cfg)
    return build_network(model_cfg=cfg.MODEL, num_class=len(info.class_names), dataset=info).eval()


def make_session(onnx_path: str, num_threads: Optional[int] = None, optimized_model_path: Optional[str] = None,
                 config: Optional[Dict[str, str]] = None, profile_prefix: Optional[str] = None):
    """An onnxruntime CPU session with all graph optimizations (QDQ -> int8 kernel fusion included).

    config: session config entries (`SessionOptions.add_session_config_entry`), e.g.
    {'session.x64quantprecision': '1'}: onnxruntime's uint8 x uint8 int8 kernels on x86 without VNNI, exact
    but slower (its default uint8 x int8 kernel there adds products in pairs in int16 and can saturate).
    profile_prefix: per-node profiling on (`SessionOptions.enable_profiling`), files named after it."""
    import onnxruntime as ort
    so = ort.SessionOptions()
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    if num_threads:
        so.intra_op_num_threads = int(num_threads)
        so.inter_op_num_threads = 1
    if optimized_model_path:
        so.optimized_model_filepath = str(optimized_model_path)
    if profile_prefix:
        so.enable_profiling = True
        so.profile_file_prefix = str(profile_prefix)
    for key, value in (config or {}).items():
        so.add_session_config_entry(str(key), str(value))
    try:
        return ort.InferenceSession(str(onnx_path), sess_options=so, providers=['CPUExecutionProvider'])
    except Exception as exc:  # onnxruntime raises its own exception types (Fail, InvalidGraph, NoSuchFile)
        raise ExportError(f'onnxruntime cannot load {onnx_path}: {exc}') from exc


class OrtDetector(object):
    """`OrtDetector(onnx_path, cfg, nms='rotated', postproc='openpcdet')(batch_dict) -> (pred_dicts, recall_dict)`.

    batch_dict needs `voxels`, `voxel_num_points`, `voxel_coords`, `batch_size` (tensors, as the test loop
    gives them); frames run one at a time through the fixed-shape graph. nms: 'rotated' (the cfg's) or
    'tidl' (TIDL's selection: per class, axis-aligned BEV NMS, the cfg's thresholds, see
    export/tidl_postproc.py). postproc 'tidl': boxes come from the emulation of TIDL's 3D-OD layer
    (export/tidl_3dod.py) reading only `prototxt` (default: the graph's <name>.prototxt) and the graph's head
    outputs; `nms` is then unused (the prototxt's NMS applies). session_config: see make_session; entries
    go on top of EXACT_INT8_CONFIG (exact int8 kernels) unless exact_int8=False (onnxruntime's defaults).
    """

    training = False

    def __init__(self, onnx_path: str, cfg, nms: str = 'rotated', num_threads: Optional[int] = None,
                 postproc: str = 'openpcdet', prototxt: Optional[str] = None,
                 session_config: Optional[Dict[str, str]] = None, exact_int8: bool = True):
        if postproc not in POSTPROC_CHOICES:
            raise ConfigError(f'postproc: {postproc!r} not in {POSTPROC_CHOICES}')
        self.tidl_layer = None
        if postproc == 'tidl':
            self.tidl_layer = load_layer(prototxt or os.path.splitext(str(onnx_path))[0] + '.prototxt')
        self.cfg = cfg
        self.nms = nms
        self.model = install_postprocessing(build_float_detector(cfg), cfg, nms)   # postproc 'tidl': __call__
        config = dict(EXACT_INT8_CONFIG if exact_int8 else {}, **(session_config or {}))
        self.session = make_session(onnx_path, num_threads, config=config)
        inputs = {i.name: i for i in self.session.get_inputs()}
        missing = [n for n in INPUT_NAMES if n not in inputs]
        if missing:
            raise ExportError(f'{onnx_path}: graph inputs {sorted(inputs)} lack {missing}; export it again with '
                              f'`pcdet-qat export` (inputs {list(INPUT_NAMES)}: TI\'s PointPillars layout)')
        feat_shape, canvas_shape = inputs[INPUT_NAMES[0]].shape, inputs[INPUT_NAMES[2]].shape
        self.max_points, self.max_voxels = int(feat_shape[2]), int(feat_shape[3])
        self.num_bev_features = int(canvas_shape[1])
        bev = self.model.map_to_bev_module
        self.shapes = {'max_voxels': self.max_voxels, 'max_points': self.max_points, 'nx': int(bev.nx),
                       'ny': int(bev.ny)}
        if int(canvas_shape[2]) != self.shapes['nx'] * self.shapes['ny']:
            raise ExportError(f'{onnx_path}: canvas of {canvas_shape[2]} cells, the cfg\'s grid is '
                              f'{self.shapes["nx"]} x {self.shapes["ny"]}')
        self.output_names = [o.name for o in self.session.get_outputs() if o.name in OUTPUT_NAMES]
        _logger.info('onnxruntime graph %s: %d voxels x %d points, nms %s', onnx_path, self.max_voxels,
                     self.max_points, nms)

    def eval(self):
        return self

    def train(self, mode: bool = True):
        if mode:
            raise ExportError('OrtDetector runs inference only')
        return self

    def parameters(self):
        return iter(())

    def run_network(self, voxels: torch.Tensor, voxel_num_points: torch.Tensor,
                    voxel_coords: torch.Tensor) -> Dict[str, np.ndarray]:
        """One frame's voxels -> the graph's outputs by name (NCHW numpy)."""
        if voxels.shape[1] != self.max_points:
            raise ExportError(f'voxels have {voxels.shape[1]} points per voxel, the graph {self.max_points} '
                              f'(MAX_POINTS_PER_VOXEL must match the exported cfg)')
        feeds = graph_inputs(self.model.vfe, voxels, voxel_num_points, voxel_coords, self.shapes,
                             self.num_bev_features)
        outs = self.session.run(self.output_names, feeds)
        return dict(zip(self.output_names, outs))

    def __call__(self, batch_dict) -> Tuple[List[dict], dict]:
        batch_size = int(batch_dict['batch_size'])
        coords_all = batch_dict['voxel_coords']
        per_frame = []
        for b in range(batch_size):
            sel = coords_all[:, 0] == b
            per_frame.append(self.run_network(batch_dict['voxels'][sel], batch_dict['voxel_num_points'][sel],
                                              coords_all[sel]))
        if self.tidl_layer is not None:
            return self._tidl_postproc(batch_dict, per_frame)
        self.decode(batch_dict, per_frame)
        return self.model.post_processing(batch_dict)

    def decode(self, batch_dict, per_frame: List[Dict[str, np.ndarray]]) -> None:
        """The graph outputs of each frame -> batch_dict's batch_cls_preds / batch_box_preds (anchor decoding
        by the head's own code), ready for the model's post_processing (NMS)."""
        device = batch_dict['voxel_coords'].device
        preds = {}
        for name in OUTPUT_NAMES:
            if name in self.output_names:
                stacked = np.concatenate([f[name] for f in per_frame], axis=0)
                preds[name] = torch.from_numpy(stacked).permute(0, 2, 3, 1).contiguous().to(device)
        head = self.model.dense_head.to(device)
        batch_cls_preds, batch_box_preds = head.generate_predicted_boxes(
            batch_size=len(per_frame), cls_preds=preds['cls_preds'], box_preds=preds['box_preds'],
            dir_cls_preds=preds.get('dir_cls_preds'))
        batch_dict['batch_cls_preds'] = batch_cls_preds
        batch_dict['batch_box_preds'] = batch_box_preds
        batch_dict['cls_preds_normalized'] = False

    def _tidl_postproc(self, batch_dict, per_frame: List[Dict[str, np.ndarray]]) -> Tuple[List[dict], dict]:
        """pred_dicts from the TIDL 3D-OD layer emulation on the graph's head outputs."""
        layer = self.tidl_layer
        names = {'cls': layer.class_input, 'box': layer.box_input, 'dir': layer.dir_input}
        missing = [n for n in names.values() if n not in per_frame[0]]
        if missing:
            raise ConfigError(f'{layer.source}: tensors {missing} named by the prototxt are not outputs of the graph '
                              f'(outputs: {sorted(per_frame[0])})')
        frames = [{k: outs[name][0] for k, name in names.items()} for outs in per_frame]
        return emulate_frames(self.model, layer, batch_dict, frames)
