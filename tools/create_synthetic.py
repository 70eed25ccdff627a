"""Write a synthetic KITTI-format dataset (velodyne[, velodyne_painted], label_2, calib, image_2, ImageSets).

python tools/create_synthetic.py --out data/synthetic_kitti --frames 300 --seed 0 [--painted] [--workers 2]
"""
import argparse
import json
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tqdm import tqdm  # noqa: E402

from pcdet_qat_plugin.datasets.synthetic import generate_kitti_dataset  # noqa: E402
from pcdet_qat_plugin.utils.common_utils import create_logger  # noqa: E402


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--out', type=str, default='data/synthetic_kitti', help='output folder (KITTI layout)')
    parser.add_argument('--frames', type=int, default=300, help='number of frames')
    parser.add_argument('--seed', type=int, default=0, help='same seed -> byte-identical files')
    parser.add_argument('--val_fraction', type=float, default=0.2, help='share of frames listed in ImageSets/val.txt')
    parser.add_argument('--painted', action='store_true', help='also write velodyne_painted (8 floats per point)')
    parser.add_argument('--workers', type=int, default=1, help='processes generating frames')
    parser.add_argument('--config', type=str, default=None,
                        help='JSON or YAML file of generator overrides, e.g. {"objects": {"num_cars": [2, 6]}}')
    parser.add_argument('--overwrite', action='store_true', help='replace an existing non-empty --out folder')
    return parser.parse_args(argv)


def load_overrides(path):
    if path is None:
        return None
    import yaml
    with open(path, 'r') as f:
        return yaml.safe_load(f) or {}


def main(argv=None):
    args = parse_args(argv)
    logger = create_logger()
    logging.getLogger('pcdet_qat_plugin').setLevel(logging.INFO)
    with tqdm(total=args.frames, desc='synthetic frames', unit='frame') as bar:
        summary = generate_kitti_dataset(
            args.out, num_frames=args.frames, seed=args.seed, val_fraction=args.val_fraction,
            painted=args.painted, config=load_overrides(args.config), workers=args.workers,
            progress=lambda done, total: bar.update(done - bar.n), overwrite=args.overwrite)
    logger.info('summary: %s', json.dumps(summary, sort_keys=True))


if __name__ == '__main__':
    main()
