"""DataBaseSampler (gt_sampling): paste objects from the gt database into a scene, skipping any whose
BEV box collides with an existing or another sampled box. Sampling is stateless per call (numpy's global
stream, seeded per sample), so results do not depend on which worker handles a frame. A database that
fits in DB_CACHE_MB is read into memory once.
"""
from pathlib import Path

import numpy as np

from ...errors import ConfigError, DataError
from ...utils import box_utils
from ..data_io import load_dbinfos, read_points
from .augmentor_utils import boxes_bev_overlap, points_in_any_box


class DataBaseSampler(object):
    def __init__(self, root_path, sampler_cfg, class_names, logger=None):
        self.root_path = Path(root_path)
        self.class_names = class_names
        self.sampler_cfg = sampler_cfg
        self.logger = logger
        self.num_point_features = int(sampler_cfg.get('NUM_POINT_FEATURES', 4))
        if sampler_cfg.get('DATABASE_WITH_FAKELIDAR', False):
            raise ConfigError('DATA_AUGMENTOR.gt_sampling.DATABASE_WITH_FAKELIDAR: True is not supported; '
                              'recreate the gt database with create_infos')
        if sampler_cfg.get('USE_ROAD_PLANE', False):
            raise ConfigError('DATA_AUGMENTOR.gt_sampling.USE_ROAD_PLANE: True is not supported by the '
                              'built-in host (no planes/); set it to False')
        self.db_infos = {name: [] for name in class_names}
        for db_info_path in sampler_cfg.DB_INFO_PATH:
            path = self.root_path / db_info_path
            if not path.is_file():
                raise DataError(f'gt database info not found: {path} (DATA_AUGMENTOR.gt_sampling.DB_INFO_PATH); '
                                f'create it with `pcdet-qat create-infos`')
            infos = load_dbinfos(path)
            for name in class_names:
                self.db_infos[name].extend(infos.get(name, []))

        for func_name, val in sampler_cfg.PREPARE.items():
            if func_name not in ('filter_by_difficulty', 'filter_by_min_points'):
                raise ConfigError(f'DATA_AUGMENTOR.gt_sampling.PREPARE.{func_name}: unknown; valid: '
                                  f"['filter_by_difficulty', 'filter_by_min_points']")
            self.db_infos = getattr(self, func_name)(self.db_infos, val)

        self._cache, self._cache_bytes = {}, 0
        self._preload_database()
        self.sample_groups = {}
        self.sample_class_num = {}
        self.limit_whole_scene = sampler_cfg.get('LIMIT_WHOLE_SCENE', False)
        for x in sampler_cfg.SAMPLE_GROUPS:
            class_name, sample_num = x.split(':')
            if class_name not in class_names:
                continue
            self.sample_class_num[class_name] = int(sample_num)
            self.sample_groups[class_name] = {'sample_num': int(sample_num)}

    def __getstate__(self):
        d = dict(self.__dict__)
        d.pop('logger', None)
        d['_cache'], d['_cache_bytes'] = {}, 0  # not pickled (spawn); forked workers inherit it
        return d

    def __setstate__(self, d):
        self.__dict__.update(d)
        self.logger = None

    def _log(self, msg, *args):
        if self.logger is not None:
            self.logger.info(msg, *args)

    def filter_by_difficulty(self, db_infos, removed_difficulty):
        new_db_infos = {}
        for key, dinfos in db_infos.items():
            new_db_infos[key] = [info for info in dinfos if info['difficulty'] not in removed_difficulty]
            self._log('Database filter by difficulty %s: %d => %d', key, len(dinfos), len(new_db_infos[key]))
        return new_db_infos

    def filter_by_min_points(self, db_infos, min_gt_points_list):
        for name_num in min_gt_points_list:
            name, min_num = name_num.split(':')
            min_num = int(min_num)
            if min_num > 0 and name in db_infos:
                filtered = [info for info in db_infos[name] if info['num_points_in_gt'] >= min_num]
                self._log('Database filter by min points %s: %d => %d', name, len(db_infos[name]), len(filtered))
                db_infos[name] = filtered
        return db_infos

    def sample_with_fixed_number(self, class_name, sample_group):
        """Up to sample_num distinct database entries of class_name, drawn without replacement."""
        pool = self.db_infos[class_name]
        num = min(int(sample_group['sample_num']), len(pool))
        if num <= 0:
            return []
        indices = np.random.permutation(len(pool))[:num]
        return [pool[i] for i in indices]

    def _preload_database(self):
        """Read the whole (filtered) database into memory when it fits in DB_CACHE_MB (default 128):
        forked DataLoader workers then share it instead of opening one file per pasted object."""
        limit = self.sampler_cfg.get('DB_CACHE_MB', 128) * 2 ** 20
        infos = [info for name in self.db_infos for info in self.db_infos[name]]
        need = sum(int(info['num_points_in_gt']) for info in infos) * self.num_point_features * 4
        if need > limit:
            self._log('gt database (%.0f MB) larger than DB_CACHE_MB: read from disk per sample', need / 2 ** 20)
            return
        for info in infos:
            self._read_object_points(info['path'], info['num_points_in_gt'])

    def _read_object_points(self, rel_path, num_points_in_gt):
        """Points of one database object; kept in memory up to DB_CACHE_MB (default 128)."""
        cached = self._cache.get(rel_path)
        if cached is not None:
            return cached
        file_path = self.root_path / rel_path
        obj_points = read_points(file_path, self.num_point_features)
        if obj_points.shape[0] != num_points_in_gt:
            raise DataError(f'{file_path}: holds {obj_points.shape[0]} points of {self.num_point_features} '
                            f'features, its db info says {num_points_in_gt} '
                            f'(NUM_POINT_FEATURES of gt_sampling wrong, or a stale database?)')
        if self._cache_bytes + obj_points.nbytes <= self.sampler_cfg.get('DB_CACHE_MB', 128) * 2 ** 20:
            self._cache[rel_path] = obj_points
            self._cache_bytes += obj_points.nbytes
        return obj_points

    def _load_object_points(self, info):
        obj_points = self._read_object_points(info['path'], info['num_points_in_gt']).copy()
        obj_points[:, :3] += np.asarray(info['box3d_lidar'][:3], dtype=np.float32)
        return obj_points

    def add_sampled_boxes_to_scene(self, data_dict, sampled_gt_boxes, total_valid_sampled_dict):
        gt_boxes_mask = data_dict['gt_boxes_mask']
        gt_boxes = data_dict['gt_boxes'][gt_boxes_mask]
        gt_names = data_dict['gt_names'][gt_boxes_mask]
        points = data_dict['points']
        obj_points = np.concatenate([self._load_object_points(info) for info in total_valid_sampled_dict], axis=0)
        if obj_points.shape[1] < points.shape[1]:
            raise DataError(f'gt database points have {obj_points.shape[1]} features, the scene has '
                            f'{points.shape[1]} (gt_sampling.NUM_POINT_FEATURES / DB_INFO_PATH mismatch)')
        sampled_gt_names = np.array([x['name'] for x in total_valid_sampled_dict])
        large_sampled_gt_boxes = box_utils.enlarge_box3d(
            sampled_gt_boxes[:, 0:7], extra_width=self.sampler_cfg.get('REMOVE_EXTRA_WIDTH', [0, 0, 0]))
        points = points[~points_in_any_box(points, large_sampled_gt_boxes)]
        data_dict['points'] = np.concatenate([obj_points[:, :points.shape[-1]], points], axis=0)
        data_dict['gt_names'] = np.concatenate([gt_names, sampled_gt_names], axis=0)
        data_dict['gt_boxes'] = np.concatenate([gt_boxes, sampled_gt_boxes], axis=0)
        return data_dict

    def __call__(self, data_dict):
        """data_dict: points (N, C), gt_boxes (M, 7), gt_names (M,), gt_boxes_mask (M,) -> with sampled objects."""
        gt_boxes = data_dict['gt_boxes']
        gt_names = data_dict['gt_names'].astype(str)
        existed_boxes = gt_boxes
        total_valid_sampled_dict = []
        for class_name, sample_group in self.sample_groups.items():
            if self.limit_whole_scene:
                num_gt = int(np.sum(class_name == gt_names))
                sample_group['sample_num'] = self.sample_class_num[class_name] - num_gt
            if int(sample_group['sample_num']) <= 0:
                continue
            sampled_dict = self.sample_with_fixed_number(class_name, sample_group)
            if not sampled_dict:
                continue
            sampled_boxes = np.stack([x['box3d_lidar'] for x in sampled_dict], axis=0).astype(np.float32)
            hit_existing = boxes_bev_overlap(sampled_boxes, existed_boxes).any(axis=1)
            self_overlap = boxes_bev_overlap(sampled_boxes, sampled_boxes)
            np.fill_diagonal(self_overlap, False)
            valid_mask = np.nonzero(~(hit_existing | self_overlap.any(axis=1)))[0]
            valid_sampled_boxes = sampled_boxes[valid_mask]
            existed_boxes = np.concatenate((existed_boxes, valid_sampled_boxes[:, :existed_boxes.shape[-1]]), axis=0)
            total_valid_sampled_dict.extend(sampled_dict[i] for i in valid_mask)

        sampled_gt_boxes = existed_boxes[gt_boxes.shape[0]:, :]
        if total_valid_sampled_dict:
            data_dict = self.add_sampled_boxes_to_scene(data_dict, sampled_gt_boxes, total_valid_sampled_dict)
        data_dict.pop('gt_boxes_mask')
        return data_dict
