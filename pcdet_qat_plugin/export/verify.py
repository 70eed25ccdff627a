"""Check an exported `tidl` graph against PyTorch quantized evaluation outside TIDL, layer by layer.

Each weight layer (and the concat) is cut out of the ONNX graph, fed the quantized model's own input
activation for a batch, run in onnxruntime, and compared with the model's quantized output in units of
that layer's quantization step. A Clip-only graph differs from quantized evaluation by its missing
rounding (<= 0.5 step) plus ties, so every layer must agree within one step.
"""
import logging
from typing import Dict, List

import numpy as np
import torch
import torch.nn as nn

from ..quant import iter_quant_sites
from ..utils.common_utils import forward_with_hooks
from .deployable import Deployable
from .network import INPUT_NAMES, deconv_as_conv_weight
from .onnx_io import weight_nodes_by_value

_logger = logging.getLogger(__name__)
SCATTER_KEY = 'map_to_bev_module'


def capture_quantized_activations(model: nn.Module, batch_dict: dict) -> Dict[str, torch.Tensor]:
    """Run the quantized model once (eval) and return each site's output activation by site name (the
    quantized tensor; the ReLU output for a site without quantizer) plus the BEV canvas under 'map_to_bev_module'."""
    acts, handles = {}, []

    def keep(name):
        return lambda mod, inp, out: acts.__setitem__(name, out.detach().clone())
    for site in iter_quant_sites(model):
        name = site.name
        if site.act_quant is not None:
            handles.append(site.act_quant.register_forward_hook(keep(name)))
        elif site.spec.relu:
            handles.append(model.get_submodule(site.spec.relu).register_forward_hook(keep(name)))
    handles.append(model.map_to_bev_module.register_forward_hook(
        lambda mod, inp, out: acts.__setitem__(SCATTER_KEY, out['spatial_features'].detach().clone())))
    model.eval()
    forward_with_hooks(model, batch_dict, handles)
    return acts


def _consumers(graph) -> Dict[str, list]:
    out = {}
    for node in graph.node:
        for name in node.input:
            out.setdefault(name, []).append(node)
    return out


def _follow(consumers, tensor: str, ops=('Relu', 'Clip', 'DepthToSpace')) -> str:
    """Follow single-consumer Relu / Clip / DepthToSpace nodes from `tensor`; returns the last tensor reached."""
    while True:
        nxt = [n for n in consumers.get(tensor, []) if n.op_type in ops]
        if len(nxt) != 1 or len(consumers.get(tensor, [])) != 1:
            return tensor
        tensor = nxt[0].output[0]


def _run_sub(extractor, inputs: Dict[str, np.ndarray], output: str) -> np.ndarray:
    import onnxruntime as ort
    sub = extractor.extract_model(list(inputs), [output])
    sess = ort.InferenceSession(sub.SerializeToString(), providers=['CPUExecutionProvider'])
    return sess.run([output], inputs)[0]


def _pad_voxels(x: torch.Tensor, v_max: int) -> torch.Tensor:
    """(V, P, C) -> (1, C, P, v_max) zero padded, the PFN conv layout (TI's)."""
    pad = x.new_zeros((v_max,) + tuple(x.shape[1:]))
    pad[:x.shape[0]] = x
    return pad.permute(2, 1, 0).unsqueeze(0)


def _as_vpc(x: torch.Tensor, v: int, p: int) -> torch.Tensor:
    """A PFN activation as the host computed it ((V*P, C), (V, C, P) or (V, P, C)) -> (V, P, C)."""
    if x.dim() == 2:
        return x.reshape(v, p, -1)
    if x.shape[1] != p and x.shape[2] == p:
        return x.permute(0, 2, 1)
    return x


def _graph_weight(layer) -> np.ndarray:
    """A deployable layer's weight as the graph holds it (PFN Linear as a 1x1 conv, a deconv as DeconvAsConv)."""
    w = layer.weight_float()
    if layer.op == 'deconv':
        return deconv_as_conv_weight(w)
    return w.reshape(w.shape + (1, 1)) if layer.op == 'linear' else w


def verify_tidl_layers(onnx_model, model: nn.Module, batch_dict: dict, deployable: Deployable) -> List[dict]:
    """Per layer {'layer', 'max_steps', 'mean_steps'}: |ORT(tidl sub-graph) - quantized eval| / step."""
    import onnx
    extractor = onnx.utils.Extractor(onnx.shape_inference.infer_shapes(onnx_model))   # one inference
    acts = capture_quantized_activations(model, batch_dict)
    graph = onnx_model.graph
    consumers = _consumers(graph)
    nodes = weight_nodes_by_value(graph, {n: _graph_weight(layer) for n, layer in deployable.weights.items()})
    v_max = next(int(i.type.tensor_type.shape.dim[3].dim_value) for i in graph.input
                 if i.name == INPUT_NAMES[0])
    concat_site = (deployable.of_role('concat') or [None])[0]
    rows = []
    for name, role in deployable.roles.items():
        grid = deployable.act_of(name) or deployable.act_of(concat_site)
        step = grid.step
        if name in deployable.weights:
            node = nodes[name]
            src = deployable.weights[name].input_from
            if src is None or src not in acts:
                continue
            feed = acts[src]
            if role == 'pfn':
                feed = _pad_voxels(feed, v_max)
            elif deployable.roles.get(src) == 'pfn':
                feed = acts[SCATTER_KEY]
            out_name = _follow(consumers, node.output[0])
            got = _run_sub(extractor, {node.input[0]: feed.float().numpy()}, out_name)
            ref = acts[name]
            if role == 'pfn':
                ref = _as_vpc(ref, acts[src].shape[0], acts[src].shape[1])
                ref = _pad_voxels(ref, v_max)[..., :acts[src].shape[0]]
                got = got[..., :acts[src].shape[0]]
        elif role == 'concat':
            concat = next((n for n in graph.node if n.op_type == 'Concat'
                           and any(c.op_type == 'Clip' for c in consumers.get(n.output[0], []))), None)
            deblocks = deployable.of_role('deblock')
            if concat is None or len(deblocks) != len(concat.input):
                continue
            feeds = {inp: acts[d].float().numpy() for inp, d in zip(concat.input, deblocks)}
            got = _run_sub(extractor, feeds, _follow(consumers, concat.output[0]))
            ref = acts[name]
        else:
            continue
        diff = np.abs(got - ref.float().numpy()) / step
        rows.append({'layer': name, 'max_steps': float(diff.max()), 'mean_steps': float(diff.mean())})
    return rows
