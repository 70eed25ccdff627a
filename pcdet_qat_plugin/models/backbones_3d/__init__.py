"""3D backbones and voxel feature encoders (only the pillar VFE in the built-in host)."""
