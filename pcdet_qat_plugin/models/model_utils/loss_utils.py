"""Anchor-head losses (OpenPCDet's pcdet/utils/loss_utils.py names): focal, smooth-L1, cross entropy.

Every loss returns unreduced, weighted values; the head sums and normalises them.
"""
from typing import Optional, Sequence

import torch
import torch.nn as nn
import torch.nn.functional as F


class SigmoidFocalClassificationLoss(nn.Module):
    """Sigmoid focal loss: alpha-balanced BCE scaled by (1 - p_t) ** gamma."""

    def __init__(self, gamma: float = 2.0, alpha: float = 0.25):
        super().__init__()
        self.alpha = alpha
        self.gamma = gamma

    @staticmethod
    def sigmoid_cross_entropy_with_logits(input: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
        """Stable max(x, 0) - x * z + log(1 + exp(-|x|)), elementwise."""
        return torch.clamp(input, min=0) - input * target + torch.log1p(torch.exp(-torch.abs(input)))

    def forward(self, input: torch.Tensor, target: torch.Tensor, weights: torch.Tensor) -> torch.Tensor:
        """input, target: (B, A, K) logits and one-hot targets; weights: (B, A). Returns (B, A, K)."""
        pred_sigmoid = torch.sigmoid(input)
        alpha_weight = target * self.alpha + (1 - target) * (1 - self.alpha)
        pt = target * (1.0 - pred_sigmoid) + (1.0 - target) * pred_sigmoid
        focal_weight = alpha_weight * torch.pow(pt, self.gamma)
        loss = focal_weight * self.sigmoid_cross_entropy_with_logits(input, target)
        if weights.dim() == 2 or (weights.dim() == 1 and target.dim() == 2):
            weights = weights.unsqueeze(-1)
        return loss * weights


class WeightedSmoothL1Loss(nn.Module):
    """Code-wise weighted smooth-L1: 0.5 x^2 / beta where |x| < beta, else |x| - 0.5 beta.

    `code_weights` is a non-persistent buffer: it follows `.to(device)` and adds no state_dict key.
    """

    def __init__(self, beta: float = 1.0 / 9.0, code_weights: Optional[Sequence[float]] = None):
        super().__init__()
        self.beta = beta
        if code_weights is not None:
            self.register_buffer('code_weights', torch.tensor(code_weights, dtype=torch.float32),
                                 persistent=False)
        else:
            self.code_weights = None

    @staticmethod
    def smooth_l1_loss(diff: torch.Tensor, beta: float) -> torch.Tensor:
        n = torch.abs(diff)
        if beta < 1e-5:
            return n
        return torch.where(n < beta, 0.5 * n ** 2 / beta, n - 0.5 * beta)

    def forward(self, input: torch.Tensor, target: torch.Tensor,
                weights: Optional[torch.Tensor] = None) -> torch.Tensor:
        """input, target: (B, A, codes); weights: (B, A). Returns (B, A, codes); NaN targets are ignored."""
        target = torch.where(torch.isnan(target), input, target)
        diff = input - target
        if self.code_weights is not None:
            diff = diff * self.code_weights.view(1, 1, -1)
        loss = self.smooth_l1_loss(diff, self.beta)
        if weights is not None:
            loss = loss * weights.unsqueeze(-1)
        return loss


class WeightedCrossEntropyLoss(nn.Module):
    """Softmax cross entropy over one-hot targets with anchor-wise weights."""

    def forward(self, input: torch.Tensor, target: torch.Tensor, weights: torch.Tensor) -> torch.Tensor:
        """input, target: (B, A, K); weights: (B, A). Returns (B, A)."""
        return F.cross_entropy(input.permute(0, 2, 1), target.argmax(dim=-1), reduction='none') * weights
