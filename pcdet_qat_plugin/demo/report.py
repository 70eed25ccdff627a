"""Demo results: the printed table and results.json (a stable, program-readable schema)."""
import json
import os
from typing import List

CLASSES = ('Car', 'Pedestrian', 'Cyclist')


def mean_moderate_3d(ap: dict) -> float:
    vals = [ap.get(f'{c}_3d/moderate_R40', 0.0) for c in CLASSES]
    return sum(vals) / len(vals)


def format_table(runs: List[dict]) -> str:
    """One line per run: variant, mode, bits, AP 3D / BEV moderate R40 per class, mean 3D, times."""
    head = (f'{"variant":8} {"mode":11} {"bits":>4} | ' + ' | '.join(f'{c[:3]} 3D/BEV' for c in CLASSES)
            + ' | mean3D | train s | eval s')
    lines = [head, '-' * len(head)]
    for r in runs:
        ap = r['ap']
        cells = ' | '.join(f'{ap.get(f"{c}_3d/moderate_R40", 0):5.1f}/{ap.get(f"{c}_bev/moderate_R40", 0):5.1f}'
                           for c in CLASSES)
        bits = f'{r["bits"]}*' if r.get('layers_16bit') else str(r['bits'])
        lines.append(f'{r["variant"]:8} {r["mode"]:11} {bits:>4} | {cells} | {mean_moderate_3d(ap):6.1f} | '
                     f'{r["train_s"]:7.0f} | {r["eval_s"]:6.0f}')
    if any(r.get('layers_16bit') for r in runs):
        mixed = next(r['layers_16bit'] for r in runs if r.get('layers_16bit'))
        lines.append(f'* mixed precision: {", ".join(mixed)} at 16 bits (TIDL first / last layers), the rest 8 bits')
    return '\n'.join(lines)


def write_results(path: str, runs: List[dict], wall_s: float, extra: dict = None) -> None:
    """results.json: {"runs": [{variant, mode, bits, ap{R40 keys}, train_s, eval_s}], "wall_s", ...}."""
    data = {'runs': [{k: r[k] for k in ('variant', 'mode', 'bits', 'ap', 'train_s', 'eval_s', 'layers_16bit')
                      if k in r} for r in runs],
            'wall_s': wall_s}
    if extra:
        data.update(extra)
    tmp = path + '.tmp'
    with open(tmp, 'w') as f:
        json.dump(data, f, indent=1)
    os.replace(tmp, path)


def r40_subset(result_dict: dict) -> dict:
    """Keep OpenPCDet's R40 AP keys (e.g. 'Car_3d/moderate_R40') as plain floats."""
    return {k: float(v) for k, v in result_dict.items() if k.endswith('_R40') and '/' in k}
