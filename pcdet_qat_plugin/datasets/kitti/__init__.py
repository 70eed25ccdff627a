"""KITTI on the built-in host: dataset, calibration, labels, info creation (OpenPCDet layouts)."""


def __getattr__(name):
    # lazy, so `kitti.kitti_utils` can be imported by the augmentor without a cycle
    if name == 'KittiDataset':
        from .kitti_dataset import KittiDataset
        return KittiDataset
    if name == 'Calibration':
        from .calibration import Calibration
        return Calibration
    raise AttributeError(name)
