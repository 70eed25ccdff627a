"""Demo plots (PNG, matplotlib Agg): loss curves per mode, AP by mode, each quantized mode's delta to the
reference with its interval and target, per-layer activation ranges and histograms with the power-of-2
clip, per-layer SQNR."""
import logging
from pathlib import Path
from typing import Dict, List

import numpy as np

from .report import CLASSES

logger = logging.getLogger(__name__)


def _plt():
    import matplotlib
    matplotlib.use('Agg')
    import matplotlib.pyplot as plt
    return plt


def _save(plt, fig, path: Path, dpi: int) -> str:
    fig.tight_layout()
    fig.savefig(path, dpi=dpi)
    plt.close(fig)
    return str(path)


def _smooth(y: np.ndarray, k: int = 9) -> np.ndarray:
    if len(y) < k:
        return y
    return np.convolve(np.pad(y, (k // 2, k // 2), mode='edge'), np.ones(k) / k, mode='valid')


def plot_loss_curves(runs: List[dict], path: Path) -> str:
    plt = _plt()
    variants = sorted({r['variant'] for r in runs})
    fig, axes = plt.subplots(1, len(variants), figsize=(6 * len(variants), 4), squeeze=False)
    for ax, v in zip(axes[0], variants):
        for r in runs:
            if r['variant'] != v or not r.get('history'):
                continue
            it = np.array([h['iter'] for h in r['history']])
            loss = np.array([h['loss'] for h in r['history']])
            ax.plot(it, _smooth(loss), label=f'{r["mode"]}-{r["bits"]}')
        ax.set_title(f'training loss ({v})')
        ax.set_xlabel('iteration (QAT runs start from the float checkpoint)')
        ax.set_ylabel('loss')
        ax.set_yscale('log')
        ax.legend()
    return _save(plt, fig, path, dpi=110)


def plot_ap_by_mode(runs: List[dict], path: Path) -> str:
    plt = _plt()
    labels = [f'{r["variant"]}\n{r["mode"]}-{r["bits"]}' for r in runs]
    x = np.arange(len(runs))
    width = 0.8 / len(CLASSES)
    fig, ax = plt.subplots(figsize=(max(6, 1.2 * len(runs)), 4))
    for i, c in enumerate(CLASSES):
        vals = [r['ap'].get(f'{c}_3d/moderate_R40', 0.0) for r in runs]
        bars = ax.bar(x + (i - 1) * width, vals, width, label=c)
        ax.bar_label(bars, fmt='%.0f', fontsize=7)
    ax.set_xticks(x, labels, fontsize=8)
    ax.set_ylabel('3D AP moderate (R40)')
    ax.set_ylim(0, 100)
    ax.set_title('accuracy by mode')
    ax.legend(ncol=3, fontsize=8)
    return _save(plt, fig, path, dpi=110)


# issue-18 targets: delta to float-ft, mean moderate 3D AP R40 (a mode meets it when its interval's
# lower end is at or above the line)
DELTA_TARGETS = {'qat-8*': -0.2, 'qat-16': -0.1, 'calibration-8*': -1.0}   # '8*': box head at 16 bits


def plot_delta_intervals(runs: List[dict], path: Path) -> str:
    """Each quantized row's delta to the float-ft reference with its 95 % interval (error bar), and its
    mode's target as a red tick; rows without an interval get the point only."""
    plt = _plt()
    rows = [r for r in runs if 'delta_vs_reference' in r]
    labels = [f'{r["mode"]}-{r["bits"]}*' if r.get('layers_16bit') else f'{r["mode"]}-{r["bits"]}' for r in rows]
    fig, ax = plt.subplots(figsize=(7, 0.55 * len(rows) + 1.4))
    for i, r in enumerate(rows):
        d = r['delta_vs_reference']
        lo, hi = r.get('delta_interval') or (d, d)
        ax.errorbar([d], [i], xerr=[[d - lo], [hi - d]], fmt='o', color='tab:blue', capsize=4)
        target = DELTA_TARGETS.get(labels[i])
        if target is not None:
            ax.plot([target, target], [i - 0.35, i + 0.35], color='tab:red', lw=2)
        ax.annotate(f'{d:+.2f} [{lo:+.2f}, {hi:+.2f}]', (hi, i), xytext=(6, 0), textcoords='offset points',
                    va='center', fontsize=7)
    ax.axvline(0.0, color='grey', lw=0.8)
    ax.set_yticks(range(len(rows)), [f'{r["variant"]} {lab}' for r, lab in zip(rows, labels)], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel('mean moderate 3D AP (R40) minus float-ft\nbars: 95 % paired bootstrap over the val frames', fontsize=8)
    ax.set_title('quantization loss vs the float reference (red: target)', fontsize=9)
    xmin, xmax = ax.get_xlim()
    width = xmax - min(xmin, -1.2)
    ax.set_xlim(min(xmin, -1.2) - 0.05 * width, xmax + 0.35 * width)
    return _save(plt, fig, path, dpi=110)


def plot_activation_ranges(stats: List[dict], path: Path) -> str:
    """stats: [{'name', 'hist' (counts), 'edges', 'clip', 'signed'}] per quantized activation."""
    plt = _plt()
    n = len(stats)
    cols = 4
    rows = (n + cols - 1) // cols
    fig, axes = plt.subplots(rows, cols, figsize=(4 * cols, 2.4 * rows), squeeze=False)
    for ax, s in zip(axes.flat, stats):
        edges = np.asarray(s['edges'])
        ax.bar(edges[:-1], np.maximum(s['hist'], 1), width=np.diff(edges), align='edge', color='tab:blue')
        ax.set_yscale('log')
        ax.axvline(s['clip'], color='tab:red', lw=1.2)
        if s['signed']:
            ax.axvline(-s['clip'], color='tab:red', lw=1.2)
        ax.set_title(f'{s["name"]}\nclip ±{s["clip"]:g}' if s['signed'] else f'{s["name"]}\nclip {s["clip"]:g}',
                     fontsize=7)
        ax.tick_params(labelsize=6)
    for ax in list(axes.flat)[n:]:
        ax.axis('off')
    fig.suptitle('activation histograms with the power-of-2 clip (red)', fontsize=9)
    return _save(plt, fig, path, dpi=100)


def plot_sqnr(rows: List[dict], path: Path) -> str:
    """rows: [{'name', 'sqnr_db', 'bits'}] in network order."""
    plt = _plt()
    fig, ax = plt.subplots(figsize=(max(6, 0.35 * len(rows)), 4))
    vals = [r['sqnr_db'] for r in rows]
    colors = ['tab:red' if v < 20 else 'tab:orange' if v < 30 else 'tab:green' for v in vals]
    ax.bar(range(len(rows)), vals, color=colors)
    ax.set_xticks(range(len(rows)), [r['name'] for r in rows], rotation=90, fontsize=6)
    ax.set_ylabel('SQNR (dB), quantized vs float output')
    ax.set_title('per-layer quantization error (8-bit) on a calibration batch')
    return _save(plt, fig, path, dpi=110)


def first_batch(cfg, device) -> dict:
    """One evaluation batch of the cfg's data (the calibration batch of the analysis plots)."""
    from ..datasets import build_dataloader
    from ..models import load_data_to_device
    _, loader, _ = build_dataloader(cfg.DATA_CONFIG, cfg.CLASS_NAMES, batch_size=2, dist=False, workers=0,
                                    training=False)
    return load_data_to_device(next(iter(loader)), device)


def make_all(runs: List[dict], artifacts: Dict[str, dict], out_dir: Path) -> dict:
    """Write every plot; with a calibrated 8-bit model in `artifacts`, also the per-layer range / SQNR
    plots and sensitivity.txt (also logged)."""
    from . import analysis
    out_dir.mkdir(parents=True, exist_ok=True)
    made = {'loss_curves': plot_loss_curves(runs, out_dir / 'loss_curves.png'),
            'ap_by_mode': plot_ap_by_mode(runs, out_dir / 'ap_by_mode.png'),
            'delta_intervals': plot_delta_intervals(runs, out_dir / 'delta_intervals.png')}
    key = next((k for k in ('plain/calibration8', 'plain/qat8', 'painted/calibration8') if k in artifacts), None)
    if key is None:
        return made
    model, cfg = artifacts[key]['model'], artifacts[key]['cfg']
    model.eval()
    batch = first_batch(cfg, next(model.parameters()).device)
    made['activation_ranges'] = plot_activation_ranges(analysis.activation_stats(model, batch),
                                                       out_dir / 'activation_ranges.png')
    rows = analysis.sqnr_report(model, batch)
    made['sqnr'] = plot_sqnr(rows, out_dir / 'sqnr_per_layer.png')
    text = f'model: {key}\n' + analysis.format_sensitivity(rows)
    (out_dir / 'sensitivity.txt').write_text(text + '\n')
    logger.info('\n%s', text)
    made['sensitivity'] = str(out_dir / 'sensitivity.txt')
    made['recommended_16bit'] = analysis.recommend_16bit(rows)
    return made
