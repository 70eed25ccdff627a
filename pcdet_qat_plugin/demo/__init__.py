"""The one-command demo: synthetic data -> float / QAT-8 / QAT-16 / calibration-8 (plain and painted)
-> evaluation -> ONNX export -> table, results.json and plots."""
