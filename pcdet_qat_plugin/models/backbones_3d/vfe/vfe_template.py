"""Base class of voxel feature encoders (OpenPCDet's VFETemplate)."""
import torch.nn as nn


class VFETemplate(nn.Module):
    def __init__(self, model_cfg, **kwargs):
        super().__init__()
        self.model_cfg = model_cfg

    def get_output_feature_dim(self) -> int:
        raise NotImplementedError

    def forward(self, batch_dict, **kwargs):
        """Adds the per-voxel features (e.g. `pillar_features` (V, C)) to batch_dict."""
        raise NotImplementedError
