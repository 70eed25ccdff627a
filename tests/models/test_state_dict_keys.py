"""state_dict keys and shapes of cfgs/kitti/pointpillar.yaml equal OpenPCDet v0.6's PointPillar (127 keys).

The expected list is written out from OpenPCDet's module structure: PillarVFE.pfn_layers[0] (Linear 10->64,
BatchNorm1d), BaseBEVBackbone blocks (ZeroPad2d, Conv2d, BN, ReLU, then [Conv2d, BN, ReLU] x LAYER_NUMS) and
deblocks (ConvTranspose2d, BN, ReLU), AnchorHeadSingle conv_cls / conv_box / conv_dir_cls.
"""
import math

import pytest

import pcdet_qat_plugin

BN_SUFFIXES = ('weight', 'bias', 'running_mean', 'running_var', 'num_batches_tracked')


def _bn(prefix, channels):
    return [(f'{prefix}.{s}', () if s == 'num_batches_tracked' else (channels,)) for s in BN_SUFFIXES]


def expected_pointpillar_keys():
    keys = [('global_step', (1,)), ('vfe.pfn_layers.0.linear.weight', (64, 10))]
    keys += _bn('vfe.pfn_layers.0.norm', 64)
    c_in = 64
    for level, (layers, filters) in enumerate(zip([3, 5, 5], [64, 128, 256])):
        # Sequential index: 0 ZeroPad2d, then (Conv2d, BN, ReLU) triples starting at 1
        for k in range(layers + 1):
            conv_idx = 1 + 3 * k
            keys.append((f'backbone_2d.blocks.{level}.{conv_idx}.weight', (filters, c_in if k == 0 else filters, 3, 3)))
            keys += _bn(f'backbone_2d.blocks.{level}.{conv_idx + 1}', filters)
        c_in = filters
    for level, (filters, stride) in enumerate(zip([64, 128, 256], [1, 2, 4])):
        keys.append((f'backbone_2d.deblocks.{level}.0.weight', (filters, 128, stride, stride)))
        keys += _bn(f'backbone_2d.deblocks.{level}.1', 128)
    anchors = 6  # 3 classes x 1 size x 2 rotations
    keys += [('dense_head.conv_cls.weight', (anchors * 3, 384, 1, 1)), ('dense_head.conv_cls.bias', (anchors * 3,)),
             ('dense_head.conv_box.weight', (anchors * 7, 384, 1, 1)), ('dense_head.conv_box.bias', (anchors * 7,)),
             ('dense_head.conv_dir_cls.weight', (anchors * 2, 384, 1, 1)),
             ('dense_head.conv_dir_cls.bias', (anchors * 2,))]
    return keys


def test_pointpillar_state_dict_matches_openpcdet():
    model = pcdet_qat_plugin.build_model('cfgs/kitti/pointpillar.yaml')
    got = [(k, tuple(v.shape)) for k, v in model.state_dict().items()]
    expected = expected_pointpillar_keys()
    assert len(expected) == 127
    assert got == expected
    assert sum(p.numel() for p in model.parameters()) == 4834888


def test_module_names_used_by_quantization():
    model = pcdet_qat_plugin.build_model('cfgs/kitti/pointpillar.yaml')
    names = dict(model.named_modules())
    for name in ('vfe.pfn_layers.0.linear', 'vfe.pfn_layers.0.norm', 'map_to_bev_module',
                 'backbone_2d.blocks.0.1', 'backbone_2d.deblocks.2.0', 'dense_head.conv_cls',
                 'dense_head.conv_box', 'dense_head.conv_dir_cls'):
        assert name in names, name
    assert [type(m).__name__ for m in model.module_list] == [
        'PillarVFE', 'PointPillarScatter', 'BaseBEVBackbone', 'AnchorHeadSingle']
    assert model.backbone_3d is None and model.roi_head is None
    assert model.dense_head.conv_cls.bias[0].item() == pytest.approx(-math.log((1 - 0.01) / 0.01))
