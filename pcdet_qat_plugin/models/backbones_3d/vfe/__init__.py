"""Voxel feature encoders: PillarVFE (PointPillars)."""
from .pillar_vfe import PFNLayer, PillarVFE
from .vfe_template import VFETemplate

__all__ = {'VFETemplate': VFETemplate, 'PillarVFE': PillarVFE}
