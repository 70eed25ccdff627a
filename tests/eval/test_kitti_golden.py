"""Pinned numbers: a seeded random scene set scored by OpenPCDet's own python KITTI eval.

The expected values were produced once by running OpenPCDet's `kitti_object_eval_python/eval.py` (its
GPU rotated IoU swapped for a float32 CPU equivalent) on exactly these scenes; they guard against any
drift from the official matching, thresholds, ignore and DontCare rules.
"""
import numpy as np
import pytest

from pcdet_qat_plugin.eval.kitti_eval import get_official_eval_result

NAMES = ['Car', 'Car', 'Car', 'Pedestrian', 'Pedestrian', 'Cyclist', 'Van', 'Person_sitting', 'Truck',
         'DontCare', 'Misc']


def _boxes(rng, n):
    x1, y1 = rng.uniform(0, 1000, n), rng.uniform(0, 300, n)
    bbox = np.stack([x1, y1, x1 + rng.uniform(10, 200, n), y1 + rng.uniform(15, 120, n)], 1)
    dims = np.stack([rng.uniform(0.5, 5, n), rng.uniform(1, 2, n), rng.uniform(0.5, 2.5, n)], 1)
    loc = np.stack([rng.uniform(-10, 10, n), rng.uniform(1, 2, n), rng.uniform(5, 40, n)], 1)
    return bbox, dims, loc, rng.uniform(-np.pi, np.pi, n)


def golden_scenes(seed=7, n_frames=40, noise=0.05):
    """gt / dt annos: jittered copies of most gt (some with a wrong class) plus random false positives."""
    rng = np.random.default_rng(seed)
    gts, dts = [], []
    for _ in range(n_frames):
        n_gt, n_fp = int(rng.integers(0, 12)), int(rng.integers(0, 6))
        names = rng.choice(NAMES, n_gt)
        bbox, dims, loc, ry = _boxes(rng, n_gt)
        gts.append(dict(name=names, truncated=rng.choice([0.0, 0.1, 0.2, 0.4, 0.6], n_gt),
                        occluded=rng.integers(0, 4, n_gt), alpha=rng.uniform(-np.pi, np.pi, n_gt), bbox=bbox,
                        dimensions=dims, location=loc, rotation_y=ry, score=np.zeros(n_gt)))
        keep = rng.random(n_gt) < 0.8
        k = int(keep.sum())
        dn = np.where(rng.random(k) < 0.85, names[keep], rng.choice(NAMES[:6], k))
        dn = np.where(dn == 'DontCare', 'Car', dn)
        fb, fd, fl, fr = _boxes(rng, n_fp)
        dts.append(dict(
            name=np.concatenate([dn, rng.choice(NAMES[:6], n_fp)]),
            truncated=np.zeros(k + n_fp), occluded=np.zeros(k + n_fp, dtype=np.int64),
            alpha=np.concatenate([gts[-1]['alpha'][keep] + rng.normal(0, 2 * noise, k), rng.uniform(-3, 3, n_fp)]),
            bbox=np.concatenate([bbox[keep] + rng.normal(0, 40 * noise, (k, 4)), fb]),
            dimensions=np.concatenate([dims[keep] * rng.uniform(1 - noise, 1 + noise, (k, 3)), fd]),
            location=np.concatenate([loc[keep] + rng.normal(0, 2 * noise, (k, 3)), fl]),
            rotation_y=np.concatenate([ry[keep] + rng.normal(0, noise, k), rng.uniform(-3, 3, n_fp)]),
            score=np.round(rng.random(k + n_fp), 2)))
    return gts, dts


GOLDEN = {  # R40: OpenPCDet's dict; R11: checked against its printed table
    'Car_3d/easy_R40': 0.47860360360360354,
    'Car_3d/easy': 0.7575757575757575,
    'Car_3d/moderate_R40': 5.268258426966294,
    'Car_3d/moderate': 5.909090909090909,
    'Car_3d/hard_R40': 12.723878464085834,
    'Car_3d/hard': 13.222798706669673,
    'Car_bev/easy_R40': 2.0235259082787374,
    'Car_bev/easy': 2.4527586767014995,
    'Car_bev/moderate_R40': 9.011623983534097,
    'Car_bev/moderate': 9.655109655109657,
    'Car_bev/hard_R40': 18.421181741160506,
    'Car_bev/hard': 18.925160860644727,
    'Car_image/easy_R40': 2.901785714285714,
    'Car_image/easy': 4.166666666666666,
    'Car_image/moderate_R40': 16.15763873116814,
    'Car_image/moderate': 18.749956985251107,
    'Car_image/hard_R40': 31.781158228190083,
    'Car_image/hard': 32.280798142665276,
    'Car_aos/easy_R40': 2.894337301974547,
    'Car_aos/easy': 4.153231061716182,
    'Car_aos/moderate_R40': 16.124466857006826,
    'Car_aos/moderate': 18.706928561035106,
    'Car_aos/hard_R40': 31.71650288942524,
    'Car_aos/hard': 32.213796561984466,
    'Pedestrian_3d/easy_R40': 0.7545454545454545,
    'Pedestrian_3d/easy': 1.6528925619834711,
    'Pedestrian_3d/moderate_R40': 5.8627377377377385,
    'Pedestrian_3d/moderate': 8.271908271908272,
    'Pedestrian_3d/hard_R40': 11.967703349282296,
    'Pedestrian_3d/hard': 12.440191387559809,
    'Pedestrian_bev/easy_R40': 0.7670454545454546,
    'Pedestrian_bev/easy': 1.6528925619834711,
    'Pedestrian_bev/moderate_R40': 6.934356231231231,
    'Pedestrian_bev/moderate': 8.617424242424242,
    'Pedestrian_bev/hard_R40': 13.791866028708128,
    'Pedestrian_bev/hard': 13.397129186602871,
    'Pedestrian_image/easy_R40': 0.7670454545454546,
    'Pedestrian_image/easy': 1.6528925619834711,
    'Pedestrian_image/moderate_R40': 6.934356231231231,
    'Pedestrian_image/moderate': 8.617424242424242,
    'Pedestrian_image/hard_R40': 13.791866028708128,
    'Pedestrian_image/hard': 13.397129186602871,
    'Pedestrian_aos/easy_R40': 0.7650026567975797,
    'Pedestrian_aos/easy': 1.6488134006729407,
    'Pedestrian_aos/moderate_R40': 6.9197607455689925,
    'Pedestrian_aos/moderate': 8.603243038679205,
    'Pedestrian_aos/hard_R40': 13.725789283654011,
    'Pedestrian_aos/hard': 13.333561005586295,
    'Cyclist_3d/easy_R40': 0.0,
    'Cyclist_3d/easy': 0.9090909090909092,
    'Cyclist_3d/moderate_R40': 0.35714285714285715,
    'Cyclist_3d/moderate': 1.2987012987012987,
    'Cyclist_3d/hard_R40': 3.622994652406417,
    'Cyclist_3d/hard': 5.347593582887701,
    'Cyclist_bev/easy_R40': 0.0,
    'Cyclist_bev/easy': 0.9090909090909092,
    'Cyclist_bev/moderate_R40': 0.35714285714285715,
    'Cyclist_bev/moderate': 1.2987012987012987,
    'Cyclist_bev/hard_R40': 3.622994652406417,
    'Cyclist_bev/hard': 5.347593582887701,
    'Cyclist_image/easy_R40': 0.0,
    'Cyclist_image/easy': 0.9090909090909092,
    'Cyclist_image/moderate_R40': 0.38461538461538464,
    'Cyclist_image/moderate': 1.3986013986013985,
    'Cyclist_image/hard_R40': 3.839285714285714,
    'Cyclist_image/hard': 5.681818181818182,
    'Cyclist_aos/easy_R40': 0.0,
    'Cyclist_aos/easy': 0.9090879421327728,
    'Cyclist_aos/moderate_R40': 0.3846125865016621,
    'Cyclist_aos/moderate': 1.3985912236424074,
    'Cyclist_aos/hard_R40': 3.83293974303535,
    'Cyclist_aos/hard': 5.672350014138227,
}


def test_matches_openpcdet_numbers():
    gts, dts = golden_scenes()
    _, res = get_official_eval_result(gts, dts, ['Car', 'Pedestrian', 'Cyclist'])
    for key, value in GOLDEN.items():
        assert res[key] == pytest.approx(value, rel=1e-12, abs=1e-12), key
