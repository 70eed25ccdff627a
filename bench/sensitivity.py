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
    from pcdet_qat_plugin.demo import analysis
    from pcdet_qat_plugin.demo.plots import first_batch
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--variant', default='plain', choices=('plain', 'painted'))
    p.add_argument('--mode', default='qat8*', choices=accuracy.MODES[1:])
    p.add_argument('--ckpt', required=True)
    p.add_argument('--data_dir', default='data/synthetic_harder')
    p.add_argument('--threads', type=int, default=1)
    args = p.parse_args(argv)
    torch.set_num_threads(args.threads)
    cfg, _, model = accuracy.load_bench_model(args.variant, args.mode, args.ckpt, args.data_dir, batch_size=2,
                                              workers=0, logger=logging.getLogger('sensitivity'))
    print(analysis.format_sensitivity(analysis.sqnr_report(model, first_batch(cfg, torch.device('cpu')))))


if __name__ == '__main__':
    from _errors import run_reporting_errors
    run_reporting_errors(main)
