"""Detectors: PointPillar (built on Detector3DTemplate)."""
from .detector3d_template import Detector3DTemplate
from .pointpillar import PointPillar

__all__ = {'Detector3DTemplate': Detector3DTemplate, 'PointPillar': PointPillar}


def build_detector(model_cfg, num_class, dataset, cfg_path='MODEL'):
    """OpenPCDet's build_detector: the class named by `model_cfg.NAME` (ConfigError lists valid names)."""
    from ... import registry
    from ..model_utils.cfg_utils import check_keys
    check_keys(model_cfg, ('NAME',), cfg_path)
    detector_cls = registry.get('DETECTOR', model_cfg.NAME, f'{cfg_path}.NAME')
    return detector_cls(model_cfg=model_cfg, num_class=num_class, dataset=dataset)
