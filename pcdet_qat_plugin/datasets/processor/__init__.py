"""Point feature encoding and the DATA_PROCESSOR steps (range mask, shuffle, voxelization)."""
