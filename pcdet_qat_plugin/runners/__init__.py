"""Built-in host's training, calibration and evaluation loops (OpenPCDet's tools/train_utils + eval_utils roles)."""
