"""Deployment export: the PointPillars network part as float / `tidl` (Clip + pow2 weights) / `qdq` ONNX,
the TIDL 3D-OD prototxt, and the onnxruntime runner. Imports nothing heavy until a name is used.

    from pcdet_qat_plugin.export.exporter import export_onnx          # write a graph
    from pcdet_qat_plugin.export.ort_runner import OrtDetector        # evaluate it like a detector
"""
