"""CPU KITTI object metric (2D / BEV / 3D / AOS at R11 and R40); `python -m pcdet_qat_plugin.eval` scores txt files.

Names load lazily: get_official_eval_result (kitti_eval), read_kitti_label_dir (kitti_io),
paired_bootstrap and combine_seeds (bootstrap: confidence intervals of an AP difference).
"""
__all__ = ['get_official_eval_result', 'read_kitti_label_dir', 'paired_bootstrap', 'combine_seeds']


def __getattr__(name):
    if name == 'get_official_eval_result':
        from .kitti_eval import get_official_eval_result
        return get_official_eval_result
    if name == 'read_kitti_label_dir':
        from .kitti_io import read_kitti_label_dir
        return read_kitti_label_dir
    if name in ('paired_bootstrap', 'combine_seeds'):
        from . import bootstrap
        return getattr(bootstrap, name)
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
