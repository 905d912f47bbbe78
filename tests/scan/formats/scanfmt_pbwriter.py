"""A tiny protobuf wire-format writer to build TensorFlow SavedModel bytes without TensorFlow."""

from __future__ import annotations


def varint(n: int) -> bytes:
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def field(number: int, value: bytes | str | int) -> bytes:
    if isinstance(value, int):
        return varint(number << 3) + varint(value)
    data = value.encode() if isinstance(value, str) else value
    return varint(number << 3 | 2) + varint(len(data)) + data


def node(name: str, op: str, **attrs: str) -> bytes:
    """NodeDef: name = 1, op = 2, attr = 5 (map<string, AttrValue{s = 2}>)."""
    out = field(1, name) + field(2, op)
    for key, s in attrs.items():
        out += field(5, field(1, key) + field(2, field(2, s)))
    return out


def function(name: str, *nodes: bytes) -> bytes:
    """FunctionDef: signature (OpDef name = 1) = 1, node_def = 3."""
    return field(1, field(1, name)) + b"".join(field(3, n) for n in nodes)


def saved_model(nodes: list[bytes], functions: list[bytes] = (), restore_op: str = "save/restore_all") -> bytes:
    """SavedModel{1: version, 2: MetaGraphDef{2: GraphDef{1: node, 2: library{1: function}}, 3: SaverDef}}."""
    library = b"".join(field(1, f) for f in functions)
    graph = b"".join(field(1, n) for n in nodes) + (field(2, library) if functions else b"")
    saver = field(1, "save/Const:0") + field(3, restore_op)
    meta = field(2, graph) + field(3, saver)
    return field(1, 1) + field(2, meta)
