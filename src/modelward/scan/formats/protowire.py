"""A minimal, bounded protobuf wire-format reader: fields of a message, no schema, no code run.

Used for TensorFlow SavedModel and ONNX so that neither TensorFlow nor a full protobuf parse of
multi-gigabyte tensors is needed: length-delimited fields are returned as (start, end) spans.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass

from modelward.scan.base import FormatError

VARINT, I64, LEN, SGROUP, EGROUP, I32 = 0, 1, 2, 3, 4, 5

Buffer = bytes | bytearray | memoryview


class ProtoError(FormatError):
    """Bytes that are not protocol-buffer wire format."""


@dataclass(frozen=True)
class Field:
    """One field occurrence: its number, wire type and value (int) or byte span (start, end)."""

    number: int
    wire: int
    value: int
    start: int = 0
    end: int = 0


def read_varint(buf: Buffer, pos: int, end: int) -> tuple[int, int]:
    """Decode a base-128 varint at pos; return (value, next position)."""
    result = 0
    shift = 0
    while True:
        if pos >= end:
            raise ProtoError(f"truncated varint at byte {pos}")
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, pos
        shift += 7
        if shift >= 70:
            raise ProtoError(f"varint longer than 10 bytes at byte {pos}")


def iter_fields(buf: Buffer, start: int = 0, end: int | None = None, lax_end: bool = False) -> Iterator[Field]:
    """Yield the fields of the message in buf[start:end]; raise ProtoError on malformed bytes.
    `lax_end`: `buf` holds only the start of the message (sniffing), so a length-delimited field may
    run past the buffer; it is yielded and the walk stops there."""
    declared = len(buf) if end is None else end
    end = min(declared, len(buf))
    pos = start
    while pos < end:
        key, pos = read_varint(buf, pos, end)
        number, wire = key >> 3, key & 7
        if number == 0:
            raise ProtoError(f"field number 0 at byte {pos}")
        if wire == VARINT:
            value, pos = read_varint(buf, pos, end)
            yield Field(number, wire, value)
        elif wire == LEN:
            length, pos = read_varint(buf, pos, end)
            if length > declared - pos:
                raise ProtoError(f"field {number} at byte {pos} claims {length} bytes, only {declared - pos} remain")
            if pos + length > end:
                if not lax_end:
                    raise ProtoError(f"field {number} at byte {pos} claims {length} bytes, only {end - pos} remain")
                yield Field(number, wire, length, pos, pos + length)
                return
            yield Field(number, wire, length, pos, pos + length)
            pos += length
        elif wire == I64:
            if pos + 8 > end:
                raise ProtoError(f"truncated fixed64 at byte {pos}")
            yield Field(number, wire, struct.unpack_from("<Q", buf, pos)[0])
            pos += 8
        elif wire == I32:
            if pos + 4 > end:
                raise ProtoError(f"truncated fixed32 at byte {pos}")
            yield Field(number, wire, struct.unpack_from("<I", buf, pos)[0])
            pos += 4
        else:
            raise ProtoError(f"unsupported wire type {wire} (field {number}) at byte {pos}")


def text(buf: Buffer, f: Field, limit: int = 4096) -> str:
    """A string field decoded as UTF-8 (replacing bad bytes), cut at `limit` characters."""
    if f.wire != LEN:
        raise ProtoError(f"field {f.number} is not length-delimited")
    return bytes(buf[f.start : min(f.end, f.start + limit)]).decode("utf-8", "replace")


def string_map(buf: Buffer, f: Field) -> tuple[str, Field | None]:
    """A map entry (key = 1 string, value = 2): the key and the raw value field."""
    key = ""
    value: Field | None = None
    for sub in iter_fields(buf, f.start, f.end):
        if sub.number == 1 and sub.wire == LEN:
            key = text(buf, sub)
        elif sub.number == 2:
            value = sub
    return key, value
