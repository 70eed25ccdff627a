"""QuantSettings: the validated, phase-independent content of the cfg's `QUANTIZE:` key.

Imports torch-free package errors only. `QuantSettings.from_cfg(cfg)` returns None for a float cfg.
"""
from dataclasses import asdict, dataclass, field, replace
from typing import Optional, Tuple

from ..errors import ConfigError

MODES = ('training', 'calibration')
BIAS_CONSTRAINTS = ('reduce_weight_scale', 'saturate')
BITWIDTHS = (8, 16)
RANGE_UPDATES = ('ti', 'mean')      # quant/observers.update_factor
KEYS = ('MODE', 'BITWIDTH_WEIGHTS', 'BITWIDTH_ACTIVATIONS', 'PER_CHANNEL_WEIGHTS', 'BITWIDTH_16_LAYERS',
        'FREEZE_BN_EPOCH', 'FREEZE_RANGE_EPOCH', 'CALIBRATION_ITERS', 'BIAS_CALIBRATION',
        'NORMALIZE_INPUT_CHANNELS', 'BIAS_CONSTRAINT', 'RANGE_UPDATE', 'RANGE_TAIL_16BIT')


@dataclass(frozen=True)
class QuantSettings:
    """TIDL v1 quantization options. Epochs None = TI's schedule from the run's total epochs."""
    mode: str = 'training'
    bitwidth_weights: int = 8
    bitwidth_activations: int = 8
    per_channel_weights: bool = False
    bitwidth_16_layers: Tuple[str, ...] = field(default_factory=tuple)
    freeze_bn_epoch: Optional[int] = None
    freeze_range_epoch: Optional[int] = None
    calibration_iters: int = 50
    bias_calibration: bool = False
    normalize_input_channels: bool = True
    bias_constraint: str = 'reduce_weight_scale'
    range_update: str = 'ti'
    range_tail_16bit: Optional[float] = None    # None: TI's percentile tail at every width

    @classmethod
    def from_cfg(cls, cfg) -> Optional['QuantSettings']:
        """Read `QUANTIZE` (top level, else `MODEL.QUANTIZE`); None when absent or False."""
        where = 'QUANTIZE'
        value = cfg.get('QUANTIZE') if hasattr(cfg, 'get') else None
        if value is None and hasattr(cfg, 'get') and isinstance(cfg.get('MODEL'), dict):
            if 'QUANTIZE' in cfg['MODEL']:
                value, where = cfg['MODEL']['QUANTIZE'], 'MODEL.QUANTIZE'
        return cls.from_value(value, where)

    @classmethod
    def from_value(cls, value, where: str = 'QUANTIZE') -> Optional['QuantSettings']:
        """Parse a QUANTIZE value: None/False, True, a mode string, or a dict of options."""
        if value is None or value is False:
            return None
        if value is True:
            return cls()
        if isinstance(value, str):
            return cls(mode=_mode(value, where))
        if not isinstance(value, dict):
            raise ConfigError(f'{where}: {value!r} is not valid; use False, True, one of {MODES} '
                              f'or a mapping with keys {KEYS}')
        unknown = sorted(set(value) - set(KEYS))
        if unknown:
            raise ConfigError(f'{where}: unknown key(s) {unknown}; valid keys: {KEYS}')
        kw = {}
        if 'MODE' in value:
            mode = value['MODE']
            kw['mode'] = 'training' if mode is True else _mode(mode, f'{where}.MODE')
        for key in ('BITWIDTH_WEIGHTS', 'BITWIDTH_ACTIVATIONS'):
            if key in value:
                if value[key] not in BITWIDTHS or isinstance(value[key], bool):
                    raise ConfigError(f'{where}.{key}: {value[key]!r} not in {BITWIDTHS}')
                kw[key.lower()] = int(value[key])
        for key in ('PER_CHANNEL_WEIGHTS', 'BIAS_CALIBRATION', 'NORMALIZE_INPUT_CHANNELS'):
            if key in value:
                if not isinstance(value[key], bool):
                    raise ConfigError(f'{where}.{key}: {value[key]!r} must be True or False')
                kw[key.lower()] = value[key]
        if 'BITWIDTH_16_LAYERS' in value:
            layers = value['BITWIDTH_16_LAYERS'] or []
            if isinstance(layers, str):
                layers = [layers]
            if not isinstance(layers, (list, tuple)) or not all(isinstance(x, str) for x in layers):
                raise ConfigError(f'{where}.BITWIDTH_16_LAYERS: {layers!r} must be a list of layer names '
                                  f'or fnmatch patterns')
            kw['bitwidth_16_layers'] = tuple(layers)
        for key in ('FREEZE_BN_EPOCH', 'FREEZE_RANGE_EPOCH'):
            if key in value and value[key] is not None:
                if isinstance(value[key], bool) or not isinstance(value[key], int) or value[key] < -1:
                    raise ConfigError(f'{where}.{key}: {value[key]!r} must be an epoch >= 0, -1 (never) '
                                      f'or null (TI default)')
                kw[key.lower()] = value[key]
        if 'BIAS_CONSTRAINT' in value:
            if value['BIAS_CONSTRAINT'] not in BIAS_CONSTRAINTS:
                raise ConfigError(f'{where}.BIAS_CONSTRAINT: {value["BIAS_CONSTRAINT"]!r} not in {BIAS_CONSTRAINTS}')
            kw['bias_constraint'] = value['BIAS_CONSTRAINT']
        if 'RANGE_UPDATE' in value:
            if value['RANGE_UPDATE'] not in RANGE_UPDATES:
                raise ConfigError(f'{where}.RANGE_UPDATE: {value["RANGE_UPDATE"]!r} not in {RANGE_UPDATES}')
            kw['range_update'] = value['RANGE_UPDATE']
        if value.get('RANGE_TAIL_16BIT') is not None:
            tail = value['RANGE_TAIL_16BIT']
            if isinstance(tail, bool) or not isinstance(tail, (int, float)) or not 0 <= tail < 0.5:
                raise ConfigError(f'{where}.RANGE_TAIL_16BIT: {tail!r} must be a fraction in [0, 0.5) '
                                  f'(0: the true extrema)')
            kw['range_tail_16bit'] = float(tail)
        if 'CALIBRATION_ITERS' in value:
            it = value['CALIBRATION_ITERS']
            if isinstance(it, bool) or not isinstance(it, int) or it < 1:
                raise ConfigError(f'{where}.CALIBRATION_ITERS: {it!r} must be an integer >= 1')
            kw['calibration_iters'] = it
        return cls(**kw)

    def freeze_epochs(self, total_epochs: int) -> Tuple[int, int]:
        """(bn_epoch, range_epoch): first 0-based epoch with frozen BN / ranges; -1 never.

        TI v1's default (xmodelopt/quantization/v1/quant_train_module.py, QuantTrainModule.train: frozen
        once the epoch counter reaches total//2 - 1 resp. total//2 + 1, no floor): BN from
        max(0, total//2 - 1), ranges from total//2 + 1.
        """
        bn = self.freeze_bn_epoch if self.freeze_bn_epoch is not None else max(0, total_epochs // 2 - 1)
        rng = self.freeze_range_epoch if self.freeze_range_epoch is not None else total_epochs // 2 + 1
        return bn, rng

    def layer_bits(self, is_16: bool) -> Tuple[int, int]:
        """(weight bits, activation bits) of a layer, 16 for the mixed-precision layers."""
        return (16, 16) if is_16 else (self.bitwidth_weights, self.bitwidth_activations)

    def range_tail(self, act_bits: int) -> Optional[float]:
        """Percentile tail of an activation range of this width: RANGE_TAIL_16BIT at 16 bits when set, else
        None (the observer's default, TI's 0.01 % per tail)."""
        return self.range_tail_16bit if act_bits == 16 else None

    def to_dict(self) -> dict:
        """Plain types only (for checkpoints loaded with weights_only=True)."""
        d = asdict(self)
        d['bitwidth_16_layers'] = list(self.bitwidth_16_layers)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> 'QuantSettings':
        d = dict(d)
        d['bitwidth_16_layers'] = tuple(d.get('bitwidth_16_layers', ()))
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})

    def with_mode(self, mode: str) -> 'QuantSettings':
        return replace(self, mode=_mode(mode, 'mode'))


def _mode(value, where: str) -> str:
    if value not in MODES:
        raise ConfigError(f'{where}: {value!r} not in {(True, False) + MODES}')
    return value
