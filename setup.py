"""pcdet-qat-plugin: TIDL-style quantization (QAT 8/16-bit, calibration, export) for OpenPCDet detectors."""
import os

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

HOOK_PTH = 'pcdet_qat_plugin_hook.pth'  # activates the OpenPCDet import hook; see docs/openpcdet.md


class build_py_with_pth(build_py):
    """Also place the hook .pth at the root of the build folder, so the wheel installs it into site-packages
    next to the package. A PEP 660 editable build (`pip install -e .`) ignores the build folder, so there the
    .pth goes straight into the editable wheel's root (setuptools sets `install_lib` to it)."""

    def run(self):
        super().run()
        source = os.path.join(os.path.dirname(os.path.abspath(__file__)), HOOK_PTH)
        self.copy_file(source, os.path.join(self.build_lib, HOOK_PTH), preserve_mode=0)
        wheel_root = getattr(self.distribution.get_command_obj('install'), 'install_lib', None)
        if getattr(self, 'editable_mode', False) and wheel_root:
            self.mkpath(wheel_root)
            self.copy_file(source, os.path.join(wheel_root, HOOK_PTH), preserve_mode=0)

    def get_outputs(self, include_bytecode=True):
        return super().get_outputs(include_bytecode) + [os.path.join(self.build_lib, HOOK_PTH)]

    def get_output_mapping(self):
        mapping = super().get_output_mapping()
        mapping[os.path.join(self.build_lib, HOOK_PTH)] = HOOK_PTH
        return mapping


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
    # the cfgs live in the package (the repository's cfgs/ links to them), so a wheel carries them
    package_data={'pcdet_qat_plugin': ['cfgs/*/*.yaml', 'cfgs/*/*/*.yaml']},
    entry_points={'console_scripts': ['pcdet-qat = pcdet_qat_plugin.cli.main:console_main']},
    zip_safe=False,
    cmdclass={'build_py': build_py_with_pth},
)
