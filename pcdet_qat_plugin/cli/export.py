"""Export a checkpoint's network (PFN + scatter + backbone + head) to ONNX for deployment.

tidl: BN folded, weights on their power-of-2 grid, a Clip after every quantized activation (opset 11),
      plus the TIDL 3D-OD meta-architecture prototxt; qdq: int8 QuantizeLinear/DequantizeLinear graph that
      onnxruntime runs with int8 kernels (opset 13); float: plain folded float graph."""
from typing import Optional, Sequence

from .common import add_cfg_file, add_set, argv_list, int_at_least, new_parser

EXAMPLES = """\
  pcdet-qat export --cfg_file kitti/pointpillar_qat --ckpt QAT.pth --format tidl
  pcdet-qat export --cfg_file kitti/pointpillar_qat --ckpt QAT.pth --format qdq --output pp_qdq.onnx
"""


def build_parser(prog: Optional[str] = None):
    p = new_parser(prog, __doc__, EXAMPLES)
    add_cfg_file(p)
    p.add_argument('--ckpt', required=True, help='checkpoint to export')
    p.add_argument('--format', choices=['tidl', 'qdq', 'float'], default='tidl', help='graph flavour (see above)')
    p.add_argument('--opset', type=int_at_least(11), default=None, help='ONNX opset (default: 11 for tidl and float, 13 for qdq)')
    p.add_argument('--output', default=None, help='ONNX file to write (default: <ckpt>_<format>.onnx)')
    p.add_argument('--prototxt', default=None, help='tidl: meta-architecture file (default: <output>.prototxt)')
    add_set(p)
    return p


def main(argv: Optional[Sequence[str]] = None, prog: Optional[str] = None) -> None:
    args = build_parser(prog).parse_args(argv_list(argv))
    from ..config import load_cfg
    from ..export.exporter import default_output_path, export_onnx, load_detector
    from ..utils.common_utils import create_logger
    logger = create_logger()
    cfg = load_cfg(args.cfg_file, args.set_cfgs)
    model = load_detector(cfg, args.ckpt, logger)
    out = args.output or default_output_path(args.ckpt, args.format)
    summary = export_onnx(model, cfg, out, fmt=args.format, opset=args.opset, prototxt_path=args.prototxt)
    print(f'{summary["format"]} graph: {summary["onnx"]} (opset {summary["opset"]}, '
          f'{summary["shapes"]["max_voxels"]} voxels x {summary["shapes"]["max_points"]} points, '
          f'grid {summary["shapes"]["nx"]} x {summary["shapes"]["ny"]})')
    if summary['prototxt']:
        print(f'TIDL 3D-OD meta-architecture: {summary["prototxt"]}')
    if summary['format'] == 'tidl':
        print(f'Clip nodes (quantized activations): {summary["act_points"]}')
        print(f'TIDL compile options: {summary["tidl_options"]}')
        for line in summary['tidl_violations']:
            print(f'  {line}')
        print(f'TIDL contract check (python -m pcdet_qat_plugin.export.check_tidl): '
              f'{len(summary["tidl_violations"])} violation(s)')
    if summary['int8_kernels'] is not None:
        k = summary['int8_kernels']
        int8 = {op: n for op, n in k.items() if op.startswith('QLinear') or 'Integer' in op}
        print(f'int8 weights: {summary["weights_int8"]}; onnxruntime int8 kernels: {int8}')
