"""PointPillarScatter writes pillar features at [batch, :, y, x]; gradients flow back to the pillars."""
import torch
from easydict import EasyDict

from pcdet_qat_plugin.models.backbones_2d.map_to_bev.pointpillar_scatter import PointPillarScatter


def test_scatter_matches_per_cell_reference():
    gen = torch.Generator().manual_seed(0)
    scatter = PointPillarScatter(EasyDict(NUM_BEV_FEATURES=5), grid_size=[7, 6, 1])
    cells = torch.randperm(3 * 6 * 7, generator=gen)[:40]
    coords = torch.stack([cells // 42, torch.zeros_like(cells), cells % 42 // 7, cells % 7], dim=1).int()
    feats = torch.randn((40, 5), generator=gen, requires_grad=True)
    out = scatter({'pillar_features': feats, 'voxel_coords': coords, 'batch_size': 3})['spatial_features']
    expected = torch.zeros((3, 5, 6, 7))
    for (b, _, y, x), f in zip(coords.tolist(), feats.detach()):
        expected[b, :, y, x] = f
    assert out.shape == (3, 5, 6, 7) and torch.equal(out, expected)
    out.sum().backward()
    assert torch.equal(feats.grad, torch.ones_like(feats))
    # without batch_size the count comes from the coords, as in OpenPCDet
    out2 = scatter({'pillar_features': feats, 'voxel_coords': coords})['spatial_features']
    assert torch.equal(out2, out)
