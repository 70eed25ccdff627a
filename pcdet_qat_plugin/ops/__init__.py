"""CPU geometry kernels (numba): rotated BEV/3D IoU, rotated + axis-aligned NMS."""
