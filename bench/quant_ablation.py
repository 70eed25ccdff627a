"""Where a quantized checkpoint's AP goes: the same weights evaluated with parts of the quantization switched off.

Run by hand, on a bench/accuracy.py checkpoint, e.g.

    python bench/quant_ablation.py --variant plain --mode qat16 \\
        --ckpt output/accuracy_plain/plain/seed0/qat16/ckpt/checkpoint_epoch_2.pth \\
        --reference output/accuracy_plain/plain/round0/seed0/float-ft/eval/epoch_2/val/default/result.pkl

Rows (each a full evaluation of the val set, detections kept in --out): `quantized` (as deployed: integer-exact
layers, every activation rounded), `float weights` (weight quantization off: each layer's float weights and
float BN, activations still on their grids and clip ranges), `float activations` (activation quantizers off,
weights quantized, float arithmetic; the PFN input's channel normalisation stays with the quantized weights), `float` (everything off: the fine-tuned float weights of the
checkpoint with their BN, i.e. what training left apart from rounding). `--groups P1,P2` adds a row per module
prefix with only the activations under it float (which part of the network the activation rounding costs). Each row's mean moderate 3D AP R40 and,
with --reference (a result.pkl of the same val frames, e.g. the seed's float-ft), the paired-bootstrap delta to
it (pcdet_qat_plugin.eval.paired_bootstrap, 1000 draws). Last line:
`ablation MODE: quantized D, float weights D, float activations D, float D` (deltas to the reference, or APs).
"""
import argparse
import logging
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROWS = ('quantized', 'float weights', 'float activations', 'float')
GROUP_ROW = 'float activations in '


def switched(model, row: str):
    """Context: the model with the row's quantization parts off (weights: each layer's q_enabled; activations:
    every activation quantizer's enabled flag). An input quantizer that normalises channels (the PFN input's)
    goes with the weights, not the activations: the quantized weights hold its channel scales, the float ones
    do not, so it is off exactly when the weights are float."""
    from pcdet_qat_plugin.quant.modules import ActQuantizer
    from pcdet_qat_plugin.quant.phases import parts_disabled
    from pcdet_qat_plugin.quant.spec import act_quantizers, weight_modules

    float_weights = row in ('float weights', 'float')
    if row.startswith(GROUP_ROW):            # float activations under one module prefix only
        prefix = row[len(GROUP_ROW):]
        aqs = [q for name, q in model.named_modules()
               if isinstance(q, ActQuantizer) and not q.channels and name.startswith(prefix)]
    else:
        aqs = [q for q in act_quantizers(model)
               if (float_weights if q.channels else row in ('float activations', 'float'))]
    return parts_disabled(weight_modules(model) if float_weights else [], aqs)


def main(argv=None):
    import accuracy
    import torch

    from pcdet_qat_plugin.demo.pipeline import gt_annos_of
    from pcdet_qat_plugin.eval.bootstrap import FrameScorer, paired_bootstrap
    from pcdet_qat_plugin.runners.evaluation import eval_one_epoch
    from pcdet_qat_plugin.utils.threads import limit_cpu_threads
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--variant', default='plain', choices=('plain', 'painted'))
    p.add_argument('--mode', default='qat16', choices=accuracy.MODES[1:])
    p.add_argument('--ckpt', required=True)
    p.add_argument('--reference', default=None, help='result.pkl of the reference on the same val frames')
    p.add_argument('--rows', default=','.join(ROWS), help=f'comma-separated subset of {",".join(ROWS)}')
    p.add_argument('--groups', default='',
                   help='comma-separated module prefixes, one row each with the activations under it float and the '
                        'rest as deployed, e.g. vfe,backbone_2d.blocks.0,backbone_2d.deblocks,dense_head')
    p.add_argument('--data_dir', default='data/synthetic_harder')
    p.add_argument('--threads', type=int, default=1)
    p.add_argument('--out', default='output/quant_ablation')
    args = p.parse_args(argv)
    rows = [r for r in args.rows.split(',') if r]
    if set(rows) - set(ROWS):
        p.error(f'--rows: unknown {sorted(set(rows) - set(ROWS))}')
    rows += [GROUP_ROW + g for g in args.groups.split(',') if g]
    limit_cpu_threads(args.threads)
    cfg, loader, model = accuracy.load_bench_model(args.variant, args.mode, args.ckpt, args.data_dir, batch_size=4,
                                                   workers=1, logger=logging.getLogger('quant_ablation'))
    gt = gt_annos_of(cfg)
    reference = None
    if args.reference:
        with open(args.reference, 'rb') as f:
            reference = pickle.load(f)
    out = Path(args.out) / args.variant / accuracy.mode_dir(args.mode)
    results = {}
    for row in rows:
        with switched(model, row), torch.no_grad():
            eval_one_epoch(cfg, model, loader, row, result_dir=out / row.replace(' ', '_'), save_to_file=False)
        with open(out / row.replace(' ', '_') / 'result.pkl', 'rb') as f:
            dets = pickle.load(f)
        if reference is None:
            results[row] = FrameScorer(gt, dets).mean_ap()
            print(f'{row:30s} AP {results[row]:.2f}', flush=True)
        else:
            d = paired_bootstrap(gt, reference, dets)
            results[row] = d.delta
            print(f'{row:30s} AP {d.candidate_ap:.2f}, delta to the reference {d.delta:+.2f} '
                  f'[{d.lo:+.2f}, {d.hi:+.2f}] (reference {d.reference_ap:.2f})', flush=True)
    print(f'ablation {args.mode}: ' + ', '.join(f'{r} {results[r]:+.2f}' for r in rows))


if __name__ == '__main__':
    from _errors import run_reporting_errors
    run_reporting_errors(main)
