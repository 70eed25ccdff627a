"""Export a detector's network part as `float`, `tidl` or `qdq` ONNX (+ the TIDL 3D-OD prototxt).

`build_export_net(model, fmt)` gives the torch graph (tests compare it with the detector);
`export_onnx(model, cfg, path, fmt, ...)` traces, checks and writes it and returns a summary dict.
"""
import logging
import os
from typing import Optional, Tuple

import torch.nn as nn

from ..errors import ExportError
from .deployable import Deployable, build_deployable
from .network import (DETECTIONS_NAME, OUTPUT_NAMES, ClipAct, NetworkPart, QdqAct, build_network_part,
                      count_act_points, export_shapes)
from .onnx_io import DEFAULT_OPSET, save_atomic, to_onnx_model, write_text_atomic
from .prototxt import make_prototxt

_logger = logging.getLogger(__name__)

FORMATS = ('tidl', 'qdq', 'float')


def build_export_net(model: nn.Module, fmt: str) -> Tuple[NetworkPart, Optional[Deployable]]:
    """(network part for `fmt`, the model's Deployable (None for float)); ExportError on a bad model/format
    or when the graph builder leaves a quantized layer unconverted."""
    if fmt not in FORMATS:
        raise ExportError(f'--format {fmt!r} not in {FORMATS}')
    if fmt == 'float':
        return build_network_part(model), None
    from .quantized import DeployableReader
    deployable = build_deployable(model, fmt)
    reader = DeployableReader(deployable, fmt)
    net = build_network_part(model, reader.weight_fn, reader.act_fn)
    reader.check_all_converted()
    net.detections_output = fmt == 'tidl'
    return net, deployable


def num_quantized_activations(deployable: Deployable) -> int:
    """Sites with an output quantizer: the number of Clip nodes a `tidl` graph must have."""
    return len(deployable.acts)


def export_onnx(model: nn.Module, cfg, output_path: str, fmt: str = 'tidl', opset: Optional[int] = None,
                prototxt_path: Optional[str] = None) -> dict:
    """Write the network part of `model` (eval mode) to `output_path`; for `tidl` also the 3D-OD prototxt
    (default: next to the ONNX file, `.prototxt`), `<name>.tidl_options.yaml` and the TIDL contract check.
    Returns {'onnx', 'prototxt', 'format', 'opset', 'shapes', 'act_points', 'weights_int8', 'int8_kernels'}
    (+ 'tidl_options', 'tidl_violations' for tidl)."""
    from .qdq import DEFAULT_QDQ_OPSET, int8_kernel_counts, quantize_weights_in_graph
    model.eval()
    net, deployable = build_export_net(model, fmt)
    if opset is None:
        opset = DEFAULT_QDQ_OPSET if fmt == 'qdq' else DEFAULT_OPSET
    if fmt == 'qdq' and opset < 13:
        raise ExportError(f'--opset {opset}: the qdq format needs opset >= 13 (per-channel DequantizeLinear)')
    shapes = export_shapes(cfg)
    num_features = net.vfe.pfn_layers[0].linear.in_channels
    onnx_model = to_onnx_model(net, shapes, num_features, opset)
    summary = {'onnx': output_path, 'prototxt': None, 'format': fmt, 'opset': opset, 'shapes': shapes,
               'act_points': count_act_points(net, (ClipAct, QdqAct)), 'weights_int8': 0, 'int8_kernels': None}
    if fmt == 'tidl' and summary['act_points'] != num_quantized_activations(deployable):
        raise ExportError(f'{summary["act_points"]} Clip points in the graph but '
                          f'{num_quantized_activations(deployable)} quantized activations in the model')
    if fmt == 'qdq':
        summary['weights_int8'] = quantize_weights_in_graph(onnx_model, deployable, net.weight_layers)
        from .onnx_io import check
        check(onnx_model)
    save_atomic(onnx_model, output_path)
    if fmt == 'qdq':
        summary['int8_kernels'] = dict(int8_kernel_counts(output_path))
    if fmt == 'tidl':
        summary.update(_write_tidl_companions(net, deployable, onnx_model, cfg, output_path, prototxt_path))
    _logger.info('exported %s graph to %s (opset %d, %d activation points)', fmt, output_path, opset,
                 summary['act_points'])
    return summary


def _write_tidl_companions(net: NetworkPart, deployable: Deployable, onnx_model, cfg, output_path: str,
                           prototxt_path: Optional[str]) -> dict:
    """The 3D-OD prototxt and `<name>.tidl_options.yaml` next to a `tidl` graph, then the TIDL contract check
    of all three: {'prototxt', 'tidl_options', 'tidl_violations' (one line each)}."""
    from .check_tidl import check_tidl_model
    from .tidl_options import options_text, tidl_options
    stem = os.path.splitext(output_path)[0]
    prototxt_path = prototxt_path or stem + '.prototxt'
    outs = [o.name for o in onnx_model.graph.output]
    write_text_atomic(make_prototxt(cfg, box_input=OUTPUT_NAMES[1], class_input=OUTPUT_NAMES[0],
                                    dir_input=OUTPUT_NAMES[2] if OUTPUT_NAMES[2] in outs else '',
                                    output_names=(DETECTIONS_NAME,)), prototxt_path)
    graph_weights = {n: m.weight.detach().cpu().numpy() for n, m in net.weight_layers.items()}
    opts = tidl_options(deployable, onnx_model, prototxt_path, graph_weights)
    options_path = write_text_atomic(options_text(opts, os.path.basename(output_path)), stem + '.tidl_options.yaml')
    bits16 = [v for k, v in opts.items() if k.endswith('16bit_names_list')]
    violations = check_tidl_model(onnx_model, prototxt_path, ','.join(bits16).split(',') if bits16 else ())
    for line in violations:
        _logger.warning('TIDL contract: %s', line)
    return {'prototxt': prototxt_path, 'tidl_options': options_path, 'tidl_violations': violations}


def load_detector(cfg, ckpt: str, logger=None, allow_partial: bool = False) -> nn.Module:
    """The built-in detector of cfg in quantized-test form when cfg has QUANTIZE (else float), weights
    (and quantizer state) from `ckpt`, in eval mode on CPU. A checkpoint lacking model weights is refused
    unless allow_partial."""
    from ..hosts.builtin import build_model
    from ..quant import QuantSettings
    quantized = QuantSettings.from_cfg(cfg) is not None          # top-level QUANTIZE or MODEL.QUANTIZE
    model = build_model(cfg, quantize_mode='test' if quantized else None)
    model.load_params_from_file(ckpt, logger=logger or _logger, to_cpu=True, allow_partial=allow_partial)
    return model.eval()


def default_output_path(ckpt: str, fmt: str) -> str:
    """<ckpt without .pth>_<fmt>.onnx next to the checkpoint."""
    return os.path.splitext(ckpt)[0] + f'_{fmt}.onnx'
