"""PointPainting for real KITTI: write <root>/training/velodyne_painted/<id>.bin (x, y, z, i + 4 class scores).

    python tools/paint_points.py --cfg_file cfgs/kitti/pointpillar_painted.yaml --data_path data/kitti \\
        [--score_dir score_2 | --segment my_pkg.seg:predict] [--outside background|drop]

Score maps: training/<score_dir>/<id>.npy, (H, W, 4) scores for (background, car, pedestrian, cyclist),
(4, H, W), or (H, W) labels 0..3. A segmentation callable gets the RGB uint8 image and returns (H, W, 4).
"""
import argparse

import tqdm

from _cli import run_main


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--cfg_file', default='cfgs/kitti/pointpillar_painted.yaml',
                   help='cfg with DATA_CONFIG.PAINTING (SCORE_DIR, OUTSIDE_IMAGE) and VELODYNE_DIR')
    p.add_argument('--data_path', default=None, help='KITTI root (default: DATA_CONFIG.DATA_PATH)')
    p.add_argument('--score_dir', default=None, help='folder under training/ with <id>.npy score maps')
    p.add_argument('--segment', default=None, help='"package.module:function" segmentation callable')
    p.add_argument('--outside', default=None, choices=['background', 'drop'],
                   help='points outside image_2: background scores or dropped (default: the cfg)')
    p.add_argument('--splits', nargs='+', default=['train', 'val', 'test'])
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    from pcdet_qat_plugin.config import load_cfg
    from pcdet_qat_plugin.datasets.dataset import resolve_data_path
    from pcdet_qat_plugin.datasets.painting import load_segmentation_callable, paint_kitti
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


if __name__ == '__main__':
    run_main(main)
