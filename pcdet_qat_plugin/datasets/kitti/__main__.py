"""`python -m pcdet_qat_plugin.datasets.kitti create_infos --data_path data/kitti [--cfg_file ...]`."""
import argparse
import logging
import sys

from ...config import load_cfg
from ...errors import PcdetQatError
from .kitti_infos import create_kitti_infos


def main(argv=None):
    parser = argparse.ArgumentParser(prog='python -m pcdet_qat_plugin.datasets.kitti')
    parser.add_argument('command', choices=['create_infos'])
    parser.add_argument('--cfg_file', default='cfgs/kitti/pointpillar.yaml',
                        help='cfg whose DATA_CONFIG is used (VELODYNE_DIR, gt_sampling DB_INFO_PATH)')
    parser.add_argument('--data_path', default=None, help='KITTI root (default: DATA_CONFIG.DATA_PATH)')
    parser.add_argument('--save_path', default=None, help='where the pickles go (default: data_path)')
    parser.add_argument('--workers', type=int, default=4)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format='%(asctime)s  %(levelname)5s  %(message)s')
    try:
        cfg = load_cfg(args.cfg_file)
        from ..dataset import resolve_data_path
        data_path = resolve_data_path(args.data_path or cfg.DATA_CONFIG.DATA_PATH)
        written = create_kitti_infos(cfg.DATA_CONFIG, cfg.CLASS_NAMES, data_path, args.save_path, args.workers)
    except PcdetQatError as exc:
        print(f'error: {exc}', file=sys.stderr)
        return 2
    for key, path in written.items():
        print(f'{key}: {path}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
