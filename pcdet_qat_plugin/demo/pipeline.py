"""Demo orchestration. Every stage is a call into the package (no subprocesses); an overall progress
bar with an ETA advances by stage weight (measured seconds on 2 cores, used only for the ETA)."""
import copy
import logging
import time
from pathlib import Path
from typing import Dict, List, Optional, Sequence

import tqdm
from easydict import EasyDict

from ..config import load_cfg
from ..errors import DataError
from ..paths import work_dir, writable_dir
from . import report

logger = logging.getLogger(__name__)

DEMO_CFGS = {'plain': 'demo/pointpillar_demo', 'painted': 'demo/pointpillar_painted_demo'}   # packaged cfg names
# (mode, bits) runs per variant after the float model; QUANTIZE dicts built from these.
QUANT_RUNS = (('qat', 8), ('qat', 16), ('calibration', 8))
BOX_16BIT = ('dense_head.conv_box',)   # 16-bit at "8 bits": see quant_section
FINE_TUNE_LR_FACTOR = 0.1      # QAT and the float reference fine-tune at a tenth of the float peak LR
SYNTHETIC_CONFIG = {'objects': {'range_m': [5.0, 38.0]}}
BOOTSTRAP_RESAMPLES = 1000     # frame draws per delta interval (docs/evaluation.md)
KITTI_REQUIRED = ('ImageSets/train.txt', 'ImageSets/val.txt', 'training/velodyne', 'training/calib',
                  'training/label_2')


def check_kitti_folder(path: Path, painted: bool = False) -> None:
    """Raise DataError naming the first missing file or folder, and how to get KITTI-shaped data."""
    if not path.is_dir():
        raise DataError(f'--data_path {path}: folder not found. Generate synthetic data with '
                        f'`pcdet-qat create-synthetic --out {path}` or point it at a KITTI root '
                        f'(with ImageSets/ and training/).')
    need = list(KITTI_REQUIRED) + (['training/velodyne_painted'] if painted else [])
    for rel in need:
        if not (path / rel).exists():
            raise DataError(f'--data_path {path}: missing {rel}. A KITTI root holds ImageSets/{{train,val}}.txt and '
                            f'training/{{velodyne,calib,label_2,image_2}}; download KITTI 3D object data or run '
                            f'`pcdet-qat create-synthetic --out {path}`'
                            + (' --painted' if 'painted' in rel else '') + '.')


def quant_section(mode: str, bits: int, calib_iters: int, qat_epochs: int = 2,
                  layers_16bit: Sequence[str] = BOX_16BIT) -> EasyDict:
    """The QUANTIZE section of one demo run: `bits` everywhere except, at 8 bits, the box regression
    output (`dense_head.conv_box` at 16 bits, as the shipped 8-bit cfgs: an 8-bit box residual step is
    ~0.3 m on a car anchor, which took a converged model's Car 3D AP from 91 to 29); no bias calibration.

    QAT here is a short fine-tune, so BN and ranges freeze for its second half (epoch qat_epochs // 2;
    ranges never with a single epoch, they must be observed first). The engine's earlier default
    (max(3, N//2 - 1) / max(5, N//2 + 1)) would never freeze in 2 epochs; measured on the demo's plain
    float model, QAT-8 freezing at epoch 1 of 2: 74.1 mean AP, never: 72.4.
    `layers_16bit=()` gives pure 8 bits (the benchmark's "QAT-8" row).
    """
    q = EasyDict({'MODE': 'training' if mode == 'qat' else 'calibration',
                  'BITWIDTH_WEIGHTS': bits, 'BITWIDTH_ACTIVATIONS': bits})
    if bits == 8 and layers_16bit:
        q.BITWIDTH_16_LAYERS = list(layers_16bit)
    if mode == 'calibration':
        q.CALIBRATION_ITERS = calib_iters
    else:
        q.FREEZE_BN_EPOCH = qat_epochs // 2
        q.FREEZE_RANGE_EPOCH = qat_epochs // 2 if qat_epochs >= 2 else -1
    return q


class Stages:
    """Overall progress: each stage has a weight (its expected seconds); ETA from measured speed."""

    def __init__(self, weights: Dict[str, float]):
        self.weights = weights
        self.bar = tqdm.tqdm(total=sum(weights.values()), desc='demo', unit='s-est', dynamic_ncols=True,
                             bar_format='{desc}: {percentage:3.0f}%|{bar}| elapsed {elapsed}, ETA {remaining} {postfix}')

    def run(self, name: str, fn, *args, **kwargs):
        self.bar.set_postfix_str(name)
        tqdm.tqdm.write(f'==> {name}')
        out = fn(*args, **kwargs)
        self.bar.update(self.weights.get(name, 0))
        return out

    def close(self):
        self.bar.close()


def run_demo(out: str = 'output/demo', frames: int = 320, epochs: int = 8, qat_epochs: int = 2,
             data_path: Optional[str] = None, variants: Sequence[str] = ('plain', 'painted'), seed: int = 0,
             workers: int = 1, batch_size: int = 4, calib_iters: int = 20, export: bool = True,
             plots: bool = True, synthetic_dir: Optional[str] = None) -> dict:
    """Run the whole story; returns the results dict also written to <out>/results.json."""
    t_start = time.time()
    out_dir = writable_dir(Path(out).resolve(), 'demo output folder', ' (pass --out or run from a writable folder)')
    painted_needed = 'painted' in variants
    data_dir = (Path(data_path).resolve() if data_path else
                Path(synthetic_dir).resolve() if synthetic_dir else work_dir() / 'data' / 'synthetic_kitti')
    per_variant = {'float': 10.0 * epochs, 'quant': 12.0 * qat_epochs, 'eval': 15.0}
    weights = {'synthetic data': 0.12 * frames if not data_path else 0, 'infos + gt database': 0.05 * frames}
    for v in variants:
        weights[f'{v}: float train'] = per_variant['float'] * frames / 320
        weights[f'{v}: float fine-tune'] = per_variant['quant'] * frames / 320
        for mode, bits in QUANT_RUNS:
            weights[f'{v}: {mode}-{bits}'] = (per_variant['quant'] * frames / 320 if mode == 'qat' else 8)
    weights['delta intervals'] = 5 * len(variants)
    weights['export'] = 20 if export else 0
    weights['plots'] = 10 if plots else 0
    stages = Stages(weights)

    if data_path is None:
        stages.run('synthetic data', ensure_synthetic, data_dir, frames, seed, painted_needed)
    check_kitti_folder(data_dir, painted=painted_needed)
    stages.run('infos + gt database', ensure_infos, data_dir, variants)

    runs: List[dict] = []
    artifacts = {}
    for variant in variants:
        base = load_cfg(DEMO_CFGS[variant])
        base.DATA_CONFIG.DATA_PATH = str(data_dir)
        float_run = stages.run(f'{variant}: float train', _train_and_eval, base, out_dir / variant / 'float',
                               epochs, None, workers, batch_size, seed)
        runs.append(_row(variant, 'float', 32, float_run))
        artifacts[f'{variant}/float'] = float_run
        # the reference: float fine-tuned with the QAT runs' schedule (same start, epochs, LR), so every
        # quantized row is compared with a float model that trained exactly as long
        ft_cfg = copy.deepcopy(base)
        ft_cfg.OPTIMIZATION.LR = ft_cfg.OPTIMIZATION.LR * FINE_TUNE_LR_FACTOR
        ref_run = stages.run(f'{variant}: float fine-tune', _train_and_eval, ft_cfg, out_dir / variant / 'float_ft',
                             qat_epochs, float_run['ckpt'], workers, batch_size, seed)
        runs.append(_row(variant, 'float-ft', 32, ref_run))
        artifacts[f'{variant}/float-ft'] = ref_run
        for mode, bits in QUANT_RUNS:
            cfg = copy.deepcopy(base)
            cfg.QUANTIZE = quant_section(mode, bits, calib_iters, qat_epochs)
            if mode == 'qat':      # QAT fine-tunes the float model like the reference run
                cfg.OPTIMIZATION.LR = cfg.OPTIMIZATION.LR * FINE_TUNE_LR_FACTOR
                run_epochs, start = qat_epochs, float_run['ckpt']
            else:                  # calibration quantizes the reference model itself
                run_epochs, start = 1, ref_run['ckpt']
            r = stages.run(f'{variant}: {mode}-{bits}', _train_and_eval, cfg, out_dir / variant / f'{mode}{bits}',
                           run_epochs, start, workers, batch_size, seed)
            runs.append(_row(variant, mode, bits, r))
            artifacts[f'{variant}/{mode}{bits}'] = r
    stages.run('delta intervals', add_delta_intervals, runs, artifacts, data_dir)
    extra = {}
    if export:
        extra['export'] = stages.run('export', _export, artifacts, variants, out_dir, data_dir)
    if plots:
        extra['plots'] = stages.run('plots', _plots, runs, artifacts, out_dir)
    stages.close()
    wall_s = time.time() - t_start
    report.write_results(str(out_dir / 'results.json'), runs, wall_s, extra)
    table = report.format_table(runs)
    if 'export' in extra:
        e = extra['export']
        table += (f"\n\n{e['model']} exported: PyTorch quantized mean 3D AP "
                  f"{report.mean_moderate_3d(e['pytorch_quantized_ap']):.2f} vs onnxruntime QDQ (int8 kernels) "
                  f"{report.mean_moderate_3d(e['onnxruntime_qdq_ap']):.2f}")
    if plots and extra.get('plots', {}).get('recommended_16bit') is not None:
        table += f"\nsensitivity: recommended 16-bit layers {extra['plots']['recommended_16bit']}"
    tqdm.tqdm.write('\n' + table + f'\n\nwall time {wall_s:.0f} s; results in {out_dir}/results.json')
    with open(out_dir / 'results_table.txt', 'w') as f:
        f.write(table + f'\n\nwall time {wall_s:.0f} s\n')
    return {'runs': runs, 'wall_s': wall_s, **extra}


def gt_annos_of(cfg) -> List[dict]:
    """Ground-truth annos of the cfg's test split, in the evaluation's frame order (its info pickle)."""
    from ..datasets.kitti.kitti_utils import load_infos
    annos = []
    for rel in cfg.DATA_CONFIG.INFO_PATH['test']:
        annos += [info['annos'] for info in load_infos(Path(cfg.DATA_CONFIG.DATA_PATH) / rel)]
    return annos


def result_path_of(run: dict) -> Path:
    """Where the evaluation of a `_train_and_eval` run writes its result.pkl (its checkpoint's epoch)."""
    epoch_id = Path(run['ckpt']).stem.split('_')[-1]
    return (Path(run['output_dir']) / 'eval' / f'epoch_{epoch_id}' / run['cfg'].DATA_CONFIG.DATA_SPLIT['test']
            / 'default' / 'result.pkl')


def det_annos_of(run: dict) -> List[dict]:
    """Detections of a `_train_and_eval` run: the result.pkl its evaluation wrote."""
    import pickle
    path = result_path_of(run)
    if not path.is_file():
        raise DataError(f'{path}: missing; the run evaluated no detections to bootstrap')
    with open(path, 'rb') as f:
        return pickle.load(f)


def add_delta_intervals(runs: List[dict], artifacts: Dict[str, dict], data_dir: Path,
                        num_resamples: int = BOOTSTRAP_RESAMPLES, seed: int = 0) -> None:
    """Sets r['delta_interval'] ([lo, hi], 95 %) on each quantized row: paired bootstrap over the val frames
    of the row's detections against its variant's float-ft detections (frame resampling only)."""
    from ..eval.bootstrap import paired_bootstrap
    gt_cache = {}
    for r in runs:
        if r['mode'] in ('float', report.REFERENCE_MODE):
            continue
        ref = artifacts[f'{r["variant"]}/{report.REFERENCE_MODE}']
        if r['variant'] not in gt_cache:
            gt_cache[r['variant']] = gt_annos_of(ref['cfg'])
        res = paired_bootstrap(gt_cache[r['variant']], det_annos_of(ref), det_annos_of(artifacts[r['key']]),
                               classes=report.CLASSES, num_resamples=num_resamples, seed=seed)
        r['delta_interval'] = [round(res.lo, 2), round(res.hi, 2)]
        r['bootstrap'] = res.as_dict()


def _row(variant, mode, bits, r) -> dict:
    q = r['cfg'].get('QUANTIZE') or {}
    key = f'{variant}/{mode}' if mode in ('float', report.REFERENCE_MODE) else f'{variant}/{mode}{bits}'
    return {'variant': variant, 'mode': mode, 'bits': bits, 'key': key, 'ap': report.r40_subset(r['eval']),
            'layers_16bit': list(q.get('BITWIDTH_16_LAYERS', [])) if bits == 8 else [],
            'train_s': round(r['train_s'], 1), 'eval_s': round(r['eval']['eval_s'], 1),
            'ckpt': r['ckpt'], 'history': r['history'], 'output_dir': r['output_dir']}


def _train_and_eval(cfg, out_dir: Path, epochs: int, pretrained: Optional[str], workers: int, batch_size: int,
                    seed: int, resume: bool = False) -> dict:
    """One demo stage, from scratch: checkpoints of an earlier demo run in `out_dir` are removed first
    (train.py would resume from them, and with other code or settings they would not match). `resume`
    keeps them: training continues from the latest (none left to train if it is the last epoch's), then
    evaluates."""
    import shutil
    from ..runners.train_main import run_training
    if (out_dir / 'ckpt').is_dir() and not resume:
        shutil.rmtree(out_dir / 'ckpt')
    return run_training(cfg, batch_size=batch_size, epochs=epochs, workers=workers, pretrained_model=pretrained,
                        output_dir=str(out_dir), seed=seed, run_eval=True, show_progress=True)


def ensure_synthetic(data_dir: Path, frames: int, seed: int, painted: bool, config=None,
                     val_fraction: float = 0.2) -> None:
    """Generate the synthetic set unless one with the same frames / seed / split / generator settings
    (/ painting) is already there. `config`: generator overrides or a preset name (demo default:
    objects within the demo grid, x < 40.96 m: KITTI's metric keeps ground truth beyond the model's range)."""
    import json

    from ..datasets.synthetic import generate_kitti_dataset, resolve_config
    config = SYNTHETIC_CONFIG if config is None else config
    wanted = json.loads(json.dumps(resolve_config(config).to_dict()))
    marker = data_dir / 'synthetic_kitti.json'
    if marker.is_file():
        held = json.loads(marker.read_text())
        summary = held.get('summary', {})
        if (summary.get('num_frames') == frames and summary.get('seed') == seed
                and summary.get('val') == _num_val(frames, val_fraction)
                and held.get('config') == wanted and (summary.get('painted') or not painted)):
            logger.info('synthetic data already at %s (%d frames, seed %d)', data_dir, frames, seed)
            return
    generate_kitti_dataset(str(data_dir), num_frames=frames, seed=seed, painted=painted, workers=2,
                           config=config, val_fraction=val_fraction)


def _num_val(frames: int, val_fraction: float) -> int:
    from ..datasets.synthetic.writer import split_ids
    return len(split_ids(frames, val_fraction, 0)[1])


def ensure_infos(data_dir: Path, variants) -> None:
    """OpenPCDet info pickles and the gt database of each variant, unless already there."""
    from ..datasets.kitti.kitti_infos import create_kitti_infos, gt_database_names
    for v in variants:
        cfg = load_cfg(DEMO_CFGS[v])
        cfg.DATA_CONFIG.DATA_PATH = str(data_dir)
        _, db_info = gt_database_names(cfg.DATA_CONFIG)
        if (data_dir / db_info).exists() and (data_dir / 'kitti_infos_val.pkl').exists():
            logger.info('infos and %s already in %s', db_info, data_dir)
            continue
        create_kitti_infos(cfg.DATA_CONFIG, cfg.CLASS_NAMES, data_path=data_dir, save_path=data_dir, workers=2)


def _export(artifacts, variants, out_dir: Path, data_dir: Path) -> dict:
    """Export the plain QAT-8 model as TIDL and QDQ ONNX; run the QDQ graph in onnxruntime (int8 kernels)
    over the val set and record its AP beside PyTorch's quantized-evaluation AP."""
    from ..export import export_model
    from ..runners.test_main import run_test
    key = 'plain/qat8' if 'plain/qat8' in artifacts else f'{variants[0]}/qat8'
    r = artifacts[key]
    res = {'model': key}
    for fmt in ('tidl', 'qdq'):
        path = out_dir / 'export' / f'pointpillar_{key.replace("/", "_")}_{fmt}.onnx'
        res[fmt] = str(export_model(r['model'], r['cfg'], str(path), fmt=fmt))
    ort = run_test(copy.deepcopy(r['cfg']), backend='onnxruntime', onnx=res['qdq'], workers=0,
                   output_dir=r['output_dir'], show_progress=True)[0]
    res['onnxruntime_qdq_ap'] = report.r40_subset(ort)
    res['pytorch_quantized_ap'] = report.r40_subset(r['eval'])
    res['onnxruntime_eval_s'] = round(ort['eval_s'], 1)
    return res


def _plots(runs, artifacts, out_dir: Path) -> dict:
    from . import plots
    return plots.make_all(runs, artifacts, out_dir / 'plots')
