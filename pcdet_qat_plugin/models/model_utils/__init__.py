"""Model helpers: box coders, losses, NMS wrappers and cfg key checks (OpenPCDet's model_utils + loss_utils)."""
