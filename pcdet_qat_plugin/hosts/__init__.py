"""Where a host (built-in or OpenPCDet) meets quant/: builtin.py builds the built-in detector."""
