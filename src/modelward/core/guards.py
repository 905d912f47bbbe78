"""The run-time guard contract: what a guard sees of a request and a response, and what it decides.

A gateway builds one `GuardRequest` per call (client, role, model, the rows as a validated array, the
raw text body for text models, the time), asks every configured guard to `inspect` it before the
model runs and to `filter` the `GuardResponse` after; the worst decision wins (`combine`).
"""

from __future__ import annotations

import json
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Generic, TypeVar

import numpy as np

from modelward.core.errors import DataError


class Action(StrEnum):
    """Allow: pass unchanged (or with the filtered outputs); flag: pass, but alert; block: refuse."""

    ALLOW = "allow"
    FLAG = "flag"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        return {"allow": 0, "flag": 1, "block": 2}[self.value]


@dataclass(frozen=True, eq=False)
class Decision:
    """A guard's verdict. `rows`: the request rows it concerns; `outputs`: from `filter` only, the
    outputs to send instead (e.g. rounded or top-1 probabilities); `text`: the text to pass on instead
    (e.g. with personal data redacted), from `inspect` for the request, from `filter` for the response;
    `details`: small JSON values."""

    action: Action
    reason: str = ""
    score: float | None = None
    guard_id: str = ""
    rows: tuple[int, ...] = ()
    outputs: np.ndarray | None = None
    details: Mapping[str, Any] = field(default_factory=dict)
    text: str | None = None

    @property
    def allowed(self) -> bool:
        return self.action != Action.BLOCK

    @classmethod
    def allow(cls, guard_id: str = "", score: float | None = None, **kw: Any) -> Decision:
        return cls(Action.ALLOW, "", score, guard_id, **kw)

    @classmethod
    def flag(cls, reason: str, guard_id: str = "", score: float | None = None, **kw: Any) -> Decision:
        return cls(Action.FLAG, reason, score, guard_id, **kw)

    @classmethod
    def block(cls, reason: str, guard_id: str = "", score: float | None = None, **kw: Any) -> Decision:
        return cls(Action.BLOCK, reason, score, guard_id, **kw)

    def to_dict(self) -> dict[str, Any]:
        return {"action": self.action.value, "reason": self.reason, "score": self.score, "guard": self.guard_id,
                "rows": list(self.rows), "details": dict(self.details)}


def _rows(rows: Any) -> np.ndarray | None:
    if rows is None:
        return None
    arr = np.asarray(rows, dtype=float)
    if arr.ndim == 1:
        arr = arr.reshape(1, -1)
    if arr.ndim != 2:
        raise DataError(f"guard request: rows must be a 2-D array of numbers, got shape {arr.shape}")
    if not np.isfinite(arr).all():
        raise DataError("guard request: rows hold NaN or infinite values")
    return arr


@dataclass(frozen=True, eq=False)
class GuardRequest:
    """One call to a model: who (client, role), which model, the input rows (validated, finite, 2-D) or
    the raw text body, and when (seconds since the epoch)."""

    client_id: str
    model: str = ""
    role: str = ""
    rows: np.ndarray | None = None
    text: str | None = None
    time: float = field(default_factory=time.time)
    meta: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "rows", _rows(self.rows))

    @property
    def n_rows(self) -> int:
        return 0 if self.rows is None else int(self.rows.shape[0])


@dataclass(frozen=True, eq=False)
class GuardResponse:
    """What the model answered to `request`: class probabilities per row (`outputs`, columns in the order
    of `classes`) or text. `partial`: the text is the answer so far of a streamed response, more may follow;
    a guard that can judge only a whole answer allows it and decides on the final one (see
    `judges_prefixes`)."""

    request: GuardRequest
    outputs: np.ndarray | None = None
    classes: tuple[Any, ...] = ()
    text: str | None = None
    partial: bool = False

    def __post_init__(self) -> None:
        if self.outputs is not None:
            object.__setattr__(self, "outputs", np.asarray(self.outputs, dtype=float))


def combine(decisions: Iterable[Decision]) -> Decision:
    """The worst decision (block > flag > allow); reasons of every non-allow decision are kept."""
    decisions = list(decisions)
    if not decisions:
        return Decision.allow()
    worst = max(decisions, key=lambda d: d.action.rank)
    reasons = "; ".join(f"{d.guard_id}: {d.reason}" if d.guard_id else d.reason
                        for d in decisions if d.action != Action.ALLOW and d.reason)
    outputs = next((d.outputs for d in reversed(decisions) if d.outputs is not None), None)
    text = next((d.text for d in reversed(decisions) if d.text is not None), None)
    rows = tuple(sorted({r for d in decisions if d.action != Action.ALLOW for r in d.rows}))
    return Decision(worst.action, reasons, worst.score, worst.guard_id, rows, outputs, text=text)


T = TypeVar("T")


class ClientTable(Generic[T]):
    """Per-client state with bounded memory: at most `max_clients` entries; the least recently seen
    client is evicted first and evictions are counted (a flood of fresh client ids cannot grow memory,
    and the count tells that it happened)."""

    def __init__(self, factory: Callable[[], T], max_clients: int = 10_000) -> None:
        if max_clients < 1:
            raise ValueError("max_clients must be at least 1")
        self._factory = factory
        self._items: OrderedDict[str, T] = OrderedDict()
        self.max_clients = max_clients
        self.evicted = 0

    def get(self, client_id: str) -> T:
        item = self._items.get(client_id)
        if item is None:
            item = self._items[client_id] = self._factory()
            if len(self._items) > self.max_clients:
                self._items.popitem(last=False)
                self.evicted += 1
        else:
            self._items.move_to_end(client_id)
        return item

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, client_id: object) -> bool:
        return client_id in self._items

    def items(self) -> list[tuple[str, T]]:
        return list(self._items.items())


MAX_GUARD_DOC_BYTES = 4 << 20


def read_guard_doc(path: Path, guard_id: str, format_version: int,
                   max_bytes: int = MAX_GUARD_DOC_BYTES) -> dict[str, Any]:
    """The JSON document a guard's `save` wrote, checked before use: its size, that it is JSON, that its
    `guard` field names `guard_id` and its `format_version` is the one this modelward reads. Every
    failure is a DataError naming the file (a saved guard may come from anywhere)."""
    try:
        if path.stat().st_size > max_bytes:
            raise DataError(f"{path}: larger than {max_bytes} bytes; not a saved guard")
        doc = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DataError(f"{path}: cannot read the saved guard: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataError(f"{path}: not a saved guard (JSON expected): {exc}") from None
    if not isinstance(doc, dict) or doc.get("guard") != guard_id:
        found = doc.get("guard") if isinstance(doc, dict) else type(doc).__name__
        raise DataError(f"{path}: field 'guard' must be {guard_id!r}, got {found!r}")
    if doc.get("format_version") != format_version:
        raise DataError(f"{path}: format_version {doc.get('format_version')!r}; this modelward reads {format_version}")
    return doc
