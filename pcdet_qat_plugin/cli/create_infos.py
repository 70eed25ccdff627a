"""Create OpenPCDet's KITTI info pickles and gt database for a KITTI root.

Writes kitti_infos_{train,val,trainval,test}.pkl, kitti_dbinfos_train.pkl and gt_database/ for real or synthetic
data, plain or painted as the cfg's VELODYNE_DIR says."""
from typing import Optional, Sequence

from .common import add_cfg_file, argv_list, int_at_least, log_to_console, new_parser

EXAMPLES = """\
  pcdet-qat create-infos --cfg_file kitti/pointpillar --data_path data/kitti
  pcdet-qat create-infos --cfg_file kitti/pointpillar_painted --data_path data/kitti   # painted gt database
"""


def build_parser(prog: Optional[str] = None):
    p = new_parser(prog, __doc__, EXAMPLES)
    add_cfg_file(p, required=False, default='kitti/pointpillar')
    p.add_argument('--data_path', default=None, help='KITTI root (default: the cfg\'s DATA_CONFIG.DATA_PATH)')
    p.add_argument('--save_path', default=None, help='where the pickles go (default: --data_path)')
    p.add_argument('--workers', type=int_at_least(1), default=4, help='threads reading frames')
    return p


def main(argv: Optional[Sequence[str]] = None, prog: Optional[str] = None) -> None:
    args = build_parser(prog).parse_args(argv_list(argv))
    log_to_console()
    from ..config import load_cfg
    from ..datasets.dataset import resolve_data_path
    from ..datasets.kitti.kitti_infos import create_kitti_infos
    cfg = load_cfg(args.cfg_file)
    data_path = resolve_data_path(args.data_path or cfg.DATA_CONFIG.DATA_PATH)
    written = create_kitti_infos(cfg.DATA_CONFIG, cfg.CLASS_NAMES, data_path, args.save_path, args.workers)
    for key, path in written.items():
        print(f'{key}: {path}')
