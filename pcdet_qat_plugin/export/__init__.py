"""Deployment export: the PointPillars network part as float / `tidl` (Clip + pow2 weights) / `qdq` ONNX,
the TIDL 3D-OD prototxt, and the onnxruntime runner. Imports nothing heavy until a name is used.

    from pcdet_qat_plugin.export import export_model                  # write a graph, get its path
    from pcdet_qat_plugin.export.exporter import export_onnx          # ... and a summary dict
    from pcdet_qat_plugin.export.ort_runner import OrtDetector        # evaluate it like a detector
"""
from ..errors import ExportError

__all__ = ['export_model']


def export_model(model, cfg, path: str, fmt: str = 'tidl', opset=None, prototxt_path=None) -> str:
    """Write the network part of `model` as `fmt` ('tidl' | 'qdq' | 'float') ONNX to `path`; returns `path`.

    `cfg` is the model's cfg (fixed input shapes, the tidl prototxt); see exporter.export_onnx.
    """
    if cfg is None:
        raise ExportError(f'export_model({path}): the model cfg is needed (input shapes come from '
                          f'DATA_CONFIG, the TIDL prototxt from MODEL)')
    from .exporter import export_onnx
    return export_onnx(model, cfg, path, fmt=fmt, opset=opset, prototxt_path=prototxt_path)['onnx']
