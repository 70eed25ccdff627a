"""Per-layer quantization sensitivity of one bench/accuracy.py checkpoint: network SQNR (errors accumulated)
and each layer's own drop on one val batch, with the layers the report recommends for 16 bits.

    python bench/sensitivity.py --variant plain --mode 'qat8*' \
        --ckpt output/accuracy_plain/plain/seed0/qat8_box16/ckpt/checkpoint_epoch_2.pth

Uses the benchmark's cfg (bench/accuracy.py: data, grid, the mode's QUANTIZE section) and
pcdet_qat_plugin.demo.analysis (the demo's sensitivity report).
"""
import argparse
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main(argv=None):
    import torch

    import accuracy
    from pcdet_qat_plugin.datasets import build_dataloader
    from pcdet_qat_plugin.demo import analysis
    from pcdet_qat_plugin.demo.plots import first_batch
    from pcdet_qat_plugin.hosts.common import quantize_detector
    from pcdet_qat_plugin.models import build_network
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--variant', default='plain', choices=('plain', 'painted'))
    p.add_argument('--mode', default='qat8*', choices=accuracy.MODES[1:])
    p.add_argument('--ckpt', required=True)
    p.add_argument('--data_dir', default='data/synthetic_harder')
    p.add_argument('--threads', type=int, default=1)
    args = p.parse_args(argv)
    torch.set_num_threads(args.threads)
    bench_args = accuracy.parse_args(['--data_dir', args.data_dir])
    cfg = accuracy.mode_cfg(accuracy.bench_cfg(args.variant, Path(args.data_dir).resolve()), args.mode, bench_args)
    dataset, _, _ = build_dataloader(cfg.DATA_CONFIG, cfg.CLASS_NAMES, batch_size=2, dist=False, workers=0,
                                     training=False)
    model = build_network(cfg.MODEL, num_class=len(cfg.CLASS_NAMES), dataset=dataset)
    quantize_detector(model, cfg, phase='test')
    model.load_params_from_file(args.ckpt, logger=logging.getLogger('sensitivity'), to_cpu=True)
    model.eval()
    print(analysis.format_sensitivity(analysis.sqnr_report(model, first_batch(cfg, torch.device('cpu')))))


if __name__ == '__main__':
    from _errors import run_reporting_errors
    run_reporting_errors(main)
