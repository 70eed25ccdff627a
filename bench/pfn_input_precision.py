"""How precisely the PFN sees its decorated input at 8 bits: per-channel normalisation vs one range vs 16 bits.

For each first-layer setting, calibrates a copy of a trained float checkpoint on `--batches` training
batches and prints, on `--batches` val batches, the relative L2 error of the PFN output (`pillar_features`,
what the BEV backbone gets) against the float model. The rest of the network is 8-bit in every row.

    python bench/pfn_input_precision.py --cfg_file cfgs/demo/pointpillar_demo.yaml \\
        --ckpt output/demo/plain/float/ckpt/checkpoint_epoch_8.pth   # after `python tools/demo.py`

Runs in about a minute on 2 cores (the demo's reduced 128 x 128 grid and synthetic data).
"""
import argparse
import copy
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

SETTINGS = (
    ('8-bit input, one range (TI: features x 32)', {'NORMALIZE_INPUT_CHANNELS': False}),
    ('8-bit input, per-channel pow2 normalisation (default)', {}),
    ('16-bit input, 8-bit Linear', {'NORMALIZE_INPUT_CHANNELS': False,
                                    'BITWIDTH_16_LAYERS': ['vfe.pfn_layers.0.input']}),
    ('16-bit input and Linear (pointpillar_qat_mixed)', {'NORMALIZE_INPUT_CHANNELS': False,
                                                         'BITWIDTH_16_LAYERS': ['vfe.pfn_layers.0.*']}),
)


def pfn_output(model, batch):
    """pillar_features of one forward in eval mode."""
    from pcdet_qat_plugin.utils.common_utils import forward_with_hooks
    keep = {}
    model.eval()
    forward_with_hooks(model, batch, [model.vfe.register_forward_hook(
        lambda m, i, o: keep.__setitem__('pfn', o['pillar_features'].clone()))])
    return keep['pfn']


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--cfg_file', default='cfgs/demo/pointpillar_demo.yaml')
    ap.add_argument('--ckpt', required=True, help='a trained float checkpoint of that cfg')
    ap.add_argument('--batches', type=int, default=8)
    args = ap.parse_args()
    torch.set_num_threads(2)

    from pcdet_qat_plugin import load_cfg
    from pcdet_qat_plugin.datasets import build_dataloader
    from pcdet_qat_plugin.hosts.common import quantize_detector
    from pcdet_qat_plugin.models import build_network, load_data_to_device
    from pcdet_qat_plugin.quant import QuantSettings, calibrate

    cfg = load_cfg(args.cfg_file)
    train_set, train_loader, _ = build_dataloader(cfg.DATA_CONFIG, cfg.CLASS_NAMES, batch_size=4, dist=False,
                                                  workers=0, training=True)
    _, val_loader, _ = build_dataloader(cfg.DATA_CONFIG, cfg.CLASS_NAMES, batch_size=4, dist=False, workers=0,
                                        training=False)
    calib = [load_data_to_device(b) for b, _ in zip(train_loader, range(args.batches))]
    val = [load_data_to_device(b) for b, _ in zip(val_loader, range(args.batches))]
    base = build_network(cfg.MODEL, num_class=len(cfg.CLASS_NAMES), dataset=train_set)
    base.load_params_from_file(args.ckpt, to_cpu=True)
    ref = [pfn_output(base, b) for b in val]

    print(f'{"first layer":55s} {"PFN output error":>16s}')
    for label, extra in SETTINGS:
        model = copy.deepcopy(base)
        settings = QuantSettings.from_value({'MODE': 'calibration', **extra})
        quantize_detector(model, settings, 'calibrate')
        calibrate(model, [copy.copy(b) for b in calib])
        quantize_detector(model, settings, 'test')
        err = sum(float((pfn_output(model, b) - r).norm() / r.norm()) for r, b in zip(ref, val)) / len(val)
        print(f'{label:55s} {100 * err:15.2f}%')


if __name__ == '__main__':
    main()
