"""TIDL v1 quantization engine (power-of-2 QAT / calibration / quantized test) for any nn.Module.

Imports torch only: never models/, hosts/ or pcdet. A host describes its quantization sites as
SiteSpec lists; `wrap_model` attaches them in place and sets the phase.
"""
from .calibrate import calibrate
from .modules import ActQuantizer, QuantReLU, QuantWeightMixin
from .phases import (PHASES, QuantCalibrateModule, QuantTestModule, QuantTrainModule, freeze_bn, freeze_ranges,
                     is_quantized, quant_disabled, quant_settings_of, ranges_held, set_epoch, wrap_model)
from .settings import QuantSettings
from .spec import QuantSite, SiteSpec, iter_quant_sites, uncalibrated_sites
from .state import (check_checkpoint_settings, is_quant_key, quant_checkpoint_meta, report_checkpoint_load,
                    split_quant_state, warn_if_qat_without_pretrained, warn_if_quant_checkpoint_on_float_model)

__all__ = ['ActQuantizer', 'QuantReLU', 'QuantWeightMixin', 'PHASES', 'QuantCalibrateModule', 'QuantTestModule',
           'QuantTrainModule', 'freeze_bn', 'freeze_ranges', 'is_quantized', 'quant_disabled', 'quant_settings_of',
           'ranges_held',
           'set_epoch', 'wrap_model', 'QuantSettings', 'QuantSite', 'SiteSpec', 'iter_quant_sites',
           'uncalibrated_sites', 'check_checkpoint_settings', 'is_quant_key', 'quant_checkpoint_meta',
           'report_checkpoint_load',
           'split_quant_state', 'warn_if_qat_without_pretrained', 'warn_if_quant_checkpoint_on_float_model',
           'calibrate']
