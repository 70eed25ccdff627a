"""Runner and demo tests use tiny_kitti / demo_cfg from tests/conftest.py."""
