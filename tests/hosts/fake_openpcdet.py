"""A tiny stand-in for an OpenPCDet 0.6.0 checkout, written into a temp folder by the tests: the public names
and signatures the patches touch (pcdet.models.build_network/build_detector, Detector3DTemplate loaders,
pcdet.datasets.kitti.kitti_dataset's KittiDataset reader / gt database / create_kitti_infos `__main__`,
tools/train_utils, tools/eval_utils, tools/train.py and test.py), running the built-in CPU PointPillar.

The fake's classes subclass the built-in ones, so the patches hit the fake's names, never the built-in's.
"""
import textwrap
from pathlib import Path

import numpy as np

FAKE_VERSION = '0.6.0+fake'
SMALL_RANGE = [0, -5.12, -3, 10.24, 5.12, 1]  # 64 x 64 pillars of 0.16 m

FILES = {
    'pcdet/__init__.py': 'from .version import __version__\n',
    'pcdet/version.py': f'__version__ = "{FAKE_VERSION}"\n',
    'pcdet/config.py': '''
        from pathlib import Path
        from easydict import EasyDict
        from pcdet_qat_plugin.config import load_cfg

        def cfg_from_yaml_file(cfg_file, config):
            loaded = load_cfg(cfg_file)
            config.update({k: v for k, v in loaded.items() if k not in ('ROOT_DIR', 'LOCAL_RANK')})
            return config

        def cfg_from_list(cfg_list, config):
            from pcdet_qat_plugin.config import cfg_from_list as _set
            return _set(cfg_list, config)

        cfg = EasyDict()
        cfg.ROOT_DIR = Path(__file__).resolve().parent.parent
        cfg.LOCAL_RANK = 0
        ''',
    'pcdet/datasets/__init__.py': '''
        from pathlib import Path

        import numpy as np
        from torch.utils.data import DataLoader, Dataset
        from pcdet_qat_plugin.models import ModelInfo

        from .dataset import DatasetTemplate
        from .kitti.kitti_dataset import KittiDataset

        __all__ = {'DatasetTemplate': DatasetTemplate, 'KittiDataset': KittiDataset}

        def _as_is(batch):
            return batch

        class SyntheticDataset(Dataset):
            """Pre-built collated batches (numpy, like OpenPCDet's collate_batch output)."""
            def __init__(self, dataset_cfg, class_names, training, batch_size, num_batches=2, seed=0):
                info = ModelInfo.from_cfg({'CLASS_NAMES': class_names, 'DATA_CONFIG': dataset_cfg})
                self.__dict__.update(info.__dict__)
                self.training = training
                from tests_hosts_fake_data import make_batch
                self.batches = [make_batch(info, batch_size, seed + 100 * i + (0 if training else 7))
                                for i in range(num_batches)]

            def __len__(self):
                return len(self.batches)

            def __getitem__(self, i):
                return {k: (v.copy() if isinstance(v, np.ndarray) else v) for k, v in self.batches[i].items()}

        def build_dataloader(dataset_cfg, class_names, batch_size, dist, root_path=None, workers=4, seed=None,
                             logger=None, training=True, merge_all_iters_to_one_epoch=False, total_epochs=0):
            """The cfg's DATASET over DATA_PATH when that is an absolute folder with ImageSets/ (the tests'
            generated KITTI frames), else random pre-built batches."""
            root = Path(root_path or dataset_cfg.get('DATA_PATH', ''))
            if not (root.is_absolute() and (root / 'ImageSets').is_dir()):
                dataset = SyntheticDataset(dataset_cfg, class_names, training, batch_size)
                return dataset, DataLoader(dataset, batch_size=None, shuffle=False, collate_fn=_as_is), None
            dataset = __all__[dataset_cfg.DATASET](dataset_cfg=dataset_cfg, class_names=class_names,
                                                   root_path=root, training=training, logger=logger)
            return dataset, DataLoader(dataset, batch_size=batch_size, shuffle=False, num_workers=0,
                                       collate_fn=dataset.collate_batch), None
        ''',
    'pcdet/datasets/dataset.py': '''
        from pcdet_qat_plugin.datasets.dataset import DatasetTemplate as _BuiltIn

        class DatasetTemplate(_BuiltIn):
            """OpenPCDet's base dataset (augmentor, feature encoder, voxelizer): the built-in one."""
        ''',
    'pcdet/datasets/kitti/__init__.py': '',
    'pcdet/datasets/kitti/kitti_dataset.py': '''
        import pickle
        from pathlib import Path

        import numpy as np
        import torch

        from pcdet_qat_plugin.datasets.kitti.kitti_dataset import KittiDataset as _BuiltIn
        from pcdet_qat_plugin.datasets.kitti.kitti_infos import process_single_scene
        from ...ops.roiaware_pool3d import roiaware_pool3d_utils
        from ..dataset import DatasetTemplate

        class KittiDataset(_BuiltIn, DatasetTemplate):
            """OpenPCDet 0.6.0's point reader and gt-database code paths (kitti_dataset.py get_lidar :63, its
            calls in get_infos :203, create_groundtruth_database :240, __getitem__ :408); the rest built-in."""

            def get_lidar(self, idx):
                lidar_file = self.root_split_path / 'velodyne' / ('%s.bin' % idx)
                assert lidar_file.exists()
                return np.fromfile(str(lidar_file), dtype=np.float32).reshape(-1, 4)

            def get_infos(self, num_workers=4, has_label=True, count_inside_pts=True, sample_id_list=None):
                infos = []
                for sample_idx in sample_id_list if sample_id_list is not None else self.sample_id_list:
                    info = process_single_scene(self, sample_idx, has_label, count_inside_pts=False)
                    if has_label and count_inside_pts:
                        points = self.get_lidar(sample_idx)
                        annos = info['annos']
                        boxes = annos['gt_boxes_lidar']
                        counts = -np.ones(len(annos['name']), dtype=np.int32)
                        counts[:len(boxes)] = roiaware_pool3d_utils.points_in_boxes_cpu(points[:, 0:3], boxes).sum(1)
                        annos['num_points_in_gt'] = counts
                    infos.append(info)
                return infos

            def create_groundtruth_database(self, info_path=None, used_classes=None, split='train'):
                db_dir = Path(self.root_path) / ('gt_database' if split == 'train' else 'gt_database_%s' % split)
                db_info_file = Path(self.root_path) / ('kitti_dbinfos_%s.pkl' % split)
                db_dir.mkdir(parents=True, exist_ok=True)
                with open(info_path, 'rb') as f:
                    infos = pickle.load(f)
                by_class = {}
                for info in infos:
                    sample_idx = info['point_cloud']['lidar_idx']
                    points = self.get_lidar(sample_idx)
                    annos = info['annos']
                    boxes = annos['gt_boxes_lidar']
                    inside = roiaware_pool3d_utils.points_in_boxes_cpu(
                        torch.from_numpy(points[:, 0:3]), torch.from_numpy(boxes)).numpy()
                    for i in range(boxes.shape[0]):
                        obj_file = db_dir / ('%s_%s_%d.bin' % (sample_idx, annos['name'][i], i))
                        obj_points = points[inside[i] > 0]
                        obj_points[:, :3] -= boxes[i, :3]
                        obj_points.tofile(str(obj_file))
                        if used_classes is None or annos['name'][i] in used_classes:
                            by_class.setdefault(annos['name'][i], []).append({
                                'name': annos['name'][i], 'path': str(obj_file.relative_to(self.root_path)),
                                'image_idx': sample_idx, 'gt_idx': i, 'box3d_lidar': boxes[i],
                                'num_points_in_gt': obj_points.shape[0], 'difficulty': annos['difficulty'][i],
                                'bbox': annos['bbox'][i], 'score': annos['score'][i]})
                with open(db_info_file, 'wb') as f:
                    pickle.dump(by_class, f)

        def create_kitti_infos(dataset_cfg, class_names, data_path, save_path, workers=4):
            dataset = KittiDataset(dataset_cfg=dataset_cfg, class_names=class_names, root_path=data_path,
                                   training=False)
            for split in ('train', 'val'):
                dataset.set_split(split)
                infos = dataset.get_infos(num_workers=workers, has_label=True, count_inside_pts=True)
                with open(save_path / ('kitti_infos_%s.pkl' % split), 'wb') as f:
                    pickle.dump(infos, f)
            dataset.set_split('train')
            dataset.create_groundtruth_database(save_path / 'kitti_infos_train.pkl', split='train')

        if __name__ == '__main__':
            import sys
            if len(sys.argv) > 1 and sys.argv[1] == 'create_kitti_infos':
                import yaml
                from easydict import EasyDict
                dataset_cfg = EasyDict(yaml.safe_load(open(sys.argv[2])))
                ROOT_DIR = (Path(__file__).resolve().parent / '../../../').resolve()
                create_kitti_infos(dataset_cfg=dataset_cfg, class_names=['Car', 'Pedestrian', 'Cyclist'],
                                   data_path=ROOT_DIR / 'data' / 'kitti', save_path=ROOT_DIR / 'data' / 'kitti')
        ''',
    'pcdet/ops/__init__.py': '',
    'pcdet/ops/roiaware_pool3d/__init__.py': '',
    'pcdet/ops/roiaware_pool3d/roiaware_pool3d_utils.py': '''
        import numpy as np
        import torch
        from pcdet_qat_plugin.utils.box_utils import points_in_boxes_cpu as _inside

        def points_in_boxes_cpu(points, boxes):
            """(num_boxes, num_points) int flags, numpy or torch like the input (OpenPCDet's CPU op)."""
            if isinstance(points, np.ndarray):
                return _inside(points, boxes).astype(np.int32)
            return torch.from_numpy(_inside(points.numpy(), boxes.numpy()).astype(np.int32))
        ''',
    'pcdet/models/__init__.py': '''
        from collections import namedtuple
        import torch
        from .detectors import build_detector
        from pcdet_qat_plugin.models import load_data_to_device

        def build_network(model_cfg, num_class, dataset):
            model = build_detector(
                model_cfg=model_cfg, num_class=num_class, dataset=dataset
            )
            return model

        def load_data_to_gpu(batch_dict):
            load_data_to_device(batch_dict, 'cpu')

        def model_fn_decorator():
            ModelReturn = namedtuple('ModelReturn', ['loss', 'tb_dict', 'disp_dict'])

            def model_func(model, batch_dict):
                load_data_to_gpu(batch_dict)
                ret_dict, tb_dict, disp_dict = model(batch_dict)
                loss = ret_dict['loss'].mean()
                getattr(model, 'module', model).update_global_step()
                return ModelReturn(loss, tb_dict, disp_dict)
            return model_func
        ''',
    'pcdet/models/detectors/__init__.py': '''
        from .detector3d_template import Detector3DTemplate
        from .pointpillar import PointPillar

        __all__ = {'Detector3DTemplate': Detector3DTemplate, 'PointPillar': PointPillar, 'SECONDNet': PointPillar}

        def build_detector(model_cfg, num_class, dataset):
            return __all__[model_cfg.NAME](model_cfg=model_cfg, num_class=num_class, dataset=dataset)
        ''',
    'pcdet/models/detectors/detector3d_template.py': '''
        from pcdet_qat_plugin.models.detectors.detector3d_template import Detector3DTemplate as _BuiltIn

        class Detector3DTemplate(_BuiltIn):
            """OpenPCDet 0.6.0 signatures over the built-in implementation."""
            def _load_state_dict(self, model_state_disk, *, strict=True):
                return super()._load_state_dict(model_state_disk, strict=strict)

            def load_params_from_file(self, filename, logger, to_cpu=False, pre_trained_path=None):
                return super().load_params_from_file(filename, logger, to_cpu, pre_trained_path)

            def load_params_with_optimizer(self, filename, to_cpu=False, optimizer=None, logger=None):
                return super().load_params_with_optimizer(filename, to_cpu, optimizer, logger)
        ''',
    'pcdet/models/detectors/pointpillar.py': '''
        from .detector3d_template import Detector3DTemplate

        class PointPillar(Detector3DTemplate):
            def __init__(self, model_cfg, num_class, dataset):
                super().__init__(model_cfg=model_cfg, num_class=num_class, dataset=dataset)
                self.module_list = self.build_networks()

            def forward(self, batch_dict):
                for cur_module in self.module_list:
                    batch_dict = cur_module(batch_dict)
                if self.training:
                    loss, tb_dict = self.dense_head.get_loss()
                    return {'loss': loss}, tb_dict, {}
                return self.post_processing(batch_dict)
        ''',
    'tools/_init_path.py': 'import sys\nsys.path.insert(0, "../")\n',
    'tools/train_utils/train_utils.py': '''
        import torch
        from pcdet.utils import common_utils  # like OpenPCDet's

        def train_one_epoch(model, optimizer, train_loader, model_func, lr_scheduler, accumulated_iter, optim_cfg,
                            rank, tbar, total_it_each_epoch, dataloader_iter, tb_log=None, leave_pbar=False,
                            use_logger_to_record=False, logger=None, logger_iter_interval=50, cur_epoch=None,
                            total_epochs=None, ckpt_save_dir=None, ckpt_save_time_interval=300,
                            show_gpu_stat=False, use_amp=False):
            for batch in train_loader:
                model.train()
                optimizer.zero_grad()
                loss, tb_dict, disp_dict = model_func(model, batch)
                loss.backward()
                optimizer.step()
                accumulated_iter += 1
            return accumulated_iter

        def train_model(model, optimizer, train_loader, model_func, lr_scheduler, optim_cfg,
                        start_epoch, total_epochs, start_iter, rank, tb_log, ckpt_save_dir, train_sampler=None,
                        lr_warmup_scheduler=None, ckpt_save_interval=1, max_ckpt_save_num=50,
                        merge_all_iters_to_one_epoch=False, use_amp=False, use_logger_to_record=False, logger=None,
                        logger_iter_interval=None, ckpt_save_time_interval=None, show_gpu_stat=False, cfg=None):
            accumulated_iter = start_iter
            for cur_epoch in range(start_epoch, total_epochs):
                accumulated_iter = train_one_epoch(
                    model, optimizer, train_loader, model_func, lr_scheduler=lr_scheduler,
                    accumulated_iter=accumulated_iter, optim_cfg=optim_cfg, rank=rank, tbar=None,
                    total_it_each_epoch=len(train_loader), dataloader_iter=None,
                    cur_epoch=cur_epoch, total_epochs=total_epochs)
                trained_epoch = cur_epoch + 1
                if trained_epoch % ckpt_save_interval == 0 and rank == 0:
                    ckpt_name = ckpt_save_dir / ('checkpoint_epoch_%d' % trained_epoch)
                    save_checkpoint(checkpoint_state(model, optimizer, trained_epoch, accumulated_iter),
                                    filename=ckpt_name)

        def checkpoint_state(model=None, optimizer=None, epoch=None, it=None):
            optim_state = optimizer.state_dict() if optimizer is not None else None
            model_state = getattr(model, 'module', model).state_dict() if model is not None else None
            return {'epoch': epoch, 'it': it, 'model_state': model_state, 'optimizer_state': optim_state,
                    'version': 'pcdet+fake'}

        def save_checkpoint(state, filename='checkpoint'):
            torch.save(state, '{}.pth'.format(filename))
        ''',
    'pcdet/utils/__init__.py': '',
    'pcdet/utils/common_utils.py': 'import logging\n',
    'tools/eval_utils/eval_utils.py': '''
        import json
        import torch
        from pcdet.models import load_data_to_gpu

        def eval_one_epoch(cfg, args, model, dataloader, epoch_id, logger, dist_test=False, result_dir=None):
            result_dir.mkdir(parents=True, exist_ok=True)
            model.eval()
            num_boxes = 0
            for batch_dict in dataloader:
                load_data_to_gpu(batch_dict)
                with torch.no_grad():
                    pred_dicts, ret_dict = model(batch_dict)
                num_boxes += sum(len(p['pred_boxes']) for p in pred_dicts)
            record = {'epoch': str(epoch_id), 'phase': model.__dict__.get('_quant_phase'), 'num_boxes': num_boxes}
            (result_dir / 'result.json').write_text(json.dumps(record))
            return {'num_boxes': num_boxes}
        ''',
    'tools/test.py': '''
        import _init_path
        import argparse
        import glob
        from pathlib import Path
        import logging

        import torch
        from eval_utils import eval_utils
        from pcdet.config import cfg, cfg_from_list, cfg_from_yaml_file
        from pcdet.datasets import build_dataloader
        from pcdet.models import build_network

        logger = logging.getLogger('fake_openpcdet')

        def parse_config():
            parser = argparse.ArgumentParser()
            parser.add_argument('--cfg_file', type=str, default=None)
            parser.add_argument('--batch_size', type=int, default=1)
            parser.add_argument('--ckpt', type=str, default=None)
            parser.add_argument('--extra_tag', type=str, default='default')
            parser.add_argument('--launcher', choices=['none', 'pytorch', 'slurm'], default='none')
            parser.add_argument('--set', dest='set_cfgs', default=None, nargs=argparse.REMAINDER)
            args = parser.parse_args()
            cfg_from_yaml_file(args.cfg_file, cfg)
            cfg.TAG = Path(args.cfg_file).stem
            if args.set_cfgs is not None:
                cfg_from_list(args.set_cfgs, cfg)
            return args, cfg

        def repeat_eval_ckpt(model, test_loader, args, eval_output_dir, logger, ckpt_dir, dist_test=False):
            for ckpt in sorted(glob.glob(str(ckpt_dir / '*checkpoint_epoch_*.pth'))):
                model.load_params_from_file(filename=ckpt, logger=logger, to_cpu=dist_test)
                epoch_id = Path(ckpt).stem.split('_')[-1]
                eval_utils.eval_one_epoch(cfg, args, model, test_loader, epoch_id, logger, dist_test=dist_test,
                                          result_dir=eval_output_dir / ('epoch_%s' % epoch_id))

        def main():
            args, cfg = parse_config()
            output_dir = cfg.ROOT_DIR / 'output' / cfg.TAG / args.extra_tag
            test_set, test_loader, sampler = build_dataloader(
                dataset_cfg=cfg.DATA_CONFIG, class_names=cfg.CLASS_NAMES, batch_size=args.batch_size,
                dist=False, workers=0, logger=logger, training=False)
            model = build_network(model_cfg=cfg.MODEL, num_class=len(cfg.CLASS_NAMES), dataset=test_set)
            with torch.no_grad():
                model.load_params_from_file(filename=args.ckpt, logger=logger, to_cpu=True)
                eval_utils.eval_one_epoch(cfg, args, model, test_loader, 'single', logger,
                                          result_dir=output_dir / 'eval')

        if __name__ == '__main__':
            main()
        ''',
    'tools/train.py': '''
        import _init_path
        import argparse
        import logging
        from pathlib import Path
        from test import repeat_eval_ckpt

        import torch
        from pcdet.config import cfg, cfg_from_list, cfg_from_yaml_file
        from pcdet.datasets import build_dataloader
        from pcdet.models import build_network, model_fn_decorator
        from train_utils.train_utils import train_model

        logger = logging.getLogger('fake_openpcdet')

        def parse_config():
            parser = argparse.ArgumentParser()
            parser.add_argument('--cfg_file', type=str, default=None)
            parser.add_argument('--batch_size', type=int, default=1)
            parser.add_argument('--epochs', type=int, default=None)
            parser.add_argument('--extra_tag', type=str, default='default')
            parser.add_argument('--ckpt', type=str, default=None)
            parser.add_argument('--pretrained_model', type=str, default=None)
            parser.add_argument('--launcher', choices=['none', 'pytorch', 'slurm'], default='none')
            parser.add_argument('--fix_random_seed', action='store_true', default=False)
            parser.add_argument('--sync_bn', action='store_true', default=False)
            parser.add_argument('--set', dest='set_cfgs', default=None, nargs=argparse.REMAINDER)
            args = parser.parse_args()
            cfg_from_yaml_file(args.cfg_file, cfg)
            cfg.TAG = Path(args.cfg_file).stem
            if args.set_cfgs is not None:
                cfg_from_list(args.set_cfgs, cfg)
            return args, cfg

        def main():
            args, cfg = parse_config()
            args.epochs = cfg.OPTIMIZATION.NUM_EPOCHS if args.epochs is None else args.epochs
            output_dir = cfg.ROOT_DIR / 'output' / cfg.TAG / args.extra_tag
            ckpt_dir = output_dir / 'ckpt'
            ckpt_dir.mkdir(parents=True, exist_ok=True)
            train_set, train_loader, train_sampler = build_dataloader(
                dataset_cfg=cfg.DATA_CONFIG, class_names=cfg.CLASS_NAMES, batch_size=args.batch_size,
                dist=False, workers=0, logger=logger, training=True, total_epochs=args.epochs)
            model = build_network(model_cfg=cfg.MODEL, num_class=len(cfg.CLASS_NAMES), dataset=train_set)
            optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
            start_epoch = it = 0
            if args.pretrained_model is not None:
                model.load_params_from_file(filename=args.pretrained_model, to_cpu=True, logger=logger)
            if args.ckpt is not None:
                it, start_epoch = model.load_params_with_optimizer(args.ckpt, to_cpu=True, optimizer=optimizer,
                                                                   logger=logger)
            model.train()
            train_model(model, optimizer, train_loader, model_func=model_fn_decorator(), lr_scheduler=None,
                        optim_cfg=cfg.OPTIMIZATION, start_epoch=start_epoch, total_epochs=args.epochs,
                        start_iter=it, rank=0, tb_log=None, ckpt_save_dir=ckpt_dir, train_sampler=train_sampler,
                        cfg=cfg)
            test_set, test_loader, sampler = build_dataloader(
                dataset_cfg=cfg.DATA_CONFIG, class_names=cfg.CLASS_NAMES, batch_size=args.batch_size,
                dist=False, workers=0, logger=logger, training=False)
            repeat_eval_ckpt(model, test_loader, args, output_dir / 'eval' / 'eval_with_train', logger, ckpt_dir)

        if __name__ == '__main__':
            main()
        ''',
}

DATA_MODULE = '''
import numpy as np

def make_batch(info, batch_size, seed, pillars=150, max_points=32, num_boxes=3):
    """A collated numpy batch of random pillars with a few gt boxes (no voxelizer needed)."""
    rng = np.random.default_rng(seed)
    nx, ny = int(info.grid_size[0]), int(info.grid_size[1])
    r, vs = info.point_cloud_range, np.asarray(info.voxel_size, dtype=np.float32)
    c = info.point_feature_encoder.num_point_features
    voxels, counts, coords, gts = [], [], [], []
    for b in range(batch_size):
        cells = rng.choice(nx * ny, size=pillars, replace=False)
        x, y = cells % nx, cells // nx
        n = rng.integers(1, max_points + 1, size=pillars).astype(np.int32)
        pts = rng.uniform(0, 1, size=(pillars, max_points, c)).astype(np.float32)
        pts[..., 0] = r[0] + (x[:, None] + pts[..., 0]) * vs[0]
        pts[..., 1] = r[1] + (y[:, None] + pts[..., 1]) * vs[1]
        pts[..., 2] = r[2] + pts[..., 2] * (r[5] - r[2])
        pts[np.arange(max_points)[None, :] >= n[:, None]] = 0
        voxels.append(pts)
        counts.append(n)
        coords.append(np.stack([np.full(pillars, b), np.zeros(pillars), y, x], axis=1).astype(np.int32))
        boxes = np.zeros((num_boxes, 8), dtype=np.float32)
        for k in range(num_boxes):
            boxes[k] = [rng.uniform(r[0] + 2, r[3] - 2), rng.uniform(r[1] + 2, r[4] - 2), -1.0,
                        3.9, 1.6, 1.56, rng.uniform(-np.pi, np.pi), 1 + k % len(info.class_names)]
        gts.append(boxes)
    voxels = np.concatenate(voxels)
    return {'voxels': voxels, 'voxel_num_points': np.concatenate(counts), 'voxel_coords': np.concatenate(coords),
            'points': np.concatenate([np.zeros((len(voxels), 1), np.float32), voxels[:, 0, :]], axis=1),
            'gt_boxes': np.stack(gts), 'frame_id': np.array([str(i) for i in range(batch_size)]),
            'batch_size': batch_size}
'''


def write_fake_openpcdet(root: Path) -> Path:
    """Write the fake checkout under `root` (pcdet/, tools/, a data helper module); returns root/'tools'."""
    for rel, text in FILES.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip('\n'))
    (root / 'tests_hosts_fake_data.py').write_text(DATA_MODULE)
    return root / 'tools'


def make_batch(info, batch_size, seed):
    """The fake dataset's batch generator, for tests that feed the built-in model directly."""
    namespace = {}
    exec(compile(DATA_MODULE, 'tests_hosts_fake_data', 'exec'), namespace)
    return namespace['make_batch'](info, batch_size, seed)


def small_cfg_yaml(path: Path, quantize: str = None, epochs: int = 1) -> Path:
    """A cfg file on cfgs/kitti/pointpillar.yaml with a 64 x 64 grid and 16-channel layers (fast on a busy
    CPU), and QUANTIZE when given."""
    base = Path(__file__).resolve().parents[2] / 'cfgs' / 'kitti' / 'pointpillar.yaml'
    lines = [f'_BASE_CONFIG_: {base}', 'DATA_CONFIG:', f'    POINT_CLOUD_RANGE: {SMALL_RANGE}',
             'OPTIMIZATION:', f'    NUM_EPOCHS: {epochs}', 'MODEL:', '    VFE:', '        NUM_FILTERS: [16]',
             '    MAP_TO_BEV:', '        NUM_BEV_FEATURES: 16', '    BACKBONE_2D:', '        LAYER_NUMS: [1, 1, 1]',
             '        NUM_FILTERS: [16, 16, 16]', '        NUM_UPSAMPLE_FILTERS: [16, 16, 16]']
    if quantize:
        lines += ['QUANTIZE:'] + ['    ' + ln for ln in textwrap.dedent(quantize).strip().splitlines()]
    path.write_text('\n'.join(lines) + '\n')
    return path


__all__ = ['write_fake_openpcdet', 'make_batch', 'small_cfg_yaml', 'FAKE_VERSION', 'SMALL_RANGE', 'np']
