"""Evaluate a checkpoint (float or quantized, as the cfg says) or an exported ONNX graph.

Results go to output/<cfg folder>/<cfg name>/<extra_tag>/eval/ under the current folder."""
from typing import Optional, Sequence

from .common import add_cfg_file, add_host, add_set, argv_list, int_at_least, new_parser, parse_or_run_on_openpcdet

EXAMPLES = """\
  pcdet-qat test --cfg_file kitti/pointpillar_qat \\
      --ckpt output/kitti/pointpillar_qat/default/ckpt/checkpoint_epoch_10.pth
  pcdet-qat test --cfg_file kitti/pointpillar_qat --eval_all
  pcdet-qat test --cfg_file kitti/pointpillar_qat --backend onnxruntime --onnx model_qdq.onnx
  pcdet-qat test --cfg_file kitti/pointpillar_qat --backend onnxruntime --onnx model_tidl.onnx --postproc tidl
  pcdet-qat test --cfg_file kitti/pointpillar_qat --ckpt QAT.pth --postproc tidl
"""


def build_parser(prog: Optional[str] = None, known_only: bool = False):
    """known_only: for parse_known_args, which leaves OpenPCDet's own flags (e.g. --launcher) for --host openpcdet;
    no abbreviations then, so none of those is taken for one of ours."""
    p = new_parser(prog, __doc__, EXAMPLES, allow_abbrev=not known_only)
    add_cfg_file(p)
    p.add_argument('--ckpt', default=None, help='checkpoint to evaluate')
    p.add_argument('--batch_size', type=int_at_least(1), default=None,
                   help='frames per batch (default: OPTIMIZATION.BATCH_SIZE_PER_GPU)')
    p.add_argument('--workers', type=int_at_least(0), default=2, help='dataloader worker processes')
    p.add_argument('--extra_tag', default='default', help='output sub-folder of the run')
    p.add_argument('--eval_tag', default='default', help='sub-folder of eval/epoch_N/val/ for this evaluation')
    p.add_argument('--eval_all', action='store_true', help='evaluate every checkpoint in --ckpt_dir')
    p.add_argument('--ckpt_dir', default=None, help='default: output/<cfg folder>/<cfg name>/<extra_tag>/ckpt')
    p.add_argument('--output_dir', default=None,
                   help='run folder (default: output/<cfg folder>/<cfg name>/<extra_tag>)')
    p.add_argument('--allow_partial_load', action='store_true',
                   help='evaluate a checkpoint that lacks some model weights (default: refuse)')
    p.add_argument('--backend', choices=['pytorch', 'onnxruntime'], default='pytorch',
                   help='pytorch: the checkpoint; onnxruntime: the --onnx graph')
    p.add_argument('--onnx', default=None, help='exported graph for --backend onnxruntime')
    p.add_argument('--nms', choices=['rotated', 'tidl', 'both'], default='rotated',
                   help='tidl: TIDL\'s selection (per class, axis-aligned BEV NMS, the cfg\'s SCORE_THRESH / '
                        'NMS_THRESH / NMS_PRE_MAXSIZE / NMS_POST_MAXSIZE, as the prototxt); both: the two side by side')
    p.add_argument('--postproc', choices=['openpcdet', 'tidl'], default='openpcdet',
                   help='tidl: decode the head maps (the graph\'s or the PyTorch model\'s) with the emulation of '
                        'TIDL\'s 3D-OD layer driven by the prototxt')
    p.add_argument('--prototxt', default=None,
                   help='--postproc tidl: meta-architecture file (default: <onnx>.prototxt; PyTorch backend: the '
                        'cfg\'s, written to the evaluation folder)')
    add_host(p)
    add_set(p)
    return p


def main(argv: Optional[Sequence[str]] = None, prog: Optional[str] = None) -> None:
    args = parse_or_run_on_openpcdet(build_parser, prog, argv_list(argv), 'run_openpcdet_test',
                                     use_host=lambda known: known.backend == 'pytorch')   # ONNX: built-in
    if args is None:
        return
    from ..config import load_cfg
    from ..runners.test_main import run_test
    rows = []
    for nms in (['rotated', 'tidl'] if args.nms == 'both' else [args.nms]):
        cfg = load_cfg(args.cfg_file, args.set_cfgs)
        for res in run_test(cfg, ckpt=args.ckpt, batch_size=args.batch_size, workers=args.workers,
                            extra_tag=args.extra_tag, eval_tag=args.eval_tag, eval_all=args.eval_all,
                            ckpt_dir=args.ckpt_dir, backend=args.backend, onnx=args.onnx, nms=nms,
                            output_dir=args.output_dir, postproc=args.postproc, prototxt=args.prototxt,
                            allow_partial_load=args.allow_partial_load):
            rows.append((nms, res))
    keys = [f'{c}_3d/moderate_R40' for c in ('Car', 'Pedestrian', 'Cyclist')]
    print('\nnms      ckpt/epoch  ' + '  '.join(f'{k:>24}' for k in keys) + '   s/frame')
    for nms, res in rows:
        vals = '  '.join(f'{res.get(k, float("nan")):24.2f}' for k in keys)
        label = 'tidl3dod' if args.postproc == 'tidl' else nms      # the emulated layer runs its own NMS
        print(f'{label:8} {str(res["ckpt"])[-24:]:>10}  {vals}   {res["sec_per_example"]:.3f}')
