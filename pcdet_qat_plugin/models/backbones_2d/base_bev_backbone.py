"""BaseBEVBackbone: strided conv blocks, each upsampled by a deconv block, concatenated on channels.

`blocks[i]` = Sequential(ZeroPad2d, Conv2d, BN, ReLU, (Conv2d, BN, ReLU) * LAYER_NUMS[i]);
`deblocks[i]` = Sequential(ConvTranspose2d (or Conv2d for strides < 1), BN, ReLU). Same keys as OpenPCDet.
"""
import torch
import torch.nn as nn

from ..model_utils.cfg_utils import check_list


def _bn(channels: int) -> nn.BatchNorm2d:
    return nn.BatchNorm2d(channels, eps=1e-3, momentum=0.01)


class BaseBEVBackbone(nn.Module):
    """`spatial_features` (B, C, H, W) -> `spatial_features_2d` (B, sum(NUM_UPSAMPLE_FILTERS), H/s0, W/s0)."""

    def __init__(self, model_cfg, input_channels: int, cfg_path: str = 'MODEL.BACKBONE_2D', **kwargs):
        super().__init__()
        self.model_cfg = model_cfg
        if self.model_cfg.get('LAYER_NUMS', None) is not None:
            layer_nums = check_list(model_cfg.LAYER_NUMS, f'{cfg_path}.LAYER_NUMS')
            layer_strides = check_list(model_cfg.get('LAYER_STRIDES'), f'{cfg_path}.LAYER_STRIDES', len(layer_nums))
            num_filters = check_list(model_cfg.get('NUM_FILTERS'), f'{cfg_path}.NUM_FILTERS', len(layer_nums))
        else:
            layer_nums = layer_strides = num_filters = []
        if self.model_cfg.get('UPSAMPLE_STRIDES', None) is not None:
            upsample_strides = check_list(model_cfg.UPSAMPLE_STRIDES, f'{cfg_path}.UPSAMPLE_STRIDES')
            num_upsample_filters = check_list(model_cfg.get('NUM_UPSAMPLE_FILTERS'),
                                              f'{cfg_path}.NUM_UPSAMPLE_FILTERS', len(upsample_strides))
        else:
            upsample_strides = num_upsample_filters = []

        num_levels = len(layer_nums)
        c_in_list = [input_channels, *num_filters[:-1]]
        self.blocks = nn.ModuleList()
        self.deblocks = nn.ModuleList()
        for idx in range(num_levels):
            cur_layers = [
                nn.ZeroPad2d(1),
                nn.Conv2d(c_in_list[idx], num_filters[idx], kernel_size=3, stride=layer_strides[idx],
                          padding=0, bias=False),
                _bn(num_filters[idx]), nn.ReLU(),
            ]
            for _ in range(layer_nums[idx]):
                cur_layers.extend([
                    nn.Conv2d(num_filters[idx], num_filters[idx], kernel_size=3, padding=1, bias=False),
                    _bn(num_filters[idx]), nn.ReLU(),
                ])
            self.blocks.append(nn.Sequential(*cur_layers))
            if len(upsample_strides) > 0:
                stride = upsample_strides[idx]
                if stride > 1 or (stride == 1 and not self.model_cfg.get('USE_CONV_FOR_NO_STRIDE', False)):
                    up = nn.ConvTranspose2d(num_filters[idx], num_upsample_filters[idx], int(stride),
                                            stride=int(stride), bias=False)
                else:
                    down = int(round(1 / stride))
                    up = nn.Conv2d(num_filters[idx], num_upsample_filters[idx], down, stride=down, bias=False)
                self.deblocks.append(nn.Sequential(up, _bn(num_upsample_filters[idx]), nn.ReLU()))

        c_in = sum(num_upsample_filters)
        if len(upsample_strides) > num_levels:
            self.deblocks.append(nn.Sequential(
                nn.ConvTranspose2d(c_in, c_in, upsample_strides[-1], stride=upsample_strides[-1], bias=False),
                _bn(c_in), nn.ReLU(),
            ))
        self.num_bev_features = c_in

    def forward(self, data_dict):
        spatial_features = data_dict['spatial_features']
        ups = []
        x = spatial_features
        for i in range(len(self.blocks)):
            x = self.blocks[i](x)
            ups.append(self.deblocks[i](x) if len(self.deblocks) > 0 else x)
        if len(ups) > 1:
            x = torch.cat(ups, dim=1)
        elif len(ups) == 1:
            x = ups[0]
        if len(self.deblocks) > len(self.blocks):
            x = self.deblocks[-1](x)
        data_dict['spatial_features_2d'] = x
        return data_dict
