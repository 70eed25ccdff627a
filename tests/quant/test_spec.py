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


def test_16bit_input_feeding_8bit_layer_warns_once(caplog):
    with caplog.at_level(logging.WARNING, logger='pcdet_qat_plugin.quant.spec'):
        m, bits = _bits(['vfe.pfn_layers.0.input'])
        wrap_model(m, tiny_specs(m), QuantSettings(bitwidth_16_layers=('vfe.pfn_layers.0.input',)), 'test')
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and 'vfe.pfn_layers.0.linear at 8 bits' in warnings[0]
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger='pcdet_qat_plugin.quant.spec'):
        _bits(['vfe.pfn_layers.0'])
    assert not caplog.records


def test_metadata_reports_only_real_quantizers():
    m, bits = _bits(['backbone_2d.deblocks'])
    sites = {s['name']: s for s in quant_checkpoint_meta(m)['sites']}
    deblock = sites['backbone_2d.deblocks.0.0']
    assert deblock['weight_bits'] == 16 and deblock['act_bits'] is None       # weights only: no output quantizer
    assert sites['backbone_2d.concat']['act_bits'] == 8
