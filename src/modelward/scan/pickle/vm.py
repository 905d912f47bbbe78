"""A pickle VM that simulates CPython's unpickler (Lib/pickle.py, Modules/_pickle.c) symbolically.

Nothing is imported or called: globals become `Ref`s, calls become `Made` values, and the trace
records which global was reached, called, instantiated, built or mutated, at which offset, by which
opcode. Everything executed before a malformed opcode or a missing STOP counts, as it does in CPython.
Every cap is declared in `Limits`; reaching one is recorded in the trace, never silent.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from modelward.core.errors import DataError
from modelward.scan.limits import LimitReached, Limits
from modelward.scan.pickle.names import python3_name
from modelward.scan.pickle.values import Blob, Box, GlobalRecord, Made, Persistent, Ref

HIGHEST_PROTOCOL = 5
# copyreg helpers that instantiate the class given as their first argument (protocol 2 writes them).
_INSTANTIATORS = {"copyreg._reconstructor", "copyreg.__newobj__", "copyreg.__newobj_ex__"}


class _Halt(Exception):
    """The real unpickler would stop here (error), or the VM reached a declared limit."""

    def __init__(self, kind: str, message: str, limit: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind  # "malformed" or "limit"
        self.limit = limit  # the Limits field, for kind == "limit"


def _limit(limit: str, message: str) -> _Halt:
    return _Halt("limit", message, limit)


@dataclass(frozen=True)
class Halt:
    """Why a pickle stopped before STOP: malformed (the loader fails here too) or a limit (not verified)."""

    kind: str
    message: str
    offset: int
    limit: str | None = None


@dataclass
class Anomaly:
    """Something a check should know besides globals: indirect calls, mutations, odd structure."""

    kind: str
    offset: int
    detail: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class PickleTrace:
    """What one pickle in a stream did, up to STOP or up to where the unpickler would fail.

    `globals` holds one record per distinct global; `anomalies` the first few of each kind, with
    `anomaly_counts` counting them all; `caps` the soft caps reached (nothing judged was lost)."""

    start: int
    end: int = 0
    protocol: int = 0
    opcodes: int = 0
    stopped: bool = False  # reached STOP
    halt: Halt | None = None
    globals: list[GlobalRecord] = field(default_factory=list)
    anomalies: list[Anomaly] = field(default_factory=list)
    anomaly_counts: dict[str, int] = field(default_factory=dict)
    caps: list[tuple[str, str, int]] = field(default_factory=list)  # (limit, message, offset)


# Joblib's NumpyUnpickler reads array bytes right after BUILD on this class.
JOBLIB_WRAPPER = "joblib.numpy_pickle.NumpyArrayWrapper"
OnBuild = Callable[["PickleVM", Made], None]
Keep = Callable[[str, str], bool]  # (module, qualname) -> record it even past the soft cap


class PickleVM:
    """Runs one pickle from `f` (binary, positioned at its first opcode).

    `keep` says which globals must still be recorded once limits.max_distinct_globals distinct ones
    were seen (the analyser passes "not allowlisted"); past twice that many, the VM stops (a limit)."""

    def __init__(
        self,
        f: BinaryIO,
        limits: Limits,
        end: int | None = None,
        persistent_ok: bool = False,
        on_build: OnBuild | None = None,
        keep: Keep | None = None,
    ) -> None:
        self.f = f
        self.limits = limits
        self.end = end
        self.persistent_ok = persistent_ok
        self.on_build = on_build
        self.keep = keep
        self.stack: list[Any] = []
        self.metastack: list[list[Any]] = []
        self.marked = 0
        self.memo: dict[int, Any] = {}
        self.proto = 0
        self.op_start = 0
        self.records: dict[tuple[str, str, str], GlobalRecord] = {}
        self.trace = PickleTrace(start=f.tell())

    # ------------------------------------------------------------------ reading
    def read(self, n: int) -> bytes:
        data = self.f.read(n)
        if len(data) < n:
            raise _Halt("malformed", "pickle data was truncated")
        return data

    def readline(self) -> bytes:
        """One text argument; a line longer than limits.max_kept_string_bytes is kept truncated."""
        cap = self.limits.max_kept_string_bytes
        line = self.f.readline(cap)
        if line.endswith(b"\n"):
            return line
        if len(line) < cap:
            raise _Halt("malformed", "pickle data was truncated (line without newline)")
        while True:
            rest = self.f.readline(cap)
            if rest.endswith(b"\n"):
                return line + b"\n"
            if not rest:
                raise _Halt("malformed", "pickle data was truncated (line without newline)")

    def skip(self, n: int) -> None:
        f = self.f
        if f.seekable():
            pos = f.tell() + n
            if self.end is not None and pos > self.end:
                raise _Halt("malformed", "pickle data was truncated")
            f.seek(pos)
        else:
            while n:
                chunk = f.read(min(n, 1 << 20))
                if not chunk:
                    raise _Halt("malformed", "pickle data was truncated")
                n -= len(chunk)

    def payload(self, n: int, kind: str) -> Any:
        if n < 0:
            raise _Halt("malformed", f"negative {kind} length")
        if n > self.limits.max_kept_string_bytes:
            self.skip(n)
            return Blob(kind, n)
        return self.read(n)

    # ------------------------------------------------------------------ stack
    def pop(self) -> Any:
        try:
            return self.stack.pop()
        except IndexError:
            raise _Halt("malformed", "unpickling stack underflow") from None

    def top(self) -> Any:
        if not self.stack:
            raise _Halt("malformed", "unpickling stack underflow")
        return self.stack[-1]

    def pop_mark(self) -> list[Any]:
        if not self.metastack:
            raise _Halt("malformed", "could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.marked -= len(self.stack)
        return items

    def box(self, kind: str, items: list[Any] | None = None) -> Box:
        return Box(kind, items, self.limits.max_kept_items)

    def anomaly(self, kind: str, detail: str, **data: Any) -> None:
        """Record an anomaly: every one is counted, the first limits.max_kept_per_kind of each kind kept."""
        counts = self.trace.anomaly_counts
        counts[kind] = counts.get(kind, 0) + 1
        if counts[kind] <= self.limits.max_kept_per_kind:
            self.trace.anomalies.append(Anomaly(kind, self.op_start, detail, data))

    # ------------------------------------------------------------------ semantics
    def make_global(self, module: str, name: str, opcode: str) -> Ref:
        written = f"{module}.{name}"
        # pickle.find_class maps Python 2 names when proto < 3; judge the mapped name always
        # (an over-approximation: under proto >= 3 the unmapped import fails instead).
        module, name = python3_name(module, name)
        key = (module, name, written)
        rec = self.records.get(key)
        if rec is None:
            rec = GlobalRecord(module, name, written, self.op_start, opcode)
            self._record(key, rec)
        return Ref(rec)

    def _record(self, key: tuple[str, str, str], rec: GlobalRecord) -> None:
        soft = self.limits.max_distinct_globals
        n = len(self.records)
        if n >= soft:
            if n == soft and not self.trace.caps:
                self.trace.caps.append(("max_distinct_globals", f"more than {soft} distinct globals; later "
                                        "allowlisted ones are not listed", self.op_start))
            if self.keep is not None and not self.keep(rec.module, rec.qualname):
                return
            if n >= 2 * soft:
                raise _limit("max_distinct_globals", f"more than {2 * soft} distinct globals outside the "
                                                     "allowlist (limits.max_distinct_globals x 2)")
        self.records[key] = rec
        self.trace.globals.append(rec)

    def call(self, func: Any, args: Any, opcode: str) -> Made:
        if not isinstance(args, tuple):
            if opcode in ("NEWOBJ", "NEWOBJ_EX"):
                raise _Halt("malformed", f"{opcode} expected an argument tuple")
            args = (args,)
        cls: Ref | None = None
        if isinstance(func, Ref):
            if func.rec.fullname in _INSTANTIATORS and args and isinstance(args[0], Made | Persistent):
                self.anomaly("indirect-call", f"{func.rec.fullname} instantiates a class computed at load time",
                             origin=repr(args[0]))
            if func.rec.fullname in _INSTANTIATORS and args and isinstance(args[0], Ref):
                cls = args[0]  # copyreg._reconstructor(cls, base, state) / __newobj__(cls, *args)
                rest = args[3:] if func.rec.fullname == "copyreg._reconstructor" else args[1:]
                cls.rec.use("called" if rest and rest != ({},) else "instantiated", self.op_start, opcode, rest)
                func.rec.use("called", self.op_start, opcode, args)
            elif opcode in ("NEWOBJ", "NEWOBJ_EX") and not args:
                cls = func
                func.rec.use("instantiated", self.op_start, opcode)
            else:
                cls = func
                func.rec.use("called", self.op_start, opcode, args)
        elif isinstance(func, Made):
            self.anomaly("indirect-call", f"{opcode} calls an object made at load time", origin=repr(func),
                         made_at=func.offset)
        elif isinstance(func, Persistent):
            self.anomaly("persistent-call", f"{opcode} calls an object from persistent_load")
        else:
            raise _Halt("malformed", f"{opcode} on a non-callable {type(func).__name__}")
        return Made(func, opcode, self.op_start, args, cls)

    def mutate(self, target: Any, opcode: str, ok_kinds: tuple[str, ...]) -> bool:
        """True when `target` accepts items as a container of our own; records odd targets."""
        if isinstance(target, Box):
            if target.kind in ok_kinds:
                return True
            raise _Halt("malformed", f"{opcode} on a {target.kind}")
        if isinstance(target, Ref):
            target.rec.use("mutated", self.op_start, opcode)
            self.anomaly("global-mutation", f"{opcode} changes the module-level object {target.rec.fullname}",
                         target=target.rec.fullname)
        elif isinstance(target, Persistent):
            self.anomaly("global-mutation", f"{opcode} changes an object from persistent_load")
        elif not isinstance(target, Made):
            raise _Halt("malformed", f"{opcode} on a {type(target).__name__}")
        return False

    # ------------------------------------------------------------------ main loop
    def run(self) -> PickleTrace:
        trace = self.trace
        from modelward.scan.pickle.opcodes import DISPATCH

        read, tell = self.f.read, self.f.tell
        dispatch = DISPATCH
        max_ops = self.limits.max_pickle_opcodes
        max_depth = self.limits.max_stack_depth
        n = 0
        try:
            while True:
                self.op_start = tell()
                code = read(1)
                if not code:
                    raise _Halt("malformed", "pickle data ended without STOP")
                n += 1
                if n > max_ops:
                    raise _limit("max_pickle_opcodes", f"more than {max_ops} opcodes (limits.max_pickle_opcodes)")
                handler = dispatch.get(code[0])
                if handler is None:
                    raise _Halt("malformed", f"invalid opcode {code!r}")
                if handler(self):
                    trace.stopped = True
                    break
                if not n & 255 and len(self.stack) + self.marked + len(self.metastack) > max_depth:
                    raise _limit("max_stack_depth", f"stack deeper than {max_depth} (limits.max_stack_depth)")
        except _Halt as halt:
            trace.halt = Halt(halt.kind, str(halt), self.op_start, halt.limit)
        except LimitReached as exc:  # a bounded reader below (decompression) stopped
            trace.halt = Halt("limit", str(exc), self.op_start, exc.limit)
        except DataError as exc:  # a corrupt stream below: the loader fails here too
            trace.halt = Halt("malformed", str(exc), self.op_start)
        except (struct.error, ValueError, UnicodeDecodeError, OverflowError, MemoryError) as exc:
            trace.halt = Halt("malformed", f"bad opcode argument: {type(exc).__name__}: {exc}", self.op_start)
        trace.opcodes = n
        trace.protocol = self.proto
        try:
            trace.end = tell()
        except (OSError, DataError):
            trace.end = self.op_start
        return trace
