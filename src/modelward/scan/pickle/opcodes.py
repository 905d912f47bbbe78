"""The opcode handlers of the symbolic pickle VM, one per opcode, following Lib/pickle.py load_*.

Each takes the VM and returns True only for STOP; `DISPATCH` maps an opcode byte to its handler."""

from __future__ import annotations

import codecs
import struct
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from modelward.scan.pickle.values import Blob, Made, Persistent, Ref, describe
from modelward.scan.pickle.vm import HIGHEST_PROTOCOL, _Halt, _limit

if TYPE_CHECKING:
    from modelward.scan.pickle.vm import PickleVM

_u2 = struct.Struct("<H").unpack
_u4 = struct.Struct("<I").unpack
_i4 = struct.Struct("<i").unpack
_u8 = struct.Struct("<Q").unpack
_f8 = struct.Struct(">d").unpack


def _text(data: bytes) -> str:
    # Unpickler(encoding="ASCII") by default; torch uses utf-8. Keep a str either way so a
    # global built from it is judged (a decode error would only stop the real load earlier).
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _str_or_blob(vm: PickleVM, n: int, kind: str, codec: str) -> Any:
    data = vm.payload(n, kind)
    if isinstance(data, Blob):
        return data
    return data.decode(codec, "surrogatepass") if codec == "utf-8" else data.decode(codec)


def op_mark(vm: PickleVM) -> bool:
    vm.metastack.append(vm.stack)
    vm.marked += len(vm.stack)
    vm.stack = []
    return False


def op_stop(vm: PickleVM) -> bool:
    vm.pop()
    return True


def op_pop(vm: PickleVM) -> bool:
    if vm.stack:
        vm.stack.pop()
    else:
        vm.pop_mark()  # pickle.py and _pickle.c both pop a MARK when the stack above it is empty
    return False


def op_pop_mark(vm: PickleVM) -> bool:
    vm.pop_mark()
    return False


def op_dup(vm: PickleVM) -> bool:
    vm.stack.append(vm.top())
    return False


def op_float(vm: PickleVM) -> bool:
    vm.stack.append(float(vm.readline()[:-1]))
    return False


def op_int(vm: PickleVM) -> bool:
    data = vm.readline()
    if data == b"00\n":
        vm.stack.append(False)
    elif data == b"01\n":
        vm.stack.append(True)
    else:
        vm.stack.append(int(data, 0))
    return False


def op_binint(vm: PickleVM) -> bool:
    vm.stack.append(_i4(vm.read(4))[0])
    return False


def op_binint1(vm: PickleVM) -> bool:
    vm.stack.append(vm.read(1)[0])
    return False


def op_binint2(vm: PickleVM) -> bool:
    vm.stack.append(_u2(vm.read(2))[0])
    return False


def op_long(vm: PickleVM) -> bool:
    val = vm.readline()[:-1]
    if val and val[-1:] == b"L":
        val = val[:-1]
    vm.stack.append(int(val, 0))
    return False


def _long_bytes(vm: PickleVM, n: int) -> None:
    if n < 0:
        raise _Halt("malformed", "LONG pickle has negative byte count")
    data = vm.payload(n, "long")
    vm.stack.append(int.from_bytes(data, "little", signed=True) if isinstance(data, bytes) and n <= 64
                    else Blob("long", n))


def op_long1(vm: PickleVM) -> bool:
    _long_bytes(vm, vm.read(1)[0])
    return False


def op_long4(vm: PickleVM) -> bool:
    _long_bytes(vm, _i4(vm.read(4))[0])
    return False


def op_none(vm: PickleVM) -> bool:
    vm.stack.append(None)
    return False


def op_newtrue(vm: PickleVM) -> bool:
    vm.stack.append(True)
    return False


def op_newfalse(vm: PickleVM) -> bool:
    vm.stack.append(False)
    return False


def _persistent(vm: PickleVM, pid: Any) -> None:
    if not vm.persistent_ok:
        vm.anomaly("persistent-id", "persistent id outside a loader that defines persistent_load",
                   pid=describe(pid, 80))
    vm.stack.append(Persistent(pid))


def op_persid(vm: PickleVM) -> bool:
    _persistent(vm, vm.readline()[:-1].decode("ascii"))
    return False


def op_binpersid(vm: PickleVM) -> bool:
    _persistent(vm, vm.pop())
    return False


def op_reduce(vm: PickleVM) -> bool:
    args = vm.pop()
    func = vm.top()
    vm.stack[-1] = vm.call(func, args, "REDUCE")
    return False


def _string(vm: PickleVM, data: bytes | Blob) -> None:
    if isinstance(data, Blob):
        vm.stack.append(data)
        return
    vm.stack.append(_text(data))


def op_string(vm: PickleVM) -> bool:
    data = vm.readline()[:-1]
    if len(data) >= 2 and data[0] == data[-1] and data[:1] in (b'"', b"'"):
        data = data[1:-1]
    else:
        raise _Halt("malformed", "the STRING opcode argument must be quoted")
    _string(vm, codecs.escape_decode(data)[0])
    return False


def op_binstring(vm: PickleVM) -> bool:
    n = _i4(vm.read(4))[0]
    if n < 0:
        raise _Halt("malformed", "BINSTRING pickle has negative byte count")
    _string(vm, vm.payload(n, "string"))
    return False


def op_short_binstring(vm: PickleVM) -> bool:
    _string(vm, vm.read(vm.read(1)[0]))
    return False


def op_binbytes(vm: PickleVM) -> bool:
    vm.stack.append(vm.payload(_u4(vm.read(4))[0], "bytes"))
    return False


def op_short_binbytes(vm: PickleVM) -> bool:
    vm.stack.append(vm.read(vm.read(1)[0]))
    return False


def op_binbytes8(vm: PickleVM) -> bool:
    vm.stack.append(vm.payload(_u8(vm.read(8))[0], "bytes"))
    return False


def op_bytearray8(vm: PickleVM) -> bool:
    vm.stack.append(vm.payload(_u8(vm.read(8))[0], "bytearray"))
    return False


def op_unicode(vm: PickleVM) -> bool:
    vm.stack.append(vm.readline()[:-1].decode("raw-unicode-escape"))
    return False


def op_binunicode(vm: PickleVM) -> bool:
    vm.stack.append(_str_or_blob(vm, _u4(vm.read(4))[0], "str", "utf-8"))
    return False


def op_short_binunicode(vm: PickleVM) -> bool:
    vm.stack.append(vm.read(vm.read(1)[0]).decode("utf-8", "surrogatepass"))
    return False


def op_binunicode8(vm: PickleVM) -> bool:
    vm.stack.append(_str_or_blob(vm, _u8(vm.read(8))[0], "str", "utf-8"))
    return False


def op_binfloat(vm: PickleVM) -> bool:
    vm.stack.append(_f8(vm.read(8))[0])
    return False


def op_tuple(vm: PickleVM) -> bool:
    items = tuple(vm.pop_mark())  # pop_mark swaps vm.stack: take the items first
    vm.stack.append(items)
    return False


def op_empty_tuple(vm: PickleVM) -> bool:
    vm.stack.append(())
    return False


def op_tuple1(vm: PickleVM) -> bool:
    vm.stack[-1:] = [(vm.top(),)]
    return False


def op_tuple2(vm: PickleVM) -> bool:
    b, a = vm.pop(), vm.pop()
    vm.stack.append((a, b))
    return False


def op_tuple3(vm: PickleVM) -> bool:
    c, b, a = vm.pop(), vm.pop(), vm.pop()
    vm.stack.append((a, b, c))
    return False


def op_empty_list(vm: PickleVM) -> bool:
    vm.stack.append(vm.box("list"))
    return False


def op_empty_dict(vm: PickleVM) -> bool:
    vm.stack.append(vm.box("dict"))
    return False


def op_empty_set(vm: PickleVM) -> bool:
    vm.stack.append(vm.box("set"))
    return False


def op_frozenset(vm: PickleVM) -> bool:
    box = vm.box("frozenset", vm.pop_mark())
    vm.stack.append(box)
    return False


def op_list(vm: PickleVM) -> bool:
    box = vm.box("list", vm.pop_mark())
    vm.stack.append(box)
    return False


def op_dict(vm: PickleVM) -> bool:
    items = vm.pop_mark()
    if len(items) % 2:
        raise _Halt("malformed", "odd number of items for DICT")
    vm.stack.append(vm.box("dict", list(zip(items[::2], items[1::2], strict=True))))
    return False


def op_inst(vm: PickleVM) -> bool:
    module = vm.readline()[:-1].decode("ascii")
    name = vm.readline()[:-1].decode("ascii")
    ref = vm.make_global(module, name, "INST")
    args = tuple(vm.pop_mark())
    vm.stack.append(vm.call(ref, args, "INST"))
    return False


def op_obj(vm: PickleVM) -> bool:
    args = vm.pop_mark()
    if not args:
        raise _Halt("malformed", "OBJ without a class")
    vm.stack.append(vm.call(args[0], tuple(args[1:]), "OBJ"))
    return False


def op_newobj(vm: PickleVM) -> bool:
    args = vm.pop()
    cls = vm.pop()
    vm.stack.append(vm.call(cls, args, "NEWOBJ"))
    return False


def op_newobj_ex(vm: PickleVM) -> bool:
    kwargs = vm.pop()
    args = vm.pop()
    cls = vm.pop()
    made = vm.call(cls, args, "NEWOBJ_EX")
    made.state = kwargs
    vm.stack.append(made)
    return False


def op_global(vm: PickleVM) -> bool:
    module = vm.readline()[:-1].decode("utf-8")
    name = vm.readline()[:-1].decode("utf-8")
    vm.stack.append(vm.make_global(module, name, "GLOBAL"))
    return False


def op_stack_global(vm: PickleVM) -> bool:
    name = vm.pop()
    module = vm.pop()
    if type(name) is not str or type(module) is not str:
        raise _Halt("malformed", "STACK_GLOBAL requires str")
    vm.stack.append(vm.make_global(module, name, "STACK_GLOBAL"))
    return False


def _ext(vm: PickleVM, code: int) -> None:
    vm.anomaly("extension", f"extension registry code {code}", code=code)
    vm.stack.append(vm.make_global("copyreg._extension_registry", str(code), "EXT"))


def op_ext1(vm: PickleVM) -> bool:
    _ext(vm, vm.read(1)[0])
    return False


def op_ext2(vm: PickleVM) -> bool:
    _ext(vm, _u2(vm.read(2))[0])
    return False


def op_ext4(vm: PickleVM) -> bool:
    _ext(vm, _i4(vm.read(4))[0])
    return False


def _get(vm: PickleVM, idx: int) -> None:
    try:
        vm.stack.append(vm.memo[idx])
    except KeyError:
        raise _Halt("malformed", f"memo value {idx} not found") from None


def _put(vm: PickleVM, idx: int) -> None:
    if idx < 0:
        raise _Halt("malformed", "negative PUT argument")
    if len(vm.memo) >= vm.limits.max_memo_entries and idx not in vm.memo:
        raise _limit("max_memo_entries", f"more than {vm.limits.max_memo_entries} memo entries "
                                         "(limits.max_memo_entries)")
    vm.memo[idx] = vm.top()


def op_get(vm: PickleVM) -> bool:
    _get(vm, int(vm.readline()[:-1]))
    return False


def op_binget(vm: PickleVM) -> bool:
    _get(vm, vm.read(1)[0])
    return False


def op_long_binget(vm: PickleVM) -> bool:
    _get(vm, _u4(vm.read(4))[0])
    return False


def op_put(vm: PickleVM) -> bool:
    _put(vm, int(vm.readline()[:-1]))
    return False


def op_binput(vm: PickleVM) -> bool:
    _put(vm, vm.read(1)[0])
    return False


def op_long_binput(vm: PickleVM) -> bool:
    _put(vm, _u4(vm.read(4))[0])
    return False


def op_memoize(vm: PickleVM) -> bool:
    _put(vm, len(vm.memo))
    return False


def op_append(vm: PickleVM) -> bool:
    value = vm.pop()
    target = vm.top()
    if vm.mutate(target, "APPEND", ("list",)):
        target.extend([value])
    return False


def op_appends(vm: PickleVM) -> bool:
    items = vm.pop_mark()
    target = vm.top()
    if vm.mutate(target, "APPENDS", ("list",)):
        target.extend(items)
    return False


def op_setitem(vm: PickleVM) -> bool:
    value = vm.pop()
    key = vm.pop()
    target = vm.top()
    if vm.mutate(target, "SETITEM", ("dict", "list")):
        target.extend([(key, value)])
    return False


def op_setitems(vm: PickleVM) -> bool:
    items = vm.pop_mark()
    target = vm.top()
    if len(items) % 2:
        raise _Halt("malformed", "odd number of items for SETITEMS")
    if vm.mutate(target, "SETITEMS", ("dict",)):
        target.extend(list(zip(items[::2], items[1::2], strict=True)))
    return False


def op_additems(vm: PickleVM) -> bool:
    items = vm.pop_mark()
    target = vm.top()
    if vm.mutate(target, "ADDITEMS", ("set",)):
        target.extend(items)
    return False


def op_build(vm: PickleVM) -> bool:
    state = vm.pop()
    inst = vm.top()
    if isinstance(inst, Made):
        if inst.cls is not None:
            inst.cls.rec.use("built", vm.op_start, "BUILD")
        inst.state = state
        if vm.on_build is not None:
            vm.on_build(vm, inst)
    elif isinstance(inst, Ref):
        inst.rec.use("mutated", vm.op_start, "BUILD")
        vm.anomaly("global-mutation", f"BUILD sets attributes on the module-level object {inst.rec.fullname}",
                   target=inst.rec.fullname)
    elif isinstance(inst, Persistent):
        vm.anomaly("global-mutation", "BUILD sets state on an object from persistent_load")
    else:
        raise _Halt("malformed", f"BUILD on a {type(inst).__name__}")
    return False


def op_proto(vm: PickleVM) -> bool:
    proto = vm.read(1)[0]
    if proto > HIGHEST_PROTOCOL:
        raise _Halt("malformed", f"unsupported pickle protocol: {proto}")
    vm.proto = proto
    return False


def op_frame(vm: PickleVM) -> bool:
    vm.read(8)  # _pickle.c only checks the bytes are there; framing does not change semantics
    return False


def op_next_buffer(vm: PickleVM) -> bool:
    raise _Halt("malformed", "NEXT_BUFFER without out-of-band buffers")


def op_readonly_buffer(vm: PickleVM) -> bool:
    vm.top()
    return False


DISPATCH: dict[int, Callable[[PickleVM], bool]] = {
    ord(k): v
    for k, v in {
        "(": op_mark, ".": op_stop, "0": op_pop, "1": op_pop_mark, "2": op_dup, "F": op_float,
        "I": op_int, "J": op_binint, "K": op_binint1, "L": op_long, "M": op_binint2, "N": op_none,
        "P": op_persid, "Q": op_binpersid, "R": op_reduce, "S": op_string, "T": op_binstring,
        "U": op_short_binstring, "V": op_unicode, "X": op_binunicode, "a": op_append, "b": op_build,
        "c": op_global, "d": op_dict, "}": op_empty_dict, "e": op_appends, "g": op_get, "h": op_binget,
        "i": op_inst, "j": op_long_binget, "l": op_list, "]": op_empty_list, "o": op_obj, "p": op_put,
        "q": op_binput, "r": op_long_binput, "s": op_setitem, "t": op_tuple, ")": op_empty_tuple,
        "u": op_setitems, "G": op_binfloat, "B": op_binbytes, "C": op_short_binbytes,
    }.items()
}
DISPATCH.update({
    0x80: op_proto, 0x81: op_newobj, 0x82: op_ext1, 0x83: op_ext2, 0x84: op_ext4, 0x85: op_tuple1,
    0x86: op_tuple2, 0x87: op_tuple3, 0x88: op_newtrue, 0x89: op_newfalse, 0x8A: op_long1,
    0x8B: op_long4, 0x8C: op_short_binunicode, 0x8D: op_binunicode8, 0x8E: op_binbytes8,
    0x8F: op_empty_set, 0x90: op_additems, 0x91: op_frozenset, 0x92: op_newobj_ex,
    0x93: op_stack_global, 0x94: op_memoize, 0x95: op_frame, 0x96: op_bytearray8,
    0x97: op_next_buffer, 0x98: op_readonly_buffer,
})
