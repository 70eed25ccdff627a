"""Demo results: the printed table and results.json (a stable, program-readable schema)."""
import json
from typing import List

from ..utils.fileio import atomic_write_text

CLASSES = ('Car', 'Pedestrian', 'Cyclist')


def mean_moderate_3d(ap: dict) -> float:
    vals = [ap.get(f'{c}_3d/moderate_R40', 0.0) for c in CLASSES]
    return sum(vals) / len(vals)


REFERENCE_MODE = 'float-ft'     # float fine-tuned with the QAT schedule: what quantized rows compare with


def deltas_vs_reference(runs: List[dict]) -> List[dict]:
    """Sets r['delta_vs_reference'] (mean 3D AP minus that of the variant's float-ft row) on quantized rows."""
    ref = {r['variant']: mean_moderate_3d(r['ap']) for r in runs if r['mode'] == REFERENCE_MODE}
    for r in runs:
        if r['mode'] not in ('float', REFERENCE_MODE) and r['variant'] in ref:
            r['delta_vs_reference'] = round(mean_moderate_3d(r['ap']) - ref[r['variant']], 2)
    return runs


def format_table(runs: List[dict]) -> str:
    """One line per run: variant, mode, bits, AP 3D / BEV moderate R40 per class, mean 3D, its difference
    to the float-ft reference, times."""
    deltas_vs_reference(runs)
    head = (f'{"variant":8} {"mode":11} {"bits":>4} | ' + ' | '.join(f'{c[:3]} 3D/BEV' for c in CLASSES)
            + ' | mean3D |  vs ref | 95% interval   | train s | eval s')
    lines = [head, '-' * len(head)]
    for r in runs:
        ap = r['ap']
        cells = ' | '.join(f'{ap.get(f"{c}_3d/moderate_R40", 0):5.1f}/{ap.get(f"{c}_bev/moderate_R40", 0):5.1f}'
                           for c in CLASSES)
        bits = f'{r["bits"]}*' if r.get('layers_16bit') else str(r['bits'])
        delta = f'{r["delta_vs_reference"]:+7.2f}' if 'delta_vs_reference' in r else f'{"":7}'
        lines.append(f'{r["variant"]:8} {r["mode"]:11} {bits:>4} | {cells} | {mean_moderate_3d(ap):6.1f} | {delta} | '
                     f'{format_interval(r.get("delta_interval")):14} | {r["train_s"]:7.0f} | {r["eval_s"]:6.0f}')
    if any(r.get('layers_16bit') for r in runs):
        mixed = next(r['layers_16bit'] for r in runs if r.get('layers_16bit'))
        lines.append(f'* {", ".join(mixed)} at 16 bits (TIDL mixed precision), the rest 8 bits')
    lines.append(f'ref = {REFERENCE_MODE}: the float model fine-tuned with the QAT schedule (QAT rows start from '
                 f'"float" and train as long; calibration quantizes "{REFERENCE_MODE}" itself)')
    if any(r.get('delta_interval') for r in runs):
        lines.append('95% interval: paired bootstrap over the val frames (both models scored on the same frame '
                     'draws); training-seed noise is not in it')
    return '\n'.join(lines)


def write_results(path: str, runs: List[dict], wall_s: float, extra: dict = None) -> None:
    """results.json: {"runs": [{variant, mode, bits, ap{R40 keys}, train_s, eval_s[, delta_vs_reference,
    delta_interval [lo, hi], bootstrap {delta, lo, hi, reference_ap, candidate_ap, confidence, num_frames,
    num_resamples}]}], "wall_s", ...}."""
    deltas_vs_reference(runs)
    data = {'runs': [{k: r[k] for k in ('variant', 'mode', 'bits', 'ap', 'train_s', 'eval_s', 'layers_16bit',
                                        'delta_vs_reference', 'delta_interval', 'bootstrap') if k in r}
                     for r in runs],
            'wall_s': wall_s}
    if extra:
        data.update(extra)
    atomic_write_text(path, json.dumps(data, indent=1))


def format_interval(interval) -> str:
    """'[-1.23, +0.45]' (signed, 2 decimals), or '' when there is none."""
    return f'[{interval[0]:+.2f}, {interval[1]:+.2f}]' if interval else ''


def r40_subset(result_dict: dict) -> dict:
    """Keep OpenPCDet's R40 AP keys (e.g. 'Car_3d/moderate_R40') as plain floats."""
    return {k: float(v) for k, v in result_dict.items() if k.endswith('_R40') and '/' in k}
