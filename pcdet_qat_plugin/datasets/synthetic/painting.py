"""Painted points (PointPainting-style): x, y, z, intensity + 4 class scores (background, car, pedestrian,
cyclist) from the true per-point class, with a segmentation-noise model. Imports numpy only.
"""
import numpy as np

from .boxpoints import box_point_indices

NUM_SCORE_CLASSES = 4   # background + CLASS_NAMES


def paint_points(points: np.ndarray, point_owner: np.ndarray, boxes_lidar: np.ndarray, box_class_ids: np.ndarray,
                 rng, cfg, in_image: np.ndarray = None) -> np.ndarray:
    """(N, 4) points, (N,) owner object index or -1, (M, 7) boxes, (M,) 1-based class ids -> (N, 8) float32.

    Points with in_image False (not seen by the camera) get the one-hot background score, as in
    datasets/painting.py.

    Noise, in order: whole-object confusion, boundary bleed (background points within
    cfg.bleed_margin_m outside a box take its class with cfg.bleed_prob), per-point confusion; then
    scores: the painted class gets a confidence drawn from cfg.confidence, the rest is split at random.
    """
    n, m = points.shape[0], boxes_lidar.shape[0]
    object_cls = np.asarray(box_class_ids, dtype=np.int64).copy()
    swap = rng.random(m) < cfg.object_confusion_prob
    shift = rng.integers(1, NUM_SCORE_CLASSES, size=m)
    object_cls = np.where(swap, (object_cls + shift) % NUM_SCORE_CLASSES, object_cls)
    cls = np.where(point_owner >= 0, object_cls[np.clip(point_owner, 0, max(m - 1, 0))] if m else 0, 0)
    if m and cfg.bleed_margin_m > 0 and cfg.bleed_prob > 0:
        bleed_draw = rng.random(n) < cfg.bleed_prob
        for i, idx in enumerate(box_point_indices(points, boxes_lidar, cfg.bleed_margin_m)):
            idx = idx[(cls[idx] == 0) & bleed_draw[idx]]
            cls[idx] = object_cls[i]
    confuse = rng.random(n) < cfg.point_confusion_prob
    cls = np.where(confuse, (cls + rng.integers(1, NUM_SCORE_CLASSES, size=n)) % NUM_SCORE_CLASSES, cls)
    conf = rng.uniform(cfg.confidence[0], cfg.confidence[1], size=n)
    rest = rng.exponential(size=(n, NUM_SCORE_CLASSES))
    rows = np.arange(n)
    rest[rows, cls] = 0.0
    rest /= np.maximum(rest.sum(axis=1, keepdims=True), 1e-12)
    scores = rest * (1.0 - conf)[:, None]
    scores[rows, cls] = conf
    if in_image is not None:
        scores[~in_image] = (1.0, 0.0, 0.0, 0.0)
    scores = scores.astype(np.float32)
    scores /= scores.sum(axis=1, keepdims=True)
    return np.concatenate([points.astype(np.float32), scores], axis=1)
