"""Pillar/voxel features -> dense BEV maps: PointPillarScatter."""
from .pointpillar_scatter import PointPillarScatter

__all__ = {'PointPillarScatter': PointPillarScatter}
