"""Create OpenPCDet's KITTI info pickles (kitti_infos_{train,val,trainval,test}.pkl) and the gt database
(gt_database/ + kitti_dbinfos_train.pkl), with the same keys, shapes and dtypes as create_kitti_infos.
"""
import concurrent.futures as futures
import logging
from pathlib import Path

import numpy as np

from ...errors import DataError
from ...utils import box_utils
from . import kitti_utils

logger = logging.getLogger(__name__)


def _annos_from_objects(obj_list, calib):
    """OpenPCDet's annos dict; DontCare objects are moved last so `index` / gt_boxes_lidar line up."""
    obj_list = [o for o in obj_list if o.cls_type != 'DontCare'] + [o for o in obj_list if o.cls_type == 'DontCare']
    n = len(obj_list)
    annos = {
        'name': np.array([obj.cls_type for obj in obj_list]),
        'truncated': np.array([obj.truncation for obj in obj_list], dtype=np.float64),
        'occluded': np.array([obj.occlusion for obj in obj_list], dtype=np.float64),
        'alpha': np.array([obj.alpha for obj in obj_list], dtype=np.float64),
        'bbox': np.array([obj.box2d for obj in obj_list], dtype=np.float32).reshape(n, 4),
        'dimensions': np.array([[obj.l, obj.h, obj.w] for obj in obj_list], dtype=np.float64).reshape(n, 3),
        'location': np.array([obj.loc for obj in obj_list], dtype=np.float32).reshape(n, 3),
        'rotation_y': np.array([obj.ry for obj in obj_list], dtype=np.float64),
        'score': np.array([obj.score for obj in obj_list], dtype=np.float64),
        'difficulty': np.array([obj.level for obj in obj_list], np.int32),
    }
    num_objects = sum(1 for obj in obj_list if obj.cls_type != 'DontCare')
    annos['index'] = np.array(list(range(num_objects)) + [-1] * (n - num_objects), dtype=np.int32)
    loc = annos['location'][:num_objects]
    dims = annos['dimensions'][:num_objects]
    rots = annos['rotation_y'][:num_objects]
    loc_lidar = calib.rect_to_lidar(loc)
    l, h, w = dims[:, 0:1], dims[:, 1:2], dims[:, 2:3]
    loc_lidar[:, 2] += h[:, 0] / 2
    annos['gt_boxes_lidar'] = np.concatenate(
        [loc_lidar, l, w, h, -(np.pi / 2 + rots[..., np.newaxis])], axis=1).reshape(num_objects, 7)
    return annos, num_objects


def process_single_scene(dataset, sample_idx, has_label=True, count_inside_pts=True):
    """The info dict of one frame (point_cloud, image, calib, annos)."""
    info = {'point_cloud': {'num_features': 4, 'lidar_idx': sample_idx},
            'image': {'image_idx': sample_idx, 'image_shape': dataset.get_image_shape(sample_idx)}}
    calib = dataset.get_calib(sample_idx)
    calib_info = calib.to_info()
    info['calib'] = {'P2': calib_info['P2'].astype(np.float64), 'R0_rect': calib_info['R0_rect'],
                     'Tr_velo_to_cam': calib_info['Tr_velo_to_cam'].astype(np.float64)}
    if has_label:
        annos, num_objects = _annos_from_objects(dataset.get_label(sample_idx), calib)
        info['annos'] = annos
        if count_inside_pts:
            points = dataset.get_lidar(sample_idx, velodyne_dir='velodyne', num_features=4)
            pts_rect = calib.lidar_to_rect(points[:, 0:3])
            pts_fov = points[kitti_utils.get_fov_flag(pts_rect, info['image']['image_shape'], calib)]
            num_points_in_gt = -np.ones(len(annos['name']), dtype=np.int32)
            if num_objects:
                mask = box_utils.points_in_boxes_mask(pts_fov[:, 0:3], annos['gt_boxes_lidar'])
                num_points_in_gt[:num_objects] = mask.sum(axis=1)
            annos['num_points_in_gt'] = num_points_in_gt
    return info


def get_infos(dataset, num_workers=4, has_label=True, count_inside_pts=True, sample_id_list=None):
    """Infos of every id in the dataset's current split (ImageSets/<split>.txt)."""
    sample_id_list = sample_id_list if sample_id_list is not None else dataset.sample_id_list
    if sample_id_list is None:
        raise DataError(f'split file not found: {dataset.root_path / "ImageSets" / (dataset.split + ".txt")}')

    def one(sample_idx):
        logger.debug('%s sample_idx: %s', dataset.split, sample_idx)
        return process_single_scene(dataset, sample_idx, has_label, count_inside_pts)
    if num_workers <= 1:
        return [one(s) for s in sample_id_list]
    with futures.ThreadPoolExecutor(num_workers) as executor:
        return list(executor.map(one, sample_id_list))


def create_groundtruth_database(dataset, info_path=None, used_classes=None, split='train',
                                db_dir_name=None, db_info_name=None):
    """Write each labelled object's points (centred on its box) to <db_dir>/<id>_<name>_<i>.bin and the
    db infos {name: [{name, path, image_idx, gt_idx, box3d_lidar, num_points_in_gt, difficulty, bbox,
    score}]} to <db_info_name>. Points come from the dataset's VELODYNE_DIR (painted or plain); an object's
    points are those OpenPCDet's `points_in_boxes_cpu` puts in its box (1 cm margin around length and width,
    utils.box_utils.points_in_boxes_cpu), so the database holds OpenPCDet's point counts."""
    root = Path(dataset.root_path)
    db_dir_name = db_dir_name or ('gt_database' if split == 'train' else 'gt_database_%s' % split)
    db_info_name = db_info_name or 'kitti_dbinfos_%s.pkl' % split
    database_save_path = root / db_dir_name
    database_save_path.mkdir(parents=True, exist_ok=True)
    infos = kitti_utils.load_infos(info_path)
    all_db_infos = {}
    for k, info in enumerate(infos):
        if 'annos' not in info:
            raise DataError(f'{info_path}: entry {k} has no annos; the gt database needs a labelled split')
        sample_idx = info['point_cloud']['lidar_idx']
        points = dataset.get_lidar(sample_idx)
        annos = info['annos']
        names, difficulty, bbox = annos['name'], annos['difficulty'], annos['bbox']
        gt_boxes = annos['gt_boxes_lidar']
        point_masks = box_utils.points_in_boxes_cpu(points[:, 0:3], gt_boxes)  # (nboxes, npoints), OpenPCDet's rule
        for i in range(gt_boxes.shape[0]):
            filepath = database_save_path / ('%s_%s_%d.bin' % (sample_idx, names[i], i))
            gt_points = points[point_masks[i]]
            gt_points[:, :3] -= gt_boxes[i, :3]  # float32 -= float64 in place, as OpenPCDet writes it
            kitti_utils.atomic_write_bytes(filepath, gt_points.astype(np.float32).tobytes())
            if used_classes is None or names[i] in used_classes:
                db_info = {'name': names[i], 'path': str(filepath.relative_to(root)), 'image_idx': sample_idx,
                           'gt_idx': i, 'box3d_lidar': gt_boxes[i], 'num_points_in_gt': gt_points.shape[0],
                           'difficulty': difficulty[i], 'bbox': bbox[i], 'score': annos['score'][i]}
                all_db_infos.setdefault(names[i], []).append(db_info)
    for name, v in all_db_infos.items():
        logger.info('Database %s: %d', name, len(v))
    kitti_utils.atomic_pickle_dump(all_db_infos, root / db_info_name)
    return root / db_info_name


def gt_database_names(dataset_cfg):
    """(gt database folder, db info file) for a cfg: DB_INFO_PATH[0] of gt_sampling (default
    kitti_dbinfos_train.pkl) and DATA_CONFIG.GT_DATABASE_DIR (default gt_database)."""
    db_info_name = 'kitti_dbinfos_train.pkl'
    for aug in dataset_cfg.get('DATA_AUGMENTOR', {}).get('AUG_CONFIG_LIST', []):
        if aug.get('NAME') == 'gt_sampling' and aug.get('DB_INFO_PATH'):
            db_info_name = aug['DB_INFO_PATH'][0]
    return dataset_cfg.get('GT_DATABASE_DIR', 'gt_database'), db_info_name


def create_kitti_infos(dataset_cfg, class_names, data_path, save_path=None, workers=4):
    """OpenPCDet's create_kitti_infos: infos for train / val / trainval / test (test only if
    ImageSets/test.txt exists) and the train gt database. Returns the written paths."""
    from .kitti_dataset import KittiDataset
    data_path = Path(data_path)
    save_path = Path(save_path) if save_path is not None else data_path
    dataset = KittiDataset(dataset_cfg=dataset_cfg, class_names=class_names, root_path=data_path, training=False)
    written = {}
    split_infos = {}
    for split in ('train', 'val'):
        dataset.set_split(split)
        split_infos[split] = dataset.get_infos(num_workers=workers, has_label=True, count_inside_pts=True)
        written[split] = save_path / ('kitti_infos_%s.pkl' % split)
        kitti_utils.atomic_pickle_dump(split_infos[split], written[split])
        logger.info('Kitti info %s file is saved to %s', split, written[split])
    written['trainval'] = save_path / 'kitti_infos_trainval.pkl'
    kitti_utils.atomic_pickle_dump(split_infos['train'] + split_infos['val'], written['trainval'])
    dataset.set_split('test')
    if dataset.sample_id_list is not None:
        test_infos = dataset.get_infos(num_workers=workers, has_label=False, count_inside_pts=False)
        written['test'] = save_path / 'kitti_infos_test.pkl'
        kitti_utils.atomic_pickle_dump(test_infos, written['test'])
    else:
        logger.warning('no %s; kitti_infos_test.pkl not written', data_path / 'ImageSets' / 'test.txt')
    dataset.set_split('train')
    db_dir, db_info = gt_database_names(dataset_cfg)
    written['dbinfos'] = create_groundtruth_database(dataset, written['train'], split='train',
                                                     db_dir_name=db_dir, db_info_name=db_info)
    return written
