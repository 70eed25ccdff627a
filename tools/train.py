"""Train PointPillars: float, QAT (8/16-bit) or calibration, as the cfg's QUANTIZE says.

    python tools/train.py --cfg_file cfgs/kitti/pointpillar_qat.yaml --pretrained_model FLOAT.pth
"""
import argparse
import sys

from _cli import run_main


def parse_args(argv=None, known_only=False):
    """This tool's flags; known_only: ignore others (OpenPCDet's, e.g. --launcher, for --host openpcdet)."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
                                allow_abbrev=not known_only)
    p.add_argument('--cfg_file', required=True, help='cfg yaml (OpenPCDet format, optional QUANTIZE section)')
    p.add_argument('--batch_size', type=int, default=None, help='default: OPTIMIZATION.BATCH_SIZE_PER_GPU')
    p.add_argument('--epochs', type=int, default=None, help='default: OPTIMIZATION.NUM_EPOCHS')
    p.add_argument('--workers', type=int, default=2, help='dataloader workers')
    p.add_argument('--extra_tag', default='default', help='output sub-folder name')
    p.add_argument('--ckpt', default=None, help='checkpoint to resume from (default: newest in the output ckpt/)')
    p.add_argument('--pretrained_model', default=None, help='float checkpoint to start QAT / calibration from')
    p.add_argument('--output_dir', default=None, help='default: output/<cfg path>/<cfg name>/<extra_tag>')
    p.add_argument('--seed', type=int, default=666)
    p.add_argument('--ckpt_save_interval', type=int, default=1)
    p.add_argument('--max_ckpt_save_num', type=int, default=30)
    p.add_argument('--no_eval', action='store_true', help='skip the evaluation after training')
    p.add_argument('--host', choices=['auto', 'openpcdet', 'builtin'], default='auto',
                   help='auto: real OpenPCDet if `pcdet` is importable, else the built-in CPU host')
    p.add_argument('--set', dest='set_cfgs', default=None, nargs=argparse.REMAINDER,
                   help='override cfg keys: --set KEY VALUE [KEY VALUE ...]')
    return p.parse_known_args(argv)[0] if known_only else p.parse_args(argv)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else list(argv)
    args = parse_args(argv, known_only=True)
    from pcdet_qat_plugin.hosts.select import select_host
    if select_host(args.host) == 'openpcdet':
        from pcdet_qat_plugin.hosts.openpcdet.runner import run_openpcdet_train
        return run_openpcdet_train(argv)
    args = parse_args(argv)  # the built-in host: every flag must be this tool's
    from pcdet_qat_plugin.config import load_cfg
    from pcdet_qat_plugin.runners.train_main import run_training
    cfg = load_cfg(args.cfg_file, args.set_cfgs)
    summary = run_training(cfg, batch_size=args.batch_size, epochs=args.epochs, workers=args.workers,
                           extra_tag=args.extra_tag, ckpt=args.ckpt, pretrained_model=args.pretrained_model,
                           output_dir=args.output_dir, seed=args.seed, run_eval=not args.no_eval,
                           ckpt_save_interval=args.ckpt_save_interval, max_ckpt_save_num=args.max_ckpt_save_num)
    print(f'checkpoint: {summary["ckpt"]}  ({summary["mode"]}, {summary["train_s"]:.0f} s)')


if __name__ == '__main__':
    run_main(main)
