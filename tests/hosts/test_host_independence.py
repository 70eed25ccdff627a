"""Issue 14 item 3: the same quantized checkpoint and input give bit-identical quantized head outputs whether
the detector was built by OpenPCDet (the fake 0.6.0 checkout, its PFN computing BN on the permuted view as
OpenPCDet does) or by the built-in host."""
import types

import torch
import torch.nn.functional as F

from pcdet_qat_plugin import build_model, quantize
from pcdet_qat_plugin.hosts.openpcdet import hook
from pcdet_qat_plugin.models import load_data_to_device
from pcdet_qat_plugin.quant import QuantSettings, calibrate

from .fake_openpcdet import make_batch
from .test_patches import _cfg

HEADS = ('conv_cls', 'conv_box', 'conv_dir_cls')


def openpcdet_pfn_forward(self, inputs):
    """OpenPCDet 0.6.0 PFNLayer.forward's arithmetic: BatchNorm1d on the (V, C, P) permuted view."""
    x = self.linear(inputs)
    x = self.norm(x.permute(0, 2, 1)).permute(0, 2, 1) if self.use_norm else x
    x = F.relu(x)
    x_max = torch.max(x, dim=1, keepdim=True)[0]
    if self.last_vfe:
        return x_max
    return torch.cat([x, x_max.repeat(1, inputs.shape[1], 1)], dim=2)


def _heads(model, batch):
    got, handles = {}, []
    for key in HEADS:
        conv = getattr(model.dense_head, key, None)
        if conv is not None:
            handles.append(conv.register_forward_hook(lambda m, a, out, key=key: got.__setitem__(key, out)))
    with torch.no_grad():
        model(load_data_to_device(dict(batch)))
    for h in handles:
        h.remove()
    return got


def test_quantized_heads_identical_on_both_hosts(fake_openpcdet, tmp_path):
    hook.enable()
    import pcdet.config
    from pcdet.datasets import build_dataloader
    from pcdet.models import build_network
    cfg = _cfg(tmp_path)
    pcdet.config.cfg.update(cfg)
    dataset, _, _ = build_dataloader(pcdet.config.cfg.DATA_CONFIG, cfg.CLASS_NAMES, 1, False, training=False)
    torch.manual_seed(0)
    host = build_network(model_cfg=pcdet.config.cfg.MODEL, num_class=len(cfg.CLASS_NAMES), dataset=dataset)
    for pfn in host.vfe.pfn_layers:
        pfn.forward = types.MethodType(openpcdet_pfn_forward, pfn)
    builtin = build_model(cfg)
    builtin.load_state_dict(host.state_dict())
    settings = QuantSettings(mode='calibration', bias_calibration=True, bitwidth_16_layers=('dense_head.conv_box', 'vfe.*'))
    quantize(host, settings, 'calibrate')
    calibrate(host, [make_batch(dataset, 2, seed) for seed in range(3)], prepare=load_data_to_device)
    quantize(builtin, settings, 'test')
    builtin.load_state_dict(host.state_dict())
    quantize(host, settings, 'test')
    host.eval(), builtin.eval()
    batch = make_batch(dataset, 2, 11)
    a, b = _heads(host, batch), _heads(builtin, batch)
    assert set(a) == set(b) and len(a) >= 2
    for key in a:
        assert torch.equal(a[key], b[key]), key
