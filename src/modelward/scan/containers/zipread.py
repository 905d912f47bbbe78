"""A ZIP reader of our own: central directory and local headers read as PyTorch's reader (miniz) and
Python's zipfile read them, every disagreement reported. Nothing is extracted; members are streamed."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import BinaryIO

from modelward.core.errors import DataError
from modelward.scan.limits import LimitReached, Limits

_EOCD = struct.Struct("<4s4H2LH")
_EOCD64_LOC = struct.Struct("<4sLQL")
_EOCD64 = struct.Struct("<4sQ2H2L4Q")
_CDH = struct.Struct("<4s6H3L5H2L")
_LFH = struct.Struct("<4s5H3L2H")


@dataclass(frozen=True)
class ZipMember:
    """One central-directory entry, with what its local header says."""

    name: str
    flags: int
    method: int
    crc: int
    csize: int
    usize: int
    header_offset: int
    data_offset: int  # from the local header's own name/extra lengths, as miniz and zipfile do
    local_name: str
    local_flags: int
    local_method: int


@dataclass
class ZipListing:
    members: list[ZipMember] = field(default_factory=list)
    anomalies: list[tuple[str, str, int | None]] = field(default_factory=list)  # (kind, detail, offset)
    prefix_bytes: int = 0  # bytes before the first local header (data prepended to the zip)
    limits: list[LimitReached] = field(default_factory=list)  # limits reached: members not listed


def _zip64_sizes(extra: bytes, usize: int, csize: int, offset: int) -> tuple[int, int, int]:
    i = 0
    while i + 4 <= len(extra):
        tag, size = struct.unpack_from("<HH", extra, i)
        if tag == 1:
            vals = extra[i + 4 : i + 4 + size]
            j = 0
            for name in ("usize", "csize", "offset"):
                cur = {"usize": usize, "csize": csize, "offset": offset}[name]
                if cur == 0xFFFFFFFF and j + 8 <= len(vals):
                    v = struct.unpack_from("<Q", vals, j)[0]
                    j += 8
                    usize, csize, offset = (v, csize, offset) if name == "usize" else (
                        (usize, v, offset) if name == "csize" else (usize, csize, v))
            break
        i += 4 + size
    return usize, csize, offset


def _decode(raw: bytes, flags: int) -> str:
    return raw.decode("utf-8" if flags & 0x800 else "cp437", "replace")


def read_listing(f: BinaryIO, size: int, limits: Limits) -> ZipListing:
    """Parse the central directory (at most limits.max_read_bytes of it, at most
    limits.max_archive_members entries; past either the listing records the limit); raise DataError
    when there is none."""
    tail_start = max(0, size - 65557)
    f.seek(tail_start)
    tail = f.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        raise DataError("no ZIP end-of-central-directory record")
    eocd_pos = tail_start + at
    _, _, _, _, total, cd_size, cd_offset, _ = _EOCD.unpack_from(tail, at)
    listing = ZipListing()
    cd_end = eocd_pos
    if at >= 20 and tail[at - 20 : at - 16] == b"PK\x06\x07":
        # zip64: the record sits right before its locator (where zipfile looks for it too)
        rec_pos = eocd_pos - 20 - _EOCD64.size
        f.seek(rec_pos)
        rec = f.read(_EOCD64.size)
        if len(rec) == _EOCD64.size and rec[:4] == b"PK\x06\x06":
            vals = _EOCD64.unpack(rec)
            total, cd_size, cd_offset = vals[7], vals[8], vals[9]
            cd_end = rec_pos
    # Data prepended to the archive shifts every offset; readers (zipfile) compensate. Do the same.
    shift = cd_end - cd_size - cd_offset
    if shift > 0:
        listing.prefix_bytes = shift
        listing.anomalies.append(("prepended-data", f"{shift} bytes precede the ZIP archive", 0))
    if total > limits.max_archive_members:
        listing.limits.append(LimitReached("max_archive_members", f"{total} members, more than "
                                           f"limits.max_archive_members ({limits.max_archive_members}) listed"))
        total = limits.max_archive_members
    if cd_size > limits.max_read_bytes:
        listing.limits.append(LimitReached("max_read_bytes", f"central directory of {cd_size} bytes, more than "
                                           f"limits.max_read_bytes ({limits.max_read_bytes}) read"))
    f.seek(cd_offset + max(shift, 0))
    cd = f.read(min(cd_size, limits.max_read_bytes))
    pos = 0
    seen: dict[str, int] = {}
    for _ in range(total):
        if pos + _CDH.size > len(cd) or cd[pos : pos + 4] != b"PK\x01\x02":
            if len(cd) < cd_size:  # cut at the read cap: already a limit, not an anomaly
                break
            listing.anomalies.append(("truncated-directory", "central directory ends early", cd_offset + pos))
            break
        (_, _, _, flags, method, _, _, crc, csize, usize, nlen, elen, clen, _, _, _, hoff) = _CDH.unpack_from(cd, pos)
        if pos + 46 + nlen + elen + clen > len(cd):
            if len(cd) >= cd_size:
                listing.anomalies.append(("truncated-directory", "central directory ends early", cd_offset + pos))
            break
        raw_name = cd[pos + 46 : pos + 46 + nlen]
        extra = cd[pos + 46 + nlen : pos + 46 + nlen + elen]
        pos += 46 + nlen + elen + clen
        usize, csize, hoff = _zip64_sizes(extra, usize, csize, hoff)
        name = _decode(raw_name, flags)
        hoff += max(shift, 0)
        f.seek(hoff)
        lfh = f.read(_LFH.size)
        if len(lfh) < _LFH.size or lfh[:4] != b"PK\x03\x04":
            listing.anomalies.append(("bad-local-header", f"{name}: no local header at {hoff}", hoff))
            continue
        (_, _, lflags, lmethod, _, _, _, _, _, lnlen, lelen) = _LFH.unpack(lfh)
        local_raw = f.read(lnlen)
        member = ZipMember(name, flags, method, crc, csize, usize, hoff, hoff + _LFH.size + lnlen + lelen,
                           _decode(local_raw, lflags), lflags, lmethod)
        if name in seen:
            listing.anomalies.append(("duplicate-name", f"member name {name!r} appears more than once", hoff))
        seen[name] = seen.get(name, 0) + 1
        if member.local_name != name:
            listing.anomalies.append(
                ("name-mismatch", f"central name {name!r} != local name {member.local_name!r}", hoff))
        if (flags ^ lflags) & ~0x8 or method != lmethod:
            listing.anomalies.append(
                ("header-mismatch", f"{name}: central/local flags or method differ", hoff))
        if flags & 0x1:
            listing.anomalies.append(("encrypted-flag", f"{name}: encryption flag set", hoff))
        if method not in (0, 8):
            listing.anomalies.append(("compression", f"{name}: compression method {method}", hoff))
        listing.members.append(member)
    return listing


def unsafe_member_name(name: str) -> bool:
    """Absolute paths, drive letters, backslashes, `..` components or NUL: unsafe to extract."""
    if "\x00" in name or name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return True
    return any(part == ".." for part in name.replace("\\", "/").split("/"))
