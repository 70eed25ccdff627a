"""Settings of the synthetic KITTI scene generator: frozen dataclasses, built from nested dicts.

Imports only the error family; every other synthetic module reads these.
"""
import dataclasses
from dataclasses import dataclass, field
from typing import Any, Dict, Mapping, Optional, Tuple

from ...errors import ConfigError


@dataclass(frozen=True)
class LidarConfig:
    """A 64-beam spinning LiDAR (HDL-64E-like) mounted `sensor_height` metres above flat ground."""
    upper_elevations_deg: Tuple[float, float] = (2.0, -8.33)    # 32 upper-block lasers, evenly spaced
    lower_elevations_deg: Tuple[float, float] = (-8.83, -24.9)  # 32 lower-block lasers
    beams_per_block: int = 32
    azimuth_step_deg: float = 0.17
    azimuth_half_fov_deg: float = 45.0     # rays only cover the camera FOV (about +-41 deg) plus a margin
    max_range: float = 80.0
    sensor_height: float = 1.73
    sensor_height_jitter: float = 0.03     # per-frame ground height jitter (std, m)
    range_noise_std: float = 0.02
    dropout_base: float = 0.02             # probability of a missing return at 0 m
    dropout_at_max_range: float = 0.45     # ... rising quadratically to this at max_range
    intensity_noise_std: float = 0.03
    intensity_falloff_m: float = 120.0     # intensity *= exp(-range / intensity_falloff_m)
    intensity_gain: float = 1.5            # intensity = gain * reflectivity * (0.5 + 0.5 cos) * falloff + noise


@dataclass(frozen=True)
class ObjectConfig:
    """How many objects of each class, where, and how large (KITTI-typical mean sizes l, w, h)."""
    num_cars: Tuple[int, int] = (4, 8)
    num_pedestrians: Tuple[int, int] = (2, 5)
    num_cyclists: Tuple[int, int] = (2, 4)
    range_m: Tuple[float, float] = (5.0, 45.0)
    range_exponent: float = 1.0            # distance = lo + (hi - lo) * u ** range_exponent, u ~ U(0, 1):
    #                                        1 uniform in distance, < 1 more far objects, > 1 more near ones
    half_fov_deg: float = 38.0             # object centres satisfy |y| < x * tan(half_fov_deg)
    car_size: Tuple[float, float, float] = (3.9, 1.6, 1.56)
    pedestrian_size: Tuple[float, float, float] = (0.8, 0.6, 1.73)
    cyclist_size: Tuple[float, float, float] = (1.76, 0.6, 1.73)
    size_jitter: float = 0.06              # relative std of each dimension
    max_truncation: float = 0.5            # resample an object whose image box is cut more than this
    min_box_height_px: float = 25.0        # resample an object whose 2D box is lower than this
    gap_m: float = 0.4                     # free space kept between object footprints
    max_shadow_overlap: float = 0.7        # resample an object hiding behind (or hiding) another one more than this
    max_tries: int = 60


@dataclass(frozen=True)
class ClutterConfig:
    """Background geometry that must not look like an object: walls, curbs, poles, trees, bushes."""
    road_half_width: Tuple[float, float] = (6.0, 13.0)
    wall_prob: float = 0.6                 # per side of the road
    wall_offset: Tuple[float, float] = (1.5, 6.0)   # behind the road edge
    wall_height: Tuple[float, float] = (1.2, 6.0)
    curb_prob: float = 0.7
    num_poles: Tuple[int, int] = (2, 8)
    num_trees: Tuple[int, int] = (0, 5)
    num_bushes: Tuple[int, int] = (0, 6)


@dataclass(frozen=True)
class PaintingConfig:
    """Segmentation-noise model for painted points (class scores background, car, pedestrian, cyclist)."""
    point_confusion_prob: float = 0.03     # a point's class is swapped for a random other class
    object_confusion_prob: float = 0.03    # a whole object is painted as another class
    bleed_margin_m: float = 0.3            # points this far outside an object's box ...
    bleed_prob: float = 0.4                # ... take its class with this probability
    confidence: Tuple[float, float] = (0.55, 0.98)   # score of the painted class


@dataclass(frozen=True)
class SyntheticConfig:
    """All generator settings; `SyntheticConfig.from_dict({'LIDAR': {...}})`-style overrides are accepted."""
    lidar: LidarConfig = field(default_factory=LidarConfig)
    objects: ObjectConfig = field(default_factory=ObjectConfig)
    clutter: ClutterConfig = field(default_factory=ClutterConfig)
    painting: PaintingConfig = field(default_factory=PaintingConfig)
    image_size: Tuple[int, int] = (1242, 375)   # (width, height) of image_2, matching the calib

    @classmethod
    def from_dict(cls, overrides: Optional[Mapping[str, Any]], key_path: str = 'config') -> 'SyntheticConfig':
        """Defaults updated by a nested mapping (keys case-insensitive); unknown keys raise ConfigError."""
        cfg = _replace(cls(), overrides or {}, key_path)
        cfg.validate(key_path)
        return cfg

    def validate(self, key_path: str = 'config') -> None:
        """Raise ConfigError naming the key path of the first inconsistent value."""
        lo, hi = self.objects.range_m
        if not 0 < lo < hi:
            raise ConfigError(f'{key_path}.objects.range_m: need 0 < min < max, found {self.objects.range_m}')
        if not self.objects.range_exponent > 0:
            raise ConfigError(f'{key_path}.objects.range_exponent: {self.objects.range_exponent} must be > 0')
        for name in ('num_cars', 'num_pedestrians', 'num_cyclists'):
            a, b = getattr(self.objects, name)
            if not 0 <= a <= b:
                raise ConfigError(f'{key_path}.objects.{name}: need 0 <= min <= max, found {(a, b)}')
        for name in ('point_confusion_prob', 'object_confusion_prob', 'bleed_prob'):
            p = getattr(self.painting, name)
            if not 0.0 <= p <= 1.0:
                raise ConfigError(f'{key_path}.painting.{name}: {p} not in [0, 1]')
        c_lo, c_hi = self.painting.confidence
        if not 0.25 <= c_lo <= c_hi <= 1.0:
            raise ConfigError(f'{key_path}.painting.confidence: need 0.25 <= min <= max <= 1, found {(c_lo, c_hi)}')
        if self.lidar.azimuth_step_deg <= 0 or self.lidar.beams_per_block < 1:
            raise ConfigError(f'{key_path}.lidar: azimuth_step_deg and beams_per_block must be positive')
        if self.lidar.azimuth_half_fov_deg <= 0 or self.lidar.azimuth_half_fov_deg >= 180:
            raise ConfigError(f'{key_path}.lidar.azimuth_half_fov_deg: '
                              f'{self.lidar.azimuth_half_fov_deg} not in (0, 180)')

    def to_dict(self) -> Dict[str, Any]:
        return dataclasses.asdict(self)


def _replace(obj, overrides: Mapping[str, Any], key_path: str):
    if not isinstance(overrides, Mapping):
        raise ConfigError(f'{key_path}: expected a mapping, found {type(overrides).__name__}')
    fields = {f.name: f for f in dataclasses.fields(obj)}
    changes = {}
    for key, value in overrides.items():
        name = str(key).lower()
        if name not in fields:
            raise ConfigError(f'{key_path}.{key}: unknown key; valid keys: {", ".join(sorted(fields))}')
        current = getattr(obj, name)
        sub_path = f'{key_path}.{name}'
        if dataclasses.is_dataclass(current):
            changes[name] = _replace(current, value, sub_path)
        elif isinstance(current, tuple):
            if not isinstance(value, (list, tuple)) or len(value) != len(current):
                raise ConfigError(f'{sub_path}: expected {len(current)} numbers, found {value!r}')
            changes[name] = tuple(type(c)(v) for c, v in zip(current, value))
        else:
            try:
                changes[name] = type(current)(value)
            except (TypeError, ValueError) as exc:
                raise ConfigError(f'{sub_path}: expected {type(current).__name__}, found {value!r}') from exc
    return dataclasses.replace(obj, **changes)
