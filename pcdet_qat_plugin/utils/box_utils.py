"""Box geometry shared by data, model and evaluation.

Conventions (OpenPCDet): LiDAR boxes are (N, 7) [x, y, z, dx, dy, dz, heading] with (x, y, z) the box
centre and heading counter-clockwise from +x; KITTI camera boxes are [x, y, z, l, h, w, ry] with
(x, y, z) the bottom centre in rectified camera coordinates.
"""
import numpy as np

from .common_utils import check_numpy_to_torch, rotate_points_along_z


def boxes_to_corners_3d(boxes3d):
    """(N, 7) LiDAR boxes -> (N, 8, 3) corners; 0-3 bottom, 4-7 top (OpenPCDet's order)."""
    boxes3d, is_numpy = check_numpy_to_torch(boxes3d)
    template = boxes3d.new_tensor((
        [1, 1, -1], [1, -1, -1], [-1, -1, -1], [-1, 1, -1],
        [1, 1, 1], [1, -1, 1], [-1, -1, 1], [-1, 1, 1],
    )) / 2
    corners3d = boxes3d[:, None, 3:6].repeat(1, 8, 1) * template[None, :, :]
    corners3d = rotate_points_along_z(corners3d.view(-1, 8, 3), boxes3d[:, 6]).view(-1, 8, 3)
    corners3d += boxes3d[:, None, 0:3]
    return corners3d.numpy() if is_numpy else corners3d


def _in_box_frame(points: np.ndarray, boxes3d: np.ndarray):
    """(M, N) offsets of N points from M LiDAR boxes' centres in each box's frame: local x, local y, z (float32)."""
    points = np.asarray(points, dtype=np.float32)
    boxes3d = np.asarray(boxes3d, dtype=np.float32)
    d = points[None, :, 0:3] - boxes3d[:, None, 0:3]
    cosa = np.cos(-boxes3d[:, 6])[:, None]
    sina = np.sin(-boxes3d[:, 6])[:, None]
    return d[..., 0] * cosa - d[..., 1] * sina, d[..., 0] * sina + d[..., 1] * cosa, d[..., 2]


def points_in_boxes_mask(points: np.ndarray, boxes3d: np.ndarray) -> np.ndarray:
    """(N, 3+) points, (M, 7) LiDAR boxes -> (M, N) bool, exact rotated test on CPU (numpy)."""
    boxes3d = np.asarray(boxes3d, dtype=np.float32)
    if boxes3d.shape[0] == 0 or len(points) == 0:
        return np.zeros((boxes3d.shape[0], len(points)), dtype=bool)
    local_x, local_y, dz = _in_box_frame(points, boxes3d)
    return ((np.abs(local_x) <= boxes3d[:, None, 3] / 2) & (np.abs(local_y) <= boxes3d[:, None, 4] / 2)
            & (np.abs(dz) <= boxes3d[:, None, 5] / 2))


# OpenPCDet's points_in_boxes_cpu (pcdet/ops/roiaware_pool3d/src/roiaware_pool3d.cpp, check_pt_in_box3d_cpu):
# a point is in a box when |z - cz| <= dz / 2 and, in the box frame, |x| < dx / 2 + 1 cm and |y| < dy / 2 + 1 cm.
POINTS_IN_BOXES_BEV_MARGIN = 1e-2


def points_in_boxes_cpu(points: np.ndarray, boxes3d: np.ndarray) -> np.ndarray:
    """(N, 3+) points, (M, 7) LiDAR boxes -> (M, N) bool with OpenPCDet's `points_in_boxes_cpu` rule (float32,
    1 cm margin on the box's length and width, none on its height): what its gt database is cut with."""
    boxes3d = np.asarray(boxes3d, dtype=np.float32)
    if boxes3d.shape[0] == 0 or len(points) == 0:
        return np.zeros((boxes3d.shape[0], len(points)), dtype=bool)
    local_x, local_y, dz = _in_box_frame(points, boxes3d)
    half = boxes3d[:, None, 3:6].astype(np.float64) / 2
    return ((np.abs(dz) <= half[..., 2]) & (np.abs(local_x) < half[..., 0] + POINTS_IN_BOXES_BEV_MARGIN)
            & (np.abs(local_y) < half[..., 1] + POINTS_IN_BOXES_BEV_MARGIN))


def remove_points_in_boxes3d(points: np.ndarray, boxes3d: np.ndarray) -> np.ndarray:
    return points[~points_in_boxes_mask(points, boxes3d).any(axis=0)]


def mask_boxes_outside_range_numpy(boxes, limit_range, min_num_corners: int = 1, use_center_to_filter: bool = True):
    """Keep boxes whose centre (or >= min_num_corners corners) lies inside the x/y/z range."""
    if boxes.shape[1] > 7:
        boxes = boxes[:, 0:7]
    if use_center_to_filter:
        c = boxes[:, 0:3]
        return ((c >= limit_range[0:3]) & (c <= limit_range[3:6])).all(axis=-1)
    corners = boxes_to_corners_3d(boxes)
    mask = ((corners >= limit_range[0:3]) & (corners <= limit_range[3:6])).all(axis=2)
    return mask.sum(axis=1) >= min_num_corners


def boxes3d_kitti_camera_to_lidar(boxes3d_camera: np.ndarray, calib) -> np.ndarray:
    """(N, 7) camera [x, y, z, l, h, w, r] (bottom centre) -> LiDAR [x, y, z, dx, dy, dz, heading]."""
    boxes3d_camera = np.asarray(boxes3d_camera, dtype=np.float32).reshape(-1, 7)
    xyz_camera, r = boxes3d_camera[:, 0:3], boxes3d_camera[:, 6:7]
    l, h, w = boxes3d_camera[:, 3:4], boxes3d_camera[:, 4:5], boxes3d_camera[:, 5:6]
    xyz_lidar = calib.rect_to_lidar(xyz_camera)
    xyz_lidar[:, 2] += h[:, 0] / 2
    return np.concatenate([xyz_lidar, l, w, h, -(r + np.pi / 2)], axis=-1).astype(np.float32)


def boxes3d_lidar_to_kitti_camera(boxes3d_lidar: np.ndarray, calib) -> np.ndarray:
    """(N, 7) LiDAR boxes -> camera [x, y, z, l, h, w, r] with bottom-centre location."""
    boxes3d_lidar = np.asarray(boxes3d_lidar, dtype=np.float32).reshape(-1, 7).copy()
    xyz_lidar = boxes3d_lidar[:, 0:3].copy()
    l, w, h = boxes3d_lidar[:, 3:4], boxes3d_lidar[:, 4:5], boxes3d_lidar[:, 5:6]
    r = boxes3d_lidar[:, 6:7]
    xyz_lidar[:, 2] -= h.reshape(-1) / 2
    xyz_cam = calib.lidar_to_rect(xyz_lidar)
    r = -r - np.pi / 2
    return np.concatenate([xyz_cam, l, h, w, r], axis=-1).astype(np.float32)


def boxes3d_to_corners3d_kitti_camera(boxes3d: np.ndarray, bottom_center: bool = True) -> np.ndarray:
    """(N, 7) camera boxes -> (N, 8, 3) corners in rectified camera coordinates."""
    boxes_num = boxes3d.shape[0]
    l, h, w = boxes3d[:, 3], boxes3d[:, 4], boxes3d[:, 5]
    x_corners = np.array([l / 2., l / 2., -l / 2., -l / 2., l / 2., l / 2., -l / 2., -l / 2], dtype=np.float32).T
    z_corners = np.array([w / 2., -w / 2., -w / 2., w / 2., w / 2., -w / 2., -w / 2., w / 2.], dtype=np.float32).T
    if bottom_center:
        y_corners = np.zeros((boxes_num, 8), dtype=np.float32)
        y_corners[:, 4:8] = -h.reshape(boxes_num, 1).repeat(4, axis=1)
    else:
        y_corners = np.array([h / 2., h / 2., h / 2., h / 2., -h / 2., -h / 2., -h / 2., -h / 2.],
                             dtype=np.float32).T
    ry = boxes3d[:, 6]
    zeros, ones = np.zeros(ry.size, dtype=np.float32), np.ones(ry.size, dtype=np.float32)
    rot_list = np.array([[np.cos(ry), zeros, -np.sin(ry)], [zeros, ones, zeros], [np.sin(ry), zeros, np.cos(ry)]])
    R_list = np.transpose(rot_list, (2, 0, 1))
    temp_corners = np.concatenate((x_corners.reshape(-1, 8, 1), y_corners.reshape(-1, 8, 1),
                                   z_corners.reshape(-1, 8, 1)), axis=2)
    rotated_corners = np.matmul(temp_corners, R_list)
    x = rotated_corners[:, :, 0] + boxes3d[:, 0].reshape(-1, 1)
    y = rotated_corners[:, :, 1] + boxes3d[:, 1].reshape(-1, 1)
    z = rotated_corners[:, :, 2] + boxes3d[:, 2].reshape(-1, 1)
    return np.concatenate((x.reshape(-1, 8, 1), y.reshape(-1, 8, 1), z.reshape(-1, 8, 1)), axis=2).astype(np.float32)


def boxes3d_kitti_camera_to_imageboxes(boxes3d: np.ndarray, calib, image_shape=None) -> np.ndarray:
    """(N, 7) camera boxes -> (N, 4) [x1, y1, x2, y2] image boxes, clipped to image_shape (H, W) if given."""
    corners3d = boxes3d_to_corners3d_kitti_camera(boxes3d)
    pts_img, _ = calib.corners3d_to_img_boxes(corners3d) if hasattr(calib, 'corners3d_to_img_boxes') else (None, None)
    if pts_img is None:
        raise TypeError('calib must provide corners3d_to_img_boxes')
    if image_shape is not None:
        pts_img[:, 0] = np.clip(pts_img[:, 0], a_min=0, a_max=image_shape[1] - 1)
        pts_img[:, 1] = np.clip(pts_img[:, 1], a_min=0, a_max=image_shape[0] - 1)
        pts_img[:, 2] = np.clip(pts_img[:, 2], a_min=0, a_max=image_shape[1] - 1)
        pts_img[:, 3] = np.clip(pts_img[:, 3], a_min=0, a_max=image_shape[0] - 1)
    return pts_img


def enlarge_box3d(boxes3d: np.ndarray, extra_width=(0, 0, 0)) -> np.ndarray:
    large_boxes3d = boxes3d.copy()
    large_boxes3d[:, 3:6] += np.array(extra_width)[None, :]
    return large_boxes3d
