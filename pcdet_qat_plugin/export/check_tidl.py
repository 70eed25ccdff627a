"""TIDL contract checker for an exported graph (+ its 3D-OD meta-architecture file): one line per violation.

    python -m pcdet_qat_plugin.export.check_tidl MODEL.onnx [--prototxt FILE] [--options FILE]

Rules (sources: TexasInstruments/edgeai-tidl-tools docs/supported_ops_rts_versions.md operator table and
notes; TIDL's ONNX importer; TI's PointPillars export, edgeai-mmdetection3d save_onnx.py):
onnx.checker; ops in TIDL's list; per-op limits (Conv kernels/strides, ConvTranspose 2x2/4x4/8x8 at stride 2,
MaxPool 1x1/2x2/3x3 stride <= 2, DepthToSpace block 2/4/8 DCR, ReduceMax one axis, ScatterElements/ScatterND
data and int32 indices as graph inputs, Reshape shapes constant, Resize power-of-2 factors, Cast only at
graph inputs / outputs); no int64 tensor except Reshape's shape constants; Clip bounds [0, 2^k] or
[-2^k, 2^k] (TI PAct2); weights on a power-of-2 grid of 8 bits (16 bits for layers the options file lists);
prototxt in TI's schema with its tensor names in the graph. Exit status 1 when anything is violated.
"""
import argparse
import logging
import os
import sys
from typing import Dict, Iterable, List, Optional, Sequence

import numpy as np

from .qdq_rewrite import node_attributes

_logger = logging.getLogger(__name__)

# TIDL's ONNX operator list (supported_ops_rts_versions.md, "Operator Mapping" + "Other compatible layers");
# ReduceMax / ScatterElements as TIDL's importer maps them (TIDL_ReduceLayer, TIDL_ScatterElementsLayer) and
# TI's PointPillars graph uses them. Constant only ever holds Reshape shapes and Clip bounds here.
SUPPORTED_OPS = ('Conv', 'BatchNormalization', 'MaxPool', 'AveragePool', 'GlobalAveragePool', 'Add', 'Mul',
                 'Gemm', 'MatMul', 'Softmax', 'ConvTranspose', 'Concat', 'Split', 'Flatten', 'ArgMax',
                 'Resize', 'Upsample', 'DepthToSpace', 'Sigmoid', 'Pad', 'Reshape', 'ScatterND', 'ScatterElements',
                 'Gather', 'Transpose', 'Relu', 'Clip', 'ReduceMax', 'Slice', 'Constant', 'Cast')
CONV_KERNELS = {(1, 1), (3, 3), (5, 5), (7, 7), (1, 3), (3, 1), (1, 5), (5, 1), (1, 7), (7, 1)}


class _Graph(object):
    """Lookup tables over one ModelProto (after shape inference)."""

    def __init__(self, model):
        import onnx
        from onnx import numpy_helper
        try:
            model = onnx.shape_inference.infer_shapes(model)
        except Exception:  # noqa: BLE001 - the checker rule reports a broken graph itself
            pass
        self.model, self.graph = model, model.graph
        self.inits = {i.name: numpy_helper.to_array(i) for i in self.graph.initializer}
        self.consts = {n.output[0]: numpy_helper.to_array(n.attribute[0].t) for n in self.graph.node
                       if n.op_type == 'Constant' and n.attribute and n.attribute[0].name == 'value'}
        self.inputs = {i.name: i for i in self.graph.input if i.name not in self.inits}
        self.outputs = {o.name for o in self.graph.output}
        self.types = {}
        for vi in list(self.graph.input) + list(self.graph.output) + list(self.graph.value_info):
            self.types[vi.name] = vi.type.tensor_type.elem_type
        for name, arr in {**self.inits, **self.consts}.items():
            self.types[name] = onnx.helper.np_dtype_to_tensor_dtype(arr.dtype)
        self.consumers: Dict[str, list] = {}
        for n in self.graph.node:
            for t in n.input:
                self.consumers.setdefault(t, []).append(n)

    def const(self, name: str) -> Optional[np.ndarray]:
        return self.inits.get(name, self.consts.get(name))

    def node_label(self, node) -> str:
        return f'{node.op_type} {node.name or node.output[0]}'


def _check_ops(g: _Graph) -> Iterable[str]:
    for n in g.graph.node:
        if n.op_type not in SUPPORTED_OPS:
            yield f'op: {g.node_label(n)} is not in TIDL\'s ONNX operator list'


def _check_conv(g, n, a) -> Iterable[str]:
    k, s = tuple(a.get('kernel_shape', ())), tuple(a.get('strides', (1, 1)))
    if n.op_type == 'Conv':
        if k == s and k[0] == k[1]:
            return                                            # kernel == stride: patch embedding, supported
        if s == (4, 4) and k != (11, 11):
            yield f'Conv: {g.node_label(n)} stride 4 needs an 11x11 kernel, found {k}'
        elif s == (2, 2) and (k[0] % 2 == 0 or k[0] >= 7):
            yield f'Conv: {g.node_label(n)} stride 2 needs an odd kernel below 7, found {k}'
        elif k not in CONV_KERNELS:
            yield f'Conv: {g.node_label(n)} kernel {k} is not a validated TIDL kernel'
        elif max(s) > 2 and s != (4, 4):
            yield f'Conv: {g.node_label(n)} stride {s} is not supported'
    else:
        if not (k in {(2, 2), (4, 4), (8, 8)} and s == (2, 2)):
            yield (f'ConvTranspose: {g.node_label(n)} kernel {k} stride {s}; TIDL takes only 2x2 / 4x4 / 8x8 '
                   f'kernels with stride 2 (export kernel == stride deconvs as Conv + DepthToSpace)')


def _check_limits(g: _Graph) -> Iterable[str]:
    for n in g.graph.node:
        a = node_attributes(n)
        label = g.node_label(n)
        if n.op_type in ('Conv', 'ConvTranspose'):
            yield from _check_conv(g, n, a)
        elif n.op_type == 'MaxPool':
            k, s = tuple(a.get('kernel_shape', ())), tuple(a.get('strides', (1, 1)))
            if k not in {(1, 1), (2, 2), (3, 3)} or max(s) > 2:
                yield f'MaxPool: {label} kernel {k} stride {s}; TIDL validates 1x1 / 2x2 / 3x3, stride <= 2'
        elif n.op_type == 'DepthToSpace':
            mode = a.get('mode', b'DCR')
            mode = mode.decode() if isinstance(mode, bytes) else mode
            if a.get('blocksize') not in (2, 4, 8) or mode != 'DCR':
                yield f'DepthToSpace: {label} blocksize {a.get("blocksize")} mode {mode}; TIDL: 2 / 4 / 8, DCR'
        elif n.op_type == 'ReduceMax':
            axes = a.get('axes')
            if axes is None or len(axes) != 1 or a.get('keepdims', 1) != 1:
                yield f'ReduceMax: {label} needs one axis with keepdims=1, found axes={axes}'
        elif n.op_type in ('ScatterElements', 'ScatterND'):
            data, indices = n.input[0], n.input[1]
            if data not in g.inputs:
                yield f'{n.op_type}: {label} data {data} is computed in the graph; TIDL assumes a zero graph input'
            if indices not in g.inputs or g.types.get(indices) != 6:      # 6 = INT32
                yield f'{n.op_type}: {label} indices {indices} must be an int32 graph input'
        elif n.op_type == 'Reshape':
            if g.const(n.input[1]) is None:
                yield f'Reshape: {label} shape {n.input[1]} is computed in the graph, not a constant'
        elif n.op_type in ('Resize', 'Upsample'):
            scales = next((g.const(t) for t in n.input[1:] if t and g.const(t) is not None and
                           g.const(t).dtype.kind == 'f' and g.const(t).size), None)
            ok = scales is not None and all(float(v) >= 1 and np.log2(float(v)) == round(np.log2(float(v)))
                                            for v in scales.ravel())
            if not ok:
                yield f'{n.op_type}: {label} needs constant power-of-2 scales, found {scales}'
        elif n.op_type == 'Cast':
            if n.input[0] not in g.inputs and n.output[0] not in g.outputs:
                yield f'Cast: {label} inside the graph; TIDL converts types only at graph inputs / outputs'


def _check_int64(g: _Graph) -> Iterable[str]:
    shape_inputs = {n.input[1] for n in g.graph.node if n.op_type == 'Reshape' and len(n.input) > 1}
    for name, t in g.types.items():
        if t == 7 and name not in shape_inputs:                  # 7 = INT64
            yield f'int64: tensor {name} is int64; TIDL reads no int64 (only Reshape shape constants may be)'


def _check_clips(g: _Graph) -> Iterable[str]:
    for n in g.graph.node:
        if n.op_type != 'Clip':
            continue
        a = node_attributes(n)
        lo = g.const(n.input[1]) if len(n.input) > 1 and n.input[1] else a.get('min')
        hi = g.const(n.input[2]) if len(n.input) > 2 and n.input[2] else a.get('max')
        if lo is None or hi is None:
            yield f'Clip: {g.node_label(n)} bounds are not constants'
            continue
        lo, hi = float(np.asarray(lo).ravel()[0]), float(np.asarray(hi).ravel()[0])
        pow2 = hi > 0 and np.log2(hi) == round(np.log2(hi))
        if not pow2 or lo not in (0.0, -hi):
            yield f'Clip: {g.node_label(n)} bounds [{lo}, {hi}] are not [0, 2^k] or [-2^k, 2^k] (TI PAct2 clip)'


def _on_grid(w: np.ndarray, bits: int, axis: int) -> bool:
    import torch
    from .quantized import pow2_grid_scale
    return pow2_grid_scale(torch.from_numpy(np.array(w, copy=True)), bits, axis) is not None


def _check_weights(g: _Graph, bits16: Sequence[str]) -> Iterable[str]:
    for n in g.graph.node:
        if n.op_type not in ('Conv', 'ConvTranspose', 'Gemm', 'MatMul') or len(n.input) < 2:
            continue
        w = g.const(n.input[1])
        if w is None or w.dtype.kind != 'f':
            continue
        axis = 1 if n.op_type == 'ConvTranspose' else 0
        if _on_grid(w, 8, axis):
            continue
        wide = n.output[0] in bits16 or any(o in bits16 for c in g.consumers.get(n.output[0], []) for o in c.output)
        if wide and _on_grid(w, 16, axis):
            continue
        yield (f'weights: {g.node_label(n)} weight {n.input[1]} is not on a power-of-2 grid of '
               f'{16 if wide else 8} bits')


def _check_prototxt(g: _Graph, path: str) -> Iterable[str]:
    from .meta_arch import schema_violations
    try:
        with open(path) as f:
            text = f.read()
    except OSError as exc:
        yield f'prototxt: cannot read {path}: {exc}'
        return
    parsed, errors = schema_violations(text)
    for e in errors:
        yield f'prototxt: {e}'
    tensors = {o for n in g.graph.node for o in n.output} | set(g.inputs)
    for od in parsed.get('tidl_3dod', []):
        for key in ('box_input', 'class_input', 'dir_input'):
            for name in od.get(key, []):
                if name not in tensors:
                    yield f'prototxt: {key} "{name}" is not a tensor of the graph'
        for name in od.get('output', []):
            if name not in g.outputs:
                yield f'prototxt: output "{name}" is not a graph output'
        if not od.get('output'):
            yield 'prototxt: no output names the graph output the 3D-OD layer replaces'


def read_16bit_names(options_path: Optional[str]) -> List[str]:
    """The 16-bit tensor names of a `<name>.tidl_options.yaml` (output_feature_16bit_names_list and
    params_16bit_names_list), [] without a file."""
    if not options_path or not os.path.isfile(options_path):
        return []
    import yaml
    with open(options_path) as f:
        opts = yaml.safe_load(f) or {}
    names = []
    for key in ('advanced_options:output_feature_16bit_names_list', 'advanced_options:params_16bit_names_list'):
        names += [s.strip() for s in str(opts.get(key, '') or '').split(',') if s.strip()]
    return names


def check_tidl_model(model_or_path, prototxt_path: Optional[str] = None,
                     bits16: Sequence[str] = ()) -> List[str]:
    """Violations of TIDL's import contract, one line each ([] when the graph conforms)."""
    import onnx
    model = onnx.load(model_or_path) if isinstance(model_or_path, str) else model_or_path
    lines = []
    try:
        onnx.checker.check_model(model, full_check=True)
    except Exception as exc:  # noqa: BLE001 - onnx raises ValidationError and InferenceError
        lines.append(f'onnx.checker: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}')
    g = _Graph(model)
    for rule in (_check_ops(g), _check_limits(g), _check_int64(g), _check_clips(g), _check_weights(g, bits16)):
        lines.extend(rule)
    if prototxt_path:
        lines.extend(_check_prototxt(g, prototxt_path))
    return lines


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog='python -m pcdet_qat_plugin.export.check_tidl', description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('model', help='exported ONNX graph')
    p.add_argument('--prototxt', default=None, help='3D-OD meta-architecture file (default: <model>.prototxt '
                                                    'when it exists)')
    p.add_argument('--options', default=None, help='TIDL options yaml listing 16-bit layers (default: '
                                                   '<model>.tidl_options.yaml when it exists)')
    args = p.parse_args(argv)
    stem = os.path.splitext(args.model)[0]
    proto = args.prototxt or (stem + '.prototxt' if os.path.isfile(stem + '.prototxt') else None)
    options = args.options or stem + '.tidl_options.yaml'
    if not os.path.isfile(args.model):
        print(f'{args.model}: no such file', file=sys.stderr)
        return 2
    lines = check_tidl_model(args.model, proto, read_16bit_names(options))
    for line in lines:
        print(line)
    print(f'{args.model}: {len(lines)} TIDL contract violation(s)' + (f' (prototxt {proto})' if proto else ''))
    return 1 if lines else 0


if __name__ == '__main__':
    sys.exit(main())
