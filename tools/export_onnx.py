"""Export the network part of a checkpoint (PFN + scatter + backbone + head) to ONNX for deployment.

    python tools/export_onnx.py --cfg_file cfgs/kitti/pointpillar_qat.yaml --ckpt CKPT --format tidl
    python tools/export_onnx.py --cfg_file cfgs/kitti/pointpillar_qat.yaml --ckpt CKPT --format qdq

tidl: BN folded, weights on their power-of-2 grid, a Clip after every quantized activation (opset 11),
      plus the TIDL 3D-OD meta-architecture prototxt; qdq: int8 QuantizeLinear/DequantizeLinear graph that
      onnxruntime runs with int8 kernels (opset 13); float: plain folded float graph.
"""
import argparse

from _cli import run_main


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--cfg_file', required=True)
    p.add_argument('--ckpt', required=True, help='checkpoint to export')
    p.add_argument('--format', choices=['tidl', 'qdq', 'float'], default='tidl')
    p.add_argument('--opset', type=int, default=None, help='default: 11 (tidl, float), 13 (qdq)')
    p.add_argument('--output', default=None, help='default: <ckpt>_<format>.onnx')
    p.add_argument('--prototxt', default=None, help='tidl: meta-architecture file (default: <output>.prototxt)')
    p.add_argument('--set', dest='set_cfgs', default=None, nargs=argparse.REMAINDER)
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    from pcdet_qat_plugin.config import load_cfg
    from pcdet_qat_plugin.export.exporter import default_output_path, export_onnx, load_detector
    from pcdet_qat_plugin.utils.common_utils import create_logger
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


if __name__ == '__main__':
    run_main(main)
