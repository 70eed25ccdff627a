"""Small generic nets mirroring PointPillars' structure (PFN, conv/deconv blocks, concat, head) for engine tests."""
import torch
import torch.nn.functional as F
from torch import nn

from pcdet_qat_plugin.quant import SiteSpec


class TinyPFN(nn.Module):
    def __init__(self, cin=10, cout=16):
        super().__init__()
        self.linear = nn.Linear(cin, cout, bias=False)
        self.norm = nn.BatchNorm1d(cout, eps=1e-3, momentum=0.01)

    def forward(self, inputs):                      # (V, P, C) -> (V, 1, cout)
        x = self.linear(inputs)
        x = self.norm(x.permute(0, 2, 1)).permute(0, 2, 1)
        return torch.max(F.relu(x), dim=1, keepdim=True)[0]


class TinyBackbone(nn.Module):
    def __init__(self, cin=16, filters=(16, 32), up=(16, 16)):
        super().__init__()
        self.blocks, self.deblocks = nn.ModuleList(), nn.ModuleList()
        c = cin
        for i, f in enumerate(filters):
            self.blocks.append(nn.Sequential(
                nn.ZeroPad2d(1), nn.Conv2d(c, f, 3, stride=2, padding=0, bias=False),
                nn.BatchNorm2d(f, eps=1e-3, momentum=0.01), nn.ReLU(),
                nn.Conv2d(f, f, 3, padding=1, bias=False), nn.BatchNorm2d(f, eps=1e-3, momentum=0.01), nn.ReLU()))
            s = 2 ** i
            self.deblocks.append(nn.Sequential(
                nn.ConvTranspose2d(f, up[i], s, stride=s, bias=False),
                nn.BatchNorm2d(up[i], eps=1e-3, momentum=0.01), nn.ReLU()))
            c = f

    def forward(self, data_dict):
        x, ups = data_dict['spatial_features'], []
        for blk, de in zip(self.blocks, self.deblocks):
            x = blk(x)
            ups.append(de(x))
        data_dict['spatial_features_2d'] = torch.cat(ups, dim=1)
        return data_dict


class TinyDetector(nn.Module):
    """vfe -> scatter to a 8x8 grid -> backbone_2d -> head conv; module_list like OpenPCDet."""

    def __init__(self):
        super().__init__()
        self.vfe = nn.Module()
        self.vfe.pfn_layers = nn.ModuleList([TinyPFN()])
        self.backbone_2d = TinyBackbone()
        self.dense_head = nn.Module()
        self.dense_head.conv_cls = nn.Conv2d(32, 6, 1)
        self.module_list = [self.vfe, self.backbone_2d, self.dense_head]
        self.register_buffer('global_step', torch.LongTensor(1).zero_())

    def update_global_step(self):
        self.global_step += 1

    def forward(self, batch_dict):
        feats = self.vfe.pfn_layers[0](batch_dict['voxels']).squeeze(1)        # (V, 16)
        b, ny, nx = batch_dict['batch_size'], 8, 8
        canvas = feats.new_zeros(b, ny * nx, feats.shape[1])
        idx = batch_dict['voxel_coords']
        canvas = canvas.index_put((idx[:, 0], idx[:, 1] * nx + idx[:, 2]), feats)
        batch_dict['spatial_features'] = canvas.permute(0, 2, 1).reshape(b, -1, ny, nx)
        batch_dict = self.backbone_2d(batch_dict)
        out = self.dense_head.conv_cls(batch_dict['spatial_features_2d'])
        batch_dict['cls_preds'] = out
        if self.training:
            loss = (out ** 2).mean()
            return {'loss': loss}, {}, {}
        return out, {}


def tiny_specs(model):
    """The SiteSpec list of TinyDetector, named like PointPillars' sites."""
    specs = [SiteSpec('vfe.pfn_layers.0.input', 'input', 'vfe.pfn_layers.0', signed=True),
             SiteSpec('vfe.pfn_layers.0.linear', 'weight', 'vfe.pfn_layers.0.linear', bn='vfe.pfn_layers.0.norm',
                      signed=False, input_from='vfe.pfn_layers.0.input')]
    prev = 'vfe.pfn_layers.0.linear'
    for i, blk in enumerate(model.backbone_2d.blocks):
        for j in range(1, len(blk), 3):
            name = f'backbone_2d.blocks.{i}.{j}'
            specs.append(SiteSpec(name, 'weight', name, bn=f'backbone_2d.blocks.{i}.{j + 1}',
                                  relu=f'backbone_2d.blocks.{i}.{j + 2}', signed=False, input_from=prev))
            prev = name
        specs.append(SiteSpec(f'backbone_2d.deblocks.{i}.0', 'weight', f'backbone_2d.deblocks.{i}.0',
                              bn=f'backbone_2d.deblocks.{i}.1', relu=f'backbone_2d.deblocks.{i}.2', signed=False,
                              input_from=prev, quantize_output=False))
    specs.append(SiteSpec('backbone_2d.concat', 'dict_output', 'backbone_2d', signed=False,
                          key='spatial_features_2d', attr='concat_quant'))
    specs.append(SiteSpec('dense_head.conv_cls', 'weight', 'dense_head.conv_cls', signed=True,
                          input_from='backbone_2d.concat'))
    return specs


def tiny_batch(seed=0, batch_size=2, voxels=20):
    g = torch.Generator().manual_seed(seed)
    coords = []
    for b in range(batch_size):
        cells = torch.randperm(64, generator=g)[:voxels // batch_size]
        coords.append(torch.stack([torch.full_like(cells, b), cells // 8, cells % 8], 1))
    return {'voxels': torch.randn(voxels, 5, 10, generator=g) * 3, 'voxel_coords': torch.cat(coords),
            'batch_size': batch_size}
