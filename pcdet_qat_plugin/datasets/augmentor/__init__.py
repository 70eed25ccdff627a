"""Training augmentations (DATA_AUGMENTOR): gt sampling, world flip / rotation / scaling."""
