"""CPU KITTI object metric (2D / BEV / 3D / AOS at R11 and R40); `python -m pcdet_qat_plugin.eval` scores txt files.

Names load lazily: get_official_eval_result (kitti_eval), read_kitti_label_dir (kitti_io).
"""
__all__ = ['get_official_eval_result', 'read_kitti_label_dir']


def __getattr__(name):
    if name == 'get_official_eval_result':
        from .kitti_eval import get_official_eval_result
        return get_official_eval_result
    if name == 'read_kitti_label_dir':
        from .kitti_io import read_kitti_label_dir
        return read_kitti_label_dir
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
