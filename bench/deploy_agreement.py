"""Agreement of the deployed arithmetic: PyTorch quantized evaluation vs the pure-integer reference vs the
exported `qdq` graph in onnxruntime, per head, on the demo-size model (export/agreement.py).

Run by hand: `python bench/deploy_agreement.py --ckpt CALIBRATED_OR_QAT.pth --cfg_file CFG [--frames N]`, or
without --ckpt a fresh short run: the demo cfg's float model trained `--epochs` on `--data_path` (a
synthetic KITTI folder with infos, e.g. from tools/demo.py), then calibration-8 (box head at 16 bits, as
the demo). Last line: `pytorch vs integer: identical P1%, onnxruntime-qdq vs integer: identical P2%, ties
only: yes|no, AP diff qdq: D`.
"""
import argparse
import copy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def calibration_cfg(base, calib_iters: int):
    """base + the demo's calibration-8 QUANTIZE section (box head at 16 bits)."""
    from easydict import EasyDict
    cfg = copy.deepcopy(base)
    cfg.QUANTIZE = EasyDict({'MODE': 'calibration', 'CALIBRATION_ITERS': calib_iters,
                             'BITWIDTH_16_LAYERS': ['dense_head.conv_box']})
    return cfg


def fresh_checkpoint(data_path: str, epochs: int, out: Path, calib_iters: int):
    """(cfg, checkpoint) of calibration-8 on a float demo model trained `epochs` epochs from scratch."""
    from pcdet_qat_plugin.config import load_cfg
    from pcdet_qat_plugin.runners.train_main import run_training
    base = load_cfg(ROOT / 'cfgs' / 'demo' / 'pointpillar_demo.yaml')
    base.DATA_CONFIG.DATA_PATH = str(Path(data_path).resolve())
    float_run = run_training(copy.deepcopy(base), epochs=epochs, output_dir=str(out / 'float'), run_eval=False,
                             show_progress=False)
    cfg = calibration_cfg(base, calib_iters)
    calib = run_training(copy.deepcopy(cfg), epochs=1, pretrained_model=float_run['ckpt'],
                         output_dir=str(out / 'calib8'), run_eval=False, show_progress=False)
    return cfg, calib['ckpt']


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--ckpt')
    parser.add_argument('--cfg_file')
    parser.add_argument('--frames', type=int, default=8)
    parser.add_argument('--data_path', default=str(ROOT / 'data' / 'synthetic_kitti'))
    parser.add_argument('--epochs', type=int, default=2)
    parser.add_argument('--calib_iters', type=int, default=10)
    parser.add_argument('--out', default=str(ROOT / 'output' / 'bench_deploy_agreement'))
    args = parser.parse_args()
    from pcdet_qat_plugin.config import load_cfg
    from pcdet_qat_plugin.export.agreement import report_lines, run_agreement, summary_line
    if args.ckpt:
        cfg, ckpt = load_cfg(args.cfg_file), args.ckpt
        if 'QUANTIZE' not in cfg:
            cfg = calibration_cfg(cfg, args.calib_iters)
        if args.data_path and not Path(cfg.DATA_CONFIG.DATA_PATH).is_dir():
            cfg.DATA_CONFIG.DATA_PATH = args.data_path
    else:
        cfg, ckpt = fresh_checkpoint(args.data_path, args.epochs, Path(args.out), args.calib_iters)
    print(f'checkpoint: {ckpt}')
    report = run_agreement(cfg, ckpt, args.frames)
    for line in report_lines(report):
        print(line)
    print(summary_line(report))


if __name__ == '__main__':
    main()
