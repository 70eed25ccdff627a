"""Writes a synthetic dataset in KITTI's layout (ImageSets, training/{velodyne[, velodyne_painted], calib,
label_2, image_2}) into a temporary folder that is renamed into place at the end (never half-written).
"""
import json
import logging
import os
import shutil
import struct
import time
import zlib
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Callable, Dict, Mapping, Optional, Union

import numpy as np

from ...errors import ConfigError, DataError, OutputError
from .calib import SyntheticCalib, calib_text
from .config import SyntheticConfig
from .frame import generate_frame
from .presets import PRESETS, preset_overrides

logger = logging.getLogger(__name__)
MARKER = 'synthetic_kitti.json'


def placeholder_png(width: int, height: int) -> bytes:
    """A valid all-black 1-bit grayscale PNG of the given size (readers take the size from IHDR)."""
    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xFFFFFFFF)
    raw = (b'\x00' + bytes((width + 7) // 8)) * height
    ihdr = struct.pack('>IIBBBBB', width, height, 1, 0, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr) + chunk(b'IDAT', zlib.compress(raw, 9))
            + chunk(b'IEND', b''))


def resolve_config(config) -> SyntheticConfig:
    """None, a preset name, a SyntheticConfig or a mapping of overrides -> a validated SyntheticConfig."""
    if config is None:
        return SyntheticConfig()
    if isinstance(config, SyntheticConfig):
        config.validate()
        return config
    if isinstance(config, Mapping):
        return SyntheticConfig.from_dict(config)
    if isinstance(config, str):
        return SyntheticConfig.from_dict(preset_overrides(config), key_path=f'preset {config!r}')
    raise ConfigError(f'config: expected None, a preset name ({", ".join(sorted(PRESETS))}), a SyntheticConfig '
                      f'or a mapping, found {type(config).__name__}')


def _write_frame(args) -> Dict:
    """Generate and write frame `idx` (seeded by [seed, idx]); returns its small statistics."""
    root, idx, seed, cfg, painted, png = args
    rng = np.random.default_rng([seed, idx])
    points, labels, extras = generate_frame(rng, cfg, SyntheticCalib(), painted=painted)
    frame_id = f'{idx:06d}'
    training = Path(root) / 'training'
    points.tofile(training / 'velodyne' / f'{frame_id}.bin')
    if painted:
        extras['painted_points'].astype(np.float32).tofile(training / 'velodyne_painted' / f'{frame_id}.bin')
    (training / 'label_2' / f'{frame_id}.txt').write_text(''.join(lab.to_kitti_line() + '\n' for lab in labels))
    (training / 'calib' / f'{frame_id}.txt').write_text(calib_text())
    (training / 'image_2' / f'{frame_id}.png').write_bytes(png)
    counts = {}
    for lab in labels:
        counts[lab.name] = counts.get(lab.name, 0) + 1
    return {'num_points': int(points.shape[0]), 'objects': counts,
            'fully_occluded': sum(1 for lab in labels if lab.occluded == 3)}


def _summary(stats, num_frames, seed, painted, train, val) -> Dict:
    objects: Dict[str, int] = {}
    for s in stats:
        for k, v in s['objects'].items():
            objects[k] = objects.get(k, 0) + v
    return {'num_frames': num_frames, 'seed': seed, 'painted': painted,
            'train': len(train), 'val': len(val), 'objects': dict(sorted(objects.items())),
            'fully_occluded': sum(s['fully_occluded'] for s in stats),
            'mean_points': round(float(np.mean([s['num_points'] for s in stats])), 1)}


def split_ids(num_frames: int, val_fraction: float, seed: int):
    """(train ids, val ids): a seeded random split with round(num_frames * val_fraction) in val."""
    num_val = int(round(num_frames * val_fraction))
    if num_frames > 1:
        num_val = min(max(num_val, 1 if val_fraction > 0 else 0), num_frames - 1)
    order = np.random.default_rng([seed, 2 ** 31 - 1]).permutation(num_frames)
    val = sorted(order[:num_val].tolist())
    train = sorted(order[num_val:].tolist())
    return train, val


def generate_kitti_dataset(out_dir: Union[str, Path], num_frames: int = 300, seed: int = 0,
                           val_fraction: float = 0.2, painted: bool = False,
                           config: Union[None, str, SyntheticConfig, Mapping] = None, workers: int = 1,
                           progress: Optional[Callable[[int, int], None]] = None,
                           overwrite: Optional[bool] = None) -> Dict:
    """Write `num_frames` synthetic KITTI frames to out_dir (same seed -> byte-identical files).

    `config`: None (defaults), a preset name ('harder', see presets.py), a SyntheticConfig or overrides.
    ImageSets/{train,val,trainval}.txt split the ids at random (seeded) with `val_fraction` in val.
    `progress(done, total)` is called after each frame. An existing non-empty out_dir is replaced (only
    once the new dataset is complete) if overwrite=True, or if overwrite=None and it holds the
    MARKER file of an earlier run (synthetic_kitti.json: summary + config); otherwise DataError.
    Returns a summary dict (counts, mean points per frame, seconds, frames_per_s).
    """
    cfg = resolve_config(config)
    if int(num_frames) < 1:
        raise ConfigError(f'num_frames: {num_frames} must be >= 1')
    if not 0.0 <= float(val_fraction) < 1.0:
        raise ConfigError(f'val_fraction: {val_fraction} not in [0, 1)')
    if int(workers) < 1:
        raise ConfigError(f'workers: {workers} must be >= 1')
    out_dir = Path(out_dir).resolve()
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        ours = (out_dir / MARKER).is_file()
        if overwrite is False or (overwrite is None and not ours):
            what = 'a synthetic dataset' if ours else f'not a synthetic dataset (no {MARKER})'
            raise DataError(f'{out_dir}: already exists, is not empty and is {what}; pass overwrite=True '
                            f'(--overwrite) to replace it')
    tmp = out_dir.parent / f'.{out_dir.name}.tmp-{os.getpid()}'
    subdirs = ['velodyne', 'calib', 'label_2', 'image_2'] + (['velodyne_painted'] if painted else [])
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        if tmp.exists():
            shutil.rmtree(tmp)
        for sub in subdirs:
            (tmp / 'training' / sub).mkdir(parents=True)
        (tmp / 'ImageSets').mkdir()
    except OSError as exc:  # name the folder asked for, not the hidden one it is built in
        raise OutputError(f'{out_dir}: cannot be created ({exc.strerror or exc})') from exc
    png = placeholder_png(*cfg.image_size)
    jobs = [(str(tmp), i, int(seed), cfg, bool(painted), png) for i in range(int(num_frames))]
    start = time.perf_counter()
    stats = []
    try:
        if workers == 1:
            results = map(_write_frame, jobs)
            for done, res in enumerate(results, 1):
                stats.append(res)
                if progress is not None:
                    progress(done, len(jobs))
        else:
            with ProcessPoolExecutor(max_workers=int(workers)) as pool:
                for done, res in enumerate(pool.map(_write_frame, jobs, chunksize=4), 1):
                    stats.append(res)
                    if progress is not None:
                        progress(done, len(jobs))
        train, val = split_ids(int(num_frames), float(val_fraction), int(seed))
        for name, ids in (('train', train), ('val', val), ('trainval', sorted(train + val))):
            (tmp / 'ImageSets' / f'{name}.txt').write_text(''.join(f'{i:06d}\n' for i in ids))
        summary = _summary(stats, int(num_frames), int(seed), bool(painted), train, val)
        (tmp / MARKER).write_text(json.dumps({'summary': summary, 'config': cfg.to_dict()}, indent=1, sort_keys=True)
                                  + '\n')   # no timings or paths: same seed -> same bytes
        if out_dir.exists():
            old = out_dir.parent / f'.{out_dir.name}.old-{os.getpid()}'
            os.replace(out_dir, old)
            os.replace(tmp, out_dir)
            shutil.rmtree(old)
        else:
            os.replace(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    seconds = time.perf_counter() - start
    summary.update(out_dir=str(out_dir), seconds=seconds, frames_per_s=num_frames / max(seconds, 1e-9))
    logger.info('synthetic KITTI: %d frames (%d train / %d val) in %.1f s -> %s',
                num_frames, len(train), len(val), seconds, out_dir)
    return summary
