"""Quantization sites: BITWIDTH_16_LAYERS patterns (a parent module selects every site under it), the warning
for a 16-bit input wasted on an 8-bit layer, and metadata reporting only real quantizers."""
import logging

import torch

from pcdet_qat_plugin.quant import QuantSettings, iter_quant_sites, quant_checkpoint_meta, wrap_model

from .nets import TinyDetector, tiny_specs


def _bits(patterns):
    torch.manual_seed(0)
    m = TinyDetector()
    wrap_model(m, tiny_specs(m), QuantSettings(bitwidth_16_layers=tuple(patterns)), 'train')
    return m, {s.name: (s.weight_bits, s.act_bits) for s in iter_quant_sites(m)}


def test_parent_module_pattern_selects_every_site_under_it():
    _, bits = _bits(['vfe.pfn_layers.0'])
    assert bits['vfe.pfn_layers.0.input'] == (None, 16) and bits['vfe.pfn_layers.0.linear'] == (16, 16)
    assert bits['backbone_2d.blocks.0.1'] == (8, 8)
    _, bits = _bits(['backbone_2d.blocks.1'])
    assert bits['backbone_2d.blocks.1.1'] == bits['backbone_2d.blocks.1.4'] == (16, 16)
    assert bits['backbone_2d.blocks.0.1'] == (8, 8) and bits['backbone_2d.concat'] == (None, 8)


class _Records(logging.Handler):
    """Collects the records of one logger directly (a run logger set up by another test may stop
    propagation to the root logger, where pytest's caplog listens)."""

    def __init__(self, name):
        super().__init__(logging.WARNING)
        self.logger, self.messages = logging.getLogger(name), []

    def emit(self, record):
        self.messages.append(record.getMessage())

    def __enter__(self):
        self.logger.addHandler(self)
        return self.messages

    def __exit__(self, *exc):
        self.logger.removeHandler(self)


def test_16bit_input_feeding_8bit_layer_warns_once():
    with _Records('pcdet_qat_plugin.quant.spec') as warnings:
        m, bits = _bits(['vfe.pfn_layers.0.input'])
        wrap_model(m, tiny_specs(m), QuantSettings(bitwidth_16_layers=('vfe.pfn_layers.0.input',)), 'test')
    assert len(warnings) == 1 and 'vfe.pfn_layers.0.linear at 8 bits' in warnings[0]
    with _Records('pcdet_qat_plugin.quant.spec') as warnings:
        _bits(['vfe.pfn_layers.0'])
    assert warnings == []


def test_metadata_reports_only_real_quantizers():
    m, bits = _bits(['backbone_2d.deblocks'])
    sites = {s['name']: s for s in quant_checkpoint_meta(m)['sites']}
    deblock = sites['backbone_2d.deblocks.0.0']
    assert deblock['weight_bits'] == 16 and deblock['act_bits'] is None       # weights only: no output quantizer
    assert sites['backbone_2d.concat']['act_bits'] == 8
