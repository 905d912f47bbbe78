"""`convert(path, to=...)`: rewrite a scanned-clean model in a format that cannot run code on load:
PyTorch state dicts -> safetensors; scikit-learn -> skops or ONNX where those are installed."""

from __future__ import annotations

from pathlib import Path

from modelward.core.errors import ConfigError, ModelLoadError, require
from modelward.core.output import atomic_write
from modelward.scan.safe_load import load

TARGETS = ("safetensors", "skops", "onnx")


def convert(path: str | Path, to: str = "safetensors", out: str | Path | None = None) -> Path:
    """The written file. The source is scanned and loaded with `safe_load.load` first."""
    path = Path(path)
    if to not in TARGETS:
        raise ConfigError(f"convert --to {to!r}: expected one of {', '.join(TARGETS)}")
    target = Path(out) if out else path.with_suffix({"safetensors": ".safetensors", "skops": ".skops",
                                                     "onnx": ".onnx"}[to])
    obj = load(path)
    if to == "safetensors":
        torch = require("torch", "torch", "Converting to safetensors")
        st = require("safetensors.torch", "torch", "Converting to safetensors")
        if isinstance(obj, dict) and "state_dict" in obj and isinstance(obj["state_dict"], dict):
            obj = obj["state_dict"]
        if not isinstance(obj, dict) or not all(isinstance(v, torch.Tensor) for v in obj.values()):  # type: ignore[attr-defined]
            raise ModelLoadError(f"{path}: safetensors needs a dict of tensors (a state_dict), "
                                 f"got {type(obj).__name__}")
        tensors = {str(k): v.detach().contiguous() for k, v in obj.items()}
        return atomic_write(target, lambda tmp: st.save_file(tensors, tmp))  # type: ignore[attr-defined]
    if not hasattr(obj, "fit"):
        raise ModelLoadError(f"{path}: {to} conversion needs a scikit-learn estimator, got {type(obj).__name__}")
    if to == "skops":
        sio = require("skops.io", "all", "Converting to skops")
        return atomic_write(target, lambda tmp: sio.dump(obj, tmp))  # type: ignore[attr-defined]
    skl2onnx = require("skl2onnx", "onnx", "Converting to ONNX")
    from skl2onnx.common.data_types import FloatTensorType

    n = getattr(obj, "n_features_in_", None)
    if n is None:
        raise ModelLoadError(f"{path}: the estimator has no n_features_in_ (is it fitted?)")
    onx = skl2onnx.convert_sklearn(obj, initial_types=[("input", FloatTensorType([None, int(n)]))])  # type: ignore[attr-defined]
    return atomic_write(target, lambda tmp: Path(tmp).write_bytes(onx.SerializeToString()))
