"""The deployable network part of PointPillars: PFN on decorated pillars -> scatter -> 2D backbone -> head convs.

Built from plain nn layers with folded weights; every activation point holds an `act` module (Identity for
float, Clip for `tidl`, Q/DQ fake-quant for `qdq`), so one graph serves all export formats.
"""
import logging
from typing import Callable, Dict, List, Optional, Tuple

import torch
import torch.nn as nn
import torch.nn.functional as F

from ..errors import ExportError

_logger = logging.getLogger(__name__)

# (site name, weight module, bn module or None) -> (folded weight, folded bias)
WeightFn = Callable[[str, nn.Module, Optional[nn.Module]], Tuple[torch.Tensor, torch.Tensor]]
# activation point name -> module applied there (None: nothing)
ActFn = Callable[[str], Optional[nn.Module]]

INPUT_POINT = 'vfe.pfn_layers.0.input'
SCATTER_POINT = 'map_to_bev_module'
CONCAT_POINT = 'backbone_2d.concat'
OUTPUT_NAMES = ('cls_preds', 'box_preds', 'dir_cls_preds')
INPUT_NAMES = ('pillar_features', 'voxel_coords')


def fold_bn(weight: torch.Tensor, bias: Optional[torch.Tensor], bn: Optional[nn.Module],
            transposed: bool = False) -> Tuple[torch.Tensor, torch.Tensor]:
    """Float BN folding: y = bn(w x + b) == w' x + b'. weight is (out, in, ...) or, transposed, (in, out, ...)."""
    out_ch = weight.shape[1] if transposed else weight.shape[0]
    bias = torch.zeros(out_ch, dtype=weight.dtype) if bias is None else bias.detach()
    weight = weight.detach()
    if bn is None:
        return weight.clone(), bias.clone()
    gamma = bn.weight.detach() if bn.weight is not None else torch.ones(out_ch)
    beta = bn.bias.detach() if bn.bias is not None else torch.zeros(out_ch)
    inv_std = torch.rsqrt(bn.running_var.detach() + bn.eps)
    k = gamma * inv_std
    shape = [1, -1] + [1] * (weight.dim() - 2) if transposed else [-1] + [1] * (weight.dim() - 1)
    return weight * k.view(shape), (bias - bn.running_mean.detach()) * k + beta


def float_weights(name: str, module: nn.Module, bn: Optional[nn.Module]) -> Tuple[torch.Tensor, torch.Tensor]:
    """WeightFn of the float export: BN folded in float."""
    return fold_bn(module.weight, module.bias, bn, transposed=isinstance(module, nn.ConvTranspose2d))


class ClipAct(nn.Module):
    """Clip to a quantized range [lo, hi]: exported as one ONNX Clip node with constant bounds."""

    def __init__(self, lo: float, hi: float):
        super().__init__()
        self.lo, self.hi = float(lo), float(hi)

    def forward(self, x):
        return torch.clamp(x, self.lo, self.hi)

    def extra_repr(self):
        return f'lo={self.lo}, hi={self.hi}'


class ChannelScale(nn.Module):
    """x * scale on the last axis (per-channel pow2 input scales): one ONNX Mul with a constant (C,) tensor,
    TIDL's per-channel input scale (its import's inScale)."""

    def __init__(self, scale: torch.Tensor):
        super().__init__()
        self.register_buffer('scale', scale.detach().float().reshape(-1).clone())

    def forward(self, x):
        return x * self.scale


class QdqAct(nn.Module):
    """Per-tensor fake-quant with a constant scale: exported as QuantizeLinear + DequantizeLinear."""

    def __init__(self, scale: float, qmin: int, qmax: int):
        super().__init__()
        self.scale, self.qmin, self.qmax = float(scale), int(qmin), int(qmax)

    def forward(self, x):
        return torch.fake_quantize_per_tensor_affine(x, self.scale, 0, self.qmin, self.qmax)

    def extra_repr(self):
        return f'scale={self.scale}, qmin={self.qmin}, qmax={self.qmax}'


def _act(act_fn: ActFn, point: str) -> nn.Module:
    mod = act_fn(point)
    return nn.Identity() if mod is None else mod


class ExportPFN(nn.Module):
    """PFNLayer with BN folded, in (1, C, V, P) layout: 1x1 conv (the Linear) -> ReLU -> act -> MaxPool over
    the P points (concat with the repeated max for a non-last layer). Conv + MaxPool run as int8 in
    onnxruntime and import into TIDL; numbers equal Linear + max."""

    def __init__(self, linear: nn.Conv2d, act: nn.Module, last_layer: bool):
        super().__init__()
        self.linear, self.act, self.last_vfe = linear, act, last_layer

    def forward(self, inputs):
        x = self.act(F.relu(self.linear(inputs)))
        x_max = F.max_pool2d(x, kernel_size=(1, int(inputs.shape[3])))
        if self.last_vfe:
            return x_max
        return torch.cat([x, x_max.repeat(1, 1, 1, inputs.shape[3])], dim=1)


def _linear_as_conv(linear: nn.Linear, weight: torch.Tensor, bias: torch.Tensor) -> nn.Conv2d:
    conv = nn.Conv2d(linear.in_features, linear.out_features, 1, bias=True)
    with torch.no_grad():
        conv.weight.copy_(weight.detach().float().reshape(conv.weight.shape))
        conv.bias.copy_(bias.detach().float())
    return conv


class ExportVFE(nn.Module):
    """`vfe` of the export graph: input act + PFN layers (decoration happens outside the graph)."""

    def __init__(self, input_act: nn.Module, pfn_layers: List[ExportPFN]):
        super().__init__()
        self.input_act = input_act
        self.pfn_layers = nn.ModuleList(pfn_layers)


class NetworkPart(nn.Module):
    """(pillar_features (1, V, P, C_dec) float, voxel_coords (V, 4) [b, z, y, x] int) ->
    cls_preds, box_preds, dir_cls_preds, each (1, A * k, ny / s, nx / s) as the head convs write them.

    A padding voxel must carry y == ny (x in [0, nx)): it lands in a spare canvas row that is cut off.
    """

    def __init__(self, vfe: ExportVFE, backbone_2d: nn.Module, dense_head: nn.Module, grid_size,
                 num_bev_features: int, scatter_act: nn.Module, concat_act: nn.Module):
        super().__init__()
        self.vfe, self.backbone_2d, self.dense_head = vfe, backbone_2d, dense_head
        self.scatter_act, self.concat_act = scatter_act, concat_act
        self.nx, self.ny = int(grid_size[0]), int(grid_size[1])
        self.num_bev_features = int(num_bev_features)

    def scatter(self, pillar_features: torch.Tensor, coords: torch.Tensor) -> torch.Tensor:
        """(V, C) features at (V, 4) coords -> (1, C, ny, nx); index y * nx + x, the spare row y == ny dropped."""
        flat = coords[:, 2] * self.nx + coords[:, 3]
        if flat.dtype != torch.long:
            flat = flat.long()  # ScatterND wants int64: an int32 input computes in int32, then one Cast
        cells = self.ny * self.nx
        # zeros made from the input (not a constant) so the exporter does not store the canvas as an initializer
        canvas = (pillar_features[:1] * 0).expand(cells + self.nx, self.num_bev_features)
        canvas = canvas.index_put((flat,), pillar_features)
        return canvas[:cells].t().reshape(1, self.num_bev_features, self.ny, self.nx)

    def forward(self, pillar_features: torch.Tensor, voxel_coords: torch.Tensor):
        x = self.vfe.input_act(pillar_features).permute(0, 3, 1, 2)   # (1, C, V, P)
        for pfn in self.vfe.pfn_layers:
            x = pfn(x)
        x = self.scatter_act(self.scatter(x[0, :, :, 0].t(), voxel_coords))
        ups = []
        for i, block in enumerate(self.backbone_2d.blocks):
            x = block(x)
            ups.append(self.backbone_2d.deblocks[i](x) if len(self.backbone_2d.deblocks) > 0 else x)
        x = torch.cat(ups, dim=1) if len(ups) > 1 else ups[0]
        x = self.concat_act(x)
        if len(self.backbone_2d.deblocks) > len(self.backbone_2d.blocks):
            x = self.backbone_2d.deblocks[-1](x)
        head = self.dense_head
        outs = [head.cls_act(head.conv_cls(x)), head.box_act(head.conv_box(x))]
        if head.conv_dir_cls is not None:
            outs.append(head.dir_cls_act(head.conv_dir_cls(x)))
        return tuple(outs)


class DeconvAsConv(nn.Conv2d):
    """ConvTranspose2d with kernel == stride as a 1x1 Conv to C_out * s * s channels; an nn.PixelShuffle(s)
    (ONNX DepthToSpace, CRD) placed after its ReLU / act completes it. Same numbers, but onnxruntime has
    int8 kernels for it (qdq format): DQ -> Conv -> Relu -> Q fuses, the shuffle only moves int8 values."""

    def __init__(self, deconv: nn.ConvTranspose2d, weight: torch.Tensor, bias: torch.Tensor):
        s = int(deconv.stride[0])
        cin, cout = weight.shape[0], weight.shape[1]
        super().__init__(cin, cout * s * s, 1, bias=True)
        self.upscale = s
        with torch.no_grad():
            self.weight.copy_(weight.detach().permute(1, 2, 3, 0).reshape(cout * s * s, cin, 1, 1))
            self.bias.copy_(bias.detach().repeat_interleave(s * s))

    @staticmethod
    def applies(deconv: nn.Module) -> bool:
        k, st = tuple(deconv.kernel_size), tuple(deconv.stride)
        return (isinstance(deconv, nn.ConvTranspose2d) and k == st and k[0] == k[1] and deconv.groups == 1
                and tuple(deconv.padding) == (0, 0) and tuple(deconv.output_padding) == (0, 0)
                and tuple(deconv.dilation) == (1, 1))


def _plain_layer(module: nn.Module, weight: torch.Tensor, bias: torch.Tensor, padding=None,
                 deconv_as_conv: bool = False) -> nn.Module:
    """A plain nn layer with module's hyper-parameters, bias on, and the given (folded) tensors."""
    if deconv_as_conv and DeconvAsConv.applies(module):
        return DeconvAsConv(module, weight.float(), bias.float())
    if isinstance(module, nn.ConvTranspose2d):
        layer = nn.ConvTranspose2d(module.in_channels, module.out_channels, module.kernel_size,
                                   stride=module.stride, padding=module.padding, bias=True)
    elif isinstance(module, nn.Conv2d):
        layer = nn.Conv2d(module.in_channels, module.out_channels, module.kernel_size, stride=module.stride,
                          padding=module.padding if padding is None else padding, bias=True)
    elif isinstance(module, nn.Linear):
        layer = nn.Linear(module.in_features, module.out_features, bias=True)
    else:
        raise ExportError(f'cannot export layer of type {type(module).__name__}; '
                          f'valid: Conv2d, ConvTranspose2d, Linear')
    if tuple(weight.shape) != tuple(layer.weight.shape):
        raise ExportError(f'folded weight shape {tuple(weight.shape)} != layer {tuple(layer.weight.shape)}')
    with torch.no_grad():
        layer.weight.copy_(weight.detach().float())
        layer.bias.copy_(bias.detach().float())
    return layer


def _is_bn(m: nn.Module) -> bool:
    return isinstance(m, nn.modules.batchnorm._BatchNorm)


def _export_sequential(seq: nn.Sequential, prefix: str, weight_fn: WeightFn, act_fn: ActFn,
                       deconv_as_conv: bool = False) -> nn.Sequential:
    """Rebuild a (ZeroPad2d, conv, BN, ReLU, ...) block with the same child indices: pads go into the conv,
    BN is folded (Identity left in its slot), each ReLU becomes Sequential(ReLU, act of the layer before)."""
    children = list(seq.named_children())
    out: List[nn.Module] = []
    pad, last_name, open_act, shuffle = 0, None, False, 1
    for idx, (key, m) in enumerate(children):
        name = f'{prefix}.{key}'
        if isinstance(m, nn.ZeroPad2d):
            p = m.padding
            if len(set(p)) != 1:
                raise ExportError(f'{name}: asymmetric ZeroPad2d {p} is not supported')
            pad = p[0]
            out.append(nn.Identity())
        elif isinstance(m, (nn.Conv2d, nn.ConvTranspose2d)):
            bn = children[idx + 1][1] if idx + 1 < len(children) and _is_bn(children[idx + 1][1]) else None
            bn = getattr(m, 'folded_bn', None) or bn        # a quantized conv owns its BN (quant/fold.adopt_bn)
            w, b = weight_fn(name, m, bn)
            conv_pad = None
            if pad and not isinstance(m, nn.ConvTranspose2d):
                conv_pad = tuple(q + pad for q in m.padding)
            layer = _plain_layer(m, w, b, padding=conv_pad, deconv_as_conv=deconv_as_conv)
            out.append(layer)
            shuffle = layer.upscale if isinstance(layer, DeconvAsConv) else 1
            pad, last_name, open_act = 0, name, True
        elif _is_bn(m) or isinstance(m, nn.Identity):
            out.append(nn.Identity())
        elif isinstance(m, nn.ReLU):
            # qdq: the same act again after the shuffle (exact) keeps DepthToSpace and the concat in int8
            tail = [nn.PixelShuffle(shuffle), _act(act_fn, last_name)] if shuffle > 1 else []
            out.append(nn.Sequential(nn.ReLU(), _act(act_fn, last_name), *tail))
            open_act, shuffle = False, 1
        else:
            raise ExportError(f'{name}: cannot export module {type(m).__name__} in a backbone block; '
                              f'valid: ZeroPad2d, Conv2d, ConvTranspose2d, BatchNorm2d, ReLU')
    if open_act:  # a conv without ReLU after it still gets its activation point
        out.append(_act(act_fn, last_name))
        if shuffle > 1:
            out.extend([nn.PixelShuffle(shuffle), _act(act_fn, last_name)])
    return nn.Sequential(*out)


def build_network_part(model: nn.Module, weight_fn: WeightFn = float_weights,
                       act_fn: ActFn = lambda point: None, deconv_as_conv: bool = False) -> NetworkPart:
    """The export graph of a PointPillars detector (built-in host or OpenPCDet; float or quantized).

    weight_fn gives each weight layer's folded (weight, bias) by its detector name ('backbone_2d.blocks.0.1');
    act_fn gives the module placed at each activation point: the weight layer names (after ReLU), plus
    INPUT_POINT (decorated pillars), SCATTER_POINT (BEV canvas) and CONCAT_POINT (backbone concat).
    deconv_as_conv: stride == kernel deconvs become 1x1 conv + DepthToSpace (see DeconvAsConv).
    """
    for stage in ('vfe', 'map_to_bev_module', 'backbone_2d', 'dense_head'):
        if getattr(model, stage, None) is None:
            raise ExportError(f'model has no {stage!r} stage: only PointPillars-style detectors '
                              f'(PillarVFE, PointPillarScatter, BaseBEVBackbone, AnchorHeadSingle) export')
    vfe, scatter, head = model.vfe, model.map_to_bev_module, model.dense_head
    pfns = []
    for i, pfn in enumerate(vfe.pfn_layers):
        name = f'vfe.pfn_layers.{i}.linear'
        bn = pfn.norm if getattr(pfn, 'use_norm', False) else None
        bn = getattr(pfn.linear, 'folded_bn', None) or bn
        w, b = weight_fn(name, pfn.linear, bn)
        if tuple(w.shape) != (pfn.linear.out_features, pfn.linear.in_features):
            raise ExportError(f'{name}: folded weight shape {tuple(w.shape)} != Linear '
                              f'{(pfn.linear.out_features, pfn.linear.in_features)}')
        pfns.append(ExportPFN(_linear_as_conv(pfn.linear, w, b), _act(act_fn, name), bool(pfn.last_vfe)))
    ex_vfe = ExportVFE(_act(act_fn, INPUT_POINT), pfns)

    backbone = nn.Module()
    backbone.blocks = nn.ModuleList([
        _export_sequential(blk, f'backbone_2d.blocks.{i}', weight_fn, act_fn)
        for i, blk in enumerate(model.backbone_2d.blocks)])
    backbone.deblocks = nn.ModuleList([
        _export_sequential(blk, f'backbone_2d.deblocks.{i}', weight_fn, act_fn, deconv_as_conv)
        for i, blk in enumerate(model.backbone_2d.deblocks)])

    ex_head = nn.Module()
    for key in ('conv_cls', 'conv_box', 'conv_dir_cls'):
        conv = getattr(head, key, None)
        act_key = key[len('conv_'):] + '_act'
        if conv is None:
            setattr(ex_head, key, None)
            setattr(ex_head, act_key, None)
            continue
        name = f'dense_head.{key}'
        w, b = weight_fn(name, conv, None)
        setattr(ex_head, key, _plain_layer(conv, w, b))
        setattr(ex_head, act_key, _act(act_fn, name))
    grid = (scatter.nx, scatter.ny)
    net = NetworkPart(ex_vfe, backbone, ex_head, grid, scatter.num_bev_features,
                      _act(act_fn, SCATTER_POINT), _act(act_fn, CONCAT_POINT))
    return net.eval()


def count_act_points(net: NetworkPart, kinds=(ClipAct, QdqAct)) -> int:
    """Number of activation-point modules of the given kinds in the export graph."""
    return sum(1 for m in net.modules() if isinstance(m, kinds))


def export_shapes(cfg) -> Dict[str, int]:
    """Fixed export shapes from the cfg: max_voxels (test), max_points, nx, ny."""
    from ..config import require
    proc = {p.NAME: p for p in require(cfg, 'DATA_CONFIG.DATA_PROCESSOR')}
    if 'transform_points_to_voxels' not in proc:
        raise ExportError('DATA_CONFIG.DATA_PROCESSOR has no transform_points_to_voxels entry; '
                          f'found: {sorted(proc)}')
    vox = proc['transform_points_to_voxels']
    max_voxels = vox.MAX_NUMBER_OF_VOXELS
    max_voxels = max_voxels['test'] if isinstance(max_voxels, dict) else max_voxels
    pc_range = [float(v) for v in require(cfg, 'DATA_CONFIG.POINT_CLOUD_RANGE')]
    nx = int(round((pc_range[3] - pc_range[0]) / float(vox.VOXEL_SIZE[0])))
    ny = int(round((pc_range[4] - pc_range[1]) / float(vox.VOXEL_SIZE[1])))
    return {'max_voxels': int(max_voxels), 'max_points': int(vox.MAX_POINTS_PER_VOXEL), 'nx': nx, 'ny': ny}
