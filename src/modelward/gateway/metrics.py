"""Prometheus metrics (`GET /metrics`, operator/auditor/admin): requests, latencies, guard decisions,
budget use, alerts, audit writes. One registry per gateway, so two gateways in a process (tests) do not
mix; the client label is bounded by the limit store's client table."""

from __future__ import annotations

from typing import Any

from modelward.core.errors import require

_BUCKETS = (0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0)


class Metrics:
    def __init__(self) -> None:
        prom: Any = require("prometheus_client", "serve", "the gateway's /metrics")
        self._prom = prom
        self.registry = prom.CollectorRegistry()
        self._children: dict[tuple[int, tuple[str, ...]], Any] = {}
        r = self.registry
        self.requests = prom.Counter("modelward_requests", "Calls by route and status", ["route", "status"],
                                     registry=r)
        self.latency = prom.Histogram("modelward_request_seconds", "Time from receipt to answer", ["route"],
                                      buckets=_BUCKETS, registry=r)
        self.rows = prom.Counter("modelward_rows", "Rows answered, by model", ["model"], registry=r)
        self.decisions = prom.Counter("modelward_guard_decisions", "Guard verdicts", ["guard", "stage", "action"],
                                      registry=r)
        self.budget = prom.Gauge("modelward_budget_used_rows", "Rows used today, by client", ["client"], registry=r)
        self.alerts = prom.Counter("modelward_alerts", "Alerts raised, by kind", ["kind"], registry=r)
        self.audit_seconds = prom.Histogram("modelward_audit_commit_wait_seconds",
                                            "Time a call waits for its audit record to commit",
                                            buckets=_BUCKETS, registry=r)

    def child(self, metric: Any, *labels: str) -> Any:
        """`metric.labels(*labels)`, remembered (the lookup costs more than the increment)."""
        key = (id(metric), labels)
        found = self._children.get(key)
        if found is None:
            if len(self._children) > 100_000:
                self._children.clear()
            found = self._children[key] = metric.labels(*labels)
        return found

    def render(self) -> tuple[bytes, str]:
        return self._prom.generate_latest(self.registry), self._prom.CONTENT_TYPE_LATEST
