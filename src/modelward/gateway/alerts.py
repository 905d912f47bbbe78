"""Alerts: kept in a bounded list served at `/v1/alerts`, and sent to a webhook when the policy names one.

The same alert (kind, client) is raised at most once per `quiet_s` seconds, so a flood of refused
requests becomes one alert, not a flood of alerts; what was suppressed is counted. An alert with a `key` of
its own (a tool call waiting for approval) is the same only as alerts with that key. The webhook is
called from one background thread with a bounded queue: a slow or dead receiver never slows a
request, and alerts it could not take are counted as dropped.
"""

from __future__ import annotations

import contextlib
import json
import queue
import threading
import time
import urllib.request
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from modelward.core.findings import Severity


@dataclass(frozen=True)
class Alert:
    kind: str  # guard-block, rate-limit, budget, behaviour, auth-failures, audit
    threat: str
    severity: Severity
    client: str
    message: str
    time: float
    details: dict[str, Any] = field(default_factory=dict)
    key: str = ""  # what makes two alerts the same for the quiet period; "" is (kind, client)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "threat": self.threat, "severity": self.severity.value, "client": self.client,
                "message": self.message, "time": self.time, "details": self.details}


class AlertSink:
    def __init__(self, webhook: str | None = None, keep: int = 1000, quiet_s: float = 60.0,
                 timeout_s: float = 5.0) -> None:
        self.webhook = webhook
        self.recent: deque[Alert] = deque(maxlen=keep)
        self.quiet_s = quiet_s
        self.timeout_s = timeout_s
        self.suppressed = 0
        self.dropped = 0
        self.sent = 0
        self.listener_errors = 0
        self._last: dict[tuple[str, str], float] = {}
        self._lock = threading.Lock()
        self._queue: queue.Queue[Alert | None] = queue.Queue(maxsize=1000)
        self._thread: threading.Thread | None = None
        self.listeners: list[Any] = []

    def raise_(self, alert: Alert) -> bool:
        """Record the alert (and queue it for the webhook) unless the same one was raised recently."""
        key = (alert.kind, alert.key or alert.client)
        with self._lock:
            last = self._last.get(key)
            if last is not None and alert.time - last < self.quiet_s:
                self.suppressed += 1
                return False
            self._last[key] = alert.time
            if len(self._last) > 10 * (self.recent.maxlen or 1000):
                self._last = {k: v for k, v in self._last.items() if alert.time - v < self.quiet_s}
            self.recent.append(alert)
        for listener in self.listeners:
            try:
                listener(alert)
            except Exception:  # a broken listener must not fail the request that raised the alert
                self.listener_errors += 1
        if self.webhook:
            self._start()
            try:
                self._queue.put_nowait(alert)
            except queue.Full:
                self.dropped += 1
        return True

    def list(self, since: float | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """The latest `limit` alerts raised after `since` (seconds since the epoch; all when None)."""
        with self._lock:
            chosen = [a for a in self.recent if since is None or a.time > since]
        return [a.to_dict() for a in chosen[-limit:]]

    def _start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._send_all, name="modelward-alerts", daemon=True)
            self._thread.start()

    def _send_all(self) -> None:
        while True:
            alert = self._queue.get()
            if alert is None:
                return
            body = json.dumps(alert.to_dict()).encode()
            request = urllib.request.Request(str(self.webhook), data=body, method="POST",
                                             headers={"Content-Type": "application/json"})
            try:
                with urllib.request.urlopen(request, timeout=self.timeout_s) as response:
                    response.read(1024)
                self.sent += 1
            except OSError:
                self.dropped += 1

    def close(self, wait_s: float = 2.0) -> None:
        """Stop the webhook thread after what is queued (waiting at most `wait_s`)."""
        if self._thread is not None:
            deadline = time.monotonic() + wait_s
            while not self._queue.empty() and time.monotonic() < deadline:
                time.sleep(0.01)
            with contextlib.suppress(queue.Full):
                self._queue.put_nowait(None)
            self._thread.join(max(0.0, deadline - time.monotonic()))
