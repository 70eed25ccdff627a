"""Named generator settings: nested override mappings for `SyntheticConfig.from_dict`.

'harder' is the accuracy benchmark's set (bench/accuracy.py, docs/synthetic.md): longer range, more far
objects, noisier and more dropped returns, occlusion and truncation allowed, a car-heavy class mix.
Imports nothing.
"""
from typing import Any, Dict

PRESETS: Dict[str, Dict[str, Any]] = {
    'default': {},
    'harder': {
        'objects': {'num_cars': [5, 11], 'num_pedestrians': [0, 4], 'num_cyclists': [0, 3],
                    'range_m': [5.0, 50.0], 'range_exponent': 0.85, 'half_fov_deg': 44.0,
                    'max_truncation': 0.8, 'min_box_height_px': 15.0, 'max_shadow_overlap': 1.0,
                    'size_jitter': 0.1},
        'lidar': {'beams_per_block': 32, 'dropout_at_max_range': 0.6, 'range_noise_std': 0.03},
        'clutter': {'num_poles': [4, 12], 'num_bushes': [2, 8]},
    },
}


def preset_overrides(name: str) -> Dict[str, Any]:
    """A copy of preset `name`'s overrides; ConfigError lists the valid names."""
    import copy

    from ...errors import ConfigError
    if name not in PRESETS:
        raise ConfigError(f'synthetic preset {name!r}: unknown; valid presets: {", ".join(sorted(PRESETS))}')
    return copy.deepcopy(PRESETS[name])
