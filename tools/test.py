"""Evaluate a checkpoint (float or quantized as the cfg says) or an exported ONNX graph on KITTI-format data.

    python tools/test.py --cfg_file cfgs/kitti/pointpillar_qat.yaml --ckpt output/.../checkpoint_epoch_10.pth
    python tools/test.py --cfg_file CFG --backend onnxruntime --onnx model_qdq.onnx
    python tools/test.py --cfg_file CFG --backend onnxruntime --onnx model_tidl.onnx --postproc tidl
"""
import argparse
import sys

from _cli import run_main


def parse_args(argv=None, known_only=False):
    """This tool's flags; known_only: ignore others (OpenPCDet's, e.g. --launcher, for --host openpcdet)."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
                                allow_abbrev=not known_only)
    p.add_argument('--cfg_file', required=True)
    p.add_argument('--ckpt', default=None, help='checkpoint to evaluate')
    p.add_argument('--batch_size', type=int, default=None)
    p.add_argument('--workers', type=int, default=2)
    p.add_argument('--extra_tag', default='default')
    p.add_argument('--eval_tag', default='default')
    p.add_argument('--eval_all', action='store_true', help='evaluate every checkpoint in --ckpt_dir')
    p.add_argument('--ckpt_dir', default=None, help='default: output/<cfg path>/<cfg name>/<extra_tag>/ckpt')
    p.add_argument('--output_dir', default=None)
    p.add_argument('--backend', choices=['pytorch', 'onnxruntime'], default='pytorch')
    p.add_argument('--onnx', default=None, help='exported graph for --backend onnxruntime')
    p.add_argument('--nms', choices=['rotated', 'tidl', 'both'], default='rotated',
                   help='tidl: axis-aligned BEV NMS at 0.5 as TIDL runs it; both: report the two side by side')
    p.add_argument('--postproc', choices=['openpcdet', 'tidl'], default='openpcdet',
                   help='onnxruntime: tidl decodes with the emulation of TIDL\'s 3D-OD layer from the prototxt')
    p.add_argument('--prototxt', default=None, help='--postproc tidl: meta-architecture file (default: '
                                                    '<onnx>.prototxt)')
    p.add_argument('--host', choices=['auto', 'openpcdet', 'builtin'], default='auto')
    p.add_argument('--set', dest='set_cfgs', default=None, nargs=argparse.REMAINDER)
    return p.parse_known_args(argv)[0] if known_only else p.parse_args(argv)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else list(argv)
    args = parse_args(argv, known_only=True)
    from pcdet_qat_plugin.hosts.select import select_host
    if args.backend == 'pytorch' and select_host(args.host) == 'openpcdet':
        from pcdet_qat_plugin.hosts.openpcdet.runner import run_openpcdet_test
        return run_openpcdet_test(argv)
    args = parse_args(argv)  # the built-in host (or ONNX backend): every flag must be this tool's
    from pcdet_qat_plugin.config import load_cfg
    from pcdet_qat_plugin.runners.test_main import run_test
    rows = []
    for nms in (['rotated', 'tidl'] if args.nms == 'both' else [args.nms]):
        cfg = load_cfg(args.cfg_file, args.set_cfgs)
        for res in run_test(cfg, ckpt=args.ckpt, batch_size=args.batch_size, workers=args.workers,
                            extra_tag=args.extra_tag, eval_tag=args.eval_tag, eval_all=args.eval_all,
                            ckpt_dir=args.ckpt_dir, backend=args.backend, onnx=args.onnx, nms=nms,
                            output_dir=args.output_dir, postproc=args.postproc, prototxt=args.prototxt):
            rows.append((nms, res))
    keys = [f'{c}_3d/moderate_R40' for c in ('Car', 'Pedestrian', 'Cyclist')]
    print('\nnms      ckpt/epoch  ' + '  '.join(f'{k:>24}' for k in keys) + '   s/frame')
    for nms, res in rows:
        vals = '  '.join(f'{res.get(k, float("nan")):24.2f}' for k in keys)
        print(f'{nms:8} {str(res["ckpt"])[-24:]:>10}  {vals}   {res["sec_per_example"]:.3f}')


if __name__ == '__main__':
    run_main(main)
