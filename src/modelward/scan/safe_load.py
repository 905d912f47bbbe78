"""`load(path)`: load a model only after a clean scan, with an unpickler that admits only allowlisted
globals (ModelLoadError names anything else). Plain pickle, joblib (its own unpickler, restricted),
PyTorch zip (torch.load(weights_only=True)) and .npy without objects."""

from __future__ import annotations

import _compat_pickle
import io
import pickle
from pathlib import Path
from typing import Any, BinaryIO

from modelward.core.errors import ModelLoadError, require
from modelward.core.findings import Severity
from modelward.core.limits import DEFAULT_LIMITS, Limits
from modelward.scan.allowlist import ACTIVE_POLICY, ALLOWED, GlobalPolicy, default_policy


def _check_global(policy: GlobalPolicy, source: str, module: str, name: str) -> None:
    """Judge the Python 3 name pickle may map a Python 2 name to (as the scanner does)."""
    if (module, name) in _compat_pickle.NAME_MAPPING:
        module, name = _compat_pickle.NAME_MAPPING[(module, name)]
    elif module in _compat_pickle.IMPORT_MAPPING:
        module = _compat_pickle.IMPORT_MAPPING[module]
    if policy.verdict(module, name).status != ALLOWED:
        raise ModelLoadError(
            f"{source}: refused to load global {module}.{name}: it is not on the allowlist "
            "(extend it with a --policy file if you trust it)")


class RestrictedUnpickler(pickle.Unpickler):
    """pickle.Unpickler whose find_class admits only the allowlist; persistent ids are refused."""

    def __init__(self, file: BinaryIO, source: str, policy: GlobalPolicy | None = None) -> None:
        super().__init__(file)
        self.source = source
        self.policy = policy or default_policy()

    def find_class(self, module: str, name: str) -> Any:
        _check_global(self.policy, self.source, module, name)
        return super().find_class(module, name)

    def persistent_load(self, pid: Any) -> Any:
        raise ModelLoadError(f"{self.source}: refused persistent id {pid!r} in a plain pickle")


def _scan_clean(path: Path, limits: Limits, policy: GlobalPolicy | None) -> str:
    from modelward.scan.api import scan_file

    token = ACTIVE_POLICY.set(policy)
    try:
        result = scan_file(path, limits)
    finally:
        ACTIVE_POLICY.reset(token)
    if result.error or result.skipped:
        raise ModelLoadError(f"{path}: cannot be loaded safely: {result.error or result.skipped}")
    bad = [f for f in result.findings if f.severity >= Severity.MEDIUM]
    if bad:
        worst = max(bad, key=lambda f: f.severity.rank)
        raise ModelLoadError(f"{path}: refused to load: {worst.title} ({worst.check_id}, {worst.location})")
    return result.format


def _joblib_load(path: Path, policy: GlobalPolicy) -> Any:
    npp = require("joblib.numpy_pickle", "all", "Loading joblib files")
    base = npp.NumpyUnpickler  # type: ignore[attr-defined]
    source = str(path)

    class Restricted(base):  # type: ignore[misc, valid-type]
        def find_class(self, module: str, name: str) -> Any:
            _check_global(policy, source, module, name)
            return super().find_class(module, name)

        def persistent_load(self, pid: Any) -> Any:
            raise ModelLoadError(f"{source}: refused persistent id in a joblib file")

    with open(path, "rb") as fh, npp._validate_fileobject_and_memmap(fh, str(path), None) as (fobj, _):  # type: ignore[attr-defined]
        if isinstance(fobj, str):
            raise ModelLoadError(f"{path}: joblib compat format (separate .npy files) is not supported")
        return Restricted(str(path), fobj, ensure_native_byte_order=True).load()


def load(path: str | Path, limits: Limits = DEFAULT_LIMITS, policy: GlobalPolicy | None = None) -> Any:
    """The object in `path`, or ModelLoadError (after a scan, and from the restricted unpickler)."""
    path = Path(path)
    fmt = _scan_clean(path, limits, policy)
    rules = policy or default_policy()
    if fmt == "pickle":
        with open(path, "rb") as fh:
            return RestrictedUnpickler(fh, str(path), rules).load()
    if fmt == "joblib" or fmt.startswith("joblib-"):
        return _joblib_load(path, rules)
    if fmt == "torch-zip":
        torch = require("torch", "torch", "Loading PyTorch files")
        try:
            return torch.load(path, weights_only=True, map_location="cpu")  # type: ignore[attr-defined]
        except pickle.UnpicklingError as exc:
            reason = str(exc).rsplit("WeightsUnpickler error:", 1)[-1].strip().splitlines()[0]
            raise ModelLoadError(
                f"{path}: holds objects beyond tensors, which torch's weights-only loader refuses "
                f"({reason}); load its state dict into a module you build, or trust the file after scanning it"
            ) from None
    if fmt == "numpy":
        import numpy

        try:
            return numpy.load(path, allow_pickle=False)
        except ValueError as exc:
            raise ModelLoadError(f"{path}: object arrays need pickle; refused ({exc})") from exc
    raise ModelLoadError(f"{path}: format {fmt!r} has no safe loader here (expected pickle, joblib, "
                         "PyTorch zip or .npy)")


def loads(data: bytes, source: str = "<bytes>", policy: GlobalPolicy | None = None) -> Any:
    """Restricted unpickling of in-memory bytes (no scan: the unpickler itself refuses globals)."""
    return RestrictedUnpickler(io.BytesIO(data), source, policy).load()
