"""BatchNorm folding math for conv / deconv / linear followed by BN (running statistics).

Imports torch only. factor = gamma / sqrt(running_var + eps), kept away from 0 with its sign (as TI).
"""
import torch
from torch import nn


def bn_factor(bn: nn.modules.batchnorm._BatchNorm) -> torch.Tensor:
    """(C,) per-channel multiplier gamma / sqrt(var + eps), |factor| >= eps, sign kept (0 -> +)."""
    gamma = bn.weight if bn.weight is not None else torch.ones_like(bn.running_var)
    f = gamma / torch.sqrt(bn.running_var + bn.eps)
    sign = torch.where(f < 0, -torch.ones_like(f), torch.ones_like(f))
    return sign * f.abs().clamp(min=bn.eps)


def bn_shift(bn: nn.modules.batchnorm._BatchNorm) -> torch.Tensor:
    """(C,) beta of the BN (zeros without affine)."""
    return bn.bias if bn.bias is not None else torch.zeros_like(bn.running_mean)


def out_channel_axis(module: nn.Module) -> int:
    """The weight axis of output channels: 1 for ConvTranspose (in, out/g, k, k), else 0."""
    return 1 if isinstance(module, nn.modules.conv._ConvTransposeNd) else 0


def channel_view(t: torch.Tensor, ndim: int, axis: int) -> torch.Tensor:
    """Reshape a (C,) tensor to broadcast along `axis` of an ndim tensor."""
    shape = [1] * ndim
    shape[axis] = -1
    return t.reshape(shape)


def fold_weight(weight: torch.Tensor, factor: torch.Tensor, axis: int, groups: int = 1) -> torch.Tensor:
    """weight scaled per output channel by `factor` (deconv with groups: out channel = g*(out/g) + j)."""
    if axis == 1 and groups > 1:
        cin, cout_g = weight.shape[:2]
        w = weight.reshape(groups, cin // groups, cout_g, *weight.shape[2:])
        f = factor.reshape(groups, 1, cout_g, *([1] * (weight.dim() - 2)))
        return (w * f).reshape(weight.shape)
    return weight * channel_view(factor, weight.dim(), axis)


def fold_bias(conv_bias, bn: nn.modules.batchnorm._BatchNorm, factor: torch.Tensor) -> torch.Tensor:
    """(C,) merged bias (conv_bias - running_mean) * factor + beta."""
    cb = conv_bias if conv_bias is not None else torch.zeros_like(bn.running_mean)
    return (cb - bn.running_mean) * factor + bn_shift(bn)
