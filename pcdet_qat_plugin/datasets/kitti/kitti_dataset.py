"""KittiDataset: OpenPCDet's KITTI dataset on the built-in host (reads its info pickles, gives its
batch_dict), plus KITTI txt prediction writing and evaluation through pcdet_qat_plugin.eval.
"""
import copy
from pathlib import Path

import numpy as np

from ...errors import ConfigError, DataError
from ...eval.kitti_io import read_ids_file
from ...utils import box_utils
from ..data_io import SRC_FEATURES_KEY
from ..dataset import DatasetTemplate
from . import kitti_utils, object3d_kitti
from .calibration import Calibration
from .kitti_infos import create_kitti_infos  # noqa: F401  (OpenPCDet's import path)


def drop_info_with_name(info: dict, name: str) -> dict:
    keep = [i for i, x in enumerate(info['name']) if x != name]
    return {key: val[keep] for key, val in info.items()}


class KittiDataset(DatasetTemplate):
    def __init__(self, dataset_cfg, class_names, training=True, root_path=None, logger=None):
        super().__init__(dataset_cfg=dataset_cfg, class_names=class_names, training=training,
                         root_path=root_path, logger=logger)
        if self.mode not in self.dataset_cfg.DATA_SPLIT:
            raise ConfigError(f'DATA_CONFIG.DATA_SPLIT has no {self.mode!r} entry; found {sorted(self.dataset_cfg.DATA_SPLIT)}')
        self.velodyne_dir = self.dataset_cfg.get('VELODYNE_DIR', 'velodyne')
        self.num_point_features_src = len(self.dataset_cfg.POINT_FEATURE_ENCODING.src_feature_list)
        self.set_split(self.dataset_cfg.DATA_SPLIT[self.mode], reload=False)
        self.kitti_infos = []
        self.include_kitti_data(self.mode)

    def include_kitti_data(self, mode):
        if self.logger is not None:
            self.logger.info('Loading KITTI dataset')
        kitti_infos = []
        for info_path in self.dataset_cfg.INFO_PATH[mode]:
            info_path = self.root_path / info_path
            if not info_path.exists():
                if self.logger is not None:
                    self.logger.warning('KITTI info file not found: %s', info_path)
                continue
            kitti_infos.extend(kitti_utils.load_infos(info_path))
        self.kitti_infos.extend(kitti_infos)
        if self.logger is not None:
            self.logger.info('Total samples for KITTI dataset: %d', len(kitti_infos))

    def set_split(self, split, reload=False):
        """Point the reader at ImageSets/<split>.txt and training/ (testing/ for 'test')."""
        self.split = split
        self.root_split_path = self.root_path / ('training' if self.split != 'test' else 'testing')
        split_file = self.root_path / 'ImageSets' / (self.split + '.txt')
        self.sample_id_list = read_ids_file(split_file) if split_file.exists() else None  # refuses duplicates

    # ---- raw files -------------------------------------------------------------------------------
    def get_lidar(self, idx, velodyne_dir=None, num_features=None):
        """(N, C) float32 of <split>/<VELODYNE_DIR>/<idx>.bin (C = len(src_feature_list) by default)."""
        bin_file = self.root_split_path / (velodyne_dir or self.velodyne_dir) / ('%s.bin' % idx)
        if num_features is None:
            return kitti_utils.read_points(bin_file, self.num_point_features_src, SRC_FEATURES_KEY)
        return kitti_utils.read_points(bin_file, num_features)

    def get_image_shape(self, idx):
        return kitti_utils.read_png_size(self.root_split_path / 'image_2' / ('%s.png' % idx))

    def get_image(self, idx):
        """(H, W, 3) float32 RGB in [0, 1] (needs Pillow)."""
        from PIL import Image
        img_file = self.root_split_path / 'image_2' / ('%s.png' % idx)
        if not img_file.is_file():
            raise DataError(f'image file not found: {img_file}')
        return np.asarray(Image.open(img_file).convert('RGB'), dtype=np.float32) / 255.0

    def get_label(self, idx):
        return object3d_kitti.get_objects_from_label(self.root_split_path / 'label_2' / ('%s.txt' % idx))

    def get_calib(self, idx):
        return Calibration(self.root_split_path / 'calib' / ('%s.txt' % idx))

    def get_road_plane(self, idx):
        return None

    get_fov_flag = staticmethod(kitti_utils.get_fov_flag)

    # ---- infos (kitti_infos.py holds the work) ---------------------------------------------------
    def get_infos(self, num_workers=4, has_label=True, count_inside_pts=True, sample_id_list=None):
        from .kitti_infos import get_infos
        return get_infos(self, num_workers, has_label, count_inside_pts, sample_id_list)

    def create_groundtruth_database(self, info_path=None, used_classes=None, split='train', **kwargs):
        from .kitti_infos import create_groundtruth_database
        return create_groundtruth_database(self, info_path, used_classes, split, **kwargs)

    # ---- predictions / evaluation ----------------------------------------------------------------
    @staticmethod
    def generate_prediction_dicts(batch_dict, pred_dicts, class_names, output_path=None):
        """pred_dicts[i] {pred_boxes (K, 7), pred_scores (K,), pred_labels (K,) 1-based} -> KITTI annos;
        with output_path, one KITTI-format <frame_id>.txt per frame (written atomically)."""
        def to_numpy(x):
            return x.detach().cpu().numpy() if hasattr(x, 'detach') else np.asarray(x)

        def get_template_prediction(num_samples):
            return {'name': np.zeros(num_samples), 'truncated': np.zeros(num_samples),
                    'occluded': np.zeros(num_samples), 'alpha': np.zeros(num_samples),
                    'bbox': np.zeros([num_samples, 4]), 'dimensions': np.zeros([num_samples, 3]),
                    'location': np.zeros([num_samples, 3]), 'rotation_y': np.zeros(num_samples),
                    'score': np.zeros(num_samples), 'boxes_lidar': np.zeros([num_samples, 7])}

        def generate_single_sample_dict(batch_index, box_dict):
            pred_scores = to_numpy(box_dict['pred_scores'])
            pred_boxes = to_numpy(box_dict['pred_boxes'])
            pred_labels = to_numpy(box_dict['pred_labels']).astype(np.int64)
            pred_dict = get_template_prediction(pred_scores.shape[0])
            if pred_scores.shape[0] == 0:
                return pred_dict
            calib = batch_dict['calib'][batch_index]
            image_shape = to_numpy(batch_dict['image_shape'][batch_index])
            pred_boxes_camera = box_utils.boxes3d_lidar_to_kitti_camera(pred_boxes, calib)
            pred_boxes_img = box_utils.boxes3d_kitti_camera_to_imageboxes(
                pred_boxes_camera, calib, image_shape=image_shape)
            pred_dict['name'] = np.array(class_names)[pred_labels - 1]
            pred_dict['alpha'] = -np.arctan2(-pred_boxes[:, 1], pred_boxes[:, 0]) + pred_boxes_camera[:, 6]
            pred_dict['bbox'] = pred_boxes_img
            pred_dict['dimensions'] = pred_boxes_camera[:, 3:6]
            pred_dict['location'] = pred_boxes_camera[:, 0:3]
            pred_dict['rotation_y'] = pred_boxes_camera[:, 6]
            pred_dict['score'] = pred_scores
            pred_dict['boxes_lidar'] = pred_boxes
            return pred_dict

        annos = []
        for index, box_dict in enumerate(pred_dicts):
            frame_id = batch_dict['frame_id'][index]
            single_pred_dict = generate_single_sample_dict(index, box_dict)
            single_pred_dict['frame_id'] = frame_id
            annos.append(single_pred_dict)
            if output_path is not None:
                lines = []
                bbox, loc, dims = single_pred_dict['bbox'], single_pred_dict['location'], single_pred_dict['dimensions']
                for idx in range(len(bbox)):  # dims are l, h, w; KITTI writes h, w, l
                    lines.append('%s -1 -1 %.4f %.4f %.4f %.4f %.4f %.4f %.4f %.4f %.4f %.4f %.4f %.4f %.4f'
                                 % (single_pred_dict['name'][idx], single_pred_dict['alpha'][idx],
                                    bbox[idx][0], bbox[idx][1], bbox[idx][2], bbox[idx][3],
                                    dims[idx][1], dims[idx][2], dims[idx][0], loc[idx][0], loc[idx][1],
                                    loc[idx][2], single_pred_dict['rotation_y'][idx],
                                    single_pred_dict['score'][idx]))
                text = ''.join(line + '\n' for line in lines)
                kitti_utils.atomic_write_bytes(Path(output_path) / ('%s.txt' % frame_id), text.encode())
        return annos

    def evaluation(self, det_annos, class_names, **kwargs):
        """(result_str, result_dict) from pcdet_qat_plugin.eval.kitti_eval on this split's annos."""
        if not self.kitti_infos or 'annos' not in self.kitti_infos[0]:
            return None, {}
        from ...eval import kitti_eval
        eval_det_annos = copy.deepcopy(det_annos)
        eval_gt_annos = [copy.deepcopy(info['annos']) for info in self.kitti_infos]
        return kitti_eval.get_official_eval_result(eval_gt_annos, eval_det_annos, class_names)

    # ---- samples ---------------------------------------------------------------------------------
    def __len__(self):
        if self._merge_all_iters_to_one_epoch:
            return len(self.kitti_infos) * self.total_epochs
        return len(self.kitti_infos)

    def __getitem__(self, index):
        """One frame -> dict of numpy (see DatasetTemplate.prepare_data) + frame_id, calib, image_shape."""
        self.seed_sample(index)
        if self._merge_all_iters_to_one_epoch:
            index = index % len(self.kitti_infos)
        info = copy.deepcopy(self.kitti_infos[index])
        sample_idx = info['point_cloud']['lidar_idx']
        img_shape = info['image']['image_shape']
        calib = self.get_calib(sample_idx)
        get_item_list = self.dataset_cfg.get('GET_ITEM_LIST', ['points'])
        input_dict = {'frame_id': sample_idx, 'calib': calib}

        if 'annos' in info:
            annos = drop_info_with_name(info['annos'], name='DontCare')
            loc, dims, rots = annos['location'], annos['dimensions'], annos['rotation_y']
            gt_boxes_camera = np.concatenate([loc, dims, rots[..., np.newaxis]], axis=1).astype(np.float32)
            input_dict['gt_names'] = annos['name']
            input_dict['gt_boxes'] = box_utils.boxes3d_kitti_camera_to_lidar(gt_boxes_camera, calib)
            if 'gt_boxes2d' in get_item_list:
                input_dict['gt_boxes2d'] = annos['bbox']

        if 'points' in get_item_list:
            points = self.get_lidar(sample_idx)
            if self.dataset_cfg.get('FOV_POINTS_ONLY', False):
                pts_rect = calib.lidar_to_rect(points[:, 0:3])
                points = points[self.get_fov_flag(pts_rect, img_shape, calib)]
            input_dict['points'] = points
        if 'images' in get_item_list:
            input_dict['images'] = self.get_image(sample_idx)
        if 'calib_matricies' in get_item_list:
            input_dict['trans_lidar_to_cam'], input_dict['trans_cam_to_img'] = kitti_utils.calib_to_matricies(calib)

        data_dict = self.prepare_data(data_dict=input_dict)
        data_dict['image_shape'] = img_shape
        return data_dict
