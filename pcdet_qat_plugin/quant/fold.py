"""BatchNorm folding for conv / deconv / linear followed by BN: the math (running statistics) and the move
of the BN into the weight module (`adopt_bn`, keys kept where the host has them).

Imports torch only. factor = gamma / sqrt(running_var + eps), kept away from 0 with its sign (as TI).
"""
import functools

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


class FoldedBatchNorm(nn.Identity):
    """Left in a BatchNorm's slot once the BN moved into the weight module before it (as child `bn`).

    Passes its input through (the weight module already applied the BN); no parameters, so the module tree
    has the BN exactly once and `SyncBatchNorm.convert_sync_batchnorm` converts it where it now lives.
    """

    def __init__(self, moved_to: str):
        super().__init__()
        self.moved_to = moved_to

    def extra_repr(self) -> str:
        return f'folded into {self.moved_to}'


def _relative(name: str, ancestor: str) -> str:
    return name[len(ancestor) + 1:] if ancestor else name


def common_ancestor(a: str, b: str) -> str:
    """Dotted name of the innermost module containing both `a` and `b` ('' = the root)."""
    pa, pb = a.split('.'), b.split('.')
    n = 0
    while n < min(len(pa), len(pb)) - 1 and pa[n] == pb[n]:
        n += 1
    return '.'.join(pa[:n])


def _keys_to_float_layout(module_rel, bn_rel, module, state_dict, prefix, local_metadata):
    """state_dict post-hook of a folding weight module: its `bn.*` keys go back to the BN's own place, so
    the keys stay the host's."""
    if not prefix.endswith(module_rel + '.'):
        return                                       # state_dict() of the weight module alone: keep 'bn.*'
    outer = prefix[:len(prefix) - len(module_rel) - 1]
    src, dst = f'{outer}{module_rel}.bn.', f'{outer}{bn_rel}.'
    for key in [k for k in state_dict if k.startswith(src)]:
        state_dict[dst + key[len(src):]] = state_dict.pop(key)
    meta = getattr(state_dict, '_metadata', None)
    if meta is not None and src[:-1] in meta:
        meta[dst[:-1]] = meta.pop(src[:-1])


def _keys_from_float_layout(module_rel, bn_rel, module, state_dict, prefix, local_metadata, strict,
                            missing_keys, unexpected_keys, error_msgs):
    """load_state_dict pre-hook of the common ancestor: host-layout BN keys -> the weight module's `bn.*`.
    An output quantizer that hung under the BN in earlier versions (`<bn>.act_quant.*`, the PFN's) moves
    to the weight module, where it lives now."""
    moves = [(f'{prefix}{bn_rel}.act_quant.', f'{prefix}{module_rel}.act_quant.'),
             (f'{prefix}{bn_rel}.', f'{prefix}{module_rel}.bn.')]
    for src, dst in moves:
        for key in [k for k in state_dict if k.startswith(src)]:
            state_dict[dst + key[len(src):]] = state_dict.pop(key)


def adopt_bn(model: nn.Module, module_name: str, bn_name: str) -> nn.Module:
    """Move the BatchNorm `bn_name` into the weight module `module_name` as its child `bn` (in place).

    The BN's slot gets a FoldedBatchNorm; the BN's state_dict keys stay where the host has them (hooks
    translate). Returns the BN.
    """
    module, bn = model.get_submodule(module_name), model.get_submodule(bn_name)
    parent_name, _, slot = bn_name.rpartition('.')
    parent = model.get_submodule(parent_name) if parent_name else model
    setattr(parent, slot, FoldedBatchNorm(module_name))
    module.add_module('bn', bn)
    ancestor = common_ancestor(module_name, bn_name)
    rel = (_relative(module_name, ancestor), _relative(bn_name, ancestor))
    module.register_state_dict_post_hook(functools.partial(_keys_to_float_layout, *rel))
    (model.get_submodule(ancestor) if ancestor else model).register_load_state_dict_pre_hook(
        functools.partial(_keys_from_float_layout, *rel))
    return bn
