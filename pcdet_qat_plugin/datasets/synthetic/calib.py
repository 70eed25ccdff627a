"""The fixed KITTI camera/LiDAR calibration of synthetic frames: calib text and the transforms it implies.

Numbers are those of a real KITTI 2011_09_26 calib file (image 1242 x 375); imports numpy only.
"""
import numpy as np

CALIB_VALUES = {
    'P0': [7.215377e+02, 0.0, 6.095593e+02, 0.0, 0.0, 7.215377e+02, 1.728540e+02, 0.0, 0.0, 0.0, 1.0, 0.0],
    'P1': [7.215377e+02, 0.0, 6.095593e+02, -3.875744e+02, 0.0, 7.215377e+02, 1.728540e+02, 0.0,
           0.0, 0.0, 1.0, 0.0],
    'P2': [7.215377e+02, 0.0, 6.095593e+02, 4.485728e+01, 0.0, 7.215377e+02, 1.728540e+02, 2.163791e-01,
           0.0, 0.0, 1.0, 2.745884e-03],
    'P3': [7.215377e+02, 0.0, 6.095593e+02, -3.395242e+02, 0.0, 7.215377e+02, 1.728540e+02, 2.199936e+00,
           0.0, 0.0, 1.0, 2.729905e-03],
    'R0_rect': [9.999239e-01, 9.837760e-03, -7.445048e-03, -9.869795e-03, 9.999421e-01, -4.278459e-03,
                7.402527e-03, 4.351614e-03, 9.999631e-01],
    'Tr_velo_to_cam': [7.533745e-03, -9.999714e-01, -6.166020e-04, -4.069766e-03, 1.480249e-02, 7.280733e-04,
                       -9.998902e-01, -7.631618e-02, 9.998621e-01, 7.523790e-03, 1.480755e-02, -2.717806e-01],
    'Tr_imu_to_velo': [9.999976e-01, 7.553071e-04, -2.035826e-03, -8.086759e-01, -7.854027e-04, 9.998898e-01,
                       -1.482298e-02, 3.195559e-01, 2.024406e-03, 1.482454e-02, 9.998881e-01, -7.997231e-01],
}


def calib_text() -> str:
    """The calib/<id>.txt content, in KITTI's layout (one `KEY: v v ...` line per matrix)."""
    return ''.join(f'{k}: ' + ' '.join(f'{v:.12e}' for v in vals) + '\n' for k, vals in CALIB_VALUES.items())


class SyntheticCalib:
    """P2, R0_rect and Tr_velo_to_cam as numpy, with the LiDAR <-> rect camera <-> image transforms."""

    def __init__(self):
        self.P2 = np.array(CALIB_VALUES['P2'], dtype=np.float64).reshape(3, 4)
        self.R0 = np.array(CALIB_VALUES['R0_rect'], dtype=np.float64).reshape(3, 3)
        self.V2C = np.array(CALIB_VALUES['Tr_velo_to_cam'], dtype=np.float64).reshape(3, 4)
        self._velo_to_rect = self.R0 @ self.V2C                       # (3, 4)
        rot, trans = self._velo_to_rect[:, :3], self._velo_to_rect[:, 3]
        self._rect_rot_inv = np.linalg.inv(rot)
        self._rect_trans = trans

    def lidar_to_rect(self, pts_lidar: np.ndarray) -> np.ndarray:
        """(N, 3) LiDAR -> (N, 3) rectified camera coordinates."""
        pts = np.asarray(pts_lidar, dtype=np.float64)
        return pts @ self._velo_to_rect[:, :3].T + self._velo_to_rect[:, 3]

    def rect_to_lidar(self, pts_rect: np.ndarray) -> np.ndarray:
        """(N, 3) rectified camera -> (N, 3) LiDAR coordinates."""
        pts = np.asarray(pts_rect, dtype=np.float64)
        return (pts - self._rect_trans) @ self._rect_rot_inv.T

    def rect_to_img(self, pts_rect: np.ndarray):
        """(N, 3) rect -> ((N, 2) pixel coordinates, (N,) depth in the camera-2 frame)."""
        pts = np.asarray(pts_rect, dtype=np.float64)
        proj = pts @ self.P2[:, :3].T + self.P2[:, 3]
        depth = proj[:, 2]
        with np.errstate(divide='ignore', invalid='ignore'):
            uv = proj[:, :2] / depth[:, None]
        return uv, depth

    def lidar_to_img(self, pts_lidar: np.ndarray):
        return self.rect_to_img(self.lidar_to_rect(pts_lidar))
