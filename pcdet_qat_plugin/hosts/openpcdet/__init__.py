"""Real-OpenPCDet host: the import hook (hook.py), the patches it applies (patches.py) and the runner that
starts OpenPCDet's own tools/train.py and tools/test.py (runner.py). The only package that imports `pcdet`,
always lazily: importing this package imports nothing but the standard library.
"""
