"""PointPainting for real KITTI: write training/velodyne_painted/ from image score maps.

Each <root>/training/velodyne_painted/<id>.bin holds x, y, z, i + 4 class scores, from per-image score maps or
a segmentation callable.

Score maps: training/<score_dir>/<id>.npy, (H, W, 4) scores for (background, car, pedestrian, cyclist),
(4, H, W), or (H, W) labels 0..3. A segmentation callable gets the RGB uint8 image and returns (H, W, 4)."""
from typing import Optional, Sequence

from .common import add_cfg_file, argv_list, new_parser

EXAMPLES = """\
  pcdet-qat paint --cfg_file kitti/pointpillar_painted --data_path data/kitti
  pcdet-qat paint --data_path data/kitti --segment my_pkg.seg:predict --outside drop
"""


def build_parser(prog: Optional[str] = None):
    p = new_parser(prog, __doc__, EXAMPLES)
    add_cfg_file(p, required=False, default='kitti/pointpillar_painted')
    p.add_argument('--data_path', default=None, help='KITTI root (default: the cfg\'s DATA_CONFIG.DATA_PATH)')
    p.add_argument('--score_dir', default=None, help='folder under training/ with <id>.npy score maps')
    p.add_argument('--segment', default=None, help='"package.module:function" segmentation callable')
    p.add_argument('--outside', default=None, choices=['background', 'drop'],
                   help='points outside image_2: background scores or dropped (default: the cfg)')
    p.add_argument('--splits', nargs='+', default=['train', 'val', 'test'], help='ImageSets splits to paint')
    return p


def main(argv: Optional[Sequence[str]] = None, prog: Optional[str] = None) -> None:
    args = build_parser(prog).parse_args(argv_list(argv))
    import tqdm
    from ..config import load_cfg
    from ..datasets.dataset import resolve_data_path
    from ..datasets.painting import load_segmentation_callable, paint_kitti
    cfg = load_cfg(args.cfg_file)
    painting = cfg.DATA_CONFIG.get('PAINTING', {})
    segment = load_segmentation_callable(args.segment) if args.segment else None
    bar = tqdm.tqdm(desc='paint', unit='frame')

    def progress(done, total, idx):
        bar.total = total
        bar.update(1)
    n = paint_kitti(resolve_data_path(args.data_path or cfg.DATA_CONFIG.DATA_PATH),
                    score_dir=None if segment else (args.score_dir or painting.get('SCORE_DIR', 'score_2')),
                    segment=segment, outside=args.outside or painting.get('OUTSIDE_IMAGE', 'background'),
                    output_dir=painting.get('OUTPUT_DIR', cfg.DATA_CONFIG.get('VELODYNE_DIR', 'velodyne_painted')),
                    splits=args.splits, progress=progress)
    bar.close()
    print(f'painted {n} frames')
