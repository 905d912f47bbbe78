"""Watch a signed model: re-verify it when its files change and on a schedule, and raise an alert naming
what changed (files, byte ranges, tensors) when it stops verifying, and again when it verifies again.

Changes are noticed by polling the files' stamps (device, inode, size, modification time) every `poll`
seconds, which costs a directory listing; every `interval` seconds the whole model is re-hashed anyway,
so a change that restores the modification time is still caught. An alert goes to every sink: a JSON
lines log, a command (run without a shell, the alert as JSON on its stdin) or a webhook (HTTP POST of
the JSON). A sink that fails is reported on the log sink and never stops the watch.
"""

from __future__ import annotations

import json
import logging
import subprocess
import time
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from modelward.core.errors import ModelwardError
from modelward.integrity.signing import Verification, default_signature_path, verify_model
from modelward.integrity.trust import Trust
from modelward.integrity.walk import FileStamp, list_files

log = logging.getLogger("modelward.integrity.watch")


@dataclass(frozen=True)
class Alert:
    """What the watch saw: the model stopped verifying (ok False) or verifies again (ok True)."""

    time: str
    model: str
    ok: bool
    reason: str
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    tensors: tuple[str, ...] = ()

    @classmethod
    def of(cls, model: Path, result: Verification) -> Alert:
        diff = result.diff
        return cls(datetime.now(UTC).isoformat(timespec="seconds"), str(model), result.ok, result.reason,
                   diff.added if diff else (), diff.removed if diff else (),
                   tuple(c.describe() for c in diff.changed) if diff else (),
                   tuple(t.describe() for t in result.tensors))

    def to_json(self) -> str:
        return json.dumps({k: list(v) if isinstance(v, tuple) else v for k, v in vars(self).items()})


class AlertSink(Protocol):
    def send(self, alert: Alert) -> None: ...


@dataclass(frozen=True)
class LogSink:
    """Appends each alert as one JSON line."""

    path: Path

    def send(self, alert: Alert) -> None:
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(alert.to_json() + "\n")


@dataclass(frozen=True)
class CommandSink:
    """Runs `argv` (no shell) with the alert's JSON on stdin; a non-zero exit is an error."""

    argv: tuple[str, ...]
    timeout: float = 30.0

    def send(self, alert: Alert) -> None:
        subprocess.run(list(self.argv), input=alert.to_json().encode(), timeout=self.timeout, check=True,
                       stdout=subprocess.DEVNULL)


@dataclass(frozen=True)
class WebhookSink:
    """POSTs the alert's JSON to `url` (application/json)."""

    url: str
    timeout: float = 10.0
    headers: tuple[tuple[str, str], ...] = field(default=())

    def send(self, alert: Alert) -> None:
        if not self.url.startswith(("http://", "https://")):
            raise ValueError(f"webhook {self.url!r}: expected an http(s) URL")
        request = urllib.request.Request(self.url, data=alert.to_json().encode(), method="POST",
                                         headers={"Content-Type": "application/json", **dict(self.headers)})
        with urllib.request.urlopen(request, timeout=self.timeout) as reply:  # scheme checked above
            reply.read()


class Watcher:
    """Verifies `model` against its signature and alerts on every change of outcome."""

    def __init__(self, model: Path, trust: Trust, sinks: Sequence[AlertSink], *, signature: Path | None = None,
                 interval: float = 300.0, poll: float = 2.0, require: Sequence[str] = (),
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.model = Path(model)
        self.trust = trust
        self.sinks = tuple(sinks)
        self.signature = Path(signature) if signature is not None else default_signature_path(self.model)
        self.interval, self.poll, self.require = interval, poll, tuple(require)
        self.clock = clock
        self.last: Verification | None = None
        self.alerts: list[Alert] = []
        self._stamps: tuple[tuple[str, FileStamp], ...] | None = None
        self._checked_at = -float("inf")

    def _listing(self) -> tuple[tuple[str, FileStamp], ...] | None:
        try:
            return tuple((f.name, f.stamp) for f in list_files(self.model, allow_symlinks=True))
        except ModelwardError:
            return None  # a listing that fails is a change; verification says what went wrong

    def verify(self) -> Verification:
        try:
            return verify_model(self.model, self.trust, signature=self.signature, require=self.require)
        except ModelwardError as exc:
            return Verification(False, str(exc), str(self.model), str(self.signature))

    def step(self) -> Alert | None:
        """One round: re-verify when the files' stamps changed or the interval elapsed; alert when the
        outcome (or, while failing, the reason) changed."""
        stamps = self._listing()
        due = self.clock() - self._checked_at >= self.interval
        if not due and stamps == self._stamps and stamps is not None:
            return None
        self._stamps, self._checked_at = stamps, self.clock()
        result = self.verify()
        previous, self.last = self.last, result
        if previous is None and result.ok:
            return None
        if previous is not None and previous.ok == result.ok and (result.ok or previous.reason == result.reason):
            return None
        alert = Alert.of(self.model, result)
        self.alerts.append(alert)
        for sink in self.sinks:
            try:
                sink.send(alert)
            except Exception as exc:  # a broken sink must not stop the watch; say so
                log.error("alert sink %s failed: %s", sink, exc)
        return alert

    def run(self, max_steps: int | None = None, sleep: Callable[[float], None] = time.sleep) -> None:
        steps = 0
        while max_steps is None or steps < max_steps:
            self.step()
            steps += 1
            if max_steps is None or steps < max_steps:
                sleep(self.poll)

