"""QUANTIZE cfg parsing: forms, defaults, TI freeze schedule, errors naming key and valid choices."""
import pytest
from easydict import EasyDict

from pcdet_qat_plugin.errors import ConfigError
from pcdet_qat_plugin.quant import QuantSettings


@pytest.mark.parametrize('value, mode', [(True, 'training'), ('training', 'training'),
                                         ('calibration', 'calibration'), ({'MODE': 'calibration'}, 'calibration'),
                                         ({}, 'training')])
def test_forms(value, mode):
    assert QuantSettings.from_cfg(EasyDict(QUANTIZE=value)).mode == mode


def test_float_forms_and_model_level():
    assert QuantSettings.from_cfg(EasyDict()) is None
    assert QuantSettings.from_cfg(EasyDict(QUANTIZE=False)) is None
    s = QuantSettings.from_cfg(EasyDict(MODEL={'QUANTIZE': {'BITWIDTH_ACTIVATIONS': 16}}))
    assert s.bitwidth_activations == 16 and s.bitwidth_weights == 8


def test_dict_options_and_plain_roundtrip():
    s = QuantSettings.from_value({'MODE': 'training', 'BITWIDTH_WEIGHTS': 16, 'PER_CHANNEL_WEIGHTS': True,
                                  'BITWIDTH_16_LAYERS': ['vfe.*'], 'FREEZE_BN_EPOCH': 2, 'FREEZE_RANGE_EPOCH': 4,
                                  'CALIBRATION_ITERS': 7, 'BIAS_CALIBRATION': True})
    assert s.bitwidth_16_layers == ('vfe.*',) and s.freeze_epochs(10) == (2, 4)
    d = s.to_dict()
    assert isinstance(d['bitwidth_16_layers'], list) and QuantSettings.from_dict(d) == s


def test_ti_default_freeze_schedule():
    """TI v1 QuantTrainModule.train: BN from total//2 - 1, ranges from total//2 + 1, no floor (an epoch
    counter reaching -1 freezes at once: epoch 0)."""
    assert QuantSettings().freeze_epochs(20) == (9, 11)
    assert QuantSettings().freeze_epochs(4) == (1, 3)
    assert QuantSettings().freeze_epochs(1) == (0, 1)


@pytest.mark.parametrize('value, words', [
    ({'BITWIDTHS': 8}, ['QUANTIZE', 'BITWIDTHS', 'BITWIDTH_WEIGHTS']),
    ({'BITWIDTH_WEIGHTS': 12}, ['QUANTIZE.BITWIDTH_WEIGHTS', '12', '(8, 16)']),
    ({'MODE': 'qat'}, ['QUANTIZE.MODE', 'qat', 'calibration']),
    ('ptq', ['QUANTIZE', 'training']),
    ({'CALIBRATION_ITERS': 0}, ['QUANTIZE.CALIBRATION_ITERS']),
    ({'PER_CHANNEL_WEIGHTS': 'yes'}, ['QUANTIZE.PER_CHANNEL_WEIGHTS']),
])
def test_errors_name_key_and_choices(value, words):
    with pytest.raises(ConfigError) as err:
        QuantSettings.from_cfg(EasyDict(QUANTIZE=value))
    for w in words:
        assert w in str(err.value)
