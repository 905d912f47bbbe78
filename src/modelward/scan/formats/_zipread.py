"""Read single members of a zip archive in memory, bounded by the limits; nothing is extracted."""

from __future__ import annotations

import zipfile
from pathlib import Path

from modelward.core.limits import Limits
from modelward.scan.formats._common import FormatError, LimitHit


def open_zip(path: Path, limits: Limits) -> zipfile.ZipFile:
    """Open a zip archive, checking the member count against the limits."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile) as exc:
        raise FormatError(f"not a readable zip archive ({exc})") from None
    if len(zf.infolist()) > limits.max_archive_members:
        zf.close()
        raise LimitHit(f"{len(zf.infolist())} members, over max_archive_members={limits.max_archive_members}")
    return zf


def read_member(zf: zipfile.ZipFile, name: str, limits: Limits, cap: int | None = None) -> bytes:
    """A member's bytes, refusing declared or actual sizes over the cap (zip bombs lie in headers)."""
    cap = min(cap or limits.max_read_bytes, limits.max_read_bytes, limits.max_decompressed_bytes)
    info = zf.getinfo(name)
    if info.file_size > cap:
        raise LimitHit(f"member {name} declares {info.file_size} bytes, over the {cap}-byte cap")
    try:
        with zf.open(info) as fh:
            data = fh.read(cap + 1)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, EOFError) as exc:
        raise FormatError(f"member {name} cannot be read ({exc})") from None
    if len(data) > cap:
        raise LimitHit(f"member {name} inflates past the {cap}-byte cap")
    return data
