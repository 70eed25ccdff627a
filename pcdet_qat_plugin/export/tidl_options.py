"""The TIDL compile options of one `tidl` export, written next to it as `<name>.tidl_options.yaml`.

Options as edgeai-tidl-tools' onnxruntime (OSRT) `compile_options` keys (examples/osrt_python/README.md):
tensor_bits, accuracy_level 0 and advanced_options:quantization_scale_type 1 (power-of-2 scales) for a QAT /
pre-quantized model (TI's QAT guide, docs/tidl_fsg_quantization.md), the 16-bit layers as ONNX tensor names
(advanced_options:output_feature_16bit_names_list / params_16bit_names_list, else TIDL runs them at 8 bits),
and the 3D-OD meta architecture (object_detection:meta_layers_names_list, object_detection:meta_arch_type 7,
docs/tidl_fsg_od_meta_arch.md).
"""
import os
from typing import Dict, List

from .deployable import Deployable
from .onnx_io import weight_nodes_by_value

META_ARCH_TYPE_3DOD = 7
FOLLOWED_OPS = ('Relu', 'Clip', 'DepthToSpace')     # merged into the layer by TIDL's importer


def _layer_output(graph, node) -> str:
    """The last tensor of node -> (single-consumer) Relu / Clip / DepthToSpace: the layer's output in TIDL."""
    consumers = {}
    for n in graph.node:
        for t in n.input:
            consumers.setdefault(t, []).append(n)
    tensor = node.output[0]
    while len(consumers.get(tensor, [])) == 1 and consumers[tensor][0].op_type in FOLLOWED_OPS:
        tensor = consumers[tensor][0].output[0]
    return tensor


def sixteen_bit_tensor_names(deployable: Deployable, onnx_model, graph_weights: Dict[str, object]) -> List[str]:
    """ONNX output tensor names of the deployable's 16-bit weight layers (graph_weights: layer name -> the
    weight as the graph holds it, to find its node by value)."""
    names = [n for n in deployable.bits_16 if n in deployable.weights]
    if not names:
        return []
    nodes = weight_nodes_by_value(onnx_model.graph, {n: graph_weights[n] for n in names})
    return [_layer_output(onnx_model.graph, nodes[n]) for n in names]


def tidl_options(deployable: Deployable, onnx_model, prototxt_path: str, graph_weights: Dict[str, object]) -> dict:
    """The compile options dict of one export (keys as OSRT compile_options)."""
    bits = max([g.bits for g in deployable.acts.values()] + [8])
    names16 = ','.join(sixteen_bit_tensor_names(deployable, onnx_model, graph_weights))
    opts = {'tensor_bits': 8 if bits <= 8 or names16 else bits, 'accuracy_level': 0,
            'advanced_options:quantization_scale_type': 1,
            'object_detection:meta_layers_names_list': os.path.basename(prototxt_path),
            'object_detection:meta_arch_type': META_ARCH_TYPE_3DOD}
    if names16:
        opts['advanced_options:output_feature_16bit_names_list'] = names16
        opts['advanced_options:params_16bit_names_list'] = names16
    return opts


def options_text(opts: dict, onnx_name: str) -> str:
    """YAML text of the options, with a header saying what they are for."""
    lines = [f'# TIDL compile options for {onnx_name} (edgeai-tidl-tools OSRT compile_options; see '
             f'docs/deploy_tidl.md)',
             '# meta_layers_names_list is relative to this file: pass its absolute path to the compiler']
    for key, value in opts.items():
        lines.append(f"'{key}': " + (f"'{value}'" if isinstance(value, str) else str(value)))
    return '\n'.join(lines) + '\n'
