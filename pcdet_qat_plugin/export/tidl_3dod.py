"""A numpy emulation of TIDL's 3D-OD detection layer (meta_arch_type 7, code_type CODE_TYPE_3DOD), driven only
by the meta-architecture prototxt and the graph's head outputs.

What it computes, each step from TI's detection-output reference code (tidl_detectionOutput.c, codeType 8:
TIDL_boxParamsDecoding, TIDL_sparseLocDataFetch, TIDL_objOuputPreperation) unless marked assumed:
- anchor centre x = (col + offset_x) * step_x, y = (row + offset_y) * step_y (from TI source);
- box channels (anchor * 7 + j) = (dx, dy, dz, dw, dl, dh, dr) residuals, x = dx * diag + centre with diag =
  sqrt(anchor_width^2 + anchor_height^2), size = exp(d) * anchor size (from TI source);
- z: za = offset_z + anchor_length / 2, h = exp(dh) * anchor_length, z = dz * anchor_length + za - h / 2, i.e.
  TIDL reports the box BOTTOM (from TI source); `to_center_boxes` adds h / 2 back for OpenPCDet boxes;
- yaw: a = dr + rotation[anchor] - offset_dir; a -= trunc(a / pi) * pi (C int cast: toward zero);
  yaw = a + offset_dir + pi * argmax(dir bins); dir channel = anchor * num_rotations + bin (from TI source);
- anchors: head h = prior_box_3dod_param h (one per class, TIDL's sub-head), anchor r = its rotation r; the
  box / dir / class channel of (h, r) is that of OpenPCDet anchor h * num_rotations + r (from TI source:
  TIDL_updateLocConfHeadPtrs offsets sub-head k by k x its anchors x 7 / 2 / num_classes channels);
- scores and selection (`select_detections`, shared with `--nms tidl` on OpenPCDet's own decode; from TI source
  tidl_detectionOutput_score.c TIDL_findValidLocation_cn / TIDL_sparseDetScoreCalc_cn and tidl_detectionOutput.c
  TIDL_topKSelection / TIDL_applyNMSFast / TIDL_objOuputPreperation): class c of anchor a at channel
  a * num_classes + c, every anchor scored for every class; a candidate when its logit >= -log(1 / threshold - 1);
  score = sigmoid truncated to 1/32767 steps (uint16, SSD_CONF_DATA_Q); per class: top_k highest scores (ties in
  TIDL's scan order: prior box, rotation, row, column), greedy NMS on axis-aligned BEV boxes (x +- w / 2,
  y +- l / 2, rotation ignored) dropping a box whose IoU with a kept one is > nms_threshold; detections appended
  class by class, and past keep_top_k a new one replaces the lowest-scoring kept one when not lower.
"""
from dataclasses import dataclass
from typing import Dict, List, Sequence, Tuple

import numpy as np

from ..errors import ConfigError
from .meta_arch import read_meta_arch

TIDL_PI = np.float32(3.1415926)        # the constant TI's decode uses
BOX_CODE_SIZE = 7
SSD_CONF_DATA_Q = 32767                # TI: scores are kept as uint16 score * (2^15 - 1)


@dataclass(frozen=True)
class DetectionOutputParams:
    """The prototxt's detection_output_param as TIDL's selection uses it."""
    num_classes: int
    confidence_threshold: float
    nms_threshold: float
    top_k: int
    keep_top_k: int

    @classmethod
    def from_meta(cls, post: dict) -> 'DetectionOutputParams':
        nms = post.get('nms_param') or {}
        return cls(int(post.get('num_classes', 0)), float(post.get('confidence_threshold', 0.0)),
                   float(nms.get('nms_threshold', 0.3)), int(nms.get('top_k', -1)), int(post.get('keep_top_k', -1)))


@dataclass(frozen=True)
class PriorBox3D:
    """One prior_box_3dod_param (one class): anchor size, grid step/offset, direction offset, rotations."""
    width: float        # x extent (OpenPCDet dx)
    height: float       # y extent (dy)
    length: float       # z extent (dz)
    step_x: float
    step_y: float
    offset_x: float
    offset_y: float
    offset_z: float     # anchor bottom z
    offset_dir: float
    rotations: Sequence[float]

    @classmethod
    def from_meta(cls, p: dict, where: str) -> 'PriorBox3D':
        for key in ('anchor_width', 'anchor_height', 'anchor_length'):
            if len(p.get(key, [])) != 1:
                raise ConfigError(f'{where}.{key}: one size per class expected, found {p.get(key, [])}')
        if not p.get('rotation'):
            raise ConfigError(f'{where}.rotation: at least one rotation needed')
        return cls(p['anchor_width'][0], p['anchor_height'][0], p['anchor_length'][0], p['step_x'], p['step_y'],
                   p['offset_x'], p['offset_y'], p['offset_z'], p['offset_dir'], tuple(p['rotation']))


class Tidl3dodLayer(object):
    """`Tidl3dodLayer.from_prototxt(path)`; `layer(cls, box, dir)` -> detections of one frame.

    cls / box / dir: one frame's head maps, (A * C, H, W), (A * 7, H, W), (A * R, H, W) float32 (NCHW
    without the batch axis), A = classes x rotations anchors per cell.
    """

    def __init__(self, meta: Dict[str, object], source: str = 'meta-architecture'):
        self.source = source
        self.priors = [PriorBox3D.from_meta(p, f'{source}: prior_box_3dod_param[{i}]')
                       for i, p in enumerate(meta.get('prior_box_3dod_param', []))]
        if not self.priors:
            raise ConfigError(f'{source}: no prior_box_3dod_param')
        post = meta.get('detection_output_param') or {}
        self.params = DetectionOutputParams.from_meta(post)
        self.num_classes = self.params.num_classes
        if post.get('code_type', 'CODE_TYPE_3DOD') != 'CODE_TYPE_3DOD':
            raise ConfigError(f'{source}: code_type {post.get("code_type")} is not CODE_TYPE_3DOD')
        if meta.get('score_converter', 'SIGMOID') != 'SIGMOID':
            raise ConfigError(f'{source}: score_converter {meta.get("score_converter")}; only SIGMOID emulated')
        rots = {len(p.rotations) for p in self.priors}
        if len(rots) != 1:
            raise ConfigError(f'{source}: every prior_box_3dod_param needs the same number of rotations, found '
                              f'{sorted(rots)}')
        self.num_rotations = rots.pop()
        self.box_input = (meta.get('box_input') or [''])[0]
        self.class_input = (meta.get('class_input') or [''])[0]
        self.dir_input = (meta.get('dir_input') or [''])[0]

    @classmethod
    def from_prototxt(cls, path: str) -> 'Tidl3dodLayer':
        return cls(read_meta_arch(path), path)

    @property
    def num_anchors(self) -> int:
        return len(self.priors) * self.num_rotations

    def check_outputs(self, cls_shape, box_shape, dir_shape) -> None:
        """ConfigError when the head maps do not match the prototxt's classes / anchors."""
        a = self.num_anchors
        want = {'class': (cls_shape, a * self.num_classes), 'box': (box_shape, a * BOX_CODE_SIZE),
                'dir': (dir_shape, a * self.num_rotations)}
        for name, (shape, channels) in want.items():
            if shape is None or shape[0] != channels:
                raise ConfigError(
                    f'{self.source}: {len(self.priors)} prior boxes x {self.num_rotations} rotations = {a} anchors '
                    f'and {self.num_classes} classes need a {name} map of {channels} channels, the graph gives '
                    f'{None if shape is None else shape[0]} ({name} input of the 3D-OD layer)')

    def anchor_grid(self, height: int, width: int) -> Dict[str, np.ndarray]:
        """Per anchor a = head * R + r: centre x (W,), y (H,), sizes, bottom z, rotation, offset_dir, (A,)."""
        cx = np.stack([(np.arange(width, dtype=np.float32) + np.float32(p.offset_x)) * np.float32(p.step_x)
                       for p in self.priors for _ in p.rotations])
        cy = np.stack([(np.arange(height, dtype=np.float32) + np.float32(p.offset_y)) * np.float32(p.step_y)
                       for p in self.priors for _ in p.rotations])
        field = {k: np.array([getattr(p, k) for p in self.priors for _ in p.rotations], np.float32)
                 for k in ('width', 'height', 'length', 'offset_z', 'offset_dir')}
        field['rotation'] = np.array([r for p in self.priors for r in p.rotations], np.float32)
        return {'cx': cx, 'cy': cy, **field}

    def decode(self, box: np.ndarray, dir_map: np.ndarray) -> np.ndarray:
        """Every anchor's box as TIDL writes it: (H, W, A, 7) float32 [x, y, z_bottom, w, l, h, yaw]."""
        a, (_, h, w) = self.num_anchors, box.shape
        g = self.anchor_grid(h, w)
        t = box.reshape(a, BOX_CODE_SIZE, h, w).transpose(2, 3, 0, 1).astype(np.float32)   # (H, W, A, 7)
        diag = np.sqrt(g['width'] ** 2 + g['height'] ** 2)
        x = t[..., 0] * diag + g['cx'].T[None, :, :]
        y = t[..., 1] * diag + g['cy'].T[:, None, :]
        bw, bl, bh = np.exp(t[..., 3]) * g['width'], np.exp(t[..., 4]) * g['height'], np.exp(t[..., 5]) * g['length']
        z = t[..., 2] * g['length'] + (g['offset_z'] + g['length'] / 2) - bh / 2
        angle = t[..., 6] + g['rotation'] - g['offset_dir']
        angle = angle - np.trunc(angle / TIDL_PI) * TIDL_PI
        bins = dir_map.reshape(a, self.num_rotations, h, w).transpose(2, 3, 0, 1)
        yaw = angle + g['offset_dir'] + TIDL_PI * np.argmax(bins, axis=-1).astype(np.float32)
        return np.stack([x, y, z, bw, bl, bh, yaw], axis=-1).astype(np.float32)

    def scores(self, cls_map: np.ndarray) -> np.ndarray:
        """(H, W, A, C) sigmoid class scores."""
        a, (_, h, w) = self.num_anchors, cls_map.shape
        s = cls_map.reshape(a, self.num_classes, h, w).transpose(2, 3, 0, 1).astype(np.float32)
        return 1.0 / (1.0 + np.exp(-s))

    def __call__(self, cls_map: np.ndarray, box: np.ndarray, dir_map: np.ndarray) -> Dict[str, np.ndarray]:
        """Detections of one frame, in TIDL's output order: {'boxes' (N, 7) [x, y, z_bottom, w, l, h, yaw],
        'scores' (N,), 'labels' (N,) 0-based}."""
        self.check_outputs(cls_map.shape, box.shape, dir_map.shape)
        boxes = self.decode(box, dir_map).reshape(-1, BOX_CODE_SIZE)
        logits = cls_map.reshape(self.num_anchors, self.num_classes, -1).transpose(2, 0, 1)
        det = select_detections(boxes, logits.reshape(-1, self.num_classes), self.num_anchors, self.params)
        return {'boxes': boxes[det['indices']], 'scores': det['scores'], 'labels': det['labels']}


def quantized_scores(logits: np.ndarray) -> np.ndarray:
    """Sigmoid scores as TIDL keeps them: int64 codes trunc(sigmoid(logit) * 32767) (value = code / 32767)."""
    x = np.asarray(logits, dtype=np.float32)
    score = np.float32(1.0) / (np.exp(-x) + np.float32(1.0))
    return np.trunc(score * np.float32(SSD_CONF_DATA_Q)).astype(np.int64)


def _candidates(logits: np.ndarray, codes: np.ndarray, threshold: float) -> np.ndarray:
    """(N, C) bool: TIDL's valid locations, logit >= -log(1 / threshold - 1) (float32), and score code >= the
    threshold's code."""
    if threshold <= 0.0:
        return np.ones(logits.shape, bool)
    if threshold >= 1.0:
        return np.zeros(logits.shape, bool)
    bound = -np.log(np.float32(1.0) / np.float32(threshold) - np.float32(1.0))
    return (np.asarray(logits, np.float32) >= bound) & (codes >= int(threshold * SSD_CONF_DATA_Q))


def select_detections(boxes: np.ndarray, logits: np.ndarray, num_anchors: int,
                      params: DetectionOutputParams) -> Dict[str, np.ndarray]:
    """TIDL's selection on one frame's decoded anchors: boxes (N, 7) with x, y, w, l at columns 0, 1, 3, 4 (the
    rest is carried), logits (N, C); anchors in OpenPCDet's order, n = (row * W + column) * num_anchors + a.

    Returns {'indices' (K,) into boxes, 'labels' (K,) 0-based, 'scores' (K,) float32 code / 32767}, in TIDL's
    output order (class by class, each best first)."""
    n, num_classes = logits.shape
    if n % num_anchors:
        raise ConfigError(f'{n} anchors is not a whole number of cells of {num_anchors} anchors')
    pixel, anchor = np.divmod(np.arange(n), num_anchors)
    scan_order = anchor * (n // num_anchors) + pixel          # TIDL scans prior box, rotation, row, column
    codes = quantized_scores(logits)
    valid = _candidates(logits, codes, params.confidence_threshold)
    kept: List[Tuple[int, int, int]] = []                      # (index, class, code), TIDL's output slots
    for c in range(num_classes):
        idx = np.nonzero(valid[:, c])[0]
        idx = idx[np.lexsort((scan_order[idx], -codes[idx, c]))]
        if params.top_k > 0:
            idx = idx[:params.top_k]
        survivors = idx[nms_bev_axis_aligned(boxes[idx], params.nms_threshold)]
        _append_keep_top_k(kept, [(int(i), c, int(codes[i, c])) for i in survivors], params.keep_top_k)
    out = np.array(kept, dtype=np.int64).reshape(-1, 3)
    return {'indices': out[:, 0], 'labels': out[:, 1],
            'scores': (out[:, 2].astype(np.float32) / np.float32(SSD_CONF_DATA_Q)).astype(np.float32)}


def _append_keep_top_k(kept: List[Tuple[int, int, int]], new: List[Tuple[int, int, int]], keep_top_k: int) -> None:
    """TIDL_objOuputPreperation for one class: fill free slots up to keep_top_k; past it, each detection
    replaces the first lowest-scoring slot unless its score is lower, and once one is not placed no later one
    of this class is (TI's flag is not reset within a class)."""
    place = True
    for det in new:
        if keep_top_k <= 0 or len(kept) < keep_top_k:
            kept.append(det)
            continue
        low = min(range(len(kept)), key=lambda i: kept[i][2])
        if det[2] < kept[low][2]:
            place = False
        if place:
            kept[low] = det


def nms_bev_axis_aligned(boxes: np.ndarray, threshold: float) -> np.ndarray:
    """Greedy NMS of boxes already sorted best first, on axis-aligned BEV rectangles (x +- w/2, y +- l/2) in
    float32 (TIDL_jaccardOverlap); a box is dropped when its IoU with a kept box exceeds `threshold`. Returns
    the kept positions."""
    if len(boxes) == 0:
        return np.zeros(0, np.int64)
    b = np.asarray(boxes, np.float32)
    half = np.float32(2.0)
    x1, x2 = b[:, 0] - b[:, 3] / half, b[:, 0] + b[:, 3] / half
    y1, y2 = b[:, 1] - b[:, 4] / half, b[:, 1] + b[:, 4] / half
    area = (x2 - x1) * (y2 - y1)
    alive = np.ones(len(b), bool)
    keep: List[int] = []
    for i in range(len(b)):
        if not alive[i]:
            continue
        keep.append(i)
        rest = np.nonzero(alive[i + 1:])[0] + i + 1
        iw = np.minimum(x2[i], x2[rest]) - np.maximum(x1[i], x1[rest])
        ih = np.minimum(y2[i], y2[rest]) - np.maximum(y1[i], y1[rest])
        inter = np.where((iw > 0) & (ih > 0), iw * ih, np.float32(0.0))
        with np.errstate(divide='ignore', invalid='ignore'):      # zero-area boxes: IoU nan, kept (as TI's 0)
            iou = inter / (area[i] + area[rest] - inter)
        alive[rest[iou > threshold]] = False
    return np.asarray(keep, np.int64)


def to_center_boxes(boxes: np.ndarray) -> np.ndarray:
    """TIDL boxes [x, y, z_bottom, w, l, h, yaw] -> OpenPCDet boxes [x, y, z_centre, dx, dy, dz, heading]."""
    out = boxes.copy()
    out[:, 2] += out[:, 5] / 2
    return out
