"""Synthetic KITTI-format scenes: a ray-cast 64-beam LiDAR over a street with cars, pedestrians, cyclists
and clutter; writes velodyne (and painted) .bin, label_2, calib, image_2 size placeholders and ImageSets.

Needs numpy and pcdet_qat_plugin.utils only; never imports the KITTI reader.
"""
from .calib import SyntheticCalib, calib_text
from .config import ClutterConfig, LidarConfig, ObjectConfig, PaintingConfig, SyntheticConfig
from .frame import generate_frame
from .labels import CLASS_NAMES, SyntheticLabel
from .presets import PRESETS, preset_overrides
from .writer import generate_kitti_dataset, placeholder_png, resolve_config

__all__ = ['generate_kitti_dataset', 'generate_frame', 'SyntheticConfig', 'LidarConfig', 'ObjectConfig',
           'ClutterConfig', 'PaintingConfig', 'SyntheticCalib', 'calib_text', 'SyntheticLabel', 'CLASS_NAMES',
           'placeholder_png', 'PRESETS', 'preset_overrides',
           'resolve_config']
