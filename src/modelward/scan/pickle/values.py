"""Symbolic values of the pickle VM: what the real unpickler would hold, without running anything."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Containers keep at most this many items: enough for evidence and for joblib's wrapper state,
# while a hostile stream of APPENDS cannot grow memory without bound.
MAX_KEPT_ITEMS = 64


@dataclass
class GlobalRecord:
    """One GLOBAL / STACK_GLOBAL / INST / EXT occurrence and how the stream used the object."""

    module: str
    qualname: str
    written: str  # as it appears in the stream, before compatibility mapping
    offset: int
    opcode: str
    uses: dict[str, int] = field(default_factory=dict)  # "called", "built", "mutated" -> count
    first_use: dict[str, tuple[int, str]] = field(default_factory=dict)  # use -> (offset, opcode)
    call_args: list[tuple[Any, ...]] = field(default_factory=list)  # first few argument tuples

    @property
    def fullname(self) -> str:
        return f"{self.module}.{self.qualname}"

    def use(self, kind: str, offset: int, opcode: str, args: tuple[Any, ...] | None = None) -> None:
        self.uses[kind] = self.uses.get(kind, 0) + 1
        self.first_use.setdefault(kind, (offset, opcode))
        if args is not None and len(self.call_args) < 4:
            self.call_args.append(args)


class Ref:
    """A global object on the stack (a class, a function, a module attribute)."""

    __slots__ = ("rec",)

    def __init__(self, rec: GlobalRecord) -> None:
        self.rec = rec

    def __repr__(self) -> str:
        return self.rec.fullname


class Made:
    """An object made at load time: the result of a call or an instantiation."""

    __slots__ = ("args", "how", "offset", "origin", "state")

    def __init__(self, origin: Any, how: str, offset: int, args: tuple[Any, ...]) -> None:
        self.origin = origin
        self.how = how
        self.offset = offset
        self.args = args
        self.state: Any = None

    def __repr__(self) -> str:
        return f"{self.origin!r}(...)"


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
    """A list, dict or set built by the stream; keeps its first items only."""

    __slots__ = ("count", "items", "kind")

    def __init__(self, kind: str, items: list[Any] | None = None) -> None:
        self.kind = kind
        self.items: list[Any] = []
        self.count = 0
        if items:
            self.extend(items)

    def extend(self, items: list[Any]) -> None:
        room = MAX_KEPT_ITEMS - len(self.items)
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


def describe(value: Any, limit: int = 120) -> str:
    """A short, safe text for evidence."""
    if isinstance(value, tuple):
        text = "(" + ", ".join(describe(v, 40) for v in value[:6]) + (", ..." if len(value) > 6 else "") + ")"
    else:
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
