"""Create OpenPCDet's KITTI info pickles and gt database for a cfg (plain or painted):

    python tools/create_infos.py --cfg_file cfgs/kitti/pointpillar.yaml --data_path data/kitti
    python tools/create_infos.py --cfg_file cfgs/kitti/pointpillar_painted.yaml   # painted gt database
"""
import argparse

from _cli import run_main


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--cfg_file', default='cfgs/kitti/pointpillar.yaml',
                   help='cfg whose DATA_CONFIG names VELODYNE_DIR and the gt_sampling DB_INFO_PATH')
    p.add_argument('--data_path', default=None, help='KITTI root (default: DATA_CONFIG.DATA_PATH)')
    p.add_argument('--save_path', default=None, help='where the pickles go (default: data_path)')
    p.add_argument('--workers', type=int, default=4, help='threads reading frames')
    return p.parse_args(argv)


def main(argv=None):
    import logging
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format='%(asctime)s  %(levelname)5s  %(message)s')
    from pcdet_qat_plugin.config import load_cfg
    from pcdet_qat_plugin.datasets.dataset import resolve_data_path
    from pcdet_qat_plugin.datasets.kitti.kitti_infos import create_kitti_infos
    cfg = load_cfg(args.cfg_file)
    data_path = resolve_data_path(args.data_path or cfg.DATA_CONFIG.DATA_PATH)
    written = create_kitti_infos(cfg.DATA_CONFIG, cfg.CLASS_NAMES, data_path, args.save_path, args.workers)
    for key, path in written.items():
        print(f'{key}: {path}')


if __name__ == '__main__':
    run_main(main)
