"""Train PointPillars: float, QAT (8/16-bit) or calibration (PTQ), as the cfg's QUANTIZE says.

Evaluates at the end. Outputs go to output/<cfg folder>/<cfg name>/<extra_tag>/ under the current folder."""
from typing import Optional, Sequence

from .common import add_cfg_file, add_host, add_set, argv_list, int_at_least, new_parser, parse_or_run_on_openpcdet

EXAMPLES = """\
  pcdet-qat train --cfg_file kitti/pointpillar --epochs 80
  pcdet-qat train --cfg_file kitti/pointpillar_qat \\
      --pretrained_model output/kitti/pointpillar/default/ckpt/checkpoint_epoch_80.pth
  pcdet-qat train --cfg_file my_cfgs/pp_calib.yaml --pretrained_model FLOAT.pth --set DATA_CONFIG.DATA_PATH data/kitti
"""


def build_parser(prog: Optional[str] = None, known_only: bool = False):
    """known_only: for parse_known_args, which leaves OpenPCDet's own flags (e.g. --launcher) for --host openpcdet;
    no abbreviations then, so none of those is taken for one of ours."""
    p = new_parser(prog, __doc__, EXAMPLES, allow_abbrev=not known_only)
    add_cfg_file(p)
    p.add_argument('--batch_size', type=int_at_least(1), default=None,
                   help='frames per batch (default: OPTIMIZATION.BATCH_SIZE_PER_GPU)')
    p.add_argument('--epochs', type=int_at_least(1), default=None,
                   help='training epochs (default: OPTIMIZATION.NUM_EPOCHS)')
    p.add_argument('--workers', type=int_at_least(0), default=2, help='dataloader worker processes')
    p.add_argument('--extra_tag', default='default', help='output sub-folder name')
    p.add_argument('--ckpt', default=None, help='checkpoint to resume from (default: newest in the output ckpt/)')
    p.add_argument('--pretrained_model', default=None, help='float checkpoint to start QAT / calibration from')
    p.add_argument('--allow_partial_load', action='store_true',
                   help='start from a --pretrained_model that lacks some model weights (default: refuse)')
    p.add_argument('--output_dir', default=None,
                   help='output folder (default: output/<cfg folder>/<cfg name>/<extra_tag>)')
    p.add_argument('--seed', type=int_at_least(0), default=666,
                   help='random seed (model init, sampling, augmentation)')
    p.add_argument('--ckpt_save_interval', type=int_at_least(1), default=1, help='save a checkpoint every N epochs')
    p.add_argument('--max_ckpt_save_num', type=int_at_least(1), default=30, help='keep at most N checkpoints')
    p.add_argument('--no_eval', action='store_true', help='skip the evaluation after training')
    add_host(p)
    add_set(p)
    return p


def main(argv: Optional[Sequence[str]] = None, prog: Optional[str] = None) -> None:
    args = parse_or_run_on_openpcdet(build_parser, prog, argv_list(argv), 'run_openpcdet_train')
    if args is None:
        return
    from ..config import load_cfg
    from ..runners.train_main import run_training
    cfg = load_cfg(args.cfg_file, args.set_cfgs)
    summary = run_training(cfg, batch_size=args.batch_size, epochs=args.epochs, workers=args.workers,
                           extra_tag=args.extra_tag, ckpt=args.ckpt, pretrained_model=args.pretrained_model,
                           output_dir=args.output_dir, seed=args.seed, run_eval=not args.no_eval,
                           ckpt_save_interval=args.ckpt_save_interval, max_ckpt_save_num=args.max_ckpt_save_num,
                           allow_partial_load=args.allow_partial_load)
    print(f'checkpoint: {summary["ckpt"]}  ({summary["mode"]}, {summary["train_s"]:.0f} s)')
