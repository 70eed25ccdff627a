"""Box coders (OpenPCDet's box_coder_utils): ResidualCoder encodes gt boxes against anchors and back."""
import torch


class ResidualCoder(object):
    """Residuals [dx/diag, dy/diag, dz/dza, log sizes, heading diff (or cos/sin diffs), extra - extra]."""

    def __init__(self, code_size: int = 7, encode_angle_by_sincos: bool = False, **kwargs):
        super().__init__()
        self.code_size = code_size
        self.encode_angle_by_sincos = encode_angle_by_sincos
        if self.encode_angle_by_sincos:
            self.code_size += 1

    def encode_torch(self, boxes: torch.Tensor, anchors: torch.Tensor) -> torch.Tensor:
        """boxes, anchors: (N, 7 + C) [x, y, z, dx, dy, dz, heading, ...] -> (N, code_size) targets.

        Unlike OpenPCDet, the inputs are not clamped in place.
        """
        anchors = torch.cat([anchors[:, 0:3], anchors[:, 3:6].clamp_min(1e-5), anchors[:, 6:]], dim=-1)
        boxes = torch.cat([boxes[:, 0:3], boxes[:, 3:6].clamp_min(1e-5), boxes[:, 6:]], dim=-1)
        xa, ya, za, dxa, dya, dza, ra, *cas = torch.split(anchors, 1, dim=-1)
        xg, yg, zg, dxg, dyg, dzg, rg, *cgs = torch.split(boxes, 1, dim=-1)

        diagonal = torch.sqrt(dxa ** 2 + dya ** 2)
        xt, yt, zt = (xg - xa) / diagonal, (yg - ya) / diagonal, (zg - za) / dza
        dxt, dyt, dzt = torch.log(dxg / dxa), torch.log(dyg / dya), torch.log(dzg / dza)
        if self.encode_angle_by_sincos:
            rts = [torch.cos(rg) - torch.cos(ra), torch.sin(rg) - torch.sin(ra)]
        else:
            rts = [rg - ra]
        cts = [g - a for g, a in zip(cgs, cas)]
        return torch.cat([xt, yt, zt, dxt, dyt, dzt, *rts, *cts], dim=-1)

    def decode_torch(self, box_encodings: torch.Tensor, anchors: torch.Tensor) -> torch.Tensor:
        """box_encodings: (B, N, code_size) or (N, code_size); anchors: same leading shape, 7 + C."""
        xa, ya, za, dxa, dya, dza, ra, *cas = torch.split(anchors, 1, dim=-1)
        if not self.encode_angle_by_sincos:
            xt, yt, zt, dxt, dyt, dzt, rt, *cts = torch.split(box_encodings, 1, dim=-1)
        else:
            xt, yt, zt, dxt, dyt, dzt, cost, sint, *cts = torch.split(box_encodings, 1, dim=-1)

        diagonal = torch.sqrt(dxa ** 2 + dya ** 2)
        xg, yg, zg = xt * diagonal + xa, yt * diagonal + ya, zt * dza + za
        dxg, dyg, dzg = torch.exp(dxt) * dxa, torch.exp(dyt) * dya, torch.exp(dzt) * dza
        if self.encode_angle_by_sincos:
            rg = torch.atan2(sint + torch.sin(ra), cost + torch.cos(ra))
        else:
            rg = rt + ra
        cgs = [t + a for t, a in zip(cts, cas)]
        return torch.cat([xg, yg, zg, dxg, dyg, dzg, rg, *cgs], dim=-1)
