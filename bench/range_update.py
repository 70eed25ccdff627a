"""RANGE_UPDATE ti vs mean: calibration-8 (box head 16) of one float checkpoint with each rule on the same
training batches, then the head outputs' relative L2 error against the float model on validation frames
(and the clips that differ). The default is chosen by this measurement (docs/quantization.md).

Run by hand: `python bench/range_update.py --ckpt FLOAT.pth [--cfg_file cfgs/demo/pointpillar_demo.yaml]
[--data_path DIR] [--batches 10] [--frames 8]`.
"""
import argparse
import copy
import sys
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
HEADS = ('conv_cls', 'conv_box', 'conv_dir_cls')


def heads(model, batch):
    got = {}
    hs = [getattr(model.dense_head, k).register_forward_hook(lambda m, a, o, k=k: got.__setitem__(k, o.detach()))
          for k in HEADS if getattr(model.dense_head, k, None) is not None]
    with torch.no_grad():
        model(copy.copy(batch))
    for h in hs:
        h.remove()
    return got


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--ckpt', required=True)
    parser.add_argument('--cfg_file', default=str(ROOT / 'cfgs' / 'demo' / 'pointpillar_demo.yaml'))
    parser.add_argument('--data_path')
    parser.add_argument('--batches', type=int, default=10)
    parser.add_argument('--frames', type=int, default=8)
    args = parser.parse_args()
    import logging

    from easydict import EasyDict

    from pcdet_qat_plugin import build_model, load_cfg, quantize
    from pcdet_qat_plugin.datasets import build_dataloader
    from pcdet_qat_plugin.models import load_data_to_device
    from pcdet_qat_plugin.quant import calibrate, iter_quant_sites
    cfg = load_cfg(args.cfg_file)
    if args.data_path:
        cfg.DATA_CONFIG.DATA_PATH = args.data_path
    log = logging.getLogger('range_update')
    _, train_loader, _ = build_dataloader(cfg.DATA_CONFIG, cfg.CLASS_NAMES, batch_size=4, dist=False, workers=0,
                                          training=True, seed=0)
    _, val_loader, _ = build_dataloader(cfg.DATA_CONFIG, cfg.CLASS_NAMES, batch_size=1, dist=False, workers=0,
                                        training=False)
    train = [load_data_to_device(b) or b for _, b in zip(range(args.batches), train_loader)]
    val = [load_data_to_device(b) or b for _, b in zip(range(args.frames), val_loader)]
    fmodel = build_model(cfg)
    fmodel.load_params_from_file(args.ckpt, logger=log, to_cpu=True)
    fmodel.eval()
    ref = [heads(fmodel, b) for b in val]
    clips = {}
    for rule in ('ti', 'mean'):
        qcfg = copy.deepcopy(cfg)
        qcfg.QUANTIZE = EasyDict({'MODE': 'calibration', 'RANGE_UPDATE': rule, 'CALIBRATION_ITERS': args.batches,
                                  'BITWIDTH_16_LAYERS': ['dense_head.conv_box']})
        model = build_model(qcfg, quantize_mode='calibrate')
        model.load_params_from_file(args.ckpt, logger=log, to_cpu=True)
        calibrate(model, [copy.copy(b) for b in train])
        quantize(model, qcfg, 'test')
        model.eval()
        clips[rule] = {s.name: s.act_clip for s in iter_quant_sites(model) if s.act_quant is not None}
        errs = {k: 0.0 for k in ref[0]}
        for b, r in zip(val, ref):
            got = heads(model, b)
            for k in r:
                errs[k] += float((got[k] - r[k]).norm() / r[k].norm()) / len(val)
        print(f'RANGE_UPDATE {rule}: ' + ', '.join(f'{k} rel. L2 error {v:.4f}' for k, v in errs.items()))
    diff = [n for n in clips['ti'] if clips['ti'][n] != clips['mean'][n]]
    print(f'clips that differ between the rules: {len(diff)} of {len(clips["ti"])} '
          + ', '.join(f'{n}: {clips["ti"][n]} vs {clips["mean"][n]}' for n in diff))


if __name__ == '__main__':
    main()
