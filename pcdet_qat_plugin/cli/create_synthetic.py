"""Write a synthetic KITTI-format dataset (same seed, byte-identical files).

Folders: velodyne[, velodyne_painted], label_2, calib, image_2 and ImageSets, under --out."""
import json
import logging
from typing import Optional, Sequence

from .common import argv_list, fraction, int_at_least, new_parser

EXAMPLES = """\
  pcdet-qat create-synthetic --out data/synthetic_kitti --frames 300 --painted
  pcdet-qat create-synthetic --out data/tiny --frames 8 --seed 1 --config objects.yaml --overwrite
"""


def build_parser(prog: Optional[str] = None):
    p = new_parser(prog, __doc__, EXAMPLES)
    p.add_argument('--out', type=str, default='data/synthetic_kitti', help='output folder (KITTI layout)')
    p.add_argument('--frames', type=int_at_least(1), default=300, help='number of frames')
    p.add_argument('--seed', type=int_at_least(0), default=0, help='same seed -> byte-identical files')
    p.add_argument('--val_fraction', type=fraction, default=0.2, help='share of frames listed in ImageSets/val.txt')
    p.add_argument('--painted', action='store_true', help='also write velodyne_painted (8 floats per point)')
    p.add_argument('--workers', type=int_at_least(1), default=1, help='processes generating frames')
    p.add_argument('--config', type=str, default=None,
                   help='JSON or YAML file of generator overrides, e.g. {"objects": {"num_cars": [2, 6]}}')
    p.add_argument('--overwrite', action='store_true', help='replace an existing non-empty --out folder')
    return p


def load_overrides(path: Optional[str]):
    if path is None:
        return None
    import yaml
    from ..errors import ConfigError
    try:
        with open(path, 'r') as f:
            return yaml.safe_load(f) or {}
    except FileNotFoundError as exc:
        raise ConfigError(f'--config {path}: file not found') from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f'--config {path}: not valid JSON/YAML: {exc}') from exc


def main(argv: Optional[Sequence[str]] = None, prog: Optional[str] = None) -> None:
    args = build_parser(prog).parse_args(argv_list(argv))
    from tqdm import tqdm
    from ..datasets.synthetic import generate_kitti_dataset
    from ..utils.common_utils import create_logger
    logger = create_logger()
    logging.getLogger('pcdet_qat_plugin').setLevel(logging.INFO)
    with tqdm(total=args.frames, desc='synthetic frames', unit='frame') as bar:
        summary = generate_kitti_dataset(
            args.out, num_frames=args.frames, seed=args.seed, val_fraction=args.val_fraction,
            painted=args.painted, config=load_overrides(args.config), workers=args.workers,
            progress=lambda done, total: bar.update(done - bar.n), overwrite=args.overwrite)
    logger.info('summary: %s', json.dumps(summary, sort_keys=True))
