"""Tar archives, the legacy PyTorch tar (members sys_info, pickle, storages, tensors) included: headers
listed with tarfile (nothing extracted, every read bounded), every regular member identified by its
content and scanned like a file; links and special files are listed as skipped."""

from __future__ import annotations

import io
import tarfile

from modelward.core.findings import Severity
from modelward.scan.allowlist import GlobalPolicy
from modelward.scan.base import Collector, Format, FormatError, guarded
from modelward.scan.containers.zipread import unsafe_member_name
from modelward.scan.findings import finding
from modelward.scan.limits import LimitReached, Limits
from modelward.scan.pickle.analyse import Where, analyse_stream
from modelward.scan.sniff import detect
from modelward.scan.source import Source

TAR_METHOD = "tar headers listed with tarfile (no extraction); members identified by content and scanned"
_TORCH_TAR = {"sys_info", "pickle", "storages", "tensors"}


class CappedReader(io.RawIOBase):
    """A seekable reader that refuses any single read past `cap` bytes: tarfile reads long-name and pax
    headers whole, as long as the header says."""

    def __init__(self, inner: io.BufferedReader, cap: int) -> None:
        self.inner, self.cap = inner, cap

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def read(self, n: int | None = -1) -> bytes:
        if n is None or n < 0 or n > self.cap:
            raise LimitReached("max_read_bytes", f"a tar header asks to read {n} bytes at once "
                                                 "(limits.max_read_bytes)")
        return self.inner.read(n)

    def seek(self, offset: int, whence: int = 0) -> int:
        return self.inner.seek(offset, whence)

    def tell(self) -> int:
        return self.inner.tell()


@guarded("tar")
def scan_tar(source: Source, policy: GlobalPolicy, limits: Limits, c: Collector) -> None:
    seekable = source.seekable()
    reader = CappedReader(seekable.reader(), limits.max_read_bytes)
    try:
        tar = tarfile.open(fileobj=reader, mode="r:")  # noqa: SIM115 (closed by the `with` below)
    except tarfile.TarError as exc:
        raise FormatError(f"not a readable tar archive ({exc})") from None
    names: list[str] = []
    with tar:
        try:
            for count, info in enumerate(tar):
                if count >= limits.max_archive_members:
                    raise LimitReached("max_archive_members", f"more than {limits.max_archive_members} tar members")
                names.append(info.name)
                _member(seekable, source, info, policy, limits, c)
        except tarfile.TarError as exc:
            raise FormatError(f"tar archive breaks off after {len(names)} members ({exc})") from None
        _after_the_end(seekable, tar.offset, c)


def _after_the_end(source: Source, end: int, c: Collector) -> None:
    """tarfile stops at the first bad header; other readers skip it and read on. Data there is a finding."""
    reader = source.reader()
    reader.seek(end)
    rest = reader.read(1 << 20)
    if rest.strip(b"\0"):
        c.add(finding("container.tar-trailing-data", Severity.MEDIUM,
                      f"Data after the end of the tar archive (byte {end}): readers that skip bad headers see "
                      "members this scan and tarfile do not", source.name, source.member, end, method=TAR_METHOD,
                      measurements={"offset": end}))


def _member(seekable: Source, source: Source, info: tarfile.TarInfo, policy: GlobalPolicy, limits: Limits,
            c: Collector) -> None:
    from modelward.scan.dispatch import scan_source

    label = f"{source.member}>{info.name}" if source.member else info.name
    if unsafe_member_name(info.name) or ((info.issym() or info.islnk()) and unsafe_member_name(info.linkname)):
        c.add(finding("container.path-traversal", Severity.HIGH,
                      f"Tar member escapes the extraction folder: {info.name!r}", source.name, label,
                      info.offset, method=TAR_METHOD, measurements={"member": info.name}))
    if info.isdir():
        return
    if info.issym() or info.islnk():
        c.note(label, f"link to {info.linkname!r} (not followed)")
        return
    if not info.isfile():
        c.note(label, "not a regular file (device, FIFO or sparse member)")
        return
    if info.sparse is not None:
        raise LimitReached("max_read_bytes", f"sparse tar member {info.name!r} cannot be read in place")
    src = seekable.window(info.offset_data, info.size, info.name)
    fmt = detect(src) if src.depth <= limits.max_archive_depth else None
    if info.name in _TORCH_TAR and fmt == "pickle":
        # legacy torch: storages/tensors start with a pickle that torch reads, then raw data
        trailing = "data" if info.name in ("storages", "tensors") else "pickle"
        c.findings.extend(analyse_stream(src.reader(), limits, Where(source.name, label, policy), end=info.size,
                                         persistent_ok=True, trailing=trailing))
    else:
        c.merge(scan_source(src, policy, limits, fmt), label)


TAR = Format.builtin("tar", scan_tar)
