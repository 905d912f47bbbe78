"""Symbolic values of the pickle VM: what the real unpickler would hold, without running anything."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# How the stream uses a global, worst first as judged: called with arguments, instantiated the
# ordinary way (NEWOBJ / copyreg._reconstructor, no arguments), rebuilt from state by BUILD, changed
# in place, or only pushed.
USES = ("called", "instantiated", "built", "mutated")
KEPT_CALLS = 4


@dataclass
class GlobalRecord:
    """One GLOBAL / STACK_GLOBAL / INST / EXT occurrence and how the stream used the object."""

    module: str
    qualname: str
    written: str  # as it appears in the stream, before compatibility mapping
    offset: int
    opcode: str
    uses: dict[str, int] = field(default_factory=dict)  # a kind of USES -> count
    first_use: dict[str, tuple[int, str]] = field(default_factory=dict)  # use -> (offset, opcode)
    call_args: list[tuple[Any, ...]] = field(default_factory=list)  # first few argument tuples
    with_arguments: bool = False  # called at least once with arguments (chosen by whoever wrote the file)

    @property
    def fullname(self) -> str:
        return f"{self.module}.{self.qualname}"

    def use(self, kind: str, offset: int, opcode: str, args: tuple[Any, ...] | None = None) -> None:
        self.uses[kind] = self.uses.get(kind, 0) + 1
        self.first_use.setdefault(kind, (offset, opcode))
        if args is not None:
            self.with_arguments = self.with_arguments or (kind == "called" and len(args) > 0)
            if len(self.call_args) < KEPT_CALLS:
                self.call_args.append(args)


class Ref:
    """A global object on the stack (a class, a function, a module attribute)."""

    __slots__ = ("rec",)

    def __init__(self, rec: GlobalRecord) -> None:
        self.rec = rec

    def __repr__(self) -> str:
        return self.rec.fullname


class Made:
    """An object made at load time: the result of a call or an instantiation. `cls` is the class
    being instantiated when known (the callee, or the class handed to copyreg's helpers)."""

    __slots__ = ("args", "cls", "how", "offset", "origin", "state")

    def __init__(self, origin: Any, how: str, offset: int, args: tuple[Any, ...], cls: Ref | None = None) -> None:
        self.origin = origin
        self.how = how
        self.offset = offset
        self.args = args
        self.cls = cls
        self.state: Any = None

    def __repr__(self) -> str:  # never recursive: a chain of 3,000 calls must not overflow the stack
        if isinstance(self.origin, Ref):
            return f"{self.origin.rec.fullname}(...)"
        return f"<object made at offset {self.offset}>(...)"


class Persistent:
    """An object the loader's persistent_load returns (torch storages)."""

    __slots__ = ("pid",)

    def __init__(self, pid: Any) -> None:
        self.pid = pid

    def __repr__(self) -> str:
        return "<persistent>"


class Blob:
    """A large bytes/str argument that was skipped, not read."""

    __slots__ = ("kind", "size")

    def __init__(self, kind: str, size: int) -> None:
        self.kind = kind
        self.size = size

    def __repr__(self) -> str:
        return f"<{self.kind} of {self.size} bytes>"


class Box:
    """A list, dict or set built by the stream; keeps its first `keep` items only (limits.max_kept_items),
    so a flood of APPENDS cannot grow memory."""

    __slots__ = ("count", "items", "keep", "kind")

    def __init__(self, kind: str, items: list[Any] | None = None, keep: int = 64) -> None:
        self.kind = kind
        self.keep = keep
        self.items: list[Any] = []
        self.count = 0
        if items:
            self.extend(items)

    @property
    def complete(self) -> bool:
        return self.count <= len(self.items)

    def extend(self, items: list[Any]) -> None:
        room = self.keep - len(self.items)
        if room > 0:
            self.items.extend(items[:room])
        self.count += len(items)

    def get(self, key: Any) -> Any:
        """dict lookup over kept (key, value) pairs; None when absent."""
        for k, v in self.items:
            if isinstance(k, str) and k == key:
                return v
        return None

    def __repr__(self) -> str:
        return f"<{self.kind} of {self.count}>"


def describe(value: Any, limit: int = 120, depth: int = 8) -> str:
    """A short, safe text for evidence; tuples nested deeper than `depth` show as (...)."""
    if isinstance(value, tuple):
        if depth <= 0:
            text = "(...)"
        else:
            text = "(" + ", ".join(describe(v, 40, depth - 1) for v in value[:6]) + (
                ", ..." if len(value) > 6 else "") + ")"
    elif isinstance(value, str | bytes | int | float | bool | Ref | Made | Persistent | Blob | Box) or value is None:
        text = repr(value[:limit] if isinstance(value, str | bytes) else value)
    else:
        text = f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[: limit - 3] + "..."
