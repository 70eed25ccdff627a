"""pcdet-qat-plugin: TIDL-style quantization (QAT 8/16-bit, calibration, export) for OpenPCDet detectors."""
from setuptools import find_packages, setup

setup(
    name='pcdet-qat-plugin',
    version='0.1.0',
    description='TIDL-style quantization (QAT, calibration, export) for OpenPCDet PointPillars, '
                'with a built-in CPU host',
    packages=find_packages(include=['pcdet_qat_plugin', 'pcdet_qat_plugin.*']),
    python_requires='>=3.9',
    # torch is not pinned: a GPU user keeps the torch they have; the README's set-up command
    # installs the CPU wheel (torch==2.13.0) on a fresh machine.
    install_requires=[
        'torch>=2.0',
        'spconv>=2.3',
        'numpy',
        'numba',
        'easydict',
        'pyyaml',
        'tqdm',
        'tensorboardX',
    ],
    extras_require={
        'export': ['onnx', 'onnxruntime'],
        'plots': ['matplotlib'],
        'test': ['pytest', 'onnx', 'onnxruntime', 'matplotlib'],
    },
    include_package_data=True,
    zip_safe=False,
)
