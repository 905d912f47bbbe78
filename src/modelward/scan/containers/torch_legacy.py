"""Legacy PyTorch files (before the zip format): five pickles in a row (magic number, protocol,
sys_info, the object, storage keys) then raw storages; and the older tar layout."""

from __future__ import annotations

import tarfile
from pathlib import Path

from modelward.core.findings import Finding, Severity
from modelward.core.limits import Limits
from modelward.scan.allowlist import GlobalPolicy
from modelward.scan.base import FileScan
from modelward.scan.containers.zipread import unsafe_member_name
from modelward.scan.pickle.analyse import Where, analyse_stream
from modelward.scan.pickle.findings import scan_finding

TAR_METHOD = "tar headers listed with tarfile (no extraction); pickle members streamed to the pickle VM"


def scan_torch_legacy(path: Path, limits: Limits, policy: GlobalPolicy | None = None) -> FileScan:
    with open(path, "rb") as fh:
        findings = analyse_stream(fh, limits, Where(str(path), policy=policy), end=path.stat().st_size,
                                  persistent_ok=True, max_pickles=5)
    # analyse_stream reports a 5-pickle stream as "several pickles": that is this format's layout.
    findings = [f for f in findings if f.check_id not in ("scan.pickle.multiple-pickles", "scan.pickle.trailing-data")]
    return FileScan(str(path), "torch-legacy", tuple(findings))


def scan_tar(path: Path, limits: Limits, policy: GlobalPolicy | None = None) -> FileScan:
    """Legacy torch tar (members sys_info, pickle, storages, tensors) and other tars: pickles analysed."""
    file = str(path)
    findings: list[Finding] = []
    with tarfile.open(path, mode="r:") as tar:
        for count, info in enumerate(tar):
            if count >= limits.max_archive_members:
                findings.append(scan_finding("container.limit", Severity.MEDIUM,
                                             "More tar members than limits.max_archive_members", file,
                                             method=TAR_METHOD))
                break
            if unsafe_member_name(info.name) or ((info.issym() or info.islnk()) and (
                unsafe_member_name(info.linkname)
            )):
                findings.append(scan_finding("container.path-traversal", Severity.HIGH,
                                             f"Tar member escapes the extraction folder: {info.name!r}",
                                             file, info.name, info.offset, method=TAR_METHOD,
                                             measurements={"member": info.name}))
            if not info.isfile():
                continue
            stream = tar.extractfile(info)
            if stream is None:
                continue
            head = stream.peek(2)[:2] if hasattr(stream, "peek") else b""
            if info.name in ("pickle", "sys_info", "storages", "tensors") or (
                len(head) == 2 and head[0] == 0x80 and head[1] <= 5
            ):
                where = Where(file, info.name, policy)
                # storages/tensors: leading pickles then raw data; analyse the leading pickle only
                trailing = "data" if info.name in ("storages", "tensors") else "pickle"
                findings.extend(analyse_stream(stream, limits, where, end=info.size,  # type: ignore[arg-type]
                                               persistent_ok=True, trailing=trailing))
    return FileScan(file, "tar", tuple(findings))
