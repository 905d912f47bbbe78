"""`load(path)`: load a model only after a clean scan of the very bytes it loads, with an unpickler that
admits only allowlisted globals (ModelLoadError names anything else). Plain pickle, joblib (its own
unpickler, restricted), PyTorch zip (torch.load(weights_only=True)) and .npy without objects."""

from __future__ import annotations

import io
import pickle
from pathlib import Path
from typing import Any, BinaryIO

from modelward.core.errors import DataError, ModelLoadError, require
from modelward.core.findings import Severity
from modelward.scan.allowlist import ALLOWED, GlobalPolicy, builtin_policy
from modelward.scan.base import FileScan
from modelward.scan.limits import DEFAULT_LIMITS, Limits
from modelward.scan.pickle.names import python3_name
from modelward.scan.source import Source


def check_global(policy: GlobalPolicy, source: str, module: str, name: str) -> None:
    """Judge the Python 3 name pickle may map a Python 2 name to (as the scanner does)."""
    module, name = python3_name(module, name)
    if policy.verdict(module, name).status != ALLOWED:
        raise ModelLoadError(
            f"{source}: refused to load global {module}.{name}: it is not on the allowlist "
            "(extend it with a --policy file if you trust it)")


class RestrictedUnpickler(pickle.Unpickler):
    """pickle.Unpickler whose find_class admits only the allowlist; persistent ids are refused."""

    def __init__(self, file: BinaryIO, source: str, policy: GlobalPolicy | None = None) -> None:
        super().__init__(file)
        self.source = source
        self.policy = policy or builtin_policy()

    def find_class(self, module: str, name: str) -> Any:
        check_global(self.policy, self.source, module, name)
        return super().find_class(module, name)

    def persistent_load(self, pid: Any) -> Any:
        raise ModelLoadError(f"{self.source}: refused persistent id {pid!r} in a plain pickle")


def require_clean(scan: FileScan, source: str, below: Severity) -> None:
    """ModelLoadError unless the scan finished (verified) and found nothing at or above `below`; the
    message names the worst finding and its check id."""
    if scan.error or scan.skipped:
        raise ModelLoadError(f"{source}: cannot be loaded safely: {scan.error or scan.skipped}")
    bad = [f for f in scan.findings if f.severity >= below]
    if bad:
        worst = max(bad, key=lambda f: f.severity.rank)
        raise ModelLoadError(f"{source}: refused to load: {worst.title} ({worst.check_id}, {worst.location})")
    if not scan.verified:
        raise ModelLoadError(f"{source}: refused to load: the scan did not finish (not verified)")


def _joblib_load(data: bytes, source: str, policy: GlobalPolicy) -> Any:
    npp = require("joblib.numpy_pickle", "all", "Loading joblib files")
    base = npp.NumpyUnpickler  # type: ignore[attr-defined]

    class Restricted(base):  # type: ignore[misc, valid-type]
        def find_class(self, module: str, name: str) -> Any:
            check_global(policy, source, module, name)
            return super().find_class(module, name)

        def persistent_load(self, pid: Any) -> Any:
            raise ModelLoadError(f"{source}: refused persistent id in a joblib file")

    with npp._validate_fileobject_and_memmap(io.BytesIO(data), source, None) as (fobj, _):  # type: ignore[attr-defined]
        if isinstance(fobj, str):
            raise ModelLoadError(f"{source}: joblib compat format (separate .npy files) is not supported")
        return Restricted(source, fobj, ensure_native_byte_order=True).load()


def load_scanned(source: Source, scan: FileScan, policy: GlobalPolicy) -> Any:
    """Restricted load of bytes whose scan `scan` is clean (medium and above refuse)."""
    label = source.label
    require_clean(scan, label, Severity.MEDIUM)
    data = bytes(source.view())
    fmt = scan.format
    if fmt == "pickle":
        return RestrictedUnpickler(io.BytesIO(data), label, policy).load()
    if fmt == "joblib" or fmt.startswith("joblib-"):
        return _joblib_load(data, label, policy)
    if fmt == "torch-zip":
        torch = require("torch", "torch", "Loading PyTorch files")
        try:
            return torch.load(io.BytesIO(data), weights_only=True, map_location="cpu")  # type: ignore[attr-defined]
        except pickle.UnpicklingError as exc:
            reason = str(exc).rsplit("WeightsUnpickler error:", 1)[-1].strip().splitlines()[0]
            raise ModelLoadError(
                f"{label}: holds objects beyond tensors, which torch's weights-only loader refuses "
                f"({reason}); load its state dict into a module you build, or trust the file after scanning it"
            ) from None
    if fmt == "numpy":
        import numpy

        try:
            return numpy.load(io.BytesIO(data), allow_pickle=False)
        except ValueError as exc:
            raise ModelLoadError(f"{label}: object arrays need pickle; refused ({exc})") from exc
    raise ModelLoadError(f"{label}: format {fmt!r} has no safe loader here (expected pickle, joblib, "
                         "PyTorch zip or .npy)")


def load(path: str | Path, limits: Limits = DEFAULT_LIMITS, policy: GlobalPolicy | None = None) -> Any:
    """The object in `path`, or ModelLoadError: the file is read once, scanned, then loaded from those bytes."""
    from modelward.scan.dispatch import scan_source

    policy = policy or builtin_policy()
    try:
        source = Source.read(path, limits)
    except (OSError, DataError) as exc:
        raise ModelLoadError(f"{path}: cannot be read: {exc}") from exc
    return load_scanned(source, scan_source(source, policy, limits), policy)


def loads(data: bytes, source: str = "<bytes>", policy: GlobalPolicy | None = None) -> Any:
    """Restricted unpickling of in-memory bytes (no scan: the unpickler itself refuses globals)."""
    return RestrictedUnpickler(io.BytesIO(data), source, policy).load()
