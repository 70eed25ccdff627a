"""The deployable network part of PointPillars in TI's graph contract: PFN on decorated pillars -> scatter ->
2D backbone -> head convs.

Inputs as TI's own PointPillars export (edgeai-mmdetection3d projects_edgeai/PointPillars save_onnx.py):
pillar features (1, C, P, V) float32, flat int32 BEV indices (1, C_bev, V) and a zero canvas
(1, C_bev, ny * nx); PFN as 1x1 Conv + ReduceMax over the points; scatter as ScatterElements along the last
axis; deconvs with kernel == stride as 1x1 Conv (+ DepthToSpace when the stride is > 1).
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

# activation points that are not a weight layer's output, by role (the Deployable resolves them to sites)
INPUT_POINT = 'input'
SCATTER_POINT = 'scatter'
CONCAT_POINT = 'concat'
OUTPUT_NAMES = ('cls_preds', 'box_preds', 'dir_cls_preds')
DETECTIONS_NAME = 'detections'      # Concat(cls, dir, box): the output TIDL's 3D-OD layer replaces
INPUT_NAMES = ('pillar_features', 'voxel_indices', 'bev_canvas')


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
    """x * scale on the channel axis 1 (per-channel pow2 input scales): one ONNX Mul with a constant
    (1, C, 1, 1) tensor, a channel-wise broadcast TIDL maps to its BatchNorm layer."""

    def __init__(self, scale: torch.Tensor):
        super().__init__()
        self.register_buffer('scale', scale.detach().float().reshape(1, -1, 1, 1).clone())

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
    """PFNLayer with BN folded, in (1, C, P, V) layout: 1x1 conv (the Linear) -> ReLU -> act -> ReduceMax over
    the P points (axis 2; concat with the repeated max for a non-last layer). Numbers equal Linear + max."""

    def __init__(self, linear: nn.Conv2d, act: nn.Module, last_layer: bool):
        super().__init__()
        self.linear, self.act, self.last_vfe = linear, act, last_layer

    def forward(self, inputs):
        x = self.act(F.relu(self.linear(inputs)))
        x_max = torch.amax(x, dim=2, keepdim=True)
        if self.last_vfe:
            return x_max
        return torch.cat([x, x_max.expand_as(x)], dim=1)


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
    """(pillar_features (1, C_dec, P, V) float, voxel_indices (1, C_bev, V) int (y * nx + x of each pillar,
    the same on every channel), bev_canvas (1, C_bev, ny * nx) zeros) -> cls_preds, box_preds, dir_cls_preds
    (each (1, A * k, ny / s, nx / s) as the head convs write them), with detections_output also
    `detections` = their channel concat (cls, dir, box, as TI's export), the output TIDL's 3D-OD layer replaces.

    Padding pillars repeat a real pillar (features and index): equal writes to one cell (see pad_pillars).
    """

    def __init__(self, vfe: ExportVFE, backbone_2d: nn.Module, dense_head: nn.Module, grid_size,
                 num_bev_features: int, scatter_act: nn.Module, concat_act: nn.Module):
        super().__init__()
        self.vfe, self.backbone_2d, self.dense_head = vfe, backbone_2d, dense_head
        self.scatter_act, self.concat_act = scatter_act, concat_act
        self.nx, self.ny = int(grid_size[0]), int(grid_size[1])
        self.num_bev_features = int(num_bev_features)
        self.detections_output = False      # `tidl` sets it: the concat its 3D-OD layer replaces

    def scatter(self, pillar_features: torch.Tensor, voxel_indices: torch.Tensor,
                bev_canvas: torch.Tensor) -> torch.Tensor:
        """(1, C, 1, V) pillar features -> ScatterElements onto the (1, C, ny * nx) canvas -> (1, C, ny, nx)."""
        updates = pillar_features.reshape(1, self.num_bev_features, -1)
        if voxel_indices.dtype != torch.long:          # torch's scatter wants int64; traced with int64 (no Cast)
            voxel_indices = voxel_indices.long()
        canvas = bev_canvas.scatter(2, voxel_indices, updates)
        return canvas.reshape(1, self.num_bev_features, self.ny, self.nx)

    def forward(self, pillar_features: torch.Tensor, voxel_indices: torch.Tensor, bev_canvas: torch.Tensor):
        x = self.vfe.input_act(pillar_features)                      # (1, C, P, V)
        for pfn in self.vfe.pfn_layers:
            x = pfn(x)
        x = self.scatter_act(self.scatter(x, voxel_indices, bev_canvas))
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
        if not self.detections_output:
            return tuple(outs)
        order = [outs[0]] + outs[2:] + [outs[1]]                      # TI's concat order: cls, dir, box
        return tuple(outs) + (torch.cat(order, dim=1),)


class _DepthToSpaceDCR(torch.autograd.Function):
    """DepthToSpace in ONNX's default DCR order (channel (bh * s + bw) * C + c), exported as one node."""

    @staticmethod
    def forward(ctx, x, s):
        n, c, h, w = x.shape
        return x.reshape(n, s, s, c // (s * s), h, w).permute(0, 3, 4, 1, 5, 2).reshape(n, c // (s * s), h * s, w * s)

    @staticmethod
    def symbolic(g, x, s):
        return g.op('DepthToSpace', x, blocksize_i=s)


class DepthToSpace(nn.Module):
    """ONNX DepthToSpace, DCR mode (the one TIDL imports: its ONNX parser reads only `blocksize`, and the
    same layer serves TFLite's DEPTH_TO_SPACE, which is DCR)."""

    def __init__(self, blocksize: int):
        super().__init__()
        self.blocksize = int(blocksize)

    def forward(self, x):
        return _DepthToSpaceDCR.apply(x, self.blocksize)


def deconv_as_conv_weight(weight):
    """(C_in, C_out, s, s) deconv weight (kernel == stride == s) -> (s * s * C_out, C_in, 1, 1) 1x1 conv weight in
    DCR order: conv channel (bh * s + bw) * C_out + c holds deconv tap (c, bh, bw). Torch tensor or numpy."""
    cin, cout, s = weight.shape[0], weight.shape[1], weight.shape[2]
    return weight.permute(2, 3, 1, 0).reshape(cout * s * s, cin, 1, 1) if isinstance(weight, torch.Tensor) \
        else weight.transpose(2, 3, 1, 0).reshape(cout * s * s, cin, 1, 1)


class DeconvAsConv(nn.Conv2d):
    """ConvTranspose2d with kernel == stride == s as a 1x1 Conv to C_out * s * s channels; a DepthToSpace(s)
    (DCR) placed after its ReLU / act completes it (nothing for s == 1: the conv with transposed weights is
    the deconv). Exactly the same products and sums, in ops TIDL supports (its ConvTranspose takes only
    2x2 / 4x4 / 8x8 kernels at stride 2), and onnxruntime runs int8 kernels for it (qdq format).

    source_channel[k]: the deconv output channel that conv output channel k computes."""

    def __init__(self, deconv: nn.ConvTranspose2d, weight: torch.Tensor, bias: torch.Tensor):
        s = int(deconv.stride[0])
        cin, cout = weight.shape[0], weight.shape[1]
        super().__init__(cin, cout * s * s, 1, bias=True)
        self.upscale = s
        with torch.no_grad():
            self.weight.copy_(deconv_as_conv_weight(weight.detach()))
            self.bias.copy_(bias.detach().repeat(s * s))
        self.source_channel = torch.arange(cout).repeat(s * s)

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
                       deconv_as_conv: bool = False, weight_layers: Optional[Dict[str, nn.Module]] = None
                       ) -> nn.Sequential:
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
            w, b = weight_fn(name, m, bn)
            conv_pad = None
            if pad and not isinstance(m, nn.ConvTranspose2d):
                conv_pad = tuple(q + pad for q in m.padding)
            layer = _plain_layer(m, w, b, padding=conv_pad, deconv_as_conv=deconv_as_conv)
            if weight_layers is not None:
                weight_layers[name] = layer
            out.append(layer)
            shuffle = layer.upscale if isinstance(layer, DeconvAsConv) else 1
            pad, last_name, open_act = 0, name, True
        elif _is_bn(m) or isinstance(m, nn.Identity):
            out.append(nn.Identity())
        elif isinstance(m, nn.ReLU):
            # qdq: the same act again after the shuffle (exact) keeps DepthToSpace and the concat in int8
            tail = [DepthToSpace(shuffle), _act(act_fn, last_name)] if shuffle > 1 else []
            out.append(nn.Sequential(nn.ReLU(), _act(act_fn, last_name), *tail))
            open_act, shuffle = False, 1
        else:
            raise ExportError(f'{name}: cannot export module {type(m).__name__} in a backbone block; '
                              f'valid: ZeroPad2d, Conv2d, ConvTranspose2d, BatchNorm2d, ReLU')
    if open_act:  # a conv without ReLU after it still gets its activation point
        out.append(_act(act_fn, last_name))
        if shuffle > 1:
            out.extend([DepthToSpace(shuffle), _act(act_fn, last_name)])
    return nn.Sequential(*out)


def build_network_part(model: nn.Module, weight_fn: WeightFn = float_weights,
                       act_fn: ActFn = lambda point: None, deconv_as_conv: bool = True) -> NetworkPart:
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
    pfns, weight_layers = [], {}
    for i, pfn in enumerate(vfe.pfn_layers):
        name = f'vfe.pfn_layers.{i}.linear'
        bn = pfn.norm if getattr(pfn, 'norm', None) is not None and getattr(pfn, 'use_norm', True) else None
        w, b = weight_fn(name, pfn.linear, bn)
        if tuple(w.shape) != (pfn.linear.out_features, pfn.linear.in_features):
            raise ExportError(f'{name}: folded weight shape {tuple(w.shape)} != Linear '
                              f'{(pfn.linear.out_features, pfn.linear.in_features)}')
        weight_layers[name] = _linear_as_conv(pfn.linear, w, b)
        pfns.append(ExportPFN(weight_layers[name], _act(act_fn, name), bool(pfn.last_vfe)))
    ex_vfe = ExportVFE(_act(act_fn, INPUT_POINT), pfns)

    backbone = nn.Module()
    backbone.blocks = nn.ModuleList([
        _export_sequential(blk, f'backbone_2d.blocks.{i}', weight_fn, act_fn, weight_layers=weight_layers)
        for i, blk in enumerate(model.backbone_2d.blocks)])
    backbone.deblocks = nn.ModuleList([
        _export_sequential(blk, f'backbone_2d.deblocks.{i}', weight_fn, act_fn, deconv_as_conv, weight_layers)
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
        weight_layers[name] = _plain_layer(conv, w, b)
        setattr(ex_head, key, weight_layers[name])
        setattr(ex_head, act_key, _act(act_fn, name))
    grid = (scatter.nx, scatter.ny)
    net = NetworkPart(ex_vfe, backbone, ex_head, grid, scatter.num_bev_features,
                      _act(act_fn, SCATTER_POINT), _act(act_fn, CONCAT_POINT))
    net.__dict__['weight_layers'] = weight_layers      # plain references: the layers stay registered once
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
