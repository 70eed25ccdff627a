"""The Deployable: integer weight codes and pow2 scales read from the quant engine (equal to quantized
evaluation's weights), activation grids, roles; every quantized layer must reach the export graph."""
import copy
import dataclasses

import numpy as np
import pytest
import torch
import torch.nn as nn

from pcdet_qat_plugin.errors import ExportError
from pcdet_qat_plugin.export.deployable import ActGrid, build_deployable
from pcdet_qat_plugin.export.exporter import build_export_net
from pcdet_qat_plugin.export.network import build_network_part
from pcdet_qat_plugin.export.quantized import DeployableReader
from pcdet_qat_plugin.quant import iter_quant_sites


@pytest.fixture(scope='module')
def deployable(quant_setup):
    return build_deployable(quant_setup[1])


def _is_pow2(x):
    x = np.asarray(x, dtype=np.float64)
    return bool(np.all(np.log2(x) == np.round(np.log2(x))))


def test_every_site_described_with_its_role(deployable, quant_setup):
    sites = list(iter_quant_sites(quant_setup[1]))
    assert list(deployable.roles) == [s.name for s in sites]
    roles = deployable.roles
    assert roles['vfe.pfn_layers.0.input'] == 'input' and roles['vfe.pfn_layers.0.linear'] == 'pfn'
    assert roles['backbone_2d.blocks.0.1'] == 'conv' and roles['backbone_2d.deblocks.0.0'] == 'deblock'
    assert roles['backbone_2d.concat'] == 'concat' and roles['dense_head.conv_box'] == 'head'
    assert set(deployable.weights) == {s.name for s in sites if s.kind == 'weight'}


def test_weight_codes_are_the_quantized_weights(deployable, quant_setup):
    sites = {s.name: s for s in iter_quant_sites(quant_setup[1])}
    for name, layer in deployable.weights.items():
        w_q, b_q = sites[name].effective_weight_bias()
        assert layer.weight_int.dtype == np.int32
        assert layer.weight_int.min() >= -128 and layer.weight_int.max() <= 127
        assert _is_pow2(layer.weight_scale), name
        np.testing.assert_array_equal(layer.weight_float().astype(np.float32), w_q.detach().float().numpy())
        np.testing.assert_array_equal(layer.bias.astype(np.float32), b_q.detach().float().numpy())
        assert layer.input_grid is not None and layer.bias_int is not None
        np.testing.assert_allclose(layer.bias_int / layer.accumulator_scale, layer.bias, rtol=0, atol=1e-9)


def test_activation_grids_are_pow2_and_match_the_quantizers(deployable, quant_setup):
    for site in iter_quant_sites(quant_setup[1]):
        if site.act_quant is None:
            assert site.name not in deployable.acts
            continue
        grid = deployable.acts[site.name]
        assert grid.scale == float(site.act_quant.scale()) and grid.bits == site.act_quant.bits
        assert _is_pow2(grid.clip) and grid.clip == float(site.act_quant.clip())
    inp = deployable.inputs['vfe.pfn_layers.0.input']
    assert inp.channel_scale is not None and _is_pow2(inp.channel_scale)


def test_act_grid_bounds():
    g = ActGrid(bits=8, signed=True, scale=16.0)
    assert g.clip_bounds == (-8.0, 8.0) and g.value_range == (-8.0, 127 / 16)
    assert (g.qmin, g.qmax) == (-128, 127)


def test_a_layer_the_graph_never_took_fails_loudly(deployable, quant_setup):
    extra = dataclasses.replace(deployable.weights['dense_head.conv_box'], name='dense_head.conv_extra')
    bigger = dataclasses.replace(deployable, weights={**deployable.weights, 'dense_head.conv_extra': extra},
                                 roles={**deployable.roles, 'dense_head.conv_extra': 'head'})
    reader = DeployableReader(bigger, 'tidl')
    build_network_part(quant_setup[1], reader.weight_fn, reader.act_fn)
    with pytest.raises(ExportError, match='dense_head.conv_extra'):
        reader.check_all_converted()


def test_unknown_layer_type_names_the_layer_and_rule(quant_setup):
    model = copy.deepcopy(quant_setup[1])
    model.backbone_2d.blocks[0][0] = nn.Upsample(scale_factor=1)       # not a layer the exporter knows
    with pytest.raises(ExportError, match=r'backbone_2d\.blocks\.0\.0.*Upsample.*valid'):
        build_export_net(model, 'tidl')


def test_float_weights_fn_is_not_used_for_quantized_export(deployable, quant_setup):
    net, dep = build_export_net(quant_setup[1], 'tidl')
    conv = net.weight_layers['dense_head.conv_box']
    assert torch.equal(conv.weight.detach().double(),
                       torch.from_numpy(dep.weights['dense_head.conv_box'].weight_float()))
