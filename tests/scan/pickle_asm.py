"""A tiny pickle assembler for tests: malicious pickles are written opcode by opcode, never made by
pickling live objects and never unpickled."""

from __future__ import annotations

import struct


def proto(n: int) -> bytes:
    return b"\x80" + bytes([n])


def frame(n: int) -> bytes:
    return b"\x95" + struct.pack("<Q", n)


def sbu(s: str) -> bytes:  # SHORT_BINUNICODE
    data = s.encode()
    return b"\x8c" + bytes([len(data)]) + data


def binunicode(s: str) -> bytes:
    data = s.encode()
    return b"X" + struct.pack("<I", len(data)) + data


def unicode_nl(s: str) -> bytes:  # protocol 0 UNICODE
    return b"V" + s.encode("raw-unicode-escape") + b"\n"


def string(s: str) -> bytes:  # protocol 0 STRING
    return b"S" + repr(s).encode() + b"\n"


def binbytes(b: bytes) -> bytes:
    return (b"C" + bytes([len(b)]) if len(b) < 256 else b"B" + struct.pack("<I", len(b))) + b


def glob(module: str, name: str) -> bytes:  # GLOBAL
    return b"c" + module.encode() + b"\n" + name.encode() + b"\n"


def inst(module: str, name: str) -> bytes:
    return b"i" + module.encode() + b"\n" + name.encode() + b"\n"


def stack_global(module: str, name: str) -> bytes:
    return sbu(module) + sbu(name) + STACK_GLOBAL


def put(i: int) -> bytes:
    return b"p" + str(i).encode() + b"\n"


def get(i: int) -> bytes:
    return b"g" + str(i).encode() + b"\n"


def binput(i: int) -> bytes:
    return b"q" + bytes([i])


def binget(i: int) -> bytes:
    return b"h" + bytes([i])


def long_binget(i: int) -> bytes:
    return b"j" + struct.pack("<I", i)


def binint1(i: int) -> bytes:
    return b"K" + bytes([i])


def ext1(code: int) -> bytes:
    return b"\x82" + bytes([code])


def persid(s: str) -> bytes:
    return b"P" + s.encode() + b"\n"


MARK, STOP, POP, POP_MARK, DUP = b"(", b".", b"0", b"1", b"2"
TUPLE, EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3 = b"t", b")", b"\x85", b"\x86", b"\x87"
REDUCE, BUILD, NEWOBJ, NEWOBJ_EX, OBJ = b"R", b"b", b"\x81", b"\x92", b"o"
EMPTY_DICT, EMPTY_LIST, SETITEM, SETITEMS, APPEND, APPENDS = b"}", b"]", b"s", b"u", b"a", b"e"
STACK_GLOBAL, MEMOIZE, NONE, NEWTRUE, BINPERSID = b"\x93", b"\x94", b"N", b"\x88", b"Q"


def asm(*parts: bytes) -> bytes:
    return b"".join(parts)


def call(module: str, name: str, *args: bytes, p: int = 4) -> bytes:
    """module.name(*args) with STACK_GLOBAL (p >= 4) or GLOBAL, then STOP."""
    head = proto(p) + (stack_global(module, name) if p >= 4 else glob(module, name))
    return head + MARK + b"".join(args) + TUPLE + REDUCE + STOP
